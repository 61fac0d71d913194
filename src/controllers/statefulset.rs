//! The statefulset controller: pods with stable names (`<set>-<ordinal>`), hostnames under the
//! governing Service, and their own PersistentVolumeClaims from volumeClaimTemplates; created in
//! order, each only once the previous is Running and Ready (OrderedReady), or all at once
//! (Parallel); removed from the highest ordinal down. RollingUpdate replaces pods from the
//! highest ordinal down to `partition`, one at a time, waiting for each to be Ready again;
//! OnDelete only when the user deletes them. Revisions are ControllerRevisions.

use std::collections::BTreeMap;
use std::sync::Arc;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::apps::v1::{ControllerRevision, StatefulSet};
use k8s_openapi::api::core::v1::{
    PersistentVolumeClaim, PersistentVolumeClaimVolumeSource, Pod, PodTemplateSpec, Volume,
};
use kube::api::{Api, DeleteParams, ObjectMeta, PostParams};
use serde_json::json;

use super::Context;
use super::pod_control::api_message;
use super::pod_control::{self, controller_ref};
use super::revisions::{self, HASH_LABEL};
use super::runtime::{self, Action, Store, WorkQueue, Written};
use crate::events::{self, Recorder};

const COMPONENT: &str = "statefulset-controller";
const POD_NAME_LABEL: &str = "statefulset.kubernetes.io/pod-name";
const POD_INDEX_LABEL: &str = "apps.kubernetes.io/pod-index";

struct Controller {
    ctx: Arc<Context>,
    sets: Store<StatefulSet>,
    pods: Store<Pod>,
    revisions: Store<ControllerRevision>,
    events: Recorder,
    written: Written,
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let this = Arc::new(Controller {
        ctx: ctx.clone(),
        sets: ctx.informers.stateful_sets.store(),
        pods: ctx.informers.pods.store(),
        revisions: ctx.informers.controller_revisions.store(),
        events: ctx.events(COMPONENT),
        written: Written::default(),
    });
    let q = queue.clone();
    ctx.informers
        .stateful_sets
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let q = queue.clone();
    ctx.informers.pods.on_change(move |c| {
        if let Some(key) = runtime::controller_key(c.object(), "StatefulSet") {
            q.add(key);
        }
    });
    let q = queue.clone();
    ctx.informers.controller_revisions.on_change(move |c| {
        if let Some(key) = runtime::controller_key(c.object(), "StatefulSet") {
            q.add(key);
        }
    });
    async move {
        this.sets.wait_synced().await;
        this.pods.wait_synced().await;
        this.revisions.wait_synced().await;
        let workers = this.ctx.settings.concurrent_syncs;
        runtime::run_workers(COMPONENT, queue, workers, move |key: String| {
            let this = this.clone();
            async move { this.sync(&key).await }
        })
        .await
    }
    .boxed()
}

fn ordinal(set: &str, pod: &Pod) -> Option<i32> {
    pod.metadata
        .name
        .as_deref()?
        .strip_prefix(set)?
        .strip_prefix('-')?
        .parse()
        .ok()
}

fn revision_of(pod: &Pod) -> Option<&str> {
    pod.metadata
        .labels
        .as_ref()?
        .get(HASH_LABEL)
        .map(String::as_str)
}

fn running_and_ready(pod: &Pod) -> bool {
    pod_control::phase(pod) == "Running"
        && pod_control::is_ready(pod)
        && pod.metadata.deletion_timestamp.is_none()
}

impl Controller {
    async fn sync(&self, key: &str) -> runtime::Result<Action> {
        let Some(set) = self.sets.get(key) else {
            return Ok(Action::AwaitChange);
        };
        if set.metadata.deletion_timestamp.is_some() {
            return Ok(Action::AwaitChange);
        }
        if self.written.is_stale(set.as_ref()) {
            return Ok(Action::RequeueAfter(std::time::Duration::from_millis(50)));
        }
        let name = set.metadata.name.clone().unwrap_or_default();
        let ns = set.metadata.namespace.clone().unwrap_or_default();
        let spec = set.spec.clone().unwrap_or_default();
        let status = set.status.clone().unwrap_or_default();
        let update_revision = revisions::ensure(
            &self.ctx.client,
            &self.revisions,
            set.as_ref(),
            &spec.template,
            status.collision_count,
        )
        .await?;
        let current_revision = status
            .current_revision
            .clone()
            .filter(|r| !r.is_empty())
            .unwrap_or_else(|| update_revision.clone());
        let current_template = self
            .revisions
            .get(&format!("{ns}/{current_revision}"))
            .and_then(|r| revisions::template_of(&r))
            .unwrap_or_else(|| spec.template.clone());
        let replicas = spec.replicas.unwrap_or(1).max(0);
        let parallel = spec.pod_management_policy.as_deref() == Some("Parallel");
        let strategy = spec.update_strategy.clone().unwrap_or_default();
        let on_delete = strategy.type_.as_deref() == Some("OnDelete");
        let partition = strategy
            .rolling_update
            .as_ref()
            .and_then(|r| r.partition)
            .unwrap_or(0);

        let mut by_ordinal: BTreeMap<i32, Arc<Pod>> = BTreeMap::new();
        for pod in self
            .pods
            .controlled_by(set.metadata.uid.as_deref().unwrap_or_default())
        {
            if let Some(i) = ordinal(&name, &pod) {
                by_ordinal.insert(i, pod);
            }
        }
        let reference = events::reference(set.as_ref());
        let api: Api<Pod> = Api::namespaced(self.ctx.client.clone(), &ns);

        // Finished pods are replaced.
        for pod in by_ordinal.values() {
            if matches!(pod_control::phase(pod), "Failed" | "Succeeded")
                && pod.metadata.deletion_timestamp.is_none()
            {
                self.delete_pod(&api, &reference, &name, pod).await?;
            }
        }
        // Missing ordinals below replicas.
        for i in 0..replicas {
            match by_ordinal.get(&i) {
                Some(_) => {}
                None => {
                    let template =
                        if !on_delete && i < partition && current_revision != update_revision {
                            (&current_template, &current_revision)
                        } else {
                            (&spec.template, &update_revision)
                        };
                    self.create_pod(&set, i, template.0, template.1).await?;
                    if !parallel {
                        return self
                            .update_status(
                                &set,
                                &by_ordinal,
                                &current_revision,
                                &update_revision,
                                replicas,
                            )
                            .await;
                    }
                }
            }
            if !parallel && !by_ordinal.get(&i).is_some_and(|p| running_and_ready(p)) {
                // OrderedReady: nothing further until this one runs and is ready.
                return self
                    .update_status(
                        &set,
                        &by_ordinal,
                        &current_revision,
                        &update_revision,
                        replicas,
                    )
                    .await;
            }
        }
        // Surplus ordinals, highest first.
        let surplus: Vec<&Arc<Pod>> = by_ordinal.range(replicas..).rev().map(|(_, p)| p).collect();
        for pod in &surplus {
            if pod.metadata.deletion_timestamp.is_none() {
                self.delete_pod(&api, &reference, &name, pod).await?;
            }
            if !parallel {
                break;
            }
        }
        // Rolling update, highest ordinal first, down to the partition, one at a time.
        if surplus.is_empty() && !on_delete {
            let all_ready =
                (0..replicas).all(|i| by_ordinal.get(&i).is_some_and(|p| running_and_ready(p)));
            if all_ready {
                for i in (partition..replicas).rev() {
                    let pod = &by_ordinal[&i];
                    if revision_of(pod) != Some(update_revision.as_str()) {
                        self.delete_pod(&api, &reference, &name, pod).await?;
                        break;
                    }
                }
            }
        }
        self.update_status(
            &set,
            &by_ordinal,
            &current_revision,
            &update_revision,
            replicas,
        )
        .await
    }

    async fn create_pod(
        &self,
        set: &StatefulSet,
        i: i32,
        template: &PodTemplateSpec,
        revision: &str,
    ) -> runtime::Result<()> {
        let name = set.metadata.name.clone().unwrap_or_default();
        let ns = set.metadata.namespace.clone().unwrap_or_default();
        let spec = set.spec.clone().unwrap_or_default();
        let pod_name = format!("{name}-{i}");
        let mut pod =
            pod_control::pod_from_template(template, controller_ref(set), &ns, String::new());
        pod.metadata.generate_name = None;
        pod.metadata.name = Some(pod_name.clone());
        let labels = pod.metadata.labels.get_or_insert_default();
        labels.insert(POD_NAME_LABEL.into(), pod_name.clone());
        labels.insert(POD_INDEX_LABEL.into(), i.to_string());
        labels.insert(HASH_LABEL.into(), revision.to_owned());
        if let Some(pod_spec) = pod.spec.as_mut() {
            pod_spec.hostname = Some(pod_name.clone());
            if !spec.service_name.as_deref().unwrap_or_default().is_empty() {
                pod_spec.subdomain = spec.service_name.clone();
            }
            for claim in spec.volume_claim_templates.iter().flatten() {
                let claim_name = format!(
                    "{}-{pod_name}",
                    claim.metadata.name.as_deref().unwrap_or_default()
                );
                self.ensure_claim(&ns, set, claim, &claim_name).await?;
                let volumes = pod_spec.volumes.get_or_insert_default();
                let volume_name = claim.metadata.name.clone().unwrap_or_default();
                volumes.retain(|v| v.name != volume_name);
                volumes.push(Volume {
                    name: volume_name,
                    persistent_volume_claim: Some(PersistentVolumeClaimVolumeSource {
                        claim_name,
                        read_only: None,
                    }),
                    ..Default::default()
                });
            }
        }
        let api: Api<Pod> = Api::namespaced(self.ctx.client.clone(), &ns);
        let reference = events::reference(set);
        match api.create(&PostParams::default(), &pod).await {
            Ok(_) => {
                self.events.record(
                    &reference,
                    events::NORMAL,
                    "SuccessfulCreate",
                    format!("create Pod {pod_name} in StatefulSet {name} successful"),
                );
                Ok(())
            }
            Err(kube::Error::Api(e)) if e.code == 409 => Ok(()),
            Err(e) => {
                self.events.record(
                    &reference,
                    events::WARNING,
                    "FailedCreate",
                    format!(
                        "create Pod {pod_name} in StatefulSet {name} failed error: {}",
                        api_message(&e)
                    ),
                );
                Err(e.into())
            }
        }
    }

    async fn ensure_claim(
        &self,
        ns: &str,
        set: &StatefulSet,
        template: &PersistentVolumeClaim,
        name: &str,
    ) -> runtime::Result<()> {
        let api: Api<PersistentVolumeClaim> = Api::namespaced(self.ctx.client.clone(), ns);
        if api.get_opt(name).await?.is_some() {
            return Ok(());
        }
        let mut labels = template.metadata.labels.clone().unwrap_or_default();
        if let Some(selector) = set
            .spec
            .as_ref()
            .and_then(|s| s.selector.match_labels.clone())
        {
            labels.extend(selector);
        }
        let claim = PersistentVolumeClaim {
            metadata: ObjectMeta {
                name: Some(name.to_owned()),
                namespace: Some(ns.to_owned()),
                labels: Some(labels),
                annotations: template.metadata.annotations.clone(),
                ..Default::default()
            },
            spec: template.spec.clone(),
            status: None,
        };
        match api.create(&PostParams::default(), &claim).await {
            Ok(_) => Ok(()),
            Err(kube::Error::Api(e)) if e.code == 409 => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    async fn delete_pod(
        &self,
        api: &Api<Pod>,
        reference: &k8s_openapi::api::core::v1::ObjectReference,
        set: &str,
        pod: &Pod,
    ) -> runtime::Result<()> {
        let pod_name = pod.metadata.name.clone().unwrap_or_default();
        runtime::ignore_not_found(api.delete(&pod_name, &DeleteParams::default()).await)?;
        self.events.record(
            reference,
            events::NORMAL,
            "SuccessfulDelete",
            format!("delete Pod {pod_name} in StatefulSet {set} successful"),
        );
        Ok(())
    }

    async fn update_status(
        &self,
        set: &StatefulSet,
        pods: &BTreeMap<i32, Arc<Pod>>,
        current_revision: &str,
        update_revision: &str,
        replicas: i32,
    ) -> runtime::Result<Action> {
        let min_ready = set
            .spec
            .as_ref()
            .and_then(|s| s.min_ready_seconds)
            .unwrap_or(0);
        let now = pod_control::now();
        let live: Vec<&Arc<Pod>> = pods
            .values()
            .filter(|p| p.metadata.deletion_timestamp.is_none())
            .collect();
        let count = |f: &dyn Fn(&Pod) -> bool| live.iter().filter(|p| f(p)).count() as i32;
        let ready = count(&|p| pod_control::is_ready(p));
        let available =
            count(&|p| pod_control::availability(p, min_ready, now) == pod_control::Available::Yes);
        let updated = count(&|p| revision_of(p) == Some(update_revision));
        let mut current = count(&|p| revision_of(p) == Some(current_revision));
        let mut current_revision = current_revision.to_owned();
        // The rollout is complete once every pod is on the update revision and ready.
        if updated == replicas && ready == replicas && live.len() as i32 == replicas {
            current_revision = update_revision.to_owned();
            current = updated;
        }
        let status = json!({
            "observedGeneration": set.metadata.generation.unwrap_or(0),
            "replicas": live.len(),
            "readyReplicas": ready,
            "availableReplicas": available,
            "currentReplicas": current,
            "updatedReplicas": updated,
            "currentRevision": current_revision,
            "updateRevision": update_revision,
        });
        if runtime::status_changed(&set.status, &status) {
            self.written
                .patch_status(&self.ctx.client, set, status)
                .await?;
        }
        Ok(Action::AwaitChange)
    }
}
