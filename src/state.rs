//! The widget's state and every way it can change: one reducer, as in yew's function_todomvc.
//!
//! Views read [`State`]; user events dispatch an [`Action`]. Keeping transitions in one pure function
//! means a language switch or a navigation cannot forget a field, and the rules are easy to test.

use mailgun_help_core::ask::Refinement;
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
    /// The state after `action`; pure, so it is tested natively.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Navigate(route) => {
                if route != next.route {
                    next.refinements.clear();
                }
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
        let s = State { lang: Lang::En, route: Route::Area(AreaId::Smtp), region: Region::Eu, refinements: vec![] };
        let next = s.apply(Action::SetLang(Lang::Zh));
        assert_eq!(next.lang, Lang::Zh);
        assert_eq!(next.route, Route::Area(AreaId::Smtp));
        assert_eq!(next.region, Region::Eu);
    }

    #[test]
    fn quick_answers_last_until_another_view_opens() {
        let ask = Route::parse("#/ask?q=webhooks");
        let s = State { lang: Lang::En, route: ask.clone(), region: Region::Us, refinements: vec![] };
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
}
