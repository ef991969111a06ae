//! The labelled controls of the developer tools' forms, as plain view functions: each control
//! carries its query key as `name` (the form's one listener records it, see `use_tool_form`), and a
//! problem with it is shown right under it, tied to it for screen readers and marked
//! `data-error="<name>"` for tests.

use yew::prelude::*;

/// One control's label, current value, problem and hint.
pub struct Field<'a> {
    /// The query key, also the control's `name`.
    pub name: &'a str,
    /// The visible label.
    pub label: &'a str,
    /// The value to show.
    pub value: String,
    /// What is wrong with it, if anything.
    pub error: Option<String>,
    /// A short hint under the control.
    pub hint: Option<&'a str>,
}

/// How a field is entered.
pub enum Control<'a> {
    /// `<input type=…>` (`text`, `password`, `datetime-local`, `email`).
    Input(&'static str),
    /// `<textarea rows=…>`, monospaced when the second value is true.
    Area(u32, bool),
    /// `<select>` with `(value, label)` options.
    Select(&'a [(&'a str, &'a str)]),
    /// A checkbox: checked when the value is not empty.
    Check,
}

/// The control `c` for field `f`.
pub fn field(f: Field, c: Control) -> Html {
    let id = format!("mh-tool-{}", f.name);
    let err_id = format!("{id}-err");
    let hint_id = format!("{id}-hint");
    let mut described = Vec::new();
    if f.error.is_some() {
        described.push(err_id.clone());
    }
    if f.hint.is_some() {
        described.push(hint_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = f.error.is_some().then_some("true");
    let name = f.name.to_string();
    let control = match c {
        Control::Input(kind) => html! {
            <input id={id.clone()} {name} type={kind} value={f.value} aria-invalid={invalid}
                aria-describedby={described} autocomplete="off" spellcheck="false" />
        },
        Control::Area(rows, mono) => html! {
            <textarea id={id.clone()} {name} rows={rows.to_string()} value={f.value} aria-invalid={invalid}
                aria-describedby={described} spellcheck="false" class={classes!(mono.then_some("mh-mono"))} />
        },
        Control::Select(options) => html! {
            <select id={id.clone()} {name} aria-invalid={invalid} aria-describedby={described}>
                { for options.iter().map(|(v, label)| html! {
                    <option value={v.to_string()} selected={*v == f.value}>{ *label }</option>
                }) }
            </select>
        },
        Control::Check => html! {
            <input id={id.clone()} {name} type="checkbox" checked={!f.value.is_empty()} aria-describedby={described} />
        },
    };
    let error =
        f.error.map(|e| html! { <p class="mh-field-error" id={err_id} data-error={f.name.to_string()}>{ e }</p> });
    let hint = f.hint.map(|h| html! { <p class="mh-hint" id={hint_id}>{ h }</p> });
    html! {
        <div class={classes!("mh-tf", invalid.map(|_| "is-invalid"))}>
            <label for={id}>{ f.label }</label>
            { control }
            { hint }
            { error }
        </div>
    }
}
