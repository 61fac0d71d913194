//! Custom resources: the entries a served CustomResourceDefinition version adds to the
//! resource table, and what their objects get instead of a Rust type — the CRD's structural
//! schema for pruning, defaulting and validation, its additionalPrinterColumns for Tables,
//! and its scale subresource's paths. The `crd` controller builds them and swaps the set the
//! server routes by.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};

use serde_json::{Value, json};

use super::ResourceDef;
use super::printers;
use super::schema;
use super::strategy::Strategy;
use crate::apiserver::errors::Cause;
use crate::apiserver::meta;

/// One additionalPrinterColumn.
#[derive(Clone, Debug)]
pub struct PrinterColumn {
    pub name: String,
    /// integer, number, string, boolean or date.
    pub kind: String,
    pub format: String,
    pub description: String,
    pub priority: i64,
    pub json_path: String,
}

/// Where the scale subresource reads and writes (dotted paths, without the leading dot).
#[derive(Clone, Debug)]
pub struct ScalePaths {
    pub spec_replicas: String,
    pub status_replicas: String,
    pub label_selector: Option<String>,
}

/// What a served custom resource version carries besides its names.
pub struct CustomResource {
    /// The CRD's name (`crontabs.stable.example.com`).
    pub crd: String,
    /// `group/version` of the CRD's storage version: objects are stored as that version.
    pub storage_api_version: String,
    /// The version's `openAPIV3Schema` (structural; validated when the CRD was written).
    pub schema: Value,
    pub columns: Vec<PrinterColumn>,
    pub scale: Option<ScalePaths>,
    /// The CRD is being deleted: existing objects are served, no new ones are created.
    terminating: AtomicBool,
}

impl CustomResource {
    pub fn new(
        crd: String,
        storage_api_version: String,
        schema: Value,
        columns: Vec<PrinterColumn>,
        scale: Option<ScalePaths>,
    ) -> Self {
        CustomResource {
            crd,
            storage_api_version,
            schema,
            columns,
            scale,
            terminating: AtomicBool::new(false),
        }
    }

    pub fn terminating(&self) -> bool {
        self.terminating.load(Ordering::Acquire)
    }

    pub fn set_terminating(&self, terminating: bool) {
        self.terminating.store(terminating, Ordering::Release);
    }

    /// Prunes what the schema does not name (metadata to ObjectMeta's fields) and returns
    /// the dropped paths; a metadata of the wrong shape is an error.
    pub fn decode(&self, mut obj: Value) -> Result<(Value, Vec<String>), String> {
        let mut dropped = schema::prune(&mut obj, &self.schema, true);
        if let Some(m) = obj.get_mut("metadata") {
            let typed = super::codec::roundtrip::<
                k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
            >(m.clone())?;
            dropped.extend(
                super::codec::unknown_fields(m, &typed)
                    .into_iter()
                    .map(|f| format!("metadata.{f}")),
            );
            *m = typed;
        }
        Ok((obj, dropped))
    }

    /// The Table's column definitions: Name, then the CRD's columns (Age when it has none).
    pub fn column_definitions(&self) -> Vec<Value> {
        let mut out = vec![
            json!({"name": "Name", "type": "string", "format": "name", "description": "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names", "priority": 0}),
        ];
        out.extend(self.columns().iter().map(|c| {
            json!({"name": c.name, "type": c.kind, "format": c.format, "description": c.description, "priority": c.priority})
        }));
        out
    }

    fn columns(&self) -> std::borrow::Cow<'_, [PrinterColumn]> {
        if self.columns.is_empty() {
            std::borrow::Cow::Owned(vec![PrinterColumn {
                name: "Age".into(),
                kind: "date".into(),
                format: String::new(),
                description: String::new(),
                priority: 0,
                json_path: ".metadata.creationTimestamp".into(),
            }])
        } else {
            std::borrow::Cow::Borrowed(&self.columns)
        }
    }

    /// One Table row's cells.
    pub fn cells(&self, obj: &Value, now: time::OffsetDateTime) -> Vec<Value> {
        let mut out = vec![json!(meta::name(obj))];
        for c in self.columns().iter() {
            let found = json_path(obj, &c.json_path).into_iter().next();
            out.push(match (found, c.kind.as_str()) {
                (None | Some(Value::Null), _) => Value::Null,
                (Some(Value::String(ts)), "date") => printers::since(Some(ts), now),
                (Some(v @ (Value::String(_) | Value::Number(_) | Value::Bool(_))), _) => v.clone(),
                (Some(other), _) => json!(other.to_string()),
            });
        }
        out
    }

    /// The spec replicas path, status replicas path and selector of the scale subresource.
    pub fn scale_paths(&self) -> Option<&ScalePaths> {
        self.scale.as_ref()
    }
}

impl Strategy for CustomResource {
    fn default(&self, obj: &mut Value) {
        schema::default(obj, &self.schema);
    }

    fn validate(&self, obj: &Value) -> Vec<Cause> {
        let mut body = obj.clone();
        if let Some(m) = body.as_object_mut() {
            for k in ["apiVersion", "kind", "metadata"] {
                m.remove(k);
            }
        }
        let mut root = self.schema.clone();
        if let Some(props) = root.get_mut("properties").and_then(Value::as_object_mut) {
            for k in ["apiVersion", "kind", "metadata"] {
                props.remove(k);
            }
        }
        if let Some(required) = root.get_mut("required").and_then(Value::as_array_mut) {
            required.retain(|r| !matches!(r.as_str(), Some("apiVersion" | "kind" | "metadata")));
        }
        schema::validate(&body, &root, "")
    }
}

/// The custom resources served now (the CRD controller replaces the whole set at once).
static SERVED: RwLock<Option<Arc<Vec<&'static ResourceDef>>>> = RwLock::new(None);

pub fn served() -> Arc<Vec<&'static ResourceDef>> {
    SERVED
        .read()
        .expect("not poisoned")
        .clone()
        .unwrap_or_default()
}

pub fn set_served(defs: Vec<&'static ResourceDef>) {
    *SERVED.write().expect("not poisoned") = Some(Arc::new(defs));
}

/// The values `path` (kubectl's JSONPath subset used by printer columns: `.a.b`, `[0]`,
/// `[*]`, `['key']` and `[?(@.type=="Ready")]`) selects in `obj`.
pub fn json_path<'a>(obj: &'a Value, path: &str) -> Vec<&'a Value> {
    let path = path.trim().trim_start_matches('{').trim_end_matches('}');
    let path = path.strip_prefix('$').unwrap_or(path);
    let mut current = vec![obj];
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let key = &r[..end];
            rest = &r[end..];
            if key.is_empty() {
                continue;
            }
            current = current.into_iter().filter_map(|v| v.get(key)).collect();
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Vec::new();
            };
            // A filter's value may hold a ']' only inside quotes; the subset here does not.
            let inner = &r[..end];
            rest = &r[end + 1..];
            current = select(current, inner);
        } else {
            return Vec::new();
        }
    }
    current
}

fn select<'a>(current: Vec<&'a Value>, inner: &str) -> Vec<&'a Value> {
    let unquote = |s: &str| s.trim().trim_matches(|c| c == '\'' || c == '"').to_owned();
    if inner == "*" {
        return current
            .into_iter()
            .flat_map(|v| match v {
                Value::Array(a) => a.iter().collect::<Vec<_>>(),
                Value::Object(m) => m.values().collect(),
                _ => Vec::new(),
            })
            .collect();
    }
    if let Ok(i) = inner.trim().parse::<i64>() {
        return current
            .into_iter()
            .filter_map(|v| {
                let a = v.as_array()?;
                let idx = if i < 0 { a.len() as i64 + i } else { i };
                a.get(usize::try_from(idx).ok()?)
            })
            .collect();
    }
    if let Some(filter) = inner.strip_prefix("?(@.").and_then(|f| f.strip_suffix(')')) {
        let Some((field, wanted)) = filter.split_once("==") else {
            return Vec::new();
        };
        let (field, wanted) = (field.trim(), unquote(wanted));
        return current
            .into_iter()
            .flat_map(|v| v.as_array().into_iter().flatten())
            .filter(|item| {
                meta::path(item, field).is_some_and(|v| match v {
                    Value::String(s) => *s == wanted,
                    other => serde_json::from_str::<Value>(&wanted).is_ok_and(|w| w == *other),
                })
            })
            .collect();
    }
    let key = unquote(inner);
    current.into_iter().filter_map(|v| v.get(&key)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_paths_of_printer_columns() {
        let o = json!({"spec": {"a": {"b": 1}, "list": [{"n": "x"}, {"n": "y"}]},
            "metadata": {"labels": {"app.kubernetes.io/name": "web"}},
            "status": {"conditions": [{"type": "Ready", "status": "True"}, {"type": "Other", "status": "False"}]}});
        assert_eq!(json_path(&o, ".spec.a.b"), [&json!(1)]);
        assert_eq!(json_path(&o, ".spec.list[1].n"), [&json!("y")]);
        assert_eq!(json_path(&o, ".spec.list[-1].n"), [&json!("y")]);
        assert_eq!(json_path(&o, ".spec.list[*].n"), [&json!("x"), &json!("y")]);
        assert_eq!(
            json_path(&o, ".metadata.labels['app.kubernetes.io/name']"),
            [&json!("web")]
        );
        assert_eq!(
            json_path(&o, ".status.conditions[?(@.type==\"Ready\")].status"),
            [&json!("True")]
        );
        assert!(json_path(&o, ".spec.missing").is_empty());
    }

    #[test]
    fn cells_follow_the_columns_and_age_is_the_default() {
        let now = time::OffsetDateTime::now_utc();
        let created = (now - time::Duration::seconds(30))
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        let o = json!({"metadata": {"name": "a", "creationTimestamp": created}, "spec": {"replicas": 3, "image": "x"}});
        let plain = CustomResource::new("c".into(), "g/v1".into(), json!({}), Vec::new(), None);
        assert_eq!(plain.cells(&o, now), [json!("a"), json!("30s")]);
        assert_eq!(plain.column_definitions()[1]["name"], "Age");
        let col = |name: &str, kind: &str, path: &str| PrinterColumn {
            name: name.into(),
            kind: kind.into(),
            format: String::new(),
            description: String::new(),
            priority: 0,
            json_path: path.into(),
        };
        let with = CustomResource::new(
            "c".into(),
            "g/v1".into(),
            json!({}),
            vec![
                col("Replicas", "integer", ".spec.replicas"),
                col("Image", "string", ".spec.image"),
                col("Missing", "string", ".spec.nothing"),
            ],
            None,
        );
        assert_eq!(
            with.cells(&o, now),
            [json!("a"), json!(3), json!("x"), Value::Null]
        );
    }
}
