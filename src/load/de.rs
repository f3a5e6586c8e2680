//! Deserializes model types from a located [`Node`] tree, so that every type
//! error, missing field and unknown field comes back with its field path and
//! source range instead of a bare serde message.

use std::fmt;
use std::ops::Range;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, SeqAccess, VariantAccess,
    Visitor,
};

use super::tree::{Node, Value, join_key};
use crate::model::table::EXACT_NUMBER;

/// What went wrong, in a form the loader can turn into a precise diagnostic.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// A value of the wrong type or form: `message` says what was expected
    /// (in the run's language), `hint` is the id of the catalogue message
    /// whose `.hint` says how to fix this kind of mistake, and `null`
    /// whether the value was left empty.
    Invalid {
        message: String,
        hint: String,
        null: bool,
    },
    MissingField {
        field: &'static str,
    },
    UnknownField {
        field: String,
        expected: &'static [&'static str],
    },
    UnknownVariant {
        variant: String,
        expected: &'static [&'static str],
    },
}

/// A deserialization error located at a field path and a source range.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    pub kind: ErrorKind,
    pub path: Option<String>,
    pub span: Option<Range<usize>>,
}

impl Error {
    fn new(kind: ErrorKind) -> Self {
        Self { kind, path: None, span: None }
    }

    /// Records where the error happened unless an inner call already did.
    fn at(mut self, path: &str, span: &Range<usize>) -> Self {
        if self.path.is_none() {
            self.path = Some(path.to_string());
            self.span = Some(span.clone());
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Invalid { message, .. } => f.write_str(message),
            ErrorKind::MissingField { field } => f.write_str(&crate::t!("missing-field", field = *field)),
            ErrorKind::UnknownField { field, .. } => {
                f.write_str(&crate::t!("unknown-field", field = field.as_str()))
            }
            ErrorKind::UnknownVariant { variant, .. } => {
                f.write_str(&crate::t!("unknown-value", value = variant.as_str()))
            }
        }
    }
}

impl std::error::Error for Error {}

/// Separates the kind of a mistake from its message in the text a model
/// type gives serde's `Error::custom` (text is all serde carries).
const HINT_MARK: char = '\u{1}';

/// A mistake in a value, for a model type's `Deserialize` to give serde's
/// `Error::custom`: `message` in the run's language, and `hint` the id of
/// the catalogue message whose `.hint` says how to fix this kind of mistake
/// (`date-format` for every impossible date).
pub fn mistake(hint: &str, message: impl fmt::Display) -> String {
    format!("{HINT_MARK}{hint}{HINT_MARK}{message}")
}

impl Error {
    fn invalid(hint: &str, message: String, null: bool) -> Self {
        Self::new(ErrorKind::Invalid { message, hint: hint.to_string(), null })
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let message = msg.to_string();
        if let Some(rest) = message.strip_prefix(HINT_MARK)
            && let Some((hint, message)) = rest.split_once(HINT_MARK)
        {
            return Self::invalid(hint, message.to_string(), false);
        }
        // serde's own message for an untagged enum names the Rust type.
        if message.starts_with("data did not match any variant of untagged enum ") {
            return Self::invalid("wrong-type", crate::t!("wrong-type-form"), false);
        }
        Self::invalid("wrong-type", message, false)
    }

    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Self {
        Self::invalid_value(unexp, exp)
    }

    fn invalid_value(unexp: de::Unexpected, exp: &dyn de::Expected) -> Self {
        // A whole number that does not fit is out of range, not of the wrong kind.
        if let Some((min, max)) = integer_range(&exp.to_string())
            && (matches!(unexp, de::Unexpected::Signed(_) | de::Unexpected::Unsigned(_))
                || matches!(unexp, de::Unexpected::Float(x) if x.fract() == 0.0 && !(min as f64..=max as f64).contains(&x)))
        {
            let message = crate::t!(
                "wrong-type-range",
                found = describe(&unexp),
                min = min.to_string(),
                max = max.to_string()
            );
            return Self::invalid("wrong-type-range", message, false);
        }
        let (kind, text) = expected(exp);
        let hint = match kind {
            "integer" => "wrong-type-integer",
            "text" => "wrong-type-text",
            "list" => "wrong-type-list",
            _ => "wrong-type",
        };
        let message = crate::t!(
            "wrong-type",
            expected = crate::t!("value-expected", kind = kind, text = text),
            found = describe(&unexp)
        );
        Self::invalid(hint, message, matches!(unexp, de::Unexpected::Unit | de::Unexpected::Option))
    }

    fn missing_field(field: &'static str) -> Self {
        Self::new(ErrorKind::MissingField { field })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Self::new(ErrorKind::UnknownField { field: field.to_string(), expected })
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::new(ErrorKind::UnknownVariant { variant: variant.to_string(), expected })
    }
}

/// The values a Rust integer type named by serde (`u32`) holds.
fn integer_range(exp: &str) -> Option<(i128, i128)> {
    Some(match exp {
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" | "isize" => (i64::MIN.into(), i64::MAX.into()),
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" | "usize" => (0, u64::MAX.into()),
        _ => return None,
    })
}

/// What serde expected, as the kind `value-expected` names in words a user
/// of the YAML understands, and serde's text for the others (a model
/// type's own `expecting`, already in the run's language).
fn expected(exp: &dyn de::Expected) -> (&'static str, String) {
    let exp = exp.to_string();
    let kind = match exp.as_str() {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" => "integer",
        "f32" | "f64" => "number",
        "a string" => "text",
        "a boolean" => "bool",
        "a sequence" => "list",
        "a map" => "mapping",
        _ if exp.starts_with("struct ") => "fields",
        // Never a Rust type's name: `enum Numbering`, `tuple struct Lines`.
        _ if exp.starts_with("enum ") => "enum",
        _ if exp.contains("struct ") || exp.contains("variant ") => "form",
        _ if exp.starts_with("a sequence") => "list",
        _ => "other",
    };
    (kind, exp)
}

/// The value found, in words; a number as the text it was read from.
fn describe(unexp: &de::Unexpected) -> String {
    use de::Unexpected::*;
    let (kind, value) = match unexp {
        Str(s) => ("text", s.to_string()),
        Signed(i) => ("number", i.to_string()),
        Unsigned(u) => ("number", u.to_string()),
        Float(x) => ("number", x.to_string()),
        Bool(b) => ("bool", b.to_string()),
        Unit | Option => ("null", String::new()),
        Seq => ("list", String::new()),
        Map => ("mapping", String::new()),
        other => ("other", other.to_string()),
    };
    crate::t!("value-found", kind = kind, value = value)
}

/// Deserializes `T` from `node`, which sits at field `path` of the document.
pub fn from_node<'a, T: serde::Deserialize<'a>>(
    node: &'a Node,
    path: &str,
    source: &'a str,
) -> Result<T, Error> {
    T::deserialize(NodeDeserializer { node, path: path.to_string(), source })
}

/// Deserializes `T` from `node` like [`from_node`], but goes on after a
/// mistake to find the others, up to `max` errors: the value at fault is
/// set aside (an unknown field or a wrong value dropped, so the field takes
/// its default; a value that must be there replaced by a neutral one of
/// some kind) and the whole value is read again. The shape of the model
/// comes from the model's own `Deserialize`, so no field is listed here.
pub fn from_node_all<T: serde::de::DeserializeOwned>(
    node: &Node,
    path: &str,
    source: &str,
    max: usize,
) -> Result<T, Vec<Error>> {
    let first = match from_node::<T>(node, path, source) {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    let mut errors = vec![first];
    let mut tree = node.clone();
    // The value being replaced, and the next neutral value to try there.
    let mut current: Option<(String, usize)> = None;
    // Whether the last error found is still to be set aside.
    let mut fresh = true;
    // Each error found costs at most one reading per neutral value.
    for _ in 0..max.saturating_mul(NEUTRAL.len() + SIBLINGS + 2) {
        if fresh {
            fresh = false;
            if errors.len() >= max {
                break;
            }
            let last = errors.last().expect("one error at least");
            let at = full_path(last);
            if at.is_empty() {
                break;
            }
            // A field given is dropped first: it may take its default.
            let dropped = !matches!(last.kind, ErrorKind::MissingField { .. })
                && tree.remove_entry(relative_path(path, &at));
            current = (!dropped).then_some((at, 0));
        }
        if let Some((at, next)) = &mut current {
            let at = relative_path(path, at);
            let Some(value) = neutral(&tree, at, *next) else { break };
            *next += 1;
            if !tree.set(at, value) {
                break;
            }
        }
        match from_node::<T>(&tree, path, source) {
            Ok(_) => break,
            Err(e) => {
                let at = full_path(&e);
                // An error at (or inside) a value set aside comes from
                // setting it aside: try the next neutral value there.
                if let Some(reported) = errors.iter().map(full_path).find(|r| within(&at, r)) {
                    if current.as_ref().is_none_or(|(p, _)| *p != reported) {
                        current = Some((reported, 0));
                    }
                    continue;
                }
                errors.push(e);
                fresh = true;
            }
        }
    }
    Err(errors)
}

/// The field path an error is about (a missing field's own).
fn full_path(e: &Error) -> String {
    let path = e.path.as_deref().unwrap_or("");
    match &e.kind {
        ErrorKind::MissingField { field } => join_key(path, field),
        _ => path.to_string(),
    }
}

/// The `n`th value to try in place of the one at `path`: a neutral value
/// of each kind, then, for a list item, the items beside it (a list's items
/// have one shape; a mapping that must have fields has no neutral value).
fn neutral(tree: &Node, path: &str, n: usize) -> Option<Value> {
    if let Some(make) = NEUTRAL.get(n) {
        return Some(make());
    }
    let (parent, index) = path.strip_suffix(']')?.rsplit_once('[')?;
    let index: usize = index.parse().ok()?;
    let (list, _, true) = tree.locate(parent) else { return None };
    let Value::Seq(items) = &list.value else { return None };
    let sibling = items.iter().enumerate().filter(|(i, _)| *i != index).nth(n - NEUTRAL.len())?;
    (n - NEUTRAL.len() < SIBLINGS).then(|| sibling.1.value.clone())
}

/// How many items beside a list item at fault are tried in its place.
const SIBLINGS: usize = 4;

/// Neutral values tried in place of one set aside, one per kind a field
/// may take (the last a date, for a date that must be given).
const NEUTRAL: &[fn() -> Value] = &[
    || Value::Null,
    || Value::String(String::new()),
    || Value::UInt(0),
    || Value::Seq(Vec::new()),
    || Value::Map(Vec::new()),
    || Value::String("2000-01-01".to_string()),
];

/// Whether field path `path` is `outer` or inside it.
fn within(path: &str, outer: &str) -> bool {
    path.strip_prefix(outer).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// A field path relative to the node read at `base`.
fn relative_path<'p>(base: &str, path: &'p str) -> &'p str {
    match path.strip_prefix(base) {
        Some(rest) if !base.is_empty() => rest.strip_prefix('.').unwrap_or(rest),
        _ => path,
    }
}

/// A serde deserializer reading one [`Node`].
pub struct NodeDeserializer<'a> {
    node: &'a Node,
    path: String,
    /// The YAML text, to give a string field the exact spelling of a scalar
    /// that YAML read as a number (`18.2`, `05`).
    source: &'a str,
}

impl<'a> NodeDeserializer<'a> {
    fn child(&self, node: &'a Node, path: String) -> Self {
        Self { node, path, source: self.source }
    }

    fn locate<T>(&self, r: Result<T, Error>) -> Result<T, Error> {
        r.map_err(|mut e| {
            // A number is shown as written (`99999999999999999999999`, not
            // `1e23`): the message was made from the value YAML read.
            if e.path.is_none()
                && let (
                    ErrorKind::Invalid { message, .. },
                    Value::Int(_) | Value::UInt(_) | Value::Float(_),
                    Some(raw),
                ) = (&mut e.kind, &self.node.value, self.scalar_text())
            {
                let typed = crate::t!("value-found", kind = "number", value = raw);
                *message = message.replace(&describe(&unexpected(self.node)), &typed);
            }
            e.at(&self.path, &self.node.span)
        })
    }

    /// The source spelling of a non-string scalar.
    fn scalar_text(&self) -> Option<String> {
        match &self.node.value {
            Value::String(s) => Some(s.clone()),
            Value::Int(_) | Value::UInt(_) | Value::Float(_) | Value::Bool(_) => {
                let raw = self.source.get(self.node.span.clone())?.trim();
                (!raw.is_empty()).then(|| raw.to_string())
            }
            _ => None,
        }
    }
}

macro_rules! forward_to_any {
    ($($method:ident)*) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.deserialize_any(visitor)
        })*
    };
}

impl<'de> Deserializer<'de> for NodeDeserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let r = match &self.node.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Int(i) => visitor.visit_i64(*i),
            Value::UInt(u) => visitor.visit_u64(*u),
            Value::Float(f) => visitor.visit_f64(*f),
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Seq(items) => {
                visitor.visit_seq(SeqDeserializer { de: &self, items, index: 0, alone: false })
            }
            Value::Map(entries) => {
                visitor.visit_map(MapDeserializer { de: &self, entries, index: 0, value: None })
            }
        };
        self.locate(r)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.node.value {
            Value::Null => self.locate(visitor.visit_none()),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        // Text fields take any scalar as written: `number: 18.2` stays "18.2".
        match (&self.node.value, self.scalar_text()) {
            (Value::String(s), _) => self.locate(visitor.visit_borrowed_str(s)),
            (_, Some(text)) => self.locate(visitor.visit_string(text)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        // A table cell asks for a number as written, to keep it exact.
        if name == EXACT_NUMBER
            && matches!(self.node.value, Value::Int(_) | Value::UInt(_) | Value::Float(_))
            && let Some(text) = self.scalar_text()
        {
            let entry = std::iter::once((EXACT_NUMBER, text));
            let r = visitor.visit_map(de::value::MapDeserializer::<_, Error>::new(entry));
            return self.locate(r);
        }
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let r = match &self.node.value {
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            // `numbering: 1.` is the value `1.` as typed, not the number 1.0.
            Value::Int(_) | Value::UInt(_) | Value::Float(_) | Value::Bool(_) => match self.scalar_text() {
                Some(text) => visitor.visit_enum(text.into_deserializer()),
                None => Err(de::Error::custom(one_of(variants, self.node))),
            },
            Value::Map(entries) if entries.len() == 1 => {
                let e = &entries[0];
                let path = join_key(&self.path, &e.key);
                visitor.visit_enum(EnumDeserializer { de: self.child(&e.value, path), tag: &e.key })
            }
            _ => Err(de::Error::custom(one_of(variants, self.node))),
        };
        self.locate(r)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        // One value where a list is natural is a list of one (`to: Trưởng
        // các thôn`, `archive: VT`, one mapping), read at the field's own
        // path. Null stays an error: it is no item.
        match &self.node.value {
            Value::String(_)
            | Value::Int(_)
            | Value::UInt(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::Map(_) => {
                let one = std::slice::from_ref(self.node);
                let r = visitor.visit_seq(SeqDeserializer { de: &self, items: one, index: 0, alone: true });
                self.locate(r)
            }
            _ => self.deserialize_any(visitor),
        }
    }

    forward_to_any! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_f32
        deserialize_f64 deserialize_char deserialize_bytes deserialize_byte_buf
        deserialize_unit deserialize_map deserialize_identifier
        deserialize_ignored_any deserialize_i128 deserialize_u128
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, v: V) -> Result<V::Value, Error> {
        self.deserialize_any(v)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, v: V) -> Result<V::Value, Error> {
        self.deserialize_any(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        v: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_any(v)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_any(v)
    }
}

/// "expected one of `a`, `b`, found a list": what a field of fixed values
/// takes, by the values the user writes (never the Rust type's name).
fn one_of(variants: &[&str], node: &Node) -> String {
    let values: Vec<String> = variants.iter().map(|v| format!("`{v}`")).collect();
    crate::t!("wrong-type-one-of", expected = values.join(", "), found = describe(&unexpected(node)))
}

fn unexpected(node: &Node) -> de::Unexpected<'_> {
    match &node.value {
        Value::Null => de::Unexpected::Unit,
        Value::Bool(b) => de::Unexpected::Bool(*b),
        Value::Int(i) => de::Unexpected::Signed(*i),
        Value::UInt(u) => de::Unexpected::Unsigned(*u),
        Value::Float(f) => de::Unexpected::Float(*f),
        Value::String(s) => de::Unexpected::Str(s),
        Value::Seq(_) => de::Unexpected::Seq,
        Value::Map(_) => de::Unexpected::Map,
    }
}

struct SeqDeserializer<'a, 'de> {
    de: &'a NodeDeserializer<'de>,
    items: &'de [Node],
    index: usize,
    /// A single value read as a list of one: its item has the field's path.
    alone: bool,
}

impl<'de> SeqAccess<'de> for SeqDeserializer<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some(node) = self.items.get(self.index) else { return Ok(None) };
        let path =
            if self.alone { self.de.path.clone() } else { format!("{}[{}]", self.de.path, self.index) };
        self.index += 1;
        seed.deserialize(self.de.child(node, path)).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len() - self.index)
    }
}

struct MapDeserializer<'a, 'de> {
    de: &'a NodeDeserializer<'de>,
    entries: &'de [super::tree::Entry],
    index: usize,
    value: Option<&'de super::tree::Entry>,
}

impl<'de> MapAccess<'de> for MapDeserializer<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some(entry) = self.entries.get(self.index) else { return Ok(None) };
        self.index += 1;
        self.value = Some(entry);
        let key: de::value::BorrowedStrDeserializer<'de, Error> =
            de::value::BorrowedStrDeserializer::new(&entry.key);
        seed.deserialize(key)
            .map(Some)
            .map_err(|e| e.at(&join_key(&self.de.path, &entry.key), &entry.key_span))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let entry = self.value.take().expect("next_value called before next_key");
        let path = join_key(&self.de.path, &entry.key);
        seed.deserialize(self.de.child(&entry.value, path))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len() - self.index)
    }
}

struct EnumDeserializer<'de> {
    de: NodeDeserializer<'de>,
    tag: &'de str,
}

impl<'de> EnumAccess<'de> for EnumDeserializer<'de> {
    type Error = Error;
    type Variant = NodeDeserializer<'de>;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self::Variant), Error> {
        let tag: de::value::BorrowedStrDeserializer<'de, Error> =
            de::value::BorrowedStrDeserializer::new(self.tag);
        let value = seed.deserialize(tag)?;
        Ok((value, self.de))
    }
}

impl<'de> VariantAccess<'de> for NodeDeserializer<'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        match self.node.value {
            Value::Null => Ok(()),
            _ => Err(de::Error::custom("expected no value for this variant")),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_any(visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_any(visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // fields exist to be deserialized
    struct Doc {
        year: u16,
        #[serde(default)]
        projects: Vec<Project>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // fields exist to be deserialized
    struct Project {
        number: String,
        lead: String,
    }

    fn load(src: &str) -> Result<Doc, Error> {
        let node: Node = serde_saphyr::from_str(src).unwrap();
        from_node(&node, "", src)
    }

    #[test]
    fn wrong_type_is_located_at_the_value() {
        let src = "year: hai nghìn\n";
        let e = load(src).unwrap_err();
        assert_eq!(e.path.as_deref(), Some("year"));
        assert_eq!(&src[e.span.clone().unwrap()], "hai nghìn");
        assert_eq!(e.to_string(), "Cần một số nguyên, nhưng ở đây là chữ \"hai nghìn\"");
        let e = crate::i18n::with_lang(crate::i18n::Lang::En, || load(src).unwrap_err());
        assert_eq!(e.to_string(), "expected a whole number, found text \"hai nghìn\"");
        assert!(
            matches!(e.kind, ErrorKind::Invalid { ref hint, null: false, .. } if hint == "wrong-type-integer")
        );
    }

    #[test]
    fn missing_field_names_the_parent_path() {
        let src = "year: 2026\nprojects:\n  - number: 1\n    lead: A\n  - number: 2\n";
        let e = load(src).unwrap_err();
        assert_eq!(e.kind, ErrorKind::MissingField { field: "lead" });
        assert_eq!(e.path.as_deref(), Some("projects[1]"));
    }

    #[test]
    fn unknown_field_is_located_at_the_key() {
        let src = "year: 2026\nprojetcs: []\n";
        let e = load(src).unwrap_err();
        assert!(matches!(e.kind, ErrorKind::UnknownField { ref field, .. } if field == "projetcs"));
        assert_eq!(&src[e.span.unwrap()], "projetcs");
    }

    #[test]
    fn every_mistake_is_found_in_one_reading() {
        // A wrong required value, a wrong list item (replaced by the first
        // item beside it that reads) and an unknown field: each set aside in
        // turn, so the ones after it are found too.
        let src = "year: x\nprojects:\n  - 5\n  - number: 1\n    lead: A\n    leed: B\n  - number: 2\n    lead: C\n";
        let node: Node = serde_saphyr::from_str(src).unwrap();
        let errors = from_node_all::<Doc>(&node, "", src, 10).unwrap_err();
        let found: Vec<(String, Option<&str>)> =
            errors.iter().map(|e| (e.to_string(), e.path.as_deref())).collect();
        assert_eq!(
            found,
            [
                ("Cần một số nguyên, nhưng ở đây là chữ \"x\"".to_string(), Some("year")),
                ("Cần một nhóm trường, nhưng ở đây là số 5".to_string(), Some("projects[0]")),
                ("Trường `leed` không có ở đây".to_string(), Some("projects[1].leed")),
            ]
        );
        // The cap holds.
        assert_eq!(from_node_all::<Doc>(&node, "", src, 2).unwrap_err().len(), 2);
    }

    /// Every kind of mistake a model type or this module names has its fix
    /// in both catalogues (a kind without one would fall back to the
    /// general hint unnoticed).
    #[test]
    fn every_kind_of_mistake_has_its_hint() {
        let named = regex::Regex::new(r#"(?:mistake|invalid)\(\s*"([a-z-]+)""#).unwrap();
        // The loader's own kinds, and those `vn::date::parse` gives with its message.
        let kinds = regex::Regex::new(r#"=> "(wrong-type[a-z-]*)"|[^!]\("(date-[a-z-]+)","#).unwrap();
        let mut found = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for c in named.captures_iter(&text).chain(kinds.captures_iter(&text)) {
                        let id = c.iter().skip(1).flatten().next().expect("one group");
                        found.push(id.as_str().to_string());
                    }
                }
            }
        }
        found.sort();
        found.dedup();
        assert!(found.len() >= 10 && found.contains(&"date-day-first".to_string()), "{found:?}");
        for id in &found {
            for lang in crate::i18n::Lang::ALL {
                assert!(crate::i18n::has(lang, &format!("{id}.hint")), "{id}.hint in {lang:?}");
            }
        }
    }

    #[test]
    fn numbers_read_into_text_fields_keep_their_spelling() {
        let src = "year: 2026\nprojects:\n  - number: 18.20\n    lead: A\n";
        let doc = load(src).unwrap();
        assert_eq!(doc.projects[0].number, "18.20");
    }
}
