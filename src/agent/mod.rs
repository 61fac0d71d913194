//! `kubeforge agent`: the node agent, in the kubelet's place. It runs the static Pods in
//! `<root>/etc/kubernetes/manifests` as supervised processes. Registering the Node, renewing
//! its Lease and posting mirror Pods need the API server's REST API and come with it.

mod container;
pub mod probe;
pub mod process;
pub mod service;
mod supervisor;

use std::path::PathBuf;

pub use supervisor::StaticPodSupervisor;

use crate::config::Paths;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("another agent is already running for this root (pid {})", pid.map_or("unknown".into(), |p| p.to_string()))]
    AlreadyRunning { pid: Option<i32> },
    #[error("the agent failed to start: {message}\n--- last lines of its log ---\n{log}")]
    StartFailed { message: String, log: String },
    #[error("systemctl {args} failed: {message}")]
    Systemctl { args: String, message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Runs the agent until SIGTERM/SIGINT, then stops every component it started.
pub async fn run(paths: Paths) -> Result<()> {
    let _lock = service::PidLock::acquire(&paths)?;
    tracing::info!(root = %paths.root().display(), manifests = %paths.manifests_dir().display(), "agent started");
    StaticPodSupervisor::new(paths)
        .run(crate::serving::termination_signal())
        .await;
    Ok(())
}
