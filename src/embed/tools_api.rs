//! The developer tools as JavaScript calls on `<mailgun-help>`: `el.buildRequest(obj)` writes a
//! send request in the eight languages, `el.verifySignature({timestamp, token, signature, key})`
//! checks a webhook signature. Both are pure (no view opens) and run the same core code as the
//! tools' pages; the key passed in is used for the check and forgotten.

use crate::platform::dom;
use js_sys::{Array, Object, Reflect, JSON};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::tools::codegen::{render, LANGS};
use mailgun_help_core::tools::messages::send_problem;
use mailgun_help_core::tools::send::{build, Clock, SendField, SendForm};
use mailgun_help_core::tools::signature::{check, Signed};
use wasm_bindgen::prelude::*;

/// A value of the caller's object as the text the form would hold: strings as they are, numbers
/// and booleans written out (`true` → `1`), arrays joined with `, `, objects as JSON.
fn text_of(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        return s;
    }
    if let Some(b) = v.as_bool() {
        return if b { "1".into() } else { String::new() };
    }
    if Array::is_array(v) {
        let items: Vec<String> = Array::from(v).iter().map(|x| text_of(&x)).collect();
        return items.join(", ");
    }
    // Numbers as the browser writes them (Rust's float formatting would add kilobytes to the
    // wasm), objects as JSON; `undefined`, functions and symbols as nothing.
    JSON::stringify(v).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

/// `buildRequest(request)`: the request builder without its page. Keys are the send link's
/// (`domain`, `from`, `to`, `tags`, `vars`, …; see the README); returns `{curl, node, python, php,
/// ruby, go, java, csharp, errors: [{field, message}]}`, the code written from every valid field.
#[wasm_bindgen]
pub fn mh_build_request(request: JsValue) -> JsValue {
    let mut form = SendForm::default();
    for f in SendField::ALL {
        if let Ok(v) = Reflect::get(&request, &JsValue::from_str(f.code())) {
            if !v.is_undefined() && !v.is_null() {
                form.set(f, &text_of(&v));
            }
        }
    }
    let at = form.get(SendField::Delivery).to_string();
    let built =
        build(&form, Clock { now: (dom::epoch_ms() / 1000.0) as i64, offset_minutes: dom::offset_minutes_at(&at) });
    let out = Object::new();
    for lang in LANGS {
        set(&out, lang.id, &JsValue::from_str(&render(&built.request, built.region, lang)));
    }
    let errors = Array::new();
    for e in &built.errors {
        let item = Object::new();
        set(&item, "field", &JsValue::from_str(e.field.code()));
        set(&item, "message", &JsValue::from_str(&send_problem(Lang::En, &e.problem)));
        errors.push(&item);
    }
    set(&out, "errors", &errors);
    out.into()
}

/// `verifySignature({timestamp, token, signature, key})`: `{valid, reason, computed, stale}`,
/// `reason` being the checker's `data-reason` code (`matches`, `mismatch`, `missing-key`, …).
#[wasm_bindgen]
pub fn mh_verify_signature(input: JsValue) -> JsValue {
    let get = |k: &str| Reflect::get(&input, &JsValue::from_str(k)).map(|v| text_of(&v)).unwrap_or_default();
    let signed = Signed { timestamp: get("timestamp"), token: get("token"), signature: get("signature") };
    let c = check(&signed, &get("key"), (dom::epoch_ms() / 1000.0) as i64);
    let out = Object::new();
    set(&out, "valid", &JsValue::from_bool(c.valid));
    set(&out, "reason", &JsValue::from_str(c.reason.code()));
    set(&out, "computed", &c.computed.as_deref().map_or(JsValue::NULL, JsValue::from_str));
    set(&out, "stale", &JsValue::from_bool(c.stale));
    out.into()
}
