//! OpenAPI v3: the index and one document per group version, generated from the resource
//! table. Each kind's PATCH operation lists the `fieldValidation` parameter, which tells
//! kubectl to leave validation to the server (`fieldValidation=Strict`) instead of
//! downloading schemas. Full schemas (for `kubectl explain`) are not generated yet.

use http::StatusCode;
use serde_json::{Map, Value, json};

use super::errors::ApiError;
use super::registry::{self, RESOURCES};
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
    let mut paths = Map::new();
    for r in RESOURCES
        .iter()
        .filter(|r| r.group == group && r.version == version)
    {
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
        let content: Map<String, Value> = super::patch::PatchType::ACCEPTED
            .iter()
            .map(|ct| ((*ct).to_owned(), json!({"schema": {}})))
            .collect();
        let op = |action: &str| {
            json!({
                "operationId": format!("{action}{}", r.kind),
                "x-kubernetes-action": action,
                "x-kubernetes-group-version-kind": gvk,
                "parameters": params,
                "responses": {"200": {"description": "OK"}},
            })
        };
        let mut patch = op("patch");
        patch["requestBody"] = json!({"content": content});
        let mut put = op("put");
        put["requestBody"] = json!({"content": {"application/json": {"schema": {}}}});
        paths.insert(
            path,
            json!({"get": op("get"), "put": put, "patch": patch, "delete": op("delete")}),
        );
    }
    if paths.is_empty() {
        return None;
    }
    Some(json!({
        "openapi": "3.0.0",
        "info": {"title": "Kubernetes", "version": crate::version::KUBERNETES_GIT_VERSION},
        "paths": paths,
        "components": {"schemas": {}},
    }))
}

/// `/openapi/v3`
pub fn index() -> Response {
    let mut paths = Map::new();
    for (g, v) in registry::group_versions() {
        if let Some(doc) = document(g, v) {
            let p = gv_path(g, v);
            paths.insert(
                p.clone(),
                json!({"serverRelativeURL": format!("/openapi/v3/{p}?hash={}", etag(&doc))}),
            );
        }
    }
    respond(&json!({"paths": paths}))
}

/// `/openapi/v3/<api/v1 | apis/g/v>`
pub fn group_version(path: &str) -> Result<Response, ApiError> {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let (g, v) = match parts.as_slice() {
        ["api", v] => ("", *v),
        ["apis", g, v] => (*g, *v),
        _ => return Err(ApiError::unknown_path()),
    };
    document(g, v)
        .map(|d| respond(&d))
        .ok_or_else(ApiError::unknown_path)
}
