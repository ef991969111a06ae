//! The webhook signature checker (`#/tools/webhook-signature`). The signing key lives only in this
//! component's state: its control is named `secret-key`, which the tool form never records, so the
//! key is not put in the address, stored or logged. The check itself is `core::tools::signature`.

use crate::components::tool_field::{field, Control, Field};
use crate::hooks::{use_tool_form, with_param};
use crate::platform::dom;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::route::ToolPage;
use mailgun_help_core::tools::messages::{
    paste_error, signature_age, signature_odd_token, signature_reason, signature_stale,
};
use mailgun_help_core::tools::signature::{check, read_paste, test_payload, Signed, TOKEN_LEN};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The key a test payload is signed with when none was typed.
const SAMPLE_KEY: &str = "sample-signing-key";

/// Props of [`ToolSignature`].
#[derive(Properties, PartialEq)]
pub struct ToolSignatureProps {
    /// The link's query (never a key).
    pub params: Vec<(String, String)>,
    /// The language.
    pub lang: Lang,
}

/// The signature checker.
#[function_component(ToolSignature)]
pub fn tool_signature(props: &ToolSignatureProps) -> Html {
    let form = use_tool_form(ToolPage::WebhookSignature, &props.params);
    let secret = use_state(String::new);
    let lang = props.lang;
    let paste = form.get("paste");
    let (signed, paste_problem) = if paste.trim().is_empty() {
        (Signed { timestamp: form.get("timestamp"), token: form.get("token"), signature: form.get("signature") }, None)
    } else {
        match read_paste(&paste) {
            Ok(s) => (s, None),
            Err(e) => (Signed::default(), Some(paste_error(lang, &e))),
        }
    };
    let now = (dom::epoch_ms() / 1000.0) as i64;
    let nothing = paste.trim().is_empty() && signed == Signed::default() && secret.is_empty();
    let result = check(&signed, &secret, now);
    let on_key = {
        let secret = secret.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                secret.set(input.value().chars().take(mailgun_help_core::tools::signature::MAX_INPUT_CHARS).collect());
            }
        })
    };
    let make_test = {
        let (params, secret) = (form.params.clone(), secret.clone());
        Callback::from(move |_| {
            let key = if secret.trim().is_empty() { SAMPLE_KEY.to_string() } else { (*secret).clone() };
            if secret.trim().is_empty() {
                secret.set(key.clone());
            }
            let token = dom::random_hex(TOKEN_LEN).unwrap_or_else(|| "0".repeat(TOKEN_LEN));
            let payload = test_payload(&key, (dom::epoch_ms() / 1000.0) as i64, &token);
            params.set(with_param(&params, "paste", &payload));
        })
    };
    let text = |name: &'static str, label, mono: bool| {
        let value = form.get(name);
        field(
            Field { name, label, value, error: None, hint: None },
            if mono { Control::Area(8, true) } else { Control::Input("text") },
        )
    };
    let verdict = if result.valid { "valid" } else { "invalid" };
    html! {
        <section class="mh-tool" data-tool="webhook-signature">
            <h1>{ t(lang, key::TOOLS_SIG_TITLE) }</h1>
            <p class="mh-lead">{ t(lang, key::TOOLS_SIG_INTRO) }</p>
            <form class="mh-tool-form" oninput={form.oninput.clone()} onchange={form.onchange.clone()}
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class={classes!("mh-tf", paste_problem.is_some().then_some("is-invalid"))}>
                    <label for="mh-tool-paste">{ t(lang, key::TOOLS_SIG_PASTE) }</label>
                    <textarea id="mh-tool-paste" name="paste" rows="8" class="mh-mono" spellcheck="false" value={paste}
                        aria-invalid={paste_problem.is_some().then_some("true")}
                        aria-describedby={paste_problem.is_some().then_some("mh-tool-paste-err")} />
                    if let Some(p) = &paste_problem {
                        <p class="mh-field-error" id="mh-tool-paste-err" data-error="paste">{ p.clone() }</p>
                    }
                </div>
                <fieldset class="mh-tool-group">
                    <legend>{ t(lang, key::TOOLS_SIG_OR_FIELDS) }</legend>
                    { text("timestamp", t(lang, key::TOOLS_SIG_TIMESTAMP), false) }
                    { text("token", t(lang, key::TOOLS_SIG_TOKEN), false) }
                    { text("signature", t(lang, key::TOOLS_SIG_SIGNATURE), false) }
                </fieldset>
                <div class="mh-tf">
                    <label for="mh-tool-secret-key">{ t(lang, key::TOOLS_SIG_KEY) }</label>
                    <input id="mh-tool-secret-key" name="secret-key" type="password" autocomplete="off" spellcheck="false"
                        value={(*secret).clone()} oninput={on_key} aria-describedby="mh-tool-secret-key-hint" />
                    <p class="mh-hint" id="mh-tool-secret-key-hint">{ t(lang, key::TOOLS_SIG_KEY_HINT) }</p>
                </div>
                <p>
                    <button type="button" class="mh-button" data-testid="make-test-payload" onclick={make_test}>
                        { t(lang, key::TOOLS_SIG_MAKE_TEST) }
                    </button>
                    <span class="mh-hint">{ " " }{ t(lang, key::TOOLS_SIG_MAKE_TEST_HINT) }</span>
                </p>
            </form>
            <section class="mh-card mh-tool-result" role="status" aria-live="polite"
                data-verdict={(!nothing).then_some(verdict)}
                data-reason={(!nothing).then(|| if paste_problem.is_some() { "paste" } else { result.reason.code() })}>
                if nothing {
                    <p>{ t(lang, key::TOOLS_SIG_EMPTY) }</p>
                } else {
                    <p class={classes!("mh-verdict", if result.valid { "is-valid" } else { "is-invalid" })}>
                        <strong>{ t(lang, if result.valid { key::TOOLS_SIG_VERDICT_VALID } else { key::TOOLS_SIG_VERDICT_INVALID }) }</strong>
                        { " " }{ paste_problem.clone().unwrap_or_else(|| signature_reason(lang, result.reason)) }
                    </p>
                    if let Some(computed) = &result.computed {
                        <p>{ t(lang, key::TOOLS_SIG_COMPUTED) }{ " " }<code data-computed="">{ computed.clone() }</code></p>
                    }
                    if let Some(age) = result.age_seconds {
                        <p>{ signature_age(lang, age) }</p>
                    }
                    if result.stale {
                        <p class="mh-warning" data-warning="stale">{ signature_stale(lang) }</p>
                    }
                    if result.odd_token {
                        <p class="mh-warning" data-warning="token">{ signature_odd_token(lang) }</p>
                    }
                }
                <p class="mh-hint">{ t(lang, key::TOOLS_SIG_CACHE) }</p>
            </section>
            <p class="mh-hint mh-sources">{ t(lang, key::TOOLS_SOURCES) }{ " " }
                <a href={mailgun_help_core::tools::signature::SOURCE} rel="noopener noreferrer" target="_blank">{ mailgun_help_core::tools::signature::SOURCE }</a>
            </p>
        </section>
    }
}
