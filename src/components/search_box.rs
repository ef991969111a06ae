//! The search box in the header: an ARIA combobox over the whole knowledge base.
//!
//! Results appear as you type (ranked by `mailgun_help_core::search`), matched words are wrapped in
//! `<mark>`, ArrowUp/ArrowDown move through the options, Enter opens the active (or best) one,
//! Escape closes the list (a second Escape clears the box). The number of results is announced in a
//! polite live region. A query that finds nothing says so visibly, with a link that asks it as a
//! question instead. Recent searches are remembered where storage works and offered when the box
//! is empty. Ctrl/Cmd-K and "/" focus the box on the standalone page (see `use_search_shortcut`); an
//! embed's element handles its own `shortcut` attribute.

use crate::app::AppContext;
use crate::components::raw;
use crate::hooks::use_navigator;
use crate::hooks::use_search_shortcut::use_search_shortcut;
use crate::platform::{dom, storage};
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::route::{AskQuery, Route};
use mailgun_help_core::search::display::kind_key;
use mailgun_help_core::search::recent;
use mailgun_help_core::search::{result_link, results, Marked, Shown};
use std::rc::Rc;
use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

/// Storage key of the recent searches (see `mailgun_help_core::search::recent`).
const RECENT_KEY: &str = "search.recent";
/// Results shown at most.
const LIMIT: usize = 8;

/// The saved recent searches; a missing, huge or malformed value gives none, silently.
fn load_recent() -> Vec<String> {
    storage::get_bounded(RECENT_KEY, recent::MAX_STORED).map(|s| recent::read(&s)).unwrap_or_default()
}

fn remember(list: &[String], q: &str) -> Vec<String> {
    let next = recent::remember(list, q);
    let _ = storage::set(RECENT_KEY, &recent::write(&next));
    next
}

/// Text with its marked ranges as `<mark>` elements.
fn marked(m: &mut Markup, text: &Marked) {
    let mut at = 0;
    for &(s, e) in &text.marks {
        if s < at || e > text.text.len() || !text.text.is_char_boundary(s) || !text.text.is_char_boundary(e) {
            continue;
        }
        m.text(&text.text[at..s]).el("mark", &text.text[s..e]);
        at = e;
    }
    m.text(&text.text[at..]);
}

/// The option index of the list item an event happened in (`data-index`).
fn option_index(e: &MouseEvent) -> Option<usize> {
    crate::platform::dom::data_index(e, "[role=option]", "data-index")
}

/// The status line: how many results, or that only the best [`LIMIT`] of more are shown.
fn count_text(lang: Lang, n: usize) -> String {
    match n {
        _ if n > LIMIT => fill(lang, key::SEARCH_TOP, &[("n", &LIMIT.to_string())]),
        0 => t(lang, key::SEARCH_NONE).to_string(),
        1 => t(lang, key::SEARCH_ONE).to_string(),
        n => fill(lang, key::SEARCH_COUNT, &[("n", &n.to_string())]),
    }
}

/// The search combobox.
#[function_component(SearchBox)]
pub fn search_box() -> Html {
    let ctx = use_context::<AppContext>();
    let lang = ctx.as_ref().map(|c| c.lang).unwrap_or(Lang::En);
    let query = use_state(String::new);
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);
    let recent = use_state(load_recent);
    let input = use_node_ref();
    let nav = use_navigator();
    // In an embed the host element owns the shortcut (its `shortcut` attribute), and the
    // placeholder names none, since the host may have turned it off or chosen another.
    let embedded = nav.as_ref().is_some_and(|n| n.shell.is_embedded());
    use_search_shortcut(input.clone(), !embedded);

    let found: Rc<Vec<Shown>> = use_memo(((*query).clone(), lang), |(q, l)| {
        if q.trim().is_empty() {
            Vec::new()
        } else {
            // One more than is shown, to tell whether there are more.
            results(q, *l, LIMIT + 1)
        }
    });
    let showing_recent = query.trim().is_empty();
    let n_options = if showing_recent { recent.len() } else { found.len().min(LIMIT) };
    let expanded = *open && n_options > 0;

    // Opens result `i` (or fills the box with recent search `i`).
    let choose = {
        let (query, open, active, recent, found, input, nav) =
            (query.clone(), open.clone(), active.clone(), recent.clone(), found.clone(), input.clone(), nav.clone());
        Callback::from(move |i: usize| {
            if query.trim().is_empty() {
                if let Some(r) = recent.get(i) {
                    query.set(r.clone());
                    active.set(None);
                    open.set(true);
                }
                return;
            }
            let Some(hit) = found.get(i) else { return };
            recent.set(remember(&recent, &query));
            open.set(false);
            active.set(None);
            query.set(String::new());
            let app = input.cast::<HtmlInputElement>().and_then(|el| {
                let _ = el.blur();
                el.closest(".mh-app").ok().flatten()
            });
            // Through the navigator, so an embedded widget never touches the host page's URL.
            if let Some(nav) = &nav {
                nav.push(result_link(hit.doc));
            }
            // The chosen entry, not the top of its page (focusing it scrolls it into view), else the
            // new view's heading, rather than the page, which focus fell to with the box.
            if let Some(app) = app {
                let mut targets: Vec<String> = hit.doc.entry_selector().into_iter().collect();
                targets.extend([".mh-main h1".to_string(), ".mh-main".to_string()]);
                dom::refocus_after_render(app, None, targets);
            }
        })
    };

    // Asks the query as a question (when nothing was found): from the offer's link, or Enter.
    let ask_it = {
        let (query, open, input, nav) = (query.clone(), open.clone(), input.clone(), nav.clone());
        Callback::from(move |_: ()| {
            let ask = Route::Ask(AskQuery { q: query.trim().to_string(), ..AskQuery::default() });
            open.set(false);
            query.set(String::new());
            if let Some(el) = input.cast::<HtmlInputElement>() {
                let _ = el.blur();
            }
            if let Some(nav) = &nav {
                nav.push(ask);
            }
        })
    };

    let oninput = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            query.set(value);
            open.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let (query, open, active, choose, ask_it) =
            (query.clone(), open.clone(), active.clone(), choose.clone(), ask_it.clone());
        Callback::from(move |e: KeyboardEvent| {
            let n = n_options;
            match e.key().as_str() {
                "ArrowDown" | "ArrowUp" if n > 0 => {
                    e.prevent_default();
                    open.set(true);
                    let down = e.key() == "ArrowDown";
                    active.set(Some(match (*active, down) {
                        (None, true) => 0,
                        (None, false) => n - 1,
                        (Some(i), true) => (i + 1) % n,
                        (Some(i), false) => (i + n - 1) % n,
                    }));
                }
                "Enter" if n > 0 => {
                    e.prevent_default();
                    choose.emit(active.unwrap_or(0).min(n - 1));
                }
                // Nothing found: Enter takes the offer to ask it as a question.
                "Enter" if !query.trim().is_empty() => {
                    e.prevent_default();
                    ask_it.emit(());
                }
                "Escape" => {
                    if *open && n > 0 {
                        open.set(false);
                        active.set(None);
                    } else {
                        query.set(String::new());
                    }
                }
                _ => {}
            }
        })
    };
    let onfocus = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(true))
    };
    let onblur = {
        let (open, active) = (open.clone(), active.clone());
        Callback::from(move |_: FocusEvent| {
            open.set(false);
            active.set(None);
        })
    };

    let option_id = |i: usize| format!("mh-search-opt-{i}");
    // The options are markup; one listener on the list finds which option was pressed.
    let keep_focus = Callback::from(|e: MouseEvent| e.prevent_default());
    let onclick = {
        let choose = choose.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(i) = option_index(&e) {
                choose.emit(i);
            }
        })
    };
    let mut options = Markup::new();
    let start = |m: &mut Markup, i: usize, class: &str| {
        m.tag("li").attr("id", &option_id(i)).attr("role", "option").attr("class", class);
        m.attr("data-index", &i.to_string()).attr("aria-selected", if *active == Some(i) { "true" } else { "false" });
    };
    if showing_recent {
        for (i, r) in recent.iter().enumerate() {
            start(&mut options, i, "mh-search-option mh-search-recent");
            options.end().text(r).close("li");
        }
    } else {
        for (i, s) in found.iter().take(LIMIT).enumerate() {
            start(&mut options, i, "mh-search-option");
            options.attr("data-doc", &s.doc.id).end();
            options.el_class("span", "mh-search-kind", t(lang, kind_key(s.doc.kind)));
            options.open_class("span", "mh-search-title");
            marked(&mut options, &s.title);
            options.close("span");
            if !s.path.text.is_empty() {
                options.open_class("code", "mh-search-path");
                marked(&mut options, &s.path);
                options.close("code");
            }
            if !s.snippet.text.is_empty() {
                options.open_class("span", "mh-search-snippet");
                marked(&mut options, &s.snippet);
                options.close("span");
            }
            options.close("li");
        }
    }

    let status = if showing_recent { String::new() } else { count_text(lang, found.len()) };
    // Nothing found: say so where the results would be, and offer to ask the query as a question.
    let empty = if *open && !showing_recent && found.is_empty() {
        let href = Route::Ask(AskQuery { q: query.trim().to_string(), ..AskQuery::default() }).to_hash();
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            ask_it.emit(());
        });
        html! {
            <div class="mh-search-empty" data-testid="search-empty" onmousedown={keep_focus.clone()}>
                <p>{ fill(lang, key::SEARCH_NO_RESULTS, &[("query", query.trim())]) }</p>
                <a href={href} data-testid="search-ask" {onclick}>{ t(lang, key::SEARCH_ASK_INSTEAD) }</a>
            </div>
        }
    } else {
        Html::default()
    };
    html! {
        <div class="mh-search" data-testid="search">
            <input ref={input} id="mh-search-input" class="mh-search-input" type="search" role="combobox"
                autocomplete="off" spellcheck="false" enterkeyhint="go"
                aria-label={t(lang, key::SEARCH_LABEL)} placeholder={t(lang, if embedded { key::SEARCH_PLACEHOLDER_EMBED } else { key::SEARCH_PLACEHOLDER })}
                aria-autocomplete="list" aria-controls="mh-search-list" aria-expanded={expanded.to_string()}
                aria-activedescendant={active.filter(|_| expanded).map(option_id)}
                value={(*query).clone()} {oninput} {onkeydown} {onfocus} {onblur} />
            <ul id="mh-search-list" class="mh-search-list" role="listbox" hidden={!expanded}
                aria-label={t(lang, if showing_recent { key::SEARCH_RECENT } else { key::SEARCH_RESULTS_LABEL })}
                onmousedown={keep_focus} {onclick}>
                { raw(options) }
            </ul>
            { empty }
            <div class="mh-visually-hidden" role="status" aria-live="polite" data-testid="search-status">{ status }</div>
        </div>
    }
}
