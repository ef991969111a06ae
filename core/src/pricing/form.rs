//! What the estimator's form holds, and the sales-call state around it: every scenario's typed
//! values, which one the form edits, the quote language.
//!
//! The form keeps what the reader typed ([`FormValues`], link-shaped raw text), and every value is
//! read by the same parser as a `#/pricing?…` link, so the form and the link can never disagree.
//! The edits ([`SalesEdit`]) are applied here, as pure functions, so they are tested natively and the
//! UI only dispatches them.

use super::data::{Feature, FeatureSet, Optimize};
use super::input::{Field, Input, InputError};
use super::scenario::{clean_name, push_pair, split_key, MAX_NAME_CHARS, MAX_SCENARIOS};
use crate::lang::Lang;

/// What the reader typed in one scenario, as link parameters (a parameter may repeat when a link
/// repeated it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormValues {
    pairs: Vec<(Field, String)>,
}

impl FormValues {
    /// The values of a scenario's parameters (unknown parameters are dropped).
    pub fn from_params(params: &[(String, String)]) -> FormValues {
        let mut out = FormValues::default();
        for (k, v) in params {
            if let Some(field) = Field::parse_key(k.trim()) {
                out.pairs.push((field, v.clone()));
            }
        }
        out
    }

    /// The values that restore `input` (a preset).
    pub fn from_input(input: &Input) -> FormValues {
        FormValues::from_params(&input.to_query())
    }

    /// The first value of `field`, or empty.
    pub fn get(&self, field: Field) -> &str {
        self.pairs.iter().find(|(f, _)| *f == field).map_or("", |(_, v)| v.as_str())
    }

    /// Replaces every value of `field` with `value`.
    pub fn set(&mut self, field: Field, value: String) {
        self.pairs.retain(|(f, _)| *f != field);
        let at = self.pairs.iter().position(|(f, _)| *f > field).unwrap_or(self.pairs.len());
        self.pairs.insert(at, (field, value));
    }

    /// The known needs in the first `needs` value (unknown ones are reported by the parser).
    pub fn needs(&self) -> FeatureSet {
        self.get(Field::Needs).split([',', '，']).filter_map(Feature::parse).collect()
    }

    /// Ticks or unticks a need; unknown items from a link are dropped with the edit.
    pub fn toggle_need(&mut self, need: Feature, on: bool) {
        let mut needs = self.needs();
        if on {
            needs.insert(need);
        } else {
            needs.remove(need);
        }
        let list: Vec<&str> = needs.iter().map(|f| f.id()).collect();
        self.set(Field::Needs, list.join(","));
    }

    /// The Optimize choice shown as checked (`None` when the text is not a known tier).
    pub fn optimize(&self) -> Option<Optimize> {
        let raw = self.get(Field::Optimize);
        if raw.trim().is_empty() {
            Some(Optimize::None)
        } else {
            Optimize::parse(raw)
        }
    }

    /// The values as link parameters, in form order.
    pub fn to_params(&self) -> Vec<(String, String)> {
        self.pairs.iter().map(|(f, v)| (f.key().to_string(), v.clone())).collect()
    }

    /// The estimator input, or every problem (exactly as the same link would be read).
    pub fn parsed(&self) -> Result<Input, Vec<InputError>> {
        Input::from_query(&self.to_params())
    }

    /// The parameters a link carries for these values: the canonical ones when valid (so `80k`
    /// travels as `80000`), what was typed otherwise (so the receiver sees the same message).
    pub fn link_params(&self, parsed: &Result<Input, Vec<InputError>>) -> Vec<(String, String)> {
        match parsed {
            Ok(input) => input.to_query(),
            Err(_) => self.to_params().into_iter().filter(|(_, v)| !v.trim().is_empty()).collect(),
        }
    }

    /// The values after `edit`.
    pub fn apply(&self, edit: FormEdit) -> FormValues {
        let mut next = self.clone();
        match edit {
            FormEdit::Set(field, value) => next.set(field, value),
            FormEdit::Need(need, on) => next.toggle_need(need, on),
        }
        next
    }
}

/// One change the reader made in the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormEdit {
    /// New text in a field.
    Set(Field, String),
    /// A need ticked (true) or unticked.
    Need(Feature, bool),
}

/// One scenario as the estimator holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scenario {
    /// The name typed (empty: none).
    pub name: String,
    /// The values typed.
    pub values: FormValues,
}

/// The estimator's whole state on a call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sales {
    /// One to [`MAX_SCENARIOS`] scenarios.
    pub scenarios: Vec<Scenario>,
    /// The scenario the form edits.
    pub active: usize,
    /// The quote language the reader or the link chose; the page's language otherwise.
    pub quote: Option<Lang>,
    /// A `quote=` value from the link that is not a language (reported once, not carried on).
    pub bad_quote: Option<String>,
    /// The hash query's `lang=`, carried into the shareable link.
    pub lang: Option<String>,
}

/// One change to the sales state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SalesEdit {
    /// A change in the form, to the active scenario.
    Form(FormEdit),
    /// A preset's values, into the active scenario.
    Preset(Input),
    /// The form edits scenario `n` (0-based).
    Select(usize),
    /// A new scenario, starting as a copy of the active one, becomes active.
    Add,
    /// Scenario `n` is removed (never the last one).
    Remove(usize),
    /// The active scenario's new name, as typed.
    Name(String),
    /// The quote language.
    Quote(Lang),
}

impl Sales {
    /// The state a `#/pricing?…` link opens (its decoded pairs). Scenarios run up to the highest
    /// number a key names (a scenario with no keys has the defaults); keys for a scenario past
    /// [`MAX_SCENARIOS`] and unknown keys are ignored, as unknown parameters always were.
    pub fn from_params(params: &[(String, String)]) -> Sales {
        let mut out =
            Sales { scenarios: vec![Scenario::default()], active: 0, quote: None, bad_quote: None, lang: None };
        for (k, v) in params {
            let k = k.trim();
            if k == "lang" {
                out.lang = Some(v.clone());
            } else if k == "quote" {
                match Lang::parse(v.trim()) {
                    Some(l) => out.quote = Some(l),
                    None => out.bad_quote = Some(clean_name(v)),
                }
            }
            let (n, rest) = split_key(k);
            let field = Field::parse_key(rest);
            if n >= MAX_SCENARIOS || (field.is_none() && rest != "name") {
                continue;
            }
            while out.scenarios.len() <= n {
                out.scenarios.push(Scenario::default());
            }
            let s = &mut out.scenarios[n];
            match field {
                Some(f) => s.values.pairs.push((f, v.clone())),
                None if s.name.is_empty() => s.name = clean_name(v),
                None => {}
            }
        }
        out
    }

    /// Every scenario's input or problems, in order.
    pub fn parsed(&self) -> Vec<Result<Input, Vec<InputError>>> {
        let mut out = Vec::new();
        for s in &self.scenarios {
            out.push(s.values.parsed());
        }
        out
    }

    /// The `#/pricing?…` hash that restores this state (`parsed` is [`Sales::parsed`]): every
    /// scenario, name and the chosen quote language, and `lang=`: `page_lang` (the language the
    /// reader sees, so a shared link opens in it), else the opening link's own. Scenario 1's keys
    /// come first and unprefixed, so a one-scenario, unnamed link is the link it always was.
    pub fn link_hash(&self, parsed: &[Result<Input, Vec<InputError>>], page_lang: Option<&str>) -> String {
        let mut out = String::from("#/pricing");
        for (i, (s, p)) in self.scenarios.iter().zip(parsed).enumerate() {
            let prefix = if i == 0 { String::new() } else { format!("{}.", i + 1) };
            for (k, v) in s.values.link_params(p) {
                push_pair(&mut out, &format!("{prefix}{k}"), &v);
            }
            if !s.name.trim().is_empty() {
                push_pair(&mut out, &format!("{prefix}name"), &clean_name(&s.name));
            }
        }
        if let Some(q) = self.quote {
            push_pair(&mut out, "quote", q.code());
        }
        if let Some(l) = page_lang.or(self.lang.as_deref()) {
            push_pair(&mut out, "lang", l);
        }
        out
    }

    /// The state after `edit`. Edits that cannot apply (a fourth scenario, removing the last one, a
    /// scenario that does not exist) change nothing.
    pub fn apply(&self, edit: SalesEdit) -> Sales {
        let mut next = self.clone();
        let active = next.active.min(next.scenarios.len().saturating_sub(1));
        match edit {
            SalesEdit::Form(e) => {
                if let Some(s) = next.scenarios.get_mut(active) {
                    s.values = s.values.apply(e);
                }
            }
            SalesEdit::Preset(input) => {
                if let Some(s) = next.scenarios.get_mut(active) {
                    s.values = FormValues::from_input(&input);
                }
            }
            SalesEdit::Select(n) if n < next.scenarios.len() => next.active = n,
            SalesEdit::Add if next.scenarios.len() < MAX_SCENARIOS => {
                let values = next.scenarios.get(active).map(|s| s.values.clone()).unwrap_or_default();
                next.scenarios.push(Scenario { name: String::new(), values });
                next.active = next.scenarios.len() - 1;
            }
            SalesEdit::Remove(n) if n < next.scenarios.len() && next.scenarios.len() > 1 => {
                next.scenarios.remove(n);
                if next.active > n || next.active >= next.scenarios.len() {
                    next.active = next.active.saturating_sub(1);
                }
            }
            SalesEdit::Name(name) => {
                // As typed (a space before the next word must stay); links and quotes trim it.
                if let Some(s) = next.scenarios.get_mut(active) {
                    s.name = name.chars().filter(|c| !c.is_control()).take(MAX_NAME_CHARS).collect();
                }
            }
            SalesEdit::Quote(lang) => next.quote = Some(lang),
            SalesEdit::Select(_) | SalesEdit::Add | SalesEdit::Remove(_) => {}
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::parse_query;

    fn sales(q: &str) -> Sales {
        Sales::from_params(&parse_query(q))
    }

    fn hash(s: &Sales) -> String {
        s.link_hash(&s.parsed(), None)
    }

    #[test]
    fn a_one_scenario_form_makes_the_link_it_always_made() {
        let s = sales("monthly=120,000&needs=sso&lang=zh");
        assert_eq!(hash(&s), "#/pricing?monthly=120000&ips=0&optimize=none&needs=sso&lang=zh");
        let bad = sales("monthly=12x&ips=");
        assert_eq!(hash(&bad), "#/pricing?monthly=12x");
        let shown_in = |page: &str| s.link_hash(&s.parsed(), Some(page));
        assert!(shown_in("en").ends_with("&needs=sso&lang=en"), "the language on screen wins: {}", shown_in("en"));
        assert!(bad.link_hash(&bad.parsed(), Some("zh")).ends_with("?monthly=12x&lang=zh"));
    }

    #[test]
    fn short_forms_travel_as_digits() {
        let s = sales("monthly=80k&2.monthly=1.5%20%E4%B8%87");
        assert_eq!(hash(&s), "#/pricing?monthly=80000&ips=0&optimize=none&2.monthly=15000&2.ips=0&2.optimize=none");
    }

    #[test]
    fn adding_copies_the_active_scenario_and_the_form_edits_only_the_active_one() {
        let mut s = sales("monthly=40000&name=Today");
        s = s.apply(SalesEdit::Add);
        assert_eq!((s.scenarios.len(), s.active), (2, 1));
        assert_eq!(s.scenarios[1].values, s.scenarios[0].values);
        s = s.apply(SalesEdit::Form(FormEdit::Set(Field::Monthly, "300k".into())));
        s = s.apply(SalesEdit::Name("In ".into()));
        assert_eq!(s.scenarios[1].name, "In ", "a space typed before the next word stays");
        s = s.apply(SalesEdit::Name(" In 6 months ".into()));
        s = s.apply(SalesEdit::Quote(Lang::Zh));
        assert_eq!(
            hash(&s),
            "#/pricing?monthly=40000&ips=0&optimize=none&name=Today&2.monthly=300000&2.ips=0&2.optimize=none&2.name=In%206%20months&quote=zh"
        );
        s = s.apply(SalesEdit::Add).apply(SalesEdit::Add);
        assert_eq!(s.scenarios.len(), MAX_SCENARIOS, "never more than three");
        s = s.apply(SalesEdit::Select(0)).apply(SalesEdit::Preset(Input { monthly: 5, ..Input::default() }));
        assert_eq!(s.scenarios[0].values.get(Field::Monthly), "5");
        assert_eq!(s.scenarios[1].values.get(Field::Monthly), "300k");
    }

    #[test]
    fn removing_keeps_one_scenario_and_a_valid_active_one() {
        let mut s = sales("monthly=1&2.monthly=2&3.monthly=3").apply(SalesEdit::Select(2));
        s = s.apply(SalesEdit::Remove(0));
        assert_eq!((s.scenarios.len(), s.active), (2, 1));
        assert_eq!(s.scenarios[s.active].values.get(Field::Monthly), "3");
        s = s.apply(SalesEdit::Remove(1));
        assert_eq!((s.scenarios.len(), s.active), (1, 0));
        assert_eq!(s.apply(SalesEdit::Remove(0)), s, "the last scenario stays");
        assert_eq!(s.apply(SalesEdit::Select(5)), s);
    }

    #[test]
    fn the_form_keeps_what_was_typed_and_reads_it_as_the_link_would() {
        let mut v = FormValues::from_params(&parse_query("monthly=1&monthly=2&needs=sso,fax&x=1"));
        assert!(v.parsed().is_err());
        v.toggle_need(Feature::Logs, true);
        assert_eq!(v.get(Field::Needs), "logs,sso");
        v.set(Field::Monthly, "12万".into());
        assert_eq!(v.parsed().map(|i| i.monthly), Ok(120_000));
        assert_eq!(v.optimize(), Some(Optimize::None));
    }
}
