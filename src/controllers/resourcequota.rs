//! The resourcequota controller: a ResourceQuota's `status.used` for what its `spec.hard`
//! names — object counts (`pods`, `services`, `configmaps`, `secrets`,
//! `persistentvolumeclaims`, `replicationcontrollers`, `resourcequotas`, `count/<resource>[.<group>]`)
//! and the requests and limits of the namespace's pods that have not finished
//! (`requests.cpu` / `cpu`, `requests.memory` / `memory`, `limits.cpu`, `limits.memory`).
//! Recomputed when pods change and every 30 s for the rest.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::{Pod, ResourceQuota};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use kube::api::{Api, ApiResource, DynamicObject, ListParams, Patch, PatchParams};
use serde_json::json;

use super::Context;
use super::pod_control;
use super::runtime::{self, Action, Change, WorkQueue};
use crate::quantity;

const RESYNC: Duration = Duration::from_secs(30);

/// The resource (group, version, plural) an object-count quota key counts.
fn counted(key: &str) -> Option<(String, String, String)> {
    let core = |plural: &str| Some((String::new(), "v1".to_owned(), plural.to_owned()));
    match key {
        "services"
        | "configmaps"
        | "secrets"
        | "persistentvolumeclaims"
        | "replicationcontrollers"
        | "resourcequotas" => core(key),
        _ => {
            let what = key.strip_prefix("count/")?;
            match what.split_once('.') {
                None => core(what),
                Some((plural, group)) => {
                    let version = match group {
                        "apps"
                        | "rbac.authorization.k8s.io"
                        | "networking.k8s.io"
                        | "policy"
                        | "batch"
                        | "storage.k8s.io"
                        | "coordination.k8s.io" => "v1",
                        _ => return None,
                    };
                    Some((group.to_owned(), version.to_owned(), plural.to_owned()))
                }
            }
        }
    }
}

/// Sum of a resource over the pods' containers (init containers: the largest counts, as the
/// scheduler and kubelet account them).
fn pod_amount(pod: &Pod, field: &str, resource: &str, milli: bool) -> i64 {
    let Some(spec) = pod.spec.as_ref() else {
        return 0;
    };
    let parse = |q: &Quantity| {
        if milli {
            quantity::parse_milli(&q.0)
        } else {
            quantity::parse_units(&q.0)
        }
        .unwrap_or(0)
    };
    let of = |c: &k8s_openapi::api::core::v1::Container| {
        let r = c.resources.as_ref();
        let map = if field == "requests" {
            r.and_then(|r| r.requests.as_ref())
        } else {
            r.and_then(|r| r.limits.as_ref())
        };
        map.and_then(|m| m.get(resource)).map_or(0, parse)
    };
    let main: i64 = spec.containers.iter().map(of).sum();
    let init = spec
        .init_containers
        .iter()
        .flatten()
        .map(of)
        .max()
        .unwrap_or(0);
    main.max(init)
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers
        .quotas
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let (q, quotas) = (queue.clone(), ctx.informers.quotas.store());
    ctx.informers.pods.on_change(move |c: &Change<'_, Pod>| {
        let ns = c.object().metadata.namespace.clone().unwrap_or_default();
        for quota in quotas.in_namespace(&ns) {
            q.add(runtime::key_of(quota.as_ref()));
        }
    });
    let quotas = ctx.informers.quotas.store();
    let pods = ctx.informers.pods.store();
    let ctx = ctx.clone();
    async move {
        quotas.wait_synced().await;
        pods.wait_synced().await;
        runtime::run_workers("resourcequota", queue, 2, move |key: String| {
            let (ctx, quotas, pods) = (ctx.clone(), quotas.clone(), pods.clone());
            async move {
                let Some(quota) = quotas.get(&key) else {
                    return Ok(Action::AwaitChange);
                };
                let (ns, name) = runtime::split_key(&key);
                let hard = quota
                    .spec
                    .as_ref()
                    .and_then(|s| s.hard.clone())
                    .unwrap_or_default();
                let live: Vec<Arc<Pod>> = pods
                    .in_namespace(ns)
                    .into_iter()
                    .filter(|p| !matches!(pod_control::phase(p), "Succeeded" | "Failed"))
                    .collect();
                let mut used = BTreeMap::new();
                for key in hard.keys() {
                    let sum = |field: &str, resource: &str, milli: bool| -> i64 {
                        live.iter()
                            .map(|p| pod_amount(p, field, resource, milli))
                            .sum()
                    };
                    let value = match key.as_str() {
                        "pods" | "count/pods" => live.len().to_string(),
                        "cpu" | "requests.cpu" => {
                            quantity::format_milli(sum("requests", "cpu", true))
                        }
                        "limits.cpu" => quantity::format_milli(sum("limits", "cpu", true)),
                        "memory" | "requests.memory" => {
                            quantity::format_units(sum("requests", "memory", false))
                        }
                        "limits.memory" => quantity::format_units(sum("limits", "memory", false)),
                        "ephemeral-storage" | "requests.ephemeral-storage" => {
                            quantity::format_units(sum("requests", "ephemeral-storage", false))
                        }
                        other => match counted(other) {
                            Some((group, version, plural)) => {
                                let resource = ApiResource {
                                    group: group.clone(),
                                    version: version.clone(),
                                    api_version: if group.is_empty() {
                                        version.clone()
                                    } else {
                                        format!("{group}/{version}")
                                    },
                                    kind: String::new(),
                                    plural,
                                };
                                let api: Api<DynamicObject> =
                                    Api::namespaced_with(ctx.client.clone(), ns, &resource);
                                match api.list_metadata(&ListParams::default()).await {
                                    Ok(list) => list.items.len().to_string(),
                                    Err(_) => continue,
                                }
                            }
                            None => continue,
                        },
                    };
                    used.insert(key.clone(), Quantity(value));
                }
                let old = quota.status.clone().unwrap_or_default();
                if old.hard.as_ref() != Some(&hard) || old.used.as_ref() != Some(&used) {
                    let api: Api<ResourceQuota> = Api::namespaced(ctx.client.clone(), ns);
                    let patch = json!({"status": {"hard": hard, "used": used}});
                    runtime::ignore_not_found(
                        api.patch_status(name, &PatchParams::default(), &Patch::Merge(patch))
                            .await,
                    )?;
                }
                Ok(Action::RequeueAfter(RESYNC))
            }
        })
        .await
    }
    .boxed()
}
