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

/// Rewrites the API server's command with `edit`, then waits until a new process serves.
fn restart_apiserver(cluster: &Cluster, edit: impl Fn(&mut Vec<String>)) {
    let paths = cluster.paths();
    let manifest = paths.manifest("kube-apiserver");
    let mut pod =
        kubeforge::staticpod::parse_manifest(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
    let container = &mut pod.spec.as_mut().unwrap().containers[0];
    edit(container.command.as_mut().unwrap());
    let pid_file = paths.container_pid_file("kube-apiserver", "kube-apiserver");
    let before = std::fs::read_to_string(&pid_file).unwrap_or_default();
    kubeforge::staticpod::write_manifest(&manifest, &pod).unwrap();
    let client =
        kubeforge::kubeconfig::client::ApiClient::from_kubeconfig(&paths.kubeconfig("admin.conf"))
            .unwrap()
            .with_timeout(Duration::from_secs(2));
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        let now = std::fs::read_to_string(&pid_file).unwrap_or_default();
        if !now.is_empty()
            && now != before
            && common_block_on(client.get("/readyz")).is_ok_and(|r| r.status == 200)
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("the API server did not come back");
}

fn common_block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::task::block_in_place(|| tokio::runtime::Handle::current().block_on(f))
}

fn set_flag(command: &mut Vec<String>, flag: &str, value: Option<&str>) {
    let prefix = format!("--{flag}=");
    command.retain(|a| !a.starts_with(&prefix));
    if let Some(v) = value {
        command.push(format!("{prefix}{v}"));
    }
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
            restart_apiserver(&cluster, |c| set_flag(c, "authorization-mode", Some(mode)));
            let client = kubeforge::controllers::client(&admin).await.unwrap();
            out.push(
                create_rate(&Api::<ConfigMap>::namespaced(client, "default"), config_map).await,
            );
        }
    }
    restart_apiserver(&cluster, |c| {
        set_flag(c, "authorization-mode", Some("Node,RBAC"))
    });
    for _ in 0..ROUNDS {
        for (config, out) in [
            (Some(encryption.as_str()), &mut encrypted),
            (None, &mut plain),
        ] {
            restart_apiserver(&cluster, |c| {
                set_flag(c, "encryption-provider-config", config)
            });
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
