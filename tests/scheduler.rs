//! The scheduler on a real cluster: `kubeforge init` runs it from its static Pod, the tests
//! create Node objects through the API (as kube-scheduler's own integration tests do — no
//! kubelet needed to be placed on) and pending pods, and read where they were bound, the
//! PodScheduled condition and the events. The init node itself is cordoned so that only the
//! test's nodes take pods.

mod common;

use std::time::{Duration, Instant};

use common::Node;
use k8s_openapi::api::coordination::v1::Lease;
use k8s_openapi::api::core::v1::{Event, Node as KubeNode, Pod, ServiceAccount};
use k8s_openapi::api::scheduling::v1::PriorityClass;
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams, PostParams};
use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(30);

struct Cluster {
    node: Node,
    client: kube::Client,
}

impl Cluster {
    /// A fresh cluster (optionally with ClusterConfiguration fields) whose own node is cordoned.
    async fn start(cluster_config: Option<&str>) -> Cluster {
        Self::start_on(Node::new(), cluster_config).await
    }

    async fn start_on(node: Node, cluster_config: Option<&str>) -> Cluster {
        match cluster_config {
            Some(fields) => {
                common::assert_success(&node.init_with_cluster_config(fields), "init --config")
            }
            None => {
                node.init();
            }
        }
        let client = kubeforge::controllers::client(&node.admin_conf())
            .await
            .expect("admin client");
        let c = Cluster { node, client };
        let nodes: Api<KubeNode> = Api::all(c.client.clone());
        eventually("the init node registered", || async {
            nodes.get_opt("node-a").await.ok().flatten().map(|_| ())
        })
        .await;
        nodes
            .patch(
                "node-a",
                &PatchParams::default(),
                &Patch::Merge(json!({"spec": {"unschedulable": true}})),
            )
            .await
            .expect("cordon node-a");
        // As Kubernetes' e2e framework does: pods are refused until the controller-manager has
        // created the namespace's default ServiceAccount (admission waits only 2 s for it).
        let accounts: Api<ServiceAccount> = Api::namespaced(c.client.clone(), "default");
        eventually("the default service account", || async {
            accounts.get_opt("default").await.ok().flatten().map(|_| ())
        })
        .await;
        c
    }

    fn pods(&self) -> Api<Pod> {
        Api::namespaced(self.client.clone(), "default")
    }

    /// A Node with `cpu`/`memory` allocatable and `extra` merged into it (labels, taints, …).
    async fn add_node(&self, name: &str, cpu: &str, memory: &str, extra: Value) {
        let mut node = json!({
            "apiVersion": "v1", "kind": "Node",
            "metadata": {"name": name, "labels": {"kubernetes.io/hostname": name}},
            "status": {
                "capacity": {"cpu": cpu, "memory": memory, "pods": "110"},
                "allocatable": {"cpu": cpu, "memory": memory, "pods": "110"},
                "conditions": [{"type": "Ready", "status": "True"}]
            }
        });
        merge(&mut node, extra);
        let node: KubeNode = serde_json::from_value(node).unwrap();
        Api::<KubeNode>::all(self.client.clone())
            .create(&PostParams::default(), &node)
            .await
            .unwrap_or_else(|e| panic!("create node {name}: {e}"));
    }

    /// 4-CPU nodes labelled with their `topology.kubernetes.io/zone`.
    async fn add_zoned_nodes(&self, nodes: &[(&str, &str)]) {
        for (name, zone) in nodes {
            let labels = json!({"metadata": {"labels": {"topology.kubernetes.io/zone": zone}}});
            self.add_node(name, "4", "8Gi", labels).await;
        }
    }

    /// A pending pod named `name` with one container requesting `cpu`, plus `spec` merged in.
    async fn add_pod(&self, name: &str, cpu: &str, spec: Value) {
        self.add_pod_with(name, json!({"spec": spec, "metadata": {}}), cpu)
            .await
    }

    async fn add_pod_with(&self, name: &str, extra: Value, cpu: &str) {
        let mut pod = json!({
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": name, "namespace": "default"},
            "spec": {"containers": [{"name": "c", "image": "registry.example/app:1",
                "resources": {"requests": {"cpu": cpu, "memory": "64Mi"}}}]}
        });
        merge(&mut pod, extra);
        let pod: Pod = serde_json::from_value(pod).unwrap();
        self.pods()
            .create(&PostParams::default(), &pod)
            .await
            .unwrap_or_else(|e| panic!("create pod {name}: {e}"));
    }

    /// Waits for `name` to be bound; returns its node.
    async fn bound(&self, name: &str) -> String {
        let pods = self.pods();
        eventually(&format!("pod {name} bound"), || async {
            let pod = pods.get(name).await.ok()?;
            pod.spec?.node_name.filter(|n| !n.is_empty())
        })
        .await
    }

    /// Waits for `name`'s PodScheduled=False condition; returns its message.
    async fn unschedulable(&self, name: &str) -> String {
        let pods = self.pods();
        eventually(&format!("pod {name} marked unschedulable"), || async {
            let pod = pods.get(name).await.ok()?;
            let c = pod
                .status?
                .conditions?
                .into_iter()
                .find(|c| c.type_ == "PodScheduled")?;
            (c.status == "False" && c.reason.as_deref() == Some("Unschedulable"))
                .then(|| c.message.unwrap_or_default())
        })
        .await
    }

    /// The messages of events with `reason` about pod `name`.
    async fn events(&self, name: &str, reason: &str) -> Vec<String> {
        let events: Api<Event> = Api::namespaced(self.client.clone(), "default");
        events
            .list(&ListParams::default())
            .await
            .unwrap()
            .items
            .into_iter()
            .filter(|e| {
                e.involved_object.name.as_deref() == Some(name)
                    && e.reason.as_deref() == Some(reason)
            })
            .map(|e| e.message.unwrap_or_default())
            .collect()
    }

    /// Plays the kubelet for a pod being deleted: removes it for good.
    async fn force_delete(&self, name: &str) {
        let _ = self
            .pods()
            .delete(
                name,
                &DeleteParams {
                    grace_period_seconds: Some(0),
                    ..Default::default()
                },
            )
            .await;
    }
}

fn merge(base: &mut Value, extra: Value) {
    match (base, extra) {
        (Value::Object(b), Value::Object(e)) => {
            for (k, v) in e {
                merge(b.entry(k).or_insert(Value::Null), v);
            }
        }
        (b, e) => *b = e,
    }
}

/// Polls `f` until it yields a value (or panics after WAIT).
async fn eventually<T, F, Fut>(what: &str, f: F) -> T
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(v) = f().await {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn taint(key: &str, value: &str, effect: &str) -> Value {
    json!({"spec": {"taints": [{"key": key, "value": value, "effect": effect}]}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resources_filter_and_least_allocated_scoring() {
    let c = Cluster::start(None).await;
    c.add_node("small", "1", "2Gi", json!({})).await;
    c.add_node("big", "8", "16Gi", json!({})).await;
    c.add_node("gpu", "2", "4Gi", json!({"status": {"allocatable": {"example.com/gpu": "2"}, "capacity": {"example.com/gpu": "2"}}})).await;

    // NodeResourcesFit filter: only "big" has 3 free CPUs.
    c.add_pod("needs-3-cpus", "3", json!({})).await;
    assert_eq!(c.bound("needs-3-cpus").await, "big");
    // Extended resources: only "gpu" has example.com/gpu.
    c.add_pod("needs-gpu", "100m", json!({"containers": [{"name": "c", "image": "x", "resources": {"requests": {"cpu": "100m", "example.com/gpu": "1"}}}]})).await;
    assert_eq!(c.bound("needs-gpu").await, "gpu");
    // Init containers count at their largest: 1.5 CPU fits on "big" and "gpu", not on "small".
    c.add_pod("init-heavy", "100m", json!({"initContainers": [{"name": "i", "image": "x", "resources": {"requests": {"cpu": "1500m"}}}]})).await;
    assert_ne!(c.bound("init-heavy").await, "small");
    // LeastAllocated scores the *share* left free: between "small" (1 CPU, none used) and
    // "big" (8 CPUs, 4.5 used) a small pod goes to "small".
    c.add_pod(
        "small-pod",
        "100m",
        json!({"affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{"matchExpressions": [{"key": "kubernetes.io/hostname", "operator": "In", "values": ["small", "big"]}]}]}}}}),
    )
    .await;
    assert_eq!(c.bound("small-pod").await, "small");

    // Fits nowhere: the condition and the event say why, in kube-scheduler's words.
    c.add_pod("too-big", "64", json!({})).await;
    let message = c.unschedulable("too-big").await;
    assert_eq!(
        message,
        "0/4 nodes are available: 1 node(s) were unschedulable, 3 Insufficient cpu. \
         preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod."
    );
    let events = eventually("a FailedScheduling event", || async {
        let e = c.events("too-big", "FailedScheduling").await;
        (!e.is_empty()).then_some(e)
    })
    .await;
    assert_eq!(events[0], message);
    let scheduled = c.events("small-pod", "Scheduled").await;
    assert_eq!(
        scheduled,
        ["Successfully assigned default/small-pod to small"]
    );

    // Retried when the cluster changes: a node that can hold it arrives.
    c.add_node("huge", "96", "64Gi", json!({})).await;
    assert_eq!(c.bound("too-big").await, "huge");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn node_affinity_selectors_and_taints() {
    let c = Cluster::start(None).await;
    c.add_node(
        "ssd",
        "4",
        "8Gi",
        json!({"metadata": {"labels": {"disk": "ssd", "zone": "a"}}}),
    )
    .await;
    c.add_node(
        "hdd",
        "4",
        "8Gi",
        json!({"metadata": {"labels": {"disk": "hdd", "zone": "b"}}}),
    )
    .await;
    let mut dedicated = taint("dedicated", "gpu", "NoSchedule");
    merge(
        &mut dedicated,
        json!({"metadata": {"labels": {"disk": "hdd", "zone": "c"}}}),
    );
    c.add_node("tainted", "4", "8Gi", dedicated).await;

    // nodeSelector.
    c.add_pod("selector", "100m", json!({"nodeSelector": {"disk": "ssd"}}))
        .await;
    assert_eq!(c.bound("selector").await, "ssd");
    // Required node affinity (NotIn) excludes; the taint excludes "tainted".
    c.add_pod("affinity", "100m", json!({"affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{"matchExpressions": [{"key": "disk", "operator": "NotIn", "values": ["ssd"]}]}]}}}})).await;
    assert_eq!(c.bound("affinity").await, "hdd");
    // A toleration lets a pod onto the tainted node; required affinity sends it there.
    c.add_pod("tolerates", "100m", json!({
        "tolerations": [{"key": "dedicated", "operator": "Equal", "value": "gpu", "effect": "NoSchedule"}],
        "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{"matchExpressions": [{"key": "zone", "operator": "In", "values": ["c"]}]}]}}}
    })).await;
    assert_eq!(c.bound("tolerates").await, "tainted");
    // Without the toleration: unschedulable, and the message names the taint.
    c.add_pod(
        "no-toleration",
        "100m",
        json!({"nodeSelector": {"zone": "c"}}),
    )
    .await;
    assert_eq!(
        c.unschedulable("no-toleration").await,
        "0/4 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 1 node(s) were unschedulable, \
         2 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling."
    );
    // Preferred node affinity outweighs the resource scores.
    for i in 0..3 {
        let name = format!("prefers-zone-a-{i}");
        c.add_pod(&name, "100m", json!({"affinity": {"nodeAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 100, "preference": {"matchExpressions": [{"key": "zone", "operator": "In", "values": ["a"]}]}}]}}})).await;
        assert_eq!(c.bound(&name).await, "ssd");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prefer_no_schedule_taints_host_ports_and_image_locality() {
    let c = Cluster::start(None).await;
    c.add_node("plain", "4", "8Gi", json!({})).await;
    c.add_node(
        "avoid",
        "4",
        "8Gi",
        taint("maintenance", "soon", "PreferNoSchedule"),
    )
    .await;
    c.add_node("cached", "4", "8Gi", json!({"status": {"images": [{"names": ["registry.example/big:1"], "sizeBytes": 900_000_000_i64}]}})).await;

    // ImageLocality: the node holding the 900 MB image wins.
    c.add_pod_with("big-image", json!({"spec": {"containers": [{"name": "c", "image": "registry.example/big:1", "resources": {"requests": {"cpu": "100m"}}}]}}), "100m").await;
    assert_eq!(c.bound("big-image").await, "cached");

    // NodePorts: three pods wanting host port 8080 take three nodes; a fourth fits nowhere.
    let mut nodes = Vec::new();
    for i in 0..3 {
        let name = format!("port-{i}");
        c.add_pod(&name, "10m", json!({"containers": [{"name": "c", "image": "x", "ports": [{"containerPort": 80, "hostPort": 8080}]}]})).await;
        nodes.push(c.bound(&name).await);
    }
    nodes.sort();
    assert_eq!(nodes, ["avoid", "cached", "plain"]);
    c.add_pod("port-3", "10m", json!({"containers": [{"name": "c", "image": "x", "ports": [{"containerPort": 80, "hostPort": 8080}]}]})).await;
    let message = c.unschedulable("port-3").await;
    assert!(
        message.starts_with("0/4 nodes are available: 1 node(s) were unschedulable, 3 node(s) didn't have free ports for the requested pod ports."),
        "{message}"
    );

    // TaintToleration score: untolerated PreferNoSchedule keeps pods off "avoid" while the
    // other nodes are equally good (each pod here is free to go anywhere).
    let mut placed = Vec::new();
    for i in 0..4 {
        let name = format!("spread-{i}");
        c.add_pod(&name, "10m", json!({})).await;
        placed.push(c.bound(&name).await);
    }
    assert!(
        !placed.contains(&"avoid".to_owned()),
        "placed on {placed:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inter_pod_affinity_and_anti_affinity() {
    let c = Cluster::start(None).await;
    c.add_zoned_nodes(&[("a1", "a"), ("a2", "a"), ("b1", "b"), ("b2", "b")])
        .await;
    let anti_web = json!({"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{"labelSelector": {"matchLabels": {"app": "web"}}, "topologyKey": "kubernetes.io/hostname"}]}});
    // Required anti-affinity on hostname: four web pods on four nodes, the fifth nowhere.
    let mut hosts = Vec::new();
    for i in 0..4 {
        let name = format!("web-{i}");
        c.add_pod_with(
            &name,
            json!({"metadata": {"labels": {"app": "web"}}, "spec": {"affinity": anti_web}}),
            "100m",
        )
        .await;
        hosts.push(c.bound(&name).await);
    }
    hosts.sort();
    assert_eq!(hosts, ["a1", "a2", "b1", "b2"]);
    c.add_pod_with(
        "web-4",
        json!({"metadata": {"labels": {"app": "web"}}, "spec": {"affinity": anti_web}}),
        "100m",
    )
    .await;
    let message = c.unschedulable("web-4").await;
    assert!(message.starts_with("0/5 nodes are available: 1 node(s) were unschedulable, 4 node(s) didn't match pod anti-affinity rules."), "{message}");

    // Required affinity by zone: a cache pod goes to the zone of the db pod.
    c.add_pod_with("db", json!({"metadata": {"labels": {"app": "db"}}, "spec": {"nodeSelector": {"kubernetes.io/hostname": "b2"}}}), "100m").await;
    assert_eq!(c.bound("db").await, "b2");
    for i in 0..3 {
        let name = format!("cache-{i}");
        c.add_pod(&name, "100m", json!({"affinity": {"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{"labelSelector": {"matchLabels": {"app": "db"}}, "topologyKey": "topology.kubernetes.io/zone"}]}}})).await;
        assert!(["b1", "b2"].contains(&c.bound(&name).await.as_str()));
    }
    // Existing pods' anti-affinity: a "loner" keeps app=noisy pods out of its zone.
    c.add_pod_with("loner", json!({"spec": {"nodeSelector": {"kubernetes.io/hostname": "a1"}, "affinity": {"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{"labelSelector": {"matchLabels": {"app": "noisy"}}, "topologyKey": "topology.kubernetes.io/zone"}]}}}}), "100m").await;
    assert_eq!(c.bound("loner").await, "a1");
    for i in 0..3 {
        let name = format!("noisy-{i}");
        c.add_pod_with(
            &name,
            json!({"metadata": {"labels": {"app": "noisy"}}}),
            "100m",
        )
        .await;
        assert!(["b1", "b2"].contains(&c.bound(&name).await.as_str()));
    }
    // Preferred affinity: pods that like app=db join its node's zone.
    for i in 0..2 {
        let name = format!("likes-db-{i}");
        c.add_pod(&name, "100m", json!({"affinity": {"podAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 100, "podAffinityTerm": {"labelSelector": {"matchLabels": {"app": "db"}}, "topologyKey": "topology.kubernetes.io/zone"}}]}}})).await;
        assert!(["b1", "b2"].contains(&c.bound(&name).await.as_str()));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn topology_spread_constraints() {
    let c = Cluster::start(None).await;
    c.add_zoned_nodes(&[("a1", "a"), ("a2", "a"), ("a3", "a"), ("b1", "b")])
        .await;
    c.add_node("unlabelled", "64", "128Gi", json!({})).await;
    let spread = |when: &str| {
        json!({"metadata": {"labels": {"app": "spread"}}, "spec": {"topologySpreadConstraints": [{
            "maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": when,
            "labelSelector": {"matchLabels": {"app": "spread"}}
        }]}})
    };
    // DoNotSchedule: zones a (3 nodes) and b (1 node) stay within one pod of each other,
    // and the node without the zone label is never used.
    let mut zones = std::collections::BTreeMap::<char, usize>::new();
    for i in 0..6 {
        let name = format!("hard-{i}");
        c.add_pod_with(&name, spread("DoNotSchedule"), "100m").await;
        let node = c.bound(&name).await;
        assert_ne!(node, "unlabelled");
        *zones.entry(node.chars().next().unwrap()).or_default() += 1;
        let (a, b) = (
            zones.get(&'a').copied().unwrap_or(0),
            zones.get(&'b').copied().unwrap_or(0),
        );
        assert!(a.abs_diff(b) <= 1, "skew exceeded: {zones:?}");
    }
    // ScheduleAnyway with a different group: prefers the emptier zone, never refuses.
    let mut soft = spread("ScheduleAnyway");
    soft["metadata"]["labels"]["app"] = json!("soft");
    soft["spec"]["topologySpreadConstraints"][0]["labelSelector"]["matchLabels"]["app"] =
        json!("soft");
    soft["spec"]["nodeSelector"] = json!({"topology.kubernetes.io/zone": "a"});
    c.add_pod_with("soft-0", soft, "100m").await;
    assert!(c.bound("soft-0").await.starts_with('a'));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn preemption_evicts_lower_priority_pods() {
    let c = Cluster::start(None).await;
    c.add_node("only", "2", "4Gi", json!({})).await;
    // Priorities come from PriorityClasses (the Priority admission plugin sets them).
    let classes: Api<PriorityClass> = Api::all(c.client.clone());
    for (name, value, policy) in [
        ("p10", 10, "PreemptLowerPriority"),
        ("p20", 20, "PreemptLowerPriority"),
        ("p1000", 1000, "PreemptLowerPriority"),
        ("p2000-never", 2000, "Never"),
    ] {
        let class: PriorityClass = serde_json::from_value(json!({
            "metadata": {"name": name}, "value": value, "preemptionPolicy": policy,
        }))
        .unwrap();
        classes
            .create(&PostParams::default(), &class)
            .await
            .unwrap();
    }
    c.add_pod("low-1", "1", json!({"priorityClassName": "p10"}))
        .await;
    c.add_pod("low-2", "1", json!({"priorityClassName": "p20"}))
        .await;
    assert_eq!(c.bound("low-1").await, "only");
    assert_eq!(c.bound("low-2").await, "only");
    // Needs one CPU: evicting the least important pod (low-1) is enough.
    c.add_pod("high", "1", json!({"priorityClassName": "p1000"}))
        .await;
    let pods = c.pods();
    let nominated = eventually("high nominated", || async {
        pods.get("high").await.ok()?.status?.nominated_node_name
    })
    .await;
    assert_eq!(nominated, "only");
    eventually("low-1 being deleted", || async {
        pods.get("low-1")
            .await
            .ok()?
            .metadata
            .deletion_timestamp
            .map(|_| ())
    })
    .await;
    assert!(
        pods.get("low-2")
            .await
            .unwrap()
            .metadata
            .deletion_timestamp
            .is_none(),
        "only the least important pod is evicted"
    );
    let preempted = c.events("low-1", "Preempted").await;
    assert_eq!(preempted.len(), 1, "{preempted:?}");
    // The kubelet would stop low-1 and remove it; then high is bound where room was made.
    c.force_delete("low-1").await;
    assert_eq!(c.bound("high").await, "only");

    // preemptionPolicy: Never waits instead.
    c.add_pod("polite", "1", json!({"priorityClassName": "p2000-never"}))
        .await;
    let message = c.unschedulable("polite").await;
    assert!(
        message.ends_with("preemption: not eligible due to preemptionPolicy=Never."),
        "{message}"
    );
    assert!(
        pods.get("low-2")
            .await
            .unwrap()
            .metadata
            .deletion_timestamp
            .is_none()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_configuration_file_switches_to_most_allocated_and_serves_metrics() {
    let node = Node::new();
    let config = node.dir.path().join("scheduler-config.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\n\
         profiles:\n- schedulerName: default-scheduler\n  pluginConfig:\n  - name: NodeResourcesFit\n    \
         args:\n      scoringStrategy:\n        type: MostAllocated\n",
    )
    .unwrap();
    let fields = format!(
        "scheduler:\n  extraArgs:\n  - name: config\n    value: {}\n",
        config.display()
    );
    let c = Cluster::start_on(node, Some(&fields)).await;
    c.add_node("roomy", "16", "32Gi", json!({})).await;
    c.add_node("busy", "4", "8Gi", json!({})).await;
    c.add_pod(
        "filler",
        "3",
        json!({"nodeSelector": {"kubernetes.io/hostname": "busy"}}),
    )
    .await;
    assert_eq!(c.bound("filler").await, "busy");
    // MostAllocated packs: the fuller node wins, unlike the default LeastAllocated.
    for i in 0..2 {
        let name = format!("packed-{i}");
        c.add_pod(&name, "200m", json!({})).await;
        assert_eq!(c.bound(&name).await, "busy");
    }

    // /metrics needs a client certificate; /healthz does not.
    let url = format!("https://{}:10259", c.node.address);
    let anonymous =
        kubeforge::kubeconfig::client::ApiClient::new(&url, insecure_tls(None)).unwrap();
    assert_eq!(anonymous.get("/healthz").await.unwrap().status, 200);
    assert_eq!(anonymous.get("/metrics").await.unwrap().status, 401);
    let creds = kubeforge::kubeconfig::Kubeconfig::load(&c.node.admin_conf())
        .unwrap()
        .credentials(&c.node.admin_conf())
        .unwrap();
    let admin = kubeforge::kubeconfig::client::ApiClient::new(
        &url,
        insecure_tls(Some((
            creds.client_cert_pem.as_deref().unwrap(),
            creds.client_key_pem.as_deref().unwrap(),
        ))),
    )
    .unwrap();
    let metrics = admin.get("/metrics").await.unwrap().text();
    assert!(metrics.contains("scheduler_schedule_attempts_total{profile=\"default-scheduler\",result=\"scheduled\"} 3"), "{metrics}");
    assert!(
        metrics.contains("leader_election_master_status{name=\"kube-scheduler\"} 1"),
        "{metrics}"
    );
}

/// The scheduler's serving certificate is self-signed (as kube-scheduler's default): trust it blindly.
fn insecure_tls(client_cert: Option<(&str, &str)>) -> std::sync::Arc<rustls::ClientConfig> {
    kubeforge::tls::insecure_client_config(client_cert).unwrap()
}

#[test]
fn a_bad_configuration_file_is_refused_with_the_reason() {
    let node = Node::new();
    let config = node.dir.path().join("bad.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\nprofiles:\n- plugins:\n    score:\n      enabled:\n      - name: NodeResourcesFitt\n",
    )
    .unwrap();
    let mut cmd = node.cmd();
    cmd.args([
        "scheduler",
        "--kubeconfig",
        "/nonexistent",
        "--config",
        config.to_str().unwrap(),
    ]);
    let out = common::run(cmd);
    assert!(!out.status.success());
    let err = common::stderr(&out);
    assert!(
        err.contains("unknown plugin \"NodeResourcesFitt\""),
        "{err}"
    );
    assert!(err.contains("bad.yaml"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_leader_schedules_and_a_successor_takes_over() {
    let c = Cluster::start(None).await;
    c.add_node("worker", "64", "128Gi", json!({})).await;
    // Two extra schedulers for their own schedulerName and Lease, with short timings.
    let config = c.node.dir.path().join("ha.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\n\
         leaderElection:\n  leaderElect: true\n  leaseDuration: 4s\n  renewDeadline: 3s\n  retryPeriod: 500ms\n  \
         resourceName: ha-scheduler\n  resourceNamespace: kube-system\n\
         profiles:\n- schedulerName: ha-scheduler\n",
    )
    .unwrap();
    // system:kube-scheduler may use only the kube-scheduler Lease: grant it this one too, as
    // an operator running a second scheduler does.
    let grant: Vec<Value> = vec![
        json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
            "metadata": {"name": "ha-scheduler-lease", "namespace": "kube-system"},
            "rules": [{"apiGroups": ["coordination.k8s.io"], "resources": ["leases"],
                       "resourceNames": ["ha-scheduler"], "verbs": ["get", "update"]}]}),
        json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
            "metadata": {"name": "ha-scheduler-lease", "namespace": "kube-system"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "ha-scheduler-lease"},
            "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "system:kube-scheduler"}]}),
    ];
    for obj in grant {
        let kind = obj["kind"].as_str().unwrap().to_owned();
        let api: Api<kube::api::DynamicObject> = Api::namespaced_with(
            c.client.clone(),
            "kube-system",
            &kube::api::ApiResource::from_gvk(&kube::api::GroupVersionKind::gvk(
                "rbac.authorization.k8s.io",
                "v1",
                &kind,
            )),
        );
        api.create(
            &PostParams::default(),
            &serde_json::from_value(obj).unwrap(),
        )
        .await
        .unwrap();
    }
    let kubeconfig = c.node.paths().kubeconfig("scheduler.conf");
    // Two "masters": the node's address and the next one on the same /24.
    let [a, b, x, _] = c.node.address.octets();
    let second_address = std::net::Ipv4Addr::new(a, b, x, 2);
    let start = |address: std::net::Ipv4Addr| {
        let mut cmd = std::process::Command::new(common::BIN);
        cmd.args([
            "scheduler",
            "--kubeconfig",
            kubeconfig.to_str().unwrap(),
            "--config",
            config.to_str().unwrap(),
        ])
        .args([
            "--bind-address",
            &address.to_string(),
            "--secure-port",
            "20259",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
        KillOnDrop(cmd.spawn().expect("start a scheduler"))
    };
    let first = start(c.node.address);
    let second = start(second_address);
    let leases: Api<Lease> = Api::namespaced(c.client.clone(), "kube-system");
    let leader = eventually("a leader", || async {
        leases
            .get("ha-scheduler")
            .await
            .ok()?
            .spec?
            .holder_identity
            .filter(|h| !h.is_empty())
    })
    .await;
    for i in 0..5 {
        c.add_pod(
            &format!("ha-{i}"),
            "100m",
            json!({"schedulerName": "ha-scheduler"}),
        )
        .await;
    }
    for i in 0..5 {
        assert_eq!(c.bound(&format!("ha-{i}")).await, "worker");
    }
    // Exactly one of them leads (its metrics say so): kill it.
    let first_leads = leads(&c, c.node.address).await;
    assert_ne!(
        first_leads,
        leads(&c, second_address).await,
        "exactly one scheduler leads"
    );
    let (dead, _survivor) = if first_leads {
        (first, second)
    } else {
        (second, first)
    };
    drop(dead);
    for i in 5..10 {
        c.add_pod(
            &format!("ha-{i}"),
            "100m",
            json!({"schedulerName": "ha-scheduler"}),
        )
        .await;
    }
    for i in 5..10 {
        assert_eq!(c.bound(&format!("ha-{i}")).await, "worker");
    }
    let successor = leases.get("ha-scheduler").await.unwrap().spec.unwrap();
    assert_ne!(successor.holder_identity.as_deref(), Some(leader.as_str()));
    assert_eq!(successor.lease_transitions, Some(1));
    // Every pod was bound exactly once.
    for i in 0..10 {
        assert_eq!(
            c.events(&format!("ha-{i}"), "Scheduled").await.len(),
            1,
            "ha-{i}"
        );
    }
}

/// A child process killed (SIGKILL) when dropped, even when the test fails.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Whether the scheduler serving on `port` reports that it leads.
async fn leads(c: &Cluster, address: std::net::Ipv4Addr) -> bool {
    let conf = c.node.admin_conf();
    let creds = kubeforge::kubeconfig::Kubeconfig::load(&conf)
        .unwrap()
        .credentials(&conf)
        .unwrap();
    let client = kubeforge::kubeconfig::client::ApiClient::new(
        &format!("https://{address}:20259"),
        insecure_tls(Some((
            creds.client_cert_pem.as_deref().unwrap(),
            creds.client_key_pem.as_deref().unwrap(),
        ))),
    )
    .unwrap();
    client
        .get("/metrics")
        .await
        .map(|r| {
            r.text()
                .contains("leader_election_master_status{name=\"kube-scheduler\"} 1")
        })
        .unwrap_or(false)
}
