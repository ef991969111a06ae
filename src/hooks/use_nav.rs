//! How the widget moves between views, and how it tells an embedding page what happened.
//!
//! The standalone page routes through `location.hash` ([`Nav::Hash`]): links are `<a href="#/…">`, the
//! back button works, every view has a shareable URL. An embedded widget must not touch its host
//! page's URL or history, so it routes in memory ([`Nav::Memory`]): the app intercepts clicks on
//! `#/…` links and dispatches [`Action::Navigate`] instead (unless the host opted in to hash routing).
//! Components never call `dom::set_hash` themselves: they ask the [`Navigator`].

use crate::app::AppContext;
use crate::platform::{dom, url};
use crate::state::Action;
use mailgun_help_core::route::Route;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Where the current view lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    /// In `location.hash` (the standalone page; embeds with `hash-routing`).
    Hash,
    /// In the widget's state only (embeds): the host page's URL and history stay untouched.
    Memory,
}

/// What the widget knows about the page it runs in; the app provides it as a context.
#[derive(Clone, Debug, PartialEq)]
pub struct Shell {
    /// How views change.
    pub nav: Nav,
    /// Embeds: receives `(event name, detail)` for the host element's `mailgun-help:<name>` DOM
    /// events. `None` on the standalone page.
    pub emit: Option<Callback<(&'static str, JsValue)>>,
}

impl Default for Shell {
    /// The standalone page.
    fn default() -> Self {
        Shell { nav: Nav::Hash, emit: None }
    }
}

impl Shell {
    /// Tells the host page that `name` happened (nothing on the standalone page).
    pub fn emit(&self, name: &'static str, detail: JsValue) {
        if let Some(emit) = &self.emit {
            emit.emit((name, detail));
        }
    }

    /// True when the widget runs inside a host page's element.
    pub fn is_embedded(&self) -> bool {
        self.emit.is_some()
    }
}

/// Changes the view the way the current [`Nav`] says.
#[derive(Clone)]
pub struct Navigator {
    /// The shell it navigates in.
    pub shell: Shell,
    state: AppContext,
}

impl Navigator {
    /// Opens `route` as a new view (a history entry in hash mode).
    pub fn push(&self, route: Route) {
        match self.shell.nav {
            Nav::Hash => dom::set_hash(&route.to_hash()),
            Nav::Memory => self.state.dispatch(Action::Navigate(route)),
        }
    }

    /// Records `hash` as the current address without opening a new view (the estimator keeps its link
    /// current as the reader types). Memory mode has no address to keep, so it does nothing.
    pub fn replace(&self, hash: &str) {
        if self.shell.nav == Nav::Hash {
            let _ = url::replace_hash(hash);
        }
    }
}

/// The navigator of the enclosing app, or `None` outside one.
#[hook]
pub fn use_navigator() -> Option<Navigator> {
    let shell = use_context::<Shell>().unwrap_or_default();
    let state = use_context::<AppContext>()?;
    Some(Navigator { shell, state })
}

/// A JS object from `(key, value)` pairs, for event details.
pub fn detail(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}
