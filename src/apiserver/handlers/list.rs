//! LIST: resourceVersion semantics (unset = consistent, "0" = any, N with NotOlderThan or
//! Exact), limit/continue pagination, label and field selectors, Table output.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hyper::body::Bytes;
use serde_json::{Value, json};

use super::{Api, Call, cache_error, store_error};
use crate::apiserver::cache::{CONSISTENT_READ_WAIT, CacheError};
use crate::apiserver::errors::{ApiError, ApiResult};
use crate::apiserver::meta;
use crate::apiserver::registry::ResourceDef;
use crate::apiserver::selectors::{FieldSelector, LabelSelector};
use crate::apiserver::storage::{StoreError, Stored};
use crate::apiserver::wire::{self, Output};
use crate::serving::Response;

/// A list's selectors, checked against what the kind supports.
pub struct Filter {
    pub labels: LabelSelector,
    pub fields: FieldSelector,
    pub def: &'static ResourceDef,
}

impl Filter {
    pub fn from_call(call: &Call) -> ApiResult<Self> {
        let labels = LabelSelector::parse(call.query.get("labelSelector").unwrap_or(""))?;
        let fields = FieldSelector::parse(call.query.get("fieldSelector").unwrap_or(""))?;
        fields.check(&call.def.selectable_fields())?;
        Ok(Filter {
            labels,
            fields,
            def: call.def,
        })
    }

    pub fn matches(&self, obj: &Value) -> bool {
        self.labels.matches(meta::labels(obj))
            && self.fields.matches(|f| self.def.field_value(obj, f))
    }

    /// The node a pod list is confined to (`spec.nodeName=<node>`, as each agent lists its
    /// own pods), which the watch cache serves from its index.
    fn node(&self) -> Option<&str> {
        if self.def.kind != "Pod" || !self.def.group.is_empty() {
            return None;
        }
        ["spec.nodeName", "spec.host"]
            .into_iter()
            .find_map(|f| self.fields.required(f))
            .filter(|n| !n.is_empty())
    }
}

/// The opaque continue token.
fn encode_continue(revision: i64, key: &str) -> String {
    URL_SAFE_NO_PAD.encode(json!({"v": "meta.k8s.io/v1", "rv": revision, "start": key}).to_string())
}

fn decode_continue(token: &str) -> ApiResult<(i64, String)> {
    let bad = || ApiError::bad_request("continue key is not valid: invalid continue token");
    let bytes = URL_SAFE_NO_PAD
        .decode(token.trim_end_matches('='))
        .map_err(|_| bad())?;
    let v: Value = serde_json::from_slice(&bytes).map_err(|_| bad())?;
    match (v["rv"].as_i64(), v["start"].as_str()) {
        (Some(rv), Some(start)) => Ok((rv, start.to_owned())),
        _ => Err(bad()),
    }
}

enum Items {
    Cached(Vec<Arc<crate::apiserver::cache::CachedObject>>),
    Stored(Vec<Stored>),
}

pub async fn list(api: &Api, call: &Call) -> ApiResult<Response> {
    let filter = Filter::from_call(call)?;
    let limit = call.query.int("limit")?.unwrap_or(0).max(0) as usize;
    let prefix = call.def.namespace_prefix(call.namespace());
    let (items, revision, cont) = read_list(api, call, &filter, &prefix, limit).await?;
    let rv = revision.to_string();
    Ok(match call.output() {
        Output::Json => {
            let encoded: Vec<Bytes> = match &items {
                Items::Cached(v) => v
                    .iter()
                    .map(|o| match call.def.converted(&o.value) {
                        Some(c) => Bytes::from(serde_json::to_vec(&c).expect("values serialize")),
                        None => o.json().clone(),
                    })
                    .collect(),
                Items::Stored(v) => v
                    .iter()
                    .map(|s| {
                        let c = call.def.converted(&s.value);
                        let value = c.as_ref().unwrap_or(&s.value);
                        Bytes::from(serde_json::to_vec(value).expect("values serialize"))
                    })
                    .collect(),
            };
            let refs: Vec<&Bytes> = encoded.iter().collect();
            wire::list_json(call.def, &refs, &rv, cont.as_deref())
        }
        Output::Table { include } => {
            let values: Vec<Value> = match items {
                Items::Cached(v) => v.iter().map(|o| o.value.clone()).collect(),
                Items::Stored(v) => v.into_iter().map(|s| s.value).collect(),
            };
            let table = wire::table(call.def, &values, &rv, cont.as_deref(), include, true);
            wire::value(http::StatusCode::OK, &table)
        }
    })
}

async fn read_list(
    api: &Api,
    call: &Call,
    filter: &Filter,
    prefix: &str,
    limit: usize,
) -> ApiResult<(Items, i64, Option<String>)> {
    if let Some(token) = call.query.get("continue").filter(|t| !t.is_empty()) {
        let (revision, start) = decode_continue(token)?;
        return from_etcd(api, filter, prefix, revision, Some(start), limit).await;
    }
    let rv = call.query.get("resourceVersion").unwrap_or("");
    let rvm = call.query.get("resourceVersionMatch").unwrap_or("");
    match rv {
        "0" => from_cache(api, filter, prefix, 0).await,
        "" => {
            if !rvm.is_empty() {
                return Err(ApiError::bad_request(
                    "resourceVersionMatch is forbidden unless resourceVersion is provided",
                ));
            }
            consistent(api, filter, prefix, limit).await
        }
        n => {
            let n: i64 = n
                .parse()
                .map_err(|_| ApiError::bad_request(format!("invalid resource version: {n:?}")))?;
            let exact = rvm == "Exact" || (rvm.is_empty() && limit > 0);
            if exact {
                from_etcd(api, filter, prefix, n, None, limit).await
            } else if rvm.is_empty() || rvm == "NotOlderThan" {
                api.cache
                    .wait_for(n, CONSISTENT_READ_WAIT)
                    .await
                    .map_err(|_| {
                        ApiError::timeout(format!(
                            "Too large resource version: {n}, current: {}",
                            0
                        ))
                    })?;
                from_cache(api, filter, prefix, limit).await
            } else {
                Err(ApiError::bad_request(format!(
                    "resourceVersionMatch: Unsupported value: {rvm:?}: supported values: \"Exact\", \"NotOlderThan\""
                )))
            }
        }
    }
}

/// A consistent read: from the cache once it has caught up with etcd's current revision, or,
/// if it does not in time, from etcd at that revision (as kube-apiserver falls back).
async fn consistent(
    api: &Api,
    filter: &Filter,
    prefix: &str,
    limit: usize,
) -> ApiResult<(Items, i64, Option<String>)> {
    let wait = api.cache.consistent_read_wait();
    match api.cache.consistent_revision(wait).await {
        Ok(_) => from_cache(api, filter, prefix, limit).await,
        Err(CacheError::Timeout(revision)) => {
            tracing::debug!(
                prefix,
                revision,
                "consistent read from etcd: the cache is behind"
            );
            from_etcd(api, filter, prefix, revision, None, limit).await
        }
        Err(e) => Err(cache_error(e)),
    }
}

async fn from_cache(
    api: &Api,
    filter: &Filter,
    prefix: &str,
    limit: usize,
) -> ApiResult<(Items, i64, Option<String>)> {
    let (items, revision, more) = api
        .cache
        .list(prefix, None, limit, filter.node(), |v| filter.matches(v))
        .await
        .map_err(cache_error)?;
    let cont = more.map(|key| encode_continue(revision, &key));
    Ok((Items::Cached(items), revision, cont))
}

/// A page read from etcd at a fixed revision, filtered, up to `limit` matches.
async fn from_etcd(
    api: &Api,
    filter: &Filter,
    prefix: &str,
    revision: i64,
    start: Option<String>,
    limit: usize,
) -> ApiResult<(Items, i64, Option<String>)> {
    let mut out = Vec::new();
    let mut start = start;
    let page = if limit > 0 {
        limit.max(50) as i64
    } else {
        1000
    };
    loop {
        let result = api
            .storage
            .list(prefix, revision, start.as_deref(), page)
            .await;
        let batch = match result {
            Ok(b) => b,
            Err(StoreError::Compacted) => {
                return Err(ApiError::expired(
                    "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.",
                ));
            }
            Err(e) if e.to_string().contains("future revision") => {
                return Err(ApiError::timeout(format!(
                    "Too large resource version: {revision}"
                )));
            }
            Err(e) => return Err(store_error(e)),
        };
        let more = batch.more;
        for (key, stored) in batch.items {
            if limit > 0 && out.len() == limit {
                let token = encode_continue(batch.revision, start.as_deref().unwrap_or(&key));
                return Ok((Items::Stored(out), batch.revision, Some(token)));
            }
            start = Some(key);
            if filter.matches(&stored.value) {
                out.push(stored);
            }
        }
        if !more {
            return Ok((Items::Stored(out), batch.revision, None));
        }
    }
}

/// Everything a deletecollection concerns, consistently.
pub async fn collect(api: &Api, call: &Call) -> ApiResult<Vec<Stored>> {
    let filter = Filter::from_call(call)?;
    let prefix = call.def.namespace_prefix(call.namespace());
    Ok(match consistent(api, &filter, &prefix, 0).await?.0 {
        Items::Cached(items) => items
            .into_iter()
            .map(|o| Stored {
                value: o.value.clone(),
                mod_revision: o.revision,
            })
            .collect(),
        Items::Stored(items) => items,
    })
}
