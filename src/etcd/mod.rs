//! etcd: finding and checking the binary, its static Pod (client and peer mTLS, kubeadm's
//! flags), and a client for health checks.

pub(crate) mod binary;
pub mod bolt;
mod health;
mod manifest;
pub mod membership;
pub mod snapshot;

pub use binary::{EtcdBinary, EtcdVersion, MIN_VERSION, find_binary};
pub use health::{ClientTls, HealthClient};
pub use manifest::{CLIENT_PORT, METRICS_PORT, PEER_PORT, local_etcd_pod};

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "etcd was not found on PATH: install it with `apt-get install etcd-server` (Debian) or pass --etcd-binary"
    )]
    NotFound,
    #[error(
        "{path} is not an executable file: install etcd with `apt-get install etcd-server` or pass --etcd-binary"
    )]
    NotExecutable { path: PathBuf },
    #[error("cannot run {path} --version: {message}")]
    Version { path: PathBuf, message: String },
    #[error(
        "etcd {found} is too old: kubeforge needs etcd {} or newer",
        MIN_VERSION
    )]
    TooOld { found: EtcdVersion },
    #[error("etcd client: {0}")]
    Client(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
