//! One API request written as code in eight languages, from one model: the request builder and the
//! knowledge base's snippets both come through here, so the languages cannot drift apart.
//!
//! The shape of each language lives in `assets/tools/codegen.toml` (compiled to statics by the
//! build script); this module fills it from an [`ApiRequest`], escaping every value for the string
//! literal it lands in. The API key is never a value: every template reads it from the environment.

use crate::kb::model::{Snippet, SnippetRequest};
use crate::kb::Region;
use crate::route::percent_encode;

/// The HTTP method of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `DELETE`.
    Delete,
}

impl Method {
    /// `POST`.
    pub fn upper(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }

    /// `Post`.
    pub fn title(self) -> &'static str {
        match self {
            Method::Get => "Get",
            Method::Post => "Post",
            Method::Put => "Put",
            Method::Delete => "Delete",
        }
    }

    /// `post`.
    pub fn lower(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Post => "post",
            Method::Put => "put",
            Method::Delete => "delete",
        }
    }

    /// The method named `s` (any case).
    pub fn parse(s: &str) -> Option<Method> {
        [Method::Get, Method::Post, Method::Put, Method::Delete].into_iter().find(|m| m.upper().eq_ignore_ascii_case(s))
    }
}

/// A form field and its values, in order (`o:tag` may have several).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormField {
    /// The parameter name, e.g. `to`, `o:tag`, `h:Reply-To`.
    pub name: String,
    /// Its values; a field with none is not written.
    pub values: Vec<String>,
}

/// A file sent as a multipart part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilePart {
    /// The form field: `attachment`, `inline` or `message`.
    pub field: String,
    /// The file's name (nothing is read: the code opens it by this name).
    pub name: String,
}

/// One request to Mailgun's API, independent of language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiRequest {
    /// The method.
    pub method: Method,
    /// The sending domain the request is about (what the send templates pass to the SDK).
    pub domain: String,
    /// The path after the base URL, e.g. `/v3/example.com/messages`.
    pub path: String,
    /// Query parameters, in order.
    pub query: Vec<(String, String)>,
    /// Form fields, in order.
    pub fields: Vec<FormField>,
    /// Files, in order.
    pub files: Vec<FilePart>,
}

impl ApiRequest {
    /// True for `POST /v3/<domain>/messages`, which languages with an SDK write with it.
    pub fn is_send(&self) -> bool {
        self.method == Method::Post && self.path == format!("/v3/{}/messages", self.domain)
    }

    fn has_body(&self) -> bool {
        !self.files.is_empty() || self.fields.iter().any(|f| !f.values.is_empty())
    }

    /// The path with its query string.
    pub fn path_query(&self) -> String {
        let mut out = self.path.clone();
        for (i, (k, v)) in self.query.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(&percent_encode(k));
            out.push('=');
            out.push_str(&percent_encode(v));
        }
        out
    }
}

/// How a language's string literal escapes a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escape {
    /// Shell single quotes: `'` becomes `'\''`.
    Shell,
    /// JavaScript single quotes.
    Js,
    /// C-like double quotes (Python, Go, Java, C#).
    C,
    /// PHP and Ruby single quotes: only `\` and `'` are escaped.
    Single,
}

impl Escape {
    /// `s` escaped for this kind of literal.
    pub fn apply(self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match (self, c) {
                (Escape::Shell, '\'') => out.push_str("'\\''"),
                (Escape::Shell, c) => out.push(c),
                (Escape::Single, '\\' | '\'') => {
                    out.push('\\');
                    out.push(c);
                }
                (Escape::Single, c) => out.push(c),
                (Escape::Js, '\'') | (Escape::C, '"') | (Escape::Js | Escape::C, '\\') => {
                    out.push('\\');
                    out.push(c);
                }
                (Escape::Js | Escape::C, '\n') => out.push_str("\\n"),
                (Escape::Js | Escape::C, '\r') => out.push_str("\\r"),
                (Escape::Js | Escape::C, '\t') => out.push_str("\\t"),
                // Besides control characters: the line breaks of JavaScript and C# (U+0085, U+2028,
                // U+2029), and the byte order mark Go refuses inside a source file.
                (Escape::Js | Escape::C, c)
                    if (c as u32) < 0x20 || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}') =>
                {
                    out.push_str(&format!("\\u{:04x}", c as u32));
                }
                (_, c) => out.push(c),
            }
        }
        out
    }
}

/// The parts of one template set; see `assets/tools/codegen.toml` for what each is. An empty part
/// is absent.
#[derive(Debug)]
pub struct Parts {
    /// Always first.
    pub head: &'static str,
    /// Instead of `head` when there is no body.
    pub head_no_body: &'static str,
    /// Before fields and files.
    pub body_open: &'static str,
    /// Before the fields.
    pub form_open: &'static str,
    /// One value of a field.
    pub field: &'static str,
    /// A field with several values.
    pub field_many: &'static str,
    /// One value inside `field_many`.
    pub item: &'static str,
    /// Between items.
    pub item_sep: &'static str,
    /// After the fields.
    pub form_close: &'static str,
    /// Before the files.
    pub files_open: &'static str,
    /// One file.
    pub file: &'static str,
    /// The files of one field together, when set.
    pub file_group: &'static str,
    /// After the files.
    pub files_close: &'static str,
    /// After fields and files.
    pub body_close: &'static str,
    /// Always last.
    pub tail: &'static str,
    /// Instead of `tail` when there is no body.
    pub tail_no_body: &'static str,
}

/// One language of the generator.
#[derive(Debug)]
pub struct CodeLang {
    /// Stable id (`curl`, `node`, `python`, `php`, `ruby`, `go`, `java`, `csharp`), the tab's
    /// `data-code-lang`.
    pub id: &'static str,
    /// The tab's label.
    pub label: &'static str,
    /// How values are escaped.
    pub escape: Escape,
    /// Filled into `{files_import}` when the request has files.
    pub files_import: &'static str,
    /// Filled into `{files_helper}` when the request has files.
    pub files_helper: &'static str,
    /// Templates for `POST /v3/<domain>/messages`, when the language's SDK is the usual way.
    pub send: Option<Parts>,
    /// Templates for any request.
    pub http: Parts,
}

include!(concat!(env!("OUT_DIR"), "/codegen.rs"));

/// The language with this id.
pub fn lang(id: &str) -> Option<&'static CodeLang> {
    LANGS.iter().find(|l| l.id == id)
}

/// Replaces each `{name}` of `pairs` in `template` (other braces are code and stay).
fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    'scan: while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        for (name, value) in pairs {
            if let Some(tail) = after.strip_prefix(name).and_then(|t| t.strip_prefix('}')) {
                out.push_str(value);
                rest = tail;
                continue 'scan;
            }
        }
        out.push('{');
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `request` as code in `lang`, for `region`'s API host.
///
/// ```
/// use mailgun_help_core::kb::Region;
/// use mailgun_help_core::tools::codegen::{lang, render, ApiRequest, FormField, Method};
/// let req = ApiRequest {
///     method: Method::Post,
///     domain: "example.com".into(),
///     path: "/v3/example.com/messages".into(),
///     query: vec![],
///     fields: vec![FormField { name: "to".into(), values: vec!["ann@example.org".into()] }],
///     files: vec![],
/// };
/// let code = render(&req, Region::Eu, lang("curl").unwrap());
/// assert!(code.contains("https://api.eu.mailgun.net/v3/example.com/messages"));
/// assert!(code.contains("-F 'to=ann@example.org'"));
/// ```
pub fn render(request: &ApiRequest, region: Region, lang: &CodeLang) -> String {
    let parts = match &lang.send {
        Some(send) if request.is_send() => send,
        _ => &lang.http,
    };
    let esc = |s: &str| lang.escape.apply(s);
    let base = region.api_origin();
    let host = base.trim_start_matches("https://");
    let path_query = request.path_query();
    let url = format!("{base}{path_query}");
    let has_files = !request.files.is_empty();
    let method = request.method;
    let method_flag = match method {
        Method::Put | Method::Delete => format!(" -X {}", method.upper()),
        Method::Get | Method::Post => String::new(),
    };
    let (e_base, e_host, e_path, e_pq, e_url, e_domain) =
        (esc(base), esc(host), esc(&request.path), esc(&path_query), esc(&url), esc(&request.domain));
    let request_pairs = [
        ("base", e_base.as_str()),
        ("host", e_host.as_str()),
        ("path_query", e_pq.as_str()),
        ("path", e_path.as_str()),
        ("url", e_url.as_str()),
        ("domain", e_domain.as_str()),
        ("method_lower", method.lower()),
        ("method_title", method.title()),
        ("method_flag", method_flag.as_str()),
        ("method", method.upper()),
        ("files_import", if has_files { lang.files_import } else { "" }),
        ("files_helper", if has_files { lang.files_helper } else { "" }),
    ];
    let body = request.has_body();
    let pick = |main: &'static str, alt: &'static str| if !body && !alt.is_empty() { alt } else { main };

    let mut out = fill(pick(parts.head, parts.head_no_body), &request_pairs);
    if body {
        out.push_str(parts.body_open);
    }
    let fields: Vec<&FormField> = request.fields.iter().filter(|f| !f.values.is_empty()).collect();
    if !fields.is_empty() {
        out.push_str(parts.form_open);
        for f in fields {
            let name = esc(&f.name);
            if f.values.len() > 1 && !parts.field_many.is_empty() {
                let items: Vec<String> =
                    f.values.iter().map(|v| fill(parts.item, &[("value", esc(v).as_str())])).collect();
                out.push_str(&fill(parts.field_many, &[("name", &name), ("items", &items.join(parts.item_sep))]));
                continue;
            }
            for v in &f.values {
                let flag = if curl_reads_more_than_text(v) { "--form-string" } else { "-F" };
                out.push_str(&fill(parts.field, &[("name", &name), ("value", &esc(v)), ("form_flag", flag)]));
            }
        }
        out.push_str(parts.form_close);
    }
    if has_files {
        out.push_str(parts.files_open);
        if parts.file_group.is_empty() {
            for f in &request.files {
                // curl, the one language written in shell quotes, reads the name after `@` itself.
                let file = if lang.escape == Escape::Shell { curl_file_name(&f.name) } else { f.name.clone() };
                out.push_str(&fill(parts.file, &[("name", &esc(&f.field)), ("file", &esc(&file))]));
            }
        } else {
            // An object literal cannot repeat a key: one group per field, in order of first use.
            let mut seen: Vec<&str> = Vec::new();
            for f in &request.files {
                if seen.contains(&f.field.as_str()) {
                    continue;
                }
                seen.push(&f.field);
                let name = esc(&f.field);
                let mut items = String::new();
                for g in request.files.iter().filter(|g| g.field == f.field) {
                    items.push_str(&fill(parts.file, &[("name", &name), ("file", &esc(&g.name))]));
                }
                out.push_str(&fill(parts.file_group, &[("name", &name), ("items", &items)]));
            }
        }
        out.push_str(parts.files_close);
    }
    if body {
        out.push_str(parts.body_close);
    }
    out.push_str(&fill(pick(parts.tail, parts.tail_no_body), &request_pairs));
    out
}

/// True when curl's `-F` would read a value as more than text: a file (`@`, `<`), a quoted string,
/// a nested multipart (`(`), parameters after a `;` (`;type=`), or surrounding white space, which
/// it strips. `--form-string` takes such a value as it is.
fn curl_reads_more_than_text(v: &str) -> bool {
    matches!(v.as_bytes().first(), Some(b'@' | b'<' | b'"' | b'(')) || v.contains(';') || v.trim() != v
}

/// A file name as curl's `-F name=@file` reads it: quoted (with `"` and `\` escaped) when a `;`, a
/// `,` (several files), a quote or surrounding white space would otherwise cut it.
fn curl_file_name(name: &str) -> String {
    if !name.bytes().any(|b| matches!(b, b';' | b',' | b'"' | b'\\')) && name.trim() == name {
        return name.to_string();
    }
    let mut quoted = String::from("\"");
    for c in name.chars() {
        if matches!(c, '"' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted
}

/// The placeholder snippets write for the sending domain.
pub const DOMAIN_PLACEHOLDER: &str = "YOUR_DOMAIN";

/// A snippet's request as the generator's model, with `domain` for `YOUR_DOMAIN`.
pub fn from_snippet(r: &SnippetRequest, domain: &str) -> ApiRequest {
    let fill = |s: &str| s.replace(DOMAIN_PLACEHOLDER, domain);
    let mut fields: Vec<FormField> = Vec::new();
    for (name, value) in r.form {
        match fields.iter_mut().find(|f| f.name == *name) {
            Some(f) => f.values.push(fill(value)),
            None => fields.push(FormField { name: name.to_string(), values: vec![fill(value)] }),
        }
    }
    ApiRequest {
        method: Method::parse(r.method).unwrap_or(Method::Get),
        domain: domain.to_string(),
        path: fill(r.path),
        query: r.query.iter().map(|(k, v)| (k.to_string(), fill(v))).collect(),
        fields,
        files: r
            .files
            .iter()
            .map(|(field, name)| FilePart { field: field.to_string(), name: name.to_string() })
            .collect(),
    }
}

/// A snippet as code: `(language id, label, code)` for every language it can be written in —
/// all eight for requests (each request in turn), the languages given for other code.
pub fn snippet_code(s: &Snippet, region: Region, domain: &str) -> Vec<(&'static str, &'static str, String)> {
    let mut out = Vec::new();
    for lang in LANGS {
        let code = if s.requests.is_empty() {
            match s.code.iter().find(|(id, _)| *id == lang.id) {
                Some((_, code)) => region.fill(code).replace(DOMAIN_PLACEHOLDER, domain),
                None => continue,
            }
        } else {
            let parts: Vec<String> =
                s.requests.iter().map(|r| render(&from_snippet(r, domain), region, lang)).collect();
            parts.join("\n")
        };
        out.push((lang.id, lang.label, code));
    }
    out
}

/// The language a question names ("from Python", "in C#", "用 Go"), by generator id.
///
/// ```
/// use mailgun_help_core::tools::codegen::language_named;
/// assert_eq!(language_named("How do I send an attachment from Python?"), Some("python"));
/// assert_eq!(language_named("用 node.js 发邮件"), Some("node"));
/// assert_eq!(language_named("send a message"), None);
/// ```
pub fn language_named(question: &str) -> Option<&'static str> {
    const NAMES: [(&str, &[&str]); 8] = [
        ("python", &["python", "django", "flask"]),
        ("node", &["node", "nodejs", "node.js", "javascript", "typescript", "mailgun.js"]),
        ("php", &["php", "laravel"]),
        ("ruby", &["ruby", "rails"]),
        ("go", &["go", "golang"]),
        ("java", &["java", "spring", "kotlin"]),
        ("csharp", &["c#", "csharp", ".net", "dotnet", "asp.net"]),
        ("curl", &["curl", "bash", "shell"]),
    ];
    let q = crate::case::lower(question);
    let words: Vec<&str> = q.split(|c: char| c.is_whitespace() || ",;:?!()，。？！：".contains(c)).collect();
    NAMES.iter().find(|(_, names)| names.iter().any(|n| words.contains(n))).map(|(id, _)| *id)
}

#[cfg(test)]
mod tests;
