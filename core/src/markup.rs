//! Markup written as text, for views that have no event handlers (a chart, a reference entry).
//!
//! Why: every element of Yew's `html!` expands to a virtual-DOM node built inline, about 150–250
//! bytes of wasm each, and the widget's views hold hundreds of them. A call per tag and attribute
//! here is a few bytes, the text compresses like text, and the UI renders the result as one raw
//! node. Everything written through [`Markup::text`] and [`Markup::attr`] is escaped, so content can
//! never become markup. Links inside still work: the app listens for clicks on `#/…` links at its
//! root.

/// An HTML (or inline SVG) fragment under construction.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Markup(String);

impl Markup {
    /// An empty fragment.
    pub fn new() -> Self {
        Markup(String::with_capacity(1024))
    }

    /// Starts a tag: `<name`. Follow with [`Markup::attr`]s, then [`Markup::end`] or
    /// [`Markup::end_void`].
    pub fn tag(&mut self, name: &str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(name);
        self
    }

    /// ` name="value"`, the value escaped.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        escape_into(&mut self.0, value);
        self.0.push('"');
        self
    }

    /// [`Markup::attr`] when there is a value.
    pub fn attr_opt(&mut self, name: &str, value: Option<&str>) -> &mut Self {
        if let Some(v) = value {
            self.attr(name, v);
        }
        self
    }

    /// Ends a start tag: `>`.
    pub fn end(&mut self) -> &mut Self {
        self.0.push('>');
        self
    }

    /// Ends an element with no content: `/>` (SVG elements, and HTML void elements).
    pub fn end_void(&mut self) -> &mut Self {
        self.0.push_str("/>");
        self
    }

    /// `<name>` with no attributes.
    pub fn open(&mut self, name: &str) -> &mut Self {
        self.tag(name).end()
    }

    /// `<name class="class">`.
    pub fn open_class(&mut self, name: &str, class: &str) -> &mut Self {
        self.tag(name).attr("class", class).end()
    }

    /// `</name>`.
    pub fn close(&mut self, name: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(name);
        self.0.push('>');
        self
    }

    /// Text content, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.0, text);
        self
    }

    /// `<name>text</name>`.
    pub fn el(&mut self, name: &str, text: &str) -> &mut Self {
        self.open(name).text(text).close(name)
    }

    /// `<name class="class">text</name>`.
    pub fn el_class(&mut self, name: &str, class: &str, text: &str) -> &mut Self {
        self.open_class(name, class).text(text).close(name)
    }

    /// Another fragment, as it is.
    pub fn append(&mut self, other: &Markup) -> &mut Self {
        self.0.push_str(&other.0);
        self
    }

    /// The markup.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The markup, owned.
    pub fn into_string(self) -> String {
        self.0
    }
}

/// Appends `text` with `&`, `<`, `>` and `"` escaped (enough for text and double-quoted values),
/// and a carriage return as a character reference: the HTML parser turns a raw one into a line
/// feed, so generated code that writes a typed CR (`text=a\r\nb` in curl) would copy without it.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = Markup::new();
        m.tag("a").attr("href", "#/ask?q=\"<x>\"&y").end().text("1 < 2 & \"3\" > 0").close("a");
        assert_eq!(
            m.as_str(),
            "<a href=\"#/ask?q=&quot;&lt;x&gt;&quot;&amp;y\">1 &lt; 2 &amp; &quot;3&quot; &gt; 0</a>"
        );
    }

    #[test]
    fn builders_nest_and_skip_missing_attributes() {
        let mut inner = Markup::new();
        inner.el_class("li", "mh-hint", "中文 ok");
        let mut m = Markup::new();
        m.open_class("ul", "mh-list")
            .append(&inner)
            .tag("path")
            .attr_opt("stroke-dasharray", None)
            .end_void()
            .close("ul");
        assert_eq!(m.into_string(), "<ul class=\"mh-list\"><li class=\"mh-hint\">中文 ok</li><path/></ul>");
    }

    #[test]
    fn a_carriage_return_survives_the_html_parser_as_a_reference() {
        let mut m = Markup::new();
        m.el("code", "a\r\nb");
        assert_eq!(m.as_str(), "<code>a&#13;\nb</code>");
    }

    #[test]
    fn script_looking_text_stays_text() {
        let mut m = Markup::new();
        m.el("p", "<script>alert(1)</script><img src=x onerror=alert(1)>");
        assert!(!m.as_str().contains('<') || m.as_str().matches('<').count() == 2);
        assert!(m.as_str().starts_with("<p>&lt;script&gt;"));
    }
}
