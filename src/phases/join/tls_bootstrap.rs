//! `tls-bootstrap` (workers): the node's client certificate, obtained as the kubelet's TLS
//! bootstrap does — a CertificateSigningRequest for `system:node:<name>` (signer
//! `kubernetes.io/kube-apiserver-client-kubelet`) sent with the bootstrap token, approved by
//! the controller-manager's csr-approving controller and signed by csr-signing — then
//! written into kubelet.conf with the discovered CA. Masters skip it: they sign their own
//! kubelet.conf with the shared CA.

use super::JoinData;
use crate::config::paths;
use crate::kubeconfig::{Kubeconfig, node_csr};
use crate::phases::{Failed, NodeSetup};
use crate::pki::table;
use crate::workflow::{PhaseContext, PhaseFuture};

pub fn run<'a>(d: &'a mut JoinData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if d.runs_control_plane() {
            return Ok(());
        }
        let info = d.cluster().await?.clone();
        let client = d.bootstrap_client().await?;
        let node = d.node().await?;
        let name = node.cfg.node_name.clone();
        let algorithm = node.cfg.cluster.encryption_algorithm;
        let pki_dir = node.paths.pki_dir().to_owned();
        let kubelet_conf = node.paths.kubeconfig(paths::KUBELET_CONF);
        let timeout = node.cfg.control_plane_health_timeout;

        cx.log(format!(
            "Sending a CertificateSigningRequest for system:node:{name} with the bootstrap token; waiting for the controller-manager to approve and sign it"
        ));
        let (csr_name, issued) = node_csr::request(client, &name, algorithm, timeout)
            .await
            .map_err(|e| Failed(e.to_string()))?;
        cx.log(format!("CertificateSigningRequest {csr_name} signed"));
        crate::fsutil::create_dir_private(&pki_dir)?;
        let ca_path = table::spec("ca")
            .expect("the table has a ca row")
            .cert_path(&pki_dir);
        crate::fsutil::write_atomic(&ca_path, info.ca_pem.as_bytes(), crate::fsutil::MODE_PUBLIC)?;
        let user = format!("system:node:{name}");
        Kubeconfig::with_client_cert(
            &node.cfg.cluster.cluster_name,
            &info.server,
            &info.ca_pem,
            &user,
            &issued.cert_pem,
            &issued.key_pem,
        )
        .write(&kubelet_conf)?;
        cx.log(format!(
            "Wrote {} with the signed certificate",
            kubelet_conf.display()
        ));
        Ok(())
    })
}
