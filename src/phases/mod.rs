//! The init, join and reset workflows: one file per phase, each adapting the workflow's data
//! to the modules that do the work (pki, kubeconfig, etcd, controlplane, agent, discovery).

pub mod init;
pub mod join;
pub mod rbac;
pub mod reset;

use std::future::Future;
use std::pin::Pin;

use crate::workflow::PhaseError;

/// A phase's error with a message for the user.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Failed(pub String);

pub type NodeFuture<'a> =
    Pin<Box<dyn Future<Output = Result<&'a mut init::InitData, PhaseError>> + Send + 'a>>;

/// What init's node-setup phases (certs, kubeconfig, control-plane, agent-start,
/// wait-control-plane) need, so that `join` runs the very same phases: init has its settings
/// from the start; join learns them from the cluster on first use (discovery), as kubeadm's
/// join data does.
pub trait NodeSetup: Send + 'static {
    fn node(&mut self) -> NodeFuture<'_>;
    /// False for a worker join: the control-plane phases have nothing to do.
    fn runs_control_plane(&self) -> bool {
        true
    }
    /// The first master: writes super-admin.conf (kubeadm writes it on init only).
    fn is_first_master(&self) -> bool {
        true
    }
}

impl NodeSetup for init::InitData {
    fn node(&mut self) -> NodeFuture<'_> {
        Box::pin(async move { Ok(self) })
    }
}

/// Creates or updates `object` by server-side apply as the field manager "kubeforge", forcing
/// ownership: re-running a phase converges on what it writes, whoever changed it since.
pub async fn apply<K>(client: &kube::Client, object: &K) -> Result<K, kube::Error>
where
    K: kube::Resource<Scope = k8s_openapi::NamespaceResourceScope> + Applied,
    K::DynamicType: Default,
{
    let namespace = object.meta().namespace.clone().unwrap_or_default();
    apply_with(kube::Api::namespaced(client.clone(), &namespace), object).await
}

/// As [`apply`], for cluster-scoped objects.
pub async fn apply_cluster<K>(client: &kube::Client, object: &K) -> Result<K, kube::Error>
where
    K: kube::Resource<Scope = k8s_openapi::ClusterResourceScope> + Applied,
    K::DynamicType: Default,
{
    apply_with(kube::Api::all(client.clone()), object).await
}

/// What a typed object needs to be sent and read back.
pub trait Applied:
    Clone + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug
{
}
impl<K: Clone + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug> Applied for K {}

async fn apply_with<K>(api: kube::Api<K>, object: &K) -> Result<K, kube::Error>
where
    K: kube::Resource + Applied,
    K::DynamicType: Default,
{
    let name = object.meta().name.clone().unwrap_or_default();
    api.patch(
        &name,
        &kube::api::PatchParams::apply("kubeforge").force(),
        &kube::api::Patch::Apply(object),
    )
    .await
}
