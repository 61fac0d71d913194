//! `kubeforge agent`: the node agent, in the kubelet's place. It runs the static Pods in
//! `<root>/etc/kubernetes/manifests` as supervised processes and, once the API server answers,
//! registers the Node, renews its Lease and keeps mirror Pods for the static Pods.

mod cert_renewal;
mod container;
mod events;
pub mod metrics;
mod node;
pub mod probe;
pub mod process;
pub mod service;
mod snapshots;
mod status;
mod supervisor;

use std::path::PathBuf;
use std::sync::Arc;

pub use supervisor::{StaticPodSupervisor, pid_files};

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
    let board = std::sync::Arc::new(status::StatusBoard::default());
    let reporter = tokio::spawn(node::run(paths.clone(), board.clone()));
    let mut background = Vec::new();
    match crate::config::recorded(paths.root()) {
        Ok(Some(config)) => {
            let metrics = Arc::new(metrics::AgentMetrics::default());
            background.push(tokio::spawn(metrics::serve(
                config.advertise_address,
                metrics.clone(),
            )));
            // The recorded configuration knows custom certificate and data directories.
            let node_paths = config.paths(paths.root());
            background.push(tokio::spawn(cert_renewal::run(
                node_paths.clone(),
                config.clone(),
            )));
            background.push(tokio::spawn(snapshots::run(node_paths, config, metrics)));
        }
        Ok(None) => {}
        Err(e) => tracing::warn!(error = %e, "cannot read the node configuration"),
    }
    StaticPodSupervisor::new(paths, board)
        .run(crate::serving::termination_signal())
        .await;
    reporter.abort();
    for task in background {
        task.abort();
    }
    Ok(())
}
