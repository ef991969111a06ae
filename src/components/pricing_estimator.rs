//! The estimator's working part: holds what the reader typed in each scenario, re-estimates on every
//! keystroke, keeps the page hash and the shareable link current, and lays out form, answers,
//! side-by-side, chart, the quote actions and the quote history.
//!
//! It is created fresh (keyed by the hash) whenever a new `#/pricing?…` link is opened, and its state
//! is its own, so a language switch keeps every input. The state and its edits are
//! `mailgun_help_core::pricing::Sales` (tested natively); this file only wires them to the page.

use crate::app::AppContext;
use crate::components::copy_button::CopyButton;
use crate::components::pricing_chart::pricing_chart;
use crate::components::pricing_compare::pricing_compare;
use crate::components::pricing_form::{pricing_form, PricingFormProps};
use crate::components::pricing_history::{load_history, pricing_history, store_history};
use crate::components::pricing_presets::{pricing_presets, PricingPresetsProps};
use crate::components::pricing_result::{pricing_result, PricingResultProps};
use crate::components::pricing_sales::{quote_actions, scenario_bar, QuoteActions};
use crate::components::raw;
use crate::hooks::{detail, use_navigator, Nav};
use crate::platform::{dom, intl, timer, url};
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::pricing::{
    change, parse_id, quote, scenario_name, Estimate, InputError, PricingData, QuotePart, Sales, SalesEdit,
};
use mailgun_help_core::route::{share_fragment, Route};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

/// How long the input must stay unchanged before an embedding page hears of the estimate.
const ESTIMATE_EVENT_PAUSE_MS: u32 = 400;

/// Props of [`PricingEstimator`].
#[derive(Properties, PartialEq)]
pub struct PricingEstimatorProps {
    /// The `#/pricing?…` query it starts from.
    pub params: Vec<(String, String)>,
}

/// The form and everything computed from it.
#[function_component(PricingEstimator)]
pub fn pricing_estimator(props: &PricingEstimatorProps) -> Html {
    let sales = use_state(|| Sales::from_params(&props.params));
    let edited = use_state(|| false);
    let present = use_state(|| false);
    let history = use_state(load_history);
    let parsed = sales.parsed();
    // The link opens in the language on screen, however the reader chose it (toggle, saved, link).
    let page_lang = use_context::<AppContext>().map(|c| c.lang.code());
    let hash = sales.link_hash(&parsed, page_lang);
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
        // An embedding page hears about each new valid estimate of the first scenario once the
        // reader pauses, not on every keystroke of "120000": a newer input cancels the pending
        // event. Leaving the view does not, so the last estimate shown is always reported.
        let nav = nav.clone();
        let pending = use_mut_ref(|| None::<timer::Timeout>);
        {
            // Leaving the view lets the pending event go out.
            let pending = pending.clone();
            use_effect_with((), move |_| {
                move || {
                    if let Some(t) = pending.borrow_mut().take() {
                        t.forget();
                    }
                }
            });
        }
        use_effect_with(parsed[0].as_ref().ok().cloned(), move |input| {
            // Dropping the pending timer cancels it.
            pending.borrow_mut().take();
            if let (Some(input), Some(nav)) = (input.clone(), nav) {
                if nav.shell.is_embedded() {
                    *pending.borrow_mut() = Some(timer::after(ESTIMATE_EVENT_PAUSE_MS, move || {
                        if let Ok(data) = PricingData::get() {
                            nav.shell.emit("estimate", estimate_detail(&Estimate::new(data, &input)));
                        }
                    }));
                }
            }
        });
    }
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let Ok(data) = PricingData::get() else { return Html::default() };
    let lang = ctx.lang;
    let qlang = sales.quote.unwrap_or(lang);

    let on_edit = {
        let (sales, edited) = (sales.clone(), edited.clone());
        Callback::from(move |edit: SalesEdit| {
            sales.set(sales.apply(edit));
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

    let estimates: Vec<Option<Estimate>> =
        parsed.iter().map(|p| p.as_ref().ok().map(|i| Estimate::new(data, i))).collect();
    let several = sales.scenarios.len() > 1;
    let num = move |n: u64| intl::count(lang, n);
    let base = estimates[0].as_ref().map(|e| (e, scenario_name(&sales.scenarios[0].name, 0, lang)));
    let mut results = Vec::new();
    for (i, (s, est)) in sales.scenarios.iter().zip(&estimates).enumerate() {
        results.push(match (est, &parsed[i]) {
            (Some(est), _) => pricing_result(
                &PricingResultProps {
                    estimate: est,
                    n: i,
                    name: several.then(|| scenario_name(&s.name, i, lang)),
                    change: base
                        .as_ref()
                        .filter(|_| i > 0)
                        .map(|(b, name)| change(b, est).text(name, data, lang, &num)),
                },
                lang,
            ),
            (None, Err(errors)) => invalid(i, several.then(|| scenario_name(&s.name, i, lang)), errors, &on_edit, lang),
            (None, Ok(_)) => Html::default(),
        });
    }
    let active = sales.active.min(sales.scenarios.len() - 1);
    let details = match (&estimates[active], &parsed[active]) {
        (Some(est), Ok(input)) => html! { <>{ pricing_compare(est, lang) }{ pricing_chart(input, lang) }</> },
        _ => Html::default(),
    };
    let errors = parsed[active].as_ref().err().cloned().unwrap_or_default();

    // The quote, in its own language: copied, printed and kept in the history.
    let qnum = move |n: u64| intl::count(qlang, n);
    let names: Vec<String> =
        sales.scenarios.iter().enumerate().map(|(i, s)| scenario_name(&s.name, i, qlang)).collect();
    let mut parts = Vec::new();
    for (i, est) in estimates.iter().enumerate() {
        if let Some(estimate) = est {
            parts.push(QuotePart {
                name: if several || !sales.scenarios[i].name.trim().is_empty() { &names[i] } else { "" },
                estimate,
            });
        }
    }
    let doc = quote(&parts, data, qlang, &qnum, &intl::date(qlang, dom::epoch_ms(), false));
    let html_quote = doc.html();
    let summary = {
        let mut named: Vec<&str> = sales.scenarios.iter().map(|s| s.name.trim()).filter(|n| !n.is_empty()).collect();
        let plans: Vec<String> = parts.iter().map(|p| data.plan_name(p.estimate.plan, lang)).collect();
        if named.is_empty() {
            named = plans.iter().map(String::as_str).collect();
        }
        named.join(" / ")
    };
    let on_save = {
        let (history, sales) = (history.clone(), sales.clone());
        Callback::from(move |()| {
            let mut next = (*history).clone();
            if let Some(h) = next.as_mut() {
                // Kept without the language on screen, so one quote saved in each language is one
                // entry; made at the click, not on every render.
                h.save(dom::epoch_ms().max(0.0) as u64, &summary, &sales.link_hash(&sales.parsed(), None));
            }
            history.set(store_history(next));
        })
    };

    let actions = QuoteActions {
        qlang,
        text: doc.text(),
        html: html_quote.as_str().to_string(),
        can_quote: !parts.is_empty(),
        present: *present,
        on_edit: on_edit.clone(),
        on_save: on_save.clone(),
    };
    // One click listener for the scenario, quote and history controls, told apart by their
    // `data-testid` (and `value`).
    let onclick = {
        let (on_edit, present, history, sales, edited) =
            (on_edit.clone(), present.clone(), history.clone(), sales.clone(), edited.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(el) = dom::closest(&e, "[data-testid]") else { return };
            let n = el.get_attribute("value").and_then(|v| parse_id(&v)).unwrap_or(0);
            let mut next = (*history).clone();
            match el.get_attribute("data-testid").as_deref().unwrap_or("") {
                "scenario-tab" => on_edit.emit(SalesEdit::Select((n as usize).saturating_sub(1))),
                "scenario-add" => on_edit.emit(SalesEdit::Add),
                "scenario-remove" => on_edit.emit(SalesEdit::Remove(active)),
                "save-quote" => on_save.emit(()),
                "print-quote" => {
                    on_save.emit(());
                    dom::print();
                }
                "present" => present.set(!*present),
                "history-restore" => {
                    if let Some(Route::Pricing(params)) = el.get_attribute("href").map(|h| Route::parse(&h)) {
                        e.prevent_default();
                        sales.set(Sales::from_params(&params));
                        edited.set(true);
                    }
                }
                t @ ("history-delete" | "history-clear") => {
                    match next.as_mut() {
                        Some(h) if t == "history-clear" => h.entries.clear(),
                        Some(h) => h.remove(n),
                        None => {}
                    }
                    // The list is about to be re-written: keep keyboard users in the section.
                    if let Some(s) = dom::closest(&e, ".mh-est-history").and_then(|s| s.dyn_into::<HtmlElement>().ok())
                    {
                        let _ = s.focus();
                    }
                    history.set(store_history(next));
                }
                _ => {}
            }
        })
    };
    // A history entry's name is kept when its field is left.
    let onchange = {
        let history = history.clone();
        Callback::from(move |e: Event| {
            let Some(el) = dom::closest(&e, "[data-testid=history-name]") else { return };
            let id = el.get_attribute("data-id").and_then(|v| parse_id(&v)).unwrap_or(0);
            let (mut next, name) = ((*history).clone(), el.dyn_into::<HtmlInputElement>().map(|i| i.value()));
            if let (Some(h), Ok(name)) = (next.as_mut(), name) {
                h.rename(id, &name);
                history.set(store_history(next));
            }
        })
    };
    html! {
        <div class={classes!("mh-est", present.then_some("is-presenting"))} {onclick} {onchange}>
            { pricing_presets(&PricingPresetsProps { current: parsed[active].as_ref().ok().cloned(), on_pick: on_edit.clone() }, lang) }
            { scenario_bar(&sales, &on_edit, lang) }
            { for sales.bad_quote.as_ref().map(|v| html! {
                <p class="mh-hint" role="status">{ fill(lang, key::ASK_BAD_PARAM, &[("name", "quote"), ("value", v)]) }</p>
            }) }
            <div class={classes!("mh-est-grid", several.then_some("is-multi"))}>
                { pricing_form(&PricingFormProps { values: sales.scenarios[active].values.clone(), errors, on_edit: on_edit.clone() }, lang) }
                <div class="mh-est-out">{ for results }</div>
            </div>
            { details }
            { quote_actions(actions, lang) }
            { pricing_history(&history, lang) }
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
            <p class="mh-hint mh-est-asof" data-as-of={data.as_of}>
                { fill(lang, key::PRICING_AS_OF, &[("date", data.as_of_label.get(lang))]) }{ lang.sentence_gap() }
                <strong>{ data.verify.get(lang) }</strong>
            </p>
            <section class="mh-quote" data-testid="quote-print" data-quote-lang={qlang.code()}>{ raw(html_quote) }</section>
        </div>
    }
}

/// A scenario whose inputs cannot be read: every problem, each a link to its field. The element
/// carries `data-scenario` and `data-error` (the fields at fault) and no price.
fn invalid(n: usize, name: Option<String>, errors: &[InputError], on_edit: &Callback<SalesEdit>, lang: Lang) -> Html {
    let fields: Vec<&str> = errors.iter().map(|e| e.field.key()).collect();
    html! {
        <section class="mh-card mh-est-invalid" data-testid="pricing-invalid" data-scenario={(n + 1).to_string()}
            data-error={fields.join(",")} role="status">
            { for name.map(|n| html! { <h2 class="mh-est-sname">{ n }</h2> }) }
            <p>{ t(lang, key::PRICING_INVALID) }</p>
            <ul>{ for errors.iter().map(|e| html! {
                <li><a href={format!("#mh-est-{}", e.field.key())} onclick={focus_field(e.field.key(), n, on_edit.clone())}>
                    { e.message(lang) }
                </a></li>
            }) }</ul>
        </section>
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
        ("route", Route::Pricing(input.to_query()).to_hash().into()),
    ])
}

/// Puts scenario `n` in the form and moves focus to the field a message is about (the link's `#…`
/// must not change the route). The field is looked up from the link, so it is found inside an
/// embed's shadow root too; the form's fields are the same elements for every scenario.
fn focus_field(field: &'static str, n: usize, on_edit: Callback<SalesEdit>) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        on_edit.emit(SalesEdit::Select(n));
        let el = dom::closest(&e, ".mh-est")
            .and_then(|est| est.query_selector(&format!("#mh-est-{field}")).ok().flatten())
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    })
}
