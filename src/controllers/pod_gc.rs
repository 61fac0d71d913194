//! The pod garbage collector: every 20 s, force-deletes pods bound to a node that no longer
//! exists (seen missing on two passes in a row, so a node being re-registered is not raced),
//! terminating pods that were never scheduled (no kubelet will ever finish them), and the
//! oldest finished pods beyond --terminated-pod-gc-threshold.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, DeleteParams, Patch, PatchParams};
use serde_json::json;

use super::Context;
use super::pod_control;

const PERIOD: Duration = Duration::from_secs(20);
/// kube-controller-manager's --terminated-pod-gc-threshold default.
const TERMINATED_THRESHOLD: usize = 12_500;

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let pods = ctx.informers.pods.store();
    let nodes = ctx.informers.nodes.store();
    let ctx = ctx.clone();
    async move {
        pods.wait_synced().await;
        nodes.wait_synced().await;
        let mut suspects: HashSet<String> = HashSet::new();
        let mut tick = tokio::time::interval(PERIOD);
        loop {
            tick.tick().await;
            let all = pods.list();
            let mut doomed: Vec<(Arc<Pod>, &str)> = Vec::new();
            let mut missing_now = HashSet::new();
            for pod in &all {
                let node = pod
                    .spec
                    .as_ref()
                    .and_then(|s| s.node_name.as_deref())
                    .unwrap_or("");
                if node.is_empty() {
                    if pod.metadata.deletion_timestamp.is_some() {
                        doomed.push((pod.clone(), "unscheduled and terminating"));
                    }
                    continue;
                }
                if nodes.get(node).is_none() {
                    if suspects.contains(node) {
                        doomed.push((pod.clone(), "bound to a node that no longer exists"));
                    }
                    missing_now.insert(node.to_owned());
                }
            }
            suspects = missing_now;
            let mut finished: Vec<&Arc<Pod>> = all
                .iter()
                .filter(|p| matches!(pod_control::phase(p), "Succeeded" | "Failed"))
                .collect();
            if finished.len() > TERMINATED_THRESHOLD {
                finished.sort_by_key(|p| p.metadata.creation_timestamp.as_ref().map(|t| t.0));
                let excess = finished.len() - TERMINATED_THRESHOLD;
                doomed.extend(
                    finished[..excess]
                        .iter()
                        .map(|p| ((*p).clone(), "terminated")),
                );
            }
            for (pod, why) in doomed {
                force_delete(&ctx.client, &pod, why).await;
            }
        }
    }
    .boxed()
}

async fn force_delete(client: &kube::Client, pod: &Pod, why: &str) {
    let ns = pod.metadata.namespace.as_deref().unwrap_or_default();
    let name = pod.metadata.name.as_deref().unwrap_or_default();
    let api: Api<Pod> = Api::namespaced(client.clone(), ns);
    let condition = json!({"status": {"conditions": [{
        "type": "DisruptionTarget", "status": "True", "reason": "DeletionByPodGC",
        "message": "PodGC: node no longer exists",
        "lastTransitionTime": crate::apiserver::meta::now_rfc3339(),
    }]}});
    let _ = api
        .patch_status(name, &PatchParams::default(), &Patch::Strategic(condition))
        .await;
    let params = DeleteParams {
        grace_period_seconds: Some(0),
        ..Default::default()
    };
    match api.delete(name, &params).await {
        Ok(_) => {
            tracing::info!(pod = %format!("{ns}/{name}"), reason = why, "pod garbage-collected")
        }
        Err(kube::Error::Api(e)) if e.code == 404 => {}
        Err(e) => {
            tracing::warn!(pod = %format!("{ns}/{name}"), error = %e, "cannot garbage-collect pod")
        }
    }
}
