//! The widget's state and every way it can change: one reducer, as in yew's function_todomvc.
//!
//! Views read [`State`]; user events dispatch an [`Action`]. Keeping transitions in one pure function
//! means a language switch or a navigation cannot forget a field, and the rules are easy to test.

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
}

impl State {
    /// The state after `action`; pure, so it is tested natively.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Navigate(route) => next.route = route,
            Action::SetRegion(region) => next.region = region,
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
        let s = State { lang: Lang::En, route: Route::Area(AreaId::Smtp), region: Region::Eu };
        let next = s.apply(Action::SetLang(Lang::Zh));
        assert_eq!(next.lang, Lang::Zh);
        assert_eq!(next.route, Route::Area(AreaId::Smtp));
        assert_eq!(next.region, Region::Eu);
    }
}
