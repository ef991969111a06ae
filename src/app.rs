//! The root component: decides the language, follows the route (the hash on the standalone page, the
//! state in an embed), and picks the view.

use crate::components::{
    area_view::area_view,
    browse::browse,
    header::{header, HeaderProps},
    home::Home,
    not_found::not_found,
    pricing_view::pricing_view,
    reference::reference_view,
};
use crate::hooks::{detail, use_hash_change, Nav, Shell};
use crate::platform::{dom, storage, url};
use crate::state::{Action, Note, State};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::lang::{self, Lang};
use mailgun_help_core::route::{parse_query, Route};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// What every component may read and change: the shared state and its dispatcher.
pub type AppContext = UseReducerHandle<State>;

/// Storage key of the saved language choice.
const LANG_KEY: &str = "lang";

/// How an embedded instance starts; `None` in [`AppProps`] means the standalone page.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedConfig {
    /// The host's `lang` attribute, when valid (else the saved or browser language is used).
    pub lang: Option<Lang>,
    /// The first view.
    pub route: Route,
    /// The host opted in to hash routing (`hash-routing` attribute): follow and write `location.hash`.
    pub hash_routing: bool,
    /// Receives the host element's events: `(name, detail)`.
    pub emit: Callback<(&'static str, JsValue)>,
    /// Receives the state dispatcher once the app is mounted, so the host's API calls can reach it.
    pub attach: Callback<UseReducerDispatcher<State>>,
}

/// Props of [`App`].
#[derive(Properties, Clone, Debug, PartialEq, Default)]
pub struct AppProps {
    /// Set when the widget is embedded in a host page's element.
    #[prop_or_default]
    pub embed: Option<EmbedConfig>,
}

/// The `lang` value of a hash's query (`#/pricing?monthly=5000&lang=zh`), as written.
fn hash_lang(hash: &str) -> Option<String> {
    let query = parse_query(hash.split_once('?')?.1);
    query.into_iter().find(|(k, _)| k == "lang").map(|(_, v)| v)
}

fn initial_state(embed: Option<&EmbedConfig>) -> State {
    let hash = dom::hash();
    if let Some(cfg) = embed {
        let saved = storage::get_bounded(LANG_KEY, 32);
        let lang = lang::choose(cfg.lang.map(Lang::code), saved.as_deref(), &dom::browser_languages());
        let route = if cfg.hash_routing && hash.starts_with("#/") { Route::parse(&hash) } else { cfg.route.clone() };
        return State::new(lang, route);
    }
    // The hash's `lang` first: it is the part a shared widget link writes (the estimator's link).
    let url_lang = hash_lang(&hash)
        .filter(|v| Lang::parse(v).is_some())
        .or_else(|| dom::page_params().into_iter().find(|(k, _)| k == "lang").map(|(_, v)| v));
    let saved = storage::get_bounded(LANG_KEY, 32);
    let lang = lang::choose(url_lang.as_deref(), saved.as_deref(), &dom::browser_languages());
    State::new(lang, Route::parse(&hash))
}

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let embed = props.embed.clone();
    let state = use_reducer({
        #[cfg(any(feature = "search", feature = "ask"))]
        crate::hooks::use_warm_up(props.embed.is_none());
        let embed = embed.clone();
        move || initial_state(embed.as_ref())
    });
    let shell = use_memo(embed.clone(), |embed| match embed {
        None => Shell::default(),
        Some(cfg) => {
            Shell { nav: if cfg.hash_routing { Nav::Hash } else { Nav::Memory }, emit: Some(cfg.emit.clone()) }
        }
    });

    {
        let state = state.clone();
        let (nav, embedded) = (shell.nav, shell.is_embedded());
        use_hash_change(Callback::from(move |hash: String| {
            if nav == Nav::Hash {
                // On the page of its own, a link's `lang` wins here as it does when the page opens
                // (README, "Using the single file"); an unknown value is ignored as it is there. An
                // embed's language is its element's.
                let lang = hash_lang(&hash).and_then(|v| Lang::parse(&v));
                if let Some(lang) = lang.filter(|_| !embedded) {
                    state.dispatch(Action::SetLang(lang));
                }
                state.dispatch(Action::Navigate(Route::parse(&hash)))
            }
        }));
    }

    let lang = state.lang;
    {
        // The page's `<html lang>` belongs to the standalone page only; an embed tells its host
        // instead, through the notes below.
        let embedded = shell.is_embedded();
        use_effect_with(lang, move |lang| {
            if !embedded {
                dom::set_root_attr("lang", lang.html_lang());
            }
        });
    }
    {
        // One host event per action, from the reducer's notes, even when several actions render
        // once (`el.ask("a"); el.ask("b")` in one task).
        let (shell, state) = ((*shell).clone(), state.clone());
        let seen = use_mut_ref(|| 0u32);
        use_effect_with(state.notes.seq, move |seq| {
            if shell.is_embedded() {
                for note in state.notes.since(*seen.borrow()) {
                    emit_note(&shell, note);
                }
            }
            *seen.borrow_mut() = *seq;
        });
    }
    // Set when a `#/…` link inside the widget is activated (click or Enter), so the view it opens
    // can take focus if the link disappeared with the old view; other navigations (host API, back
    // button) never move focus.
    let link_opened = use_mut_ref(|| false);
    let app_ref = use_node_ref();
    {
        // Runs when the route changed (and once at the first render, when no link was used).
        let (link_opened, app_ref) = (link_opened.clone(), app_ref.clone());
        let standalone = !shell.is_embedded();
        use_effect_with(state.route.clone(), move |route| {
            let opened = std::mem::take(&mut *link_opened.borrow_mut());
            let Some(app) = app_ref.cast::<web_sys::Element>() else { return };
            // A link to one entry of a reference page (`?item=`) brings it into view, as a page
            // anchor would; an embed does so only for its own links, never on the host's load.
            let entry = match route {
                Route::Reference(page, Some(item)) => page.entry_attr().map(|attr| format!("[{attr}=\"{item}\"]")),
                _ => None,
            };
            match entry {
                Some(selector) if opened || standalone => dom::refocus_after_render(app, None, vec![selector]),
                _ if opened => dom::focus_view_if_lost(&app),
                _ => {}
            }
        });
    }
    {
        let (state, embed, shell) = (state.clone(), embed.clone(), (*shell).clone());
        use_effect_with((), move |_| match embed {
            None => {
                dom::set_root_attr("data-ready-ms", &mailgun_help_core::text::one_decimal(dom::now_ms()));
                dom::set_root_attr("data-ready", "true");
            }
            Some(cfg) => {
                cfg.attach.emit(state.dispatcher());
                shell.emit(
                    "ready",
                    detail(&[
                        ("version", env!("CARGO_PKG_VERSION").into()),
                        ("lang", state.lang.code().into()),
                        ("route", state.route.to_hash().into()),
                    ]),
                );
            }
        });
    }

    {
        // The page's title names the view ("SMTP relay — Mailgun Help"), so tabs, history and
        // screen readers tell views apart. An embed leaves its host page's title alone.
        let (app_ref, standalone) = (app_ref.clone(), !shell.is_embedded());
        use_effect_with((state.route.clone(), lang), move |(_, lang)| {
            if let Some(app) = app_ref.cast::<web_sys::Element>().filter(|_| standalone) {
                dom::title_after_heading(
                    &app,
                    mailgun_help_core::i18n::t(*lang, mailgun_help_core::i18n::key::APP_NAME),
                );
            }
        });
    }
    // A form that opens a view (the wizard's "Get an answer", the ask box) counts as a link: its
    // view may take focus when the form went away with the old one.
    let on_submit = {
        let link_opened = link_opened.clone();
        Callback::from(move |_: SubmitEvent| *link_opened.borrow_mut() = true)
    };

    // A `#/…` link opens its view, never through the browser's own link handling: in memory mode
    // the host page's URL is not the widget's, and in hash mode a host's `<base href>` would
    // resolve `#/…` against another page. So the view opens in place, or through `location.hash`
    // (which keeps the current page whatever the base).
    let on_click = {
        let (state, memory) = (state.clone(), shell.nav == Nav::Memory);
        Callback::from(move |e: MouseEvent| {
            if e.default_prevented() || e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key()
            {
                return;
            }
            let link = e.target_dyn_into::<web_sys::Element>().and_then(|t| t.closest("a[href^='#/']").ok().flatten());
            let Some(href) = link.and_then(|a| a.get_attribute("href")) else { return };
            *link_opened.borrow_mut() = true;
            e.prevent_default();
            if memory {
                state.dispatch(Action::Navigate(Route::parse(&href)));
            } else {
                dom::set_hash(&href);
            }
        })
    };

    let on_lang = {
        let (state, embedded) = (state.clone(), shell.is_embedded());
        Callback::from(move |next: Lang| {
            let _ = storage::set(LANG_KEY, next.code());
            // The page's own address keeps the switch: a `lang=` it names would win on reload.
            // An embed's host page address is not the widget's to change.
            if let Some(url) = lang::relink(&url::href(), next).filter(|_| !embedded) {
                url::replace_url(&url);
            }
            state.dispatch(Action::SetLang(next));
        })
    };

    let kb = Kb::get();
    let body = match &state.route {
        Route::Home => html! { <Home /> },
        Route::Browse => browse(kb, lang),
        Route::Area(id) => match kb.area(*id) {
            Some(area) => area_view(kb, area, &state, lang),
            None => not_found(&state.route.to_hash(), lang),
        },
        Route::Ask(query) => ask_view(query, &state, lang),
        Route::Pricing(params) => pricing_view(params, lang),
        Route::Reference(page, item) => reference_view(kb, *page, item.as_deref(), lang),
        Route::Tools(page, params) => tools_view(*page, params, &state.route, lang),
        Route::NotFound(path) => not_found(path, lang),
    };

    html! {
        <ContextProvider<AppContext> context={state.clone()}>
        <ContextProvider<Shell> context={(*shell).clone()}>
            <div class="mh-app" ref={app_ref} lang={lang.html_lang()} data-lang={lang.code()} onclick={on_click} onsubmit={on_submit}>
                { header(&HeaderProps { route: state.route.clone(), lang, on_lang, embedded: shell.is_embedded() }) }
                <@{if shell.is_embedded() { "div" } else { "main" }} class="mh-main" id="mh-main">{ body }</@>
            </div>
        </ContextProvider<Shell>>
        </ContextProvider<AppContext>>
    }
}

/// Tells an embedding page what one action did: the view changed (and, for a question, what was
/// asked), or the language changed.
fn emit_note(shell: &Shell, note: &Note) {
    let route = match note {
        Note::Lang(lang) => return shell.emit("lang", detail(&[("lang", lang.code().into())])),
        Note::Opened { route, changed } => {
            if *changed {
                shell.emit("route", detail(&[("route", route.to_hash().into())]));
            }
            route
        }
    };
    if let Route::Ask(q) = route {
        if !q.q.trim().is_empty() || q.area.is_some() {
            let slug = |s: Option<&'static str>| s.map(JsValue::from).unwrap_or(JsValue::NULL);
            shell.emit(
                "ask",
                detail(&[
                    ("question", q.q.as_str().into()),
                    ("area", slug(q.area.map(|a| a.slug()))),
                    ("role", slug(q.role.map(|r| r.slug()))),
                    ("route", route.to_hash().into()),
                ]),
            );
        }
    }
}

/// The developer tools; builds without the `tools` feature (only used to measure its bytes) show
/// not-found.
fn tools_view(
    page: mailgun_help_core::route::ToolPage,
    params: &[(String, String)],
    _route: &Route,
    lang: Lang,
) -> Html {
    #[cfg(feature = "tools")]
    return crate::components::tools_view::tools_view(page, params, lang);
    #[cfg(not(feature = "tools"))]
    {
        let _ = (page, params);
        not_found(&_route.to_hash(), lang)
    }
}

/// The ask view; builds without the `ask` feature (only used to measure its bytes) show not-found.
fn ask_view(query: &mailgun_help_core::route::AskQuery, _state: &AppContext, lang: Lang) -> Html {
    #[cfg(feature = "ask")]
    return crate::components::ask_view::ask_view(query, _state, lang);
    #[cfg(not(feature = "ask"))]
    not_found(&Route::Ask(query.clone()).to_hash(), lang)
}
