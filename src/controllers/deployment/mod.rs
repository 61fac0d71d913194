//! The deployment controller: one ReplicaSet per pod template revision, rolled from old to new
//! under maxSurge / maxUnavailable (or all at once with Recreate), revisions numbered in the
//! `deployment.kubernetes.io/revision` annotation (so `kubectl rollout history/undo` work),
//! old ReplicaSets pruned to revisionHistoryLimit, pause/resume, and the status and conditions
//! (Available, Progressing with progressDeadlineSeconds) that `kubectl rollout status` and
//! `kubectl wait --for=condition=Available` read.

mod rollout;
mod status;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::apps::v1::{Deployment, ReplicaSet, ReplicaSetSpec};
use k8s_openapi::api::core::v1::PodTemplateSpec;
use kube::api::{Api, DeleteParams, ObjectMeta, Patch, PatchParams, PostParams};
use serde_json::json;

use super::Context;
use super::pod_control::api_message;
use super::pod_control::controller_ref;
use super::runtime::{self, Action, ReconcileError, Store, WorkQueue, Written};
use crate::events::{self, Recorder};
use rollout::OldSet;

const COMPONENT: &str = "deployment-controller";
pub const REVISION: &str = "deployment.kubernetes.io/revision";
const DESIRED_REPLICAS: &str = "deployment.kubernetes.io/desired-replicas";
const MAX_REPLICAS: &str = "deployment.kubernetes.io/max-replicas";
const HASH_LABEL: &str = "pod-template-hash";
/// Deployment annotations not copied onto its ReplicaSets (kubectl's bookkeeping and ours).
const NOT_COPIED: &[&str] = &[
    "kubectl.kubernetes.io/last-applied-configuration",
    REVISION,
    "deployment.kubernetes.io/revision-history",
    DESIRED_REPLICAS,
    MAX_REPLICAS,
    "deprecated.deployment.rollback.to",
];

struct Controller {
    ctx: Arc<Context>,
    deployments: Store<Deployment>,
    replica_sets: Store<ReplicaSet>,
    events: Recorder,
    /// ReplicaSets this controller wrote: a sync that sees an older version in the cache waits
    /// for the watch rather than acting on stale counts.
    written: Written,
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let this = Arc::new(Controller {
        ctx: ctx.clone(),
        deployments: ctx.informers.deployments.store(),
        replica_sets: ctx.informers.replica_sets.store(),
        events: ctx.events(COMPONENT),
        written: Written::default(),
    });
    let q = queue.clone();
    ctx.informers
        .deployments
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let q = queue.clone();
    ctx.informers.replica_sets.on_change(move |c| {
        if let runtime::Change::Applied { old: Some(old), .. } = c
            && let Some(key) = runtime::controller_key(*old, "Deployment")
        {
            q.add(key);
        }
        if let Some(key) = runtime::controller_key(c.object(), "Deployment") {
            q.add(key);
        }
    });
    async move {
        this.deployments.wait_synced().await;
        this.replica_sets.wait_synced().await;
        let workers = this.ctx.settings.concurrent_syncs;
        runtime::run_workers(COMPONENT, queue, workers, move |key: String| {
            let this = this.clone();
            async move { this.sync(&key).await }
        })
        .await
    }
    .boxed()
}

fn replicas_of(rs: &ReplicaSet) -> i32 {
    rs.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1)
}

fn available_of(rs: &ReplicaSet) -> i32 {
    rs.status
        .as_ref()
        .and_then(|s| s.available_replicas)
        .unwrap_or(0)
}

pub fn revision_of(rs: &ReplicaSet) -> i64 {
    rs.metadata
        .annotations
        .as_ref()
        .and_then(|a| a.get(REVISION))
        .and_then(|r| r.parse().ok())
        .unwrap_or(0)
}

fn name_of(rs: &ReplicaSet) -> &str {
    rs.metadata.name.as_deref().unwrap_or_default()
}

/// A ReplicaSet's template is the Deployment's when they are equal but for the hash label.
fn same_template(rs: &ReplicaSet, template: &PodTemplateSpec) -> bool {
    let Some(mut theirs) = rs.spec.as_ref().and_then(|s| s.template.clone()) else {
        return false;
    };
    if let Some(labels) = theirs.metadata.as_mut().and_then(|m| m.labels.as_mut()) {
        labels.remove(HASH_LABEL);
    }
    serde_json::to_value(theirs).ok() == serde_json::to_value(template).ok()
}

/// What one sync of a Deployment works with.
struct Plan {
    deployment: Arc<Deployment>,
    template: PodTemplateSpec,
    replicas: i32,
    surge: i32,
    unavailable: i32,
    new: Option<Arc<ReplicaSet>>,
    /// Older ReplicaSets, oldest first.
    olds: Vec<Arc<ReplicaSet>>,
}

/// What a sync did that the Progressing condition reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    None,
    Created(String),
    Scaled,
}

impl Controller {
    async fn sync(&self, key: &str) -> runtime::Result<Action> {
        let Some(d) = self.deployments.get(key) else {
            return Ok(Action::AwaitChange);
        };
        if d.metadata.deletion_timestamp.is_some() {
            return Ok(Action::AwaitChange);
        }
        let uid = d.metadata.uid.clone().unwrap_or_default();
        let mut sets: Vec<Arc<ReplicaSet>> = self
            .replica_sets
            .controlled_by(&uid)
            .into_iter()
            .filter(|rs| rs.metadata.deletion_timestamp.is_none())
            .collect();
        if self.cache_is_stale(&sets) {
            return Ok(Action::RequeueAfter(Duration::from_millis(50)));
        }
        sets.sort_by_key(|rs| {
            (
                rs.metadata.creation_timestamp.as_ref().map(|t| t.0),
                rs.metadata.name.clone(),
            )
        });
        let spec = d.spec.clone().unwrap_or_default();
        let template = spec.template.clone();
        let replicas = spec.replicas.unwrap_or(1);
        let rolling = spec
            .strategy
            .as_ref()
            .and_then(|s| s.rolling_update.as_ref());
        let (surge, unavailable) =
            if spec.strategy.as_ref().and_then(|s| s.type_.as_deref()) == Some("Recreate") {
                (0, replicas)
            } else {
                rollout::surge_and_unavailable(
                    replicas,
                    rolling.and_then(|r| r.max_surge.as_ref()),
                    rolling.and_then(|r| r.max_unavailable.as_ref()),
                )
            };
        let new = sets.iter().find(|rs| same_template(rs, &template)).cloned();
        let olds = sets
            .iter()
            .filter(|rs| {
                new.as_ref()
                    .is_none_or(|n| n.metadata.uid != rs.metadata.uid)
            })
            .cloned()
            .collect();
        let mut plan = Plan {
            deployment: d.clone(),
            template,
            replicas,
            surge,
            unavailable,
            new,
            olds,
        };
        let progress = if spec.paused == Some(true) {
            self.scale_only(&plan).await?
        } else if spec.strategy.as_ref().and_then(|s| s.type_.as_deref()) == Some("Recreate") {
            self.recreate(&mut plan).await?
        } else {
            self.rolling(&mut plan).await?
        };
        if progress == Progress::None && plan.new.is_some() {
            self.sync_revisions(&plan).await?;
            if status::complete(&plan) {
                self.prune_history(&plan).await?;
            }
        }
        status::update(self, &plan, progress).await
    }

    fn cache_is_stale(&self, sets: &[Arc<ReplicaSet>]) -> bool {
        sets.iter().any(|rs| self.written.is_stale(rs.as_ref()))
    }

    fn remember_write(&self, rs: &ReplicaSet) {
        self.written.record(rs);
    }

    async fn rolling(&self, plan: &mut Plan) -> runtime::Result<Progress> {
        let total: i32 = plan.olds.iter().map(|rs| replicas_of(rs)).sum::<i32>()
            + plan.new.as_ref().map_or(0, |rs| replicas_of(rs));
        let Some(new) = plan.new.clone() else {
            let size = rollout::new_rs_replicas(plan.replicas, plan.surge, 0, total);
            return self.create_new(plan, size).await;
        };
        let target = rollout::new_rs_replicas(plan.replicas, plan.surge, replicas_of(&new), total);
        if target != replicas_of(&new) {
            self.scale(plan, &new, target).await?;
            return Ok(Progress::Scaled);
        }
        let olds: Vec<OldSet> = plan
            .olds
            .iter()
            .map(|rs| OldSet {
                replicas: replicas_of(rs),
                available: available_of(rs),
            })
            .collect();
        let new_set = OldSet {
            replicas: replicas_of(&new),
            available: available_of(&new),
        };
        let sizes = rollout::scale_down_old(plan.replicas, plan.unavailable, new_set, &olds);
        let mut scaled = false;
        for (rs, size) in plan.olds.clone().iter().zip(sizes) {
            if size != replicas_of(rs) {
                self.scale(plan, rs, size).await?;
                scaled = true;
            }
        }
        Ok(if scaled {
            Progress::Scaled
        } else {
            Progress::None
        })
    }

    async fn recreate(&self, plan: &mut Plan) -> runtime::Result<Progress> {
        let mut scaled = false;
        for rs in plan.olds.clone() {
            if replicas_of(&rs) != 0 {
                self.scale(plan, &rs, 0).await?;
                scaled = true;
            }
        }
        if scaled {
            return Ok(Progress::Scaled);
        }
        let old_pods: i32 = plan
            .olds
            .iter()
            .map(|rs| rs.status.as_ref().map_or(0, |s| s.replicas))
            .sum();
        if old_pods > 0 {
            return Ok(Progress::None);
        }
        match plan.new.clone() {
            None => self.create_new(plan, plan.replicas).await,
            Some(new) if replicas_of(&new) != plan.replicas => {
                self.scale(plan, &new, plan.replicas).await?;
                Ok(Progress::Scaled)
            }
            Some(_) => Ok(Progress::None),
        }
    }

    /// While paused a Deployment still scales (its current ReplicaSet), but does not roll.
    async fn scale_only(&self, plan: &Plan) -> runtime::Result<Progress> {
        let active: Vec<&Arc<ReplicaSet>> = plan
            .olds
            .iter()
            .chain(plan.new.iter())
            .filter(|rs| replicas_of(rs) > 0)
            .collect();
        if let [only] = active.as_slice()
            && replicas_of(only) != plan.replicas
        {
            self.scale(plan, only, plan.replicas).await?;
            return Ok(Progress::Scaled);
        }
        Ok(Progress::None)
    }

    async fn create_new(&self, plan: &mut Plan, size: i32) -> runtime::Result<Progress> {
        let d = &plan.deployment;
        let ns = d.metadata.namespace.clone().unwrap_or_default();
        let collisions = d
            .status
            .as_ref()
            .and_then(|s| s.collision_count)
            .filter(|c| *c != 0);
        let template_json = serde_json::to_vec(&plan.template).unwrap_or_default();
        let hash = super::pod_control::template_hash(&template_json, collisions);
        let name = format!("{}-{hash}", d.metadata.name.as_deref().unwrap_or_default());
        let mut template = plan.template.clone();
        template
            .metadata
            .get_or_insert_default()
            .labels
            .get_or_insert_default()
            .insert(HASH_LABEL.into(), hash.clone());
        let mut selector = d
            .spec
            .as_ref()
            .map(|s| s.selector.clone())
            .unwrap_or_default();
        selector
            .match_labels
            .get_or_insert_default()
            .insert(HASH_LABEL.into(), hash.clone());
        let revision = plan
            .olds
            .iter()
            .map(|rs| revision_of(rs))
            .max()
            .unwrap_or(0)
            + 1;
        let mut annotations = copied_annotations(d);
        annotations.insert(REVISION.into(), revision.to_string());
        annotations.insert(DESIRED_REPLICAS.into(), plan.replicas.to_string());
        annotations.insert(
            MAX_REPLICAS.into(),
            (plan.replicas + plan.surge).to_string(),
        );
        let rs = ReplicaSet {
            metadata: ObjectMeta {
                name: Some(name.clone()),
                namespace: Some(ns.clone()),
                labels: template.metadata.as_ref().and_then(|m| m.labels.clone()),
                annotations: Some(annotations),
                owner_references: Some(vec![controller_ref(d.as_ref())]),
                ..Default::default()
            },
            spec: Some(ReplicaSetSpec {
                replicas: Some(size),
                min_ready_seconds: d.spec.as_ref().and_then(|s| s.min_ready_seconds),
                selector,
                template: Some(template),
            }),
            status: None,
        };
        let api: Api<ReplicaSet> = Api::namespaced(self.ctx.client.clone(), &ns);
        let created = match api.create(&PostParams::default(), &rs).await {
            Ok(created) => created,
            Err(kube::Error::Api(e)) if e.code == 409 => {
                // Ours already (the cache lagged), or a hash collision with another template.
                let existing = api.get(&name).await?;
                let ours = existing
                    .metadata
                    .owner_references
                    .iter()
                    .flatten()
                    .any(|o| Some(&o.uid) == d.metadata.uid.as_ref());
                if ours && same_template(&existing, &plan.template) {
                    plan.new = Some(Arc::new(existing));
                    return Ok(Progress::None);
                }
                let deployments: Api<Deployment> = Api::namespaced(self.ctx.client.clone(), &ns);
                let next = collisions.unwrap_or(0) + 1;
                deployments
                    .patch_status(
                        d.metadata.name.as_deref().unwrap_or_default(),
                        &PatchParams::default(),
                        &Patch::Merge(json!({"status": {"collisionCount": next}})),
                    )
                    .await?;
                return Err(ReconcileError::Invalid(format!(
                    "ReplicaSet {name} exists with another template; collisionCount is now {next}"
                )));
            }
            Err(e) => {
                self.events.record(
                    &events::reference(d.as_ref()),
                    events::WARNING,
                    "FailedCreate",
                    format!(
                        "Failed to create new replica set {name:?}: {}",
                        api_message(&e)
                    ),
                );
                return Err(e.into());
            }
        };
        self.remember_write(&created);
        if size > 0 {
            self.events.record(
                &events::reference(d.as_ref()),
                events::NORMAL,
                "ScalingReplicaSet",
                format!("Scaled up replica set {name} from 0 to {size}"),
            );
        }
        plan.new = Some(Arc::new(created));
        Ok(Progress::Created(name))
    }

    async fn scale(&self, plan: &Plan, rs: &ReplicaSet, size: i32) -> runtime::Result<()> {
        let from = replicas_of(rs);
        let ns = rs.metadata.namespace.as_deref().unwrap_or_default();
        let api: Api<ReplicaSet> = Api::namespaced(self.ctx.client.clone(), ns);
        let patch = json!({
            "metadata": {
                "resourceVersion": rs.metadata.resource_version,
                "annotations": {
                    DESIRED_REPLICAS: plan.replicas.to_string(),
                    MAX_REPLICAS: (plan.replicas + plan.surge).to_string(),
                },
            },
            "spec": {"replicas": size},
        });
        let updated = api
            .patch(name_of(rs), &PatchParams::default(), &Patch::Merge(patch))
            .await?;
        self.remember_write(&updated);
        let direction = if size > from { "up" } else { "down" };
        self.events.record(
            &events::reference(plan.deployment.as_ref()),
            events::NORMAL,
            "ScalingReplicaSet",
            format!(
                "Scaled {direction} replica set {} from {from} to {size}",
                name_of(rs)
            ),
        );
        Ok(())
    }

    /// The new ReplicaSet carries the highest revision (a rollback makes an old one new
    /// again) and the Deployment's annotations (change-cause); the Deployment shows the
    /// revision too.
    async fn sync_revisions(&self, plan: &Plan) -> runtime::Result<()> {
        let Some(new) = &plan.new else {
            return Ok(());
        };
        let d = &plan.deployment;
        let ns = d.metadata.namespace.as_deref().unwrap_or_default();
        let max_old = plan
            .olds
            .iter()
            .map(|rs| revision_of(rs))
            .max()
            .unwrap_or(0);
        let mut revision = revision_of(new);
        let mut annotations = serde_json::Map::new();
        if revision <= max_old {
            revision = max_old + 1;
            annotations.insert(REVISION.into(), json!(revision.to_string()));
        }
        let current = new.metadata.annotations.clone().unwrap_or_default();
        for (k, v) in copied_annotations(d) {
            if current.get(&k) != Some(&v) {
                annotations.insert(k, json!(v));
            }
        }
        if !annotations.is_empty() {
            let api: Api<ReplicaSet> = Api::namespaced(self.ctx.client.clone(), ns);
            let patch = json!({"metadata": {"annotations": annotations}});
            let updated = api
                .patch(name_of(new), &PatchParams::default(), &Patch::Merge(patch))
                .await?;
            self.remember_write(&updated);
        }
        let shown = d
            .metadata
            .annotations
            .as_ref()
            .and_then(|a| a.get(REVISION));
        if shown != Some(&revision.to_string()) {
            let api: Api<Deployment> = Api::namespaced(self.ctx.client.clone(), ns);
            let patch = json!({"metadata": {"annotations": {REVISION: revision.to_string()}}});
            api.patch(
                d.metadata.name.as_deref().unwrap_or_default(),
                &PatchParams::default(),
                &Patch::Merge(patch),
            )
            .await?;
        }
        Ok(())
    }

    /// Deletes the oldest empty old ReplicaSets beyond revisionHistoryLimit (default 10).
    async fn prune_history(&self, plan: &Plan) -> runtime::Result<()> {
        let limit = plan
            .deployment
            .spec
            .as_ref()
            .and_then(|s| s.revision_history_limit)
            .unwrap_or(10)
            .max(0) as usize;
        let mut empty: Vec<&Arc<ReplicaSet>> = plan
            .olds
            .iter()
            .filter(|rs| replicas_of(rs) == 0 && rs.status.as_ref().is_none_or(|s| s.replicas == 0))
            .collect();
        if empty.len() <= limit {
            return Ok(());
        }
        empty.sort_by_key(|rs| revision_of(rs));
        let ns = plan
            .deployment
            .metadata
            .namespace
            .as_deref()
            .unwrap_or_default();
        let api: Api<ReplicaSet> = Api::namespaced(self.ctx.client.clone(), ns);
        for rs in &empty[..empty.len() - limit] {
            runtime::ignore_not_found(api.delete(name_of(rs), &DeleteParams::background()).await)?;
        }
        Ok(())
    }
}

fn copied_annotations(d: &Deployment) -> BTreeMap<String, String> {
    d.metadata
        .annotations
        .clone()
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| !NOT_COPIED.contains(&k.as_str()))
        .collect()
}
