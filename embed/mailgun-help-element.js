// The <mailgun-help> custom element. Not a module of its own: `cargo xtask embed` concatenates it,
// inside one function scope, after the wasm-bindgen glue (exports stripped) and a loader that
// defines `mhBoot()` (starts the wasm once, returns a promise), `mhStyle(shadowRoot)` (adds the
// embed's own CSS for the host and the launcher to a shadow root, returns a promise that resolves
// when it applies), `mhStyleMore(shadowRoot)` (the rest of the embed's CSS: the dialog and the
// widget's themes, added when the dialog is built or the widget starts), `mhStyleWidget(shadowRoot)`
// (the same for the widget's CSS, called when the widget starts; both are nothing to do where
// `mhStyle` brought everything) and `MH_TEXTS`
// (the element's own labels in both languages, so a launcher is drawn before the wasm starts).
//
// Everything the reader sees renders inside an open shadow root, so host CSS cannot reach it and its
// CSS cannot leak out. Each element mounts its own independent widget (mh_mount) and turns what the
// widget reports into `mailgun-help:*` DOM events (bubbling, composed).
//
// Lazy start: an inline widget starts at once (it is on screen); a launcher draws only its button,
// from plain DOM with the few rules it needs, and builds its dialog and starts on its first opening
// or API call. With `load="idle"` (the default) the
// costly part is done before that, when the browser is idle after the page's load event: the wasm
// is unpacked, compiled and instantiated, then the content is read, each in a task of its own;
// the first opening then only renders. (Rendering in a closed panel would be a long task nobody
// sees: a `suggest` question, for one, builds the question model.) `load="eager"` renders at once.
//
// Lifetime: a removed element keeps its app while it is out of the page, so putting it back shows
// the same view; the next element that starts takes the roots of removed ones (see src/embed), so
// a page that re-creates widgets keeps a flat count of listeners, nodes and memory.

const MH_MODES = ["inline", "launcher"];
const MH_THEMES = ["light", "dark", "auto"];
const MH_LOADS = ["idle", "open", "eager"];
const MH_SHORTCUTS = ["ctrl-k", "slash", "none"];
const MH_FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const MH_BOOT_PANEL =
  '<div class="mh-panic" role="alert" data-error="boot"><strong>Mailgun Help could not start in this browser.</strong> ' +
  "Try a current Chrome, Edge, Firefox or Safari.<br><strong>Mailgun Help 无法在此浏览器中启动。</strong>" +
  "请使用较新版本的 Chrome、Edge、Firefox 或 Safari。</div>";
/** Characters of a host-supplied string passed on (a question is cut to 2,000 in the widget). */
const MH_MAX_TEXT = 40000;
let mhSeq = 0;
/** Connected elements (the shortcut goes to the first that wants it). */
const mhConnected = new Set();
/** Removed elements that still hold a started widget. */
const mhParked = new Set();

function mhWarn(message) {
  console.warn(`<mailgun-help>: ${message}`);
}

/** A host value as quoted in a warning: cut, so a huge value does not flood the console. */
function mhShow(value) {
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * The language a launcher drawn before the wasm starts is labelled in: the `lang` attribute, else
 * the browser's. The widget decides once started (the reader's saved choice counts then); storage
 * is not read here, since a first `localStorage` access can block the page for tens of ms.
 */
function mhGuessLang(attr) {
  // Plain string work, not regular expressions: compiling one costs a launcher's first paint.
  const pick = (v) => {
    const code = String(v || "").trim().toLowerCase();
    let end = 0;
    while (end < code.length && code[end] >= "a" && code[end] <= "z") end++;
    const word = code.slice(0, end);
    if (word === "zh" || word === "cn" || word === "chinese" || code === "中文") return "zh";
    if (word === "en" || word === "english") return "en";
    return null;
  };
  return pick(attr) || (navigator.languages || []).map(pick).find(Boolean) || "en";
}

/** Runs `fn` when the browser is idle. */
function mhIdle(fn) {
  if (window.requestIdleCallback) requestIdleCallback(fn, { timeout: 4000 });
  else setTimeout(fn, 300);
}

/** Runs `fn` once the page has loaded and the browser is idle. */
function mhWhenIdle(fn) {
  if (document.readyState === "complete") mhIdle(fn);
  else window.addEventListener("load", () => mhIdle(fn), { once: true });
}

let mhPreparing = null;
/** Boots the wasm, then reads the content in another idle task (once per page). */
function mhPrepare() {
  return (mhPreparing =
    mhPreparing ||
    mhBoot().then(() => new Promise((resolve) => mhIdle(() => resolve(mh_prepare())))));
}

/** True when `node` takes typed text (a field, a text area, an editable region). */
function mhIsField(node) {
  if (!node || node.nodeType !== 1) return false;
  if (node.isContentEditable || node.tagName === "TEXTAREA" || node.tagName === "SELECT") return true;
  if (node.tagName !== "INPUT") return false;
  return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file", "image"].includes(node.type);
}

/** One document listener for every widget's shortcut, there only while a widget is in the page. */
function mhOnKey(e) {
  if (e.defaultPrevented || e.isComposing) return;
  const combo = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && String(e.key).toLowerCase() === "k";
  const slash = e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey;
  if (!combo && !slash) return;
  const path = e.composedPath();
  const ordered = [...mhConnected].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const el = ordered.find((w) => !w.hidden && w._shortcut() === (combo ? "ctrl-k" : "slash"));
  if (!el) return;
  // Typing in a field is left alone: the host's fields always, the widget's own for "/".
  if (mhIsField(path[0]) && (slash || !path.includes(el))) return;
  e.preventDefault();
  el._focusSearch();
}

function mhListen(el, on) {
  const had = mhConnected.size > 0;
  if (on) mhConnected.add(el);
  else mhConnected.delete(el);
  if (!had && mhConnected.size > 0) document.addEventListener("keydown", mhOnKey);
  if (had && mhConnected.size === 0) document.removeEventListener("keydown", mhOnKey);
}

class MailgunHelpElement extends HTMLElement {
  static get observedAttributes() {
    return ["lang", "area", "mode", "theme", "suggest", "context-url", "hash-routing", "shortcut", "load"];
  }

  constructor() {
    super();
    this._shadow = this.attachShadow({ mode: "open" });
    this._seq = ++mhSeq;
    this._id = 0; // the wasm instance, 0 while not mounted
    this._queue = []; // API calls made before the mount
    this._open = false;
    this._mode = "inline";
    this._lang = null;
    this._route = null; // the view shown last, to resume after a re-start
    this._starting = null;
    this._reflecting = false;
    this._resetReady();
  }

  _resetReady() {
    /** Resolves with the `ready` event's detail once the widget has rendered. */
    this.ready = new Promise((resolve) => (this._resolveReady = resolve));
  }

  connectedCallback() {
    mhListen(this, true);
    mhParked.delete(this);
    if (!this._wrap) {
      this._styled = mhStyle(this._shadow);
      this._build();
    }
    // Back in the page, the widget is still there, unless another element took its root.
    if (!this._id) this._autoStart();
  }

  /** Starts now (inline, or `load="eager"`) or on first use, having prepared when idle (`idle`). */
  _autoStart() {
    const load = this._choice("load", MH_LOADS);
    if (this._mode === "inline" || load === "eager" || this._queue.length) this._start();
    else if (load === "idle") mhWhenIdle(() => this.isConnected && mhPrepare().catch(() => {}));
  }

  disconnectedCallback() {
    // Moving the element disconnects and reconnects it at once: only a real removal parks it.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this._setOpen(false, false);
      mhListen(this, false);
      if (this._id) mhParked.add(this);
    });
  }

  attributeChangedCallback(name, old, value) {
    if (this._reflecting || old === value || !this._wrap) return;
    switch (name) {
      case "mode":
        this._applyMode();
        if (this._mode === "inline") this._start();
        break;
      case "theme":
        this._applyTheme();
        break;
      case "load":
        if (!this._id) this._autoStart();
        break;
      case "lang": {
        if (!this._id) {
          this._lang = mhGuessLang(value);
          this._labels();
          break;
        }
        const code = this._checkLang();
        if (code) mh_set_lang(this._id, code);
        break;
      }
      case "area":
        if (this._id) mh_set_area(this._id, this._checkArea("keeping the current view"));
        break;
      case "suggest":
      case "context-url":
        if (this._id) mh_suggest(this._id, this._text(this.getAttribute("suggest")), this._contextUrl());
        break;
      case "hash-routing":
        if (this._id) this._remount();
        break;
    }
  }

  // ---- the JS API ----------------------------------------------------------------------------

  /** Opens the panel (launcher mode); in inline mode, scrolls the widget into view. */
  open() {
    if (this._mode === "launcher") {
      this._setOpen(true);
      this._start();
    } else if (this._wrap) this.scrollIntoView({ block: "nearest" });
  }

  /** Closes the panel and returns focus to the launcher (launcher mode). */
  close() {
    this._setOpen(false);
  }

  /** Opens the panel if closed, closes it if open. */
  toggle() {
    this._open ? this.close() : this.open();
  }

  /** True while the launcher's panel is open. */
  get isOpen() {
    return this._open;
  }

  /** Asks `text` (with the `area` attribute as context) and shows the answer. */
  ask(text) {
    const question = this._text(text);
    this._call((id) => mh_ask(id, question));
    this.open();
  }

  /** Switches the language (`en`, `zh`); a bad code is warned about and ignored. */
  setLang(code) {
    const raw = this._text(code);
    this._call((id) => {
      const lang = mh_check_lang(raw);
      if (lang) mh_set_lang(id, lang);
      else mhWarn(`setLang("${mhShow(raw)}"): not a supported language ("en" or "zh"); keeping "${this._lang}"`);
    });
  }

  /** Opens the estimator with `{monthly, peak, ips, optimize, needs}`; resolves to what it shows. */
  estimate(request) {
    const copy = Object.assign({}, request || {});
    const result = new Promise((resolve) => this._call((id) => resolve(mh_estimate(id, copy))));
    this.open();
    return result;
  }

  /**
   * Writes a send request (`{domain, from, to, subject, text, …}`, the request builder's fields) as
   * code in eight languages, without opening a view; resolves to `{curl, node, python, php, ruby,
   * go, java, csharp, errors}`. Nothing is sent anywhere.
   */
  buildRequest(request) {
    const copy = Object.assign({}, request || {});
    return mhBoot().then(() => mh_build_request(copy));
  }

  /**
   * Checks a webhook signature (`{timestamp, token, signature, key}`) without opening a view;
   * resolves to `{valid, reason, computed, stale}`. The key is used for the check and forgotten.
   */
  verifySignature(input) {
    const copy = Object.assign({}, input || {});
    return mhBoot().then(() => mh_verify_signature(copy));
  }

  /** Opens a view by its route (`#/pricing`, `#/area/smtp`, `#/ref/api`, …). */
  navigate(route) {
    const hash = route == null ? "#/" : this._text(route);
    this._call((id) => mh_navigate(id, hash));
  }

  /** The widget's current language code, once ready. */
  get currentLang() {
    return this._id ? this._lang : null;
  }

  // ---- starting ------------------------------------------------------------------------------

  _build() {
    const wrap = document.createElement("div");
    wrap.className = "mh-embed";
    this._mountEl = document.createElement("div");
    this._mountEl.className = "mh-mount";
    this._wrap = wrap;
    this._lang = mhGuessLang(this.getAttribute("lang"));
    this._applyTheme();
    this._applyMode();
    this._shadow.append(wrap);
  }

  /** Starts the wasm (once per page) and mounts this element's widget; returns a promise. */
  _start() {
    if (this._id || !this._wrap) return Promise.resolve();
    if (!this._starting) {
      this._ensurePanel();
      this._loading(true);
      this._starting = Promise.all([mhBoot(), this._styled, mhStyleMore(this._shadow), mhStyleWidget(this._shadow)])
        .then(() => {
          this._starting = null;
          if (this.isConnected && !this._id) this._mount();
        })
        .catch((err) => {
          console.error("mailgun-help failed to start", err);
          this._note = null;
          this._mountEl.innerHTML = MH_BOOT_PANEL;
        });
    }
    return this._starting;
  }

  _mount() {
    // Take back the roots of removed elements first, so re-created widgets reuse them.
    for (const el of [...mhParked]) el._release();
    const options = {
      lang: this._checkLang() || (this._route ? this._lang : null),
      area: this._checkArea("opening the first screen"),
      suggest: this._text(this.getAttribute("suggest")),
      contextUrl: this._contextUrl(),
      hashRouting: this.hasAttribute("hash-routing"),
      route: this._route,
    };
    this._lang = options.lang || this._lang || "en";
    this._labels();
    this._loading(false);
    this._id = mh_mount(this._mountEl, options, (name, detail) => this._emit(name, detail));
    const queued = this._queue.splice(0);
    for (const call of queued) call(this._id);
  }

  /** Gives this removed element's root back; it starts again (at its last view) if put back. */
  _release() {
    mhParked.delete(this);
    if (!this._id) return;
    mh_unmount(this._id);
    this._id = 0;
    this._resetReady();
  }

  _remount() {
    mh_unmount(this._id);
    this._id = 0;
    this._route = null;
    this._resetReady();
    this._mount();
  }

  _call(fn) {
    if (this._id) fn(this._id);
    else {
      this._queue.push(fn);
      if (this.isConnected) this._start();
    }
  }

  _emit(name, detail) {
    if (name === "ready" || name === "lang") {
      this._lang = detail.lang;
      this._labels();
    }
    if (name === "ready" || name === "route") this._route = detail.route;
    if (name === "ready" && (this._mode === "inline" || this._open)) mh_warm_up();
    if (name === "lang" && this.hasAttribute("lang") && mh_check_lang(this.getAttribute("lang")) !== detail.lang) {
      // Keep the host's attribute true to what is shown (without re-applying it).
      this._reflecting = true;
      this.setAttribute("lang", detail.lang);
      this._reflecting = false;
    }
    // A new view starts at its top (the panel scrolls; an inline widget leaves the page alone).
    if (name === "route" && this._mode === "launcher") this._mountEl.scrollTop = 0;
    this.dispatchEvent(new CustomEvent(`mailgun-help:${name}`, { detail, bubbles: true, composed: true }));
    if (name === "ready") this._resolveReady(detail);
  }

  // ---- shortcut ------------------------------------------------------------------------------

  _shortcut() {
    return this._choice("shortcut", MH_SHORTCUTS);
  }

  /** The shortcut's work: open the launcher (starting the widget if needed) and focus the search. */
  _focusSearch() {
    const focus = () => {
      const input = this._shadow.querySelector(".mh-search-input");
      if (!input) return;
      input.focus();
      input.select();
    };
    if (this._mode === "launcher") this.open();
    else this._start();
    this.ready.then(focus);
  }

  // ---- attributes ----------------------------------------------------------------------------

  /** A host-supplied string, cut to a length no caller needs more of; `null` stays `null`. */
  _text(value) {
    if (value == null) return null;
    return String(value).slice(0, MH_MAX_TEXT);
  }

  _checkLang() {
    const raw = this.getAttribute("lang");
    if (raw === null || raw.trim() === "") return null;
    const code = mh_check_lang(this._text(raw));
    if (!code) mhWarn(`lang="${mhShow(raw)}" is not supported (use "en" or "zh"); using the reader's language instead`);
    return code || null;
  }

  _checkArea(fallback) {
    const raw = this.getAttribute("area");
    if (raw === null || raw.trim() === "") return null;
    const slug = mh_check_area(this._text(raw));
    if (!slug) mhWarn(`area="${mhShow(raw)}" is not a Mailgun area (one of: ${mh_area_slugs()}); ${fallback}`);
    return slug || null;
  }

  _contextUrl() {
    if (!this.hasAttribute("context-url")) return null;
    return this._text(this.getAttribute("context-url") || location.href);
  }

  _choice(name, allowed) {
    const raw = this.getAttribute(name);
    if (raw === null || raw === "") return allowed[0];
    const value = raw.trim().toLowerCase();
    if (allowed.includes(value)) return value;
    // Warned once per value (the shortcut is read at every key press).
    this._warned = this._warned || new Set();
    if (!this._warned.has(`${name}=${raw}`)) {
      this._warned.add(`${name}=${raw}`);
      mhWarn(`${name}="${mhShow(raw)}" is not one of ${allowed.join(", ")}; using "${allowed[0]}"`);
    }
    return allowed[0];
  }

  _applyTheme() {
    this._wrap.dataset.theme = this._choice("theme", MH_THEMES);
  }

  _applyMode() {
    const mode = this._choice("mode", MH_MODES);
    const wrap = this._wrap;
    if (this._open) this._setOpen(false, false);
    this._mode = mode;
    wrap.dataset.mode = mode;
    wrap.textContent = "";
    this._launcher = this._panel = this._closeBtn = this._title = null;
    if (mode === "inline") {
      wrap.append(this._mountEl);
      this._labels();
      return;
    }
    const launcher = document.createElement("button");
    launcher.type = "button";
    launcher.className = "mh-launcher";
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-haspopup", "dialog");
    launcher.dataset.testid = "launcher";
    const icon = document.createElement("span");
    icon.className = "mh-launcher-icon";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = "?";
    const text = document.createElement("span");
    text.className = "mh-launcher-text";
    launcher.append(icon, text);
    launcher.addEventListener("click", () => this.toggle());
    wrap.append(launcher);
    this._launcher = launcher;
    this._labels();
    // A widget already running (an inline one turned into a launcher) keeps its mount in the page.
    if (this._id || this._starting) this._ensurePanel();
  }

  /** The launcher's dialog, built at its first use (an opening, or a start that renders into it),
   * with the rules it needs: a launcher never opened costs the page its button only. */
  _ensurePanel() {
    if (this._panel || !this._launcher) return;
    const panelId = `mh-panel-${this._seq}`;
    const titleId = `mh-panel-title-${this._seq}`;
    const panel = document.createElement("div");
    panel.className = "mh-panel";
    panel.id = panelId;
    panel.hidden = true;
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-modal", "true");
    panel.setAttribute("aria-labelledby", titleId);
    const bar = document.createElement("div");
    bar.className = "mh-panel-bar";
    const title = document.createElement("span");
    title.className = "mh-panel-title";
    title.id = titleId;
    const closeBtn = document.createElement("button");
    closeBtn.type = "button";
    closeBtn.className = "mh-close";
    closeBtn.dataset.testid = "close";
    closeBtn.textContent = "×";
    closeBtn.addEventListener("click", () => this.close());
    bar.append(title, closeBtn);
    panel.append(bar, this._mountEl);
    panel.addEventListener("keydown", (e) => this._panelKey(e));

    mhStyleMore(this._shadow);
    this._wrap.append(panel);
    this._launcher.setAttribute("aria-controls", panelId);
    Object.assign(this, { _panel: panel, _closeBtn: closeBtn, _title: title });
    this._labels();
  }

  _labels() {
    if (!this._wrap) return;
    const t = MH_TEXTS[this._lang] || MH_TEXTS.en;
    this._wrap.lang = this._lang === "zh" ? "zh-CN" : "en";
    if (this._note) this._note.textContent = t.loading;
    if (this._launcher) {
      this._launcher.querySelector(".mh-launcher-text").textContent = t.launcher;
      this._launcher.title = t.launcherLabel;
    }
    if (this._panel) {
      this._title.textContent = t.dialog;
      this._closeBtn.setAttribute("aria-label", t.close);
      this._closeBtn.title = t.close;
    }
  }

  /** Shows (or removes) "Loading…" in the mount while the widget starts. */
  _loading(on) {
    if (on && !this._note) {
      this._note = document.createElement("p");
      this._note.className = "mh-loading";
      this._note.setAttribute("role", "status");
      this._mountEl.append(this._note);
      this._labels();
    } else if (!on && this._note) {
      this._note.remove();
      this._note = null;
    }
  }

  // ---- the launcher's dialog -----------------------------------------------------------------

  _setOpen(open, restoreFocus = true) {
    if (!this._launcher || open === this._open) return;
    this._ensurePanel();
    this._open = open;
    this._panel.hidden = !open;
    this._launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      this._onOutside = (e) => {
        if (!e.composedPath().includes(this)) this._setOpen(false, false);
      };
      document.addEventListener("pointerdown", this._onOutside, true);
      this._closeBtn.focus();
      if (this._id) mh_warm_up();
    } else {
      document.removeEventListener("pointerdown", this._onOutside, true);
      if (restoreFocus) this._launcher.focus();
    }
  }

  _focusables() {
    return Array.from(this._panel.querySelectorAll(MH_FOCUSABLE)).filter(
      (el) => el.getClientRects().length > 0 && !el.closest("[hidden]")
    );
  }

  _panelKey(e) {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      this.close();
      return;
    }
    if (e.key !== "Tab") return;
    // Focus stays inside the open dialog: Tab from the last stop wraps to the first, and back.
    const stops = this._focusables();
    if (stops.length === 0) return;
    const first = stops[0];
    const last = stops[stops.length - 1];
    const active = this._shadow.activeElement;
    if (e.shiftKey && (active === first || !stops.includes(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  }
}

if (!customElements.get("mailgun-help")) customElements.define("mailgun-help", MailgunHelpElement);
