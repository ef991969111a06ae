//! The header: product name, navigation and the English/中文 toggle.

use crate::components::raw;
use crate::hooks::Shell;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::route::Route;
use yew::prelude::*;

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The current view, to mark the active link.
    pub route: Route,
    /// The current language.
    pub lang: Lang,
    /// Called with the language to switch to.
    pub on_lang: Callback<Lang>,
}

/// The top bar of the widget.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let toggle = {
        let on_lang = props.on_lang.clone();
        let next = lang.other();
        Callback::from(move |_| on_lang.emit(next))
    };
    let r = &props.route;
    // Embedded in a host page, the widget adds no banner or navigation landmark of its own (the
    // page has its own, and two widgets would repeat them).
    let embedded = use_context::<Shell>().is_some_and(|s| s.is_embedded());
    let (bar, nav) = if embedded { ("div", "div") } else { ("header", "nav") };
    let mut m = Markup::new();
    m.tag("a").attr("class", "mh-brand").attr("href", "#/").end().text(t(lang, key::APP_NAME)).close("a");
    m.tag(nav).attr("class", "mh-nav").attr_opt("aria-label", (!embedded).then(|| t(lang, key::NAV_LABEL))).end();
    let links = [
        ("#/ask", key::NAV_ASK, matches!(r, Route::Ask(_))),
        ("#/browse", key::NAV_BROWSE, matches!(r, Route::Browse | Route::Area(_) | Route::Reference(_))),
        ("#/pricing", key::NAV_PRICING, matches!(r, Route::Pricing(_))),
    ];
    for (href, k, current) in links {
        m.tag("a")
            .attr("href", href)
            .attr_opt("aria-current", current.then_some("page"))
            .end()
            .text(t(lang, k))
            .close("a");
    }
    m.close(nav);
    html! {
        <@{bar} class="mh-header">
            { raw(m) }
            { search_box() }
            <button type="button" class="mh-lang" data-testid="lang-toggle" onclick={toggle}
                lang={lang.other().html_lang()} aria-label={t(lang, key::NAV_LANG_TOGGLE_LABEL)}>
                { t(lang, key::NAV_LANG_TOGGLE_OTHER) }
            </button>
        </@>
    }
}

/// The search box; left out of builds without the `search` feature (only used to measure its bytes).
fn search_box() -> Html {
    #[cfg(feature = "search")]
    return html! { <crate::components::search_box::SearchBox /> };
    #[cfg(not(feature = "search"))]
    Html::default()
}
