//! What API security costs, measured on one cluster in one run by switching the API server's
//! flags between rounds (the agent restarts it when its manifest changes):
//! - ConfigMap creates/s from 32 concurrent clients with `--authorization-mode=Node,RBAC` (the
//!   default; admin.conf's group reaches cluster-admin through a ClusterRoleBinding) vs
//!   `AlwaysAllow` — target: RBAC costs < 5%;
//! - Secret creates/s with the default encryption at rest (aescbc) vs none — target: < 20%.
//!
//! Rounds alternate (A, B, A, B, …) and the medians are compared, so drift in the machine's
//! load affects both sides alike.
//!
//! Run: `cargo bench --bench security` (needs etcd on PATH; uses 127.96.0.1).

mod common;

use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

use common::{Cluster, median};
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::{Api, DeleteParams, ListParams, PostParams};

const CLIENTS: usize = 32;
const CREATES: usize = 3000;
const ROUNDS: usize = 3;

/// Sets (or, with `None`, removes) one API server flag and waits for the restarted server.
async fn restart_with(cluster: &Cluster, flag: &str, value: Option<&str>) {
    kubeforge::controlplane::restart_apiserver(
        &cluster.paths(),
        |pod| kubeforge::controlplane::set_apiserver_flag(pod, flag, value),
        Duration::from_secs(120),
    )
    .await
    .unwrap();
}

/// Creates/s of `make(i)` objects from CLIENTS concurrent clients; deletes them afterwards.
async fn create_rate<K>(api: &Api<K>, make: fn(usize) -> K) -> f64
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
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let api = api.clone();
        tasks.push(tokio::spawn(async move {
            for i in (c..CREATES).step_by(CLIENTS) {
                api.create(&PostParams::default(), &make(i)).await.unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let rate = CREATES as f64 / start.elapsed().as_secs_f64();
    api.delete_collection(
        &DeleteParams::default(),
        &ListParams::default().labels("bench=security"),
    )
    .await
    .unwrap();
    rate
}

fn config_map(i: usize) -> ConfigMap {
    serde_json::from_value(serde_json::json!({"metadata": {"name": format!("cm-{i:05}"), "labels": {"bench": "security"}},
        "data": {"key": "value-of-a-small-config-map"}}))
    .unwrap()
}

fn secret(i: usize) -> Secret {
    serde_json::from_value(serde_json::json!({"metadata": {"name": format!("s-{i:05}"), "labels": {"bench": "security"}},
        "stringData": {"password": "a-small-secret-value-0123456789"}}))
    .unwrap()
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let cluster = Cluster::init(Ipv4Addr::new(127, 96, 0, 1));
    let admin = cluster.paths().kubeconfig("admin.conf");
    let encryption = cluster.paths().encryption_config().display().to_string();
    println!(
        "API security costs (release build, 2 vCPUs; one cluster, flags switched between rounds)\n"
    );

    let mut rbac = Vec::new();
    let mut allow = Vec::new();
    let mut encrypted = Vec::new();
    let mut plain = Vec::new();
    for _ in 0..ROUNDS {
        for (mode, out) in [("Node,RBAC", &mut rbac), ("AlwaysAllow", &mut allow)] {
            restart_with(&cluster, "authorization-mode", Some(mode)).await;
            let client = kubeforge::controllers::client(&admin).await.unwrap();
            out.push(
                create_rate(&Api::<ConfigMap>::namespaced(client, "default"), config_map).await,
            );
        }
    }
    restart_with(&cluster, "authorization-mode", Some("Node,RBAC")).await;
    for _ in 0..ROUNDS {
        for (config, out) in [
            (Some(encryption.as_str()), &mut encrypted),
            (None, &mut plain),
        ] {
            restart_with(&cluster, "encryption-provider-config", config).await;
            let client = kubeforge::controllers::client(&admin).await.unwrap();
            out.push(create_rate(&Api::<Secret>::namespaced(client, "default"), secret).await);
        }
    }
    let (rbac, allow) = (median(rbac), median(allow));
    let (encrypted, plain) = (median(encrypted), median(plain));
    println!(
        "ConfigMap creates, {CLIENTS} clients, {CREATES} per round, median of {ROUNDS} rounds"
    );
    println!("  baseline: --authorization-mode=AlwaysAllow: {allow:>8.0}/s");
    println!(
        "  --authorization-mode=Node,RBAC:             {rbac:>8.0}/s   cost {:+.1}% (target < 5%)\n",
        (1.0 - rbac / allow) * 100.0
    );
    println!("Secret creates, {CLIENTS} clients, {CREATES} per round, median of {ROUNDS} rounds");
    println!("  baseline: no encryption at rest:            {plain:>8.0}/s");
    println!(
        "  aescbc encryption at rest (init's default):  {encrypted:>8.0}/s   cost {:+.1}% (target < 20%)",
        (1.0 - encrypted / plain) * 100.0
    );
}
