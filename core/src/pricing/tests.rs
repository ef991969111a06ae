//! One test per seed fact, plus worked scenarios. The seed's pricing section is the oracle: if the
//! data file or the rules drift from it, these fail.

use super::*;
use crate::lang::Lang;

fn data() -> &'static PricingData {
    match PricingData::get() {
        Ok(d) => d,
        Err(e) => panic!("pricing data does not load: {e}"),
    }
}

fn est(monthly: u64) -> Input {
    Input { monthly, ..Input::default() }
}

fn with_needs(mut i: Input, needs: &[Feature]) -> Input {
    needs.iter().for_each(|f| i.needs.insert(*f));
    i
}

fn run(i: &Input) -> Estimate {
    assert_eq!(i.validate(), Ok(()), "test input must be valid");
    Estimate::new(data(), i)
}

fn num(n: u64) -> String {
    group(n)
}

#[test]
fn pricing_data_loads_and_passes_its_contract() {
    assert!(PricingData::get().is_ok(), "{:?}", PricingData::get().err());
}

#[test]
fn prices_are_as_of_march_2026_in_usd() {
    let d = data();
    assert_eq!(d.as_of, "2026-03");
    assert_eq!(d.as_of_label.en, "March 2026");
    assert_eq!(d.as_of_label.zh, "2026年3月");
    assert_eq!(d.currency, "USD");
}

#[test]
fn free_is_zero_dollars_for_100_emails_a_day() {
    let p = data().plan(PlanId::Free).unwrap();
    assert_eq!(p.price_usd, Some(0));
    assert_eq!(p.volume, Volume { emails: 100, per: Period::Day, from: false });
}

#[test]
fn foundation_is_35_dollars_for_50000_a_month() {
    let p = data().plan(PlanId::Foundation).unwrap();
    assert_eq!(p.price_usd, Some(35));
    assert_eq!(p.volume, Volume { emails: 50_000, per: Period::Month, from: false });
}

#[test]
fn scale_is_90_dollars_for_100000_a_month() {
    let p = data().plan(PlanId::Scale).unwrap();
    assert_eq!(p.price_usd, Some(90));
    assert_eq!(p.volume, Volume { emails: 100_000, per: Period::Month, from: false });
}

#[test]
fn enterprise_is_custom_priced_from_2_5_million_a_month() {
    let p = data().plan(PlanId::Enterprise).unwrap();
    assert_eq!(p.price_usd, None);
    assert_eq!(p.volume, Volume { emails: 2_500_000, per: Period::Month, from: true });
}

#[test]
fn logs_custom_domains_and_ticket_support_first_come_with_foundation() {
    for f in [Feature::Logs, Feature::CustomDomains, Feature::TicketSupport] {
        assert_eq!(data().min_plan_for(f), Some(PlanId::Foundation), "{f:?}");
    }
}

#[test]
fn sso_and_priority_support_first_come_with_scale() {
    for f in [Feature::Sso, Feature::PrioritySupport] {
        assert_eq!(data().min_plan_for(f), Some(PlanId::Scale), "{f:?}");
    }
}

#[test]
fn sla_csm_and_phone_support_need_enterprise() {
    for f in [Feature::Sla, Feature::Csm, Feature::PhoneSupport] {
        assert_eq!(data().min_plan_for(f), Some(PlanId::Enterprise), "{f:?}");
    }
}

#[test]
fn dedicated_ips_cost_59_each_on_scale_and_enterprise_only_with_2_to_4_weeks_warm_up() {
    let ip = &data().dedicated_ip;
    assert_eq!(ip.price_usd, 59);
    assert_eq!(ip.allowed_on, vec![PlanId::Scale, PlanId::Enterprise]);
    assert_eq!((ip.warmup_weeks_min, ip.warmup_weeks_max), (2, 4));
    assert_eq!(data().min_plan_for_ips(), Some(PlanId::Scale));
}

#[test]
fn optimize_pilot_is_49_and_starter_is_99() {
    assert_eq!(data().optimize_price(Optimize::None), 0);
    assert_eq!(data().optimize_price(Optimize::Pilot), 49);
    assert_eq!(data().optimize_price(Optimize::Starter), 99);
    let pilot = data().optimize_tier(Optimize::Pilot).unwrap();
    assert!(pilot.quota.en.contains("2,500") && pilot.quota.en.contains("25 inbox"));
}

#[test]
fn optimize_is_billed_on_top_of_every_plan_even_free() {
    let i = Input { optimize: Optimize::Pilot, ..est(1000) };
    let e = run(&i);
    assert_eq!(e.plan, PlanId::Free);
    assert_eq!(e.monthly_usd, Some(49));
    assert!(e.warnings.contains(&Warning::OptimizeNotIncluded { tier: Optimize::Pilot }));
    let starter = run(&Input { optimize: Optimize::Starter, ..est(40_000) });
    assert_eq!(starter.monthly_usd, Some(35 + 99));
}

#[test]
fn free_holds_while_monthly_over_30_fits_in_100_a_day() {
    assert_eq!(run(&est(0)).plan, PlanId::Free);
    assert_eq!(run(&est(3_000)).plan, PlanId::Free);
    assert_eq!(run(&est(3_001)).plan, PlanId::Foundation);
}

#[test]
fn a_given_busiest_day_decides_free_instead_of_monthly_over_30() {
    assert_eq!(run(&Input { peak: Some(100), ..est(3_100) }).plan, PlanId::Free);
    assert_eq!(run(&Input { peak: Some(101), ..est(2_000) }).plan, PlanId::Foundation);
    assert_eq!(run(&Input { peak: Some(101), ..est(2_000) }).because.len(), 1);
}

#[test]
fn free_warns_about_the_daily_cap_and_the_midnight_utc_reset() {
    let e = run(&est(900));
    assert!(e.warnings.contains(&Warning::FreeDailyCap { cap: 100, assumed_busiest_day: Some(30) }));
    let text = e.warnings[0].text(data(), Lang::En, &num);
    assert!(text.contains("midnight UTC") && text.contains("DAY"), "{text}");
    assert!(e.warnings[0].text(data(), Lang::Zh, &num).contains("UTC 时间零点"));
}

#[test]
fn next_reset_is_measured_to_midnight_utc() {
    assert_eq!(ms_until_next_utc_midnight(0), 86_400_000);
    assert_eq!(ms_until_next_utc_midnight(86_399_999), 1);
    // 2026-03-15T23:00:00Z → one hour.
    assert_eq!(ms_until_next_utc_midnight(1_773_615_600_000), 3_600_000);
}

#[test]
fn foundation_covers_up_to_50000_and_scale_up_to_100000() {
    assert_eq!(run(&est(50_000)).plan, PlanId::Foundation);
    assert_eq!(run(&est(50_000)).monthly_usd, Some(35));
    assert_eq!(run(&est(50_001)).plan, PlanId::Scale);
    // Foundation still sends 50,001, with overage at the control panel's rate: it fits, at a price
    // to compare, as Scale does past its own volume (one rule for both plans).
    let e = run(&est(50_001));
    let foundation = e.plans.iter().find(|p| p.plan == PlanId::Foundation);
    assert_eq!(foundation.map(|p| (p.verdict, p.total_usd)), Some((Verdict::FitsUncompared, Some(35))));
    let notes = foundation.map(|p| p.notes.clone()).unwrap_or_default();
    assert_eq!(notes.first(), Some(&FitNote::OverageUnknown { monthly: 50_001, included: 50_000 }));
    let text = notes[0].text(data(), Lang::En, &num);
    assert!(text.contains("billed as overage") && text.contains("control panel"), "{text}");
    // With a need Foundation lacks, it does not fit however it pays for volume.
    let e = run(&with_needs(est(50_001), &[Feature::Sso]));
    let foundation = e.plans.iter().find(|p| p.plan == PlanId::Foundation).map(|p| p.verdict);
    assert_eq!(foundation, Some(Verdict::DoesNotFit));
    let e = run(&est(100_000));
    assert_eq!((e.plan, e.monthly_usd, e.incomplete), (PlanId::Scale, Some(90), false));
}

#[test]
fn between_scale_and_the_enterprise_floor_the_base_is_shown_and_marked_incomplete() {
    for v in [100_001, 1_000_000, 2_499_999] {
        let e = run(&est(v));
        assert_eq!((e.plan, e.monthly_usd, e.incomplete), (PlanId::Scale, Some(90), true), "{v}");
        assert!(e.warnings.iter().any(|w| matches!(w, Warning::OverageUnknown { .. })));
        assert!(e.total_label(Lang::En, &num).contains("(incomplete)"));
    }
    let text = run(&est(150_000)).warnings[0].text(data(), Lang::En, &num);
    assert!(text.contains("Confirm with Mailgun") && text.contains("2,500,000"), "{text}");
}

#[test]
fn over_what_scale_includes_the_reason_says_so_and_enterprise_is_not_simply_cheaper() {
    let e = run(&est(1_200_000));
    for (lang, want) in [
        (Lang::En, "over the 100,000 Scale includes and under Enterprise's 2,500,000 floor"),
        (Lang::Zh, "超过 Scale 包含的 100,000 封，又低于企业版每月 2,500,000 封的起步量"),
    ] {
        let h = e.headline(data(), lang, &num);
        assert!(h.contains(want), "{h}");
    }
    let enterprise = e.plans.iter().find(|p| p.plan == PlanId::Enterprise).map(|p| p.notes.clone());
    assert_eq!(enterprise.and_then(|n| n.first().copied()), Some(FitNote::CheaperPlanFitsWithOverage));
    // Scale's total is a lower bound there, so Enterprise is not said to cost more.
    let verdict = e.plans.iter().find(|p| p.plan == PlanId::Enterprise).map(|p| p.verdict);
    assert_eq!(verdict, Some(Verdict::FitsUncompared));
    assert_eq!(Verdict::FitsUncompared.label(Lang::En), "Fits, price to compare");
    // Within Scale's volume a dearer plan that fits is simply not the cheapest.
    let e = run(&with_needs(est(90_000), &[]));
    let enterprise = e.plans.iter().find(|p| p.plan == PlanId::Enterprise).map(|p| p.notes.clone());
    assert_eq!(enterprise.and_then(|n| n.first().copied()), Some(FitNote::CheaperPlanFits));
}

#[test]
fn from_2_5_million_the_plan_is_enterprise_at_a_custom_price() {
    let e = run(&est(2_500_000));
    assert_eq!((e.plan, e.monthly_usd, e.incomplete), (PlanId::Enterprise, None, false));
    assert_eq!(e.plan_id(), "enterprise");
    assert!(e.warnings.contains(&Warning::CustomPrice { plan: PlanId::Enterprise }));
    assert!(e.total_label(Lang::En, &num).starts_with("Custom"));
    // Foundation and Scale say why they stop fitting at the floor (one email below it they fit
    // with overage), in both languages.
    for plan in [PlanId::Foundation, PlanId::Scale] {
        let col = e.plans.iter().find(|p| p.plan == plan).map(|p| (p.verdict, p.notes.first().copied()));
        assert_eq!(col, Some((Verdict::DoesNotFit, Some(FitNote::AtCustomFloor { floor: 2_500_000 }))), "{plan:?}");
    }
    let note = FitNote::AtCustomFloor { floor: 2_500_000 };
    assert_eq!(
        note.text(data(), Lang::En, &num),
        "From 2,500,000 a month, Mailgun sells the volume as Enterprise (custom price)"
    );
    assert!(note.text(data(), Lang::Zh, &num).contains("企业版"));
    let below = run(&est(2_499_999));
    let scale = below.plans.iter().find(|p| p.plan == PlanId::Scale).map(|p| p.verdict);
    assert_eq!(scale, Some(Verdict::Chosen));
}

#[test]
fn any_enterprise_feature_makes_the_price_custom_even_at_low_volume() {
    let e = run(&with_needs(est(1_000), &[Feature::PhoneSupport]));
    assert_eq!((e.plan, e.monthly_usd), (PlanId::Enterprise, None));
    assert_eq!(e.because, vec![Requirement::Feature(Feature::PhoneSupport)]);
    let ent = e.plans.iter().find(|p| p.plan == PlanId::Enterprise).unwrap();
    assert!(ent.notes.contains(&FitNote::BelowFloor { floor: 2_500_000 }));
}

#[test]
fn three_reasons_join_with_the_languages_own_commas() {
    let e = run(&with_needs(Input { ips: 1, ..est(100_000) }, &[Feature::PrioritySupport]));
    assert!(e.because.len() >= 3, "{:?}", e.because);
    let en = e.headline(data(), Lang::En, &num);
    let zh = e.headline(data(), Lang::Zh, &num);
    assert!(en.contains(", ") && en.contains(" and "), "{en}");
    // Grouped numbers keep their commas ("100,000"); the list is joined with "，".
    assert!(zh.contains("），你需要") && zh.contains("，并且") && !zh.contains("）,"), "{zh}");
}

#[test]
fn dedicated_ips_force_scale_and_cost_59_each() {
    let e = run(&Input { ips: 2, ..est(500) });
    assert_eq!(e.plan, PlanId::Scale);
    assert_eq!(e.monthly_usd, Some(90 + 2 * 59));
    assert_eq!(e.because, vec![Requirement::DedicatedIps(2)]);
    assert_eq!(e.headline(data(), Lang::En, &num), "Scale, because you need 2 dedicated IPs");
    assert_eq!(e.headline(data(), Lang::Zh, &num), "Scale，因为你需要 2 个专用 IP");
    assert!(e.lines.contains(&LineItem { kind: LineKind::DedicatedIps { count: 2, each_usd: 59 }, usd: Some(118) }));
}

#[test]
fn dedicated_ips_warn_about_warm_up_and_about_low_volume_per_ip() {
    let low = run(&Input { ips: 1, ..est(50_000) });
    assert!(low.warnings.contains(&Warning::IpWarmup { min_weeks: 2, max_weeks: 4 }));
    assert!(low.warnings.contains(&Warning::IpLowVolume { per_ip: 50_000, threshold: 100_000 }));
    let busy = run(&Input { ips: 1, ..est(100_000) });
    assert!(!busy.warnings.iter().any(|w| matches!(w, Warning::IpLowVolume { .. })));
    let split = run(&Input { ips: 2, ..est(150_000) });
    assert!(split.warnings.contains(&Warning::IpLowVolume { per_ip: 75_000, threshold: 100_000 }));
}

#[test]
fn the_reasons_name_every_binding_constraint_and_only_those() {
    let e = run(&Input { ips: 1, ..with_needs(est(60_000), &[Feature::Sso, Feature::Logs]) });
    assert_eq!(e.plan, PlanId::Scale);
    let volume = Requirement::Volume { monthly: 60_000, busiest_day: 2_000, peak_given: false };
    assert_eq!(e.because, vec![volume, Requirement::Feature(Feature::Sso), Requirement::DedicatedIps(1)]);
    let h = e.headline(data(), Lang::En, &num);
    assert!(
        h.starts_with("Scale, because you send 60,000 emails a month (over the 50,000 Foundation includes), you need SAML single sign-on (SSO) and you need a dedicated IP"),
        "{h}"
    );
    assert!(!h.contains("logs"), "{h}");
}

#[test]
fn the_side_by_side_says_why_each_plan_does_or_does_not_fit() {
    let e = run(&Input { ips: 1, ..with_needs(est(40_000), &[Feature::Logs]) });
    let col = |p: PlanId| e.plans.iter().find(|c| c.plan == p).unwrap();
    assert_eq!(e.plans.len(), 4);
    assert_eq!(col(PlanId::Free).verdict, Verdict::DoesNotFit);
    assert!(col(PlanId::Free).notes.contains(&FitNote::DailyCapExceeded { busiest_day: 1_334, cap: 100 }));
    assert!(col(PlanId::Free).notes.contains(&FitNote::Lacks(Feature::Logs)));
    assert!(col(PlanId::Foundation).notes.contains(&FitNote::NoDedicatedIps));
    assert_eq!((col(PlanId::Scale).verdict, col(PlanId::Scale).total_usd), (Verdict::Chosen, Some(149)));
    assert_eq!(col(PlanId::Enterprise).verdict, Verdict::Fits);
    assert!(col(PlanId::Enterprise).notes.contains(&FitNote::CustomPrice));
    for c in &e.plans {
        for n in &c.notes {
            assert!(!n.text(data(), Lang::Zh, &num).is_empty());
        }
    }
}

#[test]
fn free_headline_says_why_nothing_more_is_needed() {
    let h = run(&est(900)).headline(data(), Lang::En, &num);
    assert_eq!(h, "Free, because your busiest day (30 emails) fits in 100 a day and you need no feature that only paid plans have");
}

#[test]
fn the_presets_land_on_the_plans_they_illustrate() {
    let expect = [
        ("side-project", PlanId::Free, Some(0)),
        ("startup", PlanId::Foundation, Some(35)),
        ("growing-saas", PlanId::Scale, Some(90)),
        ("high-volume-ip", PlanId::Scale, Some(149)),
        ("enterprise", PlanId::Enterprise, None),
    ];
    assert_eq!(data().presets.len(), expect.len());
    for (id, plan, usd) in expect {
        let p = data().presets.iter().find(|p| p.id == id).unwrap();
        let e = run(&p.input());
        assert_eq!((e.plan, e.monthly_usd), (plan, usd), "{id}");
        assert!(!p.label.has_blank_side());
    }
}

fn one_quote(e: &Estimate, lang: Lang) -> Quote {
    quote(&[QuotePart { name: "", estimate: e }], data(), lang, &num, "1 December 2026")
}

#[test]
fn the_quote_has_inputs_plan_lines_totals_warnings_dates_and_verify_note_in_both_languages() {
    let e = run(&Input { ips: 1, optimize: Optimize::Pilot, ..with_needs(est(120_000), &[Feature::Sso]) });
    let en = one_quote(&e, Lang::En).text();
    for needle in [
        "Mailgun plan quote\nPrepared 1 December 2026. Prices in USD as of March 2026.\n",
        "Emails a month: 120,000\n",
        "Emails on the busiest day: about 4,000 (monthly ÷ 30)\n",
        "Dedicated IPs: 1\n",
        "Optimize: Optimize Pilot\n",
        "Needed features: SAML single sign-on (SSO)\n",
        "Recommended plan: Scale, because",
        "Line items:\n  - Scale plan: $90 / month\n  - 1 × dedicated IP ($59 each): $59 / month\n  - Optimize Pilot: $49 / month\n",
        "Monthly total: at least $198 / month\n",
        "Annual total: at least $2,376 / year\n",
        "Please note:\n- Incomplete estimate",
        "2–4 weeks",
        "Verify current pricing at mailgun.com before you commit.\n",
    ] {
        assert!(en.contains(needle), "missing {needle:?} in\n{en}");
    }
    assert!(!en.contains("=="), "a single unnamed scenario has no heading:\n{en}");
    let zh = one_quote(&e, Lang::Zh).text();
    for needle in [
        "Mailgun 套餐报价\n报价日期：1 December 2026。价格为美元，截至 2026年3月。\n",
        "每月邮件量：120,000\n",
        "最忙一天的邮件量：约 4,000（按每月量 ÷ 30 估算）\n",
        "所需功能：SAML 单点登录（SSO）\n",
        "Scale 套餐：$90/月",
        "每月总价：至少 $198/月\n",
        "每年总价：至少 $2,376/年\n",
        "请注意：\n- 估算不完整",
        "确定前请以 mailgun.com 上的当前定价为准。",
    ] {
        assert!(zh.contains(needle), "missing {needle:?} in\n{zh}");
    }
}

#[test]
fn the_quote_for_enterprise_says_custom_ask_mailgun_instead_of_a_number() {
    let e = run(&with_needs(est(3_000_000), &[Feature::Sla]));
    let en = one_quote(&e, Lang::En).text();
    assert!(en.contains("Monthly total: custom / ask Mailgun\nAnnual total: custom / ask Mailgun"), "{en}");
    assert!(en.contains("Enterprise plan: custom / ask Mailgun"), "{en}");
    let zh = one_quote(&e, Lang::Zh).text();
    assert!(zh.contains("每月总价：定制价格／请咨询 Mailgun"), "{zh}");
}

#[test]
fn a_quote_of_three_scenarios_has_a_column_each_the_changes_and_each_warning_once() {
    let today = run(&est(40_000));
    let six = run(&Input { ips: 1, ..est(300_000) });
    let year = run(&Input { ips: 1, ..est(1_200_000) });
    let parts = [
        QuotePart { name: "Today", estimate: &today },
        QuotePart { name: "In 6 months", estimate: &six },
        QuotePart { name: "In a year", estimate: &year },
    ];
    let q = quote(&parts, data(), Lang::En, &num, "1 December 2026");
    assert_eq!(q.heads, ["Today", "In 6 months", "In a year"]);
    assert!(q.rows.iter().all(|(_, cells)| cells.len() == 3));
    let text = q.text();
    for needle in [
        "== Today ==\n  Emails a month: 40,000\n",
        "== In a year ==\n  Emails a month: 1,200,000\n",
        "Change: Compared with Today: plan changes from Foundation to Scale; at least $114 more a month, $1,368 more a year.",
        "Annual total: $420 / year",
        "Line items: Foundation plan: $35 / month\n",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    let warmups = q.notes.iter().filter(|n| n.contains("warm it up")).count();
    assert_eq!(warmups, 1, "{:?}", q.notes);
    assert!(q.notes.iter().any(|n| n.starts_with("In 6 months, In a year: A new dedicated IP")), "{:?}", q.notes);
    let html = q.html().into_string();
    assert!(html.starts_with("<div class=\"mh-quote-doc\" lang=\"en\"><h2>Mailgun plan quote</h2>"), "{html}");
    assert!(html.contains("<th scope=\"col\">In 6 months</th>") && html.contains("<table border=\"1\""), "{html}");
    assert_eq!(html.matches("<tr>").count(), 1 + q.rows.len());
    assert!(html.contains("<strong>Verify current pricing"), "{html}");
    let zh = quote(&parts, data(), Lang::Zh, &num, "2026年12月1日").html().into_string();
    assert!(zh.contains("lang=\"zh-CN\"") && zh.contains("与 Today 相比") && zh.contains("<h3>请注意</h3>"), "{zh}");
}

#[test]
fn names_in_a_quote_are_escaped_in_its_html() {
    let e = run(&est(100));
    let q = quote(&[QuotePart { name: "<b>A&B</b>", estimate: &e }], data(), Lang::En, &num, "today");
    let html = q.html().into_string();
    assert!(html.contains("&lt;b&gt;A&amp;B&lt;/b&gt;") && !html.contains("<b>"), "{html}");
}

#[test]
fn estimate_query_reads_a_link_and_answers_it() {
    let params = crate::route::parse_query("monthly=100,000&ips=1&needs=priority-support");
    let e = estimate_query(data(), &params).unwrap();
    assert_eq!((e.plan_id(), e.monthly_usd), ("scale", Some(149)));
    let bad = estimate_query(data(), &crate::route::parse_query("ips=-2")).unwrap_err();
    assert_eq!(bad[0].field, Field::Ips);
}

#[test]
fn the_chart_steps_through_each_plan_at_its_boundaries() {
    let c = chart(data(), &Input::default());
    let last = |p: PlanId| c.series.iter().find(|s| s.plan == p).and_then(|s| s.points.last().copied());
    let first = |p: PlanId| c.series.iter().find(|s| s.plan == p).and_then(|s| s.points.first().copied());
    assert_eq!(last(PlanId::Free).map(|p| p.volume), Some(3_000));
    assert_eq!(first(PlanId::Foundation).map(|p| (p.volume, p.usd)), Some((3_001, Some(35))));
    assert_eq!(last(PlanId::Foundation).map(|p| p.volume), Some(50_000));
    assert_eq!(first(PlanId::Scale).map(|p| p.volume), Some(50_001));
    assert_eq!(last(PlanId::Scale).map(|p| (p.volume, p.incomplete)), Some((2_499_999, true)));
    assert_eq!(first(PlanId::Enterprise).map(|p| (p.volume, p.usd)), Some((2_500_000, None)));
    assert_eq!(c.max_volume, CHART_MAX_VOLUME);
    assert_eq!(c.max_usd, 90);
}

#[test]
fn the_chart_keeps_the_add_ons_and_marks_the_readers_point() {
    let i = Input { ips: 1, optimize: Optimize::Starter, ..est(70_000) };
    let c = chart(data(), &i);
    assert!(c.series[0].points.is_empty() && c.series[1].points.is_empty(), "IPs rule out Free and Foundation");
    assert_eq!(c.you, ChartPoint { volume: 70_000, usd: Some(90 + 59 + 99), incomplete: false });
    assert_eq!(c.you_plan, PlanId::Scale);
    assert!(x_position(0, c.max_volume) == 0.0 && x_position(c.max_volume, c.max_volume) == 1.0);
    assert!(x_position(3_000, c.max_volume) < x_position(50_000, c.max_volume));
}

#[test]
fn a_busiest_day_is_about_a_figure_only_when_assumed() {
    let assumed = run(&est(9_000)).headline(data(), Lang::En, &num);
    assert!(assumed.contains("busiest day is about 300 emails") && assumed.contains("monthly ÷ 30"), "{assumed}");
    let typed = run(&Input { peak: Some(900), ..est(9_000) }).headline(data(), Lang::En, &num);
    assert!(typed.contains("busiest day is 900 emails") && !typed.contains("about"), "{typed}");
    let zh = run(&est(9_000)).headline(data(), Lang::Zh, &num);
    assert!(zh.contains("约 300 封"), "{zh}");
}
