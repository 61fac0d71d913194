//! `mark-control-plane`: label the Node `node-role.kubernetes.io/control-plane` (and exclude it
//! from external load balancers) and taint it `node-role.kubernetes.io/control-plane:NoSchedule`,
//! so that ordinary workloads go to workers, as on kubeadm clusters.

use std::time::{Duration, Instant};

use k8s_openapi::api::core::v1::{Node, Taint};
use kube::api::{Api, PostParams};

use crate::phases::{Failed, NodeSetup};
use crate::workflow::{PhaseContext, PhaseFuture};

pub const ROLE_LABEL: &str = "node-role.kubernetes.io/control-plane";
const EXCLUDE_LABEL: &str = "node.kubernetes.io/exclude-from-external-load-balancers";

pub fn run<'a, D: NodeSetup>(d: &'a mut D, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if !d.runs_control_plane() {
            return Ok(());
        }
        let d = d.node().await?;
        let name = d.cfg.node_name.clone();
        if d.dry_run {
            cx.log(format!("Would mark the node {name} as control-plane"));
            return Ok(());
        }
        cx.log(format!(
            "Marking the node {name} as control-plane by adding the labels: [{ROLE_LABEL} {EXCLUDE_LABEL}]"
        ));
        cx.log(format!(
            "Marking the node {name} as control-plane by adding the taints [{ROLE_LABEL}:NoSchedule]"
        ));
        let client = d.client().await?;
        let nodes: Api<Node> = Api::all(client);
        // The agent registers the Node once its API server answers; wait for it.
        let deadline = Instant::now() + d.cfg.control_plane_health_timeout;
        loop {
            let result = match nodes.get_opt(&name).await {
                Ok(Some(node)) => mark(&nodes, node).await.map_err(|e| e.to_string()),
                Ok(None) => Err(format!("node {name} is not registered yet")),
                Err(e) => Err(e.to_string()),
            };
            match result {
                Ok(()) => return Ok(()),
                Err(e) if Instant::now() >= deadline => {
                    return Err(Failed(format!(
                        "could not mark node {name} as control-plane: {e}; see the agent's log {}",
                        d.paths.agent_log().display()
                    ))
                    .into());
                }
                Err(e) => {
                    tracing::debug!(error = %e, "mark-control-plane: retrying");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        }
    })
}

/// Adds the labels and the taint (keeping every other) with an optimistic-concurrency update.
async fn mark(nodes: &Api<Node>, mut node: Node) -> Result<(), kube::Error> {
    let labels = node.metadata.labels.get_or_insert_with(Default::default);
    labels.insert(ROLE_LABEL.into(), String::new());
    labels.insert(EXCLUDE_LABEL.into(), String::new());
    let spec = node.spec.get_or_insert_with(Default::default);
    let taints = spec.taints.get_or_insert_with(Vec::new);
    if !taints
        .iter()
        .any(|t| t.key == ROLE_LABEL && t.effect == "NoSchedule")
    {
        taints.push(Taint {
            key: ROLE_LABEL.into(),
            effect: "NoSchedule".into(),
            ..Default::default()
        });
    }
    let name = node.metadata.name.clone().unwrap_or_default();
    nodes
        .replace(&name, &PostParams::default(), &node)
        .await
        .map(drop)
}
