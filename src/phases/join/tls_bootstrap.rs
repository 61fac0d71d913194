//! `tls-bootstrap` (workers): the node's client certificate, obtained as the kubelet's TLS
//! bootstrap does — a CertificateSigningRequest for `system:node:<name>` (signer
//! `kubernetes.io/kube-apiserver-client-kubelet`) sent with the bootstrap token, approved by
//! the controller-manager's csr-approving controller and signed by csr-signing — then
//! written into kubelet.conf with the discovered CA. Masters skip it: they sign their own
//! kubelet.conf with the shared CA.

use std::time::{Duration, Instant};

use k8s_openapi::ByteString;
use k8s_openapi::api::certificates::v1::{
    CertificateSigningRequest, CertificateSigningRequestSpec,
};
use kube::Api;
use kube::api::{ObjectMeta, PostParams};

use super::JoinData;
use crate::config::paths;
use crate::kubeconfig::Kubeconfig;
use crate::phases::{Failed, NodeSetup};
use crate::pki::{self, LeafRequest, Usage, table};
use crate::workflow::{PhaseContext, PhaseFuture};

const SIGNER: &str = "kubernetes.io/kube-apiserver-client-kubelet";

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

        let key = algorithm
            .generate()
            .map_err(|e| Failed(format!("cannot generate the node's key: {e}")))?;
        let request = LeafRequest {
            common_name: format!("system:node:{name}"),
            organizations: vec!["system:nodes".into()],
            sans: vec![],
            usage: Usage::Client,
            validity: Duration::ZERO,
        };
        let csr_pem = pki::csr_pem(&request, &key)?;
        let csr_name = format!(
            "node-csr-{}",
            crate::config::bootstrap_token::random_token_part(10)
        );
        cx.log(format!(
            "Sending CertificateSigningRequest {csr_name} for system:node:{name} with the bootstrap token"
        ));
        let csrs: Api<CertificateSigningRequest> = Api::all(client);
        let mut usages = vec!["digital signature".to_owned(), "client auth".to_owned()];
        if algorithm.name().starts_with("RSA") {
            usages.insert(1, "key encipherment".into());
        }
        let csr = CertificateSigningRequest {
            metadata: ObjectMeta {
                name: Some(csr_name.clone()),
                ..Default::default()
            },
            spec: CertificateSigningRequestSpec {
                request: ByteString(csr_pem.into_bytes()),
                signer_name: SIGNER.into(),
                usages: Some(usages),
                ..Default::default()
            },
            status: None,
        };
        csrs.create(&PostParams::default(), &csr).await?;
        cx.log("Waiting for the controller-manager to approve and sign it");
        let cert_pem = wait_for_certificate(&csrs, &csr_name, timeout).await?;

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
            &cert_pem,
            &key.serialize_pem(),
        )
        .write(&kubelet_conf)?;
        cx.log(format!(
            "Wrote {} with the signed certificate",
            kubelet_conf.display()
        ));
        Ok(())
    })
}

async fn wait_for_certificate(
    csrs: &Api<CertificateSigningRequest>,
    name: &str,
    timeout: Duration,
) -> Result<String, Failed> {
    let deadline = Instant::now() + timeout;
    loop {
        match csrs.get(name).await {
            Ok(csr) => {
                let status = csr.status.unwrap_or_default();
                if let Some(c) =
                    status.conditions.unwrap_or_default().iter().find(|c| {
                        (c.type_ == "Denied" || c.type_ == "Failed") && c.status == "True"
                    })
                {
                    return Err(Failed(format!(
                        "CertificateSigningRequest {name} was {}: {}",
                        c.type_.to_lowercase(),
                        c.message.clone().unwrap_or_default()
                    )));
                }
                if let Some(cert) = status.certificate.filter(|c| !c.0.is_empty()) {
                    return String::from_utf8(cert.0)
                        .map_err(|_| Failed(format!("the certificate of {name} is not PEM text")));
                }
            }
            Err(e) => tracing::debug!(error = %e, "reading the CSR"),
        }
        if Instant::now() >= deadline {
            return Err(Failed(format!(
                "CertificateSigningRequest {name} was not signed within {}: is the controller-manager running, and does the token belong to the group system:bootstrappers:kubeadm:default-node-token?",
                crate::config::duration::format(timeout)
            )));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
