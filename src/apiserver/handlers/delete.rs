//! DELETE and deletecollection: DeleteOptions from the body or the query, preconditions,
//! finalizers and propagation policies, graceful deletion (pods), dry run.

use http::StatusCode;
use serde_json::{Value, json};

use super::list::collect;
use super::update::commit;
use super::{Api, Call, store_error};
use crate::apiserver::errors::{ApiError, ApiResult, Qualified, success_status};
use crate::apiserver::meta;
use crate::apiserver::storage::{SideEffects, StoreError, Stored};
use crate::apiserver::wire;
use crate::serving::Response;

/// DeleteOptions, merged from body and query.
#[derive(Debug, Default)]
pub struct DeleteOptions {
    pub grace_period: Option<i64>,
    pub propagation: Option<String>,
    pub orphan_dependents: Option<bool>,
    pub uid: Option<String>,
    pub resource_version: Option<String>,
}

fn options(call: &Call) -> ApiResult<DeleteOptions> {
    let mut o = DeleteOptions::default();
    if !call.body.is_empty() {
        let body: Value = serde_json::from_slice(&call.body)
            .map_err(|e| ApiError::bad_request(format!("invalid DeleteOptions: {e}")))?;
        o.grace_period = body.get("gracePeriodSeconds").and_then(Value::as_i64);
        o.propagation = body
            .get("propagationPolicy")
            .and_then(Value::as_str)
            .map(str::to_owned);
        o.orphan_dependents = body.get("orphanDependents").and_then(Value::as_bool);
        o.uid = meta::path_str(&body, "preconditions.uid").map(str::to_owned);
        o.resource_version =
            meta::path_str(&body, "preconditions.resourceVersion").map(str::to_owned);
    }
    if let Some(g) = call.query.int("gracePeriodSeconds")? {
        o.grace_period = Some(g);
    }
    if let Some(p) = call.query.get("propagationPolicy") {
        o.propagation = Some(p.to_owned());
    }
    if call.query.get("orphanDependents").is_some() {
        o.orphan_dependents = Some(call.query.flag("orphanDependents"));
    }
    if let Some(p) = &o.propagation
        && !["Foreground", "Background", "Orphan"].contains(&p.as_str())
    {
        return Err(ApiError::invalid(
            "DeleteOptions",
            "",
            "",
            vec![crate::apiserver::errors::Cause::not_supported(
                "propagationPolicy",
                &json!(p),
                &["Foreground", "Background", "Orphan"],
            )],
        ));
    }
    Ok(o)
}

pub async fn delete(api: &Api, call: &Call) -> ApiResult<Response> {
    let opts = options(call)?;
    let (code, value) = delete_one(api, call, &call.key(), &opts).await?;
    Ok(wire::object(
        code,
        &value,
        call.def,
        super::wire::Output::Json,
    ))
}

/// Deletes one object; returns the status code and the body (Status or object).
pub async fn delete_one(
    api: &Api,
    call: &Call,
    key: &str,
    opts: &DeleteOptions,
) -> ApiResult<(StatusCode, Value)> {
    let def = call.def;
    for _ in 0..super::update::RETRIES {
        let Some(old) = api.storage.get(key).await.map_err(store_error)? else {
            let name = key.rsplit('/').next().unwrap_or("");
            return Err(ApiError::not_found(&Qualified {
                group: def.group,
                resource: def.plural,
                name,
            }));
        };
        let name = meta::name(&old.value).to_owned();
        let q = Qualified {
            group: def.group,
            resource: def.plural,
            name: &name,
        };
        if let Some(uid) = &opts.uid
            && meta::uid(&old.value) != Some(uid.as_str())
        {
            return Err(ApiError::conflict(
                &q,
                &format!(
                    "Precondition failed: UID in precondition: {uid}, UID in object meta: {}",
                    meta::uid(&old.value).unwrap_or("")
                ),
            ));
        }
        if let Some(rv) = &opts.resource_version
            && meta::resource_version(&old.value) != rv
        {
            return Err(ApiError::conflict(
                &q,
                &format!(
                    "Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {}",
                    meta::resource_version(&old.value)
                ),
            ));
        }
        crate::apiserver::admission::admit_delete(api, call, &old.value).await?;
        let mut obj = old.value.clone();
        let mut finalizers = meta::finalizers(&obj);
        if meta::is_deleting(&obj) {
            // Already being deleted: only a forced (grace 0) delete of an object without
            // finalizers finishes it now (the kubelet's final delete, `--force`).
            if !(finalizers.is_empty()
                && opts.grace_period == Some(0)
                && !def.strategy.deletion_pending(&obj))
            {
                return Ok((StatusCode::OK, obj));
            }
        } else {
            let orphan = opts.propagation.as_deref() == Some("Orphan")
                || opts.orphan_dependents == Some(true);
            let foreground = opts.propagation.as_deref() == Some("Foreground");
            if orphan && !finalizers.iter().any(|f| f == "orphan") {
                finalizers.push("orphan".into());
            }
            if foreground && !finalizers.iter().any(|f| f == "foregroundDeletion") {
                finalizers.push("foregroundDeletion".into());
            }
            let grace = def.strategy.delete_grace(&obj, opts.grace_period);
            if !finalizers.is_empty() || grace > 0 || def.strategy.deletion_pending(&obj) {
                def.strategy.on_deletion_start(&mut obj);
                // Deferred: mark the object; finalizers (or the kubelet) finish it.
                let at = time::OffsetDateTime::now_utc() + time::Duration::seconds(grace);
                let m = meta::meta_mut(&mut obj);
                m.insert("deletionTimestamp".into(), json!(meta::format_time(at)));
                m.insert("deletionGracePeriodSeconds".into(), json!(grace));
                if !finalizers.is_empty() {
                    m.insert("finalizers".into(), json!(finalizers));
                }
                if def.generation {
                    let g = m.get("generation").and_then(Value::as_i64).unwrap_or(0) + 1;
                    m.insert("generation".into(), json!(g));
                }
                match commit(
                    api,
                    call,
                    key,
                    obj,
                    old.borrowed(),
                    SideEffects::default(),
                    false,
                )
                .await
                {
                    Ok(v) => return Ok((StatusCode::OK, v)),
                    Err(StoreError::Conflict) => continue,
                    Err(e) => return Err(store_error(e)),
                }
            }
        }
        // Immediate deletion.
        if call.query.dry_run() {
            return Ok((StatusCode::OK, deleted_body(call, &old.value, &name)));
        }
        let side = release(api, call, &old.value);
        match api.storage.delete(key, old.mod_revision, side).await {
            Ok(rev) => {
                let mut last = old.value.clone();
                meta::set_str(&mut last, "resourceVersion", rev.to_string());
                return Ok((StatusCode::OK, deleted_body(call, &last, &name)));
            }
            Err(StoreError::Conflict) | Err(StoreError::NotFound) => continue,
            Err(e) => return Err(store_error(e)),
        }
    }
    Err(ApiError::conflict(
        &Qualified {
            group: def.group,
            resource: def.plural,
            name: "",
        },
        "the object kept changing while being deleted",
    ))
}

fn deleted_body(call: &Call, last: &Value, name: &str) -> Value {
    if call.def.returns_deleted {
        last.clone()
    } else {
        success_status(
            &Qualified {
                group: call.def.group,
                resource: call.def.plural,
                name,
            },
            meta::uid(last),
        )
    }
}

/// The claims an object holds (service addresses and node ports) released in the same
/// transaction that deletes it.
pub fn release(api: &Api, call: &Call, obj: &Value) -> SideEffects {
    if call.def.kind == "Service" && call.def.group.is_empty() {
        api.services.release(obj)
    } else {
        SideEffects::default()
    }
}

pub async fn delete_collection(api: &Api, call: &Call) -> ApiResult<Response> {
    let opts = options(call)?;
    let items: Vec<Stored> = collect(api, call).await?;
    let mut deleted = Vec::new();
    for item in items {
        let key = call.def.key(
            Some(meta::namespace(&item.value)).filter(|s| !s.is_empty()),
            meta::name(&item.value),
        );
        match delete_one(api, call, &key, &opts).await {
            Ok((_, v)) => {
                if v.get("kind") != Some(&json!("Status")) {
                    deleted.push(v);
                } else {
                    deleted.push(item.value);
                }
            }
            Err(e) if e.code == StatusCode::NOT_FOUND => {}
            Err(e) => return Err(e),
        }
    }
    let list = json!({"kind": call.def.list_kind(), "apiVersion": call.def.api_version(), "metadata": {}, "items": deleted});
    Ok(wire::value(StatusCode::OK, &list))
}
