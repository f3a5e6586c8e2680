//! A located YAML tree: every node and every mapping key keeps the byte range
//! it came from, so any later stage can point at the exact place in the file.
//!
//! The tree is built by serde-saphyr (which owns syntax, anchors, aliases and
//! input budgets); [`super::de`] then deserializes the model from the tree,
//! and lints and `rollover` resolve field paths back to source ranges here.

use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Location, Spanned};

/// One YAML node with the source range it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Byte range of the node where it is used. For an alias (`*x`) this is
    /// the alias; for a mapping or sequence only its start is meaningful.
    pub span: Range<usize>,
    pub value: Value,
}

/// The value of a node. Scalars keep the type YAML resolved for them; the
/// source text stays reachable through [`Node::span`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    String(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

/// A mapping entry: the key (always text) with its own range, and the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_span: Range<usize>,
    pub value: Node,
}

impl Node {
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }

    pub fn entry(&self, key: &str) -> Option<&Entry> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A scalar as the user wrote it: the text of a string, the source
    /// spelling of a number or boolean (`5`, `1.`, `99999999999999999999999`,
    /// not the value YAML read); `None` for null, lists and mappings.
    pub fn scalar_text<'a>(&'a self, source: &'a str) -> Option<&'a str> {
        match &self.value {
            Value::String(s) => Some(s),
            Value::Int(_) | Value::UInt(_) | Value::Float(_) | Value::Bool(_) => {
                source.get(self.span.clone()).map(str::trim).filter(|t| !t.is_empty())
            }
            _ => None,
        }
    }

    /// A short description of the node's kind for error messages.
    pub fn kind(&self) -> String {
        let kind = match self.value {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::UInt(_) => "integer",
            Value::Float(_) => "number",
            Value::String(_) => "text",
            Value::Seq(_) => "list",
            Value::Map(_) => "mapping",
        };
        crate::t!("node-kind", kind = kind)
    }

    /// Finds the node at a field path such as `projects[2].assignment.lead`.
    /// Returns the deepest node that exists, with the unmatched rest, so a
    /// missing field can still be reported at its parent.
    pub fn locate<'a>(&'a self, path: &str) -> (&'a Node, Option<&'a Entry>, bool) {
        let mut node = self;
        let mut entry = None;
        for seg in parse_path(path) {
            let next = match seg {
                Seg::Key(k) => node.entry(k).map(|e| {
                    entry = Some(e);
                    &e.value
                }),
                Seg::Index(i) => match &node.value {
                    Value::Seq(items) => items.get(i).inspect(|_| entry = None),
                    _ => None,
                },
            };
            match next {
                Some(n) => node = n,
                None => return (node, entry, false),
            }
        }
        (node, entry, true)
    }

    /// The node at a field path, to change it; `None` if it does not exist.
    pub fn at_mut(&mut self, path: &str) -> Option<&mut Node> {
        let mut node = self;
        for seg in parse_path(path) {
            node = match (seg, &mut node.value) {
                (Seg::Key(k), Value::Map(entries)) => &mut entries.iter_mut().find(|e| e.key == k)?.value,
                (Seg::Index(i), Value::Seq(items)) => items.get_mut(i)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// Sets the value at a field path, adding the mapping entry when the
    /// path names a missing field of a mapping; whether it could.
    pub fn set(&mut self, path: &str, value: Value) -> bool {
        if let Some(node) = self.at_mut(path) {
            node.value = value;
            return true;
        }
        let Some((parent, key)) = split_last_key(path) else { return false };
        match self.at_mut(parent) {
            Some(Node { span, value: Value::Map(entries) }) => {
                let span = span.start..span.start;
                let value = Node { span: span.clone(), value };
                entries.push(Entry { key: key.to_string(), key_span: span, value });
                true
            }
            _ => false,
        }
    }

    /// Removes the mapping entry at a field path that ends in a key
    /// (`signer.name`); whether there was one.
    pub fn remove_entry(&mut self, path: &str) -> bool {
        let Some((parent, key)) = split_last_key(path) else { return false };
        match self.at_mut(parent).map(|n| &mut n.value) {
            Some(Value::Map(entries)) => {
                let before = entries.len();
                entries.retain(|e| e.key != key);
                entries.len() < before
            }
            _ => false,
        }
    }

    /// Calls `f` with the path and node of every string scalar, depth first,
    /// in document order.
    pub fn visit_strings<'a>(&'a self, path: &mut String, f: &mut dyn FnMut(&str, &'a Node)) {
        self.visit_scalars(path, &mut |path, node| {
            if matches!(node.value, Value::String(_)) {
                f(path, node)
            }
        });
    }

    /// Calls `f` with the path and node of every scalar (text, number,
    /// boolean, null) under this node, in document order.
    pub fn visit_scalars<'a>(&'a self, path: &mut String, f: &mut dyn FnMut(&str, &'a Node)) {
        match &self.value {
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    item.visit_scalars(path, f);
                    path.truncate(len);
                }
            }
            Value::Map(entries) => {
                for e in entries {
                    let len = path.len();
                    push_key(path, &e.key);
                    e.value.visit_scalars(path, f);
                    path.truncate(len);
                }
            }
            _ => f(path, self),
        }
    }

    /// Like [`Node::visit_strings`] but lets `f` replace each string.
    pub fn map_strings<E>(&mut self, path: &mut String, f: &mut StringMapper<'_, E>) -> Result<(), Vec<E>> {
        let mut errors = Vec::new();
        self.map_strings_inner(path, f, &mut errors);
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    fn map_strings_inner<E>(&mut self, path: &mut String, f: &mut StringMapper<'_, E>, errors: &mut Vec<E>) {
        match &mut self.value {
            Value::String(s) => {
                if let Err(e) = f(path, &self.span, s) {
                    errors.push(e);
                }
            }
            Value::Seq(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    item.map_strings_inner(path, f, errors);
                    path.truncate(len);
                }
            }
            Value::Map(entries) => {
                for e in entries {
                    let len = path.len();
                    push_key(path, &e.key);
                    e.value.map_strings_inner(path, f, errors);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
}

/// A function given each string's field path and source range, which may
/// replace the string or fail.
pub type StringMapper<'a, E> = dyn FnMut(&str, &Range<usize>, &mut String) -> Result<(), E> + 'a;

/// Appends `.key` (or `key` at the root) to a field path.
pub fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

/// Joins a parent path and a key.
pub fn join_key(path: &str, key: &str) -> String {
    let mut p = path.to_string();
    push_key(&mut p, key);
    p
}

/// A field path that ends in a key, as its parent's path and the key.
fn split_last_key(path: &str) -> Option<(&str, &str)> {
    if path.is_empty() || path.ends_with(']') {
        return None;
    }
    Some(path.rsplit_once('.').unwrap_or(("", path)))
}

enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

fn parse_path(path: &str) -> impl Iterator<Item = Seg<'_>> {
    path.split('.').filter(|s| !s.is_empty()).flat_map(|part| {
        let (key, rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        let key = (!key.is_empty()).then_some(Seg::Key(key));
        let indices = rest
            .split('[')
            .filter_map(|i| i.trim_end_matches(']').parse().ok())
            .map(Seg::Index)
            .collect::<Vec<_>>();
        key.into_iter().chain(indices)
    })
}

fn byte_range(loc: &Location) -> Range<usize> {
    let span = loc.span();
    let start = span.byte_offset().unwrap_or(0) as usize;
    start..start + span.byte_len().unwrap_or(0) as usize
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Value>::deserialize(d)?;
        Ok(Node { span: byte_range(&spanned.referenced), value: spanned.value })
    }
}

/// A mapping key, read as text whatever YAML type it resolved to.
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E>(self, v: &str) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Key, E> {
                Ok(Key("null".into()))
            }
            fn visit_none<E>(self) -> Result<Key, E> {
                Ok(Key("null".into()))
            }
        }
        d.deserialize_any(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ValueVisitor;
        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
                Value::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
                Ok(Value::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
                Ok(Value::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
                Ok(Value::UInt(v))
            }
            // Beyond 64 bits a whole number is kept as a float; its exact
            // spelling stays in the source text, which figures read.
            fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
                Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
            }
            fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
                Ok(u64::try_from(v).map_or(Value::Float(v as f64), Value::UInt))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Value, E> {
                Ok(Value::String(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Value, E> {
                Ok(Value::String(v))
            }
            fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Value, E> {
                Err(E::custom("binary values are not supported"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
                let mut items = Vec::new();
                while let Some(node) = seq.next_element::<Node>()? {
                    items.push(node);
                }
                Ok(Value::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Spanned<Key>>()? {
                    let value = map.next_value::<Node>()?;
                    entries.push(Entry { key: key.value.0, key_span: byte_range(&key.referenced), value });
                }
                Ok(Value::Map(entries))
            }
        }
        d.deserialize_any(ValueVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Node {
        serde_saphyr::from_str(src).unwrap()
    }

    #[test]
    fn keeps_byte_ranges_of_scalars_and_keys() {
        let src = "năm: 2026\ntitle: \"Kế hoạch\"\n";
        let root = parse(src);
        let year = root.entry("năm").unwrap();
        assert_eq!(&src[year.key_span.clone()], "năm");
        assert_eq!(&src[year.value.span.clone()], "2026");
        assert_eq!(year.value.value, Value::UInt(2026));
        let title = root.get("title").unwrap();
        assert_eq!(&src[title.span.clone()], "\"Kế hoạch\"");
    }

    #[test]
    fn locate_follows_keys_and_indices() {
        let src = "projects:\n  - name: a\n  - name: b\n    assignment:\n      lead: X\n";
        let root = parse(src);
        let (node, _, found) = root.locate("projects[1].assignment.lead");
        assert!(found);
        assert_eq!(node.as_str(), Some("X"));
        let (node, _, found) = root.locate("projects[0].assignment.lead");
        assert!(!found);
        assert!(matches!(node.value, Value::Map(_)));
    }

    #[test]
    fn aliases_are_expanded_and_point_at_the_alias() {
        let src = "a: &f\n  x: 1\nb: *f\n";
        let root = parse(src);
        let b = root.get("b").unwrap();
        assert_eq!(b.get("x").unwrap().value, Value::UInt(1));
        assert_eq!(&src[b.span.clone()], "*f");
    }
}
