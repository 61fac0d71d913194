//! The daemonset controller: one pod on every node the DaemonSet's pods may run on
//! (nodeSelector, required node affinity, taints tolerated — with the tolerations Kubernetes
//! adds to daemon pods, so cordoned, not-ready or unreachable nodes keep theirs), pinned to
//! its node by node affinity and placed by the scheduler; pods on nodes that no longer qualify
//! are removed. RollingUpdate replaces old-revision pods at most `maxUnavailable` (1) nodes at a
//! time; OnDelete only when the user deletes them.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::apps::v1::{ControllerRevision, DaemonSet};
use k8s_openapi::api::core::v1::{Node, Pod, Toleration};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use serde_json::json;

use super::Context;
use super::node_lifecycle::tolerates;
use super::pod_control::{self, controller_ref};
use super::revisions::{self, HASH_LABEL};
use super::runtime::{self, Action, Change, Expectations, Store, WorkQueue, Written};
use crate::events::{self, Recorder};

const COMPONENT: &str = "daemonset-controller";
const GENERATION_LABEL: &str = "pod-template-generation";

struct Controller {
    ctx: Arc<Context>,
    sets: Store<DaemonSet>,
    pods: Store<Pod>,
    nodes: Store<Node>,
    revisions: Store<ControllerRevision>,
    expectations: Expectations,
    events: Recorder,
    written: Written,
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let this = Arc::new(Controller {
        ctx: ctx.clone(),
        sets: ctx.informers.daemon_sets.store(),
        pods: ctx.informers.pods.store(),
        nodes: ctx.informers.nodes.store(),
        revisions: ctx.informers.controller_revisions.store(),
        expectations: Expectations::default(),
        events: ctx.events(COMPONENT),
        written: Written::default(),
    });
    let q = queue.clone();
    ctx.informers
        .daemon_sets
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let (q, c) = (queue.clone(), this.clone());
    ctx.informers.pods.on_change(move |change| {
        let Some(key) = runtime::controller_key(change.object(), "DaemonSet") else {
            return;
        };
        match change {
            Change::Applied { old: None, .. } => c.expectations.creation_observed(&key),
            Change::Applied {
                old: Some(old),
                new,
            } if old.metadata.deletion_timestamp.is_none()
                && new.metadata.deletion_timestamp.is_some() =>
            {
                c.expectations.deletion_observed(&key)
            }
            Change::Deleted(last) if last.metadata.deletion_timestamp.is_none() => {
                c.expectations.deletion_observed(&key)
            }
            _ => {}
        }
        q.add(key);
    });
    let (q, sets) = (queue.clone(), this.sets.clone());
    ctx.informers.nodes.on_change(move |_| {
        for set in sets.list() {
            q.add(runtime::key_of(set.as_ref()));
        }
    });
    async move {
        this.sets.wait_synced().await;
        this.pods.wait_synced().await;
        this.nodes.wait_synced().await;
        this.revisions.wait_synced().await;
        runtime::run_workers(COMPONENT, queue, 2, move |key: String| {
            let this = this.clone();
            async move { this.sync(&key).await }
        })
        .await
    }
    .boxed()
}

/// The tolerations Kubernetes adds to every daemon pod.
fn daemon_tolerations() -> Vec<Toleration> {
    let t = |key: &str, effect: &str| Toleration {
        key: Some(key.into()),
        operator: Some("Exists".into()),
        effect: Some(effect.into()),
        ..Default::default()
    };
    vec![
        t("node.kubernetes.io/not-ready", "NoExecute"),
        t("node.kubernetes.io/unreachable", "NoExecute"),
        t("node.kubernetes.io/disk-pressure", "NoSchedule"),
        t("node.kubernetes.io/memory-pressure", "NoSchedule"),
        t("node.kubernetes.io/pid-pressure", "NoSchedule"),
        t("node.kubernetes.io/unschedulable", "NoSchedule"),
    ]
}

/// May this DaemonSet's pod run on `node`?
fn eligible(set: &DaemonSet, node: &Node) -> bool {
    let Some(spec) = set.spec.as_ref().and_then(|s| s.template.spec.as_ref()) else {
        return false;
    };
    let name = node.metadata.name.as_deref().unwrap_or_default();
    let labels = node.metadata.labels.clone().unwrap_or_default();
    let selector_ok = spec
        .node_selector
        .iter()
        .flatten()
        .all(|(k, v)| labels.get(k) == Some(v));
    let affinity_ok = spec
        .affinity
        .as_ref()
        .and_then(|a| a.node_affinity.as_ref())
        .and_then(|a| {
            a.required_during_scheduling_ignored_during_execution
                .as_ref()
        })
        .is_none_or(|r| {
            crate::scheduler::selectors::node_terms_match(&r.node_selector_terms, name, &labels)
        });
    let mut tolerations = spec.tolerations.clone().unwrap_or_default();
    tolerations.extend(daemon_tolerations());
    let taints_ok = node
        .spec
        .as_ref()
        .and_then(|s| s.taints.as_ref())
        .into_iter()
        .flatten()
        .filter(|t| t.effect == "NoSchedule" || t.effect == "NoExecute")
        .all(|taint| tolerations.iter().any(|t| tolerates(t, taint)));
    selector_ok && affinity_ok && taints_ok
}

/// The node a daemon pod is for: where it is bound, or where its affinity pins it.
fn target_node(pod: &Pod) -> Option<String> {
    let spec = pod.spec.as_ref()?;
    if let Some(n) = spec.node_name.clone().filter(|n| !n.is_empty()) {
        return Some(n);
    }
    spec.affinity
        .as_ref()?
        .node_affinity
        .as_ref()?
        .required_during_scheduling_ignored_during_execution
        .as_ref()?
        .node_selector_terms
        .iter()
        .flat_map(|t| t.match_fields.iter().flatten())
        .find(|f| f.key == "metadata.name" && f.operator == "In")
        .and_then(|f| f.values.as_ref()?.first().cloned())
}

impl Controller {
    async fn sync(&self, key: &str) -> runtime::Result<Action> {
        let Some(set) = self.sets.get(key) else {
            self.expectations.forget(key);
            return Ok(Action::AwaitChange);
        };
        if set.metadata.deletion_timestamp.is_some() || self.written.is_stale(set.as_ref()) {
            return Ok(Action::RequeueAfter(std::time::Duration::from_millis(50)));
        }
        let spec = set.spec.clone().unwrap_or_default();
        let revision = revisions::ensure(
            &self.ctx.client,
            &self.revisions,
            set.as_ref(),
            &spec.template,
            set.status.as_ref().and_then(|s| s.collision_count),
        )
        .await?;
        let mut by_node: HashMap<String, Vec<Arc<Pod>>> = HashMap::new();
        for pod in self
            .pods
            .controlled_by(set.metadata.uid.as_deref().unwrap_or_default())
        {
            if pod.metadata.deletion_timestamp.is_some() {
                continue;
            }
            if let Some(node) = target_node(&pod) {
                by_node.entry(node).or_default().push(pod);
            }
        }
        let nodes: BTreeMap<String, Arc<Node>> = self
            .nodes
            .list()
            .into_iter()
            .map(|n| (n.metadata.name.clone().unwrap_or_default(), n))
            .collect();
        let wanted: Vec<&String> = nodes
            .iter()
            .filter(|(_, n)| eligible(&set, n))
            .map(|(name, _)| name)
            .collect();

        let mut create_on = Vec::new();
        let mut delete = Vec::new();
        for node in &wanted {
            match by_node.get(*node).map(Vec::as_slice) {
                None | Some([]) => create_on.push((*node).clone()),
                Some(pods) => {
                    // Failed pods are replaced; duplicates go (the oldest stays).
                    let mut pods = pods.to_vec();
                    pods.sort_by_key(|p| p.metadata.creation_timestamp.as_ref().map(|t| t.0));
                    for (i, pod) in pods.iter().enumerate() {
                        if i > 0 || pod_control::phase(pod) == "Failed" {
                            delete.push(pod.clone());
                        }
                    }
                }
            }
        }
        for (node, pods) in &by_node {
            if !wanted.contains(&node) || !nodes.contains_key(node) {
                delete.extend(pods.iter().cloned());
            }
        }
        // Rolling update: replace old-revision pods while at most maxUnavailable are down.
        let rolling = spec
            .update_strategy
            .as_ref()
            .is_none_or(|s| s.type_.as_deref() != Some("OnDelete"));
        if rolling && self.expectations.satisfied(key) {
            let max_unavailable = match spec
                .update_strategy
                .as_ref()
                .and_then(|s| s.rolling_update.as_ref())
                .and_then(|r| r.max_unavailable.clone())
            {
                Some(IntOrString::Int(n)) => n.max(1) as usize,
                Some(IntOrString::String(p)) => {
                    let pct: usize = p.trim_end_matches('%').parse().unwrap_or(0);
                    (pct * wanted.len() / 100).max(1)
                }
                None => 1,
            };
            let unavailable = wanted
                .iter()
                .filter(|n| {
                    !by_node
                        .get(**n)
                        .into_iter()
                        .flatten()
                        .any(|p| pod_control::is_ready(p))
                })
                .count();
            let mut budget = max_unavailable.saturating_sub(unavailable);
            for node in &wanted {
                for pod in by_node.get(*node).into_iter().flatten() {
                    let old = pod.metadata.labels.as_ref().and_then(|l| l.get(HASH_LABEL))
                        != Some(&revision);
                    if !old || delete.iter().any(|d| d.metadata.uid == pod.metadata.uid) {
                        continue;
                    }
                    // An old pod that is not ready costs no availability.
                    if !pod_control::is_ready(pod) {
                        delete.push(pod.clone());
                    } else if budget > 0 {
                        budget -= 1;
                        delete.push(pod.clone());
                    }
                }
            }
        }
        if self.expectations.satisfied(key) {
            self.manage(key, &set, &revision, create_on, delete).await?;
        }
        self.update_status(&set, &wanted, &by_node, &revision).await
    }

    async fn manage(
        &self,
        key: &str,
        set: &DaemonSet,
        revision: &str,
        create_on: Vec<String>,
        delete: Vec<Arc<Pod>>,
    ) -> runtime::Result<()> {
        let ns = set.metadata.namespace.clone().unwrap_or_default();
        let name = set.metadata.name.clone().unwrap_or_default();
        let spec = set.spec.clone().unwrap_or_default();
        let reference = events::reference(set);
        let owner = controller_ref(set);
        let new: Vec<Pod> = create_on
            .iter()
            .map(|node| {
                let mut pod = pod_control::pod_from_template(
                    &spec.template,
                    owner.clone(),
                    &ns,
                    format!("{name}-"),
                );
                let labels = pod.metadata.labels.get_or_insert_default();
                labels.insert(HASH_LABEL.into(), revision.to_owned());
                labels.insert(
                    GENERATION_LABEL.into(),
                    set.metadata.generation.unwrap_or(1).to_string(),
                );
                if let Some(pod_spec) = pod.spec.as_mut() {
                    let affinity = pod_spec.affinity.get_or_insert_default();
                    let node_affinity = affinity.node_affinity.get_or_insert_default();
                    node_affinity.required_during_scheduling_ignored_during_execution =
                        serde_json::from_value(json!({"nodeSelectorTerms": [{"matchFields": [
                            {"key": "metadata.name", "operator": "In", "values": [node]}]}]}))
                        .ok();
                    let tolerations = pod_spec.tolerations.get_or_insert_default();
                    for t in daemon_tolerations() {
                        if !tolerations.contains(&t) {
                            tolerations.push(t);
                        }
                    }
                }
                pod
            })
            .collect();
        let victims: Vec<String> = delete
            .iter()
            .filter_map(|p| p.metadata.name.clone())
            .collect();
        self.expectations.expect(key, new.len(), victims.len());
        let created = pod_control::create_recorded(
            &self.ctx.client,
            &ns,
            new,
            key,
            &self.expectations,
            &self.events,
            &reference,
        )
        .await;
        if let Err(e) = created {
            self.expectations.forget(key);
            return Err(e.into());
        }
        if !victims.is_empty() {
            if let Some(e) = pod_control::delete_all(&self.ctx.client, &ns, victims.clone()).await {
                self.expectations.forget(key);
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

    async fn update_status(
        &self,
        set: &DaemonSet,
        wanted: &[&String],
        by_node: &HashMap<String, Vec<Arc<Pod>>>,
        revision: &str,
    ) -> runtime::Result<Action> {
        let min_ready = set
            .spec
            .as_ref()
            .and_then(|s| s.min_ready_seconds)
            .unwrap_or(0);
        let now = pod_control::now();
        let (mut scheduled, mut ready, mut available, mut updated) = (0, 0, 0, 0);
        for node in wanted {
            let Some(pod) = by_node.get(*node).and_then(|p| p.first()) else {
                continue;
            };
            scheduled += 1;
            if pod_control::is_ready(pod) {
                ready += 1;
            }
            if pod_control::availability(pod, min_ready, now) == pod_control::Available::Yes {
                available += 1;
            }
            if pod.metadata.labels.as_ref().and_then(|l| l.get(HASH_LABEL))
                == Some(&revision.to_owned())
            {
                updated += 1;
            }
        }
        let misscheduled = by_node.keys().filter(|n| !wanted.contains(n)).count();
        let desired = wanted.len();
        let status = json!({
            "observedGeneration": set.metadata.generation.unwrap_or(0),
            "desiredNumberScheduled": desired,
            "currentNumberScheduled": scheduled,
            "numberMisscheduled": misscheduled,
            "numberReady": ready,
            "numberAvailable": available,
            "numberUnavailable": desired.saturating_sub(available),
            "updatedNumberScheduled": updated,
        });
        if runtime::status_changed(&set.status, &status) {
            self.written
                .patch_status(&self.ctx.client, set, status)
                .await?;
        }
        Ok(Action::AwaitChange)
    }
}
