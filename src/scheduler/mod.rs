//! `kubeforge scheduler`. This build runs the component's process and secure health port
//! (10259) with its kubeconfig identity; scheduling itself (queue, filter and score plugins,
//! binding, leader election) is the scheduler issue's work and is not here yet.

use crate::controlplane::SCHEDULER_PORT;
use crate::serving::component::{self, ComponentOptions};

pub async fn run(opts: ComponentOptions) -> Result<(), component::Error> {
    tracing::warn!("this build does not schedule pods yet: only the health endpoints are served");
    component::run_health_server("kube-scheduler", &opts, SCHEDULER_PORT).await
}
