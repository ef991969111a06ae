//! The embeddable widget: what `<mailgun-help>` (the custom element in `embed/mailgun-help-element.js`)
//! calls to mount an independent widget into its shadow root and to drive it from its JS API.
//!
//! Each mount is its own app with its own state, routed in memory (unless the host opted in to
//! hash routing), and reports what happens through the `emit(name, detail)` function the element
//! passes in, which the element turns into `mailgun-help:<name>` DOM events. Calls that arrive
//! before the app has mounted are queued and applied once it has.
//!
//! Apps are rendered through pooled [`Root`]s. Yew 0.23 never removes the event listeners a root
//! puts on its element (it forgets their closures), so a page that mounted and removed widgets
//! (a single-page docs site re-rendering) would gain listeners, a detached element and wasm memory
//! each time. A root is therefore made once and lent to one mount at a time: unmounting destroys
//! the app inside it (running its cleanups) and keeps the root for the next mount.
//!
//! Attribute values are checked here (`mh_check_lang`, `mh_check_area`) because the languages and
//! areas are known here; the element prints the console warnings.

mod context;
#[cfg(feature = "tools")]
mod tools_api;

use crate::app::{App, EmbedConfig};
use crate::state::{Action, State};
use mailgun_help_core::kb::ids::AreaId;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::pricing::{Estimate, Input, PricingData};
use mailgun_help_core::route::{shared_route, AskQuery, Route, MAX_LINK, MAX_QUESTION};
use mailgun_help_core::text::clip;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use yew::prelude::*;
use yew::{AppHandle, UseReducerDispatcher};

/// What a root shows: the app of mount number `.0`, or nothing while it waits in the pool.
#[derive(Properties, Clone, PartialEq)]
pub struct EmbedRootProps {
    /// The mount's id (so each mount gets a fresh app) and its configuration.
    pub app: Option<(u32, EmbedConfig)>,
}

/// The component a [`Root`] renders: one [`App`] keyed by its mount, so a new mount starts fresh.
#[function_component(EmbedRoot)]
pub fn embed_root(props: &EmbedRootProps) -> Html {
    match &props.app {
        Some((id, cfg)) => html! { <App key={*id} embed={Some(cfg.clone())} /> },
        None => Html::default(),
    }
}

/// A Yew app and the element it renders into; lent to one mount at a time, never destroyed.
struct Root {
    host: web_sys::Element,
    app: AppHandle<EmbedRoot>,
}

/// One mounted widget.
struct Instance {
    root: Option<Root>,
    /// Set once the app has mounted.
    dispatch: Option<UseReducerDispatcher<State>>,
    /// Actions sent before it had.
    queued: Vec<Action>,
    /// The host's `area` attribute, used as the context of `ask()`.
    area: Option<AreaId>,
    /// Where the panic panel goes if anything panics.
    container: web_sys::Element,
}

/// The mounted widgets by id. A page has a few: a list, not a hash map (with the number formats'
/// cache also made a list, that took two hash-map instantiations out of the wasm: the file −1.5 KB
/// gz; std's SipHash itself stays, through a dependency).
#[derive(Default)]
struct Instances(Vec<(u32, Instance)>);

impl Instances {
    fn insert(&mut self, id: u32, inst: Instance) {
        self.remove(&id);
        self.0.push((id, inst));
    }

    fn get(&self, id: &u32) -> Option<&Instance> {
        self.0.iter().find(|(k, _)| k == id).map(|(_, v)| v)
    }

    fn get_mut(&mut self, id: &u32) -> Option<&mut Instance> {
        self.0.iter_mut().find(|(k, _)| k == id).map(|(_, v)| v)
    }

    fn remove(&mut self, id: &u32) -> Option<Instance> {
        let at = self.0.iter().position(|(k, _)| k == id)?;
        Some(self.0.swap_remove(at).1)
    }

    fn values(&self) -> impl Iterator<Item = &Instance> {
        self.0.iter().map(|(_, v)| v)
    }
}

thread_local! {
    static INSTANCES: RefCell<Instances> = RefCell::new(Instances::default());
    /// Roots no mount is using.
    static FREE: RefCell<Vec<Root>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static HOOK_SET: Cell<bool> = const { Cell::new(false) };
}

fn get_str(options: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(options, &JsValue::from_str(name)).ok().and_then(|v| v.as_string())
}

/// The view an instance opens with: the host's `suggest` text, else what `context-url` says about
/// the page, else the `area`, else the first screen.
fn start_route(area: Option<AreaId>, suggest: Option<&str>, context_url: Option<&str>) -> Route {
    let suggest = suggest.map(str::trim).filter(|s| !s.is_empty());
    if let Some(q) = suggest {
        return Route::Ask(AskQuery { q: clip(q, MAX_QUESTION).to_string(), area, ..AskQuery::default() });
    }
    if let Some((q, found)) = context_url.and_then(context::from_url) {
        return Route::Ask(AskQuery { q, area: area.or(found), ..AskQuery::default() });
    }
    match area {
        Some(a) => Route::Area(a),
        None => Route::Home,
    }
}

/// Mounts a widget into `container` (an element inside the host's shadow root).
///
/// `options`: `{ lang, area, suggest, contextUrl, hashRouting, route }` (strings, `hashRouting` a
/// boolean; `route` resumes a view the element showed before it was re-started); invalid
/// `lang`/`area` values are ignored here (the element has already warned). `emit` is called as
/// `emit(name, detail)`. Returns the instance id the other functions take.
#[wasm_bindgen]
pub fn mh_mount(container: web_sys::Element, options: JsValue, emit: js_sys::Function) -> u32 {
    install_panic_hook();
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    let lang = get_str(&options, "lang").as_deref().and_then(Lang::parse);
    let area = get_str(&options, "area").as_deref().and_then(AreaId::parse);
    let hash_routing =
        js_sys::Reflect::get(&options, &JsValue::from_str("hashRouting")).ok().and_then(|v| v.as_bool()) == Some(true);
    let resume = get_str(&options, "route").map(|h| Route::parse(&h));
    // A link shared from an embedded view (`#mailgun-help=…` on the host page) reopens that view.
    let shared = if hash_routing { None } else { shared_route(&crate::platform::dom::hash()) };
    let route = resume.or(shared).unwrap_or_else(|| {
        start_route(area, get_str(&options, "suggest").as_deref(), get_str(&options, "contextUrl").as_deref())
    });
    let config = EmbedConfig {
        lang,
        route,
        hash_routing,
        emit: Callback::from(move |(name, detail): (&'static str, JsValue)| {
            let _ = emit.call2(&JsValue::NULL, &JsValue::from_str(name), &detail);
        }),
        attach: Callback::from(move |dispatch: UseReducerDispatcher<State>| attach(id, dispatch)),
    };
    INSTANCES.with(|m| {
        m.borrow_mut()
            .insert(id, Instance { root: None, dispatch: None, queued: Vec::new(), area, container: container.clone() })
    });
    let props = EmbedRootProps { app: Some((id, config)) };
    let root = match FREE.with(|f| f.borrow_mut().pop()) {
        Some(mut root) => {
            let _ = container.append_child(&root.host);
            root.app.update(props);
            Some(root)
        }
        None => web_sys::window().and_then(|w| w.document()).and_then(|d| d.create_element("div").ok()).map(|host| {
            host.set_class_name("mh-root");
            let _ = container.append_child(&host);
            let app = yew::Renderer::<EmbedRoot>::with_root_and_props(host.clone(), props).render();
            Root { host, app }
        }),
    };
    INSTANCES.with(|m| {
        if let Some(inst) = m.borrow_mut().get_mut(&id) {
            inst.root = root;
        }
    });
    id
}

/// Called by the app once mounted: applies the queued actions.
fn attach(id: u32, dispatch: UseReducerDispatcher<State>) {
    let queued = INSTANCES.with(|m| {
        let mut m = m.borrow_mut();
        match m.get_mut(&id) {
            Some(inst) => {
                inst.dispatch = Some(dispatch.clone());
                std::mem::take(&mut inst.queued)
            }
            None => Vec::new(),
        }
    });
    for action in queued {
        dispatch.dispatch(action);
    }
}

/// Sends `action` to instance `id` now, or once it has mounted. False when there is no such instance.
fn send(id: u32, action: Action) -> bool {
    let ready = INSTANCES.with(|m| {
        let mut m = m.borrow_mut();
        let inst = m.get_mut(&id)?;
        match &inst.dispatch {
            Some(d) => Some(Some(d.clone())),
            None => {
                inst.queued.push(action.clone());
                Some(None)
            }
        }
    });
    match ready {
        Some(Some(dispatch)) => {
            dispatch.dispatch(action);
            true
        }
        Some(None) => true,
        None => false,
    }
}

/// Removes instance `id` and everything it rendered; its root goes back to the pool.
#[wasm_bindgen]
pub fn mh_unmount(id: u32) {
    let Some(mut root) = INSTANCES.with(|m| m.borrow_mut().remove(&id)).and_then(|i| i.root) else { return };
    root.app.update(EmbedRootProps { app: None });
    root.host.remove();
    FREE.with(|f| f.borrow_mut().push(root));
}

/// Checks the compiled prices (once per page: the knowledge base and the prices are statics, so
/// nothing else is left to read), so that a widget started when the browser is idle does it in a
/// task of its own, not in its first render.
#[wasm_bindgen]
pub fn mh_prepare() {
    let _ = PricingData::get();
}

/// Builds the search index and the ask model in the background (once per page): the element calls
/// it when the widget is first seen, so a closed launcher costs the page no long task.
#[wasm_bindgen]
pub fn mh_warm_up() {
    #[cfg(any(feature = "search", feature = "ask"))]
    crate::hooks::use_warm_up::schedule();
}

/// The language code (`en`, `zh`) a `lang` value means, or `undefined` when it is not supported.
#[wasm_bindgen]
pub fn mh_check_lang(value: &str) -> Option<String> {
    Lang::parse(value).map(|l| l.code().to_string())
}

/// The area slug an `area` value means (a slug or its letter), or `undefined`.
#[wasm_bindgen]
pub fn mh_check_area(value: &str) -> Option<String> {
    AreaId::parse(value).map(|a| a.slug().to_string())
}

/// Every area slug, for warnings.
#[wasm_bindgen]
pub fn mh_area_slugs() -> String {
    AreaId::ALL.iter().map(|a| a.slug()).collect::<Vec<_>>().join(", ")
}

/// Shows everything in `code`; false (and no change) when the code is not supported.
#[wasm_bindgen]
pub fn mh_set_lang(id: u32, code: &str) -> bool {
    match Lang::parse(code) {
        Some(lang) => send(id, Action::SetLang(lang)),
        None => false,
    }
}

/// Sets the instance's area (the context of later questions) and opens it; `None` only clears it.
#[wasm_bindgen]
pub fn mh_set_area(id: u32, area: Option<String>) {
    let area = area.as_deref().and_then(AreaId::parse);
    INSTANCES.with(|m| {
        if let Some(inst) = m.borrow_mut().get_mut(&id) {
            inst.area = area;
        }
    });
    if let Some(a) = area {
        send(id, Action::Navigate(Route::Area(a)));
    }
}

/// Opens the view for new `suggest` / `context-url` values (as at mount).
#[wasm_bindgen]
pub fn mh_suggest(id: u32, suggest: Option<String>, context_url: Option<String>) {
    let area = INSTANCES.with(|m| m.borrow().get(&id).and_then(|i| i.area));
    send(id, Action::Navigate(start_route(area, suggest.as_deref(), context_url.as_deref())));
}

/// Opens a route given as a hash (`#/pricing`, `#/area/smtp`, …); any length is safe (see
/// [`MAX_LINK`]).
#[wasm_bindgen]
pub fn mh_navigate(id: u32, hash: &str) {
    send(id, Action::Navigate(Route::parse(clip(hash, MAX_LINK))));
}

/// Asks `text` (with the instance's area as context) and shows the answer.
#[wasm_bindgen]
pub fn mh_ask(id: u32, text: &str) {
    let area = INSTANCES.with(|m| m.borrow().get(&id).and_then(|i| i.area));
    let q = AskQuery { q: clip(text.trim(), MAX_QUESTION).to_string(), area, ..AskQuery::default() };
    send(id, Action::Navigate(Route::Ask(q)));
}

/// A number from the host page as the estimator's parser reads text: whole numbers as digits,
/// anything else (1.5, NaN, 1e21) as JavaScript writes it, so the parser names the problem.
/// Rust's float formatting is avoided on purpose (it adds ~10 KB to the wasm).
fn number_text(n: f64, v: &JsValue) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        (n as i64).to_string()
    } else {
        js_sys::Number::unchecked_from_js_ref(v).to_string_with_radix(10).map(String::from).unwrap_or_default()
    }
}

/// Opens the estimator filled with `{monthly, peak, ips, optimize, needs}` and returns what it
/// shows: `{ok: true, plan, monthlyUsd, incomplete, input, route}` or `{ok: false, errors: [{field,
/// message}]}` (messages in English).
#[wasm_bindgen]
pub fn mh_estimate(id: u32, request: JsValue) -> JsValue {
    let mut params = Vec::new();
    for field in ["monthly", "peak", "ips", "optimize", "needs"] {
        let Ok(v) = js_sys::Reflect::get(&request, &JsValue::from_str(field)) else { continue };
        let text = if let Some(n) = v.as_f64() {
            number_text(n, &v)
        } else if let Some(s) = v.as_string() {
            s
        } else if js_sys::Array::is_array(&v) {
            js_sys::Array::from(&v).iter().filter_map(|x| x.as_string()).collect::<Vec<_>>().join(",")
        } else {
            continue;
        };
        params.push((field.to_string(), text));
    }
    send(id, Action::Navigate(Route::Pricing(params.clone())));
    let out = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&out, &JsValue::from_str(k), &v);
    };
    match (Input::from_query(&params), PricingData::get()) {
        (Ok(input), Ok(data)) => {
            let detail = crate::components::pricing_estimator::estimate_detail(&Estimate::new(data, &input));
            let _ = js_sys::Reflect::set(&detail, &JsValue::from_str("ok"), &JsValue::TRUE);
            return detail;
        }
        (Err(errors), _) => {
            let list = js_sys::Array::new();
            for e in errors {
                let item = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&item, &"field".into(), &e.field.key().into());
                let _ = js_sys::Reflect::set(&item, &"message".into(), &e.message(Lang::En).into());
                list.push(&item);
            }
            set("errors", list.into());
        }
        (_, Err(e)) => set("errors", js_sys::Array::of1(&JsValue::from_str(&e.to_string())).into()),
    }
    set("ok", JsValue::FALSE);
    out.into()
}

/// The version of the widget.
#[wasm_bindgen]
pub fn mh_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A panic replaces every mounted widget with the bilingual panel (never a blank or frozen box),
/// and never writes into the host page outside the widgets.
fn install_panic_hook() {
    if HOOK_SET.with(|s| s.replace(true)) {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("mailgun-help panicked: {info}")));
        INSTANCES.with(|m| {
            if let Ok(m) = m.try_borrow() {
                for inst in m.values() {
                    inst.container.set_inner_html(crate::panic_panel::PANEL);
                }
            }
        });
    }));
}

/// True when the page loaded the embed script (it defines `<mailgun-help>` before starting the
/// wasm): then the standalone page's mount is skipped.
pub fn is_embed_page() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let registry = js_sys::Reflect::get(&window, &JsValue::from_str("customElements")).unwrap_or(JsValue::UNDEFINED);
    let Ok(get) = js_sys::Reflect::get(&registry, &JsValue::from_str("get")) else { return false };
    let Ok(get) = get.dyn_into::<js_sys::Function>() else { return false };
    get.call1(&registry, &JsValue::from_str("mailgun-help")).map(|v| !v.is_undefined()).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggest_wins_then_context_then_area() {
        let a = Some(AreaId::Webhooks);
        assert!(
            matches!(start_route(a, Some("retry"), Some("https://x/smtp/")), Route::Ask(q) if q.q == "retry" && q.area == a)
        );
        assert_eq!(start_route(a, Some("  "), None), Route::Area(AreaId::Webhooks));
        assert_eq!(start_route(None, None, None), Route::Home);
        match start_route(None, None, Some("https://docs.example.com/docs/webhooks/securing-webhooks.html")) {
            Route::Ask(q) => {
                assert_eq!(q.area, Some(AreaId::Webhooks));
                assert!(q.q.contains("securing"), "{}", q.q);
            }
            other => panic!("{other:?}"),
        }
    }
}
