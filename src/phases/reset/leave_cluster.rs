//! Leaving the cluster before cleaning up (a master of several): `delete-node` removes this
//! node's Node object, then `remove-etcd-member` takes its member out of etcd — refusing,
//! without `--allow-quorum-loss`, when the remaining members would have no healthy quorum. A lone
//! member is left alone: its data goes with the cleanup.

use std::time::Duration;

use k8s_openapi::api::core::v1::Node;
use kube::Api;
use kube::api::DeleteParams;

use super::ResetData;
use crate::config::paths;
use crate::etcd::membership;
use crate::etcd::snapshot::LocalMember;
use crate::phases::Failed;
use crate::workflow::{PhaseContext, PhaseFuture};

/// Whether this node runs an etcd member that has peers (a multi-master cluster).
async fn peers(d: &ResetData) -> Option<(LocalMember, Vec<membership::MemberInfo>)> {
    let local = LocalMember::from_manifest(&d.paths).ok()?;
    let tls = local.client_tls().ok()?;
    let mut client = tokio::time::timeout(
        Duration::from_secs(5),
        membership::connect(std::slice::from_ref(&local.client_url), &tls),
    )
    .await
    .ok()?
    .ok()?;
    let members = tokio::time::timeout(Duration::from_secs(5), membership::list(&mut client))
        .await
        .ok()?
        .ok()?;
    (members.len() > 1).then_some((local, members))
}

/// Refuses (before anything is changed) when this master's leaving would cost the other etcd
/// members their quorum, unless `--allow-quorum-loss`. Both phases ask, so that the Node is
/// not deleted by a reset that then refuses to leave etcd.
async fn check_quorum(
    d: &ResetData,
    local: &LocalMember,
    members: &[membership::MemberInfo],
    cx: &PhaseContext<'_>,
) -> Result<(), crate::workflow::PhaseError> {
    let Some(me) = members
        .iter()
        .find(|m| m.name == local.name || m.peer_urls.contains(&local.peer_url))
    else {
        return Ok(());
    };
    if membership::quorum_without(members, me.id, &local.client_tls()?).await {
        return Ok(());
    }
    if !d.allow_quorum_loss {
        return Err(Failed(format!(
            "removing etcd member {} would leave the other {} member(s) without a healthy quorum: nothing was changed; bring the others back first, or pass --allow-quorum-loss to remove it anyway",
            local.name,
            members.len() - 1
        ))
        .into());
    }
    cx.log("[WARNING] the remaining etcd members have no healthy quorum; leaving anyway (--allow-quorum-loss)");
    Ok(())
}

pub fn delete_node<'a>(d: &'a mut ResetData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        let Some(name) = d.node_name.clone() else {
            return Ok(());
        };
        // On a single master the Node goes with the cluster; a worker may not delete Nodes.
        let Some((local, members)) = peers(d).await else {
            return Ok(());
        };
        if d.local_etcd {
            check_quorum(d, &local, &members, cx).await?;
        }
        let admin = d.paths.kubeconfig(paths::ADMIN_CONF);
        let result = async {
            let client = crate::controllers::client(&admin).await?;
            let nodes: Api<Node> = Api::all(client);
            nodes.delete(&name, &DeleteParams::default()).await?;
            Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
        };
        match tokio::time::timeout(Duration::from_secs(10), result).await {
            Ok(Ok(())) => cx.log(format!("Deleted the Node {name}")),
            Ok(Err(e)) => cx.log(format!(
                "[WARNING] could not delete the Node {name}: {e}; delete it with `kubectl delete node {name}`"
            )),
            Err(_) => cx.log(format!(
                "[WARNING] the API server did not answer; delete the Node with `kubectl delete node {name}`"
            )),
        }
        Ok(())
    })
}

pub fn remove_etcd_member<'a>(d: &'a mut ResetData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if !d.local_etcd {
            return Ok(());
        }
        let Some((local, members)) = peers(d).await else {
            return Ok(());
        };
        let Some(me) = members
            .iter()
            .find(|m| m.name == local.name || m.peer_urls.contains(&local.peer_url))
        else {
            cx.log("This node's etcd member is no longer in the cluster");
            return Ok(());
        };
        check_quorum(d, &local, &members, cx).await?;
        let tls = local.client_tls()?;
        let endpoints: Vec<String> = members
            .iter()
            .filter(|m| m.id != me.id)
            .flat_map(|m| m.client_urls.clone())
            .collect();
        let mut client = membership::connect(&endpoints, &tls).await?;
        membership::remove(&mut client, me.id).await?;
        cx.log(format!("Removed etcd member {} ({:x})", local.name, me.id));
        Ok(())
    })
}
