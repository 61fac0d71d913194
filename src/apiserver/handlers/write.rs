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
    let (out, unknown) = def.decode(obj).map_err(|e| {
        ApiError::bad_request(format!(
            "{kind} in version \"{v}\" cannot be handled as a {kind}: {e}",
            kind = def.kind,
            v = def.version
        ))
    })?;
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

/// The field manager of a write: `?fieldManager=`, else the client's User-Agent up to its
/// first `/` (as kube-apiserver derives it), else `unknown`.
pub fn field_manager(call: &Call) -> String {
    if let Some(m) = call.query.get("fieldManager").filter(|m| !m.is_empty()) {
        return m.to_owned();
    }
    if call.user.name == "system:apiserver" {
        return "kube-apiserver".into();
    }
    call.headers
        .get(http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .and_then(|ua| ua.split('/').next())
        .filter(|s| !s.is_empty())
        .unwrap_or("unknown")
        .chars()
        .take(128)
        .collect()
}

/// Records field ownership in `new` (`managedFields`): server-side apply for apply patches —
/// where a conflict is a 409 — and an Update operation for every other write.
pub fn track_fields(call: &Call, new: &mut Value, old: Option<&Value>) -> ApiResult<()> {
    use crate::apiserver::patch::{PatchType, managed_fields};
    let schema = call.def.patch_schema();
    let manager = field_manager(call);
    let api_version = call.def.api_version();
    let writer = managed_fields::Writer {
        manager: &manager,
        api_version: &api_version,
        subresource: call.req.subresource.as_deref().unwrap_or(""),
    };
    let is_apply = call.req.verb == crate::apiserver::request::Verb::Patch
        && call
            .headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(PatchType::from_content_type)
            == Some(PatchType::Apply);
    if !is_apply {
        managed_fields::record_update(schema, &writer, old, new);
        return Ok(());
    }
    let config = crate::apiserver::wire::decode_body(&call.headers, &call.body)?;
    let merged = std::mem::take(new);
    match managed_fields::apply(
        schema,
        &writer,
        old,
        &config,
        merged,
        call.query.flag("force"),
    ) {
        Ok(v) => {
            *new = v;
            Ok(())
        }
        Err(conflicts) => {
            let causes = conflicts
                .iter()
                .map(|c| {
                    json!({"reason": "FieldManagerConflict",
                        "message": format!("conflict with {:?} using {}", c.manager, c.api_version),
                        "field": managed_fields::display(&c.path)})
                })
                .collect();
            Err(ApiError::apply_conflict(
                &call.qualified(),
                &managed_fields::conflict_message(&conflicts),
                causes,
            ))
        }
    }
}
