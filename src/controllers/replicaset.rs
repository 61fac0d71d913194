//! The replicaset and replicationcontroller controllers (one implementation over both kinds):
//! keep `spec.replicas` active pods for every ReplicaSet / ReplicationController — create the
//! missing ones from its template, delete the surplus (the least useful first: unscheduled,
//! pending, not ready, newest) — and report replicas / ready / available in its status.

use std::cmp::Reverse;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::NamespaceResourceScope;
use k8s_openapi::api::apps::v1::ReplicaSet;
use k8s_openapi::api::core::v1::{Pod, PodTemplateSpec, ReplicationController};
use kube::api::{Api, Patch, PatchParams};
use serde_json::{Value, json};

use super::Context;
use super::pod_control::{self, Available};
use super::runtime::{self, Action, Change, Expectations, ReconcileError, Store, WorkQueue};
use crate::events::{self, Recorder};

/// The most pods one sync creates or deletes (kube-controller-manager's burstReplicas).
const BURST: usize = 500;

/// What the controller needs to know about the kind it keeps replicas for.
pub trait Replicated:
    kube::Resource<DynamicType = (), Scope = NamespaceResourceScope>
    + Clone
    + serde::de::DeserializeOwned
    + serde::Serialize
    + std::fmt::Debug
    + Send
    + Sync
    + 'static
{
    const KIND: &'static str;
    const COMPONENT: &'static str;
    fn informer(informers: &super::Informers) -> &Arc<super::runtime::Informer<Self>>;
    fn replicas(&self) -> i32;
    fn min_ready_seconds(&self) -> i32;
    fn template(&self) -> Option<&PodTemplateSpec>;
    /// (replicas, ready, available, fully labelled, observed generation, has conditions)
    fn counts(&self) -> (i32, i32, i32, i32, i64, bool);
}

impl Replicated for ReplicaSet {
    const KIND: &'static str = "ReplicaSet";
    const COMPONENT: &'static str = "replicaset-controller";
    fn informer(informers: &super::Informers) -> &Arc<super::runtime::Informer<Self>> {
        &informers.replica_sets
    }
    fn replicas(&self) -> i32 {
        self.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1)
    }
    fn min_ready_seconds(&self) -> i32 {
        self.spec
            .as_ref()
            .and_then(|s| s.min_ready_seconds)
            .unwrap_or(0)
    }
    fn template(&self) -> Option<&PodTemplateSpec> {
        self.spec.as_ref()?.template.as_ref()
    }
    fn counts(&self) -> (i32, i32, i32, i32, i64, bool) {
        let s = self.status.clone().unwrap_or_default();
        (
            s.replicas,
            s.ready_replicas.unwrap_or(0),
            s.available_replicas.unwrap_or(0),
            s.fully_labeled_replicas.unwrap_or(0),
            s.observed_generation.unwrap_or(0),
            s.conditions.is_some_and(|c| !c.is_empty()),
        )
    }
}

impl Replicated for ReplicationController {
    const KIND: &'static str = "ReplicationController";
    const COMPONENT: &'static str = "replication-controller";
    fn informer(informers: &super::Informers) -> &Arc<super::runtime::Informer<Self>> {
        &informers.replication_controllers
    }
    fn replicas(&self) -> i32 {
        self.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1)
    }
    fn min_ready_seconds(&self) -> i32 {
        self.spec
            .as_ref()
            .and_then(|s| s.min_ready_seconds)
            .unwrap_or(0)
    }
    fn template(&self) -> Option<&PodTemplateSpec> {
        self.spec.as_ref()?.template.as_ref()
    }
    fn counts(&self) -> (i32, i32, i32, i32, i64, bool) {
        let s = self.status.clone().unwrap_or_default();
        (
            s.replicas,
            s.ready_replicas.unwrap_or(0),
            s.available_replicas.unwrap_or(0),
            s.fully_labeled_replicas.unwrap_or(0),
            s.observed_generation.unwrap_or(0),
            s.conditions.is_some_and(|c| !c.is_empty()),
        )
    }
}

struct Controller<K: Replicated> {
    ctx: Arc<Context>,
    replica_sets: Store<K>,
    pods: Store<Pod>,
    expectations: Expectations,
    events: Recorder,
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    start_for::<ReplicaSet>(ctx)
}

pub fn start_replication_controllers(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    start_for::<ReplicationController>(ctx)
}

fn start_for<K: Replicated>(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let this = Arc::new(Controller::<K> {
        ctx: ctx.clone(),
        replica_sets: K::informer(&ctx.informers).store(),
        pods: ctx.informers.pods.store(),
        expectations: Expectations::default(),
        events: ctx.events(K::COMPONENT),
    });
    let (q, c) = (queue.clone(), this.clone());
    K::informer(&ctx.informers).on_change(move |change| {
        let key = runtime::key_of(change.object());
        if matches!(change, Change::Deleted(_)) {
            c.expectations.forget(&key);
        }
        q.add(key);
    });
    let (q, c) = (queue.clone(), this.clone());
    ctx.informers.pods.on_change(move |change| {
        let pod = change.object();
        let Some(key) = runtime::controller_key(pod, K::KIND) else {
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
                if let Some(old_key) = runtime::controller_key(*old, K::KIND).filter(|k| *k != key)
                {
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
        runtime::run_workers(K::COMPONENT, queue, workers, move |key: String| {
            let this = this.clone();
            async move { this.sync(&key).await }
        })
        .await
    }
    .boxed()
}

impl<K: Replicated> Controller<K> {
    async fn sync(&self, key: &str) -> runtime::Result<Action> {
        let Some(rs) = self.replica_sets.get(key) else {
            self.expectations.forget(key);
            return Ok(Action::AwaitChange);
        };
        let uid = rs.meta().uid.clone().unwrap_or_default();
        let pods: Vec<Arc<Pod>> = self
            .pods
            .controlled_by(&uid)
            .into_iter()
            .filter(|p| pod_control::is_active(p))
            .collect();
        let manage = if self.expectations.satisfied(key) && rs.meta().deletion_timestamp.is_none() {
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

    async fn manage(&self, key: &str, rs: &K, pods: &[Arc<Pod>]) -> runtime::Result<()> {
        let want = rs.replicas().max(0) as usize;
        let ns = rs.meta().namespace.as_deref().unwrap_or_default();
        let name = rs.meta().name.as_deref().unwrap_or_default();
        let reference = events::reference(rs);
        if pods.len() < want {
            let n = (want - pods.len()).min(BURST);
            let Some(template) = rs.template() else {
                return Err(ReconcileError::Invalid(format!(
                    "{} {key} has no template",
                    K::KIND
                )));
            };
            let owner = pod_control::controller_ref(rs);
            let new: Vec<Pod> = (0..n)
                .map(|_| {
                    pod_control::pod_from_template(template, owner.clone(), ns, format!("{name}-"))
                })
                .collect();
            self.expectations.expect(key, n, 0);
            pod_control::create_recorded(
                &self.ctx.client,
                ns,
                new,
                key,
                &self.expectations,
                &self.events,
                &reference,
            )
            .await?;
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
                    format!("Error deleting: {}", pod_control::api_message(&e)),
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
        rs: &K,
        pods: &[Arc<Pod>],
        failure: Option<&ReconcileError>,
    ) -> runtime::Result<Action> {
        let min_ready = rs.min_ready_seconds();
        let template_labels = rs
            .template()
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
        let (old_replicas, old_ready, old_available, old_labelled, old_generation, had_failure) =
            rs.counts();
        let failure_condition = failure.map(|e| {
            json!([{
                "type": "ReplicaFailure",
                "status": "True",
                "reason": if matches!(e, ReconcileError::Kube(_)) { "FailedCreate" } else { "FailedSync" },
                "message": e.to_string(),
                "lastTransitionTime": crate::apiserver::meta::now_rfc3339(),
            }])
        });
        let generation = rs.meta().generation.unwrap_or(0);
        let same = old_replicas == pods.len() as i32
            && old_ready == ready
            && old_available == available
            && old_labelled == labelled
            && old_generation == generation
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
        let api: Api<K> = Api::namespaced(
            self.ctx.client.clone(),
            rs.meta().namespace.as_deref().unwrap_or_default(),
        );
        let name = rs.meta().name.as_deref().unwrap_or_default();
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
