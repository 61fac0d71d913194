//! What every write shares: the typed round trip with `fieldValidation`, the server-set
//! metadata of creates and updates, generation, status handling, validation, and warnings.

use http::HeaderValue;
use serde_json::{Value, json};

use super::Call;
use crate::apiserver::errors::{ApiError, ApiResult, Cause};
use crate::apiserver::meta;
use crate::apiserver::registry::{ResourceDef, Sub, strategy};
use crate::serving::Response;

/// Decodes into the kind's type and back (pruning unknown fields), honouring
/// `fieldValidation` (Strict: 400; Warn, the default: warnings; Ignore).
pub fn normalize(call: &Call, obj: Value) -> ApiResult<(Value, Vec<String>)> {
    let def = call.def;
    let out = (def.typed.codec)(obj.clone()).map_err(|e| {
        ApiError::bad_request(format!(
            "{kind} in version \"{v}\" cannot be handled as a {kind}: {e}",
            kind = def.kind,
            v = def.version
        ))
    })?;
    let unknown = crate::apiserver::registry::codec::unknown_fields(&obj, &out);
    let mut warnings = Vec::new();
    if !unknown.is_empty() {
        let msgs: Vec<String> = unknown
            .iter()
            .map(|f| format!("unknown field {f:?}"))
            .collect();
        match call.query.get("fieldValidation").unwrap_or("Warn") {
            "Strict" => {
                return Err(ApiError::bad_request(format!(
                    "strict decoding error: {}",
                    msgs.join(", ")
                )));
            }
            "Ignore" => {}
            _ => warnings = msgs,
        }
    }
    Ok((meta::canonical_order(out), warnings))
}

/// `spec` and everything else that is neither metadata nor status: what bumps generation.
fn spec_part(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(m) = v.as_object_mut() {
        m.remove("metadata");
        m.remove("status");
        m.remove("kind");
        m.remove("apiVersion");
    }
    v
}

/// Server-set metadata and kind rules for a new object. `name` is final (generateName is
/// resolved by the caller).
pub fn prepare_create(def: &ResourceDef, obj: &mut Value) -> ApiResult<()> {
    {
        let m = meta::meta_mut(obj);
        m.insert("uid".into(), json!(meta::new_uid()));
        m.insert("creationTimestamp".into(), json!(meta::now_rfc3339()));
        for field in [
            "resourceVersion",
            "deletionTimestamp",
            "deletionGracePeriodSeconds",
            "selfLink",
            "managedFields",
        ] {
            m.remove(field);
        }
        if def.generation {
            m.insert("generation".into(), json!(1));
        } else {
            m.remove("generation");
        }
    }
    if def.has(Sub::Status)
        && !def.strategy.keeps_status_on_create()
        && let Some(m) = obj.as_object_mut()
    {
        m.remove("status");
    }
    def.strategy.default(obj);
    def.strategy.prepare_create(obj);
    validate(def, obj, None)
}

/// Carries over what a client may not change, bumps generation on spec changes.
pub fn prepare_update(def: &ResourceDef, obj: &mut Value, old: &Value) -> ApiResult<()> {
    let old_meta = meta::meta(old).cloned().unwrap_or_default();
    {
        let m = meta::meta_mut(obj);
        for field in [
            "uid",
            "creationTimestamp",
            "deletionTimestamp",
            "deletionGracePeriodSeconds",
            "generation",
        ] {
            match old_meta.get(field) {
                Some(v) => {
                    m.insert(field.into(), v.clone());
                }
                None => {
                    m.remove(field);
                }
            }
        }
        m.remove("managedFields");
        m.remove("selfLink");
    }
    if def.has(Sub::Status)
        && let Some(m) = obj.as_object_mut()
    {
        match old.get("status") {
            Some(s) => {
                m.insert("status".into(), s.clone());
            }
            None => {
                m.remove("status");
            }
        }
    }
    def.strategy.default(obj);
    def.strategy.prepare_update(obj, old);
    if def.generation {
        let annotations_changed = def.strategy.generation_on_annotations()
            && meta::meta(obj).and_then(|m| m.get("annotations")) != old_meta.get("annotations");
        if spec_part(obj) != spec_part(old) || annotations_changed {
            let g = old_meta
                .get("generation")
                .and_then(Value::as_i64)
                .unwrap_or(0)
                + 1;
            meta::meta_mut(obj).insert("generation".into(), json!(g));
        }
    }
    validate(def, obj, Some(old))
}

/// The status subresource's update: the old object with the new status.
pub fn prepare_status_update(def: &ResourceDef, new: &Value, old: &Value) -> ApiResult<Value> {
    let mut obj = old.clone();
    if let Some(m) = obj.as_object_mut() {
        match new.get("status") {
            Some(s) => {
                m.insert("status".into(), s.clone());
            }
            None => {
                m.remove("status");
            }
        }
    }
    // The precondition travels with the request.
    meta::set_str(&mut obj, "resourceVersion", meta::resource_version(new));
    validate(def, &obj, Some(old))?;
    Ok(obj)
}

pub fn validate(def: &ResourceDef, obj: &Value, old: Option<&Value>) -> ApiResult<()> {
    let mut causes: Vec<Cause> = strategy::validate_object_meta(obj, def.name_rule);
    causes.extend(def.strategy.validate(obj));
    if let Some(old) = old {
        causes.extend(def.strategy.validate_update(obj, old));
    }
    if causes.is_empty() {
        Ok(())
    } else {
        Err(ApiError::invalid(
            def.kind,
            def.group,
            meta::name(obj),
            causes,
        ))
    }
}

/// `metadata.namespace` from the URL; a different one in the body is a 400.
pub fn set_namespace(call: &Call, obj: &mut Value) -> ApiResult<()> {
    let url = call.namespace();
    let body = meta::namespace(obj).to_owned();
    match url {
        Some(ns) => {
            if !body.is_empty() && body != ns {
                return Err(ApiError::bad_request(
                    "the namespace of the provided object does not match the namespace sent on the request",
                ));
            }
            meta::set_str(obj, "namespace", ns);
        }
        None => meta::remove(obj, "namespace"),
    }
    Ok(())
}

/// Adds `Warning: 299` headers, as kubectl prints them.
pub fn with_warnings(mut resp: Response, warnings: &[String]) -> Response {
    for w in warnings {
        let text = format!("299 - {}", serde_json::to_string(w).unwrap_or_default());
        if let Ok(v) = HeaderValue::from_str(&text) {
            resp.headers_mut().append("Warning", v);
        }
    }
    resp
}
