//! The widget's state and every way it can change: one reducer, as in yew's function_todomvc.
//!
//! Views read [`State`]; user events dispatch an [`Action`]. Keeping transitions in one pure function
//! means a language switch or a navigation cannot forget a field, and the rules are easy to test.
//!
//! The reducer also keeps [`Notes`]: what an embedding page must hear about, one note per action.
//! Yew applies every dispatched action at once but renders once for all the actions of a task, so
//! events derived from the rendered state would merge `el.ask("a"); el.ask("b")` into one; the
//! app emits from the notes instead.
//!
//! The question on screen is understood here, once per question (see [`Understood`]): a region
//! click, a quick answer or a language switch re-renders the answer without classifying again.

use mailgun_help_core::ask::{Context, Refinement, Understanding};
use mailgun_help_core::kb::Region;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::route::Route;
use std::rc::Rc;
use yew::Reducible;

/// Everything the whole widget shares. Per-view inputs live in the views' own state, so they
/// survive a language switch untouched.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The language everything is shown in.
    pub lang: Lang,
    /// The current view.
    pub route: Route,
    /// The API region code snippets are written for.
    pub region: Region,
    /// The quick answers chosen for the question on screen, in order; a new view starts without.
    pub refinements: Vec<Refinement>,
    /// What happened, for the embedding page's events.
    pub notes: Notes,
    /// The ask view's question as understood, while an ask view with input is shown.
    pub understood: Option<Rc<Understood>>,
}

/// A question and its context as [`mailgun_help_core::ask::classify`] understood them. The
/// reducer keeps it while the question and context stay the same, so re-renders that do not
/// change them reuse it.
#[derive(Clone, Debug, PartialEq)]
pub struct Understood {
    /// The question (as in the link).
    pub question: String,
    /// The area and role the link gave.
    pub context: Context,
    /// What classify made of them.
    pub understanding: Understanding,
}

impl Understood {
    /// The understanding of `route`'s question: `previous` when it is the same question and
    /// context, a new one for another, `None` for a view without a question.
    #[cfg(feature = "ask")]
    fn of(route: &Route, previous: Option<&Rc<Understood>>) -> Option<Rc<Understood>> {
        let Route::Ask(q) = route else { return None };
        if !q.has_input() {
            return None;
        }
        let context = Context::from(q);
        if let Some(p) = previous.filter(|p| p.question == q.q && p.context == context) {
            return Some(Rc::clone(p));
        }
        let understanding = mailgun_help_core::ask::classify(&q.q, &context);
        Some(Rc::new(Understood { question: q.q.clone(), context, understanding }))
    }

    /// Without the ask view nothing is understood (and the question model stays out of the build).
    #[cfg(not(feature = "ask"))]
    fn of(_route: &Route, _previous: Option<&Rc<Understood>>) -> Option<Rc<Understood>> {
        None
    }
}

/// Something an embedding page hears about.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// A view was opened (`changed` is false when it was the one already shown: asking the same
    /// question again is still a question asked).
    Opened {
        /// The view.
        route: Route,
        /// It differs from the view before.
        changed: bool,
    },
    /// The language changed to this one.
    Lang(Lang),
}

/// The notes of the latest actions, oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notes {
    /// How many notes were ever made (the app emits those past the last number it saw).
    pub seq: u32,
    /// The last [`NOTES_KEPT`] of them.
    pub recent: Vec<Note>,
}

/// Notes kept between two renders: more API calls than this in one task lose their oldest events.
pub const NOTES_KEPT: usize = 64;

impl Notes {
    fn push(&mut self, note: Note) {
        if self.recent.len() == NOTES_KEPT {
            self.recent.remove(0);
        }
        self.recent.push(note);
        self.seq = self.seq.wrapping_add(1);
    }

    /// The notes made after note number `seen` (at most the ones kept).
    pub fn since(&self, seen: u32) -> &[Note] {
        let new = (self.seq.wrapping_sub(seen) as usize).min(self.recent.len());
        &self.recent[self.recent.len() - new..]
    }
}

/// A change to [`State`].
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show everything in this language.
    SetLang(Lang),
    /// Show this view (the hash changed).
    Navigate(Route),
    /// Write snippets for this region.
    SetRegion(Region),
    /// Apply a quick answer to the answer on screen (a region answer also sets the region).
    Refine(Refinement),
}

impl State {
    /// The first state: `lang`, showing `route`.
    pub fn new(lang: Lang, route: Route) -> State {
        let understood = Understood::of(&route, None);
        State { lang, route, region: Region::Us, refinements: Vec::new(), notes: Notes::default(), understood }
    }

    /// The state after `action`; pure, so it is tested natively.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => {
                if lang != next.lang {
                    next.notes.push(Note::Lang(lang));
                }
                next.lang = lang;
            }
            Action::Navigate(route) => {
                let changed = route != next.route;
                if changed {
                    next.refinements.clear();
                }
                next.notes.push(Note::Opened { route: route.clone(), changed });
                next.understood = Understood::of(&route, next.understood.as_ref());
                next.route = route;
            }
            Action::SetRegion(region) => next.region = region,
            Action::Refine(refinement) => {
                if let Refinement::Region(region) = refinement {
                    next.region = region;
                }
                next.refinements.push(refinement);
            }
        }
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mailgun_help_core::kb::ids::AreaId;

    #[test]
    fn switching_language_keeps_the_route_and_region() {
        let s = State { region: Region::Eu, ..State::new(Lang::En, Route::Area(AreaId::Smtp)) };
        let next = s.apply(Action::SetLang(Lang::Zh));
        assert_eq!(next.lang, Lang::Zh);
        assert_eq!(next.route, Route::Area(AreaId::Smtp));
        assert_eq!(next.region, Region::Eu);
    }

    #[test]
    fn quick_answers_last_until_another_view_opens() {
        let ask = Route::parse("#/ask?q=webhooks");
        let s = State::new(Lang::En, ask.clone());
        let s = s
            .apply(Action::Refine(Refinement::Region(Region::Eu)))
            .apply(Action::Refine(Refinement::Area(AreaId::Webhooks)));
        assert_eq!(s.region, Region::Eu, "a region answer sets the snippets' region");
        assert_eq!(s.refinements, [Refinement::Region(Region::Eu), Refinement::Area(AreaId::Webhooks)]);
        let same = s.apply(Action::Navigate(ask)).apply(Action::SetLang(Lang::Zh));
        assert_eq!(same.refinements.len(), 2, "the same question in another language keeps them");
        let other = same.apply(Action::Navigate(Route::parse("#/ask?q=smtp")));
        assert!(other.refinements.is_empty());
        assert_eq!(other.region, Region::Eu);
    }

    #[test]
    fn every_action_leaves_its_own_note() {
        let s = State::new(Lang::En, Route::Home);
        let a = Route::parse("#/ask?q=a");
        let s = s
            .apply(Action::Navigate(a.clone()))
            .apply(Action::Navigate(a.clone()))
            .apply(Action::Navigate(Route::Browse))
            .apply(Action::SetLang(Lang::Zh))
            .apply(Action::SetLang(Lang::Zh))
            .apply(Action::SetRegion(Region::Eu));
        assert_eq!(
            s.notes.since(0),
            [
                Note::Opened { route: a.clone(), changed: true },
                Note::Opened { route: a, changed: false },
                Note::Opened { route: Route::Browse, changed: true },
                Note::Lang(Lang::Zh),
            ]
        );
        assert_eq!(s.notes.since(3), [Note::Lang(Lang::Zh)]);
        assert!(s.notes.since(4).is_empty());
        let mut many = s;
        for _ in 0..(NOTES_KEPT + 10) {
            many = many.apply(Action::Navigate(Route::Home));
        }
        assert_eq!(many.notes.since(0).len(), NOTES_KEPT, "only the last notes are kept");
    }

    #[cfg(feature = "ask")]
    #[test]
    fn a_question_is_understood_once_while_it_stays_on_screen() {
        let ask = Route::parse("#/ask?q=how+do+I+verify+webhook+signatures");
        let s = State::new(Lang::En, ask.clone());
        let first = s.understood.clone().expect("the question is understood");
        assert_eq!(first.understanding.target.slug(), "webhooks");
        let s = s
            .apply(Action::Refine(Refinement::Region(Region::Eu)))
            .apply(Action::SetRegion(Region::Us))
            .apply(Action::SetLang(Lang::Zh))
            .apply(Action::Navigate(ask));
        let kept = s.understood.clone().expect("still understood");
        assert!(Rc::ptr_eq(&first, &kept), "a region click, a language switch or the same link classify again");
        let with_area = s.apply(Action::Navigate(Route::parse("#/ask?q=how+do+I+verify+webhook+signatures&area=smtp")));
        assert!(!Rc::ptr_eq(&first, with_area.understood.as_ref().expect("understood")), "another context");
        let other = with_area.apply(Action::Navigate(Route::parse("#/ask?q=smtp+port")));
        assert_eq!(other.understood.as_ref().map(|u| u.question.as_str()), Some("smtp port"));
        assert_eq!(other.apply(Action::Navigate(Route::Browse)).understood, None, "no question, nothing kept");
        assert_eq!(State::new(Lang::En, Route::parse("#/ask")).understood, None);
    }
}
