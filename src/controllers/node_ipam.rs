//! The node-ipam controller (`--allocate-node-cidrs`, `--cluster-cidr`): gives every Node a
//! `spec.podCIDR` of `--node-cidr-mask-size` (24 for IPv4, 64 for IPv6) from the cluster CIDR,
//! never two nodes the same one; a deleted node's range is free again.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use futures::FutureExt;
use futures::future::BoxFuture;
use ipnet::IpNet;
use k8s_openapi::api::core::v1::Node;
use kube::api::{Api, Patch, PatchParams};
use serde_json::json;

use super::Context;
use super::runtime::{self, Action, WorkQueue};

/// The `index`-th subnet of `prefix` bits inside `cluster`, if there is one.
fn nth_subnet(cluster: &IpNet, prefix: u8, index: u64) -> Option<IpNet> {
    cluster
        .subnets(prefix)
        .ok()?
        .nth(usize::try_from(index).ok()?)
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let settings = ctx.settings.clone();
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers
        .nodes
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let nodes = ctx.informers.nodes.store();
    let ctx = ctx.clone();
    async move {
        let (true, Some(cluster)) = (settings.allocate_node_cidrs, settings.cluster_cidr) else {
            return;
        };
        let prefix = settings
            .node_cidr_mask_size
            .unwrap_or(if matches!(cluster, IpNet::V4(_)) { 24 } else { 64 });
        if prefix < cluster.prefix_len() {
            tracing::warn!(%cluster, prefix, "--node-cidr-mask-size is larger than --cluster-cidr: no pod ranges allocated");
            return;
        }
        nodes.wait_synced().await;
        // One worker, and its own record of what it handed out: the next allocation must not
        // reuse a range the watch has not shown yet.
        let claimed: Arc<Mutex<HashMap<String, String>>> = Arc::default();
        runtime::run_workers("nodeipam", queue, 1, move |key: String| {
            let (ctx, nodes, claimed) = (ctx.clone(), nodes.clone(), claimed.clone());
            async move {
                let Some(node) = nodes.get(&key) else {
                    return Ok(Action::AwaitChange);
                };
                if node.spec.as_ref().and_then(|s| s.pod_cidr.as_ref()).is_some() {
                    return Ok(Action::AwaitChange);
                }
                let mut used: HashSet<String> = nodes
                    .list()
                    .iter()
                    .filter_map(|n| n.spec.as_ref()?.pod_cidr.clone())
                    .collect();
                {
                    let mut claimed = claimed.lock().unwrap_or_else(|e| e.into_inner());
                    claimed.retain(|node, _| nodes.get(node).is_some());
                    used.extend(claimed.values().cloned());
                }
                let total = 1u64 << (prefix - cluster.prefix_len()).min(63);
                let Some(free) = (0..total)
                    .filter_map(|i| nth_subnet(&cluster, prefix, i))
                    .find(|s| !used.contains(&s.to_string()))
                else {
                    tracing::warn!(node = %key, %cluster, "no pod range left to allocate");
                    return Ok(Action::AwaitChange);
                };
                let api: Api<Node> = Api::all(ctx.client.clone());
                let patch = json!({"metadata": {"resourceVersion": node.metadata.resource_version},
                    "spec": {"podCIDR": free.to_string(), "podCIDRs": [free.to_string()]}});
                api.patch(&key, &PatchParams::default(), &Patch::Merge(patch)).await?;
                claimed
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(key.clone(), free.to_string());
                tracing::info!(node = %key, cidr = %free, "allocated the node's pod range");
                Ok(Action::AwaitChange)
            }
        })
        .await
    }
    .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subnets_are_carved_in_order() {
        let cluster: IpNet = "10.244.0.0/16".parse().unwrap();
        assert_eq!(
            nth_subnet(&cluster, 24, 0).unwrap().to_string(),
            "10.244.0.0/24"
        );
        assert_eq!(
            nth_subnet(&cluster, 24, 5).unwrap().to_string(),
            "10.244.5.0/24"
        );
        assert!(nth_subnet(&cluster, 24, 256).is_none());
    }
}
