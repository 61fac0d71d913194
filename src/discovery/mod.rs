//! What a joining node needs from the cluster before it has credentials of its own:
//! bootstrap tokens (tokens.rs), token discovery of the CA and endpoint with public-key
//! pinning (cluster_info.rs), and the encrypted upload/download of the CA keys that every
//! master shares (shared_certs.rs).

pub mod cluster_info;
pub mod shared_certs;
pub mod tokens;

use std::path::PathBuf;

pub use cluster_info::{CaTrust, ClusterInfo};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("discovery: {0}")]
    Discovery(String),
    #[error("{0}")]
    CertificateKey(String),
    #[error("cannot reach {server}: {message}")]
    Client { server: String, message: String },
    #[error("TLS: {0}")]
    Tls(String),
    #[error(transparent)]
    Api(#[from] kube::Error),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Error {
    fn tls(e: crate::tls::Error) -> Self {
        Error::Tls(e.to_string())
    }

    fn client(server: &str) -> impl Fn(crate::kubeconfig::client::Error) -> Self + '_ {
        move |e| Error::Client {
            server: server.to_owned(),
            message: e.to_string(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A kube-rs client for `info`'s cluster, authenticated by a bearer token (the bootstrap
/// token, before this node has a certificate).
pub async fn token_client(info: &ClusterInfo, token: &str) -> Result<kube::Client> {
    let url: http::Uri = info.server.parse().map_err(|_| Error::Client {
        server: info.server.clone(),
        message: "not a URL".into(),
    })?;
    let mut config = kube::Config::new(url);
    config.root_cert = Some(
        crate::tls::certificates(&info.ca_pem, "cluster CA")
            .map_err(Error::tls)?
            .into_iter()
            .map(|c| c.as_ref().to_vec())
            .collect(),
    );
    config.auth_info.token = Some(token.to_owned().into());
    config.read_timeout = Some(std::time::Duration::from_secs(30));
    kube::Client::try_from(config).map_err(Error::Api)
}
