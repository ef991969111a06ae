//! The header: product name, navigation and the English/中文 toggle.

use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::route::Route;
use yew::prelude::*;

/// What [`header`] shows and calls.
pub struct HeaderProps {
    /// The current view, to mark the active link.
    pub route: Route,
    /// The current language.
    pub lang: Lang,
    /// Called with the language to switch to.
    pub on_lang: Callback<Lang>,
    /// Embedded in a host page (no banner or navigation landmark of its own).
    pub embedded: bool,
}

/// The top bar of the widget.
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let active = |is: bool| if is { Some("page") } else { None };
    let toggle = {
        let on_lang = props.on_lang.clone();
        let next = lang.other();
        Callback::from(move |_| on_lang.emit(next))
    };
    let r = &props.route;
    // Embedded in a host page, the widget adds no banner or navigation landmark of its own (the
    // page has its own, and two widgets would repeat them).
    let embedded = props.embedded;
    let (bar, nav) = if embedded { ("div", "div") } else { ("header", "nav") };
    html! {
        <@{bar} class="mh-header">
            <a class="mh-brand" href="#/">{ t(lang, key::APP_NAME) }</a>
            <@{nav} class="mh-nav" aria-label={(!embedded).then(|| t(lang, key::NAV_LABEL))}>
                <a href="#/ask" aria-current={active(matches!(r, Route::Ask(_)))}>{ t(lang, key::NAV_ASK) }</a>
                <a href="#/browse" aria-current={active(matches!(r, Route::Browse | Route::Area(_) | Route::Reference(..)))}>
                    { t(lang, key::NAV_BROWSE) }
                </a>
                <a href="#/pricing" aria-current={active(matches!(r, Route::Pricing(_)))}>{ t(lang, key::NAV_PRICING) }</a>
                { tools_link(r, lang) }
            </@>
            { search_box() }
            <button type="button" class="mh-lang" data-testid="lang-toggle" onclick={toggle}
                lang={lang.other().html_lang()} aria-label={t(lang, key::NAV_LANG_TOGGLE_LABEL)}>
                { t(lang, key::NAV_LANG_TOGGLE_OTHER) }
            </button>
        </@>
    }
}

/// The link to the developer tools; left out of builds without the `tools` feature.
fn tools_link(r: &Route, lang: Lang) -> Html {
    #[cfg(feature = "tools")]
    return html! {
        <a href="#/tools" aria-current={matches!(r, Route::Tools(..)).then_some("page")}>{ t(lang, key::NAV_TOOLS) }</a>
    };
    #[cfg(not(feature = "tools"))]
    {
        let _ = (r, lang);
        Html::default()
    }
}

/// The search box; left out of builds without the `search` feature (only used to measure its bytes).
fn search_box() -> Html {
    #[cfg(feature = "search")]
    return html! { <crate::components::search_box::SearchBox /> };
    #[cfg(not(feature = "search"))]
    Html::default()
}
