//! One troubleshooting entry: symptom, cause, solution.

use crate::app::AppContext;
use crate::components::area_links::AreaLinks;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::model::Trouble;
use yew::prelude::*;

/// Props of [`TroubleEntry`].
#[derive(Properties, PartialEq)]
pub struct TroubleEntryProps {
    /// The entry.
    pub trouble: Trouble,
}

/// A troubleshooting entry.
#[function_component(TroubleEntry)]
pub fn trouble_entry(props: &TroubleEntryProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let (x, lang) = (&props.trouble, ctx.lang);
    html! {
        <div class="mh-entry" data-trouble={x.id.clone()}>
            <h3>{ x.title.get(lang) }</h3>
            <dl class="mh-dl">
                <dt>{ t(lang, key::TROUBLE_SYMPTOM) }</dt><dd>{ x.symptom.get(lang) }</dd>
                <dt>{ t(lang, key::TROUBLE_CAUSE) }</dt><dd>{ x.cause.get(lang) }</dd>
                <dt>{ t(lang, key::TROUBLE_SOLUTION) }</dt><dd>{ x.solution.get(lang) }</dd>
            </dl>
            <AreaLinks areas={x.areas.clone()} />
        </div>
    }
}
