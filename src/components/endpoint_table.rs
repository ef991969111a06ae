//! A table of endpoints: method badge, path, one-line purpose, and the area it belongs to.

use crate::app::AppContext;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::model::Endpoint;
use mailgun_help_core::kb::Kb;
use mailgun_help_core::route::Route;
use yew::prelude::*;

/// Props of [`EndpointTable`].
#[derive(Properties, PartialEq)]
pub struct EndpointTableProps {
    /// The rows, in order.
    pub endpoints: Vec<Endpoint>,
    /// Show an "area" column linking to each endpoint's area.
    #[prop_or_default]
    pub with_area: bool,
}

/// Endpoints as a table.
#[function_component(EndpointTable)]
pub fn endpoint_table(props: &EndpointTableProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let lang = ctx.lang;
    let kb = Kb::get().ok();
    html! {
        <div class="mh-table-wrap">
            <table class="mh-table mh-endpoints">
                <thead><tr>
                    <th scope="col">{ t(lang, key::API_METHOD) }</th>
                    <th scope="col">{ t(lang, key::API_PATH) }</th>
                    <th scope="col">{ t(lang, key::API_PURPOSE) }</th>
                    if props.with_area { <th scope="col">{ t(lang, key::API_AREA) }</th> }
                </tr></thead>
                <tbody>
                { for props.endpoints.iter().map(|e| html! {
                    <tr data-endpoint={e.id.clone()}>
                        <td><span class={classes!("mh-method", format!("mh-method-{}", e.method.to_ascii_lowercase()))}>{ &e.method }</span></td>
                        <td><code>{ &e.path }</code>
                            if e.addon { <span class="mh-tag">{ t(lang, key::API_ADDON) }</span> }
                        </td>
                        <td>{ e.purpose.get(lang) }</td>
                        if props.with_area {
                            <td><a href={Route::Area(e.area).to_hash()}>
                                { kb.and_then(|k| k.area(e.area)).map(|a| a.title.get(lang).to_string()).unwrap_or_default() }
                            </a></td>
                        }
                    </tr>
                }) }
                </tbody>
            </table>
        </div>
    }
}
