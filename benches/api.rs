//! The API server against baselines measured in the same run:
//! - creates/s of small ConfigMaps from 32 concurrent clients vs raw etcd puts/s of the same
//!   bytes from 32 concurrent clients;
//! - GET latency (p50/p99) vs raw etcd gets;
//! - LIST of 10,000 pods served from the watch cache vs a raw etcd range of the same keys;
//! - a watch event reaching 100 concurrent watchers (p99) vs the same through 100 etcd watches;
//! - the API server's resident memory with the 10,000 pods stored vs empty.
//!
//! Run: `cargo bench --bench api` (needs etcd on PATH; uses 127.97.0.1).

mod common;

use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{Cluster, ms, rss_mib};
use futures::StreamExt;
use k8s_openapi::api::core::v1::{ConfigMap, Pod};
use kube::api::{Api, ListParams, PostParams, WatchEvent, WatchParams};

const CLIENTS: usize = 32;
const CREATES: usize = 4000;
const PODS: usize = 10_000;
const WATCHERS: usize = 100;

fn pct(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn cm(name: String) -> ConfigMap {
    serde_json::from_value(serde_json::json!({"metadata": {"name": name}, "data": {"key": "value-of-a-small-config-map"}})).unwrap()
}

fn pod(i: usize) -> Pod {
    serde_json::from_value(serde_json::json!({
        "metadata": {"name": format!("pod-{i:05}"), "labels": {"app": "bench", "shard": (i % 10).to_string()}},
        // Not for any scheduler: this measures the API server, not 10,000 bindings.
        "spec": {"schedulerName": "bench-unscheduled", "containers": [{"name": "app", "image": "registry.example/app:1.0", "ports": [{"containerPort": 8080}],
                  "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}}}]}
    }))
    .unwrap()
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let cluster = Cluster::init(Ipv4Addr::new(127, 97, 0, 1));
    run(&cluster).await;
}

async fn run(cluster: &Cluster) {
    let paths = &cluster.paths();
    let client = kubeforge::controllers::client(&paths.kubeconfig("admin.conf"))
        .await
        .unwrap();
    let etcd = cluster.etcd_client().await;
    let apiserver_pid: i32 =
        std::fs::read_to_string(paths.container_pid_file("kube-apiserver", "kube-apiserver"))
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap();
    println!(
        "API server benchmarks (release build, 2 vCPUs; etcd and the API server share them)\n"
    );

    // 1. Creates/s vs etcd puts/s.
    let bytes = serde_json::to_vec(&cm("bench-0000".into())).unwrap();
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let (etcd, bytes) = (etcd.clone(), bytes.clone());
        tasks.push(tokio::spawn(async move {
            let mut kv = etcd.kv_client();
            for i in (c..CREATES).step_by(CLIENTS) {
                kv.put(format!("/bench/raw/{i:05}"), bytes.clone(), None)
                    .await
                    .unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let etcd_rate = CREATES as f64 / start.elapsed().as_secs_f64();
    let cms: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let cms = cms.clone();
        tasks.push(tokio::spawn(async move {
            for i in (c..CREATES).step_by(CLIENTS) {
                cms.create(&PostParams::default(), &cm(format!("bench-{i:05}")))
                    .await
                    .unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let api_rate = CREATES as f64 / start.elapsed().as_secs_f64();
    println!("creates, {CLIENTS} concurrent clients, {CREATES} small ConfigMaps");
    println!("  baseline: raw etcd puts of the same bytes: {etcd_rate:>8.0}/s");
    println!(
        "  kubeforge API creates:                     {api_rate:>8.0}/s   ratio {:.2} (target >= 0.5)\n",
        api_rate / etcd_rate
    );

    // 2. GET latency.
    let mut api_lat = Vec::new();
    let mut etcd_lat = Vec::new();
    let mut kv = etcd.kv_client();
    for i in 0..2000 {
        let t = Instant::now();
        kv.get(format!("/bench/raw/{:05}", i % CREATES), None)
            .await
            .unwrap();
        etcd_lat.push(t.elapsed());
        let t = Instant::now();
        cms.get(&format!("bench-{:05}", i % CREATES)).await.unwrap();
        api_lat.push(t.elapsed());
    }
    api_lat.sort();
    etcd_lat.sort();
    println!("GET of one object, 2000 sequential requests");
    println!(
        "  baseline: raw etcd get:  p50 {:.2} ms  p99 {:.2} ms",
        ms(pct(&etcd_lat, 0.5)),
        ms(pct(&etcd_lat, 0.99))
    );
    println!(
        "  kubeforge API GET:       p50 {:.2} ms  p99 {:.2} ms (target p99 < 5 ms)\n",
        ms(pct(&api_lat, 0.5)),
        ms(pct(&api_lat, 0.99))
    );

    // 3. LIST of 10,000 pods, and memory.
    let empty_rss = rss_mib(apiserver_pid);
    let pods: Api<Pod> = Api::namespaced(client.clone(), "default");
    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let pods = pods.clone();
        tasks.push(tokio::spawn(async move {
            for i in (c..PODS).step_by(CLIENTS) {
                pods.create(&PostParams::default(), &pod(i)).await.unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let mut api_list = Vec::new();
    let mut etcd_list = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let req = http::Request::get("/api/v1/namespaces/default/pods?resourceVersion=0")
            .body(Vec::new())
            .unwrap();
        let text = client.request_text(req).await.unwrap();
        api_list.push(t.elapsed());
        assert!(text.len() > PODS * 100);
        let t = Instant::now();
        let mut n = 0;
        let mut start_key = "/registry/pods/default/".to_owned();
        loop {
            let resp = kv
                .get(
                    start_key.clone(),
                    Some(
                        etcd_client::GetOptions::new()
                            .with_range("/registry/pods/default0")
                            .with_limit(1000),
                    ),
                )
                .await
                .unwrap();
            n += resp.kvs().len();
            if !resp.more() {
                break;
            }
            start_key = format!("{}\0", resp.kvs().last().unwrap().key_str().unwrap());
        }
        etcd_list.push(t.elapsed());
        assert_eq!(n, PODS);
    }
    api_list.sort();
    etcd_list.sort();
    let rss = rss_mib(apiserver_pid);
    println!("LIST of {PODS} pods (median of 5)");
    println!(
        "  baseline: raw etcd range of the same keys: {:.0} ms",
        ms(pct(&etcd_list, 0.5))
    );
    println!(
        "  kubeforge LIST from the watch cache:       {:.0} ms (target < 100 ms)\n",
        ms(pct(&api_list, 0.5))
    );
    println!("API server resident memory");
    println!("  baseline: empty cluster:        {empty_rss:.0} MiB");
    println!("  with {PODS} pods stored:         {rss:.0} MiB (target < 300 MiB)\n");

    // 4. Watch fan-out.
    let lat = Arc::new(std::sync::Mutex::new(Vec::new()));
    let created_at = Arc::new(std::sync::Mutex::new(std::collections::HashMap::<
        String,
        Instant,
    >::new()));
    let mut watchers = Vec::new();
    let rv = cms
        .list(&ListParams::default().limit(1))
        .await
        .unwrap()
        .metadata
        .resource_version
        .unwrap();
    for _ in 0..WATCHERS {
        let (cms, lat, created_at, rv) = (cms.clone(), lat.clone(), created_at.clone(), rv.clone());
        watchers.push(tokio::spawn(async move {
            let mut stream = cms
                .watch(
                    &WatchParams::default().labels("fanout=yes").timeout(60),
                    &rv,
                )
                .await
                .unwrap()
                .boxed();
            let mut seen = 0;
            while let Some(Ok(ev)) = stream.next().await {
                if let WatchEvent::Added(o) = ev {
                    let t = created_at.lock().unwrap()[o.metadata.name.as_deref().unwrap()];
                    lat.lock().unwrap().push(t.elapsed());
                    seen += 1;
                    if seen == 20 {
                        return;
                    }
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    for i in 0..20 {
        let name = format!("fanout-{i}");
        let mut c = cm(name.clone());
        c.metadata.labels = Some([("fanout".to_owned(), "yes".to_owned())].into());
        created_at.lock().unwrap().insert(name, Instant::now());
        cms.create(&PostParams::default(), &c).await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for w in watchers {
        let _ = tokio::time::timeout(Duration::from_secs(30), w).await;
    }
    let mut lat = lat.lock().unwrap().clone();
    lat.sort();
    // Baseline: the same fan-out through 100 raw etcd watches.
    let etcd_lat = Arc::new(std::sync::Mutex::new(Vec::new()));
    let created_at = Arc::new(std::sync::Mutex::new(std::collections::HashMap::<
        String,
        Instant,
    >::new()));
    let mut watchers = Vec::new();
    for _ in 0..WATCHERS {
        let (mut etcd, lat, created_at) = (etcd.clone(), etcd_lat.clone(), created_at.clone());
        watchers.push(tokio::spawn(async move {
            let mut stream = etcd
                .watch(
                    "/bench/fanout/",
                    Some(etcd_client::WatchOptions::new().with_prefix()),
                )
                .await
                .unwrap();
            let mut seen = 0;
            while let Ok(Some(resp)) = stream.message().await {
                for ev in resp.events() {
                    let key = ev.kv().unwrap().key_str().unwrap().to_owned();
                    let t = created_at.lock().unwrap()[&key];
                    lat.lock().unwrap().push(t.elapsed());
                    seen += 1;
                }
                if seen >= 20 {
                    return;
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    for i in 0..20 {
        let key = format!("/bench/fanout/{i}");
        created_at
            .lock()
            .unwrap()
            .insert(key.clone(), Instant::now());
        kv.put(key, bytes.clone(), None).await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for w in watchers {
        let _ = tokio::time::timeout(Duration::from_secs(30), w).await;
    }
    let mut etcd_lat = etcd_lat.lock().unwrap().clone();
    etcd_lat.sort();
    println!(
        "a watch event reaching {WATCHERS} concurrent watchers (20 events, {} deliveries)",
        lat.len()
    );
    println!(
        "  baseline: {WATCHERS} raw etcd watches:  p50 {:.1} ms  p99 {:.1} ms",
        ms(pct(&etcd_lat, 0.5)),
        ms(pct(&etcd_lat, 0.99))
    );
    println!(
        "  kubeforge API watches:         p50 {:.1} ms  p99 {:.1} ms (target p99 < 50 ms)",
        ms(pct(&lat, 0.5)),
        ms(pct(&lat, 0.99))
    );
}
