//! Subresources: status (GET/PUT/PATCH of `.status` only), scale (autoscaling/v1 Scale over
//! `spec.replicas`), pods/binding, pods/eviction, namespaces/finalize, CSR approval.

use http::StatusCode;
use serde_json::{Value, json};

use super::update::{Mode, update_with};
use super::write::{self, normalize};
use super::{Api, Call};
use crate::apiserver::errors::{ApiError, ApiResult};
use crate::apiserver::meta;
use crate::apiserver::patch::{PatchType, json_patch, merge, strategic};
use crate::apiserver::registry::{SelectorShape, Sub, printers};
use crate::apiserver::request::Verb;
use crate::apiserver::wire;
use crate::serving::Response;

pub async fn handle(api: &Api, call: &Call, sub: Sub) -> ApiResult<Response> {
    match (sub, call.req.verb) {
        (Sub::Status, Verb::Get) => super::read::get(api, call).await,
        (Sub::Status, Verb::Update) => status_update(api, call).await,
        (Sub::Status, Verb::Patch) => status_patch(api, call).await,
        (Sub::Scale, Verb::Get) => scale_get(api, call).await,
        (Sub::Scale, Verb::Update | Verb::Patch) => scale_write(api, call).await,
        (Sub::Binding, Verb::Create) => binding(api, call).await,
        (Sub::Eviction, Verb::Create) => eviction(api, call).await,
        (Sub::Finalize, Verb::Update) => finalize(api, call).await,
        (Sub::Approval, Verb::Update) => approval(api, call).await,
        (Sub::Token, Verb::Create) => crate::apiserver::reviews::token_request(api, call).await,
        _ => Err(ApiError::method_not_allowed(format!(
            "the server does not allow this method on the requested resource ({} {})",
            call.req.verb.as_str(),
            sub.name()
        ))),
    }
}

fn decode(call: &Call, kind: &str, api_version: &str) -> ApiResult<Value> {
    let mut obj = wire::decode_body(&call.headers, &call.body)?;
    wire::check_type(&mut obj, call.def, kind, api_version)?;
    Ok(obj)
}

async fn status_update(api: &Api, call: &Call) -> ApiResult<Response> {
    let obj = decode(call, call.def.kind, &call.def.api_version())?;
    let (obj, warnings) = normalize(call, obj)?;
    let (value, _) = update_with(api, call, Mode::Prepared, |old| {
        write::prepare_status_update(call.def, &obj, old.value)
    })
    .await?;
    Ok(write::with_warnings(
        wire::object(StatusCode::OK, &value, call.def, call.output()),
        &warnings,
    ))
}

async fn status_patch(api: &Api, call: &Call) -> ApiResult<Response> {
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
    if kind == PatchType::Strategic && call.def.custom.is_some() {
        return Err(super::patch::strategic_unsupported());
    }
    let schema = call.def.patch_schema();
    let (value, _) = update_with(api, call, Mode::Prepared, |old| {
        let mut patched = old.value.clone();
        match kind {
            PatchType::Json => {
                json_patch::apply(&mut patched, &body).map_err(ApiError::bad_request)?
            }
            PatchType::Merge => merge::apply(&mut patched, &body),
            PatchType::Strategic | PatchType::Apply => {
                patched = strategic::apply(old.value, &body, Some(schema))
                    .map_err(ApiError::bad_request)?;
            }
        }
        if meta::resource_version(&patched) == meta::resource_version(old.value) {
            meta::remove(&mut patched, "resourceVersion");
        }
        let (patched, _) = normalize(call, patched)?;
        write::prepare_status_update(call.def, &patched, old.value)
    })
    .await?;
    Ok(wire::object(
        StatusCode::OK,
        &value,
        call.def,
        call.output(),
    ))
}

/// The autoscaling/v1 Scale view of a scalable object.
fn scale_of(call: &Call, obj: &Value) -> Value {
    let (spec_replicas, status_replicas, selector_path) = call.def.scale_paths();
    let selector = match call.def.scale_selector {
        // A custom resource's labelSelectorPath holds the selector in its string form.
        _ if call.def.custom.is_some() => selector_path
            .and_then(|p| meta::path_str(obj, p))
            .unwrap_or("")
            .to_owned(),
        SelectorShape::LabelSelector => printers::format_selector(meta::path(obj, "spec.selector")),
        SelectorShape::Map => meta::path(obj, "spec.selector")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .unwrap_or_default(),
    };
    let m = meta::meta(obj).cloned().unwrap_or_default();
    let mut metadata = serde_json::Map::new();
    for k in [
        "name",
        "namespace",
        "uid",
        "resourceVersion",
        "creationTimestamp",
    ] {
        if let Some(v) = m.get(k) {
            metadata.insert(k.into(), v.clone());
        }
    }
    json!({
        "kind": "Scale",
        "apiVersion": "autoscaling/v1",
        "metadata": metadata,
        "spec": {"replicas": meta::path(obj, spec_replicas).and_then(Value::as_i64).unwrap_or(0)},
        "status": {"replicas": meta::path(obj, status_replicas).and_then(Value::as_i64).unwrap_or(0), "selector": selector},
    })
}

async fn scale_get(api: &Api, call: &Call) -> ApiResult<Response> {
    let obj = api
        .read(call)
        .await?
        .ok_or_else(|| ApiError::not_found(&call.qualified()))?;
    Ok(wire::value(StatusCode::OK, &scale_of(call, &obj.value)))
}

async fn scale_write(api: &Api, call: &Call) -> ApiResult<Response> {
    let patch_kind = if call.req.verb == Verb::Patch {
        let ct = call
            .headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        Some(
            PatchType::from_content_type(ct)
                .ok_or_else(|| ApiError::unsupported_media_type(ct, PatchType::ACCEPTED))?,
        )
    } else {
        None
    };
    let body: Value = serde_json::from_slice(&call.body)
        .map_err(|e| ApiError::bad_request(format!("invalid body: {e}")))?;
    let (value, _) = update_with(api, call, Mode::Main, |old| {
        let current = scale_of(call, old.value);
        let scale = match patch_kind {
            None => body.clone(),
            Some(PatchType::Json) => {
                let mut s = current.clone();
                json_patch::apply(&mut s, &body).map_err(ApiError::bad_request)?;
                s
            }
            Some(_) => {
                let mut s = current.clone();
                merge::apply(&mut s, &body);
                s
            }
        };
        let replicas = meta::path(&scale, "spec.replicas")
            .and_then(Value::as_i64)
            .ok_or_else(|| {
                ApiError::invalid(
                    "Scale",
                    "autoscaling",
                    call.name(),
                    vec![crate::apiserver::errors::Cause::required("spec.replicas")],
                )
            })?;
        if replicas < 0 {
            return Err(ApiError::invalid(
                "Scale",
                "autoscaling",
                call.name(),
                vec![crate::apiserver::errors::Cause::invalid(
                    "spec.replicas",
                    &json!(replicas),
                    "must be greater than or equal to 0",
                )],
            ));
        }
        let mut obj = old.value.clone();
        meta::set_path(&mut obj, call.def.scale_paths().0, json!(replicas));
        let rv = meta::resource_version(&scale);
        if rv.is_empty() || (patch_kind.is_some() && rv == meta::resource_version(old.value)) {
            meta::remove(&mut obj, "resourceVersion");
        } else {
            meta::set_str(&mut obj, "resourceVersion", rv);
        }
        Ok(obj)
    })
    .await?;
    Ok(wire::value(StatusCode::OK, &scale_of(call, &value)))
}

async fn binding(api: &Api, call: &Call) -> ApiResult<Response> {
    let body = decode(call, "Binding", "v1")?;
    let node = meta::path_str(&body, "target.name")
        .unwrap_or("")
        .to_owned();
    if node.is_empty() {
        return Err(ApiError::invalid(
            "Binding",
            "",
            call.name(),
            vec![crate::apiserver::errors::Cause::required("target.name")],
        ));
    }
    // Upstream's BindingREST updates storage directly: the binding leaves no managedFields entry.
    update_with(api, call, Mode::Direct, |old| {
        let mut pod = old.value.clone();
        if meta::is_deleting(&pod) {
            return Err(ApiError::conflict(&call.qualified(), "pod is being deleted, cannot be assigned to a host"));
        }
        if let Some(current) = meta::path_str(&pod, "spec.nodeName").filter(|n| !n.is_empty()) {
            return Err(ApiError::conflict(&call.qualified(), &format!("pod {} is already assigned to node {current:?}", call.name())));
        }
        pod["spec"]["nodeName"] = json!(node);
        let conditions = pod["status"]["conditions"].as_array().cloned().unwrap_or_default();
        let mut conditions: Vec<Value> = conditions.into_iter().filter(|c| c["type"] != "PodScheduled").collect();
        conditions.push(json!({"type": "PodScheduled", "status": "True", "lastProbeTime": null, "lastTransitionTime": meta::now_rfc3339()}));
        pod["status"]["conditions"] = json!(conditions);
        meta::remove(&mut pod, "resourceVersion");
        Ok(pod)
    })
    .await?;
    Ok(wire::value(
        StatusCode::CREATED,
        &json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "code": 201}),
    ))
}

async fn eviction(api: &Api, call: &Call) -> ApiResult<Response> {
    let body = decode(call, "Eviction", "policy/v1")?;
    let pod = api
        .read(call)
        .await?
        .ok_or_else(|| ApiError::not_found(&call.qualified()))?;
    // PodDisruptionBudgets that select the pod must allow a disruption.
    if let Some(pdbs) = crate::apiserver::registry::lookup("policy", "v1", "poddisruptionbudgets") {
        let prefix = pdbs.namespace_prefix(call.namespace());
        let labels = meta::labels(&pod.value).cloned();
        let (items, _, _) = api
            .cache
            .list(&prefix, None, 0, None, |_| true)
            .await
            .map_err(super::cache_error)?;
        for pdb in items {
            let selects = meta::path(&pdb.value, "spec.selector")
                .is_some_and(|s| crate::apiserver::registry::strategy::selects(s, labels.as_ref()));
            let allowed = meta::path(&pdb.value, "status.disruptionsAllowed")
                .and_then(Value::as_i64)
                .unwrap_or(0);
            if selects && allowed < 1 {
                let mut e = ApiError::too_many_requests(10);
                e.message = format!(
                    "Cannot evict pod as it would violate the pod's disruption budget. The disruption budget {} needs {} healthy pods and has {} currently",
                    meta::name(&pdb.value),
                    meta::path(&pdb.value, "status.desiredHealthy")
                        .and_then(Value::as_i64)
                        .unwrap_or(0),
                    meta::path(&pdb.value, "status.currentHealthy")
                        .and_then(Value::as_i64)
                        .unwrap_or(0)
                );
                return Err(e);
            }
        }
    }
    let mut opts = super::delete::DeleteOptions::default();
    if let Some(d) = body.get("deleteOptions") {
        opts.grace_period = d.get("gracePeriodSeconds").and_then(Value::as_i64);
        opts.uid = meta::path_str(d, "preconditions.uid").map(str::to_owned);
    }
    super::delete::delete_one(api, call, &call.key(), &opts).await?;
    Ok(wire::value(
        StatusCode::CREATED,
        &json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "code": 201}),
    ))
}

async fn finalize(api: &Api, call: &Call) -> ApiResult<Response> {
    let body = decode(call, "Namespace", "v1")?;
    let finalizers = meta::path(&body, "spec.finalizers")
        .cloned()
        .unwrap_or(json!([]));
    let (value, _) = update_with(api, call, Mode::Prepared, |old| {
        let mut ns = old.value.clone();
        ns["spec"]["finalizers"] = finalizers.clone();
        meta::set_str(&mut ns, "resourceVersion", meta::resource_version(&body));
        Ok(ns)
    })
    .await?;
    // Emptying spec.finalizers of a terminating namespace completes its deletion (commit).
    Ok(wire::object(
        StatusCode::OK,
        &value,
        call.def,
        call.output(),
    ))
}

async fn approval(api: &Api, call: &Call) -> ApiResult<Response> {
    let body = decode(call, call.def.kind, &call.def.api_version())?;
    let conditions = meta::path(&body, "status.conditions")
        .cloned()
        .unwrap_or(json!([]));
    let (value, _) = update_with(api, call, Mode::Prepared, |old| {
        let mut csr = old.value.clone();
        csr["status"]["conditions"] = conditions.clone();
        meta::set_str(&mut csr, "resourceVersion", meta::resource_version(&body));
        Ok(csr)
    })
    .await?;
    Ok(wire::object(
        StatusCode::OK,
        &value,
        call.def,
        call.output(),
    ))
}
