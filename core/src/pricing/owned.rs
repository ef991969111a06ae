//! The numbers `assets/pricing.toml` owns (every price and plan volume), as the placeholders the
//! knowledge base's prose names them by and the written-out forms it must not use.
//!
//! `build.rs` compiles this file (`build_support/pricing.rs`) to fill the placeholders of every
//! knowledge-base file and to refuse a file that writes an owned number out; the crate compiles it
//! only for its tests, which check the rules on the shipped prices.

use super::model::PricingData;

/// `n` with commas between thousands: `2500000` → `2,500,000`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `n / unit` with its decimals and no trailing zeros: (2500000, 1000000) → `2.5`.
fn in_units(n: u64, unit: u64) -> String {
    let whole = n / unit;
    let rest = n % unit;
    if rest == 0 {
        return whole.to_string();
    }
    let width = unit.to_string().len() - 1;
    let frac = format!("{rest:0width$}");
    format!("{whole}.{}", frac.trim_end_matches('0'))
}

/// The numbers `pricing.toml` owns, as the placeholders prose uses and the literals it must not.
pub struct Owned {
    /// (placeholder, value), e.g. (`{price:scale}`, `$90`).
    placeholders: Vec<(String, String)>,
    /// Written-out forms of an owned number, e.g. `$90`, `100,000`, `10 万`, `100 emails`.
    literals: Vec<String>,
}

impl Owned {
    /// The placeholders and forbidden literals of `data`:
    /// * `{price:<plan>}`, `{price:ip}`, `{price:pilot}`, `{price:starter}`: `$35`;
    /// * `{volume:<plan>}`: `50,000`; `{wan:<plan>}`: `5 万`; `{millions:<plan>}`: `2.5`.
    pub fn of(data: &PricingData) -> Owned {
        let mut placeholders = Vec::new();
        let mut literals = Vec::new();
        let mut price = |name: &str, usd: u64| {
            placeholders.push((format!("{{price:{name}}}"), format!("${usd}")));
            literals.push(format!("${usd}"));
        };
        for p in data.plans.iter() {
            if let Some(usd) = p.price_usd {
                price(p.id.id(), usd);
            }
        }
        price("ip", data.dedicated_ip.price_usd);
        for t in data.optimize_tiers.iter() {
            price(t.id.id(), t.price_usd);
        }
        for p in data.plans.iter() {
            let (id, n) = (p.id.id(), p.volume.emails);
            placeholders.push((format!("{{volume:{id}}}"), grouped(n)));
            placeholders.push((format!("{{wan:{id}}}"), format!("{} 万", in_units(n, 10_000))));
            placeholders.push((format!("{{millions:{id}}}"), in_units(n, 1_000_000)));
            if n >= 10_000 {
                literals.extend([grouped(n), n.to_string(), format!("{} 万", in_units(n, 10_000))]);
                literals.push(format!("{}万", in_units(n, 10_000)));
            } else {
                literals.extend([format!("{n} emails"), format!("{n} 封"), format!("每天 {n}")]);
            }
            if n >= 1_000_000 {
                literals
                    .extend([format!("{}M", in_units(n, 1_000_000)), format!("{} million", in_units(n, 1_000_000))]);
            }
        }
        Owned { placeholders, literals }
    }

    /// `text` with every placeholder filled; an unknown `{price:…}`-style placeholder is an error.
    pub fn fill(&self, text: &str) -> Result<String, String> {
        let mut out = text.to_string();
        for (key, value) in &self.placeholders {
            out = out.replace(key.as_str(), value);
        }
        for prefix in ["{price:", "{volume:", "{wan:", "{millions:"] {
            if let Some(at) = out.find(prefix) {
                let end = out[at..].find('}').map_or(out.len(), |e| at + e + 1);
                return Err(format!("unknown placeholder `{}`", &out[at..end]));
            }
        }
        Ok(out)
    }

    /// The first owned number `text` writes out (one not inside a longer number), with its line.
    pub fn repeats(&self, text: &str) -> Option<(usize, String)> {
        for (i, line) in text.lines().enumerate() {
            for lit in &self.literals {
                let mut from = 0;
                while let Some(at) = line[from..].find(lit.as_str()).map(|a| a + from) {
                    let before = line[..at].chars().next_back();
                    let after = line[at + lit.len()..].chars().next();
                    let digit_like = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.');
                    let joined_before = !lit.starts_with('$') && digit_like(before);
                    let joined_after = lit.ends_with(|c: char| c.is_ascii_digit()) && digit_like(after);
                    if !joined_before && !joined_after {
                        return Some((i + 1, lit.clone()));
                    }
                    from = at + lit.len();
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned() -> Owned {
        match PricingData::get() {
            Ok(data) => Owned::of(data),
            Err(e) => panic!("the shipped prices do not check: {e}"),
        }
    }

    #[test]
    fn placeholders_fill_from_the_prices_and_unknown_ones_are_refused() {
        let o = owned();
        let scale = PricingData::get().ok().and_then(|d| d.plan(super::super::PlanId::Scale)).and_then(|p| p.price_usd);
        assert_eq!(o.fill("Scale: {price:scale}/mo").ok(), scale.map(|usd| format!("Scale: ${usd}/mo")));
        assert_eq!(o.fill("{volume:enterprise} = {millions:enterprise}M").as_deref(), Ok("2,500,000 = 2.5M"));
        assert_eq!(o.fill("{wan:foundation}封").as_deref(), Ok("5 万封"));
        assert_eq!(o.fill("{domain} and {{var}}").as_deref(), Ok("{domain} and {{var}}"));
        assert!(o.fill("{price:platinum}").is_err_and(|e| e.contains("{price:platinum}")));
    }

    #[test]
    fn a_written_out_owned_number_is_found_with_its_line_but_not_inside_another_number() {
        let o = owned();
        assert_eq!(o.repeats("a\nScale costs $90 a month"), Some((2, "$90".to_string())));
        assert_eq!(o.repeats("每天 100 封"), Some((1, "100 封".to_string())));
        assert_eq!(o.repeats("up to 100,000 a month"), Some((1, "100,000".to_string())));
        for fine in ["$900 a year", "2,500 validations", "1,000 custom domains", "25 万", "$1.10 each", "{price:scale}"]
        {
            assert_eq!(o.repeats(fine), None, "{fine}");
        }
    }

    #[test]
    fn the_compiled_knowledge_base_has_every_placeholder_filled() {
        let text = serde_json::to_string(crate::kb::Kb::get()).expect("the knowledge base serialises");
        for prefix in ["{price:", "{volume:", "{wan:", "{millions:"] {
            assert!(!text.contains(prefix), "a `{prefix}…}}` placeholder was left in the compiled knowledge base");
        }
        let scale = owned().fill("{price:scale}").expect("a known placeholder");
        assert!(text.contains(&format!("Scale costs {scale} a month")), "the Scale fact lost its price");
    }
}
