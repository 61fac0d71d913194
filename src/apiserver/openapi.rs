//! OpenAPI v3: the index and one document per group version, generated from the resource
//! table and the types' schemas (k8s-openapi's, through schemars). Each kind's PATCH operation
//! lists the `fieldValidation` parameter, which tells kubectl to leave validation to the
//! server; the schemas, with their descriptions, serve `kubectl explain`.

use http::StatusCode;
use serde_json::{Map, Value, json};

use super::errors::ApiError;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::registry::{self, RESOURCES, ResourceDef};
use crate::serving::{Response, full};

fn gv_path(group: &str, version: &str) -> String {
    if group.is_empty() {
        format!("api/{version}")
    } else {
        format!("apis/{group}/{version}")
    }
}

/// A stable hash of a document, for the index's `?hash=` (clients cache by it).
fn etag(doc: &Value) -> String {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA512, doc.to_string().as_bytes());
    digest.as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect()
}

fn respond(v: &Value) -> Response {
    hyper::Response::builder()
        .status(StatusCode::OK)
        .header(http::header::CONTENT_TYPE, "application/json")
        .body(full(serde_json::to_vec(v).expect("values serialize")))
        .expect("static headers are valid")
}

fn document(group: &str, version: &str) -> Option<Value> {
    let defs: Vec<&ResourceDef> = RESOURCES
        .iter()
        .filter(|r| r.group == group && r.version == version)
        .collect();
    if defs.is_empty() {
        return None;
    }
    let mut generator = schemars::generate::SchemaSettings::openapi3().into_generator();
    let mut paths = Map::new();
    let mut roots = Vec::new();
    for r in &defs {
        let root = (r.typed.schema)(&mut generator);
        let name = root
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|p| p.rsplit('/').next())
            .unwrap_or(r.kind)
            .to_owned();
        roots.push((name.clone(), *r));
        let base = format!("/{}", gv_path(group, version));
        let path = if r.namespaced {
            format!("{base}/namespaces/{{namespace}}/{}/{{name}}", r.plural)
        } else {
            format!("{base}/{}/{{name}}", r.plural)
        };
        let gvk = json!({"group": group, "version": version, "kind": r.kind});
        let params = json!([
            {"name": "dryRun", "in": "query", "schema": {"type": "string"}},
            {"name": "fieldManager", "in": "query", "schema": {"type": "string"}},
            {"name": "fieldValidation", "in": "query", "schema": {"type": "string"}},
            {"name": "force", "in": "query", "schema": {"type": "boolean"}},
        ]);
        let body_schema = json!({"$ref": format!("#/components/schemas/{name}")});
        let content: Map<String, Value> = super::patch::PatchType::ACCEPTED
            .iter()
            .map(|ct| ((*ct).to_owned(), json!({"schema": {"type": "object"}})))
            .collect();
        let op = |action: &str| {
            json!({
                "operationId": format!("{action}{}", r.kind),
                "x-kubernetes-action": action,
                "x-kubernetes-group-version-kind": gvk,
                "parameters": params,
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": body_schema}}}},
            })
        };
        let mut patch = op("patch");
        patch["requestBody"] = json!({"content": content});
        let mut put = op("put");
        put["requestBody"] = json!({"content": {"application/json": {"schema": body_schema}}});
        paths.insert(
            path,
            json!({"get": op("get"), "put": put, "patch": patch, "delete": op("delete")}),
        );
    }
    let mut schemas = generator.take_definitions(true);
    super::patch::annotate(&mut schemas);
    // kubectl explain finds a kind's schema by this extension.
    for (name, r) in roots {
        if let Some(Value::Object(s)) = schemas.get_mut(&name) {
            s.insert(
                "x-kubernetes-group-version-kind".into(),
                json!([{"group": r.group, "kind": r.kind, "version": r.version}]),
            );
        }
    }
    Some(json!({
        "openapi": "3.0.0",
        "info": {"title": "Kubernetes", "version": crate::version::KUBERNETES_GIT_VERSION},
        "paths": paths,
        "components": {"schemas": schemas},
    }))
}

/// Every group version's document and its hash, built once.
fn documents() -> &'static BTreeMap<String, (Value, String)> {
    static DOCS: OnceLock<BTreeMap<String, (Value, String)>> = OnceLock::new();
    DOCS.get_or_init(|| {
        registry::group_versions()
            .into_iter()
            .filter_map(|(g, v)| {
                let doc = document(g, v)?;
                let hash = etag(&doc);
                Some((gv_path(g, v), (doc, hash)))
            })
            .collect()
    })
}

/// `/openapi/v3`
pub fn index() -> Response {
    let paths: Map<String, Value> = documents()
        .iter()
        .map(|(p, (_, hash))| {
            (
                p.clone(),
                json!({"serverRelativeURL": format!("/openapi/v3/{p}?hash={hash}")}),
            )
        })
        .collect();
    respond(&json!({"paths": paths}))
}

/// `/openapi/v3/<api/v1 | apis/g/v>`
pub fn group_version(path: &str) -> Result<Response, ApiError> {
    documents()
        .get(path.trim_matches('/'))
        .map(|(doc, _)| respond(doc))
        .ok_or_else(ApiError::unknown_path)
}
