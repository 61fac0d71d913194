//! PUT: replace an object, with the resourceVersion precondition (409 Conflict), uid
//! precondition, unchanged-object short cut, finalizer completion, create-on-update where the
//! kind allows it.

use std::borrow::Cow;

use http::StatusCode;
use serde_json::Value;

use super::write::{self, normalize, set_namespace, with_warnings};
use super::{Api, Call, same_content, store_error};
use crate::apiserver::errors::{ApiError, ApiResult};
use crate::apiserver::meta;
use crate::apiserver::storage::{SideEffects, StoreError, StoredRef};
use crate::apiserver::wire;
use crate::serving::Response;

/// Unconditional updates retry this often when another writer got in between.
pub const RETRIES: usize = 10;

pub async fn update(api: &Api, call: &Call) -> ApiResult<Response> {
    let mut obj = wire::decode_body(&call.headers, &call.body)?;
    wire::check_type(&mut obj, call.def, call.def.kind, &call.def.api_version())?;
    let (mut obj, warnings) = normalize(call, obj)?;
    set_namespace(call, &mut obj)?;
    check_name(call, &mut obj)?;
    let (value, created) = update_with(api, call, Mode::Main, |_old| Ok(obj.clone())).await?;
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

/// The body's name must be the URL's (it is filled in when missing).
pub fn check_name(call: &Call, obj: &mut Value) -> ApiResult<()> {
    let body = meta::name(obj).to_owned();
    if body.is_empty() {
        meta::set_str(obj, "name", call.name());
    } else if body != call.name() {
        return Err(ApiError::bad_request(format!(
            "the name of the object ({body}) does not match the name on the URL ({})",
            call.name()
        )));
    }
    Ok(())
}

/// What an update may change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The main resource: status and server-set metadata are carried over from the old object.
    Main,
    /// A subresource whose builder already produced the complete new object.
    Prepared,
    /// As `Prepared`, for a write upstream's registry makes straight to storage and answers
    /// without the object (`pods/binding`): no field manager records it in `managedFields`,
    /// and the stored object goes to the watch cache rather than back to the caller, who
    /// gets `null`.
    Direct,
}

/// Reads the object, builds the new state with `build(old)`, and writes it guarded by the old
/// revision; retries when someone else wrote in between and the new state carries no
/// resourceVersion precondition. Returns the stored object and whether it was created.
pub async fn update_with(
    api: &Api,
    call: &Call,
    mode: Mode,
    build: impl Fn(StoredRef<'_>) -> ApiResult<Value>,
) -> ApiResult<(Value, bool)> {
    update_or_create(api, call, mode, call.def.create_on_update, build).await
}

/// `update_with`, creating a missing object from `build` when `create_missing` (PUT of kinds
/// that allow it, server-side apply).
pub async fn update_or_create(
    api: &Api,
    call: &Call,
    mode: Mode,
    create_missing: bool,
    build: impl Fn(StoredRef<'_>) -> ApiResult<Value>,
) -> ApiResult<(Value, bool)> {
    let key = call.key();
    // The first attempt builds on the watch cache's copy (saving an etcd read per update);
    // the write is guarded by that copy's revision, so a stale copy can only cause a retry,
    // which reads etcd. Services are excluded: their IP allocation diffs against the old state.
    let mut from_cache = !(call.def.kind == "Service" && call.def.group.is_empty());
    for _ in 0..RETRIES {
        let cached = if from_cache {
            api.cache.get(&key).await
        } else {
            None
        };
        from_cache = cached.is_some();
        let read = match cached {
            Some(_) => None,
            None => api.read(call).await?,
        };
        let mut current = match (&cached, &read) {
            (Some(c), _) => Some((Cow::Borrowed(&c.value), c.revision)),
            (None, Some(r)) => Some((Cow::Borrowed(&r.value), r.mod_revision)),
            (None, None) => None,
        };
        // A custom object written through another version, as this version sees it.
        if let Some((value, _)) = current.as_mut()
            && let Some(c) = call.def.converted(value)
        {
            *value = Cow::Owned(c);
        }
        // Whatever happens below, a retry reads etcd.
        let stale_possible = std::mem::take(&mut from_cache);
        let Some((value, mod_revision)) = &current else {
            if create_missing {
                let nothing = Value::Object(Default::default());
                let mut obj = build(StoredRef {
                    value: &nothing,
                    mod_revision: 0,
                })?;
                meta::remove(&mut obj, "resourceVersion");
                let created = super::create::create_object(api, call, obj).await?;
                return Ok((created, true));
            }
            return Err(ApiError::not_found(&call.qualified()));
        };
        let old = StoredRef {
            value,
            mod_revision: *mod_revision,
        };
        // An error is only reported once etcd's copy confirms it.
        let mut new = match build(old) {
            Ok(v) => v,
            Err(_) if stale_possible => continue,
            Err(e) => return Err(e),
        };
        let precondition = meta::resource_version(&new).to_owned();
        if !precondition.is_empty() && precondition != meta::resource_version(old.value) {
            if stale_possible {
                continue;
            }
            return Err(ApiError::modified(&call.qualified()));
        }
        if let (Some(want), Some(have)) = (meta::uid(&new), meta::uid(old.value))
            && !want.is_empty()
            && want != have
        {
            if stale_possible {
                continue;
            }
            return Err(ApiError::conflict(
                &call.qualified(),
                &format!(
                    "Precondition failed: UID in precondition: {want}, UID in object meta: {have}"
                ),
            ));
        }
        if mode == Mode::Main {
            match write::prepare_update(call.def, &mut new, old.value) {
                Ok(()) => {}
                Err(_) if stale_possible => continue,
                Err(e) => return Err(e),
            }
        }
        if mode != Mode::Direct {
            match write::track_fields(call, &mut new, Some(old.value)) {
                Ok(()) => {}
                Err(_) if stale_possible => continue,
                Err(e) => return Err(e),
            }
        }
        match crate::apiserver::admission::admit(api, call, &mut new, Some(old.value)).await {
            Ok(()) => {}
            Err(_) if stale_possible => continue,
            Err(e) => return Err(e),
        }
        // "Nothing changed" is only trusted against etcd's copy, or an update could be lost.
        if stale_possible && super::same_content(&new, old.value) {
            continue;
        }
        let side = if call.def.kind == "Service" && call.def.group.is_empty() {
            api.services
                .allocate(api, &mut new, Some(old.value))
                .await?
        } else {
            SideEffects::default()
        };
        match commit(api, call, &key, new, old, side, mode == Mode::Direct).await {
            Ok(v) => return Ok((v, false)),
            Err(StoreError::Conflict) | Err(StoreError::NotFound)
                if precondition.is_empty() || stale_possible =>
            {
                continue;
            }
            Err(StoreError::Conflict) | Err(StoreError::NotFound) => {
                return Err(ApiError::modified(&call.qualified()));
            }
            Err(e) => return Err(store_error(e)),
        }
    }
    Err(ApiError::modified(&call.qualified()))
}

/// Writes `new` over `old`: nothing when unchanged, a delete when the last finalizer of an
/// object being deleted went away, otherwise a guarded put — which, with `hand_off`, gives
/// the object to the watch cache and returns `null`.
pub async fn commit(
    api: &Api,
    call: &Call,
    key: &str,
    mut new: Value,
    old: StoredRef<'_>,
    side: SideEffects,
    hand_off: bool,
) -> Result<Value, StoreError> {
    // In order, with the empty resourceVersion storage writes in place.
    meta::set_str(&mut new, "resourceVersion", "");
    new = meta::canonical_order(new);
    if same_content(&new, old.value) {
        return Ok(old.value.clone());
    }
    if call.query.dry_run() {
        meta::set_str(
            &mut new,
            "resourceVersion",
            meta::resource_version(old.value),
        );
        return Ok(new);
    }
    // Upstream's ShouldDeleteDuringUpdate: the last finalizer is gone and no grace period
    // (a kubelet still to act on a graceful pod) remains.
    let graceful = meta::path(&new, "metadata.deletionGracePeriodSeconds")
        .and_then(Value::as_i64)
        .unwrap_or(0)
        > 0;
    if meta::is_deleting(&new)
        && meta::finalizers(&new).is_empty()
        && !graceful
        && !call.def.strategy.deletion_pending(&new)
    {
        let side = super::delete::release(api, call, &new);
        let rev = api.storage.delete(key, old.mod_revision, side).await?;
        meta::set_str(&mut new, "resourceVersion", rev.to_string());
        return Ok(new);
    }
    call.def.to_storage(&mut new);
    if hand_off {
        api.storage
            .update_handing_off(key, new, old.mod_revision, side)
            .await?;
        return Ok(Value::Null);
    }
    let rev = api
        .storage
        .update(key, &new, old.mod_revision, side)
        .await?;
    meta::set_str(&mut new, "resourceVersion", rev.to_string());
    Ok(new)
}
