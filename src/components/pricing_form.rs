//! The estimator's inputs: monthly volume, busiest day, dedicated IPs, Optimize and needs.
//!
//! The form shows what the reader typed ([`FormValues`], link-shaped raw text, kept in core), and
//! every value is read by the same parser as a `#/pricing?…` link, so the form and the link can
//! never disagree. Each field shows its own message next to it (`data-error="<field>"`,
//! `aria-invalid`, `aria-describedby`). On a call the counts are typed fast: volumes take `80k` or
//! `12万`, and ↑/↓ step a count (Shift ×10, see [`step`]).

use crate::platform::intl;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::pricing::{
    step, Feature, Field, FormEdit, FormValues, InputError, Optimize, PricingData, SalesEdit,
};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What [`pricing_form`] shows and calls.
pub struct PricingFormProps {
    /// What is typed.
    pub values: FormValues,
    /// Problems to show next to their fields.
    pub errors: Vec<InputError>,
    /// Called on every change (a [`SalesEdit::Form`]).
    pub on_edit: Callback<SalesEdit>,
}

fn input_id(field: Field) -> String {
    format!("mh-est-{}", field.key())
}

fn error_id(field: Field) -> String {
    format!("mh-est-{}-error", field.key())
}

fn hint_id(field: Field) -> String {
    format!("mh-est-{}-hint", field.key())
}

/// "a dedicated customer success manager" → "Dedicated customer success manager" for a checkbox.
fn as_label(name: &str, lang: Lang) -> String {
    if lang != Lang::En {
        return name.to_string();
    }
    let bare = name.strip_prefix("an ").or_else(|| name.strip_prefix("a ")).unwrap_or(name);
    mailgun_help_core::case::upper_first_ascii(bare)
}

/// The inputs, each validated on its own.
pub fn pricing_form(props: &PricingFormProps, lang: Lang) -> Html {
    let Ok(data) = PricingData::get() else { return Html::default() };
    let error_of = |field: Field| props.errors.iter().find(|e| e.field == field);
    let message = |field: Field| match error_of(field) {
        Some(e) => html! {
            <p id={error_id(field)} class="mh-est-error" data-error={field.key()}>{ e.message(lang) }</p>
        },
        None => Html::default(),
    };
    let described = |field: Field, hint: bool| {
        let mut ids = Vec::new();
        if error_of(field).is_some() {
            ids.push(error_id(field));
        }
        if hint {
            ids.push(hint_id(field));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };

    let count_field = |field: Field, label: &'static str, hint: String| {
        let on_edit = props.on_edit.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            if let Some(el) = e.target_dyn_into::<HtmlInputElement>() {
                on_edit.emit(SalesEdit::Form(FormEdit::Set(field, el.value())));
            }
        });
        let on_edit = props.on_edit.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            let up = match e.key().as_str() {
                "ArrowUp" => true,
                "ArrowDown" => false,
                _ => return,
            };
            let next =
                e.target_dyn_into::<HtmlInputElement>().and_then(|el| step(field, &el.value(), up, e.shift_key()));
            if let Some(n) = next {
                e.prevent_default();
                on_edit.emit(SalesEdit::Form(FormEdit::Set(field, n.to_string())));
            }
        });
        let invalid = error_of(field).is_some();
        html! {
            <div class={classes!("mh-est-field", invalid.then_some("is-invalid"))} data-field={field.key()}>
                <label for={input_id(field)}>{ label }</label>
                <input id={input_id(field)} name={field.key()} type="text" inputmode={(!field.is_volume()).then_some("numeric")} autocomplete="off"
                    spellcheck="false" value={props.values.get(field).to_string()} {oninput} {onkeydown}
                    aria-invalid={invalid.then_some("true")} aria-describedby={described(field, true)} />
                <p id={hint_id(field)} class="mh-hint">{ hint }</p>
                { message(field) }
            </div>
        }
    };

    let ip_price = intl::usd(lang, data.dedicated_ip.price_usd);
    let optimize_checked = props.values.optimize();
    let radios = Optimize::ALL.into_iter().map(|o| {
        let on_edit = props.on_edit.clone();
        let onchange = Callback::from(move |_: Event| {
            on_edit.emit(SalesEdit::Form(FormEdit::Set(Field::Optimize, o.id().to_string())))
        });
        let checked = optimize_checked == Some(o);
        let (name, price) = match data.optimize_tier(o) {
            Some(tier) => (
                tier.name.get(lang).to_string(),
                Some(fill(lang, key::PRICING_OPTIMIZE_PRICE, &[("price", &intl::usd(lang, tier.price_usd))])),
            ),
            None => (t(lang, key::PRICING_OPTIMIZE_NONE).to_string(), None),
        };
        let quota = data.optimize_tier(o).map(|tier| tier.quota.get(lang).to_string());
        html! {
            <label class={classes!("mh-chip", checked.then_some("is-checked"))} data-optimize={o.id()}>
                <input type="radio" name="mh-est-optimize" value={o.id()} {checked} {onchange} />
                <span class="mh-choice-text">
                    <strong>{ name }</strong>
                    { for price.map(|p| html! { <small>{ p }</small> }) }
                    { for quota.map(|q| html! { <small>{ q }</small> }) }
                </span>
            </label>
        }
    });

    let ticked = props.values.needs();
    let boxes = Feature::ALL.into_iter().map(|f| {
        let on_edit = props.on_edit.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Some(el) = e.target_dyn_into::<HtmlInputElement>() {
                on_edit.emit(SalesEdit::Form(FormEdit::Need(f, el.checked())));
            }
        });
        let checked = ticked.contains(f);
        let from =
            data.min_plan_for(f).map(|p| fill(lang, key::PRICING_NEED_FROM, &[("plan", &data.plan_name(p, lang))]));
        html! {
            <label class={classes!("mh-chip", checked.then_some("is-checked"))} data-need={f.id()}>
                <input type="checkbox" name="mh-est-needs" value={f.id()} {checked} {onchange} />
                <span class="mh-choice-text">
                    { as_label(&data.feature_name(f, lang), lang) }
                    { for from.map(|p| html! { <small>{ p }</small> }) }
                </span>
            </label>
        }
    });

    let group = |field: Field, legend: &'static str, body: Html| {
        let invalid = error_of(field).is_some();
        html! {
            <fieldset class={classes!("mh-est-field", "mh-step", invalid.then_some("is-invalid"))} data-field={field.key()}
                aria-invalid={invalid.then_some("true")} aria-describedby={described(field, false)}>
                <legend>{ legend }</legend>
                { body }
                { message(field) }
            </fieldset>
        }
    };

    html! {
        <form class="mh-est-form" data-testid="pricing-form" aria-label={t(lang, key::PRICING_INPUTS)}
            onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="mh-est-counts">
                { count_field(Field::Monthly, t(lang, key::PRICING_MONTHLY), t(lang, key::PRICING_MONTHLY_HINT).to_string()) }
                { count_field(Field::Peak, t(lang, key::PRICING_PEAK), t(lang, key::PRICING_PEAK_HINT).to_string()) }
                { count_field(Field::Ips, t(lang, key::PRICING_IPS), fill(lang, key::PRICING_IPS_HINT, &[("price", &ip_price)])) }
            </div>
            { group(Field::Optimize, t(lang, key::PRICING_OPTIMIZE), html! { <div class="mh-chips">{ for radios }</div> }) }
            { group(Field::Needs, t(lang, key::PRICING_NEEDS), html! { <div class="mh-chips mh-est-needs">{ for boxes }</div> }) }
        </form>
    }
}
