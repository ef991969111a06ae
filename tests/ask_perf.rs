//! In-browser timing of question understanding (wasm in headless Chromium): the model build on
//! first use, and classification p95 per question, which must stay within 100 µs in a release
//! build. Each timing covers a batch of repetitions so it spans well over a millisecond (browser
//! clocks are coarse); the per-question time is the batch time divided by the repetitions, the
//! fastest of three batches.
//!
//! The timing is of the code as the reader's browser runs it after the background warm-up: V8
//! first runs wasm in its baseline compiler and moves hot functions to its optimising one on
//! background threads. Timed at once, a run on a busy machine measured that switch (p50 45–50 µs
//! against 11–12 µs in other runs of the same build), so every question is classified a few times
//! first and the test waits for the optimised code before timing.
#![cfg(target_arch = "wasm32")]

use mailgun_help_core::ask::{self, Context};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const QUESTIONS: &[&str] = &[
    "How do I send a message with an attachment through the API?",
    "which port does the SMTP relay use for TLS",
    "forward inbound mail for support@ to my HTTP endpoint",
    "template variables are not replaced when I send",
    "add members to a mailing list from a CSV file",
    "my domain still shows unverified after adding DNS records",
    "route priority: which rule runs first?",
    "webhook retries and signature verification",
    "open and click rates per tag over the last week",
    "validate a list of addresses before a campaign",
    "how many tags can one message carry",
    "rotate the API key without downtime",
    "如何通过 API 发送带附件的邮件",
    "SMTP 端口 587 和 465 有什么区别",
    "入站邮件怎么转发到我的接口",
    "模板变量怎么传",
    "邮件列表批量导入成员",
    "域名验证一直失败,DNS 已经加了",
    "webhook 签名怎么校验",
    "按标签查看打开率",
    "How do I set up SendGrid dynamic templates?",
    "Zapier: add a new contact to my CRM when an email bounces",
    "best practices to warm up a new domain for cold outreach",
    "",
];

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Resolves after `ms` milliseconds (the browser's own timer).
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn classification_p95_is_within_budget_in_the_browser() {
    let kb_started = now();
    let kb_ok = !mailgun_help_core::kb::Kb::get().areas.is_empty();
    let kb_ms = now() - kb_started;
    assert!(kb_ok, "the knowledge base did not load");
    let started = now();
    let ready = ask::engine().is_some();
    let build_ms = now() - started;
    assert!(ready, "the ask model did not build");
    let ctx = Context::default();
    for _ in 0..20 {
        for q in QUESTIONS {
            std::hint::black_box(ask::classify(std::hint::black_box(q), &ctx));
        }
    }
    pause(500).await;
    let reps = 50;
    let mut timed: Vec<(f64, &str)> = QUESTIONS
        .iter()
        .map(|q| {
            // The fastest of three batches: classification is deterministic, so a slower batch
            // measures the machine (another process, the browser's own threads), not the code.
            let batch = || {
                let t0 = now();
                for _ in 0..reps {
                    std::hint::black_box(ask::classify(std::hint::black_box(q), &ctx));
                }
                (now() - t0) * 1000.0 / f64::from(reps)
            };
            ((0..3).map(|_| batch()).fold(f64::INFINITY, f64::min), *q)
        })
        .collect();
    timed.sort_by(|a, b| a.0.total_cmp(&b.0));
    let slowest: Vec<String> = timed.iter().rev().take(3).map(|(us, q)| format!("{us:.1} µs {q:?}")).collect();
    web_sys::console::log_1(&format!("slowest: {}", slowest.join("; ")).into());
    let per_question_us: Vec<f64> = timed.iter().map(|t| t.0).collect();
    let p50 = per_question_us[per_question_us.len() / 2];
    let p95 = per_question_us[(per_question_us.len() * 95).div_ceil(100) - 1];
    web_sys::console::log_1(
        &format!("ask in browser: KB load {kb_ms:.1} ms, model build {build_ms:.1} ms, classify p50 {p50:.1} µs, p95 {p95:.1} µs").into(),
    );
    if cfg!(not(debug_assertions)) {
        assert!(p95 <= 100.0, "classification p95 {p95:.1} µs exceeds 100 µs");
    }
}
