//! Encodings: request bodies (JSON, YAML, protobuf) and responses (objects, lists, Tables,
//! watch events), with content negotiation on `Accept`.

use http::{HeaderMap, StatusCode};
use hyper::body::Bytes;
use serde_json::{Map, Value, json};

use super::errors::ApiError;
use super::meta;
use super::registry::ResourceDef;
use crate::serving::{Response, full};

/// What the client asked to receive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Json,
    /// `meta.k8s.io/v1` Table (kubectl get); `include_object` per `includeObject`.
    Table {
        include: IncludeObject,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncludeObject {
    None,
    Metadata,
    Object,
}

/// The first acceptable representation in `Accept` order.
pub fn negotiate(headers: &HeaderMap, include_object: Option<&str>) -> Output {
    let accept = headers
        .get(http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    for part in accept.split(',') {
        let part = part.trim();
        if part.contains("as=Table") && part.contains("g=meta.k8s.io") {
            let include = match include_object {
                Some("Object") => IncludeObject::Object,
                Some("None") => IncludeObject::None,
                _ => IncludeObject::Metadata,
            };
            return Output::Table { include };
        }
        if part.starts_with("application/json") || part.starts_with("*/*") || part.is_empty() {
            return Output::Json;
        }
    }
    Output::Json
}

/// Decodes a request body by its Content-Type.
pub fn decode_body(headers: &HeaderMap, body: &Bytes) -> Result<Value, ApiError> {
    let ct = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/json");
    let base = ct.split(';').next().unwrap_or("").trim();
    let value: Value = match base {
        "application/json" | "" => serde_json::from_slice(body).map_err(|e| {
            ApiError::bad_request(format!("couldn't get version/kind; json parse error: {e}"))
        })?,
        "application/yaml" | "application/apply-patch+yaml" => {
            let text = std::str::from_utf8(body)
                .map_err(|_| ApiError::bad_request("the YAML body is not UTF-8"))?;
            serde_saphyr::from_str(text)
                .map_err(|e| ApiError::bad_request(format!("error converting YAML to JSON: {e}")))?
        }
        "application/vnd.kubernetes.protobuf" => super::protobuf::decode(body)?,
        other => {
            return Err(ApiError::unsupported_media_type(
                other,
                &[
                    "application/json",
                    "application/yaml",
                    "application/vnd.kubernetes.protobuf",
                ],
            ));
        }
    };
    if !value.is_object() {
        return Err(ApiError::bad_request(
            "the body of the request must be a JSON object",
        ));
    }
    Ok(value)
}

fn respond(code: StatusCode, mut body: Vec<u8>) -> Response {
    body.push(b'\n');
    hyper::Response::builder()
        .status(code)
        .header(http::header::CONTENT_TYPE, "application/json")
        .header("X-Content-Type-Options", "nosniff")
        .body(full(body))
        .expect("static headers are valid")
}

/// A single object, as JSON or as a one-row Table.
pub fn object(code: StatusCode, value: &Value, def: &ResourceDef, output: Output) -> Response {
    let converted = def.converted(value);
    let value = converted.as_ref().unwrap_or(value);
    match output {
        Output::Json => respond(code, serde_json::to_vec(value).expect("values serialize")),
        Output::Table { include } => {
            let table = table(def, std::slice::from_ref(value), "", None, include, true);
            respond(code, serde_json::to_vec(&table).expect("tables serialize"))
        }
    }
}

/// A plain JSON value (Status, discovery documents, Scale…).
pub fn value(code: StatusCode, value: &Value) -> Response {
    respond(code, serde_json::to_vec(value).expect("values serialize"))
}

/// `<Kind>List` from pre-encoded items (the watch cache's shared encodings).
pub fn list_json(
    def: &ResourceDef,
    items: &[&Bytes],
    revision: &str,
    cont: Option<&str>,
) -> Response {
    let mut metadata = Map::new();
    metadata.insert("resourceVersion".into(), json!(revision));
    if let Some(c) = cont {
        metadata.insert("continue".into(), json!(c));
    }
    let head =
        json!({"kind": def.list_kind(), "apiVersion": def.api_version(), "metadata": metadata});
    let mut out = serde_json::to_vec(&head).expect("values serialize");
    out.pop(); // the closing brace; items follow
    out.extend_from_slice(b",\"items\":[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(item);
    }
    out.extend_from_slice(b"]}");
    respond(StatusCode::OK, out)
}

/// A `meta.k8s.io/v1` Table of `objects`.
pub fn table(
    def: &ResourceDef,
    objects: &[Value],
    revision: &str,
    cont: Option<&str>,
    include: IncludeObject,
    with_columns: bool,
) -> Value {
    let now = time::OffsetDateTime::now_utc();
    let columns: Vec<Value> = if with_columns {
        def.table_columns()
    } else {
        Vec::new()
    };
    let rows: Vec<Value> = objects
        .iter()
        .map(|o| {
            let mut row = Map::new();
            row.insert("cells".into(), Value::Array(def.table_cells(o, now)));
            match include {
                IncludeObject::None => {}
                IncludeObject::Object => {
                    row.insert("object".into(), def.converted(o).unwrap_or_else(|| o.clone()));
                }
                IncludeObject::Metadata => {
                    row.insert(
                        "object".into(),
                        json!({"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": o.get("metadata").cloned().unwrap_or(json!({}))}),
                    );
                }
            }
            Value::Object(row)
        })
        .collect();
    let mut metadata = Map::new();
    if !revision.is_empty() {
        metadata.insert("resourceVersion".into(), json!(revision));
    }
    if let Some(c) = cont {
        metadata.insert("continue".into(), json!(c));
    }
    json!({"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": metadata, "columnDefinitions": columns, "rows": rows})
}

/// The kind and apiVersion a request body must carry (defaulted when absent).
pub fn check_type(
    obj: &mut Value,
    def: &ResourceDef,
    expected_kind: &str,
    api_version: &str,
) -> Result<(), ApiError> {
    let root = obj.as_object_mut().expect("checked by decode_body");
    match root.get("apiVersion").and_then(Value::as_str) {
        None | Some("") => {
            root.insert("apiVersion".into(), json!(api_version));
        }
        Some(v) if v == api_version => {}
        Some(v) => {
            return Err(ApiError::bad_request(format!(
                "the API version in the data ({v}) does not match the expected API version ({api_version})"
            )));
        }
    }
    match root.get("kind").and_then(Value::as_str) {
        None | Some("") => {
            root.insert("kind".into(), json!(expected_kind));
        }
        Some(k) if k == expected_kind => {}
        Some(k) => {
            return Err(ApiError::bad_request(format!(
                "the kind in the data ({k}) does not match the expected kind ({expected_kind}) of {}",
                def.plural
            )));
        }
    }
    if !root.get("metadata").is_none_or(Value::is_object) {
        return Err(ApiError::bad_request("metadata must be an object"));
    }
    let _ = meta::meta_mut(obj);
    Ok(())
}
