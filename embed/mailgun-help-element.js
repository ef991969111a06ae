// The <mailgun-help> custom element. Not a module of its own: `cargo xtask embed` concatenates it,
// inside one function scope, after the wasm-bindgen glue (exports stripped) and a loader that
// defines `mhBoot()` (starts the wasm once, returns a promise) and `mhStyle(shadowRoot)` (adds the
// widget's CSS to a shadow root, returns a promise that resolves when it applies).
//
// Everything the reader sees renders inside an open shadow root, so host CSS cannot reach it and its
// CSS cannot leak out. Each element mounts its own independent widget (mh_mount) and turns what the
// widget reports into `mailgun-help:*` DOM events (bubbling, composed).

const MH_MODES = ["inline", "launcher"];
const MH_THEMES = ["light", "dark", "auto"];
const MH_FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const MH_BOOT_PANEL =
  '<div class="mh-panic" role="alert" data-error="boot"><strong>Mailgun Help could not start in this browser.</strong> ' +
  "Try a current Chrome, Edge, Firefox or Safari.<br><strong>Mailgun Help 无法在此浏览器中启动。</strong>" +
  "请使用较新版本的 Chrome、Edge、Firefox 或 Safari。</div>";
let mhSeq = 0;

function mhWarn(message) {
  console.warn(`<mailgun-help>: ${message}`);
}

class MailgunHelpElement extends HTMLElement {
  static get observedAttributes() {
    return ["lang", "area", "mode", "theme", "suggest", "context-url", "hash-routing"];
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
    this._reflecting = false;
    this._resetReady();
  }

  _resetReady() {
    /** Resolves with the `ready` event's detail once the widget has rendered. */
    this.ready = new Promise((resolve) => (this._resolveReady = resolve));
  }

  connectedCallback() {
    if (this._started) return;
    this._started = true;
    const shadow = this._shadow;
    Promise.all([mhBoot(), mhStyle(shadow)])
      .then(() => {
        if (this.isConnected && this._started && !this._wrap) this._build();
      })
      .catch((err) => {
        console.error("mailgun-help failed to start", err);
        const box = document.createElement("div");
        box.innerHTML = MH_BOOT_PANEL;
        shadow.append(box);
      });
  }

  disconnectedCallback() {
    // Moving the element disconnects and reconnects it at once: only a real removal unmounts.
    queueMicrotask(() => {
      if (!this.isConnected) this._teardown();
    });
  }

  attributeChangedCallback(name, old, value) {
    if (this._reflecting || old === value || !this._wrap) return;
    switch (name) {
      case "mode":
        this._applyMode();
        break;
      case "theme":
        this._applyTheme();
        break;
      case "lang": {
        const code = this._checkLang();
        if (code) this._call((id) => mh_set_lang(id, code));
        break;
      }
      case "area":
        this._call((id) => mh_set_area(id, this._checkArea("keeping the current view")));
        break;
      case "suggest":
      case "context-url":
        this._call((id) => mh_suggest(id, this.getAttribute("suggest"), this._contextUrl()));
        break;
      case "hash-routing":
        this._remount();
        break;
    }
  }

  // ---- the JS API ----------------------------------------------------------------------------

  /** Opens the panel (launcher mode); in inline mode, scrolls the widget into view. */
  open() {
    if (this._mode === "launcher") this._setOpen(true);
    else if (this._wrap) this.scrollIntoView({ block: "nearest" });
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
    const question = String(text ?? "");
    this._call((id) => mh_ask(id, question));
    this.open();
  }

  /** Switches the language (`en`, `zh`); a bad code is warned about and ignored. */
  setLang(code) {
    const raw = String(code ?? "");
    this._call((id) => {
      const lang = mh_check_lang(raw);
      if (lang) mh_set_lang(id, lang);
      else mhWarn(`setLang("${raw}"): not a supported language ("en" or "zh"); keeping "${this._lang}"`);
    });
  }

  /** Opens the estimator with `{monthly, peak, ips, optimize, needs}`; resolves to what it shows. */
  estimate(request) {
    const copy = Object.assign({}, request || {});
    const result = new Promise((resolve) => this._call((id) => resolve(mh_estimate(id, copy))));
    this.open();
    return result;
  }

  /** Opens a view by its route (`#/pricing`, `#/area/smtp`, `#/ref/api`, …). */
  navigate(route) {
    const hash = String(route ?? "#/");
    this._call((id) => mh_navigate(id, hash));
  }

  /** The widget's current language code, once ready. */
  get currentLang() {
    return this._lang;
  }

  // ---- building ------------------------------------------------------------------------------

  _build() {
    const wrap = document.createElement("div");
    wrap.className = "mh-embed";
    this._mountEl = document.createElement("div");
    this._mountEl.className = "mh-mount";
    this._wrap = wrap;
    this._applyTheme();
    this._applyMode();
    this._shadow.append(wrap);
    this._mount();
  }

  _mount() {
    const options = {
      lang: this._checkLang(),
      area: this._checkArea("opening the first screen"),
      suggest: this.getAttribute("suggest"),
      contextUrl: this._contextUrl(),
      hashRouting: this.hasAttribute("hash-routing"),
    };
    this._lang = options.lang || this._lang || "en";
    this._labels();
    this._id = mh_mount(this._mountEl, options, (name, detail) => this._emit(name, detail));
    const queued = this._queue.splice(0);
    for (const call of queued) call(this._id);
  }

  _remount() {
    if (this._id) mh_unmount(this._id);
    this._id = 0;
    this._mountEl.textContent = "";
    this._resetReady();
    this._mount();
  }

  _teardown() {
    this._setOpen(false, false);
    if (this._id) mh_unmount(this._id);
    this._id = 0;
    this._started = false;
    this._wrap = null;
    this._shadow.textContent = "";
    this._resetReady();
  }

  _call(fn) {
    if (this._id) fn(this._id);
    else this._queue.push(fn);
  }

  _emit(name, detail) {
    if (name === "ready" || name === "lang") {
      this._lang = detail.lang;
      this._labels();
    }
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

  // ---- attributes ----------------------------------------------------------------------------

  _checkLang() {
    const raw = this.getAttribute("lang");
    if (raw === null || raw.trim() === "") return null;
    const code = mh_check_lang(raw);
    if (!code) mhWarn(`lang="${raw}" is not supported (use "en" or "zh"); using the reader's language instead`);
    return code || null;
  }

  _checkArea(fallback) {
    const raw = this.getAttribute("area");
    if (raw === null || raw.trim() === "") return null;
    const slug = mh_check_area(raw);
    if (!slug) mhWarn(`area="${raw}" is not a Mailgun area (one of: ${mh_area_slugs()}); ${fallback}`);
    return slug || null;
  }

  _contextUrl() {
    if (!this.hasAttribute("context-url")) return null;
    return this.getAttribute("context-url") || location.href;
  }

  _choice(name, allowed) {
    const raw = this.getAttribute(name);
    if (raw === null || raw === "") return allowed[0];
    const value = raw.trim().toLowerCase();
    if (allowed.includes(value)) return value;
    mhWarn(`${name}="${raw}" is not one of ${allowed.join(", ")}; using "${allowed[0]}"`);
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
    const panelId = `mh-panel-${this._seq}`;
    const titleId = `mh-panel-title-${this._seq}`;

    const launcher = document.createElement("button");
    launcher.type = "button";
    launcher.className = "mh-launcher";
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-controls", panelId);
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

    wrap.append(launcher, panel);
    Object.assign(this, { _launcher: launcher, _panel: panel, _closeBtn: closeBtn, _title: title });
    this._labels();
  }

  _labels() {
    if (!this._wrap) return;
    const t = mh_texts(this._lang || "en");
    this._wrap.lang = this._lang === "zh" ? "zh-CN" : "en";
    if (this._launcher) {
      this._launcher.querySelector(".mh-launcher-text").textContent = t.launcher;
      this._launcher.title = t.launcherLabel;
      this._title.textContent = t.dialog;
      this._closeBtn.setAttribute("aria-label", t.close);
      this._closeBtn.title = t.close;
    }
  }

  // ---- the launcher's dialog -----------------------------------------------------------------

  _setOpen(open, restoreFocus = true) {
    if (!this._panel || open === this._open) return;
    this._open = open;
    this._panel.hidden = !open;
    this._launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      this._onOutside = (e) => {
        if (!e.composedPath().includes(this)) this._setOpen(false, false);
      };
      document.addEventListener("pointerdown", this._onOutside, true);
      this._closeBtn.focus();
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
