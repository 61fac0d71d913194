//! The node-lifecycle controller (with the taint-eviction controller's job): a node whose
//! heartbeat — its `kube-node-lease` Lease renewal or Ready condition — has not moved for
//! node-monitor-grace-period is marked Ready=Unknown ("Kubelet stopped posting node status.")
//! and tainted `node.kubernetes.io/unreachable` (NoSchedule + NoExecute); a node reporting
//! Ready=False gets `node.kubernetes.io/not-ready`; the taints go when it is Ready again. Pods
//! on a NoExecute-tainted node that do not tolerate the taint are evicted, at once or after
//! their tolerationSeconds.
//!
//! Heartbeats are judged by when this controller saw them change, never by comparing
//! another machine's clock with ours (as kube-controller-manager does).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::{Node, Pod, Taint, Toleration};
use kube::api::{Api, DeleteParams, Patch, PatchParams};
use serde_json::json;

use super::Context;
use crate::events;

const UNREACHABLE: &str = "node.kubernetes.io/unreachable";
const NOT_READY: &str = "node.kubernetes.io/not-ready";
const PRESSURE_CONDITIONS: &[&str] = &["MemoryPressure", "DiskPressure", "PIDPressure"];

/// The last heartbeat seen for a node, and when we saw it.
struct Heartbeat {
    lease_renewed: Option<String>,
    status_heartbeat: Option<String>,
    seen_at: Instant,
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let nodes = ctx.informers.nodes.store();
    let leases = ctx.informers.node_leases.store();
    let pods = ctx.informers.pods.store();
    let ctx = ctx.clone();
    async move {
        nodes.wait_synced().await;
        leases.wait_synced().await;
        pods.wait_synced().await;
        let heartbeats: Mutex<HashMap<String, Heartbeat>> = Mutex::default();
        let events = ctx.events("node-controller");
        let mut tick = tokio::time::interval(ctx.settings.node_monitor_period);
        loop {
            tick.tick().await;
            let mut tainted: HashMap<String, Vec<Taint>> = HashMap::new();
            for node in nodes.list() {
                let name = node.metadata.name.clone().unwrap_or_default();
                let lease = leases.get(&format!("kube-node-lease/{name}"));
                let renewed = lease
                    .and_then(|l| l.spec.clone())
                    .and_then(|s| s.renew_time)
                    .map(|t| format!("{:?}", t.0));
                let ready = ready_condition(&node);
                let heartbeat = ready
                    .and_then(|c| c.last_heartbeat_time.as_ref())
                    .map(|t| format!("{:?}", t.0));
                let stale = {
                    let mut seen = heartbeats.lock().unwrap_or_else(|e| e.into_inner());
                    let entry = seen.entry(name.clone()).or_insert_with(|| Heartbeat {
                        lease_renewed: renewed.clone(),
                        status_heartbeat: heartbeat.clone(),
                        seen_at: Instant::now(),
                    });
                    if entry.lease_renewed != renewed || entry.status_heartbeat != heartbeat {
                        entry.lease_renewed = renewed;
                        entry.status_heartbeat = heartbeat;
                        entry.seen_at = Instant::now();
                    }
                    entry.seen_at.elapsed() > ctx.settings.node_monitor_grace_period
                };
                let mut status = ready.map(|c| c.status.clone()).unwrap_or_else(|| "Unknown".into());
                if stale && status != "Unknown" {
                    if let Err(e) = mark_unknown(&ctx.client, &name).await {
                        tracing::warn!(node = %name, error = %e, "cannot mark the node's status unknown");
                        continue;
                    }
                    events.record(
                        &events::reference(node.as_ref()),
                        events::NORMAL,
                        "NodeNotReady",
                        format!("Node {name} status is now: NodeNotReady"),
                    );
                    status = "Unknown".into();
                }
                let taints = match reconcile_taints(&ctx.client, &node, &status).await {
                    Ok(t) => t,
                    Err(e) => {
                        tracing::warn!(node = %name, error = %e, "cannot update the node's taints");
                        continue;
                    }
                };
                let no_execute: Vec<Taint> = taints.into_iter().filter(|t| t.effect == "NoExecute").collect();
                if !no_execute.is_empty() {
                    tainted.insert(name, no_execute);
                }
            }
            seen_prune(&heartbeats, &nodes);
            if !tainted.is_empty() {
                evict(&ctx, &pods.list(), &tainted).await;
            }
        }
    }
    .boxed()
}

fn seen_prune(heartbeats: &Mutex<HashMap<String, Heartbeat>>, nodes: &super::runtime::Store<Node>) {
    heartbeats
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|name, _| nodes.get(name).is_some());
}

fn ready_condition(node: &Node) -> Option<&k8s_openapi::api::core::v1::NodeCondition> {
    node.status
        .as_ref()?
        .conditions
        .as_ref()?
        .iter()
        .find(|c| c.type_ == "Ready")
}

async fn mark_unknown(client: &kube::Client, name: &str) -> kube::Result<()> {
    let now = crate::apiserver::meta::now_rfc3339();
    let conditions: Vec<_> = std::iter::once("Ready")
        .chain(PRESSURE_CONDITIONS.iter().copied())
        .map(|t| {
            json!({"type": t, "status": "Unknown", "reason": "NodeStatusUnknown",
                   "message": "Kubelet stopped posting node status.",
                   "lastTransitionTime": now})
        })
        .collect();
    let nodes: Api<Node> = Api::all(client.clone());
    nodes
        .patch_status(
            name,
            &PatchParams::default(),
            &Patch::Strategic(json!({"status": {"conditions": conditions}})),
        )
        .await
        .map(|_| ())
}

/// Makes the node's unreachable / not-ready taints match its Ready status; returns the
/// node's taints afterwards.
async fn reconcile_taints(
    client: &kube::Client,
    node: &Node,
    ready: &str,
) -> kube::Result<Vec<Taint>> {
    let current = node
        .spec
        .as_ref()
        .and_then(|s| s.taints.clone())
        .unwrap_or_default();
    let wanted_key = match ready {
        "True" => None,
        "False" => Some(NOT_READY),
        _ => Some(UNREACHABLE),
    };
    let ours = |t: &Taint| t.key == UNREACHABLE || t.key == NOT_READY;
    let mut next: Vec<Taint> = current.iter().filter(|t| !ours(t)).cloned().collect();
    if let Some(key) = wanted_key {
        for effect in ["NoSchedule", "NoExecute"] {
            let kept = current
                .iter()
                .find(|t| t.key == key && t.effect == effect)
                .cloned();
            next.push(kept.unwrap_or_else(|| {
                Taint {
                    key: key.into(),
                    effect: effect.into(),
                    value: None,
                    time_added: (effect == "NoExecute")
                        .then(|| {
                            serde_json::from_value(json!(crate::apiserver::meta::now_rfc3339()))
                                .ok()
                        })
                        .flatten(),
                }
            }));
        }
    }
    let same = next.len() == current.len() && next.iter().all(|t| current.contains(t));
    if same {
        return Ok(current);
    }
    let nodes: Api<Node> = Api::all(client.clone());
    let patch = json!({
        "metadata": {"resourceVersion": node.metadata.resource_version},
        "spec": {"taints": next},
    });
    let name = node.metadata.name.as_deref().unwrap_or_default();
    nodes
        .patch(name, &PatchParams::default(), &Patch::Merge(patch))
        .await?;
    Ok(next)
}

pub(super) fn tolerates(toleration: &Toleration, taint: &Taint) -> bool {
    if toleration
        .effect
        .as_deref()
        .is_some_and(|e| !e.is_empty() && e != taint.effect)
    {
        return false;
    }
    match toleration.operator.as_deref() {
        Some("Exists") => toleration
            .key
            .as_deref()
            .is_none_or(|k| k.is_empty() || k == taint.key),
        _ => {
            toleration.key.as_deref() == Some(taint.key.as_str())
                && toleration.value.as_deref().unwrap_or("") == taint.value.as_deref().unwrap_or("")
        }
    }
}

/// When (seconds from now, 0 = at once) a pod must leave a node with these NoExecute taints;
/// `None` if it tolerates them forever.
fn eviction_delay(pod: &Pod, taints: &[Taint]) -> Option<i64> {
    let tolerations = pod
        .spec
        .as_ref()
        .and_then(|s| s.tolerations.clone())
        .unwrap_or_default();
    let now = super::pod_control::now();
    let mut delay: Option<i64> = None;
    for taint in taints {
        let matching: Vec<&Toleration> =
            tolerations.iter().filter(|t| tolerates(t, taint)).collect();
        if matching.is_empty() {
            return Some(0);
        }
        if let Some(secs) = matching.iter().filter_map(|t| t.toleration_seconds).min() {
            let added = taint.time_added.as_ref().map_or(now, |t| t.0.as_second());
            let left = (added + secs - now).max(0);
            delay = Some(delay.map_or(left, |d| d.min(left)));
        }
    }
    delay
}

async fn evict(ctx: &Context, pods: &[Arc<Pod>], tainted: &HashMap<String, Vec<Taint>>) {
    let events = ctx.events("taint-eviction-controller");
    for pod in pods {
        if pod.metadata.deletion_timestamp.is_some() {
            continue;
        }
        let Some(taints) = pod
            .spec
            .as_ref()
            .and_then(|s| s.node_name.as_ref())
            .and_then(|n| tainted.get(n))
        else {
            continue;
        };
        if eviction_delay(pod, taints) != Some(0) {
            continue;
        }
        let ns = pod.metadata.namespace.as_deref().unwrap_or_default();
        let name = pod.metadata.name.as_deref().unwrap_or_default();
        let api: Api<Pod> = Api::namespaced(ctx.client.clone(), ns);
        let condition = json!({"status": {"conditions": [{
            "type": "DisruptionTarget", "status": "True", "reason": "DeletionByTaintManager",
            "message": "Taint manager: deleting due to NoExecute taint",
            "lastTransitionTime": crate::apiserver::meta::now_rfc3339(),
        }]}});
        let _ = api
            .patch_status(name, &PatchParams::default(), &Patch::Strategic(condition))
            .await;
        events.record(
            &events::reference(pod.as_ref()),
            events::NORMAL,
            "TaintManagerEviction",
            format!("Marking for deletion Pod {ns}/{name}"),
        );
        match api.delete(name, &DeleteParams::default()).await {
            Ok(_) => {
                tracing::info!(pod = %format!("{ns}/{name}"), "evicted from a NoExecute-tainted node")
            }
            Err(e) => tracing::warn!(pod = %format!("{ns}/{name}"), error = %e, "cannot evict"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taint(key: &str, added_secs_ago: i64) -> Taint {
        let at = k8s_openapi::jiff::Timestamp::from_second(
            super::super::pod_control::now() - added_secs_ago,
        )
        .unwrap();
        Taint {
            key: key.into(),
            effect: "NoExecute".into(),
            value: None,
            time_added: Some(k8s_openapi::apimachinery::pkg::apis::meta::v1::Time(at)),
        }
    }

    fn pod(tolerations: serde_json::Value) -> Pod {
        serde_json::from_value(json!({"metadata": {"name": "p"}, "spec": {"containers": [], "tolerations": tolerations}})).unwrap()
    }

    #[test]
    fn untolerated_taints_evict_at_once_and_toleration_seconds_delay() {
        let t = [taint(UNREACHABLE, 10)];
        assert_eq!(eviction_delay(&pod(json!([])), &t), Some(0));
        let forever =
            pod(json!([{"key": UNREACHABLE, "operator": "Exists", "effect": "NoExecute"}]));
        assert_eq!(eviction_delay(&forever, &t), None);
        let for_300 = pod(
            json!([{"key": UNREACHABLE, "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300}]),
        );
        assert_eq!(eviction_delay(&for_300, &t), Some(290));
        let any = pod(json!([{"operator": "Exists"}]));
        assert_eq!(eviction_delay(&any, &t), None);
    }
}
