//! `kubeforge controller-manager`. This build runs the component's process and secure health
//! port (10257) with its kubeconfig identity; the controllers themselves are the
//! controller-manager issue's work and are not here yet.

use crate::controlplane::CONTROLLER_MANAGER_PORT;
use crate::serving::component::{self, ComponentOptions};

pub async fn run(opts: ComponentOptions) -> Result<(), component::Error> {
    tracing::warn!("this build runs no controllers yet: only the health endpoints are served");
    component::run_health_server("kube-controller-manager", &opts, CONTROLLER_MANAGER_PORT).await
}
