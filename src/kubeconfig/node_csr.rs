//! The node's client certificate from the cluster, as the kubelet gets it: a
//! CertificateSigningRequest for `system:node:<name>` (signer
//! `kubernetes.io/kube-apiserver-client-kubelet`), approved by the controller-manager's
//! csr-approving controller and signed by csr-signing. `join` sends the first one with its
//! bootstrap token; a node without the CA key (a worker) renews with its current certificate
//! (kubeadm's `selfnodeclient` approval), always with a new key, as the kubelet rotates.

use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use k8s_openapi::ByteString;
use k8s_openapi::api::certificates::v1::{
    CertificateSigningRequest, CertificateSigningRequestSpec,
};
use kube::Api;
use kube::api::{ObjectMeta, PostParams};

use super::Kubeconfig;
use crate::pki::{self, KeyAlgorithm, LeafRequest, Usage};

const SIGNER: &str = "kubernetes.io/kube-apiserver-client-kubelet";

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot generate the node's key: {0}")]
    Key(String),
    #[error("{0}")]
    Pki(#[from] pki::Error),
    #[error("cannot send the certificate signing request: {0}")]
    Api(#[from] kube::Error),
    #[error("CertificateSigningRequest {name} was {outcome}: {message}")]
    Refused {
        name: String,
        outcome: String,
        message: String,
    },
    #[error(
        "CertificateSigningRequest {name} was not signed within {timeout}: is the controller-manager running, with the cluster CA key, and may this identity ask (kubeadm's nodeclient/selfnodeclient bindings)?"
    )]
    Timeout { name: String, timeout: String },
    #[error("{path}: {message}")]
    Kubeconfig { path: String, message: String },
}

/// A signed certificate and its new key (PEM).
pub struct Issued {
    pub cert_pem: String,
    pub key_pem: String,
}

/// Asks the cluster, through `client`, for a certificate for `system:node:<node_name>`.
pub async fn request(
    client: kube::Client,
    node_name: &str,
    algorithm: KeyAlgorithm,
    timeout: Duration,
) -> Result<(String, Issued), Error> {
    let key = algorithm
        .generate()
        .map_err(|e| Error::Key(e.to_string()))?;
    let request = LeafRequest {
        common_name: format!("system:node:{node_name}"),
        organizations: vec!["system:nodes".into()],
        sans: vec![],
        usage: Usage::Client,
        validity: Duration::ZERO,
    };
    let csr_pem = pki::csr_pem(&request, &key)?;
    let name = format!(
        "node-csr-{}",
        crate::config::bootstrap_token::random_token_part(10)
    );
    let csrs: Api<CertificateSigningRequest> = Api::all(client);
    let mut usages = vec!["digital signature".to_owned(), "client auth".to_owned()];
    if algorithm.name().starts_with("RSA") {
        usages.insert(1, "key encipherment".into());
    }
    let csr = CertificateSigningRequest {
        metadata: ObjectMeta {
            name: Some(name.clone()),
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
    let cert_pem = wait_for_certificate(&csrs, &name, timeout).await?;
    Ok((
        name,
        Issued {
            cert_pem,
            key_pem: key.serialize_pem(),
        },
    ))
}

async fn wait_for_certificate(
    csrs: &Api<CertificateSigningRequest>,
    name: &str,
    timeout: Duration,
) -> Result<String, Error> {
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
                    return Err(Error::Refused {
                        name: name.to_owned(),
                        outcome: c.type_.to_lowercase(),
                        message: c.message.clone().unwrap_or_default(),
                    });
                }
                if let Some(cert) = status.certificate.filter(|c| !c.0.is_empty()) {
                    return String::from_utf8(cert.0).map_err(|_| Error::Refused {
                        name: name.to_owned(),
                        outcome: "signed".into(),
                        message: "the certificate is not PEM text".into(),
                    });
                }
            }
            Err(e) => tracing::debug!(error = %e, "reading the CSR"),
        }
        if Instant::now() >= deadline {
            return Err(Error::Timeout {
                name: name.to_owned(),
                timeout: crate::config::duration::format(timeout),
            });
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Renews the client certificate of `kubeconfig` (the node's kubelet.conf) by asking the
/// cluster through `client`, made with the current one; rewrites the file (0600) and returns
/// the new expiry.
pub async fn rotate(
    kubeconfig: &Path,
    client: kube::Client,
    node_name: &str,
    algorithm: KeyAlgorithm,
    timeout: Duration,
) -> Result<SystemTime, Error> {
    let bad = |message: String| Error::Kubeconfig {
        path: kubeconfig.display().to_string(),
        message,
    };
    let mut config = Kubeconfig::load(kubeconfig).map_err(|e| bad(e.to_string()))?;
    let (_, issued) = request(client, node_name, algorithm, timeout).await?;
    let not_after = pki::inspect::ParsedCert::from_pem(&issued.cert_pem)
        .map_err(|e| bad(format!("the signed certificate does not parse: {e}")))?
        .not_after;
    config
        .set_client_credentials(&issued.cert_pem, &issued.key_pem)
        .map_err(bad)?;
    config.write(kubeconfig).map_err(|e| bad(e.to_string()))?;
    Ok(not_after)
}
