//! "Monthly total against volume" as inline SVG: one step line per plan for the current add-ons and
//! needs, a dot for the customer, localised axes. The numbers come from `pricing::chart`; this file
//! only maps them to coordinates.

use crate::app::AppContext;
use crate::platform::intl;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::pricing::{chart, x_position, ChartPoint, Input, PlanId, PricingData};
use yew::prelude::*;

/// Props of [`PricingChart`].
#[derive(Properties, PartialEq)]
pub struct PricingChartProps {
    /// The reader's (valid) input.
    pub input: Input,
}

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
#[function_component(PricingChart)]
pub fn pricing_chart(props: &PricingChartProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let Ok(data) = PricingData::get() else { return Html::default() };
    let lang = ctx.lang;
    let c = chart(data, &props.input);
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
    let x_axis = x_ticks.iter().map(|v| {
        let x = n(scale.x(*v));
        let label = if *v == 0 { "0".to_string() } else { intl::compact(lang, *v) };
        html! {
            <g class="mh-chart-tick">
                <line x1={x.clone()} x2={x.clone()} y1={n(NUM_TOP)} y2={n(bottom)} stroke="#e5e7eb" />
                <text x={x} y={n(bottom + 18.0)} text-anchor="middle">{ label }</text>
            </g>
        }
    });
    let y_ticks = [0, scale.top_usd / 2, scale.top_usd];
    let y_axis = y_ticks.iter().map(|v| {
        let y = n(scale.y_usd(*v));
        html! {
            <g class="mh-chart-tick">
                <line x1={n(LEFT)} x2={n(W - RIGHT)} y1={y.clone()} y2={y.clone()} stroke="#e5e7eb" />
                <text x={n(LEFT - 6.0)} y={y} dy="4" text-anchor="end">{ intl::usd(lang, *v) }</text>
            </g>
        }
    });
    let has_custom = runs.iter().any(|r| r.custom);
    let has_dashed = runs.iter().any(|r| r.dashed);
    let lines = runs.iter().map(|r| {
        let d = format!("M{} {}H{}", n(r.x0), n(r.y), n(r.x1.max(r.x0 + 1.0)));
        html! {
            <path d={d} fill="none" stroke={colour(r.plan)} stroke-width="3" stroke-linecap="round"
                stroke-dasharray={(r.dashed || r.custom).then_some("7 5")} data-series={r.plan.id()} />
        }
    });

    let you_x = scale.x(c.you.volume);
    let you_y = scale.y(&c.you);
    let num = move |v: u64| intl::count(lang, v);
    let you_total = match c.you.usd {
        None => t(lang, key::PRICING_CUSTOM).to_string(),
        Some(u) if c.you.incomplete => fill(lang, key::PRICING_AT_LEAST, &[("amount", &intl::usd(lang, u))]),
        Some(u) => fill(lang, key::PRICING_PER_MONTH, &[("amount", &intl::usd(lang, u))]),
    };
    let point_text = fill(
        lang,
        key::PRICING_CHART_POINT,
        &[("volume", &num(c.you.volume)), ("plan", &data.plan_name(c.you_plan, lang)), ("total", &you_total)],
    );
    let label_right = you_x < (W + LEFT) / 2.0;
    let label_y = if you_y < NUM_TOP + 10.0 { you_y + 20.0 } else { you_y - 12.0 };
    let desc = format!("{} {}", t(lang, key::PRICING_CHART_DESC), point_text);
    let legend = PlanId::ALL.into_iter().filter(|p| c.series.iter().any(|s| s.plan == *p && !s.points.is_empty()));

    html! {
        <figure class="mh-est-chart" data-testid="pricing-chart">
            <figcaption><h2>{ t(lang, key::PRICING_CHART) }</h2></figcaption>
            <svg viewBox={format!("0 0 {} {}", W as u32, H as u32)} role="img" aria-labelledby="mh-chart-title mh-chart-desc"
                preserveAspectRatio="xMidYMid meet" class="mh-chart-svg">
                <title id="mh-chart-title">{ t(lang, key::PRICING_CHART) }</title>
                <desc id="mh-chart-desc">{ desc }</desc>
                { for y_axis }
                { for x_axis }
                if has_custom {
                    <text x={n(W - RIGHT)} y={n(CUSTOM_Y - 8.0)} text-anchor="end" class="mh-chart-note">{ t(lang, key::PRICING_CHART_CUSTOM) }</text>
                }
                <line x1={n(LEFT)} x2={n(W - RIGHT)} y1={n(bottom)} y2={n(bottom)} stroke="#9ca3af" />
                <line x1={n(LEFT)} x2={n(LEFT)} y1={n(TOP)} y2={n(bottom)} stroke="#9ca3af" />
                <path d={risers} fill="none" stroke="#9ca3af" stroke-width="1.5" />
                { for lines }
                <circle cx={n(you_x)} cy={n(you_y)} r="7" fill="#c02126" stroke="#fff" stroke-width="2"
                    data-testid="chart-you" data-volume={c.you.volume.to_string()} />
                <text x={n(if label_right { you_x + 10.0 } else { you_x - 10.0 })} y={n(label_y)}
                    text-anchor={if label_right { "start" } else { "end" }} class="mh-chart-you">
                    { t(lang, key::PRICING_CHART_YOU) }
                </text>
                <text x={n((LEFT + W - RIGHT) / 2.0)} y={n(H - 8.0)} text-anchor="middle" class="mh-chart-axis">
                    { t(lang, key::PRICING_CHART_X) }
                </text>
                <text x="14" y={n((NUM_TOP + bottom) / 2.0)} text-anchor="middle" class="mh-chart-axis"
                    transform={format!("rotate(-90 14 {})", n((NUM_TOP + bottom) / 2.0))}>
                    { t(lang, key::PRICING_CHART_Y) }
                </text>
            </svg>
            <ul class="mh-chart-legend">
                { for legend.map(|p| html! {
                    // An SVG swatch, not a `style` attribute: strict-CSP embeds forbid inline styles.
                    <li><svg class="mh-chart-swatch" viewBox="0 0 18 4" width="18" height="4" aria-hidden="true" focusable="false">
                        <rect width="18" height="4" rx="2" fill={colour(p)} /></svg>
                        { data.plan_name(p, lang) }</li>
                }) }
                if has_dashed {
                    <li class="mh-hint">{ t(lang, key::PRICING_CHART_INCOMPLETE) }</li>
                }
            </ul>
            <p class="mh-hint">{ point_text }</p>
        </figure>
    }
}
