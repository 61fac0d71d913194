//! Discovery, generated from the resource table: aggregated v2 (recognised by clients only by
//! its Content-Type, with `responseKind` on every resource and subresource) and the legacy
//! documents (`/api`, `/apis`, `/api/v1`, `/apis/<g>/<v>`), which several clients fetch directly.

use http::{HeaderMap, StatusCode};
use serde_json::{Map, Value, json};

use super::errors::ApiError;
use super::registry::{self, ResourceDef};
use crate::serving::{Response, full};

pub const AGGREGATED_V2: &str =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";
const AGGREGATED_V2BETA1: &str =
    "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList";

fn wants_aggregated(headers: &HeaderMap) -> Option<&'static str> {
    let accept = headers
        .get(http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    for part in accept.split(',') {
        let p: String = part.split(';').map(str::trim).collect::<Vec<_>>().join(";");
        if p.contains("as=APIGroupDiscoveryList") {
            if p.contains("v=v2beta1") {
                return Some(AGGREGATED_V2BETA1);
            }
            if p.contains("v=v2") {
                return Some(AGGREGATED_V2);
            }
        }
        if p.starts_with("application/json") {
            return None;
        }
    }
    None
}

fn respond(content_type: &str, v: &Value) -> Response {
    let mut body = serde_json::to_vec(v).expect("values serialize");
    body.push(b'\n');
    hyper::Response::builder()
        .status(StatusCode::OK)
        .header(http::header::CONTENT_TYPE, content_type)
        .header(http::header::VARY, "Accept")
        .body(full(body))
        .expect("static headers are valid")
}

fn resources_of(group: &str, version: &str) -> Vec<&'static ResourceDef> {
    registry::all()
        .into_iter()
        .filter(|r| r.group == group && r.version == version)
        .collect()
}

fn aggregated_resource(r: &ResourceDef) -> Value {
    let mut m = Map::new();
    m.insert("resource".into(), json!(r.plural));
    m.insert(
        "responseKind".into(),
        json!({"group": r.group, "version": r.version, "kind": r.kind}),
    );
    m.insert(
        "scope".into(),
        json!(if r.namespaced {
            "Namespaced"
        } else {
            "Cluster"
        }),
    );
    m.insert("singularResource".into(), json!(r.singular));
    m.insert("verbs".into(), json!(r.verbs()));
    if !r.short_names.is_empty() {
        m.insert("shortNames".into(), json!(r.short_names));
    }
    if !r.categories.is_empty() {
        m.insert("categories".into(), json!(r.categories));
    }
    if !r.subresources.is_empty() {
        let subs: Vec<Value> = r
            .subresources
            .iter()
            .map(|s| {
                let (g, v, k) = s.response_kind().unwrap_or((r.group, r.version, r.kind));
                json!({"subresource": s.name(), "responseKind": {"group": g, "version": v, "kind": k}, "verbs": s.verbs()})
            })
            .collect();
        m.insert("subresources".into(), Value::Array(subs));
    }
    Value::Object(m)
}

fn aggregated(core: bool, content_type: &str) -> Value {
    // One item per group, its versions in preference order (a CRD may serve several).
    let mut items: Vec<(&str, Vec<Value>)> = Vec::new();
    for (group, version) in registry::group_versions() {
        if group.is_empty() != core {
            continue;
        }
        let resources: Vec<Value> = resources_of(group, version)
            .into_iter()
            .map(aggregated_resource)
            .collect();
        let entry = json!({"version": version, "resources": resources, "freshness": "Current"});
        match items.iter_mut().find(|(g, _)| *g == group) {
            Some((_, versions)) => versions.push(entry),
            None => items.push((group, vec![entry])),
        }
    }
    let items: Vec<Value> = items
        .into_iter()
        .map(|(group, versions)| {
            let metadata = if group.is_empty() {
                json!({})
            } else {
                json!({"name": group})
            };
            json!({"metadata": metadata, "versions": versions})
        })
        .collect();
    let api_version = if content_type == AGGREGATED_V2BETA1 {
        "apidiscovery.k8s.io/v2beta1"
    } else {
        "apidiscovery.k8s.io/v2"
    };
    json!({"kind": "APIGroupDiscoveryList", "apiVersion": api_version, "metadata": {}, "items": items})
}

/// `/api`
pub fn core_root(headers: &HeaderMap, server_address: &str) -> Response {
    if let Some(ct) = wants_aggregated(headers) {
        return respond(ct, &aggregated(true, ct));
    }
    respond(
        "application/json",
        &json!({"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": server_address}]}),
    )
}

fn group_entry(group: &str) -> Value {
    let versions: Vec<Value> = registry::group_versions()
        .into_iter()
        .filter(|(g, _)| *g == group)
        .map(|(g, v)| json!({"groupVersion": format!("{g}/{v}"), "version": v}))
        .collect();
    let preferred = versions.first().cloned().unwrap_or(json!({}));
    json!({"name": group, "versions": versions, "preferredVersion": preferred})
}

/// `/apis`
pub fn groups_root(headers: &HeaderMap) -> Response {
    if let Some(ct) = wants_aggregated(headers) {
        return respond(ct, &aggregated(false, ct));
    }
    let mut seen = Vec::new();
    for (g, _) in registry::group_versions() {
        if !g.is_empty() && !seen.contains(&g) {
            seen.push(g);
        }
    }
    let groups: Vec<Value> = seen.into_iter().map(group_entry).collect();
    respond(
        "application/json",
        &json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": groups}),
    )
}

/// `/apis/<group>`
pub fn group(name: &str) -> Result<Response, ApiError> {
    if name.is_empty() || !registry::all().iter().any(|r| r.group == name) {
        return Err(ApiError::unknown_path());
    }
    let mut g = group_entry(name);
    let obj = g.as_object_mut().expect("object");
    let mut out = Map::new();
    out.insert("kind".into(), json!("APIGroup"));
    out.insert("apiVersion".into(), json!("v1"));
    for (k, v) in std::mem::take(obj) {
        out.insert(k, v);
    }
    Ok(respond("application/json", &Value::Object(out)))
}

/// `/api/v1`, `/apis/<group>/<version>`
pub fn group_version(group: &str, version: &str) -> Result<Response, ApiError> {
    let defs = resources_of(group, version);
    if defs.is_empty() {
        return Err(ApiError::unknown_path());
    }
    let mut resources = Vec::new();
    for r in defs {
        let mut m = Map::new();
        m.insert("name".into(), json!(r.plural));
        m.insert("singularName".into(), json!(r.singular));
        m.insert("namespaced".into(), json!(r.namespaced));
        m.insert("kind".into(), json!(r.kind));
        m.insert("verbs".into(), json!(r.verbs()));
        if !r.short_names.is_empty() {
            m.insert("shortNames".into(), json!(r.short_names));
        }
        if !r.categories.is_empty() {
            m.insert("categories".into(), json!(r.categories));
        }
        resources.push(Value::Object(m));
        for s in r.subresources {
            let mut sm = Map::new();
            sm.insert("name".into(), json!(format!("{}/{}", r.plural, s.name())));
            sm.insert("singularName".into(), json!(""));
            sm.insert("namespaced".into(), json!(r.namespaced));
            if let Some((g, v, k)) = s.response_kind() {
                sm.insert("group".into(), json!(g));
                sm.insert("version".into(), json!(v));
                sm.insert("kind".into(), json!(k));
            } else {
                sm.insert("kind".into(), json!(r.kind));
            }
            sm.insert("verbs".into(), json!(s.verbs()));
            resources.push(Value::Object(sm));
        }
    }
    let gv = if group.is_empty() {
        version.to_owned()
    } else {
        format!("{group}/{version}")
    };
    Ok(respond(
        "application/json",
        &json!({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv, "resources": resources}),
    ))
}
