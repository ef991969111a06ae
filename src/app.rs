//! The root component: decides the language, follows the hash route, and picks the view.

use crate::components::{
    area_view::AreaView, ask_view::AskView, browse::Browse, error_panel::ErrorPanel, header::Header, home::Home,
    not_found::NotFound, pricing_view::PricingView, reference::ReferenceView,
};
use crate::hooks::use_hash_change;
use crate::platform::{dom, storage};
use crate::state::{Action, State};
use mailgun_help_core::kb::{Kb, Region};
use mailgun_help_core::lang::{self, Lang};
use mailgun_help_core::route::{parse_query, Route};
use yew::prelude::*;

/// What every component may read and change: the shared state and its dispatcher.
pub type AppContext = UseReducerHandle<State>;

/// Storage key of the saved language choice.
const LANG_KEY: &str = "lang";

fn initial_state() -> State {
    let hash = dom::hash();
    let url_lang = dom::page_params()
        .into_iter()
        .chain(hash.split_once('?').map(|(_, q)| parse_query(q)).unwrap_or_default())
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v);
    let saved = storage::get(LANG_KEY);
    let lang = lang::choose(url_lang.as_deref(), saved.as_deref(), &dom::browser_languages());
    State { lang, route: Route::parse(&hash), region: Region::Us }
}

/// The whole widget.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);

    {
        let state = state.clone();
        use_hash_change(Callback::from(move |hash: String| state.dispatch(Action::Navigate(Route::parse(&hash)))));
    }

    let lang = state.lang;
    use_effect_with(lang, |lang| dom::set_root_attr("lang", lang.html_lang()));
    use_effect_with((), |_| {
        dom::set_root_attr("data-ready-ms", &format!("{:.1}", dom::now_ms()));
        dom::set_root_attr("data-ready", "true");
    });

    let on_lang = {
        let state = state.clone();
        Callback::from(move |next: Lang| {
            let _ = storage::set(LANG_KEY, next.code());
            state.dispatch(Action::SetLang(next));
        })
    };

    let body = match Kb::get() {
        Err(e) => html! { <ErrorPanel detail={e.to_string()} /> },
        Ok(kb) => match &state.route {
            Route::Home => html! { <Home /> },
            Route::Browse => html! { <Browse /> },
            Route::Area(id) => match kb.area(*id) {
                Some(_) => html! { <AreaView area={*id} /> },
                None => html! { <NotFound path={state.route.to_hash()} /> },
            },
            Route::Ask(query) => html! { <AskView query={query.clone()} /> },
            Route::Pricing(params) => html! { <PricingView params={params.clone()} /> },
            Route::Reference(page) => html! { <ReferenceView page={*page} /> },
            Route::NotFound(path) => html! { <NotFound path={path.clone()} /> },
        },
    };

    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <div class="mh-app" lang={lang.html_lang()} data-lang={lang.code()}>
                <Header route={state.route.clone()} lang={lang} on_lang={on_lang} />
                <main class="mh-main" id="mh-main">{ body }</main>
            </div>
        </ContextProvider<AppContext>>
    }
}
