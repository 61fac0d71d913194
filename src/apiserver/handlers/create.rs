//! POST: create (201), with generateName, namespace checks, dry run and allocations.

use http::StatusCode;
use serde_json::Value;

use super::write::{self, normalize, set_namespace, with_warnings};
use super::{Api, Call, store_error};
use crate::apiserver::errors::{ApiError, ApiResult, Qualified};
use crate::apiserver::meta;
use crate::apiserver::storage::StoreError;
use crate::apiserver::wire;
use crate::serving::Response;

/// generateName collisions are retried this many times (upstream retries once more than
/// clients would notice).
const NAME_ATTEMPTS: usize = 8;

pub async fn create(api: &Api, call: &Call) -> ApiResult<Response> {
    if call.req.name.is_some() {
        return Err(ApiError::method_not_allowed(
            "the server does not allow this method on the requested resource",
        ));
    }
    let mut obj = wire::decode_body(&call.headers, &call.body)?;
    wire::check_type(&mut obj, call.def, call.def.kind, &call.def.api_version())?;
    let (obj, warnings) = normalize(call, obj)?;
    let created = create_object(api, call, obj).await?;
    let code = StatusCode::CREATED;
    Ok(with_warnings(
        wire::object(code, &created, call.def, call.output()),
        &warnings,
    ))
}

/// The create path shared with apply and create-on-update: returns the stored object.
pub async fn create_object(api: &Api, call: &Call, mut obj: Value) -> ApiResult<Value> {
    let def = call.def;
    if def.custom.is_some_and(|c| c.terminating()) {
        return Err(ApiError::method_not_allowed(format!(
            "create not allowed while custom resource definition is terminating ({})",
            def.custom.map_or("", |c| c.crd.as_str())
        )));
    }
    set_namespace(call, &mut obj)?;
    if !meta::resource_version(&obj).is_empty() {
        return Err(ApiError::internal(
            "resourceVersion should not be set on objects to be created",
        ));
    }
    let generate = meta::meta_str(&obj, "generateName")
        .unwrap_or("")
        .to_owned();
    let fixed_name = meta::name(&obj).to_owned();
    api.check_namespace(call, true).await?;
    for attempt in 0..NAME_ATTEMPTS {
        let mut candidate = obj.clone();
        if fixed_name.is_empty() && !generate.is_empty() {
            meta::set_str(&mut candidate, "name", meta::generate_name(&generate));
        }
        write::prepare_create(def, &mut candidate)?;
        write::track_fields(call, &mut candidate, None)?;
        crate::apiserver::admission::admit(api, call, &mut candidate, None).await?;
        if def.kind == "CertificateSigningRequest" {
            // Who asks is the requester, never what the body claims (kube-apiserver's CSR
            // strategy): the approver trusts these fields.
            if let Some(spec) = candidate.get_mut("spec").and_then(Value::as_object_mut) {
                spec.insert("username".into(), serde_json::json!(call.user.name));
                spec.insert("groups".into(), serde_json::json!(call.user.groups));
                spec.remove("uid");
                spec.remove("extra");
            }
        }
        let name = meta::name(&candidate).to_owned();
        let key = def.key(call.namespace(), &name);
        let side = if def.kind == "Service" && def.group.is_empty() {
            api.services.allocate(api, &mut candidate, None).await?
        } else {
            Default::default()
        };
        if call.query.dry_run() {
            return Ok(meta::canonical_order(candidate));
        }
        meta::set_str(&mut candidate, "resourceVersion", "");
        def.to_storage(&mut candidate);
        let mut candidate = meta::canonical_order(candidate);
        match api.storage.create(&key, &candidate, side).await {
            Ok(rev) => {
                meta::set_str(&mut candidate, "resourceVersion", rev.to_string());
                return Ok(candidate);
            }
            Err(StoreError::AlreadyExists)
                if fixed_name.is_empty() && attempt + 1 < NAME_ATTEMPTS =>
            {
                continue;
            }
            Err(StoreError::AlreadyExists) => {
                return Err(ApiError::already_exists(&Qualified {
                    group: def.group,
                    resource: def.plural,
                    name: &name,
                }));
            }
            // A claimed address raced with another create: allocate again.
            Err(StoreError::Conflict) if attempt + 1 < NAME_ATTEMPTS => continue,
            Err(e) => return Err(store_error(e)),
        }
    }
    Err(ApiError::internal(
        "could not create the object after several attempts",
    ))
}
