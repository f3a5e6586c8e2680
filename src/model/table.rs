//! Tables: header columns (nested, for merged header cells), an optional
//! column-index row (`A | B | 1 | 2 | 3=1+2`), data rows, and subtotals and
//! totals that vanban computes itself and checks against any figures given.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::limits::{FIGURE_MAX_DECIMALS, FIGURE_MAX_INTEGER_DIGITS, TABLE_SIZE_MAX, TABLE_SIZE_MIN};
use crate::vn;

/// A table in the content of a document.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Printed above the table: `Bảng 1. Kết quả giải ngân`.
    #[serde(default)]
    pub caption: Option<String>,
    /// Printed above the table on the right: `Đơn vị tính: đồng`.
    #[serde(default)]
    pub unit: Option<String>,
    pub columns: Vec<Column>,
    /// The row under the header that names the columns: `true` for
    /// A, B, … over text columns and 1, 2, … over number columns, or the labels.
    #[serde(default)]
    pub index_row: Option<IndexRow>,
    pub rows: Vec<Row>,
    /// A total row computed from every data row (from the top-level rows
    /// of a table with `levels`).
    #[serde(default)]
    pub total: Option<Total>,
    /// The text size in pt to start from (12 by default; 11 or 10 for a
    /// wide table); a table that does not fit is set smaller still.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
    /// Rows in levels, told by the first column's label, from the top
    /// level down: `[I, "1", a, "-"]` (also `A`, `1.1`, `i`, `+`). A row's
    /// figures are the sum of the rows under it: computed where blank,
    /// checked where given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levels: Option<Vec<String>>,
}

/// A header column; with `columns`, a merged header cell over them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub title: String,
    #[serde(default)]
    pub kind: ColumnKind,
    /// `12mm`, `2cm`, `1fr` or `auto`.
    #[serde(default)]
    pub width: Option<String>,
    /// `left`, `center` or `right`; by default text reads from the left,
    /// figures from the right, and an STT column is centred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub align: Option<Align>,
    /// Write this column's total in words under the table (amounts only).
    #[serde(default)]
    pub in_words: bool,
    /// For a percent column: `{of: Giải ngân, to: Kế hoạch}` computes each
    /// cell as 100 × of ÷ to, fills blank cells, subtotals and the total,
    /// and checks any figure given.
    #[serde(default)]
    pub ratio: Option<Ratio>,
    /// For a number or amount column: `[Trung ương, Địa phương]` makes each
    /// cell the sum of those columns (`3=1+2` in the index row), fills blank
    /// cells and checks any figure given.
    #[serde(default)]
    pub sum: Option<Vec<String>>,
    #[serde(default)]
    pub columns: Vec<Column>,
}

/// How a column's cells are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    Left,
    #[serde(alias = "centre")]
    Center,
    Right,
}

impl Align {
    fn name(self) -> &'static str {
        match self {
            Align::Left => "left",
            Align::Center => "center",
            Align::Right => "right",
        }
    }
}

/// Which columns a percent column divides, by their titles.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ratio {
    /// The numerator column.
    pub of: String,
    /// The denominator column.
    pub to: String,
    /// Whether blank cells get the computed ratio (the default); `false`
    /// leaves them blank, as a copied original has them.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub fill: bool,
}

fn yes() -> bool {
    true
}

fn is_yes(b: &bool) -> bool {
    *b
}

/// What a column holds, which decides alignment, formatting and sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ColumnKind {
    #[default]
    Text,
    /// A count or measure: right-aligned, summed.
    Number,
    /// Money in đồng: `1.250.000`, right-aligned, summed.
    Amount,
    /// A rate or share (`83,3`): right-aligned, not summed.
    Percent,
}

/// The index row: automatic or given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum IndexRow {
    Auto(bool),
    Labels(Vec<String>),
}

impl<'de> Deserialize<'de> for IndexRow {
    // Not derived: serde's untagged message names the Rust type
    // ("data did not match any variant of untagged enum IndexRow").
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct IndexRowVisitor;
        impl<'de> Visitor<'de> for IndexRowVisitor {
            type Value = IndexRow;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-index-row"))
            }
            fn visit_bool<E>(self, v: bool) -> Result<IndexRow, E> {
                Ok(IndexRow::Auto(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<IndexRow, A::Error> {
                let mut labels = Vec::new();
                while let Some(l) = seq.next_element::<String>()? {
                    labels.push(l);
                }
                Ok(IndexRow::Labels(labels))
            }
        }
        d.deserialize_any(IndexRowVisitor)
    }
}

/// A row: cells, a group heading, or a subtotal of the rows since the last
/// group heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Row {
    Cells(Vec<Cell>),
    Group { group: String },
    Subtotal { subtotal: String, values: Option<Vec<Cell>> },
}

/// The total row, with the figures of the source document to check.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Total {
    #[serde(default = "default_total_label")]
    pub label: String,
    /// Figures as given (one per column, null where none); vanban checks
    /// them against its own sums.
    #[serde(default)]
    pub values: Option<Vec<Cell>>,
    /// `top` puts the total first, under the header, as the Bộ Tài
    /// chính's forms do; `bottom` (the default) last.
    #[serde(default, skip_serializing_if = "TotalPosition::is_bottom")]
    pub position: TotalPosition,
}

/// Where the total row stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TotalPosition {
    Top,
    #[default]
    Bottom,
}

impl TotalPosition {
    fn is_bottom(&self) -> bool {
        *self == TotalPosition::Bottom
    }
}

fn default_total_label() -> String {
    "Tổng cộng".to_string()
}

/// An exact decimal number: `digits × 10^-scale`. Figures are read from
/// the YAML text as written (never through floating point), with at most
/// [`FIGURE_MAX_INTEGER_DIGITS`] digits before the point and
/// [`FIGURE_MAX_DECIMALS`] after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Number {
    pub digits: i128,
    pub scale: u32,
}

/// The name under which a cell asks a deserializer for the source text of
/// a numeric scalar (vanban's located loader answers with a one-entry map
/// `{EXACT_NUMBER: "<text as written>"}`); cells serialize their numbers
/// the same way, so a table read back from a template value stays exact.
pub const EXACT_NUMBER: &str = "$vanban::exact-number";

impl Number {
    /// Parses `1250000`, `12.5`, `-3` (a dot for the decimal point, as YAML
    /// writes numbers); `None` if it is not that or is out of range.
    pub fn parse(text: &str) -> Option<Number> {
        Number::exact(text).ok()
    }

    /// Reads a YAML number exactly as written: `1250000`, `-12.5`, `+3`,
    /// `.5`, `1.`, `1.5e3`, `2E-4`. The error says why it cannot be kept
    /// exactly, in words for the user.
    pub fn exact(text: &str) -> Result<Number, String> {
        let text = text.trim();
        let not_decimal = || crate::t!("figure-not-decimal", text = text);
        let (mantissa, exponent) = match text.find(['e', 'E']) {
            Some(i) => {
                let e = &text[i + 1..];
                let digits = e.trim_start_matches(['-', '+']);
                if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(not_decimal());
                }
                (&text[..i], e.parse::<i32>().map_err(|_| not_decimal())?)
            }
            None => (text, 0),
        };
        let neg = mantissa.starts_with('-');
        let unsigned = mantissa.strip_prefix(['-', '+']).unwrap_or(mantissa);
        let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        // Decimals as typed: `8.00` keeps its zeros when printed (budget
        // tables write every figure with the same decimals).
        let typed = if exponent == 0 { frac.len().min(FIGURE_MAX_DECIMALS) as u32 } else { 0 };
        if (int.is_empty() && frac.is_empty())
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(not_decimal());
        }
        // The value is `all × 10^shift`, trailing zeros moved into `shift`.
        let all = format!("{int}{frac}");
        let all = all.trim_start_matches('0');
        let trimmed = all.trim_end_matches('0');
        let shift = i64::from(exponent) - frac.len() as i64 + (all.len() - trimmed.len()) as i64;
        if trimmed.is_empty() {
            return Ok(Number { digits: 0, scale: typed }); // 0, -0.0, 0.00, 0e9999
        }
        let all = trimmed;
        let int_digits = (all.len() as i64 + shift).max(0) as usize;
        let decimals = (-shift).max(0) as usize;
        if int_digits > FIGURE_MAX_INTEGER_DIGITS {
            return Err(crate::t!(
                "figure-too-many-digits",
                text = text,
                digits = int_digits,
                max = FIGURE_MAX_INTEGER_DIGITS
            ));
        }
        if decimals > FIGURE_MAX_DECIMALS {
            return Err(crate::t!(
                "figure-too-many-decimals",
                text = text,
                digits = decimals,
                max = FIGURE_MAX_DECIMALS
            ));
        }
        let mut digits: i128 = all.parse().map_err(|_| not_decimal())?;
        for _ in 0..shift.max(0) {
            digits *= 10;
        }
        let n = Number { digits: if neg { -digits } else { digits }, scale: decimals as u32 };
        Ok(if typed > n.scale {
            Number { digits: n.rescale(typed).unwrap_or(n.digits), scale: typed }
        } else {
            n
        })
    }

    /// The digits at a larger scale; `None` past what an `i128` holds.
    fn rescale(self, scale: u32) -> Option<i128> {
        self.digits.checked_mul(10i128.checked_pow(scale - self.scale)?)
    }

    /// The exact sum; `None` past what an `i128` holds (36-digit figures
    /// leave room for a hundred rows of the largest ones).
    fn checked_sum(self, other: Number) -> Option<Number> {
        let scale = self.scale.max(other.scale);
        Some(Number { digits: self.rescale(scale)?.checked_add(other.rescale(scale)?)?, scale })
    }

    /// 100 × self ÷ other, rounded half away from zero to `scale` decimals;
    /// `None` when dividing by zero or out of range.
    pub fn percent_of(self, other: Number, scale: u32) -> Option<Number> {
        let common = self.scale.max(other.scale);
        let (n, d) = (self.rescale(common)?, other.rescale(common)?);
        if d == 0 {
            return None;
        }
        let scaled = n.checked_mul(100)?.checked_mul(10i128.checked_pow(scale)?)?;
        let (q, r) = (scaled / d, scaled % d);
        let away = if r.unsigned_abs().checked_mul(2)? >= d.unsigned_abs() {
            scaled.signum() * d.signum()
        } else {
            0
        };
        Some(Number { digits: q + away, scale })
    }

    /// Without trailing zeros after the decimal point.
    fn normalized(mut self) -> Number {
        while self.scale > 0 && self.digits % 10 == 0 {
            self.digits /= 10;
            self.scale -= 1;
        }
        self
    }

    /// `1.250.000`, `12,5`: Vietnamese grouping and decimal comma.
    pub fn vietnamese(self) -> String {
        let plain = self.plain();
        vn::number::decimal(&plain).unwrap_or(plain)
    }

    /// A whole, non-negative number of đồng, if it is one.
    pub fn whole(self) -> Option<u128> {
        let n = self.normalized();
        (n.scale == 0).then(|| u128::try_from(n.digits).ok()).flatten()
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.vietnamese())
    }
}

/// A cell: empty, text, or a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(Number),
}

impl Number {
    /// The plain decimal text, `-1250000.5`, that [`Number::exact`] reads back.
    pub fn plain(self) -> String {
        self.normalized().typed_plain()
    }

    /// `8,00`, `1.250.000,50`: with as many decimals as it was typed with
    /// (a sum with as many as the most of its parts).
    pub fn typed(self) -> String {
        let plain = self.typed_plain();
        vn::number::decimal(&plain).unwrap_or(plain)
    }

    /// The plain decimal text with the decimals it carries: `8.00`.
    fn typed_plain(self) -> String {
        let n = self;
        let abs = n.digits.unsigned_abs().to_string();
        let sign = if n.digits < 0 { "-" } else { "" };
        if n.scale == 0 {
            return format!("{sign}{abs}");
        }
        let s = format!("{abs:0>width$}", width = n.scale as usize + 1);
        let (i, f) = s.split_at(s.len() - n.scale as usize);
        format!("{sign}{i}.{f}")
    }
}

impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Cell::Empty => s.serialize_none(),
            Cell::Text(t) => s.serialize_str(t),
            Cell::Number(n) => {
                // The exact text, marked so that reading it back gives a
                // number and not text (see [`EXACT_NUMBER`]).
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry(EXACT_NUMBER, &n.typed_plain())?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Cell {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct CellVisitor;
        impl<'de> Visitor<'de> for CellVisitor {
            type Value = Cell;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-cell"))
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Cell, D::Error> {
                // A deserializer that does not know [`EXACT_NUMBER`].
                d.deserialize_any(self)
            }
            fn visit_unit<E>(self) -> Result<Cell, E> {
                Ok(Cell::Empty)
            }
            fn visit_none<E>(self) -> Result<Cell, E> {
                Ok(Cell::Empty)
            }
            fn visit_str<E>(self, v: &str) -> Result<Cell, E> {
                Ok(Cell::Text(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Cell, E> {
                Ok(Cell::Number(Number { digits: v.into(), scale: 0 }))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Cell, E> {
                Ok(Cell::Number(Number { digits: v.into(), scale: 0 }))
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Cell, E> {
                Number::exact(&v.to_string()).map(Cell::Number).map_err(E::custom)
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Cell, E> {
                Number::exact(&v.to_string()).map(Cell::Number).map_err(E::custom)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Cell, E> {
                // Only from a deserializer without the source text: Rust
                // prints the shortest text that reads back as `v` (0.1 stays 0.1).
                Number::exact(&format!("{v}")).map(Cell::Number).map_err(E::custom)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Cell, E> {
                Err(E::custom(crate::load::de::mistake(
                    "wrong-type",
                    crate::t!("cell-kind", kind = "bool", value = v.to_string()),
                )))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Cell, A::Error> {
                match map.next_key::<String>()? {
                    Some(k) if k == EXACT_NUMBER => {
                        let text: String = map.next_value()?;
                        Number::exact(&text).map(Cell::Number).map_err(de::Error::custom)
                    }
                    _ => Err(de::Error::custom(crate::load::de::mistake(
                        "wrong-type",
                        crate::t!("cell-kind", kind = "mapping", value = ""),
                    ))),
                }
            }
            fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Cell, A::Error> {
                Err(de::Error::custom(crate::load::de::mistake(
                    "wrong-type",
                    crate::t!("cell-kind", kind = "list", value = ""),
                )))
            }
        }
        d.deserialize_newtype_struct(EXACT_NUMBER, CellVisitor)
    }
}

impl JsonSchema for Cell {
    fn schema_name() -> Cow<'static, str> {
        "Cell".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": ["string", "number", "null"] })
    }
}

impl<'de> Deserialize<'de> for Row {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Special {
            #[serde(default)]
            group: Option<String>,
            #[serde(default)]
            subtotal: Option<String>,
            #[serde(default)]
            values: Option<Vec<Cell>>,
        }
        struct RowVisitor;
        impl<'de> Visitor<'de> for RowVisitor {
            type Value = Row;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("expect-row"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Row, A::Error> {
                let mut cells = Vec::new();
                while let Some(c) = seq.next_element()? {
                    cells.push(c);
                }
                Ok(Row::Cells(cells))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Row, A::Error> {
                let s = Special::deserialize(de::value::MapAccessDeserializer::new(map))?;
                match (s.group, s.subtotal) {
                    (Some(group), None) if s.values.is_none() => Ok(Row::Group { group }),
                    (None, Some(subtotal)) => Ok(Row::Subtotal { subtotal, values: s.values }),
                    _ => Err(de::Error::custom(crate::load::de::mistake(
                        "wrong-type",
                        crate::t!("row-special"),
                    ))),
                }
            }
        }
        d.deserialize_any(RowVisitor)
    }
}

impl JsonSchema for Row {
    fn schema_name() -> Cow<'static, str> {
        "Row".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let cell = generator.subschema_for::<Cell>();
        json_schema!({
            "anyOf": [
                { "type": "array", "items": cell },
                { "type": "object", "properties": { "group": { "type": "string" } }, "required": ["group"], "additionalProperties": false },
                {
                    "type": "object",
                    "properties": { "subtotal": { "type": "string" }, "values": { "type": "array", "items": cell } },
                    "required": ["subtotal"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

// ------------------------------------------------------------- resolve ----

/// A header cell with its span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeaderCell {
    pub text: String,
    pub colspan: usize,
    pub rowspan: usize,
}

/// A row ready to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowView {
    /// `data`, `group`, `subtotal` or `total`.
    pub kind: &'static str,
    pub cells: Vec<String>,
    /// For subtotal and total rows: how many leading columns the label
    /// (`cells[0]`) spans. 0 when the first column holds figures: then
    /// `cells[0]` is empty and every column's figure follows it, and the
    /// label is printed in a row of its own just above (spanning all columns).
    pub label_span: usize,
    /// A data row with rows under it (`levels`): bold, figures included.
    pub bold: bool,
}

/// A table with spans computed, numbers formatted and sums done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableView {
    pub caption: Option<String>,
    pub unit: Option<String>,
    /// Typst track sizes, one per leaf column.
    pub widths: Vec<String>,
    /// `left`, `center` or `right`, one per leaf column.
    pub aligns: Vec<&'static str>,
    /// Whether a leaf column holds figures, which are never broken across
    /// lines: the layout library sizes such a column to its widest figure.
    pub figures: Vec<bool>,
    /// Names the table in marks the layout library puts on a table that
    /// cannot fit the page (see [`fingerprint`]).
    pub id: String,
    pub header: Vec<Vec<HeaderCell>>,
    pub index: Option<Vec<String>>,
    pub rows: Vec<RowView>,
    /// `Bằng chữ: …` for columns marked `in_words`.
    pub in_words: Vec<String>,
    /// The text size to start from, in pt (`size`).
    pub size: Option<u32>,
    /// Figures given that differ from what vanban computes (a copied
    /// original's own mistakes): the lint rule `table-sum` reports them,
    /// and a document may acknowledge them (`allow:`). Printed as given.
    #[serde(skip)]
    pub mismatches: Vec<TableError>,
}

/// A problem in a table: the sub-path inside the table and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    pub path: String,
    pub message: String,
}

fn leaves(columns: &[Column]) -> Vec<&Column> {
    columns.iter().flat_map(|c| if c.columns.is_empty() { vec![c] } else { leaves(&c.columns) }).collect()
}

fn depth(columns: &[Column]) -> usize {
    columns.iter().map(|c| 1 + depth(&c.columns)).max().unwrap_or(0)
}

fn header_rows(columns: &[Column], level: usize, total: usize, rows: &mut Vec<Vec<HeaderCell>>) {
    for c in columns {
        let colspan = leaves(std::slice::from_ref(c)).len();
        let rowspan = if c.columns.is_empty() { total - level } else { 1 };
        rows[level].push(HeaderCell { text: c.title.clone(), colspan, rowspan });
        header_rows(&c.columns, level + 1, total, rows);
    }
}

/// A Typst track size from a user's width, or `None` if it is not one.
pub fn track_size(width: &str) -> Option<String> {
    let w = width.trim();
    if w == "auto" {
        return Some(w.to_string());
    }
    let unit = ["mm", "cm", "pt", "fr", "%"].into_iter().find(|u| w.ends_with(u))?;
    let number = &w[..w.len() - unit.len()];
    let valid = !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && number.bytes().filter(|&b| b == b'.').count() <= 1
        && number.parse::<f64>().is_ok_and(|n| n > 0.0 && n < 1000.0);
    valid.then(|| format!("{number}{unit}"))
}

/// A short name for a table, the same for equal tables: the layout library
/// marks a table that cannot fit with it, and vanban finds the table's
/// place in the YAML by it.
pub fn fingerprint(table: &Table) -> String {
    use std::hash::{Hash, Hasher};
    // `DefaultHasher::new()` has fixed keys: the same table, the same name.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(table).unwrap_or_default().hash(&mut h);
    format!("{:016x}", h.finish())
}

/// The sum columns in an order where every sum comes after the sums it
/// adds; `Err(column)` if a sum adds itself through others.
fn sum_order(row_sums: &[Option<Vec<usize>>]) -> Result<Vec<usize>, usize> {
    fn visit(
        i: usize,
        row_sums: &[Option<Vec<usize>>],
        state: &mut [u8],
        order: &mut Vec<usize>,
    ) -> Result<(), usize> {
        match state[i] {
            2 => return Ok(()),
            1 => return Err(i),
            _ => {}
        }
        state[i] = 1;
        for &j in row_sums[i].iter().flatten() {
            visit(j, row_sums, state, order)?;
        }
        state[i] = 2;
        if row_sums[i].is_some() {
            order.push(i);
        }
        Ok(())
    }
    let mut state = vec![0u8; row_sums.len()];
    let mut order = Vec::new();
    for i in 0..row_sums.len() {
        visit(i, row_sums, &mut state, &mut order)?;
    }
    Ok(order)
}

/// Computes spans, formats numbers, adds up subtotals and totals, and
/// checks every given figure.
pub fn resolve(table: &Table) -> Result<TableView, Vec<TableError>> {
    let mut errors = Vec::new();
    let err = |path: String, message: String| TableError { path, message };
    let cols = leaves(&table.columns);
    if cols.is_empty() {
        return Err(vec![err("columns".into(), crate::t!("table-no-columns"))]);
    }
    let n = cols.len();
    let numeric: Vec<bool> = cols.iter().map(|c| c.kind != ColumnKind::Text).collect();
    let summed: Vec<bool> =
        cols.iter().map(|c| matches!(c.kind, ColumnKind::Number | ColumnKind::Amount)).collect();
    // Named in errors about a column that is not there.
    let figure_titles = cols
        .iter()
        .filter(|c| c.kind != ColumnKind::Text)
        .map(|c| format!("`{}`", c.title))
        .collect::<Vec<_>>()
        .join(", ");
    // Percent columns computed from two summed columns: (numerator, denominator).
    let mut ratios: Vec<Option<(usize, usize)>> = vec![None; n];
    for (i, c) in cols.iter().enumerate() {
        let Some(ratio) = &c.ratio else { continue };
        if c.kind != ColumnKind::Percent {
            errors.push(err(
                "columns".into(),
                crate::t!("table-ratio-kind", title = c.title.as_str(), kind = kind_name(c.kind)),
            ));
            continue;
        }
        let find = |title: &str, errors: &mut Vec<TableError>| {
            let found = cols.iter().position(|c| title_key(&c.title) == title_key(title));
            match found {
                Some(j) if summed[j] => Some(j),
                Some(_) => {
                    errors.push(err(
                        "columns".into(),
                        crate::t!("table-ratio-not-summed", column = c.title.as_str(), title = title),
                    ));
                    None
                }
                None => {
                    errors.push(err(
                        "columns".into(),
                        crate::t!(
                            "table-ratio-unknown",
                            column = c.title.as_str(),
                            title = title,
                            columns = figure_titles.as_str()
                        ),
                    ));
                    None
                }
            }
        };
        if let (Some(of), Some(to)) = (find(&ratio.of, &mut errors), find(&ratio.to, &mut errors)) {
            ratios[i] = Some((of, to));
        }
    }
    // Columns that are the sum of others, in the same row.
    let mut row_sums: Vec<Option<Vec<usize>>> = vec![None; n];
    for (i, c) in cols.iter().enumerate() {
        let Some(parts) = &c.sum else { continue };
        if !summed[i] {
            errors.push(err(
                "columns".into(),
                crate::t!("table-sum-kind", title = c.title.as_str(), kind = kind_name(c.kind)),
            ));
            continue;
        }
        if parts.is_empty() {
            errors.push(err("columns".into(), crate::t!("table-sum-empty", title = c.title.as_str())));
            continue;
        }
        let mut found = Vec::new();
        for title in parts {
            match cols.iter().position(|c| title_key(&c.title) == title_key(title)) {
                Some(j) if summed[j] && j != i => found.push(j),
                Some(_) => errors.push(err(
                    "columns".into(),
                    crate::t!("table-sum-not-summed", column = c.title.as_str(), title = title.as_str()),
                )),
                None => {
                    errors.push(err(
                        "columns".into(),
                        crate::t!(
                            "table-sum-unknown",
                            column = c.title.as_str(),
                            title = title.as_str(),
                            columns = figure_titles.as_str()
                        ),
                    ));
                }
            }
        }
        if found.len() == parts.len() && !found.is_empty() {
            row_sums[i] = Some(found);
        }
    }
    // A sum may add other sums (`Tổng = Cộng ĐT + Cộng SN`): those first.
    let sum_order = match sum_order(&row_sums) {
        Ok(order) => order,
        Err(i) => {
            errors.push(err("columns".into(), crate::t!("table-sum-cycle", title = cols[i].title.as_str())));
            row_sums = vec![None; n];
            Vec::new()
        }
    };
    // Printed ratios carry one decimal, as Vietnamese reports do (83,3).
    const RATIO_DECIMALS: u32 = 1;

    // Text columns without a width share the free space; a table of numbers
    // only gives it to its first column, so that it spans the text width.
    let first_text =
        cols.iter().enumerate().position(|(i, c)| c.kind == ColumnKind::Text && c.width.is_none() && i > 0);
    let stretch =
        first_text.or_else(|| cols.iter().position(|c| c.kind == ColumnKind::Text && c.width.is_none()));
    let mut widths = Vec::new();
    for (i, c) in cols.iter().enumerate() {
        match c.width.as_deref() {
            None => widths.push(
                if c.kind == ColumnKind::Text && (i > 0 || stretch == Some(i)) { "1fr" } else { "auto" }
                    .to_string(),
            ),
            Some(w) => match track_size(w) {
                Some(t) => widths.push(t),
                None => {
                    errors.push(err(
                        "columns".into(),
                        crate::t!("table-width-format", width = w, title = c.title.as_str()),
                    ));
                    widths.push("auto".into());
                }
            },
        }
    }
    // A first column of numbers, or one titled STT, is centred whatever
    // it holds (I, A, a, 1.1, -); names read from the left; an `align`
    // given decides.
    let first_is_counter = is_counter_title(&cols[0].title)
        || table.levels.is_some()
        || table.rows.iter().all(|r| match r {
            Row::Cells(cells) => matches!(cells.first(), None | Some(Cell::Empty | Cell::Number(_))),
            _ => true,
        });
    let aligns = cols
        .iter()
        .enumerate()
        .map(|(i, c)| match (c.align, c.kind) {
            (Some(a), _) => a.name(),
            (None, ColumnKind::Text) if i == 0 && first_is_counter => "center",
            (None, ColumnKind::Text) => "left",
            _ => "right",
        })
        .collect();
    if let Some(size) = table.size
        && !(TABLE_SIZE_MIN..=TABLE_SIZE_MAX).contains(&size)
    {
        errors.push(err(
            "size".into(),
            crate::t!("table-size", min = TABLE_SIZE_MIN, max = TABLE_SIZE_MAX, size = size),
        ));
    }

    let levels = depth(&table.columns);
    let mut header = vec![Vec::new(); levels];
    header_rows(&table.columns, 0, levels, &mut header);

    let index = match &table.index_row {
        None | Some(IndexRow::Auto(false)) => None,
        Some(IndexRow::Auto(true)) => {
            let (mut letter, mut number) = (0u8, 0);
            let mut labels: Vec<String> = numeric
                .iter()
                .map(|&num| {
                    if num {
                        number += 1;
                        number.to_string()
                    } else {
                        letter += 1;
                        char::from(b'A' + (letter - 1) % 26).to_string()
                    }
                })
                .collect();
            // A sum column says how it is made: `3=1+2`.
            let plain = labels.clone();
            for (i, parts) in row_sums.iter().enumerate() {
                if let Some(parts) = parts {
                    let terms: Vec<&str> = parts.iter().map(|&j| plain[j].as_str()).collect();
                    labels[i] = format!("{}={}", plain[i], terms.join("+"));
                }
            }
            Some(labels)
        }
        Some(IndexRow::Labels(labels)) => {
            if labels.len() != n {
                errors.push(err(
                    "index_row".into(),
                    crate::t!("table-index-row-count", labels = labels.len(), columns = n),
                ));
            }
            Some(labels.clone())
        }
    };

    let format_cell = |cell: &Cell, col: usize, path: String, errors: &mut Vec<TableError>| -> String {
        match cell {
            Cell::Empty => String::new(),
            Cell::Text(t) if numeric[col] => {
                // Figures pasted as text (`1.250.000`, `8,00`) are read the
                // Vietnamese way; `-`, blanks and ranges (`1-1,5`) are what
                // budget tables hold where there is no single figure.
                if !(no_figure(t) || vietnamese_number(t).is_some()) {
                    errors.push(err(
                        path,
                        crate::t!(
                            "table-cell-not-vietnamese",
                            text = t.as_str(),
                            kind = kind_name(cols[col].kind),
                            title = cols[col].title.as_str()
                        ),
                    ));
                }
                t.clone()
            }
            Cell::Text(t) => t.clone(),
            Cell::Number(v) => v.typed(),
        }
    };
    let number_of = |cell: &Cell| -> Option<Number> {
        match cell {
            Cell::Number(v) => Some(*v),
            Cell::Text(t) => vietnamese_number(t),
            Cell::Empty => None,
        }
    };

    let too_large = |path: String, title: &str| {
        err(
            path,
            crate::t!(
                "table-sum-too-large",
                title = title,
                before = FIGURE_MAX_INTEGER_DIGITS,
                after = FIGURE_MAX_DECIMALS
            ),
        )
    };
    let mut mismatches: Vec<TableError> = Vec::new();
    // The label of a subtotal or total spans the text columns before the
    // first figure. When the first column holds figures, no column is free
    // for it: the label gets a row of its own above the figures, so that
    // no sum is printed over. Figures given are printed as given.
    let first_figure = numeric.iter().position(|&x| x).unwrap_or(n);
    let sums_rows =
        |kind: &'static str, label: &str, sums: &[Number], given: &Option<Vec<Cell>>| -> Vec<RowView> {
            let given = given.as_ref().filter(|g| g.len() == n);
            let figures =
                sums.iter().enumerate().skip(first_figure).map(|(i, s)| match given.map(|g| &g[i]) {
                    Some(Cell::Number(g)) => g.typed(),
                    Some(Cell::Text(t)) => t.clone(),
                    _ => match ratios[i] {
                        _ if summed[i] => s.typed(),
                        Some((of, to)) => sums[of]
                            .percent_of(sums[to], RATIO_DECIMALS)
                            .map(Number::vietnamese)
                            .unwrap_or_default(),
                        None => String::new(),
                    },
                });
            if first_figure == 0 {
                vec![
                    RowView { kind, cells: vec![label.to_string()], label_span: n, bold: true },
                    RowView {
                        kind,
                        cells: std::iter::once(String::new()).chain(figures).collect(),
                        label_span: 0,
                        bold: true,
                    },
                ]
            } else {
                let cells = std::iter::once(label.to_string()).chain(figures).collect();
                vec![RowView { kind, cells, label_span: first_figure, bold: true }]
            }
        };
    // A given percentage is right if it is the exact one rounded to as many
    // decimals as it is written with (83 and 83,3 both stand for 83,33…).
    let check_ratio =
        |g: Number, of: Number, to: Number, i: usize, path: String, mismatches: &mut Vec<TableError>| {
            let g = g.normalized();
            let Some(exact) = of.percent_of(to, g.scale.max(RATIO_DECIMALS)) else { return };
            if of.percent_of(to, g.scale).map(Number::normalized) != Some(g) {
                let (o, t) = ratios[i].expect("a ratio column");
                mismatches.push(err(
                    path,
                    crate::t!(
                        "table-ratio-mismatch",
                        title = cols[i].title.as_str(),
                        of = cols[o].title.as_str(),
                        to = cols[t].title.as_str(),
                        exact = exact.vietnamese(),
                        written = g.vietnamese()
                    ),
                ));
            }
        };
    let check = |given: &Option<Vec<Cell>>,
                 sums: &[Number],
                 path: &str,
                 errors: &mut Vec<TableError>,
                 mismatches: &mut Vec<TableError>| {
        let Some(given) = given else { return };
        if given.len() != n {
            errors.push(err(
                format!("{path}.values"),
                crate::t!("table-values-count", figures = given.len(), columns = n),
            ));
            return;
        }
        for (i, g) in given.iter().enumerate() {
            if let Cell::Text(t) = g
                && numeric[i]
                && !(no_figure(t) || vietnamese_number(t).is_some())
            {
                errors.push(err(
                    format!("{path}.values[{i}]"),
                    crate::t!(
                        "table-value-not-number",
                        text = t.as_str(),
                        kind = kind_name(cols[i].kind),
                        title = cols[i].title.as_str()
                    ),
                ));
            }
            if let (Some((of, to)), Some(g)) = (ratios[i], number_of(g)) {
                check_ratio(g, sums[of], sums[to], i, format!("{path}.values[{i}]"), mismatches);
            }
            if let (true, Some(g)) = (summed[i], number_of(g))
                && g.normalized() != sums[i].normalized()
            {
                mismatches.push(err(
                    format!("{path}.values[{i}]"),
                    crate::t!(
                        "table-total-mismatch",
                        title = cols[i].title.as_str(),
                        sum = sums[i].typed(),
                        written = g.typed()
                    ),
                ));
            }
        }
    };

    // Data rows first: their figures, the sums across each row.
    struct Work {
        printed: Vec<String>,
        values: Vec<Option<Number>>,
        /// Whether the cell was given (a figure or text such as `-`).
        given: Vec<bool>,
        parent: Option<usize>,
        children: Vec<usize>,
    }
    let mut work: Vec<Option<Work>> = Vec::with_capacity(table.rows.len());
    for (r, row) in table.rows.iter().enumerate() {
        let path = format!("rows[{r}]");
        let Row::Cells(cells) = row else {
            work.push(None);
            continue;
        };
        if cells.len() != n {
            errors.push(err(path.clone(), crate::t!("table-row-count", cells = cells.len(), columns = n)));
        }
        let mut printed = Vec::with_capacity(n);
        let mut values: Vec<Option<Number>> = Vec::with_capacity(n);
        let mut given = Vec::with_capacity(n);
        for i in 0..n {
            let cell = cells.get(i).unwrap_or(&Cell::Empty);
            printed.push(format_cell(cell, i, format!("{path}[{i}]"), &mut errors));
            values.push(number_of(cell));
            given.push(match cell {
                Cell::Empty => false,
                Cell::Text(t) => !t.trim().is_empty(),
                Cell::Number(_) => true,
            });
        }
        work.push(Some(Work { printed, values, given, parent: None, children: Vec::new() }));
    }
    // The sums across a row (`3=1+2`): checked where given, filled where blank.
    let row_sums_of = |w: &mut Work,
                       path: &str,
                       errors: &mut Vec<TableError>,
                       mismatches: &mut Vec<TableError>| {
        for &i in &sum_order {
            let Some(parts) = &row_sums[i] else { continue };
            // Blank parts count as nothing; a row with no parts at all has no sum.
            if parts.iter().all(|&j| w.values[j].is_none()) {
                continue;
            }
            let Some(sum) =
                parts.iter().filter_map(|&j| w.values[j]).try_fold(Number::default(), Number::checked_sum)
            else {
                errors.push(too_large(format!("{path}[{i}]"), &cols[i].title));
                continue;
            };
            match w.values[i] {
                // A figure vanban computed itself that disagrees follows from
                // a wrong figure given elsewhere, which is the one reported.
                Some(g) if g.normalized() != sum.normalized() && w.given[i] => {
                    let terms: Vec<String> = parts.iter().map(|&j| format!("`{}`", cols[j].title)).collect();
                    mismatches.push(err(
                        format!("{path}[{i}]"),
                        crate::t!(
                            "table-row-sum-mismatch",
                            title = cols[i].title.as_str(),
                            terms = terms.join(" + "),
                            sum = sum.typed(),
                            written = g.typed()
                        ),
                    ));
                }
                Some(_) => {}
                None if w.given[i] => {} // `-`, a range: as written
                None => {
                    w.printed[i] = sum.typed();
                    w.values[i] = Some(sum);
                }
            }
        }
    };

    // Levels: each row's parent is the nearest row above it of a higher
    // level; a parent's figures are the sums of its children's.
    if let Some(styles) = &table.levels {
        let styles: Vec<Option<LevelStyle>> = styles.iter().map(|s| LevelStyle::of(s)).collect();
        for (k, s) in styles.iter().enumerate() {
            if s.is_none() {
                errors.push(err(
                    format!("levels[{k}]"),
                    crate::t!(
                        "table-level-style",
                        label = table.levels.as_ref().expect("levels")[k].as_str()
                    ),
                ));
            }
        }
        let styles: Vec<LevelStyle> = styles.into_iter().flatten().collect();
        let mut stack: Vec<(usize, usize)> = Vec::new(); // (level, row)
        let mut last_upper: Option<char> = None;
        for r in 0..table.rows.len() {
            if !matches!(table.rows[r], Row::Cells(_)) {
                errors.push(err(format!("rows[{r}]"), crate::t!("table-levels-special-row")));
                continue;
            }
            let label = work[r].as_ref().map(|w| w.printed[0].clone()).unwrap_or_default();
            let level = match LevelStyle::level(&label, &styles, &mut last_upper) {
                Ok(level) => level,
                Err(()) => {
                    let names: Vec<&str> =
                        table.levels.as_ref().expect("levels").iter().map(String::as_str).collect();
                    errors.push(err(
                        format!("rows[{r}][0]"),
                        crate::t!("table-level-unknown", label = label.as_str(), levels = names.join(", ")),
                    ));
                    continue;
                }
            };
            while stack.last().is_some_and(|&(l, _)| l >= level) {
                stack.pop();
            }
            if let Some(&(_, p)) = stack.last() {
                work[r].as_mut().expect("a data row").parent = Some(p);
                work[p].as_mut().expect("a data row").children.push(r);
            }
            stack.push((level, r));
        }
    }
    // Rows without rows under them: the sums across the row.
    for (r, w) in work.iter_mut().enumerate() {
        if let Some(w) = w.as_mut().filter(|w| w.children.is_empty()) {
            row_sums_of(w, &format!("rows[{r}]"), &mut errors, &mut mismatches);
        }
    }
    {
        // Children come after their parent: from the last row up, every
        // row's children are done before it; then the sums across it.
        for r in (0..work.len()).rev() {
            let Some(children) = work[r].as_ref().map(|w| w.children.clone()) else { continue };
            if children.is_empty() {
                continue;
            }
            let path = format!("rows[{r}]");
            for i in (0..n).filter(|&i| summed[i]) {
                let parts: Vec<Number> =
                    children.iter().filter_map(|&c| work[c].as_ref().and_then(|w| w.values[i])).collect();
                if parts.is_empty() {
                    continue;
                }
                let Some(sum) = parts.iter().try_fold(Number::default(), |s, &v| s.checked_sum(v)) else {
                    errors.push(too_large(format!("{path}[{i}]"), &cols[i].title));
                    continue;
                };
                let w = work[r].as_mut().expect("a data row");
                match w.values[i] {
                    Some(g) if g.normalized() != sum.normalized() && w.given[i] => mismatches.push(err(
                        format!("{path}[{i}]"),
                        crate::t!(
                            "table-level-sum-mismatch",
                            title = cols[i].title.as_str(),
                            row = w.printed[0].as_str(),
                            count = children.len(),
                            sum = sum.typed(),
                            written = g.typed()
                        ),
                    )),
                    Some(_) => {}
                    None if w.given[i] => {}
                    None => {
                        w.printed[i] = sum.typed();
                        w.values[i] = Some(sum);
                    }
                }
            }
            row_sums_of(work[r].as_mut().expect("a data row"), &path, &mut errors, &mut mismatches);
        }
    }

    // Ratios, from the figures each row now has.
    for (r, w) in work.iter_mut().enumerate() {
        let Some(w) = w else { continue };
        for i in 0..n {
            let Some((of, to)) = ratios[i] else { continue };
            let (Some(o), Some(t)) = (w.values[of], w.values[to]) else { continue };
            match w.values[i] {
                Some(g) => check_ratio(g, o, t, i, format!("rows[{r}][{i}]"), &mut mismatches),
                None if w.given[i] || !cols[i].ratio.as_ref().is_some_and(|x| x.fill) => {}
                None => {
                    w.printed[i] = o.percent_of(t, RATIO_DECIMALS).map(Number::vietnamese).unwrap_or_default()
                }
            }
        }
    }

    let mut rows = Vec::new();
    let mut group_sum = vec![Number::default(); n];
    let mut total_sum = vec![Number::default(); n];
    for (r, row) in table.rows.iter().enumerate() {
        let path = format!("rows[{r}]");
        match row {
            Row::Cells(_) => {
                let w = work[r].take().expect("a data row");
                // Into the total: every row, or with levels the top-level ones.
                if w.parent.is_none() {
                    for i in (0..n).filter(|&i| summed[i]) {
                        if let Some(v) = w.values[i] {
                            match (group_sum[i].checked_sum(v), total_sum[i].checked_sum(v)) {
                                (Some(g), Some(t)) => (group_sum[i], total_sum[i]) = (g, t),
                                _ => errors.push(too_large(format!("{path}[{i}]"), &cols[i].title)),
                            }
                        }
                    }
                }
                let bold = !w.children.is_empty();
                rows.push(RowView { kind: "data", cells: w.printed, label_span: 1, bold });
            }
            Row::Group { group } => {
                group_sum = vec![Number::default(); n];
                rows.push(RowView { kind: "group", cells: vec![group.clone()], label_span: n, bold: true });
            }
            Row::Subtotal { subtotal, values } => {
                check(values, &group_sum, &path, &mut errors, &mut mismatches);
                rows.extend(sums_rows("subtotal", subtotal, &group_sum, values));
                group_sum = vec![Number::default(); n];
            }
        }
    }
    if let Some(total) = &table.total {
        check(&total.values, &total_sum, "total", &mut errors, &mut mismatches);
        let total_rows = sums_rows("total", &total.label, &total_sum, &total.values);
        match total.position {
            TotalPosition::Bottom => rows.extend(total_rows),
            TotalPosition::Top => {
                rows.splice(0..0, total_rows);
            }
        }
    }

    let mut in_words = Vec::new();
    for (i, c) in cols.iter().enumerate() {
        if !c.in_words {
            continue;
        }
        match (c.kind, total_sum[i].whole()) {
            (ColumnKind::Amount, Some(amount)) => {
                in_words.push(format!("Bằng chữ: {}.", vn::number::money_in_words(amount)))
            }
            (ColumnKind::Amount, None) => errors
                .push(err("columns".into(), crate::t!("table-in-words-amount", title = c.title.as_str()))),
            _ => {
                errors.push(err("columns".into(), crate::t!("table-in-words-kind", title = c.title.as_str())))
            }
        }
    }

    if errors.is_empty() {
        Ok(TableView {
            size: table.size,
            mismatches,
            caption: table.caption.clone(),
            unit: table.unit.clone(),
            widths,
            aligns,
            figures: numeric,
            id: fingerprint(table),
            header,
            index,
            rows,
            in_words,
        })
    } else {
        Err(errors)
    }
}

/// A column's title as `sum` and `ratio` name it: without its footnotes
/// (`Xã hội hóa^[…]` is `Xã hội hóa`).
fn title_key(title: &str) -> String {
    let mut out = String::new();
    let mut rest = title;
    while let Some(at) = rest.find("^[") {
        out.push_str(&rest[..at]);
        let mut depth = 0usize;
        let mut end = rest.len();
        for (i, c) in rest[at + 1..].char_indices() {
            match c {
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        end = at + 1 + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.trim().to_string()
}

/// Whether a column title names the row counter: `STT`, `TT`, `Số TT`.
fn is_counter_title(title: &str) -> bool {
    let t = title.trim().trim_end_matches('.').to_lowercase();
    matches!(t.as_str(), "stt" | "tt" | "số tt" | "số thứ tự" | "thứ tự")
}

/// A figure typed as text the Vietnamese way: `1.250.000`, `8,00`. The
/// dots group thousands, three digits to a group after the first, so that
/// `1.5` or `2.5.0` (a decimal point typed the English way) is no figure
/// at all rather than 15 or 250; a comma is the decimal mark.
fn vietnamese_number(text: &str) -> Option<Number> {
    let t = text.trim();
    let unsigned = t.strip_prefix('-').unwrap_or(t);
    let (int, frac) = unsigned.split_once(',').unwrap_or((unsigned, ""));
    let mut groups = int.split('.');
    let first = groups.next().unwrap_or("");
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let grouped = !first.is_empty()
        && first.len() <= if int.contains('.') { 3 } else { usize::MAX }
        && digits(first)
        && groups.all(|g| g.len() == 3 && digits(g));
    if !grouped || !digits(frac) || (unsigned.contains(',') && frac.is_empty()) {
        return None;
    }
    Number::parse(&t.replace('.', "").replace(',', "."))
}

/// What a figure column holds where there is no single figure: blank, `-`
/// (nothing), or a range of figures (`1-1,5`, `2 – 3`). Printed as typed,
/// skipped by sums.
fn no_figure(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || matches!(t, "-" | "–" | "—") {
        return true;
    }
    // A range: two figures around one dash (a leading minus belongs to the first).
    let (first, rest) = t.split_at(usize::from(t.starts_with('-')));
    let Some(at) = rest.find(['-', '–', '—']) else { return false };
    let dash = rest[at..].chars().next().map_or(1, char::len_utf8);
    let (low, high) = (&rest[..at], &rest[at + dash..]);
    vietnamese_number(&format!("{first}{low}")).is_some() && vietnamese_number(high).is_some()
}

/// How the labels of one level of rows look (`levels`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LevelStyle {
    /// `I`, `II`, `IV`.
    Roman,
    /// `A`, `B`.
    Upper,
    /// `1`, `2`.
    Arabic,
    /// `1.1`, `2.3.1`.
    Dotted,
    /// `a`, `b`.
    Lower,
    /// `i`, `ii`.
    LowerRoman,
    /// `-`.
    Dash,
    /// `+`.
    Plus,
}

impl LevelStyle {
    /// The style of a sample label in `levels`.
    fn of(sample: &str) -> Option<LevelStyle> {
        let t = sample.trim().trim_end_matches(['.', ')']);
        Some(match t {
            "I" => LevelStyle::Roman,
            "i" => LevelStyle::LowerRoman,
            "-" | "–" => LevelStyle::Dash,
            "+" => LevelStyle::Plus,
            _ if t.len() == 1 && t.bytes().all(|b| b.is_ascii_uppercase()) => LevelStyle::Upper,
            _ if t.len() == 1 && t.bytes().all(|b| b.is_ascii_lowercase()) => LevelStyle::Lower,
            _ if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) => LevelStyle::Arabic,
            _ if t.contains('.')
                && t.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) =>
            {
                LevelStyle::Dotted
            }
            _ => return None,
        })
    }

    /// The sample label that names this style in `levels`.
    fn sample(self) -> &'static str {
        match self {
            LevelStyle::Roman => "I",
            LevelStyle::Upper => "A",
            LevelStyle::Arabic => "1",
            LevelStyle::Dotted => "1.1",
            LevelStyle::Lower => "a",
            LevelStyle::LowerRoman => "i",
            LevelStyle::Dash => "-",
            LevelStyle::Plus => "+",
        }
    }

    /// The styles a row label could be written in.
    fn candidates(label: &str) -> Vec<LevelStyle> {
        let t = label.trim().trim_end_matches(['.', ')']);
        let roman = |t: &str, set: &str| !t.is_empty() && t.chars().all(|c| set.contains(c));
        let mut out = Vec::new();
        if roman(t, "IVXLCDM") {
            out.push(LevelStyle::Roman);
        }
        if roman(t, "ivxlcdm") {
            out.push(LevelStyle::LowerRoman);
        }
        match LevelStyle::of(t) {
            Some(LevelStyle::Roman) => out.push(LevelStyle::Upper),
            Some(LevelStyle::LowerRoman) => out.push(LevelStyle::Lower),
            Some(s) if !out.contains(&s) => out.push(s),
            _ => {}
        }
        if out.is_empty() && !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
            out.push(LevelStyle::Arabic);
        }
        out
    }

    /// The level (0 = top) of a row from its label. An empty label is a
    /// row under the deepest level. A letter that is also a Roman numeral
    /// (`I`, `C`, `i`, `v`) is a letter when the letter level has the one
    /// before it just above (`H`, `I`), else a numeral. `Err` when the
    /// label is none of the levels.
    fn level(label: &str, styles: &[LevelStyle], last_letter: &mut Option<char>) -> Result<usize, ()> {
        if label.trim().is_empty() {
            return Ok(styles.len());
        }
        let found: Vec<usize> = LevelStyle::candidates(label)
            .into_iter()
            .filter_map(|c| styles.iter().position(|&s| s == c))
            .collect();
        let letter = label.trim().trim_end_matches(['.', ')']).chars().next();
        let level = match found.as_slice() {
            [] => return Err(()),
            [one] => *one,
            _ => {
                let follows = match (*last_letter, letter) {
                    (Some(prev), Some(c)) => u32::from(c) == u32::from(prev) + 1,
                    _ => false,
                };
                let as_letter = found
                    .iter()
                    .copied()
                    .find(|&l| matches!(styles[l], LevelStyle::Upper | LevelStyle::Lower));
                let as_roman = found
                    .iter()
                    .copied()
                    .find(|&l| matches!(styles[l], LevelStyle::Roman | LevelStyle::LowerRoman));
                match (follows, as_letter, as_roman) {
                    (true, Some(l), _) | (false, Some(l), None) => l,
                    (_, _, Some(l)) => l,
                    _ => found[0],
                }
            }
        };
        if matches!(styles[level], LevelStyle::Upper | LevelStyle::Lower) {
            *last_letter = letter;
        }
        Ok(level)
    }
}

/// The level styles a row label could be written in, most likely first,
/// each as the sample that names it in `levels`: `II` → `[I]`, `I` →
/// `[I, A]`, `b` → `[a]`, `c` → `[i, a]`, `1.2` → `[1.1]`, `Xã` → `[]`.
/// The import reads a table's levels back from its labels with it.
pub fn level_samples(label: &str) -> Vec<&'static str> {
    LevelStyle::candidates(label).into_iter().map(LevelStyle::sample).collect()
}

/// The `levels` a table without them would have, read from its first
/// column as the import reads it: two or more of vanban's level styles
/// (`I`, `1`, `a` …), in the order they first appear, every label written
/// in one of them. `None` when the table has `levels`, a group or subtotal
/// row, or a label in no level style. A table-sum mismatch in such a table
/// is most likely its parents' sums, which `levels` computes.
pub fn levels_from_labels(table: &Table) -> Option<Vec<&'static str>> {
    if table.levels.is_some() {
        return None;
    }
    let mut styles: Vec<&'static str> = Vec::new();
    for row in &table.rows {
        let Row::Cells(cells) = row else { return None };
        let label = match cells.first() {
            Some(Cell::Text(t)) => t.clone(),
            Some(Cell::Number(n)) => n.plain(),
            Some(Cell::Empty) | None => continue,
        };
        if label.trim().is_empty() {
            continue;
        }
        let could = level_samples(&label);
        if could.is_empty() {
            return None;
        }
        if !could.iter().any(|c| styles.contains(c)) {
            styles.push(could[0]);
        }
    }
    (styles.len() >= 2).then_some(styles)
}

fn kind_name(kind: ColumnKind) -> &'static str {
    match kind {
        ColumnKind::Text => "text",
        ColumnKind::Number => "number",
        ColumnKind::Amount => "amount",
        ColumnKind::Percent => "percent",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(yaml: &str) -> Table {
        serde_saphyr::from_str(yaml).unwrap()
    }

    const BUDGET: &str = r#"
columns:
  - {title: STT, width: 12mm}
  - {title: Nội dung}
  - title: Kinh phí (đồng)
    columns:
      - {title: Kế hoạch, kind: amount, in_words: true}
      - {title: Thực hiện, kind: amount}
index_row: true
rows:
  - {group: Dự án 6}
  - [1, Nhiệm vụ 9, 120000000, 100000000]
  - [2, Nhiệm vụ 16, 80000000, 80000000]
  - {subtotal: Cộng dự án 6}
  - {group: Dự án 7}
  - [3, Cô đỡ thôn bản, 1050000000, 1000000005]
  - {subtotal: Cộng dự án 7, values: [null, null, 1050000000, 1000000005]}
total: {values: [null, null, 1250000000, 1180000005]}
"#;

    #[test]
    fn header_spans_index_row_subtotals_and_total() {
        let v = resolve(&table(BUDGET)).unwrap();
        assert_eq!(v.header.len(), 2);
        assert_eq!(
            v.header[0],
            [
                HeaderCell { text: "STT".into(), colspan: 1, rowspan: 2 },
                HeaderCell { text: "Nội dung".into(), colspan: 1, rowspan: 2 },
                HeaderCell { text: "Kinh phí (đồng)".into(), colspan: 2, rowspan: 1 },
            ]
        );
        assert_eq!(v.header[1].len(), 2);
        assert_eq!(v.index.as_deref(), Some(&["A".to_string(), "B".into(), "1".into(), "2".into()][..]));
        assert_eq!(v.widths, ["12mm", "1fr", "auto", "auto"]);
        assert_eq!(v.aligns, ["center", "left", "right", "right"]);
        assert_eq!(v.figures, [false, false, true, true], "amounts are figures, never broken");
        // The name a table too wide is reported by: the same for the same
        // table, another for another.
        assert_eq!(v.id, fingerprint(&table(BUDGET)));
        assert_ne!(v.id, fingerprint(&table(&BUDGET.replace("Nhiệm vụ 16", "Nhiệm vụ 17"))));
        let printed: Vec<(&str, Vec<&str>)> =
            v.rows.iter().map(|r| (r.kind, r.cells.iter().map(String::as_str).collect())).collect();
        assert_eq!(printed[1], ("data", vec!["1", "Nhiệm vụ 9", "120.000.000", "100.000.000"]));
        assert_eq!(printed[3], ("subtotal", vec!["Cộng dự án 6", "200.000.000", "180.000.000"]));
        assert_eq!(printed[7], ("total", vec!["Tổng cộng", "1.250.000.000", "1.180.000.005"]));
        assert_eq!(v.rows[7].label_span, 2);
        assert_eq!(v.in_words, ["Bằng chữ: Một tỷ hai trăm năm mươi triệu đồng."]);
    }

    #[test]
    fn wrong_figures_are_reported_where_they_are() {
        let t = table(&BUDGET.replace("values: [null, null, 1250000000", "values: [null, null, 1200000000"));
        let e = resolve(&t).unwrap().mismatches;
        assert_eq!(
            e,
            [TableError {
                path: "total.values[2]".into(),
                message: "Cột `Kế hoạch` cộng lại được 1.250.000.000, không phải 1.200.000.000 như đã ghi"
                    .into()
            }]
        );
    }

    #[test]
    fn rows_of_the_wrong_length_and_bad_widths() {
        let t = table(
            &BUDGET
                .replace("[2, Nhiệm vụ 16, 80000000, 80000000]", "[2, Nhiệm vụ 16, 80000000]")
                .replace("12mm", "\"12mm)]#x\""),
        );
        let e = resolve(&t).unwrap_err();
        let messages: Vec<&str> = e.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages[0],
            "`12mm)]#x` không phải độ rộng của cột `STT`; ghi ví dụ 15mm, 2cm, 1fr hoặc auto"
        );
        assert!(messages.contains(&"Dòng này có 3 ô; bảng có 4 cột"));
    }

    #[test]
    fn decimals_are_exact() {
        let t = table(
            "columns: [{title: A}, {title: Tỷ lệ, kind: number}]\nrows: [[a, 0.1], [b, 0.2]]\ntotal: {values: [null, 0.3]}\n",
        );
        let v = resolve(&t).unwrap();
        assert_eq!(v.rows[2].cells, ["Tổng cộng", "0,3"]);
    }

    #[test]
    fn sum_columns_fill_blanks_check_figures_and_name_themselves_in_the_index_row() {
        let t: Table = serde_saphyr::from_str(
            "columns: [{title: Nội dung}, {title: Trung ương, kind: amount}, {title: Địa phương, kind: amount},\n\
                       {title: Tổng, kind: amount, sum: [Trung ương, Địa phương]}]\n\
             index_row: true\n\
             rows:\n  - [Dự án 1, 100000, 50000, null]\n  - [Dự án 2, 20000, null, 20000]\n  - [Dự án 3, 1000, 1000, 2001]\n\
             total: {}\n",
        )
        .unwrap();
        let errors = resolve(&t).unwrap().mismatches;
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "rows[2][3]");
        assert_eq!(
            errors[0].message,
            "`Tổng` = `Trung ương` + `Địa phương` = 2.000, không phải 2.001 như đã ghi"
        );

        let fixed = Table { rows: t.rows[..2].to_vec(), ..t.clone() };
        let v = resolve(&fixed).unwrap();
        assert_eq!(v.index.as_deref().unwrap(), ["A", "1", "2", "3=1+2"]);
        assert_eq!(v.rows[0].cells[3], "150.000", "a blank sum is filled");
        assert_eq!(v.rows[2].cells, ["Tổng cộng", "120.000", "50.000", "170.000"]);

        // A sum of sums, written before them: computed after them.
        let nested: Table = serde_saphyr::from_str(
            "columns: [{title: N}, {title: Tổng, kind: amount, sum: [ĐT, SN]}, {title: TW, kind: amount},\n\
                       {title: ĐP, kind: amount}, {title: ĐT, kind: amount, sum: [TW, ĐP]}, {title: SN, kind: amount}]\n\
             rows: [[a, null, 100, 50, null, 10]]\n",
        )
        .unwrap();
        let v = resolve(&nested).unwrap();
        assert_eq!(v.rows[0].cells, ["a", "160", "100", "50", "150", "10"]);
        let circular: Table = serde_saphyr::from_str(
            "columns: [{title: A, kind: amount, sum: [B]}, {title: B, kind: amount, sum: [A]}]\nrows: [[1, 1]]\n",
        )
        .unwrap();
        assert_eq!(
            resolve(&circular).unwrap_err()[0].message,
            "Tổng ở `A` cộng lại chính nó, qua các cột mà nó cộng"
        );

        let empty: Table =
            serde_saphyr::from_str("columns: [{title: A, kind: amount, sum: []}]\nrows: [[1]]\n").unwrap();
        let errors = resolve(&empty).unwrap_err();
        assert_eq!(errors[0].message, "`sum` ở `A` không nêu cột nào để cộng");
    }

    #[test]
    fn ratio_columns_fill_blanks_check_figures_and_sum_rows() {
        let yaml = "columns: [{title: Nội dung}, {title: KH, kind: amount}, {title: TH, kind: amount}, \
                    {title: Tỷ lệ, kind: percent, ratio: {of: TH, to: KH}}]\n\
                    rows: [[a, 120, 100, 83.3], [b, 80, 80, null], [c, 0, 5, null]]\ntotal: {values: [null, 200, 185, 92.5]}\n";
        let v = resolve(&table(yaml)).unwrap();
        assert_eq!(v.rows[0].cells[3], "83,3");
        assert_eq!(v.rows[1].cells[3], "100", "a blank cell is computed");
        assert_eq!(v.rows[2].cells[3], "", "no ratio to a zero");
        assert_eq!(v.rows[3].cells, ["Tổng cộng", "200", "185", "92,5"]);
        // 83 is 83,33… to no decimals; 83,4 is wrong.
        assert!(resolve(&table(&yaml.replace("83.3]", "83]"))).unwrap().mismatches.is_empty());
        let e = resolve(&table(&yaml.replace("83.3]", "83.4]"))).unwrap().mismatches;
        assert_eq!(e[0].path, "rows[0][3]");
        assert_eq!(e[0].message, "`Tỷ lệ` = `TH` ÷ `KH` × 100 = 83,3, không phải 83,4 như đã ghi");
        let e = resolve(&table(&yaml.replace("92.5]", "92.4]"))).unwrap().mismatches;
        assert_eq!(e[0].path, "total.values[3]");
        let e = resolve(&table(&yaml.replace("to: KH", "to: Kế hoạch"))).unwrap_err();
        assert_eq!(
            e[0].message,
            "Tỷ lệ ở `Tỷ lệ` nêu cột `Kế hoạch`, mà bảng không có cột này; các cột số liệu của bảng là `KH`, `TH`, `Tỷ lệ`"
        );
        let e = crate::i18n::with_lang(crate::i18n::Lang::En, || {
            resolve(&table(&yaml.replace("to: KH", "to: Kế hoạch"))).unwrap_err()
        });
        assert_eq!(
            e[0].message,
            "the ratio in `Tỷ lệ` names a column `Kế hoạch` the table does not have; its figure columns are `KH`, `TH`, `Tỷ lệ`"
        );
        let n = |s| Number::parse(s).unwrap();
        assert_eq!(n("2").percent_of(n("3"), 1), Some(n("66.7")));
        assert_eq!(n("-2").percent_of(n("3"), 0), Some(n("-67")));
        assert_eq!(n("1").percent_of(n("0"), 1), None);
    }

    #[test]
    fn figures_are_read_exactly_from_their_text() {
        let n = |s| Number::exact(s).map(Number::vietnamese);
        assert_eq!(n("12345678901234567890123").unwrap(), "12.345.678.901.234.567.890.123");
        assert_eq!(n("1.23456789012").unwrap(), "1,23456789012");
        assert_eq!(n("-0.5").unwrap(), "-0,5");
        assert_eq!(n("+7").unwrap(), "7");
        assert_eq!(n(".5").unwrap(), "0,5");
        assert_eq!(n("1.").unwrap(), "1");
        assert_eq!(n("1.5e3").unwrap(), "1.500");
        assert_eq!(n("25E-4").unwrap(), "0,0025");
        assert_eq!(n("0.000").unwrap(), "0");
        assert_eq!(n("100e-2").unwrap(), "1");
        assert_eq!(n("-0e9999").unwrap(), "0");
        assert_eq!(
            n("1.23456789012345678").unwrap_err(),
            "`1.23456789012345678` có 17 chữ số sau dấu thập phân; một con số có tối đa 12"
        );
        assert_eq!(
            n("1e24").unwrap_err(),
            "`1e24` có 25 chữ số trước dấu thập phân; một con số có tối đa 24"
        );
        let english = crate::i18n::with_lang(crate::i18n::Lang::En, || n("1e24").unwrap_err());
        assert_eq!(english, "`1e24` has 25 digits before the decimal point; a figure may have at most 24");
        assert!(n("999999999999999999999999.999999999999").is_ok(), "the largest figure");
        for bad in [".inf", "-.nan", "0x1F", "1e", "1e99999", "1_000", "--1", "", "."] {
            assert!(n(bad).is_err(), "{bad}");
        }
        // Sums stay exact and refuse to overflow rather than saturate.
        let big = Number::exact("999999999999999999999999.999999999999").unwrap();
        let mut sum = Number::default();
        for _ in 0..100 {
            sum = sum.checked_sum(big).unwrap();
        }
        assert_eq!(sum.vietnamese(), "99.999.999.999.999.999.999.999.999,9999999999");
        assert_eq!((0..200).try_fold(Number::default(), |s, _| s.checked_sum(big)), None);
    }

    #[test]
    fn an_index_row_is_a_flag_or_labels_and_says_so() {
        let t = table("columns: [{title: A}]\nindex_row: [a]\nrows: []\n");
        assert_eq!(t.index_row, Some(IndexRow::Labels(vec!["a".into()])));
        let e =
            serde_saphyr::from_str::<Table>("columns: [{title: A}]\nindex_row: 5\nrows: []\n").unwrap_err();
        assert!(e.to_string().contains("`true`, `false` hoặc một danh sách nhãn"), "{e}");
        assert!(!e.to_string().contains("IndexRow"), "{e}");
    }

    #[test]
    fn cells_round_trip_exactly_through_another_serde_format() {
        let cells = vec![
            Cell::Number(Number::exact("12345678901234567890123").unwrap()),
            Cell::Number(Number::exact("0.1").unwrap()),
            Cell::Text("1.250.000".into()),
            Cell::Empty,
        ];
        // The template engine reads a table back the same way, through serde.
        let value = serde_json::to_value(&cells).unwrap();
        let back: Vec<Cell> = serde_json::from_value(value).unwrap();
        assert_eq!(back, cells);
    }

    #[test]
    fn figures_typed_as_text_are_read_the_vietnamese_way_or_not_at_all() {
        let read = |s: &str| vietnamese_number(s).map(|n| n.vietnamese());
        assert_eq!(read("1.250.000").as_deref(), Some("1.250.000"));
        assert_eq!(read("1.250.000,50").as_deref(), Some("1.250.000,5"));
        assert_eq!(read("8,00").as_deref(), Some("8"));
        assert_eq!(read("-1.500").as_deref(), Some("-1.500"));
        assert_eq!(read("1000").as_deref(), Some("1.000"));
        // A decimal point typed the English way is no figure (the probe
        // found `1.5` summed as 15 and `2.5.0` as 250).
        for wrong in ["1.5", "1.50", "2.5.0", "1.2345", ".5", "1.", "1,", ",5", "1,2,3", "1.000.00"] {
            assert_eq!(read(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn numbers_format_the_vietnamese_way() {
        let n = |s| Number::parse(s).unwrap().vietnamese();
        assert_eq!(n("1250000"), "1.250.000");
        assert_eq!(n("1250000.50"), "1.250.000,5");
        assert_eq!(n("-1000"), "-1.000");
        assert_eq!(n("0.05"), "0,05");
        assert_eq!(track_size("1fr").as_deref(), Some("1fr"));
        assert_eq!(track_size("12mm)]#"), None);
    }

    #[test]
    fn a_labels_level_samples_name_the_styles_it_could_be() {
        let cases: [(&str, &[&str]); 8] = [
            ("II", &["I"]),
            ("I", &["I", "A"]),
            ("b", &["a"]),
            ("c", &["i", "a"]),
            ("2", &["1"]),
            ("1.2", &["1.1"]),
            ("-", &["-"]),
            ("Xã", &[]),
        ];
        for (label, want) in cases {
            assert_eq!(level_samples(label), want, "{label}");
            // Each sample, written in `levels`, is that style.
            for s in want {
                assert_eq!(LevelStyle::of(s).map(LevelStyle::sample), Some(*s));
            }
        }
    }
}
