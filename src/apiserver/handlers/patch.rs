//! PATCH: JSON Patch, Merge Patch, Strategic Merge Patch, and a simplified server-side apply
//! (create when missing; otherwise the applied configuration is merged strategically onto the
//! live object — no field ownership or conflict detection yet).

use std::sync::Mutex;

use http::StatusCode;
use serde_json::Value;

use super::update::{Mode, check_name, update_or_create};
use super::write::{normalize, set_namespace, with_warnings};
use super::{Api, Call};
use crate::apiserver::errors::{ApiError, ApiResult, Cause};
use crate::apiserver::meta;
use crate::apiserver::patch::{PatchType, json_patch, merge, strategic};
use crate::apiserver::wire;
use crate::serving::Response;

pub async fn patch(api: &Api, call: &Call) -> ApiResult<Response> {
    let ct = call
        .headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let kind = PatchType::from_content_type(ct)
        .ok_or_else(|| ApiError::unsupported_media_type(ct, PatchType::ACCEPTED))?;
    let body: Value = match kind {
        PatchType::Apply => wire::decode_body(&call.headers, &call.body)?,
        _ => serde_json::from_slice(&call.body)
            .map_err(|e| ApiError::bad_request(format!("the patch is not valid JSON: {e}")))?,
    };
    if kind == PatchType::Apply && call.query.get("fieldManager").is_none_or(str::is_empty) {
        return Err(ApiError::invalid(
            "PatchOptions",
            "meta.k8s.io",
            "",
            vec![
                Cause::required("fieldManager")
                    .with_message("Required value: is required for apply patch"),
            ],
        ));
    }
    let (value, created, warnings) = patch_object(api, call, kind, &body).await?;
    let code = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(with_warnings(
        wire::object(code, &value, call.def, call.output()),
        &warnings,
    ))
}

/// Applies a patch to the stored object (retrying on concurrent writes unless the patch
/// carries a resourceVersion). Also used by the subresources that accept patches.
pub async fn patch_object(
    api: &Api,
    call: &Call,
    kind: PatchType,
    body: &Value,
) -> ApiResult<(Value, bool, Vec<String>)> {
    if kind == PatchType::Strategic && call.def.custom.is_some() {
        return Err(strategic_unsupported());
    }
    let warnings = Mutex::new(Vec::<String>::new());
    let schema = call.def.patch_schema();
    let result = update_or_create(api, call, Mode::Main, kind == PatchType::Apply, |old| {
        let exists = old.mod_revision > 0;
        if kind == PatchType::Apply && !exists {
            // Server-side apply creates what is missing.
            let mut obj = body.clone();
            wire::check_type(&mut obj, call.def, call.def.kind, &call.def.api_version())?;
            let (mut obj, w) = normalize(call, obj)?;
            warnings.lock().unwrap().extend(w);
            set_namespace(call, &mut obj)?;
            check_name(call, &mut obj)?;
            return Ok(obj);
        }
        if !exists {
            return Err(ApiError::not_found(&call.qualified()));
        }
        let original = old.value;
        let mut patched = match kind {
            PatchType::Json => {
                let mut patched = original.clone();
                json_patch::apply(&mut patched, body).map_err(|e| invalid_patch(call, body, &e))?;
                patched
            }
            PatchType::Merge => {
                let mut patched = original.clone();
                merge::apply(&mut patched, body);
                patched
            }
            PatchType::Strategic | PatchType::Apply => {
                strategic::apply(original, body, Some(schema))
                    .map_err(|e| invalid_patch(call, body, &e))?
            }
        };
        if !patched.is_object() {
            return Err(ApiError::bad_request(
                "the patched object is not a JSON object",
            ));
        }
        wire::check_type(
            &mut patched,
            call.def,
            call.def.kind,
            &call.def.api_version(),
        )?;
        // A resourceVersion the patch set is a precondition; otherwise none (retry on races).
        if meta::resource_version(&patched) == meta::resource_version(original) {
            meta::remove(&mut patched, "resourceVersion");
        }
        let (mut patched, w) = normalize(call, patched)?;
        warnings.lock().unwrap().extend(w);
        set_namespace(call, &mut patched)?;
        check_name(call, &mut patched)?;
        Ok(patched)
    })
    .await?;
    Ok((
        result.0,
        result.1,
        warnings.into_inner().unwrap_or_default(),
    ))
}

fn invalid_patch(call: &Call, body: &Value, e: &str) -> ApiError {
    ApiError::invalid(
        call.def.kind,
        call.def.group,
        call.name(),
        vec![Cause::invalid("patch", &Value::String(body.to_string()), e)],
    )
}

/// Custom resources have no strategic merge facts: kube-apiserver refuses the patch type.
pub fn strategic_unsupported() -> ApiError {
    ApiError::unsupported_media_type(
        "application/strategic-merge-patch+json",
        &[
            "application/json-patch+json",
            "application/merge-patch+json",
            "application/apply-patch+yaml",
        ],
    )
}
