// The "router" of spa.html: every navigation replaces the outlet's content with a new widget.
// (A separate file, so the example also runs under a strict Content-Security-Policy.)
const areas = ["webhooks", "smtp", "domains", "metrics"];
let page = 0;

/** Renders page `n`: a new <mailgun-help> in place of the previous one. Returns it. */
function renderPage(n) {
  const outlet = document.getElementById("outlet");
  const widget = document.createElement("mailgun-help");
  widget.id = `spa-widget-${n}`;
  widget.setAttribute("lang", "en");
  widget.setAttribute("area", areas[n % areas.length]);
  outlet.replaceChildren(widget);
  document.getElementById("page-no").textContent = `page ${n}`;
  return widget;
}

document.getElementById("next").addEventListener("click", () => renderPage(++page));
renderPage(0);
window.spa = { renderPage };
