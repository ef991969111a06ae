//! "Monthly total against volume" as inline SVG: one step line per plan for the current add-ons and
//! needs, a dot for the customer, localised axes. The numbers come from `pricing::chart`; this file
//! only maps them to coordinates.

use super::raw;
use crate::platform::intl;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::pricing::{chart, x_position, ChartPoint, Input, PlanId, PricingData};
use yew::prelude::*;

const W: f64 = 640.0;
const H: f64 = 300.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 52.0;
/// The custom-price band sits above the numeric scale.
const CUSTOM_Y: f64 = TOP + 8.0;
const NUM_TOP: f64 = TOP + 34.0;

fn colour(plan: PlanId) -> &'static str {
    match plan {
        PlanId::Free => "#6b7280",
        PlanId::Foundation => "#1d6fb8",
        PlanId::Scale => "#1d7a46",
        PlanId::Enterprise => "#a35c00",
    }
}

/// A round axis top at or above `v` (at least 10): 10, 15, 20, 25, 30, 40, 50, 60, 80 × 10ⁿ.
fn nice_ceiling(v: u64) -> u64 {
    let mut base = 1u64;
    loop {
        for m in [10, 15, 20, 25, 30, 40, 50, 60, 80] {
            let c = base.saturating_mul(m);
            if c >= v.max(10) {
                return c;
            }
        }
        base = base.saturating_mul(10);
    }
}

struct Scale {
    max_volume: u64,
    top_usd: u64,
}

impl Scale {
    fn x(&self, volume: u64) -> f64 {
        LEFT + x_position(volume, self.max_volume) * (W - LEFT - RIGHT)
    }

    fn y_usd(&self, usd: u64) -> f64 {
        let bottom = H - BOTTOM;
        bottom - (usd as f64 / self.top_usd.max(1) as f64) * (bottom - NUM_TOP)
    }

    fn y(&self, p: &ChartPoint) -> f64 {
        p.usd.map_or(CUSTOM_Y, |u| self.y_usd(u))
    }
}

fn n(v: f64) -> String {
    mailgun_help_core::text::one_decimal(v)
}

/// One horizontal run of a plan at one height.
struct Run {
    plan: PlanId,
    x0: f64,
    x1: f64,
    y: f64,
    dashed: bool,
    custom: bool,
}

/// The chart.
pub fn pricing_chart(input: &Input, lang: Lang) -> Html {
    let Ok(data) = PricingData::get() else { return Html::default() };
    let c = chart(data, input);
    if c.max_usd == 0 {
        // Every volume needs a plan priced per contract: a money axis would have nothing on it.
        let mut m = Markup::new();
        m.tag("figure").attr("class", "mh-est-chart").attr("data-testid", "pricing-chart").attr("data-chart", "custom");
        m.end().open("figcaption").el("h2", t(lang, key::PRICING_CHART)).close("figcaption");
        let note = fill(lang, key::PRICING_CHART_ALL_CUSTOM, &[("plan", &data.plan_name(c.you_plan, lang))]);
        m.el_class("p", "mh-hint", &note).close("figure");
        return raw(m);
    }
    let scale = Scale { max_volume: c.max_volume, top_usd: nice_ceiling(c.max_usd + c.max_usd / 10) };

    let mut points: Vec<(PlanId, ChartPoint)> =
        c.series.iter().flat_map(|s| s.points.iter().map(move |p| (s.plan, *p))).collect();
    mailgun_help_core::sort::sort_by_key(&mut points, |(_, p)| p.volume);
    let mut runs: Vec<Run> = Vec::new();
    for (i, (plan, p)) in points.iter().enumerate() {
        let x0 = scale.x(p.volume);
        let x1 = points.get(i + 1).map_or(x0, |(_, next)| scale.x(next.volume));
        let y = scale.y(p);
        match runs.last_mut() {
            Some(r) if r.plan == *plan && (r.y - y).abs() < 0.01 && r.dashed == p.incomplete => r.x1 = x1,
            _ => runs.push(Run { plan: *plan, x0, x1, y, dashed: p.incomplete, custom: p.usd.is_none() }),
        }
    }
    let mut risers = String::new();
    for pair in runs.windows(2) {
        if let [a, b] = pair {
            risers.push_str(&format!("M{} {}V{}", n(a.x1), n(a.y), n(b.y)));
        }
    }

    let bottom = H - BOTTOM;
    let mut x_ticks: Vec<u64> = vec![0, 1_000, 10_000, 100_000, 1_000_000];
    x_ticks.retain(|v| *v < c.max_volume);
    x_ticks.push(c.max_volume);
    let has_custom = runs.iter().any(|r| r.custom);
    let has_dashed = runs.iter().any(|r| r.dashed);

    let you_x = scale.x(c.you.volume);
    let you_y = scale.y(&c.you);
    let you_total = match c.you.usd {
        None => t(lang, key::PRICING_CUSTOM).to_string(),
        Some(u) if c.you.incomplete => fill(lang, key::PRICING_AT_LEAST, &[("amount", &intl::usd(lang, u))]),
        Some(u) => fill(lang, key::PRICING_PER_MONTH, &[("amount", &intl::usd(lang, u))]),
    };
    let point_text = fill(
        lang,
        key::PRICING_CHART_POINT,
        &[
            ("volume", &intl::count(lang, c.you.volume)),
            ("plan", &data.plan_name(c.you_plan, lang)),
            ("total", &you_total),
        ],
    );
    let label_right = you_x < (W + LEFT) / 2.0;
    let label_y = if you_y < NUM_TOP + 10.0 { you_y + 20.0 } else { you_y - 12.0 };
    let title = t(lang, key::PRICING_CHART);

    let mut m = Markup::new();
    // On a narrow screen the chart scrolls sideways inside its figure: focusable, so the arrow keys
    // reach what is off screen.
    m.tag("figure").attr("class", "mh-est-chart").attr("data-testid", "pricing-chart").attr("tabindex", "0").end();
    m.open("figcaption").el("h2", title).close("figcaption");
    m.tag("svg")
        .attr("viewBox", &format!("0 0 {} {}", W as u32, H as u32))
        .attr("role", "img")
        .attr("aria-labelledby", "mh-chart-title mh-chart-desc")
        .attr("preserveAspectRatio", "xMidYMid meet")
        .attr("class", "mh-chart-svg")
        .end();
    m.tag("title").attr("id", "mh-chart-title").end().text(title).close("title");
    m.tag("desc")
        .attr("id", "mh-chart-desc")
        .end()
        .text(t(lang, key::PRICING_CHART_DESC))
        .text(lang.sentence_gap())
        .text(&point_text)
        .close("desc");
    for v in [0, scale.top_usd / 2, scale.top_usd] {
        let y = n(scale.y_usd(v));
        tick(&mut m, (&n(LEFT), &n(W - RIGHT)), (&y, &y), (&n(LEFT - 6.0), &y, "end"), &intl::usd(lang, v), true);
    }
    for v in &x_ticks {
        let x = n(scale.x(*v));
        let label = if *v == 0 { "0".to_string() } else { intl::compact(lang, *v) };
        tick(&mut m, (&x, &x), (&n(NUM_TOP), &n(bottom)), (&x, &n(bottom + 18.0), "middle"), &label, false);
    }
    if has_custom {
        label(&mut m, (&n(W - RIGHT), &n(CUSTOM_Y - 8.0)), "end", "mh-chart-note", t(lang, key::PRICING_CHART_CUSTOM));
    }
    line(&mut m, (&n(LEFT), &n(W - RIGHT)), (&n(bottom), &n(bottom)), "#9ca3af");
    line(&mut m, (&n(LEFT), &n(LEFT)), (&n(TOP), &n(bottom)), "#9ca3af");
    m.tag("path")
        .attr("d", &risers)
        .attr("fill", "none")
        .attr("stroke", "#9ca3af")
        .attr("stroke-width", "1.5")
        .end_void();
    for r in &runs {
        m.tag("path")
            .attr("d", &format!("M{} {}H{}", n(r.x0), n(r.y), n(r.x1.max(r.x0 + 1.0))))
            .attr("fill", "none")
            .attr("stroke", colour(r.plan))
            .attr("stroke-width", "3")
            .attr("stroke-linecap", "round")
            .attr_opt("stroke-dasharray", (r.dashed || r.custom).then_some("7 5"))
            .attr("data-series", r.plan.id())
            .end_void();
    }
    m.tag("circle")
        .attr("cx", &n(you_x))
        .attr("cy", &n(you_y))
        .attr("r", "7")
        .attr("fill", "#c02126")
        .attr("stroke", "#fff")
        .attr("stroke-width", "2")
        .attr("data-testid", "chart-you")
        .attr("data-volume", &c.you.volume.to_string())
        .end_void();
    let you_label_x = n(if label_right { you_x + 10.0 } else { you_x - 10.0 });
    let anchor = if label_right { "start" } else { "end" };
    label(&mut m, (&you_label_x, &n(label_y)), anchor, "mh-chart-you", t(lang, key::PRICING_CHART_YOU));
    label(
        &mut m,
        (&n((LEFT + W - RIGHT) / 2.0), &n(H - 8.0)),
        "middle",
        "mh-chart-axis",
        t(lang, key::PRICING_CHART_X),
    );
    let mid = n((NUM_TOP + bottom) / 2.0);
    m.tag("text")
        .attr("x", "14")
        .attr("y", &mid)
        .attr("text-anchor", "middle")
        .attr("class", "mh-chart-axis")
        .attr("transform", &format!("rotate(-90 14 {mid})"))
        .end()
        .text(t(lang, key::PRICING_CHART_Y))
        .close("text");
    m.close("svg");
    m.open_class("ul", "mh-chart-legend");
    for p in PlanId::ALL.into_iter().filter(|p| c.series.iter().any(|s| s.plan == *p && !s.points.is_empty())) {
        // An SVG swatch, not a `style` attribute: strict-CSP embeds forbid inline styles.
        m.open("li");
        m.tag("svg")
            .attr("class", "mh-chart-swatch")
            .attr("viewBox", "0 0 18 4")
            .attr("width", "18")
            .attr("height", "4")
            .attr("aria-hidden", "true")
            .attr("focusable", "false")
            .end();
        m.tag("rect").attr("width", "18").attr("height", "4").attr("rx", "2").attr("fill", colour(p)).end_void();
        m.close("svg").text(&data.plan_name(p, lang)).close("li");
    }
    if has_dashed {
        m.el_class("li", "mh-hint", t(lang, key::PRICING_CHART_INCOMPLETE));
    }
    m.close("ul");
    m.el_class("p", "mh-hint", &point_text);
    m.close("figure");
    raw(m)
}

/// A light grid line with its axis label.
fn tick(m: &mut Markup, x: (&str, &str), y: (&str, &str), at: (&str, &str, &str), text: &str, dy: bool) {
    m.open_class("g", "mh-chart-tick");
    line(m, x, y, "#e5e7eb");
    m.tag("text").attr("x", at.0).attr("y", at.1).attr_opt("dy", dy.then_some("4")).attr("text-anchor", at.2).end();
    m.text(text).close("text").close("g");
}

/// `<line>` from `(x.0, y.0)` to `(x.1, y.1)`.
fn line(m: &mut Markup, x: (&str, &str), y: (&str, &str), stroke: &str) {
    m.tag("line").attr("x1", x.0).attr("x2", x.1).attr("y1", y.0).attr("y2", y.1).attr("stroke", stroke).end_void();
}

/// A `<text>` label with a class.
fn label(m: &mut Markup, at: (&str, &str), anchor: &str, class: &str, text: &str) {
    m.tag("text").attr("x", at.0).attr("y", at.1).attr("text-anchor", anchor).attr("class", class).end();
    m.text(text).close("text");
}
