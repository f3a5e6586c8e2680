//! Kế hoạch (plan): NĐ30 Phụ lục III, Mẫu 1.4 "văn bản có tên loại", with the
//! usual parts of a plan implementing a programme.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Block, OneOrMany};

super::document! {
    /// A Kế hoạch as written in YAML.
    KeHoach {
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
        /// Further mục (generic sections) printed after the standard ones.
        #[serde(default)]
        pub sections: Vec<super::common::Section>,
        /// The closing paragraph; `./.` is added at its end.
        #[serde(default)]
        pub closing: Option<String>,
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
