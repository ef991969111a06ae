//! The estimator's working part: holds what the reader typed, re-estimates on every keystroke, keeps
//! the page hash and the shareable link current, and lays out form, answer, side-by-side and chart.
//!
//! It is created fresh (keyed by the hash) whenever a new `#/pricing?…` link is opened, and its state
//! is its own, so a language switch keeps every input.

use crate::app::AppContext;
use crate::components::copy_button::CopyButton;
use crate::components::pricing_chart::pricing_chart;
use crate::components::pricing_compare::pricing_compare;
use crate::components::pricing_form::{pricing_form, FormEdit, FormValues, PricingFormProps};
use crate::components::pricing_presets::{pricing_presets, PricingPresetsProps};
use crate::components::pricing_result::{pricing_result, PricingResultProps};
use crate::hooks::{detail, use_navigator, Nav};
use crate::platform::{timer, url};
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::pricing::{Estimate, Input, PricingData};
use mailgun_help_core::route::share_fragment;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// How long the input must stay unchanged before an embedding page hears of the estimate.
const ESTIMATE_EVENT_PAUSE_MS: i32 = 400;

/// Props of [`PricingEstimator`].
#[derive(Properties, PartialEq)]
pub struct PricingEstimatorProps {
    /// The `#/pricing?…` query it starts from.
    pub params: Vec<(String, String)>,
}

/// The form and everything computed from it.
#[function_component(PricingEstimator)]
pub fn pricing_estimator(props: &PricingEstimatorProps) -> Html {
    let values = use_state(|| FormValues::from_params(&props.params));
    let edited = use_state(|| false);
    let parsed = values.parsed();
    let hash = values.link_hash(&parsed);
    let nav = use_navigator();
    {
        // Keep the address bar restorable once the reader changes something, without a history
        // entry per keystroke (replaceState fires no hashchange, so nothing re-mounts). Embeds
        // without hash routing have no address to keep.
        let hash = hash.clone();
        let nav = nav.clone();
        use_effect_with((hash, *edited), move |(hash, edited)| {
            if let (true, Some(nav)) = (*edited, &nav) {
                nav.replace(hash);
            }
        });
    }
    {
        // An embedding page hears about each new valid estimate once the reader pauses, not on every
        // keystroke of "120000": a newer input cancels the pending event. Leaving the view does not,
        // so the last estimate shown is always reported.
        let nav = nav.clone();
        let pending = use_mut_ref(|| None::<i32>);
        use_effect_with(parsed.clone().ok(), move |input| {
            if let Some(handle) = pending.borrow_mut().take() {
                timer::cancel(handle);
            }
            if let (Some(input), Some(nav)) = (input.clone(), nav) {
                if nav.shell.is_embedded() {
                    *pending.borrow_mut() = timer::after(ESTIMATE_EVENT_PAUSE_MS, move || {
                        if let Ok(data) = PricingData::get() {
                            nav.shell.emit("estimate", estimate_detail(&Estimate::new(data, &input)));
                        }
                    });
                }
            }
        });
    }
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let Ok(data) = PricingData::get() else { return Html::default() };
    let lang = ctx.lang;

    let on_edit = {
        let (values, edited) = (values.clone(), edited.clone());
        Callback::from(move |edit: FormEdit| {
            values.set(values.apply(edit));
            edited.set(true);
        })
    };
    let on_pick = {
        let (values, edited) = (values.clone(), edited.clone());
        Callback::from(move |input: Input| {
            values.set(values.with_input(&input));
            edited.set(true);
        })
    };

    // The standalone page's own address; an embed in memory mode cannot own the host's `#`, so its
    // link carries the route under the widget's key (`#mailgun-help=…`), which reopens this view.
    let in_memory = nav.as_ref().is_some_and(|n| n.shell.nav == Nav::Memory);
    let link = if in_memory {
        format!("{}{}", url::page_base(), share_fragment(&hash))
    } else {
        format!("{}{hash}", url::page_base())
    };
    let (errors, output, details) = match &parsed {
        Ok(input) => {
            let estimate = Estimate::new(data, input);
            let out = pricing_result(&PricingResultProps { estimate: estimate.clone() }, lang);
            let details = html! { <>{ pricing_compare(&estimate, lang) }{ pricing_chart(input, lang) }</> };
            (Vec::new(), out, details)
        }
        Err(errors) => {
            let out = html! {
                <section class="mh-card mh-est-invalid" data-testid="pricing-invalid" role="status">
                    <p>{ t(lang, key::PRICING_INVALID) }</p>
                    <ul>{ for errors.iter().map(|e| html! {
                        <li><a href={format!("#mh-est-{}", e.field.key())} onclick={focus_field(e.field.key())}>
                            { e.message(lang) }
                        </a></li>
                    }) }</ul>
                </section>
            };
            (errors.clone(), out, Html::default())
        }
    };

    html! {
        <div class="mh-est">
            { pricing_presets(&PricingPresetsProps { current: parsed.as_ref().ok().cloned(), on_pick }, lang) }
            <div class="mh-est-grid">
                { pricing_form(&PricingFormProps { values: (*values).clone(), errors, on_edit }, lang) }
                <div class="mh-est-out">{ output }</div>
            </div>
            { details }
            <div class="mh-est-share">
                <label for="mh-est-link" class="mh-legend">{ t(lang, key::PRICING_LINK) }</label>
                <div class="mh-est-share-row">
                    <input id="mh-est-link" type="text" readonly=true value={link.clone()} data-testid="pricing-link"
                        onfocus={Callback::from(|e: FocusEvent| {
                            if let Some(el) = e.target_dyn_into::<web_sys::HtmlInputElement>() { el.select(); }
                        })} />
                    <CopyButton text={link} label={AttrValue::from(t(lang, key::PRICING_COPY_LINK))}
                        testid={AttrValue::from("copy-link")} />
                </div>
            </div>
            <p class="mh-hint mh-est-asof" data-as-of={data.as_of.clone()}>
                { fill(lang, key::PRICING_AS_OF, &[("date", data.as_of_label.get(lang))]) }{ " " }
                <strong>{ data.verify.get(lang) }</strong>
            </p>
        </div>
    }
}

/// The `mailgun-help:estimate` event's detail (also returned by the embed API's `estimate()`).
pub fn estimate_detail(est: &Estimate) -> JsValue {
    let input = &est.input;
    let needs = js_sys::Array::new();
    for f in input.needs.iter() {
        needs.push(&JsValue::from_str(f.id()));
    }
    detail(&[
        ("plan", est.plan_id().into()),
        ("monthlyUsd", est.monthly_usd.map(|n| JsValue::from_f64(n as f64)).unwrap_or(JsValue::NULL)),
        ("incomplete", est.incomplete.into()),
        (
            "input",
            detail(&[
                ("monthly", JsValue::from_f64(input.monthly as f64)),
                ("peak", input.peak.map(|n| JsValue::from_f64(n as f64)).unwrap_or(JsValue::NULL)),
                ("ips", JsValue::from_f64(f64::from(input.ips))),
                ("optimize", input.optimize.id().into()),
                ("needs", needs.into()),
            ]),
        ),
        ("route", mailgun_help_core::route::Route::Pricing(input.to_query()).to_hash().into()),
    ])
}

/// Moves focus to the field a message is about (the link's `#…` must not change the route). The
/// field is looked up from the link, so it is found inside an embed's shadow root too.
fn focus_field(field: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let el = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest(".mh-est").ok().flatten())
            .and_then(|est| est.query_selector(&format!("#mh-est-{field}")).ok().flatten())
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    })
}
