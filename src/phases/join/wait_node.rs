//! `wait-node`: the agent registers this node's Node with its own identity (kubelet.conf);
//! the join is complete when the cluster sees it.

use std::time::{Duration, Instant};

use k8s_openapi::api::core::v1::Node;
use kube::Api;

use super::JoinData;
use crate::config::paths;
use crate::phases::{Failed, NodeSetup};
use crate::workflow::{PhaseContext, PhaseFuture};

pub fn run<'a>(d: &'a mut JoinData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        let node = d.node().await?;
        let name = node.cfg.node_name.clone();
        let timeout = node.cfg.control_plane_health_timeout;
        let kubelet_conf = node.paths.kubeconfig(paths::KUBELET_CONF);
        cx.log(format!("Waiting for the Node {name} to be registered"));
        let started = Instant::now();
        loop {
            if let Ok(client) = crate::controllers::client(&kubelet_conf).await {
                let nodes: Api<Node> = Api::all(client);
                if let Ok(Some(_)) = nodes.get_opt(&name).await {
                    cx.log(format!(
                        "This node has joined the cluster as {name} after {}",
                        crate::workflow::progress::human(started.elapsed())
                    ));
                    return Ok(());
                }
            }
            if started.elapsed() >= timeout {
                return Err(Failed(format!(
                    "the Node {name} was not registered within {}; see the agent's log {}",
                    crate::config::duration::format(timeout),
                    node.paths.agent_log().display()
                ))
                .into());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    })
}
