//! Composing a best-effort answer from the knowledge base, per Step 1's advice: lead with the
//! answer under stated assumptions, then ask at most the two questions that matter most.
//!
//! Nothing here is written per question. The area (or sibling) picks the pool of KB items; the
//! question's own words rank them ([`super::rank`]); the role decides order and tips; refinements
//! from the quick answers override what was assumed.

use super::answer::{Answer, AnswerKind, Clarify, Item, QuickAnswer, Refinement, RouteNote, Section, SectionKind};
use super::asks::{asks, Asks};
use super::classify::{rank_areas, FALLBACK_ROUTE, MAX_QUESTION_CHARS};
use super::lead::{
    asks_inclusion, defined_subjects, fact_lead, named_features, named_plan_is, names_a_shape, optimize_lead,
    plan_lead, plan_price_lead, plans_compare_lead, plans_overview_lead, speaks_of_plans,
};
use super::normalise::any_cue;
use super::phrases::{self, phrase, PhraseKey};
use super::rank::{both, order, Query};
use super::volume::{per_day, per_week, speaks_of_overage, speaks_of_sending, volume_in};
use super::{engine, Target, Understanding};
use crate::i18n::key as tool_phrase;
use crate::kb::ids::{AreaId, RoleId};
use crate::kb::model::{Area, Fact, FactKind, Playbook};
use crate::kb::{Kb, Region};
use crate::lang::Lang;
use crate::pricing::{group, Estimate, Input, PricingData, MAX_MONTHLY};
use crate::route::ToolPage;
use crate::text::Text;
use crate::tools::codegen::{language_named, DOMAIN_PLACEHOLDER};
use crate::tools::dns::domain_in;

/// An area answer's lead as [`Composer::lead`] picks it.
struct AreaLead {
    /// The sentence(s).
    text: String,
    /// Direct for a value or yes/no question answered by one fact or the plan table.
    kind: AnswerKind,
    /// True when the plan table gave it (an estimate then does not replace it).
    from_plan_table: bool,
    /// The documentation page of the fact it is, if any.
    source: Option<&'static str>,
}

/// Most facts listed besides the lead.
const MAX_FACTS: usize = 6;
/// Most endpoints listed for builders; others see fewer.
const MAX_ENDPOINTS: usize = 5;
/// Overlap score from which a fact leads the answer or a general API fact is added.
const STRONG: f32 = 1.0;
/// How much more a borrowed playbook must score than the area's own best to be chosen.
const BORROWED_MARGIN: f32 = 4.0;
/// Added to a fact whose subject ("Scale: …") the question names.
const HEAD_BONUS: f32 = 2.0;
/// Overlap score from which a troubleshooting entry is shown (it should match the symptom).
const SYMPTOM: f32 = 2.5;
/// Below this classifier confidence the answer asks which area is meant.
const UNSURE: f32 = 0.55;

/// Words of a price question about a dedicated IP that ask the IP's own price, not the total.
const IP_PRICE_ASKED: &str = concat!(
    "on top|extra|additional|add-on|addon|per ip|each ip|ip cost|ip costs|ip price|ip pricing|cost of a dedicated|",
    "price of a dedicated|much is a dedicated|much does a dedicated|much do dedicated|much are dedicated|",
    "额外|另外|另加|单独|ip多少钱|ip每月多少钱|ip的价格|ip价格|ip费用|ip的费用"
);

/// Words of a question that asks which plan, whatever else it asks.
const WHICH_PLAN: &str = "which plan|what plan|which tier|哪个套餐|什么套餐|哪种套餐|哪一个套餐";

/// Composes the answer to `question` as understood, for `role` (when the page knows it), in `lang`
/// (the UI language when given, else the question's), with the quick-answer `refinements` applied
/// in order (a later one of the same kind wins). Never panics.
pub fn compose(
    question: &str,
    understanding: &Understanding,
    role: Option<RoleId>,
    lang: Option<Lang>,
    refinements: &[Refinement],
) -> Answer {
    let question: String = question.chars().take(MAX_QUESTION_CHARS).collect();
    let lang = lang.unwrap_or(understanding.lang);
    let mut region = detect_region(&question);
    let mut region_known = region.is_some();
    let (mut role_ref, mut area_ref, mut playbook_ref) = (None, None, None);
    for r in refinements {
        match r {
            Refinement::Region(x) => {
                region = Some(*x);
                region_known = true;
            }
            Refinement::Role(x) => role_ref = Some(*x),
            Refinement::Area(x) => area_ref = Some(*x),
            Refinement::Playbook(id) => playbook_ref = Some(id.clone()),
        }
    }
    let given_role = role_ref.or(role).or(understanding.role);
    let target = area_ref.map(Target::Area).unwrap_or_else(|| understanding.target.clone());
    let mut answer = Answer {
        lang,
        target: target.clone(),
        title: String::new(),
        lead: String::new(),
        lead_source: None,
        kind: AnswerKind::Overview,
        route: None,
        sections: Vec::new(),
        assumptions: Vec::new(),
        questions: Vec::new(),
        role: given_role.unwrap_or(RoleId::Developer),
        role_assumed: given_role.is_none(),
        region: region.unwrap_or_default(),
        refinements: refinements.to_vec(),
    };
    let kb = Kb::get();
    let Some(model) = engine() else {
        let p = Phrases { lang };
        answer.title = target.slug().to_string();
        answer.lead = p.get(phrase::KB_MISSING);
        answer.assumptions.push(p.get(phrase::ASSUME_REGION_US));
        return answer;
    };
    // The lexicon's reading of the question is the one classify made (an ask analyses its
    // question once), unless the understanding was made for another text.
    let reread;
    let carried = &understanding.analysis;
    let analysis = if !carried.folded.is_empty() && carried.folded == super::normalise::fold(&question) {
        carried
    } else {
        reread = model.lexicon.analyse(&question, true);
        &reread
    };
    let c = Composer {
        kb,
        p: Phrases { lang },
        lang,
        question: &question,
        query: Query::new(model, analysis),
        role: answer.role,
        region: answer.region,
        asks: asks(&question),
        topic: super::topic_query(model, &question),
    };
    if !understanding.covered && area_ref.is_none() {
        c.not_covered_answer(&mut answer);
        return answer;
    }
    // An area the classifier barely chose gives way to the area of the fact that answers the
    // question even with the chosen area's bonus ("How do I delete a bounce?": metrics at 0.34,
    // the answer a fact of the email API): the answer's label and sections then match its lead.
    let target = match target {
        Target::Area(a) if area_ref.is_none() && !understanding.forced && understanding.confidence < UNSURE => {
            let defined = defined_subjects(&question);
            let lead_area = fact_lead(kb, &c.topic, c.asks, &defined, Some(a), lang).and_then(|l| l.area);
            let moved = lead_area.filter(|l| *l != a).map(Target::Area);
            if let Some(t) = &moved {
                answer.target = t.clone();
            }
            moved.unwrap_or(Target::Area(a))
        }
        other => other,
    };
    match &target {
        Target::Area(a) => {
            c.area_answer(&mut answer, *a, understanding, area_ref.is_some(), playbook_ref, region_known)
        }
        Target::Route(slug) => c.route_answer(&mut answer, slug, understanding),
    }
    c.role_assumption(&mut answer);
    if given_role.is_none() && answer.questions.len() < 2 {
        answer.questions.push(c.role_question());
    }
    if answer.assumptions.is_empty() {
        answer.assumptions.push(c.p.get(region_key(answer.region)));
    }
    answer.questions.truncate(2);
    answer
}

/// Mailgun's documentation, linked when the knowledge base does not cover a question.
pub const DOCS_URL: &str = "https://documentation.mailgun.com/";

/// The region a question names, if any.
fn detect_region(question: &str) -> Option<Region> {
    let folded = super::normalise::fold(question);
    let words = super::normalise::raw_words(&folded);
    let eu = words.iter().any(|w| matches!(*w, "eu" | "europe" | "european" | "gdpr"))
        || "欧盟|欧洲|api.eu.mailgun".split('|').any(|t| folded.contains(t));
    eu.then_some(Region::Eu)
}

fn region_key(region: Region) -> PhraseKey {
    match region {
        Region::Us => phrase::ASSUME_REGION_US,
        Region::Eu => phrase::ASSUME_REGION_EU,
    }
}

/// The answer phrases in one language.
struct Phrases {
    lang: Lang,
}

impl Phrases {
    fn get(&self, key: PhraseKey) -> String {
        phrases::text(self.lang, key).to_string()
    }

    fn fill(&self, key: PhraseKey, args: &[(&str, &str)]) -> String {
        phrases::fill(self.lang, key, args)
    }
}

struct Composer<'a> {
    kb: &'static Kb,
    p: Phrases,
    lang: Lang,
    question: &'a str,
    query: Query<'static>,
    role: RoleId,
    region: Region,
    asks: Asks,
    /// The question without its answer-kind words ("how many"), for ranking leads by topic.
    topic: Query<'static>,
}

/// Positions in a KB list of `n` items (ids `id(i)`, unique): those the area lists first, then
/// every other item that names the area (`has(i)`), each once. Not generic, so the five lists
/// share one copy.
fn pool_of<'a>(listed: &[&str], n: usize, id: &dyn Fn(usize) -> &'a str, has: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for l in listed {
        if let Some(i) = (0..n).find(|&i| id(i) == *l) {
            out.push(i);
        }
    }
    for i in 0..n {
        if has(i) && !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

impl Composer<'_> {
    fn t(&self, text: &Text) -> String {
        text.get(self.lang).to_string()
    }

    fn role_title(&self, role: RoleId) -> String {
        self.kb.role(role).map(|r| self.t(&r.title)).unwrap_or_else(|| role.slug().to_string())
    }

    fn area_title(&self, area: AreaId) -> String {
        self.kb.area(area).map(|a| self.t(&a.title)).unwrap_or_else(|| area.slug().to_string())
    }

    fn builder(&self) -> bool {
        matches!(self.role, RoleId::Developer | RoleId::Devops)
    }

    fn role_assumption(&self, answer: &mut Answer) {
        let key = if answer.role_assumed { phrase::ASSUME_ROLE_ASSUMED } else { phrase::ASSUME_ROLE_GIVEN };
        answer.assumptions.push(self.p.fill(key, &[("role", &self.role_title(answer.role))]));
    }

    fn role_question(&self) -> Clarify {
        let mut options = Vec::new();
        for r in [RoleId::Developer, RoleId::Admin, RoleId::Founder, RoleId::Agency] {
            options.push(QuickAnswer { label: self.role_title(r), refinement: Refinement::Role(r) });
        }
        Clarify { question: self.p.get(phrase::Q_ROLE), options }
    }

    fn area_question(&self, key: PhraseKey, areas: &[AreaId]) -> Option<Clarify> {
        let mut options = Vec::new();
        for &a in areas.iter().take(3) {
            options.push(QuickAnswer { label: self.area_title(a), refinement: Refinement::Area(a) });
        }
        (options.len() >= 2).then(|| Clarify { question: self.p.get(key), options })
    }

    /// Positions of `texts` from the most to the least related to the question (ties keep the KB's
    /// order), and their scores.
    fn rank(&self, texts: &[String]) -> (Vec<usize>, Vec<f32>) {
        let scores = self.query.score_all(texts);
        (order(&scores), scores)
    }

    /// Both languages of each text, for ranking.
    fn both_all<'t>(texts: impl Iterator<Item = &'t Text>) -> Vec<String> {
        texts.map(both).collect()
    }

    fn endpoints(&self, area: &Area, max: usize) -> Vec<Item> {
        let all = &self.kb.endpoints;
        let pool = pool_of(area.endpoints, all.len(), &|i| all[i].id, &|i| all[i].area == area.id);
        let mut texts = Vec::new();
        for &i in &pool {
            texts.push(format!("{} {} {}", all[i].method, all[i].path, both(&all[i].purpose)));
        }
        let mut items = Vec::new();
        for i in self.rank(&texts).0.into_iter().take(max) {
            let e = &all[pool[i]];
            let purpose = self.t(&e.purpose);
            items.push(Item::Endpoint {
                method: e.method.to_string(),
                path: e.path.to_string(),
                purpose,
                addon: e.addon,
            });
        }
        items
    }

    /// Ranked facts of the area; returns (lead fact if strong, the rest to list).
    fn facts(&self, area: &Area) -> (Option<String>, Vec<Item>) {
        let texts = Self::both_all(area.facts.iter().map(|f| &f.text));
        let mut scores = self.query.score_all(&texts);
        let ignore = self.query.words_of(&both(&area.title));
        for (s, f) in scores.iter_mut().zip(area.facts) {
            if self.query.names_head(&f.text, &ignore) {
                *s += HEAD_BONUS;
            }
        }
        let ranked = order(&scores);
        let lead = ranked.first().filter(|&&i| scores[i] >= STRONG).copied();
        let mut picked: Vec<usize> = ranked.iter().copied().filter(|&i| scores[i] > 0.0).collect();
        for key in 0..2.min(area.facts.len()) {
            if !picked.contains(&key) {
                picked.push(key);
            }
        }
        picked.retain(|i| Some(*i) != lead);
        picked.truncate(MAX_FACTS);
        (lead.map(|i| self.t(&area.facts[i].text)), self.fact_items(area.facts, &picked))
    }

    /// The facts at `picked` as items.
    fn fact_items(&self, all: &[Fact], picked: &[usize]) -> Vec<Item> {
        let mut items = Vec::new();
        for &i in picked {
            items.push(Item::Text(self.t(&all[i].text)));
        }
        items
    }

    fn general_facts(&self) -> Vec<Item> {
        let facts = &self.kb.api.facts;
        let (ranked, scores) = self.rank(&Self::both_all(facts.iter().map(|f| &f.text)));
        let base = self.kb.api.base_us;
        let mut picked = ranked;
        // Prices are the plans' to give, not an API's (the overage fact beside a send question).
        picked.retain(|&i| {
            scores[i] >= STRONG && !facts[i].text.en.contains(base) && facts[i].kind != Some(FactKind::Price)
        });
        picked.truncate(2);
        self.fact_items(facts, &picked)
    }

    fn playbook(&self, area: &Area, chosen: Option<&str>) -> (Option<&'static Playbook>, Vec<&'static Playbook>) {
        let all = &self.kb.playbooks;
        let mut pool: Vec<&Playbook> = Vec::new();
        let mut texts = Vec::new();
        for i in pool_of(area.playbooks, all.len(), &|i| all[i].id, &|i| all[i].areas.contains(&area.id)) {
            let p = &all[i];
            let mut text = both(&p.title);
            text.push(' ');
            for s in p.steps {
                text.push_str(&both(s));
            }
            pool.push(p);
            texts.push(text);
        }
        let mut scores = self.query.score_all(&texts);
        if let Some(first) = scores.first_mut() {
            *first += 0.5;
        }
        // A playbook borrowed from another area ("Optimize" for an account question) needs clearly
        // more evidence than the area's own best one: a shared generic word ("plan") is not enough.
        let mut own_best = f32::NEG_INFINITY;
        for (p, s) in pool.iter().zip(&scores) {
            if p.areas.first() == Some(&area.id) {
                own_best = own_best.max(*s);
            }
        }
        if own_best.is_finite() {
            for (s, p) in scores.iter_mut().zip(&pool) {
                if p.areas.first() != Some(&area.id) && *s < own_best + BORROWED_MARGIN {
                    *s = s.min(own_best - 0.01);
                }
            }
        }
        let mut ranked: Vec<&Playbook> = Vec::new();
        for i in order(&scores) {
            ranked.push(pool[i]);
        }
        let pick = chosen.and_then(|id| self.kb.playbook(id)).or_else(|| ranked.first().copied());
        (pick, ranked)
    }

    /// Gotchas (`gotchas`) or troubleshooting entries of the area ranked by overlap; with
    /// `strong_only` only clear matches, otherwise at least the area's first one.
    fn notes(&self, area: &Area, strong_only: bool, max: usize, gotchas: bool) -> Vec<Item> {
        // (title, parts of the body shown, parts of the text scored), both for every entry
        let (g, t) = (&self.kb.gotchas, &self.kb.troubleshooting);
        let mut entries: Vec<(&Text, Vec<&Text>, Vec<&Text>)> = Vec::new();
        if gotchas {
            for i in pool_of(area.gotchas, g.len(), &|i| g[i].id, &|i| g[i].areas.contains(&area.id)) {
                entries.push((&g[i].title, vec![&g[i].body], vec![&g[i].title, &g[i].body]));
            }
        } else {
            for i in pool_of(area.troubleshooting, t.len(), &|i| t[i].id, &|i| t[i].areas.contains(&area.id)) {
                let x = &t[i];
                entries.push((&x.title, vec![&x.symptom, &x.cause, &x.solution], vec![&x.title, &x.symptom, &x.cause]));
            }
        }
        let join = |parts: &[&Text], f: &dyn Fn(&Text) -> String| {
            let mut out = String::new();
            for p in parts {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&f(p));
            }
            out
        };
        let mut texts = Vec::new();
        for e in &entries {
            texts.push(join(&e.2, &both));
        }
        let (mut picked, scores) = self.rank(&texts);
        let threshold = if strong_only { SYMPTOM } else { 0.0 };
        picked.retain(|&i| scores[i] > threshold);
        picked.truncate(max);
        if picked.is_empty() && !strong_only && !entries.is_empty() {
            picked.push(0);
        }
        let mut items = Vec::new();
        for i in picked {
            items.push(Item::Note { title: self.t(entries[i].0), body: join(&entries[i].1, &|x| self.t(x)) });
        }
        items
    }

    fn snippet(&self, area: &Area) -> Option<Item> {
        let all = &self.kb.snippets;
        let pool = pool_of(area.snippets, all.len(), &|i| all[i].id, &|i| all[i].area == area.id);
        let mut texts = Vec::new();
        for &i in &pool {
            // What the snippet sends: its title, paths, parameter names and file fields.
            let mut text = both(&all[i].title);
            for r in all[i].requests {
                text.push(' ');
                text.push_str(r.path);
                for (name, _) in r.form.iter().chain(r.files) {
                    text.push(' ');
                    text.push_str(name);
                }
            }
            texts.push(text);
        }
        let s = all.get(*pool.get(*self.rank(&texts).0.first()?)?)?;
        Some(Item::Code {
            id: s.id.to_string(),
            title: self.t(&s.title),
            domain: domain_in(self.question).unwrap_or_else(|| DOMAIN_PLACEHOLDER.to_string()),
            lang: language_named(self.question),
        })
    }

    /// A link to the developer tool that does what the question is about, filled in from it
    /// (domain, region, language), or `None`.
    fn try_tool(&self, area: AreaId) -> Option<Item> {
        let q = crate::case::lower(self.question);
        let has = |words: &str| words.split('|').any(|w| q.contains(w));
        let mut params: Vec<(&str, String)> = Vec::new();
        let domain = domain_in(self.question);
        let (page, key) = match area {
            AreaId::Webhooks if has("signature|signing|verify|hmac|签名|验签|校验") => {
                (ToolPage::WebhookSignature, tool_phrase::TOOLS_SIG_TITLE)
            }
            AreaId::Domains if has("dns|spf|dkim|mx|cname|record|verify|记录|验证") => {
                params.extend(domain.clone().map(|d| ("domain", d)));
                params.push(("region", self.region.code().to_string()));
                (ToolPage::Dns, tool_phrase::TOOLS_DNS_TITLE)
            }
            AreaId::Routes | AreaId::Inbound if has("route|match_|catch_all|forward|priority|路由|转发") => {
                (ToolPage::Routes, tool_phrase::TOOLS_ROUTES_TITLE)
            }
            AreaId::EmailApi | AreaId::Tags | AreaId::Templates
                if matches!(self.asks, Asks::HowTo | Asks::Open)
                    && has("send|attach|schedul|batch|tag|template|发送|发信|附件|定时|批量") =>
            {
                params.extend(domain.clone().map(|d| ("domain", d)));
                params.push(("region", self.region.code().to_string()));
                params.extend(language_named(self.question).map(|l| ("code", l.to_string())));
                (ToolPage::Send, tool_phrase::TOOLS_SEND_TITLE)
            }
            _ => return None,
        };
        let href = crate::route::with_query(&page.hash(), params.iter().map(|(k, v)| (*k, v.as_str())));
        let tool = crate::i18n::t(self.lang, key);
        Some(Item::Link { href, label: self.p.fill(phrase::TRY_TOOL, &[("tool", tool)]) })
    }

    fn role_tip(&self, area: &Area) -> Vec<Item> {
        let title = self.t(&area.title);
        let mut items = vec![Item::Text(match self.role {
            RoleId::Developer => self.p.get(phrase::TIP_DEVELOPER),
            RoleId::Devops => self.p.get(phrase::TIP_DEVOPS),
            RoleId::Admin => self.p.fill(phrase::TIP_ADMIN, &[("area", &title)]),
            RoleId::Founder => self.p.get(phrase::TIP_FOUNDER),
            RoleId::Agency => self.p.get(phrase::TIP_AGENCY),
            RoleId::Other => return Vec::new(),
        })];
        if self.role == RoleId::Founder && area.id != AreaId::Account {
            if let Some(account) = self.kb.area(AreaId::Account) {
                let priced: Vec<&Text> = account.facts.iter().map(|f| &f.text).filter(|f| f.en.contains('$')).collect();
                for i in self.rank(&Self::both_all(priced.iter().copied())).0.into_iter().take(2) {
                    items.push(Item::Text(self.t(priced[i])));
                }
            }
        }
        items
    }

    /// For a plan question that names a volume: the estimator's choice as the lead, and a section
    /// with the total and a link that opens the estimator filled in. A day's volume is the busiest
    /// day of a month of such days; a week's is spread over its days. Plan features and dedicated
    /// IPs the question names are needs of the estimate. A number that is not the reader's volume
    /// (an overage question, a plan's own figure: "is the free plan 100 a day or a month?") is left
    /// to the facts.
    fn estimate(&self) -> Option<(String, Section)> {
        let n = volume_in(self.question).filter(|_| speaks_of_sending(self.question))?;
        let data = PricingData::get().ok()?;
        let q = &self.query.folded;
        let plans_own = data
            .plans
            .iter()
            .any(|p| p.volume.emails == n && (self.asks == Asks::YesNo || named_plan_is(q, data, p.id)));
        if plans_own || speaks_of_overage(self.question) {
            return None;
        }
        let peak = per_day(self.question).then_some(n);
        let monthly = match peak {
            Some(day) => day.checked_mul(30),
            None if per_week(self.question) => n.checked_mul(30).map(|m| m.div_ceil(7)),
            None => Some(n),
        }
        .filter(|m| *m <= MAX_MONTHLY)?;
        let mut input = Input { monthly, peak, ..Input::default() };
        for feature in named_features(q) {
            match feature {
                Some(f) => input.needs.insert(f),
                None => input.ips = crate::ask::lead::ips_counted(q).unwrap_or(1),
            }
        }
        let estimate = Estimate::new(data, &input);
        let num = |n: u64| group(n);
        // The estimator's headline is a heading there; here it is the answer's first sentence.
        let mut headline = estimate.headline(data, self.lang, &num);
        let total = estimate.total_label(self.lang, &num);
        // "What plan and price do I need?" gets the price in the same sentence (at least its base
        // when overage comes on top).
        let priced = self.asks == Asks::Value(Some(FactKind::Price));
        if priced && estimate.monthly_usd.is_some() {
            headline = self.p.fill(phrase::ESTIMATE_PRICED, &[("headline", &headline), ("total", &total)]);
        }
        let ip_price = format!("${}", group(data.dedicated_ip.price_usd));
        // "What does a dedicated IP cost on top of the plan?" asks the IP's own price: it comes first.
        if priced && input.ips > 0 && any_cue(q, IP_PRICE_ASKED) {
            headline = self.p.fill(phrase::ESTIMATE_IP_FIRST, &[("price", &ip_price), ("headline", &headline)]);
        }
        headline.push(if self.lang == Lang::Zh { '。' } else { '.' });
        let href = crate::route::Route::Pricing(input.to_query()).to_hash();
        let total_line = match input.ips {
            0 => self.p.fill(phrase::ESTIMATE_TOTAL, &[("total", &total)]),
            1 => self.p.fill(phrase::ESTIMATE_TOTAL_IP, &[("total", &total), ("price", &ip_price)]),
            n => self
                .p
                .fill(phrase::ESTIMATE_TOTAL_IPS, &[("total", &total), ("n", &n.to_string()), ("price", &ip_price)]),
        };
        let items = vec![Item::Text(total_line), Item::Link { href, label: self.p.get(phrase::ESTIMATE_OPEN) }];
        let heading = self.p.fill(phrase::HEADING_ESTIMATE, &[("n", &group(monthly))]);
        Some((headline, Section { kind: SectionKind::Facts, heading, items }))
    }

    fn area_answer(
        &self,
        answer: &mut Answer,
        id: AreaId,
        u: &Understanding,
        area_chosen: bool,
        playbook: Option<String>,
        region_known: bool,
    ) {
        let Some(area) = self.kb.area(id) else {
            answer.title = id.slug().to_string();
            answer.lead = self.p.get(phrase::KB_MISSING);
            return;
        };
        answer.title = self.t(&area.title);
        let (_, mut facts) = self.facts(area);
        let AreaLead { text: lead, kind, from_plan_table, source } = self.lead(area);
        facts.retain(|f| !matches!(f, Item::Text(t) if *t == lead));
        answer.lead = lead;
        answer.lead_source = source;
        answer.kind = kind;
        let (chosen, playbooks) = self.playbook(area, playbook.as_deref());
        let mut sections = Vec::new();
        if id == AreaId::Account {
            // A volume is answered by the estimator, unless the question named a plan or a feature,
            // which the plan table answered already; but "which plan for 30,000 a month with a
            // dedicated IP?" or "we send 3,000 a month, is Free enough?" wants the plan for that
            // volume, with its price.
            let plan_for_volume = self.asks == Asks::Value(Some(FactKind::Plan))
                || (self.asks == Asks::Open && super::volume::states_volume(self.question));
            if let Some((lead, estimate)) = self.estimate().filter(|_| !from_plan_table || plan_for_volume) {
                // A question that states its volume but asks another value ("… 40,000 users. What's
                // the maximum number of recipients per batch call?") keeps the fact that states it,
                // unless it names what the estimate weighs (a dedicated IP, a plan feature).
                let other_value = matches!(self.asks, Asks::Value(Some(k)) if k != FactKind::Price && k != FactKind::Plan)
                    && named_features(&self.query.folded).next().is_none();
                if !(other_value && answer.kind == AnswerKind::Direct) {
                    answer.lead = lead;
                    answer.lead_source = None;
                    answer.kind = AnswerKind::Direct;
                }
                sections.push(estimate);
            }
        }
        let section = |kind, heading: String, items: Vec<Item>| Section { kind, heading, items };
        let steps = chosen.map(|pb| {
            section(
                SectionKind::Steps,
                self.p.fill(phrase::HEADING_STEPS, &[("title", &self.t(&pb.title))]),
                pb.steps.iter().map(|s| Item::Text(self.t(s))).collect(),
            )
        });
        let mut endpoint_items = self.endpoints(area, if self.builder() { MAX_ENDPOINTS } else { 3 });
        if !endpoint_items.is_empty() {
            let base = match self.region {
                Region::Us => &self.kb.api.base_us,
                Region::Eu => &self.kb.api.base_eu,
            };
            endpoint_items.insert(0, Item::Text(self.p.fill(phrase::BASE_URLS, &[("base", base)])));
            endpoint_items.extend(self.general_facts());
        }
        let endpoints = section(SectionKind::Endpoints, self.p.get(phrase::HEADING_ENDPOINTS), endpoint_items);
        let facts = section(SectionKind::Facts, self.p.get(phrase::HEADING_FACTS), facts);
        let mut snippet_items: Vec<Item> = Vec::new();
        // Code for builders, and for anyone who asks for it in a language.
        if self.builder() || language_named(self.question).is_some() {
            snippet_items.extend(self.snippet(area));
        }
        snippet_items.extend(self.try_tool(id));
        let snippet = (!snippet_items.is_empty())
            .then(|| section(SectionKind::Snippet, self.p.get(phrase::HEADING_SNIPPET), snippet_items));
        let trouble = section(
            SectionKind::Troubleshooting,
            self.p.get(phrase::HEADING_TROUBLESHOOTING),
            self.notes(area, true, 2, false),
        );
        let gotchas =
            section(SectionKind::Gotchas, self.p.get(phrase::HEADING_GOTCHAS), self.notes(area, false, 3, true));
        let tip = section(
            SectionKind::RoleTip,
            self.p.fill(phrase::HEADING_ROLE, &[("role", &self.role_title(self.role))]),
            self.role_tip(area),
        );
        let mut related: Vec<Item> = Vec::new();
        for s in area.siblings.iter().filter_map(|s| self.kb.sibling(s)) {
            related.push(Item::Skill { slug: s.slug.to_string(), name: self.t(&s.name) });
        }
        for &a in area.related {
            related.push(Item::AreaLink { area: a, title: self.area_title(a) });
        }
        let related = section(SectionKind::Related, self.p.get(phrase::HEADING_RELATED), related);
        if self.builder() {
            sections.push(endpoints);
            sections.extend(steps);
            sections.extend(snippet);
            sections.push(facts);
            sections.push(trouble);
            sections.push(gotchas);
            sections.push(tip);
        } else {
            sections.push(tip);
            sections.extend(steps);
            sections.push(facts);
            sections.push(endpoints);
            sections.push(trouble);
            sections.push(gotchas);
        }
        sections.push(related);
        sections.retain(|s| !s.items.is_empty());
        answer.sections = sections;

        answer.assumptions.push(self.p.get(region_key(self.region)));
        match id {
            AreaId::Domains => answer.assumptions.push(self.p.get(phrase::ASSUME_DNS_ACCESS)),
            AreaId::Account | AreaId::Other => {}
            _ => answer.assumptions.push(self.p.get(phrase::ASSUME_VERIFIED_DOMAIN)),
        }
        if id == AreaId::Optimize {
            answer.assumptions.push(self.p.get(phrase::ASSUME_OPTIMIZE));
        }
        if id == AreaId::Account || self.role == RoleId::Founder {
            answer.assumptions.push(self.p.get(phrase::ASSUME_PRICES));
        }

        if !u.forced && !area_chosen && (u.confidence < UNSURE || u.target != Target::Area(id)) {
            let mut areas = rank_areas(self.question);
            areas.retain(|a| *a != id);
            areas.insert(0, id);
            answer.questions.extend(self.area_question(phrase::Q_AREA, &areas));
        }
        let region_matters = !matches!(id, AreaId::Account | AreaId::Other | AreaId::Optimize | AreaId::Metrics);
        if region_matters && !region_known {
            answer.questions.push(Clarify {
                question: self.p.get(phrase::Q_REGION),
                options: vec![
                    QuickAnswer { label: self.p.get(phrase::OPT_US), refinement: Refinement::Region(Region::Us) },
                    QuickAnswer { label: self.p.get(phrase::OPT_EU), refinement: Refinement::Region(Region::Eu) },
                ],
            });
        }
        if playbooks.len() >= 2 && answer.questions.len() < 2 {
            let options = playbooks
                .iter()
                .take(3)
                .map(|p| QuickAnswer { label: self.t(&p.title), refinement: Refinement::Playbook(p.id.to_string()) })
                .collect();
            answer.questions.push(Clarify { question: self.p.get(phrase::Q_GOAL), options });
        }
        // The role question, when needed, is more useful than a goal question.
        if answer.role_assumed && answer.questions.len() >= 2 {
            answer.questions.truncate(1);
        }
    }

    /// The lead of an area's answer: a plan gate or price from the plan table, else the fact that
    /// states what was asked (direct for a value or yes/no question), else the area's summary.
    fn lead(&self, area: &Area) -> AreaLead {
        // "No: Optimize is an add-on" answers whether a plan includes it, not what it costs.
        let about_inclusion = (self.asks.wants_fact() || asks_inclusion(self.question))
            && self.asks != Asks::Value(Some(FactKind::Price));
        let volume_stated = super::volume::states_volume(self.question);
        let from_table = plans_compare_lead(self.question, self.lang)
            .or_else(|| if about_inclusion { optimize_lead(self.question, self.asks, self.lang) } else { None })
            .or_else(|| {
                // An open "what …" question, or a yes/no one that names an endpoint or a
                // parameter, wants a plan only when it speaks of plans.
                let about_plans = speaks_of_plans(self.question);
                // "What's the support phone number?": no number is known, and the plan table says
                // which plan has phone support at all.
                let phone =
                    named_features(&self.query.folded).any(|f| f == Some(crate::pricing::Feature::PhoneSupport));
                // "Which plan has SSO, and what does it cost?" asks the plan first (with a volume,
                // the estimate answers it).
                let which_plan = any_cue(&self.query.folded, WHICH_PLAN) && !volume_stated;
                let gate = match self.asks {
                    _ if phone => true,
                    Asks::Value(Some(FactKind::Price)) if which_plan => true,
                    Asks::Value(None) => about_plans,
                    Asks::YesNo => about_plans || !names_a_shape(self.question),
                    Asks::Value(Some(FactKind::Plan)) => true,
                    _ => false,
                };
                gate.then(|| plan_lead(self.question, self.lang)).flatten()
            })
            .or_else(|| {
                // The lead itself asks for price or volume words and a named plan; sending past
                // what the plan includes is the overage fact's ("what happens when I exceed …").
                (matches!(
                    self.asks,
                    Asks::Open | Asks::Value(None | Some(FactKind::Price | FactKind::Count | FactKind::Plan))
                ) && !speaks_of_overage(self.question))
                .then(|| {
                    plan_price_lead(self.question, self.lang).or_else(|| plans_overview_lead(self.question, self.lang))
                })
                .flatten()
            });
        if let Some(text) = from_table {
            return AreaLead { text, kind: AnswerKind::Direct, from_plan_table: true, source: None };
        }
        // "What happens when I exceed 50,000 on Foundation?": how overage is billed, which no plan
        // fact says. The Free plan has a daily cap, not an allowance to exceed, and a dedicated
        // IP's warm-up has limits of its own.
        let q = &self.query.folded;
        let plan_overage = area.id == AreaId::Account
            && speaks_of_overage(self.question)
            && named_features(q).next().is_none()
            && !PricingData::get()
                .ok()
                .is_some_and(|d| crate::ask::lead::named_plan_is(q, d, crate::pricing::PlanId::Free));
        if plan_overage {
            if let Some(fact) = self.kb.api.facts.iter().find(|f| speaks_of_overage(f.text.en)) {
                return AreaLead {
                    text: self.t(&fact.text),
                    kind: AnswerKind::Direct,
                    from_plan_table: false,
                    source: Some(fact.source).filter(|s| s.starts_with("https://")),
                };
            }
        }
        let summary = |kind| AreaLead { text: self.t(&area.summary), kind, from_plan_table: false, source: None };
        if asks_what_it_is(self.question, &area.title) {
            return summary(AnswerKind::Direct);
        }
        let defined = defined_subjects(self.question);
        match fact_lead(self.kb, &self.topic, self.asks, &defined, Some(area.id), self.lang) {
            Some(fact) => AreaLead {
                text: if self.asks == Asks::YesNo { fact.text } else { super::lead::without_yes(&fact.text) },
                kind: if self.asks.wants_fact() { AnswerKind::Direct } else { AnswerKind::Overview },
                from_plan_table: false,
                source: Some(fact.source).filter(|s| s.starts_with("https://")),
            },
            None => summary(AnswerKind::Overview),
        }
    }

    /// Says plainly that the knowledge base does not cover the question, links Mailgun's
    /// documentation and offers the nearest areas; leads with nothing unrelated.
    fn not_covered_answer(&self, answer: &mut Answer) {
        answer.kind = AnswerKind::NotCovered;
        answer.title = self.p.get(phrase::NOT_COVERED_TITLE);
        answer.lead = self.p.get(phrase::NOT_COVERED_LEAD);
        // Letters of another language (¿Cómo…?, Как…?) are why little of the question was known:
        // say that this help reads English and Chinese.
        if self.question.chars().any(|c| c.is_alphabetic() && !c.is_ascii() && !super::normalise::is_cjk(c)) {
            let space = if self.lang == Lang::Zh { "" } else { " " };
            answer.lead = format!("{}{space}{}", answer.lead, self.p.get(phrase::NOT_COVERED_LANGUAGE));
        }
        let mut items =
            vec![Item::External { href: DOCS_URL.to_string(), label: self.p.get(phrase::NOT_COVERED_DOCS) }];
        for a in rank_areas(self.question).into_iter().take(3) {
            items.push(Item::AreaLink { area: a, title: self.area_title(a) });
        }
        answer.sections.push(Section {
            kind: SectionKind::Related,
            heading: self.p.get(phrase::HEADING_NEAREST),
            items,
        });
        // A known gap keeps its area (`classify`): it named one, so the router is not why.
        let key =
            if matches!(answer.target, Target::Area(_)) { phrase::ASSUME_KNOWN_GAP } else { phrase::ASSUME_VAGUE };
        answer.assumptions.push(self.p.get(key));
    }

    fn route_answer(&self, answer: &mut Answer, slug: &str, u: &Understanding) {
        let sibling = self.kb.sibling(slug);
        let name = sibling.map(|s| self.t(&s.name)).unwrap_or_else(|| slug.to_string());
        let reason = sibling.map(|s| self.t(&s.reason)).unwrap_or_default();
        let vague = slug == FALLBACK_ROUTE;
        answer.title = self.p.fill(phrase::ROUTE_TITLE, &[("name", &name)]);
        answer.kind = AnswerKind::Routed;
        answer.lead = if vague { self.p.get(phrase::VAGUE_LEAD) } else { reason.clone() };
        answer.route = Some(RouteNote { slug: slug.to_string(), name: name.clone(), reason });
        let areas = if u.confidence > 0.0 {
            rank_areas(self.question)
        } else {
            vec![AreaId::EmailApi, AreaId::Smtp, AreaId::Domains, AreaId::Webhooks]
        };
        if let (false, Some(area)) = (vague, areas.first().and_then(|a| self.kb.area(*a))) {
            let (lead, mut items) = self.facts(area);
            items.truncate(3);
            items.insert(0, Item::Text(lead.unwrap_or_else(|| self.t(&area.summary))));
            items.extend(self.endpoints(area, 2));
            answer.sections.push(Section {
                kind: SectionKind::MailgunSide,
                heading: self.p.fill(phrase::HEADING_MAILGUN_SIDE, &[("area", &self.t(&area.title))]),
                items,
            });
        }
        answer.assumptions.push(if vague {
            self.p.get(phrase::ASSUME_VAGUE)
        } else {
            self.p.fill(phrase::ASSUME_ROUTE, &[("name", &name)])
        });
        let key = if vague { phrase::Q_AREA } else { phrase::Q_MAILGUN_SIDE };
        answer.questions.extend(self.area_question(key, &areas));
    }
}

/// True when a question asks what an area itself is ("what is a route?", "what are webhooks",
/// "什么是 Mailgun Optimize", "模板是什么"): it names the area's title, or its first words, and
/// nothing else but articles and the product's name. The area's summary defines it.
fn asks_what_it_is(question: &str, title: &Text) -> bool {
    let q = crate::ask::normalise::fold(question);
    let q = q.trim().trim_end_matches(['?', '？', '.', '。', '!', '！', ' ']);
    let named = "what is |what's |whats |what are "
        .split('|')
        .find_map(|p| q.strip_prefix(p))
        // "what are tags used for" asks the same.
        .map(|n| n.strip_suffix(" used for").or_else(|| n.strip_suffix(" for")).unwrap_or(n))
        .or_else(|| q.strip_prefix("什么是"))
        .or_else(|| "是什么|有什么用|有什么作用|是干什么的|是做什么的".split('|').find_map(|s| q.strip_suffix(s)));
    let Some(named) = named else { return false };
    let words = |s: &str| -> Vec<String> {
        crate::ask::normalise::stemmed_words(s).into_iter().filter(|w| w != "mailgun").collect()
    };
    let asked = words(named);
    let title_words = words(&crate::ask::normalise::fold(title.en));
    if named.is_ascii() && !asked.is_empty() && title_words.starts_with(&asked) {
        return true;
    }
    // Chinese: the title or its start, spaces and the product's name aside ("路由" of "路由规则").
    let bare = |s: &str| -> String { s.replace("mailgun", "").chars().filter(|c| !c.is_whitespace()).collect() };
    let asked = bare(named);
    asked.chars().count() >= 2 && !asked.is_ascii() && bare(&crate::ask::normalise::fold(title.zh)).starts_with(&asked)
}
