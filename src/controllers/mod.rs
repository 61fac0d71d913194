//! `kubeforge controller-manager`: the controllers, each a watcher → reconcile loop (kube-rs's
//! controller runtime), plus the secure health port (10257). This build runs the namespace
//! controller; the others — and leader election — are the controller-manager issue's work.

mod namespace;

use kube::config::{KubeConfigOptions, Kubeconfig};

use crate::controlplane::CONTROLLER_MANAGER_PORT;
use crate::serving::component::{self, ComponentOptions};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Component(#[from] component::Error),
    #[error("cannot read kubeconfig {path}: {message}")]
    Kubeconfig { path: String, message: String },
}

/// A kube-rs client from a kubeconfig file.
pub async fn client(path: &std::path::Path) -> Result<kube::Client, Error> {
    let err = |e: &dyn std::fmt::Display| Error::Kubeconfig {
        path: path.display().to_string(),
        message: e.to_string(),
    };
    let kubeconfig = Kubeconfig::read_from(path).map_err(|e| err(&e))?;
    let config = kube::Config::from_custom_kubeconfig(kubeconfig, &KubeConfigOptions::default())
        .await
        .map_err(|e| err(&e))?;
    kube::Client::try_from(config).map_err(|e| err(&e))
}

pub async fn run(opts: ComponentOptions) -> Result<(), Error> {
    let client = client(&opts.kubeconfig).await?;
    tokio::spawn(namespace::run(client));
    component::run_health_server("kube-controller-manager", &opts, CONTROLLER_MANAGER_PORT).await?;
    Ok(())
}
