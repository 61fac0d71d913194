//! The controller-manager under load, against a baseline in the same run:
//! - baseline: 3,000 pods created directly by this benchmark (64 requests in flight, as many as
//!   the replicaset controller allows itself) — the API server's raw pod-create rate here;
//! - a Deployment scaled from 0 to 3,000 replicas: from the scale request until the 3,000th
//!   pod exists (deployment → ReplicaSet → pods, slow-start batches); ratio to the baseline;
//! - 1,000 Jobs of one pod each, created at once, their pods marked Succeeded by this
//!   benchmark as soon as they appear (playing the kubelet): Jobs completed per second;
//! - the controller-manager's resident memory once the cluster holds more than 10,000 pods.
//!
//! Pods name a scheduler nobody runs, so scheduling is not part of the figures. Two rounds of
//! baseline and deployment, alternating, so that drift on this shared machine shows.
//!
//! Run: `cargo bench --bench controllers` (needs etcd on PATH; uses 127.95.0.1).

mod common;

use std::collections::HashSet;
use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{Cluster, rss_mib};
use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::apps::v1::{Deployment, ReplicaSet};
use k8s_openapi::api::batch::v1::Job;
use k8s_openapi::api::core::v1::{Namespace, Pod};
use kube::api::{Api, ListParams, Patch, PatchParams, PostParams, WatchEvent, WatchParams};
use kube::{Resource, ResourceExt};
use serde::de::DeserializeOwned;
use serde_json::json;

const REPLICAS: usize = 3_000;
const JOBS: usize = 1_000;
const IN_FLIGHT: usize = 64;
const ROUNDS: usize = 2;

fn template(app: &str) -> serde_json::Value {
    json!({"metadata": {"labels": {"app": app}},
        "spec": {"schedulerName": "none", "restartPolicy": "Never",
            "containers": [{"name": "pause", "image": "registry.k8s.io/pause:3.10",
                "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}}}]}})
}

async fn namespace(client: &kube::Client, name: &str) {
    let ns: Namespace = serde_json::from_value(json!({"metadata": {"name": name}})).unwrap();
    Api::<Namespace>::all(client.clone())
        .create(&PostParams::default(), &ns)
        .await
        .unwrap();
}

async fn current_rv<K>(api: &Api<K>) -> String
where
    K: Resource + Clone + DeserializeOwned + std::fmt::Debug,
{
    api.list_metadata(&ListParams::default().limit(1))
        .await
        .unwrap()
        .metadata
        .resource_version
        .unwrap()
}

/// Watches `api` from `rv` until `done` has accepted `want` distinct objects; returns when.
async fn watch_until<K>(api: &Api<K>, rv: &str, want: usize, done: impl Fn(&K) -> bool) -> Instant
where
    K: Resource + Clone + DeserializeOwned + std::fmt::Debug + Send + 'static,
{
    let mut seen = HashSet::new();
    let mut rv = rv.to_owned();
    loop {
        let mut stream = api
            .watch(&WatchParams::default().timeout(290), &rv)
            .await
            .expect("watch")
            .boxed();
        while let Some(event) = stream.try_next().await.expect("watch event") {
            let obj = match event {
                WatchEvent::Added(o) | WatchEvent::Modified(o) => o,
                WatchEvent::Bookmark(b) => {
                    rv = b.metadata.resource_version;
                    continue;
                }
                _ => continue,
            };
            if let Some(v) = obj.meta().resource_version.clone() {
                rv = v;
            }
            if done(&obj) && seen.insert(obj.name_any()) && seen.len() == want {
                return Instant::now();
            }
        }
    }
}

/// The baseline: `REPLICAS` pods created by the benchmark itself; pods/s.
async fn raw_creates(client: &kube::Client, ns: &str) -> f64 {
    namespace(client, ns).await;
    let pods: Api<Pod> = Api::namespaced(client.clone(), ns);
    let start = Instant::now();
    futures::stream::iter(0..REPLICAS)
        .map(|i| {
            let pods = pods.clone();
            async move {
                let mut pod = template("raw");
                pod["metadata"]["name"] = json!(format!("raw-{i}"));
                let pod: Pod = serde_json::from_value(pod).unwrap();
                pods.create(&PostParams::default(), &pod)
                    .await
                    .expect("create");
            }
        })
        .buffer_unordered(IN_FLIGHT)
        .collect::<Vec<_>>()
        .await;
    REPLICAS as f64 / start.elapsed().as_secs_f64()
}

/// A Deployment scaled 0 → `REPLICAS`: pods/s from the scale request to the last pod.
async fn deployment_scale(client: &kube::Client, ns: &str) -> f64 {
    namespace(client, ns).await;
    let deployments: Api<Deployment> = Api::namespaced(client.clone(), ns);
    let d: Deployment = serde_json::from_value(json!({
        "metadata": {"name": "scale"},
        "spec": {"replicas": 0, "selector": {"matchLabels": {"app": "scale"}}, "template": template("scale")}
    }))
    .unwrap();
    deployments
        .create(&PostParams::default(), &d)
        .await
        .unwrap();
    let sets: Api<ReplicaSet> = Api::namespaced(client.clone(), ns);
    while sets
        .list_metadata(&ListParams::default())
        .await
        .unwrap()
        .items
        .is_empty()
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let pods: Api<Pod> = Api::namespaced(client.clone(), ns);
    let rv = current_rv(&pods).await;
    let start = Instant::now();
    let watch = tokio::spawn({
        let pods = pods.clone();
        async move { watch_until(&pods, &rv, REPLICAS, |_| true).await }
    });
    deployments
        .patch(
            "scale",
            &PatchParams::default(),
            &Patch::Merge(json!({"spec": {"replicas": REPLICAS}})),
        )
        .await
        .unwrap();
    let end = watch.await.unwrap();
    REPLICAS as f64 / (end - start).as_secs_f64()
}

/// `JOBS` one-pod Jobs, their pods succeeded as they appear: Jobs/s until all are Complete.
async fn jobs(client: &kube::Client) -> f64 {
    let ns = "jobs";
    namespace(client, ns).await;
    let pods: Api<Pod> = Api::namespaced(client.clone(), ns);
    let jobs: Api<Job> = Api::namespaced(client.clone(), ns);
    let pod_rv = current_rv(&pods).await;
    let job_rv = current_rv(&jobs).await;
    // The kubelet: every new pod of the namespace succeeds.
    let kubelet = tokio::spawn({
        let pods = pods.clone();
        async move {
            let limit = Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
            let mut rv = pod_rv;
            let mut done = HashSet::new();
            loop {
                let mut stream = pods
                    .watch(&WatchParams::default().timeout(290), &rv)
                    .await
                    .expect("watch")
                    .boxed();
                while let Ok(Some(event)) = stream.try_next().await {
                    let WatchEvent::Added(pod) = event else {
                        continue;
                    };
                    rv = pod.resource_version().unwrap_or_default();
                    if !done.insert(pod.name_any()) {
                        continue;
                    }
                    let (pods, permit) = (pods.clone(), limit.clone().acquire_owned().await);
                    tokio::spawn(async move {
                        let _permit = permit;
                        let status = json!({"status": {"phase": "Succeeded"}});
                        let _ = pods
                            .patch_status(
                                &pod.name_any(),
                                &PatchParams::default(),
                                &Patch::Merge(status),
                            )
                            .await;
                    });
                }
            }
        }
    });
    let start = Instant::now();
    let complete = tokio::spawn({
        let jobs = jobs.clone();
        async move {
            watch_until(&jobs, &job_rv, JOBS, |j: &Job| {
                j.status
                    .as_ref()
                    .and_then(|s| s.conditions.as_ref())
                    .is_some_and(|cs| {
                        cs.iter()
                            .any(|c| c.type_ == "Complete" && c.status == "True")
                    })
            })
            .await
        }
    });
    futures::stream::iter(0..JOBS)
        .map(|i| {
            let jobs = jobs.clone();
            async move {
                let job: Job = serde_json::from_value(json!({
                    "metadata": {"name": format!("job-{i}")},
                    "spec": {"template": template("job")}
                }))
                .unwrap();
                jobs.create(&PostParams::default(), &job)
                    .await
                    .expect("create job");
            }
        })
        .buffer_unordered(32)
        .collect::<Vec<_>>()
        .await;
    let end = complete.await.unwrap();
    kubelet.abort();
    JOBS as f64 / (end - start).as_secs_f64()
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let cluster = Cluster::init(Ipv4Addr::new(127, 95, 0, 1));
    runtime.block_on(async {
        let client = kubeforge::controllers::client(&cluster.paths().kubeconfig("admin.conf"))
            .await
            .unwrap();
        // Let the controller-manager win its Lease and sync before measuring.
        tokio::time::sleep(Duration::from_secs(3)).await;
        let mut raw = Vec::new();
        let mut scaled = Vec::new();
        for round in 0..ROUNDS {
            raw.push(raw_creates(&client, &format!("raw-{round}")).await);
            scaled.push(deployment_scale(&client, &format!("scale-{round}")).await);
            println!(
                "round {round}: raw creates {:.0} pods/s, deployment 0→{REPLICAS} {:.0} pods/s (ratio {:.2})",
                raw[round],
                scaled[round],
                scaled[round] / raw[round]
            );
        }
        let jobs_per_s = jobs(&client).await;
        println!("{JOBS} one-pod Jobs: {jobs_per_s:.1} jobs/s");
        // Memory with everything above in the controller-manager's caches.
        tokio::time::sleep(Duration::from_secs(5)).await;
        let total = Api::<Pod>::all(client.clone())
            .list_metadata(&ListParams::default())
            .await
            .unwrap()
            .items
            .len();
        let pid_file = cluster
            .paths()
            .container_pid_file("kube-controller-manager", "kube-controller-manager");
        let pid: i32 = std::fs::read_to_string(pid_file)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let rss = rss_mib(pid);
        let best = |v: &[f64]| v.iter().cloned().fold(f64::MIN, f64::max);
        println!();
        println!("| measurement | result | / baseline | target |");
        println!("|---|---|---|---|");
        println!("| baseline: raw pod creates (64 in flight) | {:.0} pods/s | 1.00 | |", best(&raw));
        for (round, (s, r)) in scaled.iter().zip(&raw).enumerate() {
            println!(
                "| Deployment 0→{REPLICAS} (round {round}) | {s:.0} pods/s | {:.2} | ≥ 0.7 |",
                s / r
            );
        }
        println!("| {JOBS} one-pod Jobs to Complete | {jobs_per_s:.1} jobs/s | | |");
        println!("| controller-manager memory at {total} pods | {rss:.0} MiB | | < 200 MiB |");
    });
}
