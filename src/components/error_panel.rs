//! Shown when the embedded content cannot be read (a broken build): says so in both languages
//! instead of showing an empty widget.

use yew::prelude::*;

/// Props of [`ErrorPanel`].
#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    /// The technical detail, for a bug report.
    pub detail: AttrValue,
}

/// A bilingual error message.
#[function_component(ErrorPanel)]
pub fn error_panel(props: &ErrorPanelProps) -> Html {
    html! {
        <section class="mh-card mh-error" role="alert" data-error="content">
            <p>{ "The help content could not be loaded. / 帮助内容无法加载。" }</p>
            <pre>{ props.detail.clone() }</pre>
        </section>
    }
}
