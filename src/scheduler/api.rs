//! The scheduler's writes to the API server: bindings, the PodScheduled condition and
//! nominated node of pods it could not place, preemption's evictions, and Events (recorded
//! in the background and dropped when too many pile up, as client-go's broadcaster does, so
//! that events never slow scheduling).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use k8s_openapi::api::core::v1::{Event, Pod};
use kube::api::{Api, DeleteParams, Patch, PatchParams, PostParams};
use serde_json::json;
use tokio::sync::mpsc;

use super::pod_info::PodInfo;

pub const COMPONENT: &str = "default-scheduler";
const EVENT_BUFFER: usize = 1000;
const EVENT_WORKERS: usize = 4;

/// `POST pods/<name>/binding`.
pub async fn bind(client: &kube::Client, pod: &PodInfo, node: &str) -> Result<(), kube::Error> {
    let mut body = json!({
        "apiVersion": "v1",
        "kind": "Binding",
        "metadata": {"name": pod.name, "namespace": pod.namespace},
        "target": {"apiVersion": "v1", "kind": "Node", "name": node},
    });
    if !pod.uid.is_empty() {
        body["metadata"]["uid"] = json!(pod.uid);
    }
    let pods: Api<Pod> = Api::namespaced(client.clone(), &pod.namespace);
    pods.create_subresource::<_, serde_json::Value>(
        "binding",
        &pod.name,
        &PostParams::default(),
        &body,
    )
    .await
    .map(|_| ())
}

/// Sets `PodScheduled=False, reason Unschedulable` with `message` (and the nominated node,
/// when preemption chose one), unless the pod already says exactly that.
pub async fn mark_unschedulable(
    client: &kube::Client,
    pod: &PodInfo,
    message: &str,
    nominated: Option<&str>,
) -> Result<(), kube::Error> {
    let same = pod.scheduled_condition() == Some(("False", Some("Unschedulable"), Some(message)));
    if same && nominated.is_none_or(|n| pod.nominated_node.as_deref() == Some(n)) {
        return Ok(());
    }
    let mut status = json!({
        "conditions": [{
            "type": "PodScheduled",
            "status": "False",
            "reason": "Unschedulable",
            "message": message,
            "lastProbeTime": null,
            "lastTransitionTime": crate::apiserver::meta::now_rfc3339(),
        }]
    });
    if let Some(node) = nominated {
        status["nominatedNodeName"] = json!(node);
    }
    let pods: Api<Pod> = Api::namespaced(client.clone(), &pod.namespace);
    pods.patch_status(
        &pod.name,
        &PatchParams::default(),
        &Patch::Strategic(json!({"status": status})),
    )
    .await
    .map(|_| ())
}

/// Deletes a preemption victim gracefully (its own grace period), with a DisruptionTarget
/// condition saying why.
pub async fn evict(client: &kube::Client, victim: &PodInfo) -> Result<(), kube::Error> {
    let pods: Api<Pod> = Api::namespaced(client.clone(), &victim.namespace);
    let condition = json!({"status": {"conditions": [{
        "type": "DisruptionTarget",
        "status": "True",
        "reason": "PreemptionByScheduler",
        "message": format!("{COMPONENT}: preempting to accommodate a higher priority pod"),
        "lastTransitionTime": crate::apiserver::meta::now_rfc3339(),
    }]}});
    if let Err(e) = pods
        .patch_status(
            &victim.name,
            &PatchParams::default(),
            &Patch::Strategic(condition),
        )
        .await
    {
        tracing::debug!(error = %e, pod = %victim.key(), "cannot mark the preemption victim");
    }
    match pods.delete(&victim.name, &DeleteParams::default()).await {
        Ok(_) => Ok(()),
        Err(kube::Error::Api(e)) if e.code == 404 => Ok(()),
        Err(e) => Err(e),
    }
}

/// Records core/v1 Events about pods, from a bounded buffer drained by a few workers.
#[derive(Clone)]
pub struct Recorder {
    tx: mpsc::Sender<Event>,
    dropped: Arc<AtomicU64>,
    instance: String,
}

impl Recorder {
    pub fn start(client: kube::Client, instance: String) -> Self {
        let (tx, rx) = mpsc::channel::<Event>(EVENT_BUFFER);
        let rx = Arc::new(tokio::sync::Mutex::new(rx));
        for _ in 0..EVENT_WORKERS {
            let (rx, client) = (rx.clone(), client.clone());
            tokio::spawn(async move {
                loop {
                    let Some(event) = rx.lock().await.recv().await else {
                        return;
                    };
                    let ns = event.metadata.namespace.clone().unwrap_or_default();
                    let events: Api<Event> = Api::namespaced(client.clone(), &ns);
                    if let Err(e) = events.create(&PostParams::default(), &event).await {
                        tracing::debug!(error = %e, "cannot record an event");
                    }
                }
            });
        }
        Recorder {
            tx,
            dropped: Arc::new(AtomicU64::new(0)),
            instance,
        }
    }

    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// Queues an event about `pod`; never waits.
    pub fn record(&self, pod: &PodInfo, kind: &str, reason: &str, message: String) {
        let now = crate::apiserver::meta::now_rfc3339();
        let event: Event = serde_json::from_value(json!({
            "metadata": {"generateName": format!("{}.", pod.name), "namespace": pod.namespace},
            "involvedObject": {"apiVersion": "v1", "kind": "Pod", "namespace": pod.namespace, "name": pod.name, "uid": pod.uid},
            "reason": reason,
            "message": message,
            "type": kind,
            "source": {"component": COMPONENT},
            "firstTimestamp": now,
            "lastTimestamp": now,
            "count": 1,
            "reportingComponent": COMPONENT,
            "reportingInstance": self.instance,
        }))
        .expect("a valid Event");
        if self.tx.try_send(event).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }
}
