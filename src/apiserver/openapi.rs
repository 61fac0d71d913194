//! OpenAPI v3: the index and one document per group version, generated from the resource
//! table and the types' schemas (k8s-openapi's, through schemars). Each kind's PATCH operation
//! lists the `fieldValidation` parameter, which tells kubectl to leave validation to the
//! server; the schemas, with their descriptions, serve `kubectl explain`.

use http::StatusCode;
use serde_json::{Map, Value, json};

use super::errors::ApiError;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::registry::{self, ResourceDef};
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
    let defs: Vec<&ResourceDef> = registry::all()
        .into_iter()
        .filter(|r| r.group == group && r.version == version)
        .collect();
    if defs.is_empty() {
        return None;
    }
    let mut generator = schemars::generate::SchemaSettings::openapi3().into_generator();
    let mut paths = Map::new();
    let mut roots = Vec::new();
    let mut custom_schemas = Vec::new();
    for r in &defs {
        let name = match r.custom {
            Some(c) => {
                let (name, schema) = custom_schema(r, &c.schema, &mut generator);
                custom_schemas.push((name.clone(), schema));
                name
            }
            None => {
                let root = (r.typed.schema)(&mut generator);
                root.get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|p| p.rsplit('/').next())
                    .unwrap_or(r.kind)
                    .to_owned()
            }
        };
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
    schemas.extend(custom_schemas);
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

/// A custom resource's schema as OpenAPI publishes it: the CRD's, with apiVersion, kind and
/// ObjectMeta added, named as kube-apiserver names it (`com.example.stable.v1.CronTab`).
fn custom_schema(
    r: &ResourceDef,
    schema: &Value,
    generator: &mut schemars::SchemaGenerator,
) -> (String, Value) {
    let reversed: Vec<&str> = r.group.split('.').rev().collect();
    let name = format!("{}.{}.{}", reversed.join("."), r.version, r.kind);
    let object_meta =
        generator.subschema_for::<k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta>();
    let mut schema = schema.clone();
    if let Some(m) = schema.as_object_mut() {
        let props = m
            .entry("properties")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .map(std::mem::take)
            .unwrap_or_default();
        let mut all = Map::new();
        all.insert("apiVersion".into(), json!({"type": "string", "description": "APIVersion defines the versioned schema of this representation of an object."}));
        all.insert("kind".into(), json!({"type": "string", "description": "Kind is a string value representing the REST resource this object represents."}));
        all.insert("metadata".into(), json!({"allOf": [Value::from(object_meta)], "description": "Standard object's metadata."}));
        all.extend(props.into_iter().filter(|(k, _)| k != "metadata"));
        m.insert("properties".into(), Value::Object(all));
    }
    (name, schema)
}

fn with_hash(g: &str, v: &str) -> Option<(String, (Value, String))> {
    let doc = document(g, v)?;
    let hash = etag(&doc);
    Some((gv_path(g, v), (doc, hash)))
}

/// The built-in group versions' documents and hashes, built once.
fn built_in() -> &'static BTreeMap<String, (Value, String)> {
    static BUILT_IN: OnceLock<BTreeMap<String, (Value, String)>> = OnceLock::new();
    BUILT_IN.get_or_init(|| {
        registry::RESOURCES
            .iter()
            .map(|r| (r.group, r.version))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .filter_map(|(g, v)| with_hash(g, v))
            .collect()
    })
}

/// The custom resources' documents, built on each call (they change with their CRDs).
fn custom_documents() -> BTreeMap<String, (Value, String)> {
    registry::custom::served()
        .iter()
        .map(|r| (r.group, r.version))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter_map(|(g, v)| with_hash(g, v))
        .collect()
}

/// `/openapi/v3`
pub fn index() -> Response {
    let custom = custom_documents();
    let paths: Map<String, Value> = built_in()
        .iter()
        .chain(custom.iter())
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
    let path = path.trim_matches('/');
    if let Some((doc, _)) = built_in().get(path) {
        return Ok(respond(doc));
    }
    custom_documents()
        .get(path)
        .map(|(doc, _)| respond(doc))
        .ok_or_else(ApiError::unknown_path)
}
