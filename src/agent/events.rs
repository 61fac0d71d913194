//! Warning events on this node's Node object, as the kubelet records its own troubles: what
//! an operator must see in `kubectl describe node` or `kubectl get events`.

use k8s_openapi::api::core::v1::Event;
use kube::api::{Api, PostParams};
use serde_json::json;

use crate::config::{Paths, paths};

/// Records a Warning event `reason` on Node `node`; failures are only logged.
pub async fn warn_node(paths: &Paths, node: &str, reason: &str, message: &str) {
    let kubeconfig = paths.kubeconfig(paths::KUBELET_CONF);
    let client = match crate::controllers::client(&kubeconfig).await {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!(error = %e, reason, "cannot record an event on the Node");
            return;
        }
    };
    let now = crate::apiserver::meta::format_time(time::OffsetDateTime::now_utc());
    let event: Event = serde_json::from_value(json!({
        "metadata": {"generateName": format!("{node}."), "namespace": "default"},
        "involvedObject": {"apiVersion": "v1", "kind": "Node", "name": node, "uid": node},
        "reason": reason,
        "message": message,
        "type": "Warning",
        "source": {"component": "kubeforge-agent", "host": node},
        "firstTimestamp": now,
        "lastTimestamp": now,
        "count": 1,
        "reportingComponent": "kubeforge-agent",
        "reportingInstance": node,
    }))
    .expect("a valid Event");
    let events: Api<Event> = Api::namespaced(client, "default");
    if let Err(e) = events.create(&PostParams::default(), &event).await {
        tracing::warn!(error = %e, reason, "cannot record an event on the Node");
    }
}
