//! The plain-text quote a reader copies into an email or a chat.
//!
//! Plain text because it is pasted anywhere; it always carries the as-of date and the "verify current
//! pricing" note, since the numbers age.

use super::data::PricingData;
use super::estimate::Estimate;
use super::words::NumFmt;
use crate::lang::Lang;

/// The quote in `lang`, numbers formatted by `num` (pass [`group`](super::group) for `50,000`).
pub fn quote(est: &Estimate, data: &PricingData, lang: Lang, num: NumFmt) -> String {
    let zh = lang == Lang::Zh;
    let mut out = String::new();
    let line = |out: &mut String, s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(&mut out, if zh { "Mailgun 套餐估算".into() } else { "Mailgun plan estimate".into() });
    line(&mut out, String::new());
    let i = &est.input;
    let needs: Vec<String> = i.needs.iter().map(|f| data.feature_name(f, lang)).collect();
    let peak = i.peak.map_or_else(|| if zh { "未填写".to_string() } else { "not given".to_string() }, num);
    let none = if zh { "无" } else { "none" };
    let needs = if needs.is_empty() { none.to_string() } else { needs.join(if zh { "、" } else { ", " }) };
    if zh {
        line(
            &mut out,
            format!("输入：每月{}封；最忙一天：{peak}；专用IP：{}；所需功能：{needs}", num(i.monthly), i.ips),
        );
    } else {
        line(
            &mut out,
            format!(
                "Inputs: {} emails/month; busiest day: {peak}; dedicated IPs: {}; needs: {needs}",
                num(i.monthly),
                i.ips
            ),
        );
    }
    line(&mut out, format!("{}{}", if zh { "推荐：" } else { "Recommended: " }, est.headline(data, lang, num)));
    line(&mut out, String::new());
    for item in &est.lines {
        let amount = match (item.usd, zh) {
            (Some(n), true) => format!("${}/月", num(n)),
            (Some(n), false) => format!("${}/mo", num(n)),
            (None, true) => "定制".into(),
            (None, false) => "custom".into(),
        };
        line(&mut out, format!("  {}: {amount}", item.kind.label(data, lang, num)));
    }
    line(&mut out, format!("{}{}", if zh { "每月合计：" } else { "Monthly total: " }, est.total_label(lang, num)));
    if !est.warnings.is_empty() {
        line(&mut out, String::new());
        line(&mut out, if zh { "注意：".into() } else { "Please note:".into() });
        for w in &est.warnings {
            line(&mut out, format!("- {}", w.text(data, lang, num)));
        }
    }
    line(&mut out, String::new());
    let as_of = data.as_of_label.get(lang);
    if zh {
        line(&mut out, format!("价格为美元，截至{as_of}。{}", data.verify.get(lang)));
    } else {
        line(&mut out, format!("Prices in USD as of {as_of}. {}", data.verify.get(lang)));
    }
    out
}
