//! The scheduler's view of a Pod, computed once per Pod version: its resource requests (as
//! kube-scheduler's `computePodResourceRequest`), host ports, priority and the parts of the
//! spec the plugins read, so that filtering thousands of nodes never re-parses quantities.

use std::collections::BTreeMap;
use std::hash::Hasher;

use k8s_openapi::api::core::v1::{
    Affinity, Container, Pod, PodSpec, Toleration, TopologySpreadConstraint,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use crate::quantity::{parse_milli, parse_units};

/// Resource amounts: CPU in millicores, everything else in whole units.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resources {
    pub milli_cpu: i64,
    pub memory: i64,
    pub ephemeral_storage: i64,
    /// Extended and other resources (`nvidia.com/gpu`, `hugepages-2Mi`, …).
    pub scalar: BTreeMap<String, i64>,
}

impl Resources {
    /// From a `requests`/`allocatable` map.
    pub fn from_map(
        map: Option<&BTreeMap<String, k8s_openapi::apimachinery::pkg::api::resource::Quantity>>,
    ) -> Self {
        let mut r = Resources::default();
        for (name, q) in map.into_iter().flatten() {
            match name.as_str() {
                "cpu" => r.milli_cpu = parse_milli(&q.0).unwrap_or(0),
                "memory" => r.memory = parse_units(&q.0).unwrap_or(0),
                "ephemeral-storage" => r.ephemeral_storage = parse_units(&q.0).unwrap_or(0),
                "pods" => {}
                other => {
                    r.scalar
                        .insert(other.to_owned(), parse_units(&q.0).unwrap_or(0));
                }
            }
        }
        r
    }

    pub fn add(&mut self, other: &Resources) {
        self.milli_cpu += other.milli_cpu;
        self.memory += other.memory;
        self.ephemeral_storage += other.ephemeral_storage;
        for (k, v) in &other.scalar {
            *self.scalar.entry(k.clone()).or_default() += v;
        }
    }

    pub fn sub(&mut self, other: &Resources) {
        self.milli_cpu -= other.milli_cpu;
        self.memory -= other.memory;
        self.ephemeral_storage -= other.ephemeral_storage;
        for (k, v) in &other.scalar {
            *self.scalar.entry(k.clone()).or_default() -= v;
        }
    }

    /// Each resource the larger of the two (init containers run one at a time).
    fn max_with(&mut self, other: &Resources) {
        self.milli_cpu = self.milli_cpu.max(other.milli_cpu);
        self.memory = self.memory.max(other.memory);
        self.ephemeral_storage = self.ephemeral_storage.max(other.ephemeral_storage);
        for (k, v) in &other.scalar {
            let e = self.scalar.entry(k.clone()).or_default();
            *e = (*e).max(*v);
        }
    }

    pub fn is_zero(&self) -> bool {
        self.milli_cpu == 0
            && self.memory == 0
            && self.ephemeral_storage == 0
            && self.scalar.values().all(|v| *v == 0)
    }
}

/// kube-scheduler's defaults for a container without requests when *scoring* (so that such
/// pods still spread out): 100m CPU and 200 MiB memory.
pub const DEFAULT_MILLI_CPU_REQUEST: i64 = 100;
pub const DEFAULT_MEMORY_REQUEST: i64 = 200 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HostPort {
    pub ip: String,
    pub protocol: String,
    pub port: i32,
}

impl HostPort {
    /// Two host ports conflict when protocol and port are equal and either IP is a wildcard
    /// or the IPs are equal.
    pub fn conflicts(&self, other: &HostPort) -> bool {
        let wildcard = |ip: &str| ip.is_empty() || ip == "0.0.0.0" || ip == "::";
        self.port == other.port
            && self.protocol == other.protocol
            && (wildcard(&self.ip) || wildcard(&other.ip) || self.ip == other.ip)
    }
}

/// What a pending pod keeps of its object, in place of the object itself: 10,000 pods
/// created while the scheduler is busy are all pending at once, and their whole objects were
/// most of its peak memory.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    /// A digest of what scheduling reads (spec, labels, annotations), to tell a change there
    /// from a status update.
    pub digest: u64,
    /// The PodScheduled condition as (status, reason, message), so an unchanged one is not
    /// written again.
    pub scheduled: Option<(String, Option<String>, Option<String>)>,
}

/// A 64-bit digest of the pod's spec, labels and annotations, hashed from their JSON as it
/// is written (no copy is made).
fn digest(spec: &PodSpec, meta: &ObjectMeta) -> u64 {
    struct HashWriter(std::hash::DefaultHasher);
    impl std::io::Write for HashWriter {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.write(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut writer = HashWriter(Default::default());
    serde_json::to_writer(&mut writer, &(spec, &meta.labels, &meta.annotations))
        .expect("pods serialize");
    writer.0.finish()
}

/// A Pod as the scheduler uses it. Bound pods keep only what judging *other* pods needs
/// (requests, ports, labels, affinity, volumes): with tens of thousands of pods in the cache,
/// the full objects would dominate the scheduler's memory.
#[derive(Clone, Debug)]
pub struct PodInfo {
    /// What a pending pod keeps of its object beyond the parts parsed here.
    pub pending: Option<Pending>,
    pub namespace: String,
    pub name: String,
    pub uid: String,
    pub labels: BTreeMap<String, String>,
    pub node_name: String,
    pub scheduler_name: String,
    pub priority: i32,
    pub preempt_never: bool,
    /// What the pod needs to fit (filtering).
    pub requests: Resources,
    /// Requests with kube-scheduler's defaults for zero CPU/memory (scoring).
    pub non_zero_cpu: i64,
    pub non_zero_memory: i64,
    pub host_ports: Vec<HostPort>,
    pub node_selector: BTreeMap<String, String>,
    pub affinity: Option<Affinity>,
    pub tolerations: Vec<Toleration>,
    pub spread: Vec<TopologySpreadConstraint>,
    pub images: Vec<String>,
    pub nominated_node: Option<String>,
    /// Succeeded or Failed: holds no resources.
    pub terminal: bool,
    pub deleting: bool,
    pub start_time: Option<k8s_openapi::jiff::Timestamp>,
    /// Exclusive volumes (GCE PD, AWS EBS, RBD, iSCSI) by identity, for VolumeRestrictions.
    pub exclusive_volumes: Vec<(String, bool)>,
}

impl PodInfo {
    pub fn new(mut pod: Pod) -> Self {
        let mut spec = pod.spec.take().unwrap_or_default();
        let status = pod.status.as_ref();
        let phase = status.and_then(|s| s.phase.as_deref()).unwrap_or("");
        let terminal = phase == "Succeeded" || phase == "Failed";
        let pending = spec.node_name.as_deref().is_none_or(str::is_empty);
        let pending_digest = pending.then(|| digest(&spec, &pod.metadata));
        let requests = pod_requests(
            &spec.containers,
            spec.init_containers.as_deref(),
            spec.overhead.as_ref(),
        );
        let (non_zero_cpu, non_zero_memory) =
            non_zero_requests(&spec.containers, spec.init_containers.as_deref());
        let host_ports = spec
            .containers
            .iter()
            .flat_map(|c| c.ports.iter().flatten())
            .filter(|p| p.host_port.unwrap_or(0) > 0)
            .map(|p| HostPort {
                ip: p.host_ip.clone().unwrap_or_default(),
                protocol: p.protocol.clone().unwrap_or_else(|| "TCP".into()),
                port: p.host_port.unwrap_or(0),
            })
            .collect();
        let exclusive_volumes = exclusive_volumes(spec.volumes.as_deref().unwrap_or_default());
        let meta = &mut pod.metadata;
        let mut info = PodInfo {
            pending: None,
            namespace: meta.namespace.clone().unwrap_or_default(),
            name: meta.name.clone().unwrap_or_default(),
            uid: meta.uid.clone().unwrap_or_default(),
            labels: meta.labels.take().unwrap_or_default(),
            node_name: spec.node_name.take().unwrap_or_default(),
            scheduler_name: spec
                .scheduler_name
                .take()
                .unwrap_or_else(|| "default-scheduler".into()),
            priority: spec.priority.unwrap_or(0),
            preempt_never: spec.preemption_policy.as_deref() == Some("Never"),
            requests,
            non_zero_cpu,
            non_zero_memory,
            host_ports,
            node_selector: BTreeMap::new(),
            affinity: None,
            tolerations: Vec::new(),
            spread: Vec::new(),
            images: Vec::new(),
            nominated_node: status
                .and_then(|s| s.nominated_node_name.clone())
                .filter(|n| !n.is_empty()),
            terminal,
            deleting: meta.deletion_timestamp.is_some(),
            start_time: status.and_then(|s| s.start_time.as_ref()).map(|t| t.0),
            exclusive_volumes,
        };
        if pending {
            info.node_selector = spec.node_selector.clone().unwrap_or_default();
            info.affinity = spec.affinity.clone();
            info.tolerations = spec.tolerations.clone().unwrap_or_default();
            info.spread = spec.topology_spread_constraints.clone().unwrap_or_default();
            info.images = spec
                .containers
                .iter()
                .filter_map(|c| c.image.clone())
                .collect();
            info.pending = Some(Pending {
                digest: pending_digest.unwrap_or_default(),
                scheduled: status
                    .and_then(|s| s.conditions.as_ref())
                    .into_iter()
                    .flatten()
                    .find(|c| c.type_ == "PodScheduled")
                    .map(|c| (c.status.clone(), c.reason.clone(), c.message.clone())),
            });
        } else {
            info.affinity = spec.affinity.take();
        }
        info
    }

    /// This pod as assumed on `node` (bound in the scheduler's mind).
    pub fn assumed_on(&self, node: &str) -> PodInfo {
        PodInfo {
            pending: None,
            node_name: node.to_owned(),
            node_selector: BTreeMap::new(),
            tolerations: Vec::new(),
            spread: Vec::new(),
            images: Vec::new(),
            ..self.clone()
        }
    }

    /// Whether `newer` differs from this version in what scheduling reads (spec, labels,
    /// annotations) rather than only in status — kube-scheduler's isPodUpdated.
    pub fn spec_changed(&self, newer: &PodInfo) -> bool {
        match (&self.pending, &newer.pending) {
            (Some(a), Some(b)) => a.digest != b.digest,
            _ => true,
        }
    }

    /// The pod's PodScheduled condition as (status, reason, message), if it has one.
    pub fn scheduled_condition(&self) -> Option<(&str, Option<&str>, Option<&str>)> {
        let (status, reason, message) = self.pending.as_ref()?.scheduled.as_ref()?;
        Some((status.as_str(), reason.as_deref(), message.as_deref()))
    }

    /// `namespace/name`, the queue's and cache's key.
    pub fn key(&self) -> String {
        format!("{}/{}", self.namespace, self.name)
    }

    /// The pod's required anti-affinity terms (none when it has no such affinity).
    pub fn required_anti_affinity_terms(&self) -> &[k8s_openapi::api::core::v1::PodAffinityTerm] {
        self.affinity
            .as_ref()
            .and_then(|a| a.pod_anti_affinity.as_ref())
            .and_then(|a| {
                a.required_during_scheduling_ignored_during_execution
                    .as_deref()
            })
            .unwrap_or_default()
    }

    pub fn has_required_anti_affinity(&self) -> bool {
        self.affinity
            .as_ref()
            .and_then(|a| a.pod_anti_affinity.as_ref())
            .and_then(|a| {
                a.required_during_scheduling_ignored_during_execution
                    .as_ref()
            })
            .is_some_and(|t| !t.is_empty())
    }

    /// Whether this pod's terms weigh on where *other* pods go (InterPodAffinity scoring):
    /// required or preferred affinity, preferred anti-affinity.
    pub fn affects_scores(&self) -> bool {
        self.affinity.as_ref().is_some_and(|a| {
            let aff = a.pod_affinity.as_ref();
            let anti = a.pod_anti_affinity.as_ref();
            aff.is_some_and(|p| {
                p.required_during_scheduling_ignored_during_execution
                    .as_ref()
                    .is_some_and(|t| !t.is_empty())
                    || p.preferred_during_scheduling_ignored_during_execution
                        .as_ref()
                        .is_some_and(|t| !t.is_empty())
            }) || anti.is_some_and(|p| {
                p.preferred_during_scheduling_ignored_during_execution
                    .as_ref()
                    .is_some_and(|t| !t.is_empty())
            })
        })
    }
}

fn exclusive_volumes(volumes: &[k8s_openapi::api::core::v1::Volume]) -> Vec<(String, bool)> {
    volumes
        .iter()
        .filter_map(|v| {
            if let Some(d) = &v.gce_persistent_disk {
                Some((format!("gce/{}", d.pd_name), d.read_only.unwrap_or(false)))
            } else if let Some(d) = &v.aws_elastic_block_store {
                Some((format!("ebs/{}", d.volume_id), false))
            } else if let Some(d) = &v.rbd {
                let pool = d.pool.as_deref().unwrap_or("rbd");
                Some((
                    format!("rbd/{}/{pool}/{}", d.monitors.join(","), d.image),
                    d.read_only.unwrap_or(false),
                ))
            } else {
                v.iscsi.as_ref().map(|d| {
                    (
                        format!("iscsi/{}/{}/{}", d.target_portal, d.iqn, d.lun),
                        d.read_only.unwrap_or(false),
                    )
                })
            }
        })
        .collect()
}

/// Sum of the containers' requests, each resource at least the largest init container's
/// (restartable "sidecar" init containers add to the sum), plus the pod overhead.
fn pod_requests(
    containers: &[Container],
    init: Option<&[Container]>,
    overhead: Option<&BTreeMap<String, k8s_openapi::apimachinery::pkg::api::resource::Quantity>>,
) -> Resources {
    let mut sum = Resources::default();
    for c in containers {
        sum.add(&container_requests(c));
    }
    let mut sidecars = Resources::default();
    let mut init_max = Resources::default();
    for c in init.into_iter().flatten() {
        let r = container_requests(c);
        if c.restart_policy.as_deref() == Some("Always") {
            sidecars.add(&r);
            sum.add(&r);
        } else {
            // A regular init container runs alongside the sidecars started before it.
            let mut with_sidecars = r;
            with_sidecars.add(&sidecars);
            init_max.max_with(&with_sidecars);
        }
    }
    sum.max_with(&init_max);
    sum.add(&Resources::from_map(overhead));
    sum
}

fn container_requests(c: &Container) -> Resources {
    let res = c.resources.as_ref();
    // A limit without a request defaults the request (the API server does this too).
    let mut requests = res.and_then(|r| r.limits.clone()).unwrap_or_default();
    requests.extend(res.and_then(|r| r.requests.clone()).unwrap_or_default());
    Resources::from_map(Some(&requests))
}

fn non_zero_requests(containers: &[Container], init: Option<&[Container]>) -> (i64, i64) {
    let non_zero = |c: &Container| {
        let r = container_requests(c);
        let cpu = if r.milli_cpu == 0 {
            DEFAULT_MILLI_CPU_REQUEST
        } else {
            r.milli_cpu
        };
        let mem = if r.memory == 0 {
            DEFAULT_MEMORY_REQUEST
        } else {
            r.memory
        };
        (cpu, mem)
    };
    let (mut cpu, mut mem) = containers
        .iter()
        .map(non_zero)
        .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    for c in init.into_iter().flatten() {
        let (c_cpu, c_mem) = non_zero(c);
        cpu = cpu.max(c_cpu);
        mem = mem.max(c_mem);
    }
    (cpu, mem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod(spec: serde_json::Value) -> PodInfo {
        let pod: Pod = serde_json::from_value(
            json!({"metadata": {"name": "p", "namespace": "ns"}, "spec": spec}),
        )
        .unwrap();
        PodInfo::new(pod)
    }

    fn pending(labels: serde_json::Value, image: &str, status: serde_json::Value) -> PodInfo {
        let pod: Pod = serde_json::from_value(json!({
            "metadata": {"name": "p", "namespace": "ns", "labels": labels},
            "spec": {"containers": [{"name": "c", "image": image}]},
            "status": status,
        }))
        .unwrap();
        PodInfo::new(pod)
    }

    #[test]
    fn a_pending_pod_tells_a_spec_or_label_change_from_a_status_update() {
        let unschedulable = json!({"conditions": [{
            "type": "PodScheduled", "status": "False", "reason": "Unschedulable",
            "message": "0/1 nodes are available: 1 Insufficient cpu.",
        }]});
        let first = pending(json!({"app": "a"}), "nginx", json!({}));
        assert_eq!(first.scheduled_condition(), None);
        let status_only = pending(json!({"app": "a"}), "nginx", unschedulable);
        assert!(!first.spec_changed(&status_only));
        assert_eq!(
            status_only.scheduled_condition(),
            Some((
                "False",
                Some("Unschedulable"),
                Some("0/1 nodes are available: 1 Insufficient cpu.")
            ))
        );
        assert!(first.spec_changed(&pending(json!({"app": "b"}), "nginx", json!({}))));
        assert!(first.spec_changed(&pending(json!({"app": "a"}), "httpd", json!({}))));
        // A bound pod keeps nothing of its object: any later version counts as changed.
        let bound = first.assumed_on("n1");
        assert!(bound.spec_changed(&first));
    }

    #[test]
    fn requests_sum_containers_and_take_the_largest_init_container() {
        let p = pod(json!({
            "containers": [
                {"name": "a", "resources": {"requests": {"cpu": "250m", "memory": "64Mi"}}},
                {"name": "b", "resources": {"requests": {"cpu": "250m"}, "limits": {"memory": "64Mi", "nvidia.com/gpu": "1"}}}
            ],
            "initContainers": [{"name": "i", "resources": {"requests": {"cpu": "2"}}}],
            "overhead": {"cpu": "10m"}
        }));
        assert_eq!(p.requests.milli_cpu, 2010);
        assert_eq!(p.requests.memory, 128 << 20);
        assert_eq!(p.requests.scalar["nvidia.com/gpu"], 1);
    }

    #[test]
    fn zero_requests_score_as_kube_schedulers_defaults() {
        let p = pod(json!({"containers": [{"name": "a"}]}));
        assert!(p.requests.is_zero());
        assert_eq!((p.non_zero_cpu, p.non_zero_memory), (100, 200 << 20));
    }

    #[test]
    fn host_ports_conflict_on_wildcards() {
        let a = HostPort {
            ip: "".into(),
            protocol: "TCP".into(),
            port: 80,
        };
        let b = HostPort {
            ip: "10.0.0.1".into(),
            protocol: "TCP".into(),
            port: 80,
        };
        let c = HostPort {
            ip: "10.0.0.2".into(),
            protocol: "TCP".into(),
            port: 80,
        };
        let d = HostPort {
            ip: "10.0.0.1".into(),
            protocol: "UDP".into(),
            port: 80,
        };
        assert!(a.conflicts(&b));
        assert!(!b.conflicts(&c));
        assert!(!b.conflicts(&d));
    }
}
