//! The replicaset controller: keeps `spec.replicas` active pods for every ReplicaSet — creates
//! the missing ones from its template, deletes the surplus (the least useful first: unscheduled,
//! pending, not ready, newest) — and reports replicas / ready / available in its status.

use std::cmp::Reverse;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::apps::v1::ReplicaSet;
use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, Patch, PatchParams};
use serde_json::{Value, json};

use super::Context;
use super::pod_control::{self, Available};
use super::runtime::{self, Action, Change, Expectations, ReconcileError, Store, WorkQueue};
use crate::events::{self, Recorder};

const COMPONENT: &str = "replicaset-controller";
/// The most pods one sync creates or deletes (kube-controller-manager's burstReplicas).
const BURST: usize = 500;

struct Controller {
    ctx: Arc<Context>,
    replica_sets: Store<ReplicaSet>,
    pods: Store<Pod>,
    expectations: Expectations,
    events: Recorder,
}

/// The ReplicaSet key a pod's controller ownerReference points at.
fn owner_key(pod: &Pod) -> Option<String> {
    let owner = pod
        .metadata
        .owner_references
        .iter()
        .flatten()
        .find(|o| o.controller == Some(true))?;
    (owner.kind == "ReplicaSet").then(|| {
        format!(
            "{}/{}",
            pod.metadata.namespace.as_deref().unwrap_or_default(),
            owner.name
        )
    })
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let this = Arc::new(Controller {
        ctx: ctx.clone(),
        replica_sets: ctx.informers.replica_sets.store(),
        pods: ctx.informers.pods.store(),
        expectations: Expectations::default(),
        events: ctx.events(COMPONENT),
    });
    let (q, c) = (queue.clone(), this.clone());
    ctx.informers.replica_sets.on_change(move |change| {
        let key = runtime::key_of(change.object());
        if matches!(change, Change::Deleted(_)) {
            c.expectations.forget(&key);
        }
        q.add(key);
    });
    let (q, c) = (queue.clone(), this.clone());
    ctx.informers.pods.on_change(move |change| {
        let pod = change.object();
        let Some(key) = owner_key(pod) else {
            return;
        };
        match change {
            Change::Applied { old: None, new } => {
                if new.metadata.deletion_timestamp.is_some() {
                    c.expectations.deletion_observed(&key);
                } else {
                    c.expectations.creation_observed(&key);
                }
            }
            Change::Applied {
                old: Some(old),
                new,
            } => {
                if old.metadata.deletion_timestamp.is_none()
                    && new.metadata.deletion_timestamp.is_some()
                {
                    c.expectations.deletion_observed(&key);
                }
                if let Some(old_key) = owner_key(old).filter(|k| *k != key) {
                    q.add(old_key);
                }
            }
            Change::Deleted(last) => {
                if last.metadata.deletion_timestamp.is_none() {
                    c.expectations.deletion_observed(&key);
                }
            }
        }
        q.add(key);
    });
    async move {
        this.replica_sets.wait_synced().await;
        this.pods.wait_synced().await;
        let workers = this.ctx.settings.concurrent_syncs;
        runtime::run_workers(COMPONENT, queue, workers, move |key: String| {
            let this = this.clone();
            async move { this.sync(&key).await }
        })
        .await
    }
    .boxed()
}

impl Controller {
    async fn sync(&self, key: &str) -> runtime::Result<Action> {
        let Some(rs) = self.replica_sets.get(key) else {
            self.expectations.forget(key);
            return Ok(Action::AwaitChange);
        };
        let uid = rs.metadata.uid.clone().unwrap_or_default();
        let pods: Vec<Arc<Pod>> = self
            .pods
            .controlled_by(&uid)
            .into_iter()
            .filter(|p| pod_control::is_active(p))
            .collect();
        let manage = if self.expectations.satisfied(key) && rs.metadata.deletion_timestamp.is_none()
        {
            self.manage(key, &rs, &pods).await
        } else {
            Ok(())
        };
        let requeue = self
            .update_status(&rs, &pods, manage.as_ref().err())
            .await?;
        manage?;
        Ok(requeue)
    }

    async fn manage(&self, key: &str, rs: &ReplicaSet, pods: &[Arc<Pod>]) -> runtime::Result<()> {
        let spec = rs.spec.as_ref();
        let want = spec.and_then(|s| s.replicas).unwrap_or(1).max(0) as usize;
        let ns = rs.metadata.namespace.as_deref().unwrap_or_default();
        let name = rs.metadata.name.as_deref().unwrap_or_default();
        let reference = events::reference(rs);
        if pods.len() < want {
            let n = (want - pods.len()).min(BURST);
            let Some(template) = spec.and_then(|s| s.template.as_ref()) else {
                return Err(ReconcileError::Invalid(format!(
                    "ReplicaSet {key} has no template"
                )));
            };
            let owner = pod_control::controller_ref(rs);
            let new: Vec<Pod> = (0..n)
                .map(|_| {
                    pod_control::pod_from_template(template, owner.clone(), ns, format!("{name}-"))
                })
                .collect();
            self.expectations.expect(key, n, 0);
            let (created, error) = pod_control::create_batched(&self.ctx.client, ns, new).await;
            for _ in created.len()..n {
                self.expectations.creation_observed(key);
            }
            for pod in &created {
                let pod_name = pod.metadata.name.as_deref().unwrap_or_default();
                self.events.record(
                    &reference,
                    events::NORMAL,
                    "SuccessfulCreate",
                    format!("Created pod: {pod_name}"),
                );
            }
            if let Some(e) = error {
                self.events.record(
                    &reference,
                    events::WARNING,
                    "FailedCreate",
                    format!("Error creating: {}", api_message(&e)),
                );
                return Err(e.into());
            }
        } else if pods.len() > want {
            let n = (pods.len() - want).min(BURST);
            let mut ranked: Vec<&Arc<Pod>> = pods.iter().collect();
            ranked.sort_by_key(|p| deletion_rank(p));
            let victims: Vec<String> = ranked[..n]
                .iter()
                .filter_map(|p| p.metadata.name.clone())
                .collect();
            self.expectations.expect(key, 0, n);
            if let Some(e) = pod_control::delete_all(&self.ctx.client, ns, victims.clone()).await {
                self.expectations.forget(key);
                self.events.record(
                    &reference,
                    events::WARNING,
                    "FailedDelete",
                    format!("Error deleting: {}", api_message(&e)),
                );
                return Err(e.into());
            }
            for victim in victims {
                self.events.record(
                    &reference,
                    events::NORMAL,
                    "SuccessfulDelete",
                    format!("Deleted pod: {victim}"),
                );
            }
        }
        Ok(())
    }

    /// Writes the status the pods imply (if it changed); asks to look again when a ready pod
    /// becomes available later (minReadySeconds).
    async fn update_status(
        &self,
        rs: &ReplicaSet,
        pods: &[Arc<Pod>],
        failure: Option<&ReconcileError>,
    ) -> runtime::Result<Action> {
        let spec = rs.spec.as_ref();
        let min_ready = spec.and_then(|s| s.min_ready_seconds).unwrap_or(0);
        let template_labels = spec
            .and_then(|s| s.template.as_ref())
            .and_then(|t| t.metadata.as_ref())
            .and_then(|m| m.labels.clone())
            .unwrap_or_default();
        let now = pod_control::now();
        let (mut ready, mut available, mut labelled) = (0, 0, 0);
        let mut requeue = Action::AwaitChange;
        for pod in pods {
            let labels = pod.metadata.labels.clone().unwrap_or_default();
            if template_labels
                .iter()
                .all(|(k, v)| labels.get(k) == Some(v))
            {
                labelled += 1;
            }
            if pod_control::is_ready(pod) {
                ready += 1;
            }
            match pod_control::availability(pod, min_ready, now) {
                Available::Yes => available += 1,
                Available::After(after) => requeue = soonest(requeue, after),
                Available::No => {}
            }
        }
        let old = rs.status.clone().unwrap_or_default();
        let failure_condition = failure.map(|e| {
            json!([{
                "type": "ReplicaFailure",
                "status": "True",
                "reason": if matches!(e, ReconcileError::Kube(_)) { "FailedCreate" } else { "FailedSync" },
                "message": e.to_string(),
                "lastTransitionTime": crate::apiserver::meta::now_rfc3339(),
            }])
        });
        let had_failure = old.conditions.as_ref().is_some_and(|c| !c.is_empty());
        let generation = rs.metadata.generation.unwrap_or(0);
        let same = old.replicas == pods.len() as i32
            && old.ready_replicas.unwrap_or(0) == ready
            && old.available_replicas.unwrap_or(0) == available
            && old.fully_labeled_replicas.unwrap_or(0) == labelled
            && old.observed_generation.unwrap_or(0) == generation
            && had_failure == failure_condition.is_some();
        if same {
            return Ok(requeue);
        }
        let status = json!({"status": {
            "replicas": pods.len(),
            "fullyLabeledReplicas": labelled,
            "readyReplicas": ready,
            "availableReplicas": available,
            "observedGeneration": generation,
            "conditions": failure_condition.unwrap_or(Value::Null),
        }});
        let api: Api<ReplicaSet> = Api::namespaced(
            self.ctx.client.clone(),
            rs.metadata.namespace.as_deref().unwrap_or_default(),
        );
        let name = rs.metadata.name.as_deref().unwrap_or_default();
        runtime::ignore_not_found(
            api.patch_status(name, &PatchParams::default(), &Patch::Merge(status))
                .await,
        )?;
        Ok(requeue)
    }
}

fn soonest(current: Action, after: Duration) -> Action {
    match current {
        Action::RequeueAfter(d) if d <= after => current,
        _ => Action::RequeueAfter(after + Duration::from_millis(100)),
    }
}

/// Which pods go first when scaling down (smaller first), as Kubernetes ranks them:
/// unscheduled, then pending / unknown / running, then not ready, then most restarts, then
/// newest.
fn deletion_rank(pod: &Pod) -> (bool, u8, bool, Reverse<i32>, Reverse<i64>) {
    let scheduled = pod
        .spec
        .as_ref()
        .and_then(|s| s.node_name.as_deref())
        .is_some_and(|n| !n.is_empty());
    let phase = match pod_control::phase(pod) {
        "Pending" => 0,
        "Unknown" => 1,
        _ => 2,
    };
    let restarts = pod
        .status
        .as_ref()
        .and_then(|s| s.container_statuses.as_ref())
        .map_or(0, |cs| cs.iter().map(|c| c.restart_count).sum());
    let created = pod
        .metadata
        .creation_timestamp
        .as_ref()
        .map_or(0, |t| t.0.as_second());
    (
        scheduled,
        phase,
        pod_control::is_ready(pod),
        Reverse(restarts),
        Reverse(created),
    )
}

/// The API server's message for an error (what a user needs in the event).
pub fn api_message(e: &kube::Error) -> String {
    match e {
        kube::Error::Api(s) => s.message.clone(),
        other => other.to_string(),
    }
}
