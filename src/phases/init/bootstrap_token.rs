//! `bootstrap-token`: the configured bootstrap tokens, the RBAC that lets their holders join
//! (read cluster-info and the cluster configuration, send a node CSR that is auto-approved),
//! and the `kube-public/cluster-info` ConfigMap that the bootstrap signer signs with them.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::ObjectMeta;

use super::InitData;
use crate::config::bootstrap_token::DEFAULT_GROUP;
use crate::discovery::{cluster_info, tokens};
use crate::phases::{apply, apply_cluster, rbac};
use crate::pki::table;
use crate::workflow::{PhaseContext, PhaseFuture};

/// kubeadm's bindings for node client certificates: (log line, binding, ClusterRole, group).
const CSR_BINDINGS: &[(&str, &str, &str, &str)] = &[
    (
        "Configured RBAC rules to allow Node Bootstrap tokens to post CSRs in order for nodes to get long term certificate credentials",
        "kubeadm:kubelet-bootstrap",
        "system:node-bootstrapper",
        DEFAULT_GROUP,
    ),
    (
        "Configured RBAC rules to allow the csrapprover controller automatically approve CSRs from a Node Bootstrap Token",
        "kubeadm:node-autoapprove-bootstrap",
        "system:certificates.k8s.io:certificatesigningrequests:nodeclient",
        DEFAULT_GROUP,
    ),
    (
        "Configured RBAC rules to allow certificate rotation for all node client certificates in the cluster",
        "kubeadm:node-autoapprove-certificate-rotation",
        "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
        "system:nodes",
    ),
];

pub fn run<'a>(d: &'a mut InitData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if d.dry_run {
            cx.log("Would create the bootstrap tokens, their RBAC rules and the cluster-info ConfigMap");
            return Ok(());
        }
        let client = d.client().await?;
        cx.log("Creating the bootstrap tokens");
        for token in &d.cfg.bootstrap_tokens {
            tokens::create_or_update(&client, token).await?;
        }
        cx.log("Configured RBAC rules to allow Node Bootstrap tokens to get nodes");
        let get_nodes = "kubeadm:get-nodes";
        apply_cluster(
            &client,
            &rbac::cluster_role(get_nodes, vec![rbac::rule(&["get"], "", "nodes", &[])]),
        )
        .await?;
        apply_cluster(
            &client,
            &rbac::cluster_role_binding(get_nodes, get_nodes, vec![rbac::group(DEFAULT_GROUP)]),
        )
        .await?;
        for (message, name, role, group) in CSR_BINDINGS {
            cx.log(*message);
            apply_cluster(
                &client,
                &rbac::cluster_role_binding(name, role, vec![rbac::group(group)]),
            )
            .await?;
        }

        cx.log(format!(
            "Creating the {:?} ConfigMap in the {:?} namespace",
            cluster_info::NAME,
            cluster_info::NAMESPACE
        ));
        let ca_path = table::spec("ca")
            .expect("the table has a ca row")
            .cert_path(d.paths.pki_dir());
        let ca_pem = std::fs::read_to_string(&ca_path)
            .map_err(|e| format!("cannot read {}: {e}", ca_path.display()))?;
        let server = format!("https://{}", d.cfg.api_endpoint());
        let configmap = ConfigMap {
            metadata: ObjectMeta {
                name: Some(cluster_info::NAME.into()),
                namespace: Some(cluster_info::NAMESPACE.into()),
                ..Default::default()
            },
            data: Some(signed_cluster_info(
                cluster_info::kubeconfig_yaml(&server, &ca_pem),
                &d.cfg.bootstrap_tokens,
            )),
            ..Default::default()
        };
        apply(&client, &configmap).await?;
        let role = "kubeadm:bootstrap-signer-clusterinfo";
        let rule = rbac::rule(&["get"], "", "configmaps", &[cluster_info::NAME]);
        apply(
            &client,
            &rbac::role(cluster_info::NAMESPACE, role, vec![rule]),
        )
        .await?;
        apply(
            &client,
            &rbac::role_binding(
                cluster_info::NAMESPACE,
                role,
                role,
                vec![rbac::user("system:anonymous")],
            ),
        )
        .await?;
        Ok(())
    })
}

/// cluster-info's data, already signed with the tokens init created: the signature is the
/// deterministic HMAC the bootstrap signer computes, so a join can start the moment init ends
/// instead of waiting for the controller-manager's signer (which keeps it current afterwards).
fn signed_cluster_info(
    kubeconfig: String,
    tokens: &[crate::config::BootstrapToken],
) -> BTreeMap<String, String> {
    let mut data = BTreeMap::new();
    for t in tokens
        .iter()
        .filter(|t| t.usages.iter().any(|u| u == "signing"))
    {
        data.insert(
            format!("jws-kubeconfig-{}", t.id),
            crate::controllers::bootstrap_tokens::detached_signature(&kubeconfig, &t.id, &t.secret),
        );
    }
    data.insert("kubeconfig".into(), kubeconfig);
    data
}
