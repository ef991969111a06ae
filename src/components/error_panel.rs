//! Shown when compiled content breaks a rule the code relies on (a price table edited without
//! running the tests): says so in both languages instead of showing an empty widget or a wrong number.

use yew::prelude::*;

/// A bilingual error message with the technical detail, for a bug report.
pub fn error_panel(detail: &str) -> Html {
    html! {
        <section class="mh-card mh-error" role="alert" data-error="content">
            <p>{ "The help content could not be loaded. / 帮助内容无法加载。" }</p>
            <pre>{ detail }</pre>
        </section>
    }
}
