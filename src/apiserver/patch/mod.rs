//! The four PATCH types: JSON Patch (RFC 6902), JSON Merge Patch (RFC 7386), Strategic Merge
//! Patch (Kubernetes' own, with per-field merge keys and directives), and server-side apply
//! (the strategic merge of the applied configuration plus field ownership, managed_fields).

pub mod json_patch;
pub mod managed_fields;
pub mod merge;
mod schema;
pub mod strategic;

pub use schema::{TypeSchema, annotate, schema_for_kind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PatchType {
    Json,
    Merge,
    Strategic,
    Apply,
}

impl PatchType {
    pub fn from_content_type(ct: &str) -> Option<Self> {
        let base = ct.split(';').next().unwrap_or("").trim();
        match base {
            "application/json-patch+json" => Some(PatchType::Json),
            "application/merge-patch+json" => Some(PatchType::Merge),
            "application/strategic-merge-patch+json" => Some(PatchType::Strategic),
            "application/apply-patch+yaml" | "application/apply-patch+cbor" => {
                Some(PatchType::Apply)
            }
            _ => None,
        }
    }

    pub const ACCEPTED: &'static [&'static str] = &[
        "application/json-patch+json",
        "application/merge-patch+json",
        "application/strategic-merge-patch+json",
        "application/apply-patch+yaml",
    ];
}
