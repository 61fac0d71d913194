//! `kubeforge controller-manager`: the controllers, each a watcher → reconcile loop (kube-rs's
//! controller runtime), plus the secure health port (10257), leader-elected. This build runs
//! the namespace controller; the others are the controller-manager issue's work.

mod namespace;

use kube::config::{KubeConfigOptions, Kubeconfig};

use crate::controlplane::CONTROLLER_MANAGER_PORT;
use crate::leader_election::{LeaderElectionOptions, LeaderElector, Outcome, serve_while_leading};
use crate::serving::component::{self, ComponentOptions, Extras};

#[derive(Clone, Debug, clap::Args)]
pub struct ControllerManagerOptions {
    #[command(flatten)]
    pub component: ComponentOptions,
    #[command(flatten)]
    pub leader_election: LeaderElectionOptions,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Component(#[from] component::Error),
    #[error("invalid leader election settings: {0}")]
    LeaderElectionSettings(String),
    #[error(transparent)]
    LeaderElection(#[from] crate::leader_election::Error),
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

/// Serves health at once; runs the controllers only while this process leads the
/// `kube-system/kube-controller-manager` Lease (so with several masters exactly one acts).
pub async fn run(opts: ControllerManagerOptions) -> Result<(), Error> {
    let le = &opts.leader_election;
    le.validate().map_err(Error::LeaderElectionSettings)?;
    let client = client(&opts.component.kubeconfig).await?;
    let elector = le.leader_elect.then(|| {
        LeaderElector::new(
            client.clone(),
            le,
            "kube-controller-manager",
            crate::leader_election::identity(),
        )
    });
    let health = component::run_health_server(
        "kube-controller-manager",
        &opts.component,
        CONTROLLER_MANAGER_PORT,
        Extras::default(),
    );
    let controllers = async {
        namespace::run(client.clone()).await;
        std::future::pending().await
    };
    match serve_while_leading(elector.as_ref(), health, controllers).await {
        Outcome::Served(served) => Ok(served?),
        Outcome::Lost(lost) => Err(lost.into()),
    }
}
