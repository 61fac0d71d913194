//! The scheduler on kube-scheduler's scheduler_perf shapes, against a baseline in the same run:
//! - SchedulingBasic: 5,000 nodes (4 CPU, 32 GiB, 110 pods), 1,000 pods placed first, then
//!   10,000 pods (100m CPU, 500 MiB) measured from the moment the scheduler sees them pending
//!   until the API server reports every one bound;
//! - SchedulingPodAntiAffinity: the same nodes, 1,000 placed then 1,000 measured pods that must
//!   each be on a node without another of their group (required anti-affinity by hostname);
//! - baseline: the same 10,000 bindings posted directly by this benchmark (128 in flight, as
//!   many as the scheduler allows itself) — the most any scheduler can get through this API
//!   server on this machine;
//! - the scheduler's resident memory with 5,000 nodes and 11,000 pods.
//!
//! The cluster's own scheduler is stopped (its manifest removed); the benchmark runs its own
//! `kubeforge scheduler` process so it can hold it (SIGSTOP) while the measured pods are
//! created and release it (SIGCONT) when they all wait: pod creation is then not part of the
//! figure, as in scheduler_perf where creation outpaces scheduling.
//!
//! Run: `cargo bench --bench scheduler` (needs etcd on PATH; uses 127.98.0.1).

mod common;

use std::collections::HashSet;
use std::net::Ipv4Addr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

use common::{BIN, Cluster, rss_mib};
use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::core::v1::{Node, Pod};
use kube::api::{Api, ListParams, PostParams, WatchEvent, WatchParams};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use serde_json::json;

const NODES: usize = 5_000;
const INIT_PODS: usize = 1_000;
const MEASURED_PODS: usize = 10_000;
const ANTI_AFFINITY_PODS: usize = 1_000;
const CLIENTS: usize = 32;
const BINDINGS_IN_FLIGHT: usize = 128;

fn node(i: usize) -> Node {
    serde_json::from_value(json!({
        "metadata": {"name": format!("node-{i:05}"), "labels": {"kubernetes.io/hostname": format!("node-{i:05}")}},
        "status": {
            "capacity": {"cpu": "4", "memory": "32Gi", "pods": "110"},
            "allocatable": {"cpu": "4", "memory": "32Gi", "pods": "110"},
            "conditions": [{"type": "Ready", "status": "True"}]
        }
    }))
    .unwrap()
}

fn pod(name: &str, scheduler: &str, anti_affinity_group: Option<&str>) -> Pod {
    let mut pod = json!({
        "metadata": {"name": name, "namespace": "default", "labels": {"app": "bench"}},
        "spec": {
            "schedulerName": scheduler,
            "containers": [{"name": "pause", "image": "registry.k8s.io/pause:3.10",
                "resources": {"requests": {"cpu": "100m", "memory": "500Mi"}}}]
        }
    });
    if let Some(group) = anti_affinity_group {
        pod["metadata"]["labels"]["group"] = json!(group);
        pod["spec"]["affinity"] = json!({"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{
            "labelSelector": {"matchLabels": {"group": group}}, "topologyKey": "kubernetes.io/hostname"}]}});
    }
    serde_json::from_value(pod).unwrap()
}

/// Creates `items` with CLIENTS concurrent requests.
async fn create_all<K>(api: &Api<K>, items: Vec<K>)
where
    K: kube::Resource
        + Clone
        + serde::de::DeserializeOwned
        + serde::Serialize
        + std::fmt::Debug
        + Send
        + Sync
        + 'static,
{
    futures::stream::iter(items)
        .map(|item| {
            let api = api.clone();
            async move {
                api.create(&PostParams::default(), &item)
                    .await
                    .expect("create");
            }
        })
        .buffer_unordered(CLIENTS)
        .collect::<Vec<_>>()
        .await;
}

/// Counts pods whose name starts with `prefix` becoming bound, from `resource_version` on,
/// until `want` are; returns when the last one was seen.
async fn wait_bound(pods: &Api<Pod>, resource_version: &str, prefix: &str, want: usize) -> Instant {
    let mut bound = HashSet::new();
    let mut rv = resource_version.to_owned();
    loop {
        let mut stream = pods
            .watch(&WatchParams::default().timeout(290), &rv)
            .await
            .expect("watch")
            .boxed();
        while let Some(event) = stream.try_next().await.expect("watch event") {
            let pod = match event {
                WatchEvent::Modified(p) | WatchEvent::Added(p) => p,
                WatchEvent::Bookmark(b) => {
                    rv = b.metadata.resource_version;
                    continue;
                }
                _ => continue,
            };
            if let Some(v) = &pod.metadata.resource_version {
                rv = v.clone();
            }
            let name = pod.metadata.name.clone().unwrap_or_default();
            let on_node = pod
                .spec
                .as_ref()
                .and_then(|s| s.node_name.as_deref())
                .is_some_and(|n| !n.is_empty());
            if on_node && name.starts_with(prefix) && bound.insert(name) && bound.len() == want {
                return Instant::now();
            }
        }
    }
}

async fn current_rv(pods: &Api<Pod>) -> String {
    pods.list_metadata(&ListParams::default().limit(1))
        .await
        .unwrap()
        .metadata
        .resource_version
        .unwrap()
}

/// The benchmark's own scheduler process; killed when dropped.
struct SchedulerProcess(Child);

impl SchedulerProcess {
    fn start(cluster: &Cluster) -> Self {
        let kubeconfig = cluster.paths().kubeconfig("scheduler.conf");
        let child = Command::new(BIN)
            .args([
                "scheduler",
                "--leader-elect=false",
                "--secure-port",
                "10359",
            ])
            .arg("--kubeconfig")
            .arg(&kubeconfig)
            .args(["--bind-address", &cluster.addr.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        SchedulerProcess(child)
    }

    fn pid(&self) -> i32 {
        self.0.id() as i32
    }

    fn signal(&self, s: Signal) {
        kill(Pid::from_raw(self.pid()), s).unwrap();
    }
}

impl Drop for SchedulerProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// CPU seconds (user + system) a process has used so far.
fn cpu_seconds(pid: i32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The fields after the command name (which may hold spaces) start after ')'.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let hz = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK)
        .ok()
        .flatten()
        .unwrap_or(100) as f64;
    (ticks(11) + ticks(12)) / hz
}

/// The pid recorded for a static Pod's container.
fn container_pid(cluster: &Cluster, pod: &str) -> i32 {
    std::fs::read_to_string(cluster.paths().container_pid_file(pod, pod))
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Creates `count` pods named `<prefix>-N` while the scheduler is held, then releases it and
/// returns pods/s until all are bound; prints the CPU each of `processes` used meanwhile.
async fn measure(
    pods: &Api<Pod>,
    scheduler: &SchedulerProcess,
    processes: &[(&str, i32)],
    prefix: &str,
    count: usize,
    group: Option<&str>,
) -> f64 {
    scheduler.signal(Signal::SIGSTOP);
    let items = (0..count)
        .map(|i| pod(&format!("{prefix}-{i:05}"), "default-scheduler", group))
        .collect();
    create_all(pods, items).await;
    let rv = current_rv(pods).await;
    let before: Vec<f64> = processes.iter().map(|(_, pid)| cpu_seconds(*pid)).collect();
    let start = Instant::now();
    scheduler.signal(Signal::SIGCONT);
    let done = wait_bound(pods, &rv, &format!("{prefix}-"), count).await;
    let wall = (done - start).as_secs_f64();
    let used: Vec<String> = processes
        .iter()
        .zip(&before)
        .map(|((name, pid), b)| format!("{name} {:.1} s", cpu_seconds(*pid) - b))
        .collect();
    println!("  CPU used in those {wall:.1} s: {}", used.join(", "));
    count as f64 / wall
}

/// The scheduler's own counters: attempts by result and time spent in the algorithm.
async fn print_scheduler_metrics(cluster: &Cluster) {
    let conf = cluster.paths().kubeconfig("admin.conf");
    let creds = kubeforge::kubeconfig::Kubeconfig::load(&conf)
        .unwrap()
        .credentials(&conf)
        .unwrap();
    let tls = kubeforge::tls::insecure_client_config(Some((
        creds.client_cert_pem.as_deref().unwrap(),
        creds.client_key_pem.as_deref().unwrap(),
    )))
    .unwrap();
    let client = kubeforge::kubeconfig::client::ApiClient::new(
        &format!("https://{}:10359", cluster.addr),
        tls,
    )
    .unwrap();
    let metrics = client.get("/metrics").await.unwrap().text();
    let wanted = [
        "scheduler_schedule_attempts_total",
        "scheduler_scheduling_algorithm",
        "scheduler_events_dropped",
    ];
    for line in metrics
        .lines()
        .filter(|l| wanted.iter().any(|w| l.starts_with(w)))
    {
        println!("  {line}");
    }
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    // The 5,000 Node objects have no kubelet renewing their Leases: without this the
    // node-lifecycle controller would mark them unreachable (and taint them) 40 s in.
    let cluster = Cluster::init_with(
        Ipv4Addr::new(127, 98, 0, 1),
        Some(
            "controllerManager:\n  extraArgs:\n  - {name: controllers, value: \"*,-node-lifecycle\"}\n",
        ),
    );
    let paths = cluster.paths();
    // The cluster's scheduler goes (the agent stops it); the benchmark runs its own.
    std::fs::remove_file(paths.manifest("kube-scheduler")).unwrap();
    let client = kubeforge::controllers::client(&paths.kubeconfig("admin.conf"))
        .await
        .unwrap();
    let nodes: Api<Node> = Api::all(client.clone());
    let pods: Api<Pod> = Api::namespaced(client.clone(), "default");
    println!(
        "Scheduler benchmarks (release build, 2 vCPUs shared by etcd, the API server, the scheduler and this client)\n"
    );

    let started = Instant::now();
    create_all(&nodes, (0..NODES).map(node).collect()).await;
    println!(
        "setup: {NODES} nodes created in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let scheduler = SchedulerProcess::start(&cluster);

    // SchedulingBasic.
    let rv = current_rv(&pods).await;
    create_all(
        &pods,
        (0..INIT_PODS)
            .map(|i| pod(&format!("init-{i:05}"), "default-scheduler", None))
            .collect(),
    )
    .await;
    wait_bound(&pods, &rv, "init-", INIT_PODS).await;
    let processes = [
        ("scheduler", scheduler.pid()),
        ("API server", container_pid(&cluster, "kube-apiserver")),
        ("etcd", container_pid(&cluster, "etcd")),
        (
            "controller-manager",
            container_pid(&cluster, "kube-controller-manager"),
        ),
        // Its watch of every pod shares the machine with what is measured.
        ("this benchmark", std::process::id() as i32),
    ];
    let basic = measure(&pods, &scheduler, &processes, "basic", MEASURED_PODS, None).await;
    let rss = rss_mib(scheduler.pid());
    println!(
        "SchedulingBasic ({NODES} nodes, {INIT_PODS} placed, {MEASURED_PODS} measured): {basic:.0} pods/s"
    );
    println!(
        "scheduler resident memory with {NODES} nodes and {} pods: {rss:.0} MiB",
        INIT_PODS + MEASURED_PODS
    );

    // SchedulingPodAntiAffinity.
    let rv = current_rv(&pods).await;
    let items = (0..ANTI_AFFINITY_PODS)
        .map(|i| {
            pod(
                &format!("anti-init-{i:05}"),
                "default-scheduler",
                Some("green"),
            )
        })
        .collect();
    create_all(&pods, items).await;
    wait_bound(&pods, &rv, "anti-init-", ANTI_AFFINITY_PODS).await;
    let anti = measure(
        &pods,
        &scheduler,
        &processes,
        "anti",
        ANTI_AFFINITY_PODS,
        Some("green"),
    )
    .await;
    println!(
        "SchedulingPodAntiAffinity ({NODES} nodes, {ANTI_AFFINITY_PODS} placed, {ANTI_AFFINITY_PODS} measured): {anti:.0} pods/s"
    );
    print_scheduler_metrics(&cluster).await;
    drop(scheduler);

    // Baseline: the same number of bindings posted directly, no scheduler involved.
    let items = (0..MEASURED_PODS)
        .map(|i| pod(&format!("raw-{i:05}"), "nobody", None))
        .collect();
    create_all(&pods, items).await;
    let rv = current_rv(&pods).await;
    let before: Vec<f64> = processes[1..]
        .iter()
        .map(|(_, pid)| cpu_seconds(*pid))
        .collect();
    let start = Instant::now();
    let watcher = {
        let pods = pods.clone();
        tokio::spawn(async move { wait_bound(&pods, &rv, "raw-", MEASURED_PODS).await })
    };
    let client = Arc::new(client);
    futures::stream::iter(0..MEASURED_PODS)
        .map(|i| {
            let client = client.clone();
            async move {
                let p = kubeforge::scheduler::pod_info::PodInfo::new(pod(
                    &format!("raw-{i:05}"),
                    "nobody",
                    None,
                ));
                kubeforge::scheduler::api::bind(&client, &p, &format!("node-{:05}", i % NODES))
                    .await
                    .expect("bind");
            }
        })
        .buffer_unordered(BINDINGS_IN_FLIGHT)
        .collect::<Vec<_>>()
        .await;
    let done = watcher.await.unwrap();
    let raw = MEASURED_PODS as f64 / (done - start).as_secs_f64();
    let used: Vec<String> = processes[1..]
        .iter()
        .zip(&before)
        .map(|((name, pid), b)| format!("{name} {:.1} s", cpu_seconds(*pid) - b))
        .collect();
    println!(
        "  CPU used meanwhile: {} ({:.1} s wall)",
        used.join(", "),
        (done - start).as_secs_f64()
    );
    println!(
        "baseline: {MEASURED_PODS} bindings posted directly ({BINDINGS_IN_FLIGHT} in flight): {raw:.0} pods/s\n"
    );

    println!("| measurement | pods/s | / raw bindings | target |");
    println!("|---|---|---|---|");
    println!("| baseline: raw bindings | {raw:.0} | 1.00 | |");
    println!(
        "| SchedulingBasic | {basic:.0} | {:.2} | ≥ 2,000 pods/s (kube-scheduler CI floor 680) |",
        basic / raw
    );
    println!(
        "| SchedulingPodAntiAffinity | {anti:.0} | {:.2} | (kube-scheduler floor 60) |",
        anti / raw
    );
    println!(
        "| scheduler memory, {NODES} nodes / {} pods | {rss:.0} MiB | | < 150 MiB |",
        INIT_PODS + MEASURED_PODS
    );
}
