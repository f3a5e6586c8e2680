//! The stamps of page 1 in DOCX, placed and sized as `nd30.typ` draws them
//! from `nd30.toml`'s `[stamp]`: ô 10a (độ mật) and ô 10b (mức độ khẩn)
//! as red frames under the số (and a công văn's V/v), centred in the left
//! header column, 10a first; ô 11 (phạm vi lưu hành) as a black frame in
//! the top margin of page 1, centred on the right header column. A frame
//! is a one-cell table of the stamp's size (a double frame: a table in a
//! table, the gap between them as padding), so that Word keeps it with
//! the text and the văn thư can still edit the words.

use docx_rs::{
    AlignmentType, HeightRule, Paragraph, Run, Table, TableAlignmentType, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableCellContent, TableCellMargins, TableChild, TableLayoutType,
    TablePositionProperty, TableRow, TableRowChild, VAlignType, WidthType,
};

use super::Writer;
use super::styles::{half_points, id, text_width, twips_mm, twips_pt};
use crate::model::stamp_label;

/// The red of ô 10a and 10b ("màu đỏ tươi"), as `nd30.typ` draws it.
const RED: &str = "FF0000";
const BLACK: &str = "000000";

/// The YAML key of a stamp value (`toi-mat`).
fn key<T: serde::Serialize>(value: T) -> Option<String> {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string))
}

impl<'a> Writer<'a> {
    /// The words of ô 10a and 10b, 10a first.
    fn header_stamps(&self) -> Vec<&'static str> {
        let common = self.loaded.document.common();
        [common.secrecy.and_then(key), common.urgency.and_then(key)]
            .into_iter()
            .flatten()
            .filter_map(|k| stamp_label(&k))
            .collect()
    }

    /// Adds ô 10a and 10b under the số (and V/v): the first cell of the
    /// header's second row.
    pub(super) fn add_stamps(&self, header: &mut Table) {
        let labels = self.header_stamps();
        if labels.is_empty() {
            return;
        }
        let Some(TableChild::TableRow(row)) = header.rows.get_mut(1) else { return };
        let Some(TableRowChild::TableCell(cell)) = row.cells.get_mut(0) else { return };
        for label in labels {
            let gap = super::spacer(self.n.stamp.gap_pt);
            cell.children.push(TableCellContent::Paragraph(Box::new(gap)));
            cell.children.push(TableCellContent::Table(Box::new(self.stamp_box(label))));
        }
        // A cell ends with a paragraph (Word repairs a file whose cell ends
        // with a table).
        cell.children.push(TableCellContent::Paragraph(Box::new(super::spacer(1.0))));
    }

    /// A stamp of ô 10a/10b: its frame (double for độ mật) of the size
    /// nd30.toml gives, the words centred in it, bold and red.
    fn stamp_box(&self, label: &str) -> Table {
        let s = &self.n.stamp;
        let width = twips_mm(s.width_mm.get(label).copied().unwrap_or(20.0));
        let height = twips_mm(s.height_mm);
        let words = self.stamp_words(label, RED);
        if !s.double.iter().any(|d| d == label) {
            return frame(
                width,
                height,
                RED,
                self.stroke(),
                VAlignType::Center,
                vec![TableCellContent::Paragraph(Box::new(words))],
            )
            .align(TableAlignmentType::Center);
        }
        let gap = twips_mm(s.double_gap_mm);
        let inner = frame(
            width - 2 * gap,
            height - 2 * gap,
            RED,
            self.stroke(),
            VAlignType::Center,
            vec![TableCellContent::Paragraph(Box::new(words))],
        );
        frame(
            width,
            height,
            RED,
            self.stroke(),
            VAlignType::Top,
            vec![
                TableCellContent::Table(Box::new(inner)),
                TableCellContent::Paragraph(Box::new(super::spacer(1.0))),
            ],
        )
        .margins(TableCellMargins::new().margin(gap as usize, gap as usize, gap as usize, gap as usize))
        .align(TableAlignmentType::Center)
    }

    fn stroke(&self) -> usize {
        super::eighths(self.n.stamp.stroke_pt)
    }

    fn stamp_words(&self, label: &str, color: &str) -> Paragraph {
        let size = self.n.stamp.size_pt;
        Paragraph::new()
            .style(id::SO)
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text(label).bold().color(color).size(half_points(size)))
    }

    /// Ô 11 for the header of page 1: its black frame, as wide as the words
    /// and the inset either side, floating in the top margin, centred on
    /// the right header column; `None` without one.
    pub(super) fn circulation(&self) -> Option<Table> {
        let n = self.n;
        let label = stamp_label(&key(self.loaded.document.common().circulation?)?)?;
        let s = &n.stamp;
        let words = super::measure(label, s.size_pt, true);
        let width = twips_pt(words) + 2 * twips_mm(s.circulation_inset_mm);
        let height = twips_mm(s.height_mm);
        let text = text_width(n);
        let left = (text as f64 * n.header_columns[0]).round() as i32;
        let x = left + (text - left - width) / 2;
        // On the line of the PDF's page header: its bottom `header-ascent`
        // of the top margin above the text.
        let bottom = n.margin_mm.top * (1.0 - n.header_ascent);
        let y = twips_mm(bottom - s.height_mm);
        let position = TablePositionProperty::new()
            .horizontal_anchor("margin")
            .vertical_anchor("page")
            .position_x(x)
            .position_y(y);
        let words = self.stamp_words(label, BLACK);
        Some(
            frame(
                width,
                height,
                BLACK,
                self.stroke(),
                VAlignType::Center,
                vec![TableCellContent::Paragraph(Box::new(words))],
            )
            .position(position),
        )
    }
}

/// A one-cell table `width` × `height` twips framed in `color`, holding
/// `content`.
fn frame(
    width: i32,
    height: i32,
    color: &str,
    stroke: usize,
    align: VAlignType,
    content: Vec<TableCellContent>,
) -> Table {
    let mut cell = TableCell::new().width(width as usize, WidthType::Dxa).vertical_align(align);
    cell.children = content;
    let mut borders = TableBorders::new().clear_all();
    for side in [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
    ] {
        borders = borders.set(TableBorder::new(side).size(stroke).color(color));
    }
    Table::new(vec![
        TableRow::new(vec![cell]).row_height(height as f32).height_rule(HeightRule::Exact).cant_split(),
    ])
    .set_grid(vec![width as usize])
    .width(width as usize, WidthType::Dxa)
    .layout(TableLayoutType::Fixed)
    .indent(0)
    .margins(TableCellMargins::new().margin(0, 0, 0, 0))
    .set_borders(borders)
}
