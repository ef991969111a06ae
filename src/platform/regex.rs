//! The browser's own `RegExp` as the route tester's [`Matcher`]: no regex crate in the wasm (the
//! full `regex` crate would add about 270 KB gzipped). `new RegExp` throws on a bad pattern, so it is
//! called through `Reflect.construct`, which returns the exception as an error instead.

use js_sys::{Array, Function, Object, Reflect, RegExp};
use mailgun_help_core::tools::routes::{Captures, JsRegex, Matcher};
use wasm_bindgen::{JsCast, JsValue};

/// Longest text a pattern is run against (a header value or a recipient).
const MAX_TEXT_CHARS: usize = 4000;

/// Matches with the browser's `RegExp`.
pub struct BrowserRegex;

impl Matcher for BrowserRegex {
    fn find(&self, pattern: &JsRegex, text: &str) -> Result<Option<Captures>, String> {
        let ctor: Function = Reflect::get(&js_sys::global(), &JsValue::from_str("RegExp"))
            .ok()
            .and_then(|c| c.dyn_into().ok())
            .ok_or_else(|| "RegExp is not available".to_string())?;
        let args = Array::of2(&JsValue::from_str(&pattern.source), &JsValue::from_str(pattern.flags));
        let re: RegExp = match Reflect::construct(&ctor, &args) {
            Ok(v) => v.unchecked_into(),
            Err(e) => {
                let message = Reflect::get(&e, &JsValue::from_str("message")).ok().and_then(|m| m.as_string());
                return Err(message.unwrap_or_else(|| "invalid regular expression".to_string()));
            }
        };
        let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
        let Some(found) = re.exec(&text) else { return Ok(None) };
        let numbered = found.iter().map(|v| v.as_string().unwrap_or_default()).collect();
        let mut named = Vec::new();
        if let Ok(groups) = Reflect::get(&found, &JsValue::from_str("groups")) {
            // `groups` is a null-prototype object (not `instanceof Object`), or undefined.
            if groups.is_object() {
                for entry in Object::entries(groups.unchecked_ref::<Object>()).iter() {
                    let pair: Array = entry.unchecked_into();
                    let (k, v) = (pair.get(0).as_string(), pair.get(1).as_string());
                    if let Some(k) = k {
                        named.push((k, v.unwrap_or_default()));
                    }
                }
            }
        }
        Ok(Some(Captures { numbered, named }))
    }
}
