//! Numbers, money and times formatted for the reader's language with the browser's `Intl`.
//!
//! Every call goes through `Reflect`/`Function::call`, which catch JS exceptions, so an old or odd
//! engine (no `Intl`, a locale it rejects) falls back to plain `1,234,567` grouping instead of
//! throwing. Formatters are built once per language and style and reused.

use mailgun_help_core::lang::Lang;
use mailgun_help_core::pricing::group;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// How a number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// `120,000` / `120,000`.
    Count,
    /// Whole US dollars: `$1,234` in both languages.
    Usd,
    /// Short axis labels: `100K`, `2.5M` / `10万`, `250万`.
    Compact,
}

/// A formatter built for a language and style (`None` when the browser could not build it).
type Cached = ((Lang, Style), Option<js_sys::Function>);

thread_local! {
    // At most six formatters (two languages, three styles): a list, not a map, so the wasm needs
    // no hasher for it.
    static CACHE: RefCell<Vec<Cached>> = const { RefCell::new(Vec::new()) };
}

fn options(style: Style) -> js_sys::Object {
    let o = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    set(
        "maximumFractionDigits",
        JsValue::from_f64(match style {
            Style::Compact => 1.0,
            _ => 0.0,
        }),
    );
    match style {
        Style::Count => {}
        Style::Usd => {
            set("style", "currency".into());
            set("currency", "USD".into());
            set("currencyDisplay", "narrowSymbol".into());
            set("minimumFractionDigits", JsValue::from_f64(0.0));
        }
        Style::Compact => set("notation", "compact".into()),
    }
    o
}

/// `new Intl.NumberFormat(locale, options).format`, or `None` when anything throws.
fn build(lang: Lang, style: Style) -> Option<js_sys::Function> {
    let global = js_sys::global();
    let intl = js_sys::Reflect::get(&global, &JsValue::from_str("Intl")).ok().filter(|v| v.is_object())?;
    let ctor =
        js_sys::Reflect::get(&intl, &JsValue::from_str("NumberFormat")).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let args = js_sys::Array::of2(&JsValue::from_str(lang.locale()), &options(style));
    let nf = js_sys::Reflect::construct(&ctor, &args).ok()?;
    js_sys::Reflect::get(&nf, &JsValue::from_str("format")).ok()?.dyn_into::<js_sys::Function>().ok()
}

fn fallback(n: u64, style: Style) -> String {
    match style {
        Style::Usd => format!("${}", group(n)),
        _ => group(n),
    }
}

/// `n` written in `lang`'s style.
pub fn format(lang: Lang, style: Style, n: u64) -> String {
    let f = CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if let Some((_, f)) = cache.iter().find(|(k, _)| *k == (lang, style)) {
            return f.clone();
        }
        let f = build(lang, style);
        cache.push(((lang, style), f.clone()));
        f
    });
    f.and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_f64(n as f64)).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| fallback(n, style))
}

/// A count: `120,000`.
pub fn count(lang: Lang, n: u64) -> String {
    format(lang, Style::Count, n)
}

/// Whole dollars: `$149` in both languages. Chinese locales would write `US$149`; the knowledge
/// base, the estimator's sentences and the seed write `$149` in Chinese (the pages say the prices
/// are US dollars), so the narrow symbol keeps one notation on a page.
pub fn usd(lang: Lang, n: u64) -> String {
    format(lang, Style::Usd, n)
}

/// A short axis label: `100K` / `10万`.
pub fn compact(lang: Lang, n: u64) -> String {
    format(lang, Style::Compact, n)
}

/// `date.<method>(locale, options)` of the Unix time `epoch_ms`, or `None` when it throws.
fn date_string(lang: Lang, epoch_ms: f64, method: &str, options: &[(&str, &str)]) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_f64(epoch_ms));
    let o = js_sys::Object::new();
    for (k, v) in options {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    js_sys::Reflect::get(&date, &JsValue::from_str(method))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call2(&date, &JsValue::from_str(lang.locale()), &o)
        .ok()?
        .as_string()
}

/// The local wall-clock time (and weekday) of the Unix time `epoch_ms`, in `lang`.
pub fn local_time(lang: Lang, epoch_ms: f64) -> String {
    date_string(lang, epoch_ms, "toLocaleString", &[("weekday", "short"), ("hour", "2-digit"), ("minute", "2-digit")])
        .unwrap_or_else(|| {
            let date = js_sys::Date::new(&JsValue::from_f64(epoch_ms));
            format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
        })
}

/// The local date of `epoch_ms` written out in `lang` ("1 December 2026" / "2026年12月1日"); with
/// `time`, also the time of day. The ISO date (UTC) when `Intl` fails.
pub fn date(lang: Lang, epoch_ms: f64, time: bool) -> String {
    let day = [("year", "numeric"), ("month", "long"), ("day", "numeric"), ("hour", "2-digit"), ("minute", "2-digit")];
    date_string(lang, epoch_ms, "toLocaleString", &day[..if time { 5 } else { 3 }]).unwrap_or_else(|| {
        let iso = String::from(js_sys::Date::new(&JsValue::from_f64(epoch_ms)).to_iso_string());
        iso.chars().take(10).collect()
    })
}
