//! The agent's API side, once the API server answers (with the node's own kubelet.conf
//! identity): registers the Node (capacity from the host, addresses, Ready condition, node
//! info), renews its `kube-node-lease` Lease every 10 s, and keeps a mirror Pod for each static
//! Pod — `etcd-<node>`, `kube-apiserver-<node>`, … — whose status follows the processes.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use k8s_openapi::api::coordination::v1::Lease;
use k8s_openapi::api::core::v1::{Node, Pod};
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams, PostParams};
use serde_json::{Value, json};

use super::status::{PodState, StatusBoard};
use crate::apiserver::meta::format_time;
use crate::config::{Paths, paths};

const LEASE_EVERY: Duration = Duration::from_secs(10);
const LEASE_SECONDS: i32 = 40;
const STATUS_EVERY: Duration = Duration::from_secs(60);
const MIRROR_EVERY: Duration = Duration::from_secs(2);
const MIRROR_ANNOTATION: &str = "kubernetes.io/config.mirror";

/// This node's identity, from the configuration init recorded.
pub struct NodeIdentity {
    pub name: String,
    pub address: IpAddr,
}

impl NodeIdentity {
    pub fn load(paths: &Paths) -> Option<Self> {
        let docs = crate::config::load::read_init_file(&paths.node_config()).ok()?;
        let cfg = crate::config::resolve(&docs).ok()?;
        Some(NodeIdentity {
            name: cfg.node_name,
            address: cfg.advertise_address,
        })
    }
}

/// Runs forever: waits for the API, then registers and reports.
/// `api`: the node-local API endpoint, when the agent serves one.
pub async fn run(paths: Paths, board: Arc<StatusBoard>, api: Option<std::net::SocketAddr>) {
    let Some(identity) = NodeIdentity::load(&paths) else {
        tracing::warn!(config = %paths.node_config().display(), "no node configuration: the Node is not registered");
        return;
    };
    let kubeconfig = paths.kubeconfig(paths::KUBELET_CONF);
    let client = loop {
        match connect(&kubeconfig, api).await {
            Some(c) if c.apiserver_version().await.is_ok() => break c,
            _ => tokio::time::sleep(Duration::from_millis(500)).await,
        }
    };
    let mut reporter = Reporter {
        client,
        identity,
        board,
        posted: HashMap::new(),
    };
    loop {
        match reporter.register().await {
            Ok(()) => break,
            Err(e) => {
                tracing::warn!(error = %e, "cannot register the Node yet");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
    tracing::info!(node = %reporter.identity.name, "node registered");
    let mut lease = tokio::time::interval(LEASE_EVERY);
    let mut status = tokio::time::interval(STATUS_EVERY);
    let mut mirrors = tokio::time::interval(MIRROR_EVERY);
    loop {
        tokio::select! {
            _ = lease.tick() => if let Err(e) = reporter.renew_lease().await {
                tracing::warn!(error = %e, "cannot renew the node lease");
                // The node's certificate may have been renewed since the client was built
                // (its connections would then fail once the old one expires): reload it.
                if let Some(c) = connect(&kubeconfig, api).await {
                    reporter.client = c;
                }
            },
            _ = status.tick() => if let Err(e) = reporter.post_node_status().await {
                tracing::warn!(error = %e, "cannot post the node status");
            },
            _ = mirrors.tick() => if let Err(e) = reporter.sync_mirrors().await {
                tracing::debug!(error = %e, "mirror pods not synced yet");
            },
        }
    }
}

/// A client with the node's identity (read afresh from `kubeconfig`), through the node-local
/// API endpoint when there is one.
async fn connect(
    kubeconfig: &std::path::Path,
    api: Option<std::net::SocketAddr>,
) -> Option<kube::Client> {
    match api {
        Some(addr) => super::api_proxy::client(kubeconfig, addr).await.ok(),
        None => crate::controllers::client(kubeconfig).await.ok(),
    }
}

struct Reporter {
    client: kube::Client,
    identity: NodeIdentity,
    board: Arc<StatusBoard>,
    /// The last status posted per mirror pod (so unchanged status is not rewritten).
    posted: HashMap<String, Value>,
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn memory_kib() -> u64 {
    read("/proc/meminfo")
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn os_image() -> String {
    read("/etc/os-release")
        .lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map(|v| v.trim_matches('"').to_owned())
        .unwrap_or_else(|| "Linux".into())
}

fn arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}

impl Reporter {
    fn node_status(&self) -> Value {
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        let storage = nix::sys::statvfs::statvfs("/")
            .map(|s| s.blocks() * s.fragment_size() / 1024)
            .unwrap_or(0);
        let now = format_time(time::OffsetDateTime::now_utc());
        let condition = |kind: &str, status: &str, reason: &str, message: &str| json!({"type": kind, "status": status, "lastHeartbeatTime": now, "lastTransitionTime": now, "reason": reason, "message": message});
        let resources = json!({
            "cpu": cpus.to_string(),
            "memory": format!("{}Ki", memory_kib()),
            "ephemeral-storage": format!("{storage}Ki"),
            "pods": "110",
        });
        let uname = nix::sys::utsname::uname().ok();
        json!({
            "capacity": resources,
            "allocatable": resources,
            "conditions": [
                condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                condition("Ready", "True", "KubeletReady", "kubeforge agent is posting ready status"),
            ],
            "addresses": [
                {"type": "InternalIP", "address": self.identity.address.to_string()},
                {"type": "Hostname", "address": self.identity.name},
            ],
            "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}},
            "nodeInfo": {
                "machineID": read("/etc/machine-id"),
                "systemUUID": read("/sys/class/dmi/id/product_uuid"),
                "bootID": read("/proc/sys/kernel/random/boot_id"),
                "kernelVersion": uname.as_ref().map(|u| u.release().to_string_lossy().into_owned()).unwrap_or_default(),
                "osImage": os_image(),
                "containerRuntimeVersion": format!("kubeforge://{}", crate::version::KUBEFORGE_VERSION),
                "kubeletVersion": crate::version::server_git_version(),
                "kubeProxyVersion": "",
                "operatingSystem": "linux",
                "architecture": arch(),
            },
        })
    }

    async fn register(&mut self) -> kube::Result<()> {
        let nodes: Api<Node> = Api::all(self.client.clone());
        let name = &self.identity.name;
        let node: Node = serde_json::from_value(json!({
            "apiVersion": "v1",
            "kind": "Node",
            "metadata": {"name": name, "labels": {
                "kubernetes.io/hostname": name,
                "kubernetes.io/os": "linux",
                "kubernetes.io/arch": arch(),
                "beta.kubernetes.io/os": "linux",
                "beta.kubernetes.io/arch": arch(),
            }},
            "status": self.node_status(),
        }))
        .expect("a valid Node");
        match nodes.create(&PostParams::default(), &node).await {
            Ok(_) => {}
            Err(kube::Error::Api(e)) if e.code == 409 => {}
            Err(e) => return Err(e),
        }
        self.post_node_status().await?;
        self.renew_lease().await
    }

    async fn post_node_status(&self) -> kube::Result<()> {
        let nodes: Api<Node> = Api::all(self.client.clone());
        nodes
            .patch_status(
                &self.identity.name,
                &PatchParams::default(),
                &Patch::Merge(json!({"status": self.node_status()})),
            )
            .await
            .map(|_| ())
    }

    async fn renew_lease(&self) -> kube::Result<()> {
        let leases: Api<Lease> = Api::namespaced(self.client.clone(), "kube-node-lease");
        let name = &self.identity.name;
        let now = time::OffsetDateTime::now_utc();
        let micro = format!(
            "{}.{:06}Z",
            format_time(now).trim_end_matches('Z'),
            now.microsecond()
        );
        let spec = json!({"holderIdentity": name, "leaseDurationSeconds": LEASE_SECONDS, "renewTime": micro});
        match leases
            .patch(
                name,
                &PatchParams::default(),
                &Patch::Merge(json!({"spec": spec})),
            )
            .await
        {
            Ok(_) => Ok(()),
            Err(kube::Error::Api(e)) if e.code == 404 => {
                let lease: Lease = serde_json::from_value(json!({
                    "apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
                    "metadata": {"name": name, "namespace": "kube-node-lease",
                        "ownerReferences": [{"apiVersion": "v1", "kind": "Node", "name": name, "uid": self.node_uid().await.unwrap_or_default()}]},
                    "spec": spec,
                }))
                .expect("a valid Lease");
                leases
                    .create(&PostParams::default(), &lease)
                    .await
                    .map(|_| ())
            }
            Err(e) => Err(e),
        }
    }

    async fn node_uid(&self) -> Option<String> {
        let nodes: Api<Node> = Api::all(self.client.clone());
        nodes.get(&self.identity.name).await.ok()?.metadata.uid
    }

    /// Creates, refreshes and removes mirror pods so that they match the static pods.
    async fn sync_mirrors(&mut self) -> kube::Result<()> {
        let node = self.identity.name.clone();
        let desired: BTreeMap<String, PodState> = self.board.snapshot();
        let node_uid = self.node_uid().await.unwrap_or_default();
        let mut wanted = Vec::new();
        for (static_name, state) in &desired {
            let ns = state
                .pod
                .metadata
                .namespace
                .clone()
                .unwrap_or_else(|| "kube-system".into());
            let name = format!("{static_name}-{node}");
            wanted.push((ns.clone(), name.clone()));
            let pods: Api<Pod> = Api::namespaced(self.client.clone(), &ns);
            let existing = pods.get_opt(&name).await?;
            let current_hash = existing
                .as_ref()
                .and_then(|p| p.metadata.annotations.as_ref())
                .and_then(|a| a.get(MIRROR_ANNOTATION).cloned());
            if current_hash.as_deref() != Some(state.hash.as_str()) {
                if existing.is_some() {
                    pods.delete(
                        &name,
                        &DeleteParams {
                            grace_period_seconds: Some(0),
                            ..Default::default()
                        },
                    )
                    .await?;
                }
                let mut mirror = state.pod.clone();
                mirror.metadata.name = Some(name.clone());
                mirror.metadata.namespace = Some(ns.clone());
                let annotations = mirror
                    .metadata
                    .annotations
                    .get_or_insert_with(Default::default);
                annotations.insert(MIRROR_ANNOTATION.into(), state.hash.clone());
                annotations.insert("kubernetes.io/config.hash".into(), state.hash.clone());
                annotations.insert("kubernetes.io/config.source".into(), "file".into());
                mirror.metadata.owner_references = Some(vec![serde_json::from_value(json!({
                    "apiVersion": "v1", "kind": "Node", "name": node, "uid": node_uid, "controller": true,
                }))
                .expect("a valid owner reference")]);
                if let Some(spec) = mirror.spec.as_mut() {
                    spec.node_name = Some(node.clone());
                }
                mirror.status = None;
                pods.create(&PostParams::default(), &mirror).await?;
                self.posted.remove(&name);
            }
            let status = self.pod_status(state);
            if self.posted.get(&name) != Some(&status) {
                pods.patch_status(
                    &name,
                    &PatchParams::default(),
                    &Patch::Merge(json!({"status": status})),
                )
                .await?;
                self.posted.insert(name, status);
            }
        }
        // Mirror pods of static pods that are gone.
        let all: Api<Pod> = Api::all(self.client.clone());
        // From the API server's cache (resourceVersion 0, as a kubelet's reflector lists): this
        // runs every sync, and a consistent list would make the API server confirm etcd's
        // revision (or read etcd) each time; a pod missed now is found at the next sync.
        let mine = all
            .list(
                &ListParams::default()
                    .match_any()
                    .fields(&format!("spec.nodeName={node}")),
            )
            .await?;
        for pod in mine.items {
            let is_mirror = pod
                .metadata
                .annotations
                .as_ref()
                .is_some_and(|a| a.contains_key(MIRROR_ANNOTATION));
            let key = (
                pod.metadata.namespace.clone().unwrap_or_default(),
                pod.metadata.name.clone().unwrap_or_default(),
            );
            if !is_mirror && pod.metadata.deletion_timestamp.is_some() {
                // This agent runs only static pods: a pod the API bound here has no containers
                // to stop, so its graceful deletion is confirmed now, as a kubelet confirms it
                // once the containers are gone (otherwise it would stay Terminating forever
                // and hold up its namespace's deletion).
                let pods: Api<Pod> = Api::namespaced(self.client.clone(), &key.0);
                let params = DeleteParams {
                    grace_period_seconds: Some(0),
                    preconditions: Some(kube::api::Preconditions {
                        uid: pod.metadata.uid.clone(),
                        resource_version: None,
                    }),
                    ..Default::default()
                };
                if let Err(e) = pods.delete(&key.1, &params).await {
                    tracing::debug!(pod = %key.1, error = %e, "cannot confirm the pod's deletion");
                }
                continue;
            }
            if is_mirror && !wanted.contains(&key) {
                let pods: Api<Pod> = Api::namespaced(self.client.clone(), &key.0);
                pods.delete(
                    &key.1,
                    &DeleteParams {
                        grace_period_seconds: Some(0),
                        ..Default::default()
                    },
                )
                .await?;
                self.posted.remove(&key.1);
            }
        }
        Ok(())
    }

    fn pod_status(&self, state: &PodState) -> Value {
        let ip = self.identity.address.to_string();
        let containers = state
            .pod
            .spec
            .as_ref()
            .map(|s| s.containers.clone())
            .unwrap_or_default();
        let mut statuses = Vec::new();
        let mut all_ready = !containers.is_empty();
        let mut any_running = false;
        let mut started_at: Option<time::OffsetDateTime> = None;
        for c in &containers {
            let s = state.containers.get(&c.name).cloned().unwrap_or_default();
            all_ready &= s.ready;
            any_running |= s.running_since.is_some();
            if let Some(t) = s.running_since {
                started_at = Some(started_at.map_or(t, |a| a.min(t)));
            }
            let current = match s.running_since {
                Some(t) => json!({"running": {"startedAt": format_time(t)}}),
                None if s.restarts > 0 || s.last_exit.is_some() => {
                    json!({"waiting": {"reason": "CrashLoopBackOff"}})
                }
                None => json!({"waiting": {"reason": "ContainerCreating"}}),
            };
            let last = match s.last_exit {
                Some((code, at)) => {
                    json!({"terminated": {"exitCode": code, "reason": if code == 0 { "Completed" } else { "Error" }, "finishedAt": format_time(at)}})
                }
                None => json!({}),
            };
            statuses.push(json!({
                "name": c.name, "image": c.image, "imageID": "",
                "containerID": format!("kubeforge://{}/{}", state.pod.metadata.name.as_deref().unwrap_or(""), c.name),
                "ready": s.ready, "started": s.running_since.is_some(), "restartCount": s.restarts,
                "state": current, "lastState": last,
            }));
        }
        let truth = |b: bool| if b { "True" } else { "False" };
        let conditions = json!([
            {"type": "PodReadyToStartContainers", "status": "True"},
            {"type": "Initialized", "status": "True"},
            {"type": "Ready", "status": truth(all_ready)},
            {"type": "ContainersReady", "status": truth(all_ready)},
            {"type": "PodScheduled", "status": "True"},
        ]);
        json!({
            "phase": if any_running { "Running" } else { "Pending" },
            "conditions": conditions,
            "hostIP": ip, "hostIPs": [{"ip": ip}], "podIP": ip, "podIPs": [{"ip": ip}],
            "startTime": started_at.map(format_time),
            "containerStatuses": statuses,
            "qosClass": "Burstable",
        })
    }
}
