//! `control-plane-join/etcd`: this node's stacked etcd member. It is added as a learner
//! through the existing members, its static Pod is written with them as the initial cluster
//! (the agent starts it), and it is promoted to a voter once it has caught up.

use k8s_openapi::api::core::v1::Pod;
use kube::Api;
use kube::api::ListParams;

use super::JoinData;
use crate::config::EtcdConfig;
use crate::etcd::{self, membership};
use crate::phases::{Failed, NodeSetup};
use crate::staticpod::url;
use crate::workflow::{PhaseContext, PhaseFuture};

const CLIENT_URLS_ANNOTATION: &str = "kubeadm.kubernetes.io/etcd.advertise-client-urls";

pub fn run<'a>(d: &'a mut JoinData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if !d.runs_control_plane() {
            return Ok(());
        }
        let cluster_server = d.cluster().await?.server.clone();
        let node = d.node().await?;
        let EtcdConfig::Local(local) = node.cfg.cluster.etcd.clone() else {
            cx.log("External etcd mode: no local member to add");
            return Ok(());
        };
        let admin = super::admin_client_for(node, &cluster_server).await?;
        let endpoints = member_endpoints(admin, &cluster_server).await?;
        // The API server's etcd client certificate, signed by the shared etcd CA.
        let tls = etcd::ClientTls::apiserver_client(node.paths.pki_dir())
            .map_err(|(path, e)| Failed(format!("cannot read {}: {e}", path.display())))?;
        let mut client = membership::connect(&endpoints, &tls).await?;
        let peer_url = url(
            "https",
            &node.cfg.advertise_address.to_string(),
            etcd::PEER_PORT,
        );
        cx.log(format!(
            "Adding etcd member {} ({peer_url}) as a learner through {}",
            node.cfg.node_name,
            endpoints.join(",")
        ));
        let (initial_cluster, id) =
            membership::add_learner(&mut client, &node.cfg.node_name, &peer_url).await?;
        let binary = node.etcd_binary()?.clone();
        crate::fsutil::create_dir_private(node.paths.etcd_data_dir())?;
        let pod = etcd::local_etcd_pod(
            &binary,
            &node.cfg.node_name,
            node.cfg.advertise_address,
            &node.paths,
            &local,
            Some(&initial_cluster),
        );
        crate::staticpod::write_manifest(&node.paths.manifest("etcd"), &pod)?;
        cx.log(format!(
            "Creating static Pod manifest for etcd with initial cluster {initial_cluster}"
        ));
        cx.log("Waiting for the new etcd member to catch up, then promoting it to a voting member");
        membership::promote(&mut client, id, node.cfg.control_plane_health_timeout).await?;
        cx.log(format!("etcd member {id:x} is a voting member"));
        Ok(())
    })
}

/// The existing members' client URLs, from the etcd mirror Pods' annotation (kubeadm's
/// source); the cluster endpoint's host when none is published.
async fn member_endpoints(
    admin: kube::Client,
    cluster_server: &str,
) -> Result<Vec<String>, Failed> {
    let mut endpoints = Vec::new();
    let pods: Api<Pod> = Api::namespaced(admin, "kube-system");
    if let Ok(list) = pods
        .list(&ListParams::default().labels("component=etcd"))
        .await
    {
        for pod in list.items {
            if let Some(urls) = pod
                .metadata
                .annotations
                .as_ref()
                .and_then(|a| a.get(CLIENT_URLS_ANNOTATION))
            {
                endpoints.extend(urls.split(',').map(str::to_owned));
            }
        }
    }
    if endpoints.is_empty() {
        let host = cluster_server
            .parse::<http::Uri>()
            .ok()
            .and_then(|u| u.host().map(str::to_owned))
            .ok_or_else(|| {
                Failed(format!(
                    "cannot tell the etcd members from {cluster_server}"
                ))
            })?;
        endpoints.push(url(
            "https",
            host.trim_matches(&['[', ']'][..]),
            etcd::CLIENT_PORT,
        ));
    }
    endpoints.sort();
    endpoints.dedup();
    Ok(endpoints)
}
