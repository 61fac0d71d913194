//! The resource table: one entry per built-in resource drives routing, discovery, OpenAPI,
//! storage keys, Table printing, field selectors and each kind's strategy (defaulting,
//! validation, status handling, graceful deletion). Adding a built-in type is one entry here
//! plus, when it needs one, a strategy.

pub mod codec;
pub mod custom;
pub mod printers;
pub mod schema;
pub mod strategy;
mod table;

use serde_json::Value;

pub use printers::{Column, Printer};
pub use strategy::Strategy;
pub use table::RESOURCES;

/// The subresources the server implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sub {
    Status,
    Scale,
    Binding,
    Eviction,
    Finalize,
    Approval,
    /// serviceaccounts/token (TokenRequest).
    Token,
}

impl Sub {
    pub fn name(self) -> &'static str {
        match self {
            Sub::Status => "status",
            Sub::Scale => "scale",
            Sub::Binding => "binding",
            Sub::Eviction => "eviction",
            Sub::Finalize => "finalize",
            Sub::Approval => "approval",
            Sub::Token => "token",
        }
    }

    /// Discovery's verbs for the subresource.
    pub fn verbs(self) -> &'static [&'static str] {
        match self {
            Sub::Status | Sub::Scale => &["get", "patch", "update"],
            Sub::Binding | Sub::Eviction | Sub::Token => &["create"],
            Sub::Finalize | Sub::Approval => &["update"],
        }
    }

    /// (group, version, kind) of what the subresource accepts and returns; `None` means the
    /// parent's kind.
    pub fn response_kind(self) -> Option<(&'static str, &'static str, &'static str)> {
        match self {
            Sub::Scale => Some(("autoscaling", "v1", "Scale")),
            Sub::Binding => Some(("", "v1", "Binding")),
            Sub::Eviction => Some(("policy", "v1", "Eviction")),
            Sub::Token => Some(("authentication.k8s.io", "v1", "TokenRequest")),
            Sub::Status | Sub::Finalize | Sub::Approval => None,
        }
    }
}

/// How names are validated (apimachinery's name validators).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameRule {
    /// RFC 1123 subdomain (most kinds).
    Subdomain,
    /// RFC 1123 label (namespaces, services).
    Label,
    /// Anything usable as a path segment (RBAC objects).
    PathSegment,
}

/// Where `spec.replicas`-style scale data lives, for the scale subresource.
#[derive(Clone, Copy, Debug)]
pub enum SelectorShape {
    /// `spec.selector` is a LabelSelector (apps/v1).
    LabelSelector,
    /// `spec.selector` is a plain map (ReplicationController).
    Map,
}

/// One resource: a built-in one from the table, or a served custom resource version.
pub struct ResourceDef {
    pub group: &'static str,
    pub version: &'static str,
    pub kind: &'static str,
    pub plural: &'static str,
    pub singular: &'static str,
    pub short_names: &'static [&'static str],
    pub namespaced: bool,
    pub categories: &'static [&'static str],
    pub subresources: &'static [Sub],
    /// `metadata.generation` is kept (set to 1, bumped on spec changes).
    pub generation: bool,
    /// PUT creates a missing object (endpoints, leases, events, RBAC…).
    pub create_on_update: bool,
    /// DELETE answers with the deleted object instead of a Status (upstream's
    /// `ReturnDeletedObject`: pods, services, service accounts, storage classes, namespaces).
    pub returns_deleted: bool,
    pub name_rule: NameRule,
    /// Field selectors beyond metadata.name/metadata.namespace: (field, value when unset).
    pub fields: &'static [(&'static str, &'static str)],
    pub printer: &'static Printer,
    pub strategy: &'static dyn Strategy,
    /// The k8s-openapi type: the round trip that prunes unknown fields and rejects wrong types,
    /// and the schema OpenAPI publishes.
    pub typed: codec::Typed,
    /// The scale subresource's selector shape (for kinds with `Sub::Scale`).
    pub scale_selector: SelectorShape,
    /// etcd key segment when it differs from `plural` (a plural used by two groups).
    pub storage: Option<&'static str>,
    /// A review kind (TokenReview, SubjectAccessReview…): create-only, answered, never stored.
    pub review: bool,
    /// A custom resource: its schema, printer columns and scale paths replace `typed`,
    /// `printer` and `scale_selector`.
    pub custom: Option<&'static custom::CustomResource>,
}

impl ResourceDef {
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.to_owned()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    pub fn list_kind(&self) -> String {
        format!("{}List", self.kind)
    }

    /// Discovery's verbs.
    pub fn verbs(&self) -> &'static [&'static str] {
        if self.review {
            &["create"]
        } else {
            &[
                "create",
                "delete",
                "deletecollection",
                "get",
                "list",
                "patch",
                "update",
                "watch",
            ]
        }
    }

    pub fn has(&self, sub: Sub) -> bool {
        self.subresources.contains(&sub)
    }

    pub fn subresource(&self, name: &str) -> Option<Sub> {
        self.subresources.iter().copied().find(|s| s.name() == name)
    }

    /// `/registry/<resource>/` (all namespaces).
    pub fn key_prefix(&self) -> String {
        format!("/registry/{}/", self.storage.unwrap_or(self.plural))
    }

    /// `/registry/<resource>/<namespace>/` or, for a cluster-scoped resource, the prefix.
    pub fn namespace_prefix(&self, namespace: Option<&str>) -> String {
        match (self.namespaced, namespace) {
            (true, Some(ns)) => format!("{}{ns}/", self.key_prefix()),
            _ => self.key_prefix(),
        }
    }

    pub fn key(&self, namespace: Option<&str>, name: &str) -> String {
        format!("{}{name}", self.namespace_prefix(namespace))
    }

    /// The field selector value of `field` on `obj`, or `None` if the field is not selectable.
    pub fn field_value(&self, obj: &Value, field: &str) -> Option<String> {
        let (path, default) = match field {
            "metadata.name" | "metadata.namespace" => (field, ""),
            // kube-apiserver's alias.
            "spec.host" if self.kind == "Pod" => ("spec.nodeName", ""),
            _ => *self.fields.iter().find(|(f, _)| *f == field)?,
        };
        Some(match super::meta::path(obj, path) {
            None | Some(Value::Null) => default.to_owned(),
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|i| i.get("ip").and_then(Value::as_str).or(i.as_str()))
                .collect::<Vec<_>>()
                .join(","),
            Some(other) => other.to_string(),
        })
    }

    /// Decodes into the kind's shape and back: the typed round trip of a built-in kind, the
    /// schema's pruning for a custom one. Returns the object and the fields dropped.
    pub fn decode(&self, obj: Value) -> Result<(Value, Vec<String>), String> {
        match self.custom {
            Some(c) => c.decode(obj),
            None => {
                let out = (self.typed.codec)(obj.clone())?;
                let dropped = codec::unknown_fields(&obj, &out);
                Ok((out, dropped))
            }
        }
    }

    /// A custom object written through another served version, as this version presents it
    /// (the `None` conversion strategy: only apiVersion changes); `None` when no change.
    pub fn converted(&self, obj: &Value) -> Option<Value> {
        self.custom?;
        let wanted = self.api_version();
        let have = obj.get("apiVersion").and_then(Value::as_str)?;
        if have == wanted {
            return None;
        }
        let mut out = obj.clone();
        out["apiVersion"] = Value::String(wanted);
        Some(out)
    }

    /// Sets a custom object's apiVersion to its CRD's storage version before it is stored
    /// (reads convert it back with `converted`).
    pub fn to_storage(&self, obj: &mut Value) {
        if let Some(c) = self.custom
            && let Some(m) = obj.as_object_mut()
        {
            m.insert(
                "apiVersion".into(),
                Value::String(c.storage_api_version.clone()),
            );
        }
    }

    /// The merge facts (list keys, strategies) patches and field ownership use: none for a
    /// custom resource (its lists are atomic, as a structural schema without list-type
    /// extensions makes them upstream).
    pub fn patch_schema(&self) -> &'static crate::apiserver::patch::TypeSchema {
        crate::apiserver::patch::schema_for_kind(match self.custom {
            Some(_) => "",
            None => self.kind,
        })
    }

    /// The Table's column definitions.
    pub fn table_columns(&self) -> Vec<Value> {
        match self.custom {
            Some(c) => c.column_definitions(),
            None => self
                .printer
                .columns
                .iter()
                .map(|c| {
                    serde_json::json!({"name": c.name, "type": c.kind, "format": c.format, "description": c.description, "priority": c.priority})
                })
                .collect(),
        }
    }

    /// One Table row's cells.
    pub fn table_cells(&self, obj: &Value, now: time::OffsetDateTime) -> Vec<Value> {
        match self.custom {
            Some(c) => c.cells(obj, now),
            None => (self.printer.cells)(obj, now),
        }
    }

    /// Where the scale subresource finds (spec replicas, status replicas, selector).
    pub fn scale_paths(&self) -> (&str, &str, Option<&str>) {
        match self.custom.and_then(|c| c.scale_paths()) {
            Some(p) => (
                &p.spec_replicas,
                &p.status_replicas,
                p.label_selector.as_deref(),
            ),
            None => ("spec.replicas", "status.replicas", Some("spec.selector")),
        }
    }

    pub fn selectable_fields(&self) -> Vec<&'static str> {
        let mut v = vec!["metadata.name", "metadata.namespace"];
        v.extend(self.fields.iter().map(|(f, _)| *f));
        v
    }
}

/// Every resource served now: the built-in table, then the custom resources.
pub fn all() -> Vec<&'static ResourceDef> {
    let custom = custom::served();
    RESOURCES.iter().chain(custom.iter().copied()).collect()
}

/// Finds the resource a request addresses.
pub fn lookup(group: &str, version: &str, plural: &str) -> Option<&'static ResourceDef> {
    RESOURCES
        .iter()
        .find(|r| r.group == group && r.version == version && r.plural == plural)
        .or_else(|| {
            custom::served()
                .iter()
                .copied()
                .find(|r| r.group == group && r.version == version && r.plural == plural)
        })
}

/// Finds a resource by group and kind (for a subresource's own kind, owner references…).
pub fn by_kind(group: &str, kind: &str) -> Option<&'static ResourceDef> {
    RESOURCES
        .iter()
        .find(|r| r.group == group && r.kind == kind)
        .or_else(|| {
            custom::served()
                .iter()
                .copied()
                .find(|r| r.group == group && r.kind == kind)
        })
}

/// Every group/version served, in discovery order (core first, then groups as listed, then
/// custom resources' groups).
pub fn group_versions() -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for r in all() {
        if !out.contains(&(r.group, r.version)) {
            out.push((r.group, r.version));
        }
    }
    out
}
