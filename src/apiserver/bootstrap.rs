//! What must exist once the API server runs (kube-apiserver's post-start hooks): the system
//! namespaces, the `default/kubernetes` Service and its endpoints kept pointing at the live API
//! servers (each holds an etcd lease under `/registry/masterleases/`), and the system priority
//! classes.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use etcd_client::PutOptions;
use serde_json::{Value, json};

use super::handlers::create::create_object;
use super::handlers::update::{Mode, update_with};
use super::handlers::{Api, Call};
use super::meta;
use super::registry;
use super::request::Verb;

const LEASE_TTL: i64 = 15;
const RECONCILE_EVERY: Duration = Duration::from_secs(10);

async fn ensure(
    api: &Api,
    plural: &str,
    group: &str,
    version: &str,
    namespace: Option<&str>,
    obj: Value,
) {
    let Some(def) = registry::lookup(group, version, plural) else {
        return;
    };
    let name = meta::name(&obj).to_owned();
    let call = Call::internal(def, Verb::Create, namespace, None);
    if matches!(
        api.storage.get(&def.key(namespace, &name)).await,
        Ok(Some(_))
    ) {
        return;
    }
    match create_object(api, &call, obj).await {
        Ok(_) => tracing::info!(%plural, %name, "created"),
        Err(e) if e.code == http::StatusCode::CONFLICT => {}
        Err(e) => tracing::warn!(%plural, %name, error = %e, "cannot create a start-up object"),
    }
}

/// Creates the start-up objects (idempotent; run on every start).
pub async fn run(api: &Api, advertise: IpAddr, port: u16) {
    for ns in ["default", "kube-system", "kube-public", "kube-node-lease"] {
        ensure(
            api,
            "namespaces",
            "",
            "v1",
            None,
            json!({"metadata": {"name": ns}}),
        )
        .await;
    }
    for (name, value, description) in [
        (
            "system-node-critical",
            2_000_001_000,
            "Used for system critical pods that must not be moved from their current node.",
        ),
        (
            "system-cluster-critical",
            2_000_000_000,
            "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.",
        ),
    ] {
        ensure(
            api,
            "priorityclasses",
            "scheduling.k8s.io",
            "v1",
            None,
            json!({"apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": {"name": name}, "value": value, "globalDefault": false, "description": description, "preemptionPolicy": "PreemptLowerPriority"}),
        )
        .await;
    }
    let first_ip = api.services.first_ip().to_string();
    ensure(
        api,
        "services",
        "",
        "v1",
        Some("default"),
        json!({
            "metadata": {"name": "kubernetes", "namespace": "default", "labels": {"component": "apiserver", "provider": "kubernetes"}},
            "spec": {"type": "ClusterIP", "clusterIP": first_ip, "sessionAffinity": "None",
                     "ports": [{"name": "https", "port": 443, "protocol": "TCP", "targetPort": port}]},
        }),
    )
    .await;
    let _ = advertise;
}

/// Holds this API server's lease and keeps `default/kubernetes` endpoints equal to the set of
/// API servers holding one.
pub async fn endpoint_reconciler(api: Arc<Api>, advertise: IpAddr, port: u16) {
    let key = format!("/registry/masterleases/{advertise}");
    loop {
        // The member in use now: after a failover, the lease lives on another one.
        let member = api.storage.member();
        let mut client = member.client.clone();
        let lease = match client.lease_grant(LEASE_TTL, None).await {
            Ok(l) => l.id(),
            Err(e) => {
                api.storage.report(&member, &e);
                tracing::warn!(error = %e, "cannot grant the API server lease; retrying");
                tokio::time::sleep(Duration::from_secs(2)).await;
                continue;
            }
        };
        let value = serde_json::to_vec(&json!({"ip": advertise.to_string()})).expect("serializes");
        if let Err(e) = client
            .put(
                key.clone(),
                value,
                Some(PutOptions::new().with_lease(lease)),
            )
            .await
        {
            api.storage.report(&member, &e);
            tracing::warn!(error = %e, "cannot record the API server lease; retrying");
            tokio::time::sleep(Duration::from_secs(2)).await;
            continue;
        }
        let Ok((mut keeper, mut responses)) = client.lease_keep_alive(lease).await else {
            continue;
        };
        let mut tick =
            tokio::time::interval(RECONCILE_EVERY.min(Duration::from_secs(LEASE_TTL as u64 / 3)));
        loop {
            tick.tick().await;
            if keeper.keep_alive().await.is_err() {
                break;
            }
            match responses.message().await {
                Ok(Some(r)) if r.ttl() > 0 => {}
                _ => break, // the lease expired (etcd was away): take a new one
            }
            reconcile(&api, port).await;
        }
    }
}

async fn reconcile(api: &Api, port: u16) {
    let Ok(page) = api
        .storage
        .list("/registry/masterleases/", 0, None, 100)
        .await
    else {
        return;
    };
    let mut ips: Vec<String> = page
        .items
        .iter()
        .filter_map(|(_, s)| s.value.get("ip").and_then(Value::as_str).map(str::to_owned))
        .collect();
    ips.sort();
    if ips.is_empty() {
        return;
    }
    let addresses: Vec<Value> = ips.iter().map(|ip| json!({"ip": ip})).collect();
    let subsets = json!([{"addresses": addresses, "ports": [{"name": "https", "port": port, "protocol": "TCP"}]}]);
    if let Some(def) = registry::lookup("", "v1", "endpoints") {
        let call = Call::internal(def, Verb::Update, Some("default"), Some("kubernetes"));
        let desired = json!({"apiVersion": "v1", "kind": "Endpoints", "metadata": {"name": "kubernetes", "namespace": "default", "labels": {"endpointslice.kubernetes.io/skip-mirror": "true"}}, "subsets": subsets});
        let _ = update_with(api, &call, Mode::Main, |old| {
            let mut obj = desired.clone();
            if old.mod_revision > 0 {
                obj["metadata"] = old.value["metadata"].clone();
                meta::remove(&mut obj, "resourceVersion");
            }
            Ok(obj)
        })
        .await;
    }
    if let Some(def) = registry::lookup("discovery.k8s.io", "v1", "endpointslices") {
        let call = Call::internal(def, Verb::Update, Some("default"), Some("kubernetes"));
        let endpoints: Vec<Value> = ips
            .iter()
            .map(|ip| json!({"addresses": [ip], "conditions": {"ready": true}}))
            .collect();
        let desired = json!({"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
            "metadata": {"name": "kubernetes", "namespace": "default", "labels": {"kubernetes.io/service-name": "kubernetes"}},
            "addressType": if ips[0].contains(':') { "IPv6" } else { "IPv4" },
            "endpoints": endpoints,
            "ports": [{"name": "https", "port": port, "protocol": "TCP"}]});
        let _ = update_with(api, &call, Mode::Main, |old| {
            let mut obj = desired.clone();
            if old.mod_revision > 0 {
                obj["metadata"] = old.value["metadata"].clone();
                meta::remove(&mut obj, "resourceVersion");
            }
            Ok(obj)
        })
        .await;
    }
}

/// Compacts etcd history older than five minutes, every five minutes (kube-apiserver's
/// default), so the keyspace does not grow without bound.
pub async fn compactor(api: Arc<Api>) {
    let mut previous: Option<i64> = None;
    let mut tick = tokio::time::interval(Duration::from_secs(300));
    loop {
        tick.tick().await;
        if let Some(rev) = previous
            && let Err(e) = api.storage.compact(rev).await
            && !e.to_string().contains("compacted")
        {
            tracing::warn!(error = %e, revision = rev, "compaction failed");
        }
        previous = api.storage.current_revision().await.ok();
    }
}
