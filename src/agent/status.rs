//! What the agent knows about the Pods it runs, shared between the supervisor (which writes
//! it) and the mirror-pod reporter (which publishes it to the API server).

use std::collections::BTreeMap;
use std::sync::Mutex;

use k8s_openapi::api::core::v1::Pod;
use time::OffsetDateTime;

#[derive(Clone, Debug, Default)]
pub struct ContainerState {
    /// When the current process started; `None` while it is not running.
    pub running_since: Option<OffsetDateTime>,
    /// Passed its startup probe (or has none): the container is ready.
    pub ready: bool,
    pub restarts: u32,
    /// The last exit: code and when.
    pub last_exit: Option<(i32, OffsetDateTime)>,
}

#[derive(Clone, Debug)]
pub struct PodState {
    /// A hash of the manifest, as the kubelet's `kubernetes.io/config.hash`.
    pub hash: String,
    pub pod: Pod,
    pub containers: BTreeMap<String, ContainerState>,
}

#[derive(Default)]
pub struct StatusBoard {
    pods: Mutex<BTreeMap<String, PodState>>,
}

impl StatusBoard {
    pub fn pod_started(&self, name: &str, pod: &Pod, manifest: &str) {
        let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, manifest.as_bytes());
        let hash: String = digest.as_ref()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        self.pods.lock().unwrap().insert(
            name.to_owned(),
            PodState {
                hash,
                pod: pod.clone(),
                containers: BTreeMap::new(),
            },
        );
    }

    pub fn pod_stopped(&self, name: &str) {
        self.pods.lock().unwrap().remove(name);
    }

    pub fn update(&self, pod: &str, container: &str, f: impl FnOnce(&mut ContainerState)) {
        if let Some(p) = self.pods.lock().unwrap().get_mut(pod) {
            f(p.containers.entry(container.to_owned()).or_default());
        }
    }

    pub fn snapshot(&self) -> BTreeMap<String, PodState> {
        self.pods.lock().unwrap().clone()
    }
}
