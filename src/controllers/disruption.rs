//! The disruption controller: a PodDisruptionBudget's status — expected pods, currently
//! healthy (Ready, not being deleted) pods, how many must stay healthy (minAvailable, or
//! expected − maxUnavailable; percentages rounded up) and so how many disruptions are allowed
//! now — plus the DisruptionAllowed condition, which evictions and `kubectl drain` respect.

use std::sync::Arc;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::Pod;
use k8s_openapi::api::policy::v1::PodDisruptionBudget;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use kube::api::{Api, Patch, PatchParams};
use serde_json::json;

use super::Context;
use super::pod_control;
use super::runtime::{self, Action, Change, WorkQueue};

fn resolve(value: &IntOrString, total: i32) -> i32 {
    match value {
        IntOrString::Int(n) => *n,
        IntOrString::String(p) => {
            let pct: i64 = p.trim_end_matches('%').parse().unwrap_or(0);
            ((pct * i64::from(total) + 99) / 100) as i32
        }
    }
}

/// How many of `expected` pods the budget wants healthy.
fn desired_healthy(pdb: &PodDisruptionBudget, expected: i32) -> i32 {
    let spec = pdb.spec.clone().unwrap_or_default();
    match (&spec.min_available, &spec.max_unavailable) {
        (Some(min), _) => resolve(min, expected),
        (None, Some(max)) => (expected - resolve(max, expected)).max(0),
        (None, None) => expected,
    }
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers
        .pdbs
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let (q, pdbs) = (queue.clone(), ctx.informers.pdbs.store());
    ctx.informers.pods.on_change(move |c: &Change<'_, Pod>| {
        let ns = c.object().metadata.namespace.clone().unwrap_or_default();
        for pdb in pdbs.in_namespace(&ns) {
            q.add(runtime::key_of(pdb.as_ref()));
        }
    });
    let pdbs = ctx.informers.pdbs.store();
    let pods = ctx.informers.pods.store();
    let ctx = ctx.clone();
    async move {
        pdbs.wait_synced().await;
        pods.wait_synced().await;
        runtime::run_workers("disruption", queue, 2, move |key: String| {
            let (ctx, pdbs, pods) = (ctx.clone(), pdbs.clone(), pods.clone());
            async move {
                let Some(pdb) = pdbs.get(&key) else {
                    return Ok(Action::AwaitChange);
                };
                let (ns, name) = runtime::split_key(&key);
                let selector = pdb.spec.as_ref().and_then(|s| s.selector.clone());
                let selected: Vec<Arc<Pod>> = pods
                    .in_namespace(ns)
                    .into_iter()
                    .filter(|p| {
                        let labels = p.metadata.labels.clone().unwrap_or_default();
                        selector
                            .as_ref()
                            .is_some_and(|s| crate::label_selector::matches(s, &labels))
                            && !matches!(pod_control::phase(p), "Succeeded" | "Failed")
                    })
                    .collect();
                let expected = selected.len() as i32;
                let healthy = selected
                    .iter()
                    .filter(|p| p.metadata.deletion_timestamp.is_none() && pod_control::is_ready(p))
                    .count() as i32;
                let desired = desired_healthy(&pdb, expected);
                let allowed = (healthy - desired).max(0);
                let old = pdb.status.clone().unwrap_or_default();
                let generation = pdb.metadata.generation;
                if old.expected_pods == expected
                    && old.current_healthy == healthy
                    && old.desired_healthy == desired
                    && old.disruptions_allowed == allowed
                    && old.observed_generation == generation
                {
                    return Ok(Action::AwaitChange);
                }
                let (status, reason, message) = if allowed > 0 {
                    ("True", "SufficientPods", "")
                } else {
                    ("False", "InsufficientPods", "")
                };
                let patch = json!({"status": {
                    "expectedPods": expected, "currentHealthy": healthy, "desiredHealthy": desired,
                    "disruptionsAllowed": allowed, "observedGeneration": generation,
                    "conditions": [{"type": "DisruptionAllowed", "status": status, "reason": reason,
                        "message": message, "observedGeneration": generation,
                        "lastTransitionTime": crate::apiserver::meta::now_rfc3339()}],
                }});
                let api: Api<PodDisruptionBudget> = Api::namespaced(ctx.client.clone(), ns);
                runtime::ignore_not_found(
                    api.patch_status(name, &PatchParams::default(), &Patch::Merge(patch))
                        .await,
                )?;
                Ok(Action::AwaitChange)
            }
        })
        .await
    }
    .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdb(spec: serde_json::Value) -> PodDisruptionBudget {
        serde_json::from_value(json!({"metadata": {"name": "p"}, "spec": spec})).unwrap()
    }

    #[test]
    fn budgets_resolve_counts_and_percentages() {
        assert_eq!(desired_healthy(&pdb(json!({"minAvailable": 2})), 5), 2);
        assert_eq!(
            desired_healthy(&pdb(json!({"minAvailable": "50%"})), 5),
            3,
            "rounded up"
        );
        assert_eq!(desired_healthy(&pdb(json!({"maxUnavailable": 1})), 5), 4);
        assert_eq!(
            desired_healthy(&pdb(json!({"maxUnavailable": "30%"})), 5),
            3
        );
    }
}
