//! Kế hoạch (plan): NĐ30 Phụ lục III, Mẫu 1.4 "văn bản có tên loại", with the
//! usual parts of a plan implementing a programme.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Block, OneOrMany};

super::document! {
    /// A Kế hoạch as written in YAML.
    KeHoach {
        /// Kính gửi, when the plan is submitted to a body (a Kế hoạch sent
        /// to the HĐND tỉnh): laid out as a công văn's.
        #[serde(default)]
        pub to: Vec<super::common::Recipient>,
        /// The paragraph after the căn cứ (`UBND xã … ban hành Kế hoạch …`).
        #[serde(default)]
        pub preamble: Option<String>,
        /// I.1 Mục đích.
        #[serde(default)]
        pub purposes: Vec<Block>,
        /// I.2 Yêu cầu.
        #[serde(default)]
        pub requirements: Vec<Block>,
        /// II. Mục tiêu.
        #[serde(default)]
        pub objectives: Vec<Block>,
        /// III. Nội dung thực hiện: dự án → tiểu dự án → nhiệm vụ.
        #[serde(default)]
        pub projects: Vec<Project>,
        /// IV. Nhiệm vụ, giải pháp (numbered 1., 2., …).
        #[serde(default)]
        pub solutions: Vec<Block>,
        /// V. Tổ chức thực hiện: what each unit does.
        #[serde(default)]
        pub organization: Vec<Responsibility>,
        /// Further mục (generic sections) printed after the standard ones
        /// (or where `parts` names `sections`).
        #[serde(default)]
        pub sections: Vec<super::common::Section>,
        /// The mục in print order, numbered I., II., … as printed: standard
        /// parts by name (`purposes`, `objectives`, `projects`, `solutions`,
        /// `organization`), renamed (`{part: projects, heading: Nhiệm vụ,
        /// giải pháp}`), `sections` (the `sections` list, there), and
        /// generic sections written in place (`{title, content}`). Default:
        /// the standard parts in that order, then `sections`.
        #[serde(default)]
        pub parts: Vec<PlanPart>,
        /// The closing paragraph; `./.` is added at its end.
        #[serde(default)]
        pub closing: Option<String>,
        /// Forms (mẫu) attached to it, each on pages of its own after the
        /// phụ lục: `Mẫu số 01`, a small header if asked, the title, and
        /// fill-in lines, checkboxes, tables to fill, signature grids.
        #[serde(default)]
        pub forms: Vec<super::form::Form>,
    }
}

/// A standard part of a Kế hoạch, as `parts` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PartName {
    /// MỤC ĐÍCH, YÊU CẦU: `purposes` and `requirements`.
    Purposes,
    /// MỤC TIÊU: `objectives`.
    Objectives,
    /// NỘI DUNG THỰC HIỆN: `projects`, with their funding and assignments.
    Projects,
    /// NHIỆM VỤ, GIẢI PHÁP: `solutions`.
    Solutions,
    /// TỔ CHỨC THỰC HIỆN: `organization`.
    Organization,
    /// The generic `sections`, each a mục of its own, in their order.
    Sections,
}

impl PartName {
    pub const ALL: [PartName; 6] = [
        PartName::Purposes,
        PartName::Objectives,
        PartName::Projects,
        PartName::Solutions,
        PartName::Organization,
        PartName::Sections,
    ];

    /// The name written in `parts`.
    pub fn key(self) -> &'static str {
        match self {
            PartName::Purposes => "purposes",
            PartName::Objectives => "objectives",
            PartName::Projects => "projects",
            PartName::Solutions => "solutions",
            PartName::Organization => "organization",
            PartName::Sections => "sections",
        }
    }
}

/// One entry of a Kế hoạch's `parts`: a standard part by name, a standard
/// part with a heading of its own, or a generic section written in place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum PlanPart {
    Named(PartName),
    Renamed(RenamedPart),
    Section(super::common::Section),
}

/// A standard part printed under another heading (`NỘI DUNG THỰC HIỆN` →
/// `NHIỆM VỤ, GIẢI PHÁP`); the heading is printed in capitals after its
/// Roman number.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RenamedPart {
    pub part: PartName,
    pub heading: String,
}

impl PlanPart {
    /// The standard part this entry prints, if it is one.
    pub fn name(&self) -> Option<PartName> {
        match self {
            PlanPart::Named(n) => Some(*n),
            PlanPart::Renamed(r) => Some(r.part),
            PlanPart::Section(_) => None,
        }
    }
}

impl<'de> Deserialize<'de> for PlanPart {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{self, MapAccess, Visitor};
        struct PartVisitor;
        impl<'de> Visitor<'de> for PartVisitor {
            type Value = PlanPart;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&crate::t!("expect-plan-part"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PlanPart, E> {
                part_name(v).map(PlanPart::Named)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<PlanPart, A::Error> {
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Any {
                    #[serde(default)]
                    part: Option<String>,
                    #[serde(default)]
                    heading: Option<String>,
                    #[serde(default)]
                    title: Option<String>,
                    #[serde(default)]
                    numbering: Option<super::common::Numbering>,
                    #[serde(default)]
                    content: Option<Vec<super::common::Block>>,
                }
                let any = Any::deserialize(de::value::MapAccessDeserializer::new(map))?;
                match (any.part, any.title) {
                    (Some(part), None) if any.numbering.is_none() && any.content.is_none() => {
                        let part = part_name::<A::Error>(&part)?;
                        let Some(heading) = any.heading else {
                            let message = crate::t!("plan-part-no-heading", part = part.key());
                            return Err(de::Error::custom(crate::load::de::mistake("wrong-type", message)));
                        };
                        if part == PartName::Sections {
                            return Err(de::Error::custom(crate::load::de::mistake(
                                "wrong-type",
                                crate::t!("plan-sections-heading"),
                            )));
                        }
                        Ok(PlanPart::Renamed(RenamedPart { part, heading }))
                    }
                    (None, Some(title)) if any.heading.is_none() => {
                        Ok(PlanPart::Section(super::common::Section {
                            title,
                            text: None,
                            number: None,
                            numbering: any.numbering,
                            content: any.content.unwrap_or_default(),
                        }))
                    }
                    _ => Err(de::Error::custom(crate::load::de::mistake(
                        "wrong-type",
                        crate::t!("plan-part-mixed"),
                    ))),
                }
            }
        }
        d.deserialize_any(PartVisitor)
    }
}

/// A part's name as written, or the error naming the names there are.
fn part_name<E: serde::de::Error>(v: &str) -> Result<PartName, E> {
    const NAMES: &[&str] = &["purposes", "objectives", "projects", "solutions", "organization", "sections"];
    PartName::ALL.iter().find(|n| n.key() == v).copied().ok_or_else(|| E::unknown_variant(v, NAMES))
}

impl JsonSchema for PlanPart {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PlanPart".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let name = generator.subschema_for::<PartName>();
        let renamed = generator.subschema_for::<RenamedPart>();
        let section = generator.subschema_for::<super::common::Section>();
        schemars::json_schema!({
            "description": "A standard part by name, a standard part with its own `heading`, or a generic section written in place.",
            "anyOf": [name, renamed, section]
        })
    }
}

/// A dự án (or tiểu dự án): what is done, with what money, by whom.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// The label word; defaults to `Dự án` (`Tiểu dự án` for a sub-project).
    #[serde(default)]
    pub label: Option<String>,
    /// The programme's own number (`6` in `Dự án 6`); none prints no label.
    #[serde(default)]
    #[schemars(schema_with = "super::common::text_or_number")]
    pub number: Option<String>,
    pub title: String,
    /// a) Nội dung thực hiện.
    #[serde(default)]
    pub content: Vec<Block>,
    /// Nhiệm vụ listed under the content (`Nhiệm vụ 9: …;`).
    #[serde(default)]
    pub tasks: Vec<Task>,
    /// b) Kinh phí thực hiện.
    #[serde(default)]
    pub funding: Option<Funding>,
    /// c) Phân công thực hiện: one or more assignments.
    #[serde(default)]
    pub assignment: OneOrMany<Assignment>,
    /// Tiểu dự án.
    #[serde(default)]
    pub subprojects: Vec<Project>,
}

/// A nhiệm vụ of a dự án.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// The programme's task number (`9`, `18.2`).
    #[serde(default)]
    #[schemars(schema_with = "super::common::text_or_number")]
    pub number: Option<String>,
    pub content: String,
}

/// Kinh phí: the source of money, the documents that allocate it, and an
/// optional amount in đồng.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// `Vốn ngân sách Trung ương`.
    pub source: String,
    /// Ids of the căn cứ/references that allocate it.
    #[serde(default)]
    pub under: Vec<String>,
    /// Amount in đồng.
    #[serde(default)]
    pub amount: Option<u64>,
}

/// Phân công: the formulaic sentence of Vietnamese plans, from its parts:
/// "{lead} chủ trì, phối hợp với {partners} {action} theo quy định của pháp
/// luật có liên quan và hướng dẫn của {guidance}; kiểm tra, giám sát, đánh giá
/// và tổng hợp báo cáo kết quả thực hiện về {report_to} theo quy định."
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    /// The unit in charge (chủ trì).
    pub lead: String,
    /// What the lead does itself before coordinating (`xây dựng kế hoạch`).
    #[serde(default)]
    pub lead_task: Option<String>,
    /// Who it works with (phối hợp với …).
    #[serde(default)]
    pub partners: Option<String>,
    /// The work; defaults to `tổ chức triển khai thực hiện`.
    #[serde(default)]
    pub action: Option<String>,
    /// What part of the project (`nội dung số 3 thuộc tiểu dự án 1`).
    #[serde(default)]
    pub scope: Option<String>,
    /// The body whose guidance applies (hướng dẫn của …).
    #[serde(default)]
    pub guidance: Option<String>,
    /// Where results are reported.
    #[serde(default)]
    pub report_to: Vec<String>,
    /// How the two halves are printed.
    #[serde(default)]
    pub form: AssignmentForm,
}

/// How an assignment's work and reporting halves are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AssignmentForm {
    /// One sentence, halves joined by `;`.
    #[default]
    Sentence,
    /// Two sentences in one paragraph.
    TwoSentences,
    /// Two `- ` items.
    TwoItems,
}

/// A unit's part in tổ chức thực hiện.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// The heading: the unit's name (`Phòng Kinh tế`).
    pub unit: String,
    pub duties: Vec<Block>,
}
