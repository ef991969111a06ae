//! The helpers the content types use to build themselves from the compiled content JSON (parsed by
//! the widget's one JSON parser, [`crate::json`]).
//!
//! Why not serde: its derived deserialisers are generated per type and per format, and for the ~40
//! content types they were the largest piece of non-view code in the widget (over 100 KB of wasm).
//! The JSON here is machine-written by `build.rs` (serde_json's compact output of TOML). Each content type reads
//! its fields by name through [`Obj`], which also refuses keys it does not know, as serde's
//! `deny_unknown_fields` did.

use super::AssetError;

pub use crate::json::Json as Node;

/// Parses `text` as one JSON value; the message says what was wrong and where.
pub fn parse(text: &str) -> Result<Node, String> {
    crate::json::parse(text).map_err(|e| e.to_string())
}

/// The fields of one object, read by name; `at` names the object in error messages.
pub struct Obj<'n> {
    fields: &'n [(String, Node)],
    at: String,
}

/// An error about the value at `at`.
pub fn shape(at: &str, message: impl std::fmt::Display) -> AssetError {
    let (path, rest) = at.split_once(' ').unwrap_or((at, ""));
    AssetError::Shape {
        path: path.to_string(),
        message: format!("{rest}: {message}").trim_start_matches(": ").to_string(),
    }
}

impl<'n> Obj<'n> {
    /// `node` as an object whose keys are all among `known`.
    pub fn new(node: &'n Node, at: String, known: &[&str]) -> Result<Obj<'n>, AssetError> {
        let o = Obj::any(node, at)?;
        o.only(known)?;
        Ok(o)
    }

    /// `node` as an object, any keys (check them with [`Obj::only`]).
    pub fn any(node: &'n Node, at: String) -> Result<Obj<'n>, AssetError> {
        match node {
            Node::Obj(fields) => Ok(Obj { fields, at }),
            _ => Err(shape(&at, "expected a table")),
        }
    }

    /// Refuses any key not among `known`.
    pub fn only(&self, known: &[&str]) -> Result<(), AssetError> {
        match self.fields.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            Some((k, _)) => Err(shape(&self.at, format!("unknown field `{k}`"))),
            None => Ok(()),
        }
    }

    /// The value of `key`, if present.
    pub fn opt(&self, key: &str) -> Option<&'n Node> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value of `key`; missing is an error.
    pub fn req(&self, key: &str) -> Result<&'n Node, AssetError> {
        self.opt(key).ok_or_else(|| shape(&self.at, format!("missing field `{key}`")))
    }

    /// A path for the value of `key` (its own messages name it).
    pub fn path(&self, key: &str) -> String {
        format!("{}.{key}", self.at)
    }

    /// The string at `key`.
    pub fn string(&self, key: &str) -> Result<String, AssetError> {
        str_of(self.req(key)?, &self.path(key)).map(str::to_string)
    }

    /// The strings at `key`; absent is an empty list.
    pub fn strings(&self, key: &str) -> Result<Vec<String>, AssetError> {
        self.list(key, |n, at| str_of(n, &at).map(str::to_string))
    }

    /// The bilingual text at `key`.
    pub fn text(&self, key: &str) -> Result<crate::text::Text, AssetError> {
        text_of(self.req(key)?, self.path(key))
    }

    /// The texts at `key`; absent is an empty list.
    pub fn texts(&self, key: &str) -> Result<Vec<crate::text::Text>, AssetError> {
        self.list(key, text_of)
    }

    /// The whole number at `key`, which must fit `T`.
    pub fn int<T: TryFrom<i64>>(&self, key: &str) -> Result<T, AssetError> {
        match self.req(key)? {
            Node::Int(n) => T::try_from(*n).map_err(|_| shape(&self.path(key), format!("{n} is out of range"))),
            _ => Err(shape(&self.path(key), "expected a whole number")),
        }
    }

    /// The whole number at `key`, or `None` when absent.
    pub fn opt_int<T: TryFrom<i64>>(&self, key: &str) -> Result<Option<T>, AssetError> {
        self.opt(key).map(|_| self.int(key)).transpose()
    }

    /// The boolean at `key`; absent is false.
    pub fn flag(&self, key: &str) -> Result<bool, AssetError> {
        match self.opt(key) {
            None => Ok(false),
            Some(Node::Bool(b)) => Ok(*b),
            Some(_) => Err(shape(&self.path(key), "expected true or false")),
        }
    }

    /// The value at `key` read by `name_of`: one of the names a closed set of values has.
    pub fn one_of<T: Copy>(&self, key: &str, all: &[T], name_of: fn(T) -> &'static str) -> Result<T, AssetError> {
        one_of(self.req(key)?, &self.path(key), all, name_of)
    }

    /// The list at `key`, each item read by `item`; absent is an empty list.
    pub fn list<T>(
        &self,
        key: &str,
        item: impl Fn(&'n Node, String) -> Result<T, AssetError>,
    ) -> Result<Vec<T>, AssetError> {
        match self.opt(key) {
            None => Ok(Vec::new()),
            Some(Node::Arr(items)) => {
                // A plain loop: an iterator `collect` into `Result` costs a few KB of wasm per item type.
                let mut out = Vec::with_capacity(items.len());
                for (i, n) in items.iter().enumerate() {
                    out.push(item(n, format!("{}[{i}]", self.path(key)))?);
                }
                Ok(out)
            }
            Some(_) => Err(shape(&self.path(key), "expected a list")),
        }
    }
}

/// `node` as a string.
pub fn str_of<'n>(node: &'n Node, at: &str) -> Result<&'n str, AssetError> {
    match node {
        Node::Str(s) => Ok(s),
        _ => Err(shape(at, "expected text")),
    }
}

/// `node` as `{ en = "…", zh = "…" }`.
pub fn text_of(node: &Node, at: String) -> Result<crate::text::Text, AssetError> {
    let o = Obj::new(node, at, &["en", "zh"])?;
    Ok(crate::text::Text { en: o.string("en")?, zh: o.string("zh")? })
}

/// `node` as the value of a closed set whose names `name_of` gives.
pub fn one_of<T: Copy>(node: &Node, at: &str, all: &[T], name_of: fn(T) -> &'static str) -> Result<T, AssetError> {
    let s = str_of(node, at)?;
    all.iter().copied().find(|v| name_of(*v) == s).ok_or_else(|| shape(at, format!("unknown value `{s}`")))
}

/// Reads one file straight through: every read below gives a plain value (a default after a
/// problem) and the first problem is kept for the end. Content types are built as one struct
/// literal, with no early return per field, which keeps the generated code small: each `?` in the
/// middle of a literal would need its own clean-up of the fields already read.
pub fn read_all<T>(node: &Node, at: &str, build: impl FnOnce(&Fields) -> T) -> Result<T, AssetError> {
    let first = std::cell::RefCell::new(None);
    let value = build(&Fields::new(node, at.to_string(), &first));
    match first.into_inner() {
        Some(e) => Err(e),
        None => Ok(value),
    }
}

/// One object's fields inside [`read_all`].
pub struct Fields<'n> {
    obj: Result<Obj<'n>, AssetError>,
    first: &'n std::cell::RefCell<Option<AssetError>>,
}

impl<'n> Fields<'n> {
    fn new(node: &'n Node, at: String, first: &'n std::cell::RefCell<Option<AssetError>>) -> Fields<'n> {
        let fields = Fields { obj: Obj::any(node, at), first };
        if let Err(e) = &fields.obj {
            fields.note(e.clone());
        }
        fields
    }

    fn note(&self, e: AssetError) {
        let mut first = self.first.borrow_mut();
        if first.is_none() {
            *first = Some(e);
        }
    }

    /// The value of `r`, or `T::default()` after noting its error.
    fn ok<T: Default>(&self, r: Result<T, AssetError>) -> T {
        r.unwrap_or_else(|e| {
            self.note(e);
            T::default()
        })
    }

    fn with<T: Default>(&self, read: impl FnOnce(&Obj<'n>) -> Result<T, AssetError>) -> T {
        match &self.obj {
            Ok(o) => self.ok(read(o)),
            Err(_) => T::default(),
        }
    }

    /// Notes a field not among `known`.
    pub fn only(&self, known: &[&str]) {
        self.with(|o| o.only(known));
    }

    /// Notes `key` missing (for lists that must be written, even empty).
    pub fn require(&self, key: &str) {
        self.with(|o| o.req(key).map(|_| ()));
    }

    /// See [`Obj::string`].
    pub fn string(&self, key: &str) -> String {
        self.with(|o| o.string(key))
    }

    /// See [`Obj::strings`].
    pub fn strings(&self, key: &str) -> Vec<String> {
        self.with(|o| o.strings(key))
    }

    /// See [`Obj::text`].
    pub fn text(&self, key: &str) -> crate::text::Text {
        self.with(|o| o.text(key))
    }

    /// See [`Obj::texts`].
    pub fn texts(&self, key: &str) -> Vec<crate::text::Text> {
        self.with(|o| o.texts(key))
    }

    /// The `[name, value]` pairs at `key` (absent: empty): a list of two-string lists.
    pub fn pairs(&self, key: &str) -> Vec<(String, String)> {
        self.with(|o| {
            o.list(key, |n, at| match n {
                Node::Arr(items) if items.len() == 2 => {
                    Ok((str_of(&items[0], &at)?.to_string(), str_of(&items[1], &at)?.to_string()))
                }
                _ => Err(shape(&at, "expected a [name, value] pair")),
            })
        })
    }

    /// See [`Obj::int`].
    pub fn int<T: TryFrom<i64> + Default>(&self, key: &str) -> T {
        self.with(|o| o.int(key))
    }

    /// See [`Obj::opt_int`].
    pub fn opt_int<T: TryFrom<i64>>(&self, key: &str) -> Option<T> {
        self.with(|o| o.opt_int(key))
    }

    /// See [`Obj::flag`].
    pub fn flag(&self, key: &str) -> bool {
        self.with(|o| o.flag(key))
    }

    /// True when `key` is present.
    pub fn has(&self, key: &str) -> bool {
        self.obj.as_ref().is_ok_and(|o| o.opt(key).is_some())
    }

    /// See [`Obj::one_of`]; the first of `all` after a problem.
    pub fn one_of<T: Copy>(&self, key: &str, all: &[T], name_of: fn(T) -> &'static str) -> T {
        let Ok(o) = &self.obj else { return all[0] };
        o.one_of(key, all, name_of).unwrap_or_else(|e| {
            self.note(e);
            all[0]
        })
    }

    /// The closed-set values of the list at `key` (absent: empty).
    pub fn list_of<T: Copy>(&self, key: &str, all: &'static [T], name_of: fn(T) -> &'static str) -> Vec<T> {
        self.with(|o| o.list(key, |n, at| one_of(n, &at, all, name_of)))
    }

    /// The object at `key`, read by `build` (an error and `build` on an empty object when absent).
    pub fn object<T>(&self, key: &str, build: impl FnOnce(&Fields<'n>) -> T) -> T {
        static EMPTY: Node = Node::Obj(Vec::new());
        let (node, at) = match &self.obj {
            Ok(o) => {
                let node = o.req(key).unwrap_or_else(|e| {
                    self.note(e);
                    &EMPTY
                });
                (node, o.path(key))
            }
            Err(_) => (&EMPTY, String::new()),
        };
        build(&Fields::new(node, at, self.first))
    }

    /// The objects of the list at `key` (absent: empty), each read by `build`.
    pub fn each<T>(&self, key: &str, build: impl Fn(&Fields<'n>) -> T) -> Vec<T> {
        let Ok(o) = &self.obj else { return Vec::new() };
        let mut out = Vec::new();
        match o.opt(key) {
            None => {}
            Some(Node::Arr(items)) => {
                for (i, n) in items.iter().enumerate() {
                    out.push(build(&Fields::new(n, format!("{}[{i}]", o.path(key)), self.first)));
                }
            }
            Some(_) => self.note(shape(&o.path(key), "expected a list")),
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_build_rs_writes() {
        let v = parse(r#"{"a":[1,-2,true,false,null],"s":"q\"\\\n\u00e9\ud83d\ude00 中","o":{}}"#).expect("valid");
        let Node::Obj(f) = &v else { panic!("object") };
        assert_eq!(
            f[0].1,
            Node::Arr(vec![Node::Int(1), Node::Int(-2), Node::Bool(true), Node::Bool(false), Node::Null])
        );
        assert_eq!(f[1].1, Node::Str("q\"\\\né😀 中".into()));
        assert_eq!(f[2].1, Node::Obj(vec![]));
    }

    #[test]
    fn refuses_what_it_does_not_expect() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "\"abc", "tru", "{} x", "\"\\q\""] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        assert!(parse(&"[".repeat(100)).is_err(), "deep nesting is refused, not a stack overflow");
        let v = parse(r#"{"n":1.5,"m":99999999999999999999}"#).expect("valid JSON");
        let o = Obj::any(&v, "kb/x.toml".into()).expect("object");
        assert!(o.int::<i64>("n").is_err() && o.int::<i64>("m").is_err(), "content numbers are whole and fit");
    }

    #[test]
    fn objects_refuse_unknown_fields_and_name_the_place() {
        let v = parse(r#"{"en":"a","zh":"b","fr":"c"}"#).expect("valid");
        let e = text_of(&v, "kb/x.toml [[gotcha]] 2.title".into()).expect_err("fr is unknown");
        assert_eq!(e.to_string(), "assets/kb/x.toml: [[gotcha]] 2.title: unknown field `fr`");
    }
}
