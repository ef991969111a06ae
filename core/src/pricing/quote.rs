//! The quote a rep hands over: copied into an email or a CRM, or printed to one page.
//!
//! One structure, [`Quote`], written two ways: plain text ([`Quote::text`], pasted anywhere) and an
//! HTML table ([`Quote::html`], the clipboard's `text/html` flavour and the printed page), so the
//! copy and the print can never say different things. It is built in the language of the quote,
//! which the rep chooses apart from the page's, and it always carries the date, the prices' as-of
//! date and the "verify current pricing" note, since the numbers age. A price the data does not have
//! is written "custom / ask Mailgun", never a number.

use super::data::PricingData;
use super::estimate::{Estimate, LineItem};
use super::input::Field;
use super::scenario::change;
use super::words::NumFmt;
use crate::i18n::{fill, key, t};
use crate::lang::Lang;
use crate::markup::Markup;

/// One scenario of a quote: the name shown for it and its estimate.
#[derive(Clone, Copy, Debug)]
pub struct QuotePart<'a> {
    /// The scenario's name ("Today", or "Scenario 2").
    pub name: &'a str,
    /// Its estimate.
    pub estimate: &'a Estimate,
}

/// A quote, ready to be written as text or HTML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quote's language (the HTML carries it as `lang`).
    pub lang: Lang,
    /// "Mailgun plan quote".
    pub title: String,
    /// The date it was prepared and the prices' as-of date.
    pub meta: String,
    /// Scenario names, one per column; empty for a single unnamed scenario.
    pub heads: Vec<String>,
    /// Row label and, per scenario, the cell (several lines are separated by `\n`).
    pub rows: Vec<(String, Vec<String>)>,
    /// The warnings, each once, with the scenarios it applies to when there are several.
    pub notes: Vec<String>,
    /// The "verify current pricing" note.
    pub verify: String,
}

fn usd(num: NumFmt, n: u64) -> String {
    format!("${}", num(n))
}

/// "$35 / month", "at least $90 / month" or "custom / ask Mailgun".
fn monthly(est: &Estimate, lang: Lang, num: NumFmt) -> String {
    match est.monthly_usd {
        None => t(lang, key::SALES_CUSTOM).to_string(),
        Some(n) if est.incomplete => fill(lang, key::PRICING_AT_LEAST, &[("amount", &usd(num, n))]),
        Some(n) => fill(lang, key::PRICING_PER_MONTH, &[("amount", &usd(num, n))]),
    }
}

/// "$420 / year", "at least $1,080 / year" or "custom / ask Mailgun".
fn annual(est: &Estimate, lang: Lang, num: NumFmt) -> String {
    match est.annual_usd() {
        None => t(lang, key::SALES_CUSTOM).to_string(),
        Some(n) if est.incomplete => fill(lang, key::SALES_AT_LEAST_YEAR, &[("amount", &usd(num, n))]),
        Some(n) => fill(lang, key::SALES_PER_YEAR, &[("amount", &usd(num, n))]),
    }
}

fn line(item: &LineItem, data: &PricingData, lang: Lang, num: NumFmt) -> String {
    let amount = match item.usd {
        Some(n) => fill(lang, key::PRICING_PER_MONTH, &[("amount", &usd(num, n))]),
        None => t(lang, key::SALES_CUSTOM).to_string(),
    };
    format!("{}{}{amount}", item.kind.label(data, lang, num), colon(lang))
}

/// `: ` in English, `：` between Chinese words.
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Zh => "：",
    }
}

/// The quote of `parts` in `lang`, prepared on `date` (already written in `lang`).
pub fn quote(parts: &[QuotePart], data: &PricingData, lang: Lang, num: NumFmt, date: &str) -> Quote {
    let zh = lang == Lang::Zh;
    let labels = [
        Field::Monthly.label(lang),
        Field::Peak.label(lang),
        Field::Ips.label(lang),
        Field::Optimize.label(lang),
        Field::Needs.label(lang),
        t(lang, key::PRICING_RECOMMENDED),
        t(lang, key::PRICING_LINES),
        t(lang, key::PRICING_TOTAL),
        t(lang, key::SALES_ANNUAL),
    ];
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    for l in labels {
        rows.push((l.to_string(), Vec::new()));
    }
    for p in parts {
        let (e, i) = (p.estimate, &p.estimate.input);
        let peak = match i.peak {
            Some(p) => num(p),
            None => fill(lang, key::QUOTE_PEAK_ASSUMED, &[("n", &num(i.busiest_day()))]),
        };
        let optimize = match data.optimize_tier(i.optimize) {
            Some(tier) => tier.name.get(lang).to_string(),
            None => t(lang, key::PRICING_OPTIMIZE_NONE).to_string(),
        };
        let mut needs = Vec::new();
        for f in i.needs.iter() {
            needs.push(data.feature_name(f, lang));
        }
        let needs = if needs.is_empty() {
            t(lang, key::QUOTE_NONE).to_string()
        } else {
            needs.join(if zh { "、" } else { ", " })
        };
        let mut lines = Vec::new();
        for item in &e.lines {
            lines.push(line(item, data, lang, num));
        }
        let cells = [
            num(i.monthly),
            peak,
            i.ips.to_string(),
            optimize,
            needs,
            e.headline(data, lang, num),
            lines.join("\n"),
            monthly(e, lang, num),
            annual(e, lang, num),
        ];
        for (row, cell) in rows.iter_mut().zip(cells) {
            row.1.push(cell);
        }
    }
    let several = parts.len() > 1;
    if let (true, Some(base)) = (several, parts.first()) {
        let mut diffs = vec!["—".to_string()];
        for p in &parts[1..] {
            diffs.push(change(base.estimate, p.estimate).text(base.name, data, lang, num));
        }
        rows.push((t(lang, key::QUOTE_CHANGE).to_string(), diffs));
    }

    // Each warning once; with several scenarios, say which ones it concerns.
    let mut warned: Vec<(String, Vec<&str>)> = Vec::new();
    for p in parts {
        for w in &p.estimate.warnings {
            let text = w.text(data, lang, num);
            match warned.iter_mut().find(|(t, _)| *t == text) {
                Some((_, names)) => names.push(p.name),
                None => warned.push((text, vec![p.name])),
            }
        }
    }
    let mut notes = Vec::new();
    for (text, names) in warned {
        notes.push(if several {
            let names = names.join(if zh { "、" } else { ", " });
            fill(lang, key::QUOTE_FOR, &[("names", &names), ("text", &text)])
        } else {
            text
        });
    }

    let mut heads = Vec::new();
    if several || parts.first().is_some_and(|p| !p.name.is_empty()) {
        for p in parts {
            heads.push(p.name.to_string());
        }
    }
    let meta = format!(
        "{}{}{}",
        fill(lang, key::QUOTE_PREPARED, &[("date", date)]),
        lang.sentence_gap(),
        fill(lang, key::PRICING_AS_OF, &[("date", data.as_of_label.get(lang))])
    );
    Quote {
        lang,
        title: t(lang, key::QUOTE_TITLE).to_string(),
        meta,
        heads,
        rows,
        notes,
        verify: data.verify.get(lang).to_string(),
    }
}

impl Quote {
    /// Plain text: the title and dates, then each scenario's rows as `label: value`, the notes and
    /// the verify note.
    pub fn text(&self) -> String {
        let c = colon(self.lang);
        let mut out = format!("{}\n{}\n", self.title, self.meta);
        let columns = self.rows.first().map_or(0, |(_, c)| c.len());
        for i in 0..columns {
            out.push('\n');
            let indent = match self.heads.get(i) {
                Some(h) => {
                    out.push_str(&format!("== {h} ==\n"));
                    "  "
                }
                None => "",
            };
            for (label, cells) in &self.rows {
                let Some(cell) = cells.get(i) else { continue };
                if cell.contains('\n') {
                    out.push_str(&format!("{indent}{label}{}\n", c.trim_end()));
                    for l in cell.lines() {
                        out.push_str(&format!("{indent}  - {l}\n"));
                    }
                } else {
                    out.push_str(&format!("{indent}{label}{c}{cell}\n"));
                }
            }
        }
        if !self.notes.is_empty() {
            out.push_str(&format!("\n{}{}\n", t(self.lang, key::QUOTE_NOTES), c.trim_end()));
            for n in &self.notes {
                out.push_str(&format!("- {n}\n"));
            }
        }
        out.push_str(&format!("\n{}\n", self.verify));
        out
    }

    /// HTML: a heading, the dates, one table with a column per scenario, the notes and the verify
    /// note. Plain elements with `border`/`cellpadding`, so it pastes as a table into mail and CRMs.
    pub fn html(&self) -> Markup {
        let mut m = Markup::new();
        m.tag("div").attr("class", "mh-quote-doc").attr("lang", self.lang.html_lang()).end();
        m.el("h2", &self.title).el_class("p", "mh-quote-meta", &self.meta);
        m.tag("table").attr("border", "1").attr("cellpadding", "4").attr("cellspacing", "0").end();
        if !self.heads.is_empty() {
            m.open("thead").open("tr").el("td", "");
            for h in &self.heads {
                m.tag("th").attr("scope", "col").end().text(h).close("th");
            }
            m.close("tr").close("thead");
        }
        m.open("tbody");
        for (label, cells) in &self.rows {
            m.open("tr").tag("th").attr("scope", "row").end().text(label).close("th");
            for cell in cells {
                m.open("td");
                for (i, l) in cell.lines().enumerate() {
                    if i > 0 {
                        m.tag("br").end();
                    }
                    m.text(l);
                }
                m.close("td");
            }
            m.close("tr");
        }
        m.close("tbody").close("table");
        if !self.notes.is_empty() {
            m.el("h3", t(self.lang, key::QUOTE_NOTES)).open("ul");
            for n in &self.notes {
                m.el("li", n);
            }
            m.close("ul");
        }
        m.open("p").el("strong", &self.verify).close("p").close("div");
        m
    }
}
