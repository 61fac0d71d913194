//! `kubeforge agent`: the node agent, in the kubelet's place. It runs the static Pods in
//! `<root>/etc/kubernetes/manifests` as supervised processes and, once the API server answers,
//! registers the Node, renews its Lease and keeps mirror Pods for the static Pods.

pub mod api_proxy;
pub mod ca_rotation;
pub mod cert_renewal;
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
    let mut background = Vec::new();
    let mut local_api = None;
    match crate::config::recorded(paths.root()) {
        Ok(Some(config)) => {
            // Before the static Pods start, so they serve the names the configuration asks for.
            cert_renewal::reissue_drifted(&config.paths(paths.root()), &config);
            local_api = start_api_proxy(&paths, &config, &mut background).await;
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
            background.push(tokio::spawn(ca_rotation::run(
                node_paths.clone(),
                config.clone(),
                local_api,
            )));
            background.push(tokio::spawn(snapshots::run(node_paths, config, metrics)));
        }
        Ok(None) => {}
        Err(e) => tracing::warn!(error = %e, "cannot read the node configuration"),
    }
    let reporter = tokio::spawn(node::run(paths.clone(), board.clone(), local_api));
    StaticPodSupervisor::new(paths, board)
        .run(crate::serving::termination_signal())
        .await;
    reporter.abort();
    for task in background {
        task.abort();
    }
    Ok(())
}

/// Starts the node-local API endpoint on `<advertise address>:6444`; returns its address, or
/// `None` (the agent then talks to kubelet.conf's server directly) when it cannot listen.
async fn start_api_proxy(
    paths: &Paths,
    config: &crate::config::InitConfig,
    background: &mut Vec<tokio::task::JoinHandle<()>>,
) -> Option<std::net::SocketAddr> {
    let addr = std::net::SocketAddr::new(config.advertise_address, api_proxy::PORT);
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            tracing::warn!(%addr, error = %e, "cannot serve the node-local API endpoint");
            return None;
        }
    };
    let node_paths = config.paths(paths.root());
    let local = node_paths
        .manifest("kube-apiserver")
        .exists()
        .then(|| config.local_api_endpoint().to_string());
    let kubelet_conf = node_paths.kubeconfig(crate::config::paths::KUBELET_CONF);
    let seeds = api_proxy::server_of(&kubelet_conf).into_iter().collect();
    let proxy = api_proxy::ApiProxy::new(local, seeds);
    background.push(tokio::spawn(api_proxy::serve(listener, proxy.clone())));
    background.push(tokio::spawn(api_proxy::follow_endpoints(
        proxy,
        kubelet_conf,
        addr,
    )));
    tracing::info!(%addr, "node-local API endpoint serving");
    Some(addr)
}
