//! The scheduler's writes to the API server: bindings, the PodScheduled condition and
//! nominated node of pods it could not place, preemption's evictions. Events go through the
//! shared [`crate::events::Recorder`].

use k8s_openapi::api::core::v1::{ObjectReference, Pod};
use kube::api::{Api, DeleteParams, Patch, PatchParams, PostParams};
use serde_json::json;

use super::pod_info::PodInfo;

pub const COMPONENT: &str = "default-scheduler";

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

/// The reference events about a pod point at.
pub fn pod_reference(pod: &PodInfo) -> ObjectReference {
    ObjectReference {
        api_version: Some("v1".into()),
        kind: Some("Pod".into()),
        name: Some(pod.name.clone()),
        namespace: Some(pod.namespace.clone()),
        uid: Some(pod.uid.clone()),
        ..Default::default()
    }
}
