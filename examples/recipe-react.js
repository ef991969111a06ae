// What React does with the README's recipe, step by step, so a test can run it without React:
//
//   function MailgunHelp({ area, onEstimate }) {
//     const ref = useRef(null);
//     useEffect(() => {
//       const el = ref.current;
//       const listener = (e) => onEstimate(e.detail);
//       el.addEventListener("mailgun-help:estimate", listener);
//       return () => el.removeEventListener("mailgun-help:estimate", listener);
//     }, [onEstimate]);
//     return <mailgun-help ref={ref} area={area} mode="inline" shortcut="none" />;
//   }
const ref = { current: null };
let cleanup = null;
let lastOnEstimate = null;

function render(props) {
  if (!ref.current) {
    // Mount: React creates the element, sets string props as attributes, then attaches the ref.
    const el = document.createElement("mailgun-help");
    el.id = "react-widget";
    el.setAttribute("mode", "inline");
    el.setAttribute("shortcut", "none");
    el.setAttribute("area", props.area);
    document.getElementById("root").append(el);
    ref.current = el;
  } else if (ref.current.getAttribute("area") !== props.area) {
    // Re-render: changed props become attribute updates (the element follows them live).
    ref.current.setAttribute("area", props.area);
  }
  if (props.onEstimate !== lastOnEstimate) {
    // useEffect(…, [onEstimate]): clean up the old listener, attach the new one.
    if (cleanup) cleanup();
    const el = ref.current;
    const listener = (e) => props.onEstimate(e.detail);
    el.addEventListener("mailgun-help:estimate", listener);
    cleanup = () => el.removeEventListener("mailgun-help:estimate", listener);
    lastOnEstimate = props.onEstimate;
  }
}

function unmount() {
  if (cleanup) cleanup();
  cleanup = null;
  lastOnEstimate = null;
  if (ref.current) ref.current.remove();
  ref.current = null;
}

const seen = [];
function onEstimate(detail) {
  seen.push(detail);
  document.getElementById("last-estimate").textContent = `${detail.plan}: $${detail.monthlyUsd}/month`;
}

render({ area: "webhooks", onEstimate });
window.recipe = { render, unmount, ref, seen, onEstimate };
