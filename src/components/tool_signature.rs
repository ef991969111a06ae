//! The webhook signature checker's output (`#/tools/webhook-signature`): valid or invalid and why.
//! The signing key lives only in the tool's state (its control is named `secret-key`, which the tool
//! form keeps apart from the link), so it is not put in the address, stored or logged. The check is
//! `core::tools::signature`; the form is `core::tools::view::signature_form`.

use crate::components::tools_view::{ResultHooks, ToolOutput};
use crate::hooks::ToolForm;
use crate::platform::dom;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::tools::messages::paste_error;
use mailgun_help_core::tools::signature::{check, read_paste, test_payload, Signed, SOURCE, TOKEN_LEN};
use mailgun_help_core::tools::view;

/// The key a test payload is signed with when none was typed.
const SAMPLE_KEY: &str = "sample-signing-key";

/// The verdict for the form as it stands, and the paste's problem as `[("paste", message)]`.
pub fn signature_output(form: &ToolForm, lang: Lang) -> ToolOutput {
    let secret = form.secret.as_str();
    let paste = form.get("paste");
    let (signed, problem) = if paste.trim().is_empty() {
        (Signed { timestamp: form.get("timestamp"), token: form.get("token"), signature: form.get("signature") }, None)
    } else {
        match read_paste(&paste) {
            Ok(s) => (s, None),
            Err(e) => (Signed::default(), Some(paste_error(lang, &e))),
        }
    };
    let nothing = paste.trim().is_empty() && signed == Signed::default() && secret.is_empty();
    let result = check(&signed, secret, (dom::epoch_ms() / 1000.0) as i64);
    let mut m = Markup::new();
    view::signature_result(&mut m, (!nothing).then_some(&result), problem.as_deref(), lang);
    let mut after = Markup::new();
    view::sources(&mut after, SOURCE, lang);
    let reason = if problem.is_some() { "paste" } else { result.reason.code() };
    let hooks = ResultHooks {
        verdict: (!nothing).then_some(if result.valid { "valid" } else { "invalid" }),
        reason: (!nothing).then_some(reason),
        ..ResultHooks::default()
    };
    let errors = problem.map(|p| vec![("paste".to_string(), p)]).unwrap_or_default();
    ToolOutput { result: Some((hooks, m)), after, errors }
}

/// "Make a test payload": signs a payload with the typed key (or a sample key, which then fills
/// the key field) at the current time, with a random token, and puts it in the paste field.
pub fn make_test_payload(form: &ToolForm) {
    let key = if form.secret.trim().is_empty() { SAMPLE_KEY.to_string() } else { (*form.secret).clone() };
    form.secret.set(key.clone());
    let token = dom::random_hex(TOKEN_LEN).unwrap_or_else(|| "0".repeat(TOKEN_LEN));
    let payload = test_payload(&key, (dom::epoch_ms() / 1000.0) as i64, &token);
    form.replace(mailgun_help_core::route::set_param(&form.params, "paste", &payload, usize::MAX));
}
