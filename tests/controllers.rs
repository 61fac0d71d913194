//! The controller-manager on a real cluster: `kubeforge init` runs it from its static Pod and
//! the tests play the kubelet through the API — give pods an IP and mark them Ready, Succeeded
//! or Failed, renew node Leases — as kube-controller-manager's own integration tests do.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::Node;
use k8s_openapi::api::apps::v1::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use k8s_openapi::api::batch::v1::{CronJob, Job};
use k8s_openapi::api::certificates::v1::CertificateSigningRequest;
use k8s_openapi::api::coordination::v1::Lease;
use k8s_openapi::api::core::v1::{
    ConfigMap, Endpoints, Event, Namespace, Node as KubeNode, Pod, Service, ServiceAccount,
};
use k8s_openapi::api::core::v1::{PersistentVolumeClaim, Secret};
use k8s_openapi::api::discovery::v1::EndpointSlice;
use k8s_openapi::api::rbac::v1::ClusterRoleBinding;
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams, PostParams};
use kube::{Resource, ResourceExt};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(60);

struct Cluster {
    node: Node,
    client: kube::Client,
}

impl Cluster {
    async fn start() -> Cluster {
        Self::start_with(None).await
    }

    /// A fresh cluster, optionally with ClusterConfiguration fields (YAML lines).
    async fn start_with(cluster_config: Option<&str>) -> Cluster {
        let node = Node::new();
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
        Cluster { node, client }
    }

    fn api<K>(&self, ns: &str) -> Api<K>
    where
        K: Resource<Scope = k8s_openapi::NamespaceResourceScope, DynamicType = ()>,
    {
        Api::namespaced(self.client.clone(), ns)
    }

    async fn create<K>(&self, ns: &str, obj: Value) -> K
    where
        K: Resource<Scope = k8s_openapi::NamespaceResourceScope, DynamicType = ()>
            + Clone
            + DeserializeOwned
            + serde::Serialize
            + std::fmt::Debug,
    {
        let obj: K = serde_json::from_value(obj).expect("a valid object");
        self.api::<K>(ns)
            .create(&PostParams::default(), &obj)
            .await
            .unwrap_or_else(|e| panic!("create {}: {e}", obj.name_any()))
    }

    /// The live (not terminating) pods of `ns` matching `selector`.
    async fn live_pods(&self, ns: &str, selector: &str) -> Vec<Pod> {
        self.api::<Pod>(ns)
            .list(&ListParams::default().labels(selector))
            .await
            .unwrap()
            .items
            .into_iter()
            .filter(|p| p.metadata.deletion_timestamp.is_none())
            .collect()
    }

    /// The messages of `reason` events about `name`, in the order they were recorded.
    async fn events(&self, ns: &str, name: &str, reason: &str) -> Vec<String> {
        let mut events: Vec<Event> = self
            .api::<Event>(ns)
            .list(&ListParams::default())
            .await
            .unwrap()
            .items
            .into_iter()
            .filter(|e| {
                e.involved_object.name.as_deref() == Some(name)
                    && e.reason.as_deref() == Some(reason)
            })
            .collect();
        events.sort_by_key(|e| {
            e.resource_version()
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0)
        });
        events
            .into_iter()
            .map(|e| e.message.unwrap_or_default())
            .collect()
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

/// What the simulated kubelet does with a pending pod.
#[derive(Clone, Copy)]
enum Outcome {
    /// Running and Ready, with an IP.
    Ready,
    Succeed,
}

/// Plays the kubelet for the pods of `ns` matching `selector` until dropped: pending pods get
/// `outcome`, deleted ones are confirmed gone.
struct Kubelet(tokio::task::JoinHandle<()>);

impl Drop for Kubelet {
    fn drop(&mut self) {
        self.0.abort();
    }
}

static NEXT_IP: AtomicUsize = AtomicUsize::new(1);

fn kubelet(c: &Cluster, ns: &str, selector: &str, outcome: Outcome) -> Kubelet {
    let pods: Api<Pod> = Api::namespaced(c.client.clone(), ns);
    let selector = selector.to_owned();
    Kubelet(tokio::spawn(async move {
        loop {
            let list = pods.list(&ListParams::default().labels(&selector)).await;
            for pod in list.map(|l| l.items).unwrap_or_default() {
                let phase = pod.status.as_ref().and_then(|s| s.phase.clone());
                if pod.metadata.deletion_timestamp.is_some() {
                    // Its containers "stopped": confirm the deletion.
                    let now = DeleteParams {
                        grace_period_seconds: Some(0),
                        ..Default::default()
                    };
                    let _ = pods.delete(&pod.name_any(), &now).await;
                    continue;
                }
                if phase.as_deref() != Some("Pending") {
                    continue;
                }
                let _ = pods
                    .patch_status(
                        &pod.name_any(),
                        &PatchParams::default(),
                        &Patch::Merge(pod_status(outcome)),
                    )
                    .await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }))
}

fn pod_status(outcome: Outcome) -> Value {
    let n = NEXT_IP.fetch_add(1, Ordering::Relaxed);
    let ip = format!("10.244.{}.{}", n / 250, n % 250 + 1);
    let now = kubeforge::apiserver::meta::now_rfc3339();
    match outcome {
        Outcome::Ready => {
            json!({"status": {"phase": "Running", "podIP": ip, "podIPs": [{"ip": ip}],
            "conditions": [{"type": "Ready", "status": "True", "lastTransitionTime": now}]}})
        }
        Outcome::Succeed => json!({"status": {"phase": "Succeeded"}}),
    }
}

fn condition<'a>(conditions: &'a [Value], type_: &str) -> Option<&'a Value> {
    conditions.iter().find(|c| c["type"] == type_)
}

fn conditions_of<K: serde::Serialize>(obj: &K) -> Vec<Value> {
    serde_json::to_value(obj).unwrap()["status"]["conditions"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn images(pods: &[Pod]) -> BTreeSet<String> {
    pods.iter()
        .filter_map(|p| p.spec.as_ref()?.containers.first()?.image.clone())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kubectl_rolls_a_deployment_out_updates_it_and_rolls_it_back() {
    let Some(bin) = common::kubectl_binaries().pop() else {
        return;
    };
    let c = Cluster::start().await;
    let k = common::Kubectl::new(bin, &c.node);
    let _kubelet = kubelet(&c, "default", "app=web", Outcome::Ready);
    let kubectl = |args: &[&str]| tokio::task::block_in_place(|| k.ok(args));

    kubectl(&[
        "create",
        "deployment",
        "web",
        "--image=registry.example/web:1",
        "--replicas=3",
    ]);
    let out = kubectl(&["rollout", "status", "deployment/web", "--timeout=60s"]);
    assert!(out.contains("successfully rolled out"), "{out}");
    assert_eq!(c.live_pods("default", "app=web").await.len(), 3);

    kubectl(&[
        "set",
        "image",
        "deployment/web",
        "web=registry.example/web:2",
    ]);
    kubectl(&["rollout", "status", "deployment/web", "--timeout=60s"]);
    let pods = c.live_pods("default", "app=web").await;
    assert_eq!(
        images(&pods),
        BTreeSet::from(["registry.example/web:2".to_owned()])
    );
    assert_eq!(pods.len(), 3);
    let sets = c
        .api::<ReplicaSet>("default")
        .list(&ListParams::default())
        .await
        .unwrap();
    let mut sizes: Vec<i32> = sets
        .items
        .iter()
        .map(|rs| rs.spec.as_ref().unwrap().replicas.unwrap())
        .collect();
    sizes.sort();
    assert_eq!(
        sizes,
        vec![0, 3],
        "the old ReplicaSet is scaled to zero and kept"
    );

    let history = kubectl(&["rollout", "history", "deployment/web"]);
    assert!(history.contains('1') && history.contains('2'), "{history}");
    kubectl(&["rollout", "undo", "deployment/web"]);
    kubectl(&["rollout", "status", "deployment/web", "--timeout=60s"]);
    let pods = c.live_pods("default", "app=web").await;
    assert_eq!(
        images(&pods),
        BTreeSet::from(["registry.example/web:1".to_owned()])
    );
    let d = c.api::<Deployment>("default").get("web").await.unwrap();
    assert_eq!(
        d.annotations()
            .get("deployment.kubernetes.io/revision")
            .map(String::as_str),
        Some("3"),
        "a rollback becomes the newest revision"
    );
    kubectl(&[
        "wait",
        "--for=condition=Available",
        "deployment/web",
        "--timeout=30s",
    ]);
    let status = d.status.unwrap();
    assert_eq!(
        (
            status.replicas,
            status.updated_replicas,
            status.available_replicas
        ),
        (Some(3), Some(3), Some(3))
    );
    assert!(
        !c.events("default", "web", "ScalingReplicaSet")
            .await
            .is_empty(),
        "scaling events recorded"
    );

    // Deleting the Deployment takes its ReplicaSets and pods with it (garbage collector).
    kubectl(&["delete", "deployment", "web"]);
    eventually("the ReplicaSets and pods collected", || async {
        let sets = c
            .api::<ReplicaSet>("default")
            .list(&ListParams::default())
            .await
            .ok()?;
        let pods = c.live_pods("default", "app=web").await;
        (sets.items.is_empty() && pods.is_empty()).then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recreate_strategy_replaces_all_pods_at_once_and_paused_deployments_do_not_roll() {
    let c = Cluster::start().await;
    let _kubelet = kubelet(&c, "default", "app=batch", Outcome::Ready);
    let deployment = |image: &str| {
        json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "batch"},
            "spec": {"replicas": 2, "strategy": {"type": "Recreate"},
                "selector": {"matchLabels": {"app": "batch"}},
                "template": {"metadata": {"labels": {"app": "batch"}},
                    "spec": {"containers": [{"name": "c", "image": image}]}}}})
    };
    c.create::<Deployment>("default", deployment("x:1")).await;
    let deployments = c.api::<Deployment>("default");
    let available = |n: i32| {
        let deployments = deployments.clone();
        async move {
            let d = deployments.get("batch").await.ok()?;
            let s = d.status.clone()?;
            (s.available_replicas == Some(n)
                && s.updated_replicas == Some(n)
                && s.replicas == Some(n))
            .then_some(d)
        }
    };
    eventually("2 available", || available(2)).await;
    // Pause, change the image: nothing rolls.
    deployments
        .patch(
            "batch",
            &PatchParams::default(),
            &Patch::Merge(json!({"spec": {"paused": true}})),
        )
        .await
        .unwrap();
    deployments
        .patch(
            "batch",
            &PatchParams::default(),
            &Patch::Merge(json!({"spec": {"template": {"spec": {"containers": [{"name": "c", "image": "x:2"}]}}}})),
        )
        .await
        .unwrap();
    let paused = eventually("the Progressing condition says paused", || async {
        let d = deployments.get("batch").await.ok()?;
        let conditions = conditions_of(&d);
        let observed = d.status.as_ref()?.observed_generation == d.metadata.generation;
        (observed && condition(&conditions, "Progressing")?["reason"] == "DeploymentPaused")
            .then_some(d)
    })
    .await;
    assert_eq!(paused.status.unwrap().updated_replicas, Some(0));
    assert_eq!(
        images(&c.live_pods("default", "app=batch").await),
        BTreeSet::from(["x:1".to_owned()])
    );
    // Resume: Recreate removes every old pod before the new ones are created.
    deployments
        .patch(
            "batch",
            &PatchParams::default(),
            &Patch::Merge(json!({"spec": {"paused": false}})),
        )
        .await
        .unwrap();
    let mut mixed = false;
    let deadline = Instant::now() + WAIT;
    loop {
        let pods = c.live_pods("default", "app=batch").await;
        mixed |= images(&pods).len() > 1;
        if images(&pods) == BTreeSet::from(["x:2".to_owned()]) && pods.len() == 2 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for the recreate"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!mixed, "Recreate never runs old and new pods together");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replicaset_keeps_its_replicas_and_reports_them() {
    let c = Cluster::start().await;
    let rs = c
        .create::<ReplicaSet>(
            "default",
            json!({"apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": {"name": "rs"},
                "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "rs"}},
                    "template": {"metadata": {"labels": {"app": "rs"}},
                        "spec": {"containers": [{"name": "c", "image": "x"}]}}}}),
        )
        .await;
    let pods = eventually("3 pods", || async {
        let pods = c.live_pods("default", "app=rs").await;
        (pods.len() == 3).then_some(pods)
    })
    .await;
    for pod in &pods {
        let owner = &pod.owner_references()[0];
        assert_eq!(
            (owner.kind.as_str(), owner.uid.as_str()),
            ("ReplicaSet", rs.uid().unwrap().as_str())
        );
        assert_eq!(owner.controller, Some(true));
    }
    // A pod that goes is replaced.
    c.api::<Pod>("default")
        .delete(
            &pods[0].name_any(),
            &DeleteParams {
                grace_period_seconds: Some(0),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let replaced = eventually("a replacement", || async {
        let now = c.live_pods("default", "app=rs").await;
        (now.len() == 3 && now.iter().all(|p| p.name_any() != pods[0].name_any())).then_some(now)
    })
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(
        c.live_pods("default", "app=rs").await.len(),
        3,
        "exactly one replacement"
    );
    // Status counts Ready pods.
    let _kubelet = kubelet(&c, "default", "app=rs", Outcome::Ready);
    let sets = c.api::<ReplicaSet>("default");
    eventually("3 ready", || async {
        let s = sets.get("rs").await.ok()?.status?;
        (s.replicas == 3 && s.ready_replicas == Some(3) && s.available_replicas == Some(3))
            .then_some(())
    })
    .await;
    // Scaled down: two go, the status follows.
    sets.patch(
        "rs",
        &PatchParams::default(),
        &Patch::Merge(json!({"spec": {"replicas": 1}})),
    )
    .await
    .unwrap();
    eventually("1 replica", || async {
        let s = sets.get("rs").await.ok()?.status?;
        (s.replicas == 1 && c.live_pods("default", "app=rs").await.len() == 1).then_some(())
    })
    .await;
    assert_eq!(replaced.len(), 3);
    assert!(c.events("default", "rs", "SuccessfulCreate").await.len() >= 4);
    assert!(
        !c.events("default", "rs", "SuccessfulDelete")
            .await
            .is_empty()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replicationcontroller_keeps_its_replicas_too() {
    let c = Cluster::start().await;
    c.create::<k8s_openapi::api::core::v1::ReplicationController>(
        "default",
        json!({"apiVersion": "v1", "kind": "ReplicationController", "metadata": {"name": "legacy"},
            "spec": {"replicas": 2, "selector": {"app": "legacy"},
                "template": {"metadata": {"labels": {"app": "legacy"}},
                    "spec": {"schedulerName": "none", "containers": [{"name": "c", "image": "x"}]}}}}),
    )
    .await;
    let pods = eventually("2 pods", || async {
        let pods = c.live_pods("default", "app=legacy").await;
        (pods.len() == 2).then_some(pods)
    })
    .await;
    assert!(
        pods.iter()
            .all(|p| p.owner_references()[0].kind == "ReplicationController")
    );
    let rcs = c.api::<k8s_openapi::api::core::v1::ReplicationController>("default");
    rcs.patch(
        "legacy",
        &PatchParams::default(),
        &Patch::Merge(json!({"spec": {"replicas": 3}})),
    )
    .await
    .unwrap();
    eventually("3 replicas reported", || async {
        let s = rcs.get("legacy").await.ok()?.status?;
        (s.replicas == 3 && c.live_pods("default", "app=legacy").await.len() == 3).then_some(())
    })
    .await;
}

fn job_manifest(name: &str, spec: Value) -> Value {
    let mut job = json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": name},
        "spec": {"template": {"spec": {"restartPolicy": "Never",
            "containers": [{"name": "main", "image": "x"}]}}}});
    for (k, v) in spec.as_object().unwrap() {
        job["spec"][k] = v.clone();
    }
    job
}

async fn job_condition(c: &Cluster, name: &str, type_: &str) -> (Job, Value) {
    let jobs = c.api::<Job>("default");
    eventually(&format!("job {name} {type_}"), || async {
        let job = jobs.get(name).await.ok()?;
        let conditions = conditions_of(&job);
        let found = condition(&conditions, type_)
            .filter(|c| c["status"] == "True")?
            .clone();
        Some((job, found))
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_runs_its_completions_with_bounded_parallelism() {
    let c = Cluster::start().await;
    c.create::<Job>(
        "default",
        job_manifest("five", json!({"completions": 5, "parallelism": 2})),
    )
    .await;
    // Play the kubelet by hand, watching that never more than 2 pods run at once.
    let pods = c.api::<Pod>("default");
    let mut most_active = 0;
    let deadline = Instant::now() + WAIT;
    loop {
        let job = c.api::<Job>("default").get("five").await.unwrap();
        if job.status.as_ref().and_then(|s| s.succeeded) == Some(5) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "job did not reach 5 completions: {:?}",
            job.status
        );
        let active: Vec<Pod> = c
            .live_pods("default", "job-name=five")
            .await
            .into_iter()
            .filter(|p| p.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Pending"))
            .collect();
        most_active = most_active.max(active.len());
        for pod in active {
            let _ = pods
                .patch_status(
                    &pod.name_any(),
                    &PatchParams::default(),
                    &Patch::Merge(pod_status(Outcome::Succeed)),
                )
                .await;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(
        most_active <= 2,
        "parallelism 2, saw {most_active} pods at once"
    );
    let (job, complete) = job_condition(&c, "five", "Complete").await;
    assert_eq!(complete["reason"], "CompletionsReached");
    let status = job.status.unwrap();
    assert_eq!(
        (
            status.succeeded,
            status.failed.unwrap_or(0),
            status.active.unwrap_or(0)
        ),
        (Some(5), 0, 0)
    );
    assert!(status.completion_time.is_some());
    // Every finished pod was counted and released (no tracking finalizer left behind).
    let all = pods
        .list(&ListParams::default().labels("job-name=five"))
        .await
        .unwrap()
        .items;
    assert_eq!(all.len(), 5, "no extra pods were created");
    for pod in &all {
        assert!(
            pod.finalizers().is_empty(),
            "{} still has {:?}",
            pod.name_any(),
            pod.finalizers()
        );
    }
    assert_eq!(
        c.events("default", "five", "Completed").await,
        vec!["Job completed"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn indexed_jobs_suspend_and_failures_end_jobs_as_kubernetes_does() {
    let c = Cluster::start().await;
    let pods = c.api::<Pod>("default");

    // Indexed: one pod per index, the index in an annotation, completedIndexes compressed.
    c.create::<Job>(
        "default",
        job_manifest(
            "idx",
            json!({"completions": 3, "parallelism": 3, "completionMode": "Indexed"}),
        ),
    )
    .await;
    let created = eventually("3 indexed pods", || async {
        let p = c.live_pods("default", "job-name=idx").await;
        (p.len() == 3).then_some(p)
    })
    .await;
    let indexes: BTreeSet<String> = created
        .iter()
        .map(|p| p.annotations()["batch.kubernetes.io/job-completion-index"].clone())
        .collect();
    assert_eq!(
        indexes,
        BTreeSet::from(["0".into(), "1".into(), "2".into()])
    );
    assert!(created.iter().any(|p| p.name_any().starts_with("idx-1-")));
    let _k = kubelet(&c, "default", "job-name=idx", Outcome::Succeed);
    let (job, _) = job_condition(&c, "idx", "Complete").await;
    assert_eq!(
        job.status.unwrap().completed_indexes.as_deref(),
        Some("0-2")
    );

    // Suspended: no pods until resumed.
    c.create::<Job>("default", job_manifest("later", json!({"suspend": true})))
        .await;
    job_condition(&c, "later", "Suspended").await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(c.live_pods("default", "job-name=later").await.is_empty());
    c.api::<Job>("default")
        .patch(
            "later",
            &PatchParams::default(),
            &Patch::Merge(json!({"spec": {"suspend": false}})),
        )
        .await
        .unwrap();
    eventually("a pod once resumed", || async {
        (c.live_pods("default", "job-name=later").await.len() == 1).then_some(())
    })
    .await;

    // backoffLimit 0: the first failure fails the Job.
    c.create::<Job>(
        "default",
        job_manifest("fragile", json!({"backoffLimit": 0})),
    )
    .await;
    let pod = eventually("its pod", || async {
        c.live_pods("default", "job-name=fragile").await.pop()
    })
    .await;
    pods.patch_status(
        &pod.name_any(),
        &PatchParams::default(),
        &Patch::Merge(json!({"status": {"phase": "Failed"}})),
    )
    .await
    .unwrap();
    let (job, failed) = job_condition(&c, "fragile", "Failed").await;
    assert_eq!(failed["reason"], "BackoffLimitExceeded");
    assert_eq!(job.status.unwrap().failed, Some(1));

    // podFailurePolicy: exit code 42 fails the Job at once, whatever the backoffLimit.
    c.create::<Job>(
        "default",
        job_manifest(
            "policy",
            json!({"backoffLimit": 6, "podFailurePolicy": {"rules": [
            {"action": "FailJob", "onExitCodes": {"operator": "In", "values": [42]}}]}}),
        ),
    )
    .await;
    let pod = eventually("its pod", || async {
        c.live_pods("default", "job-name=policy").await.pop()
    })
    .await;
    let failed_42 = json!({"status": {"phase": "Failed", "containerStatuses": [{
        "name": "main", "image": "x", "imageID": "", "ready": false, "restartCount": 0,
        "state": {"terminated": {"exitCode": 42}}}]}});
    pods.patch_status(
        &pod.name_any(),
        &PatchParams::default(),
        &Patch::Merge(failed_42),
    )
    .await
    .unwrap();
    let (_, failed) = job_condition(&c, "policy", "Failed").await;
    assert_eq!(failed["reason"], "PodFailurePolicy");
    assert!(
        failed["message"].as_str().unwrap().contains("exit code 42"),
        "{failed}"
    );

    // activeDeadlineSeconds: a Job running too long fails and its pods are deleted.
    c.create::<Job>(
        "default",
        job_manifest("slow", json!({"activeDeadlineSeconds": 2})),
    )
    .await;
    let (_, failed) = job_condition(&c, "slow", "Failed").await;
    assert_eq!(failed["reason"], "DeadlineExceeded");
    eventually("its pod deleted", || async {
        c.live_pods("default", "job-name=slow")
            .await
            .is_empty()
            .then_some(())
    })
    .await;

    // ttlSecondsAfterFinished: a finished Job is deleted after its TTL.
    c.create::<Job>(
        "default",
        job_manifest("brief", json!({"ttlSecondsAfterFinished": 1})),
    )
    .await;
    let _k2 = kubelet(&c, "default", "job-name=brief", Outcome::Succeed);
    let jobs = c.api::<Job>("default");
    eventually("the finished job deleted", || async {
        jobs.get_opt("brief").await.ok()?.is_none().then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_gets_endpoints_and_slices_for_exactly_its_ready_pods() {
    let c = Cluster::start().await;
    c.create::<Service>(
        "default",
        json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "labels": {"tier": "front"}},
            "spec": {"selector": {"app": "web"}, "ports": [{"name": "http", "port": 80, "targetPort": "web"}]}}),
    )
    .await;
    for i in 0..3 {
        c.create::<Pod>(
            "default",
            json!({"apiVersion": "v1", "kind": "Pod",
                "metadata": {"name": format!("web-{i}"), "labels": {"app": "web"}},
                "spec": {"schedulerName": "none", "containers": [{"name": "c", "image": "x",
                    "ports": [{"name": "web", "containerPort": 8080}]}]}}),
        )
        .await;
    }
    c.create::<Pod>(
        "default",
        json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "other", "labels": {"app": "other"}},
            "spec": {"schedulerName": "none", "containers": [{"name": "c", "image": "x"}]}}),
    )
    .await;
    let pods = c.api::<Pod>("default");
    let ip = |i: usize| format!("10.1.0.{}", i + 1);
    for i in 0..3 {
        let ready = if i < 2 { "True" } else { "False" };
        pods.patch_status(
            &format!("web-{i}"),
            &PatchParams::default(),
            &Patch::Merge(json!({"status": {"phase": "Running", "podIP": ip(i),
                "conditions": [{"type": "Ready", "status": ready}]}})),
        )
        .await
        .unwrap();
    }
    pods.patch_status(
        "other",
        &PatchParams::default(),
        &Patch::Merge(json!({"status": {"podIP": "10.1.0.9"}})),
    )
    .await
    .unwrap();
    let endpoints = c.api::<Endpoints>("default");
    let subset = eventually("Endpoints with 2 ready and 1 not ready", || async {
        let e = endpoints.get("web").await.ok()?;
        let subset = e.subsets?.pop()?;
        (subset.addresses.as_ref()?.len() == 2 && subset.not_ready_addresses.as_ref()?.len() == 1)
            .then_some(subset)
    })
    .await;
    let ips: Vec<&str> = subset
        .addresses
        .iter()
        .flatten()
        .map(|a| a.ip.as_str())
        .collect();
    assert_eq!(ips, vec!["10.1.0.1", "10.1.0.2"]);
    let port = &subset.ports.as_ref().unwrap()[0];
    assert_eq!(
        (port.name.as_deref(), port.port),
        (Some("http"), 8080),
        "named targetPort resolved"
    );
    assert_eq!(
        subset.addresses.as_ref().unwrap()[0]
            .target_ref
            .as_ref()
            .unwrap()
            .name
            .as_deref(),
        Some("web-0")
    );
    let e = endpoints.get("web").await.unwrap();
    assert_eq!(e.labels().get("tier").map(String::as_str), Some("front"));

    let slices = c.api::<EndpointSlice>("default");
    let slice = eventually("an EndpointSlice with 3 endpoints", || async {
        let list = slices
            .list(&ListParams::default().labels("kubernetes.io/service-name=web"))
            .await
            .ok()?;
        let slice = list.items.into_iter().next()?;
        (slice.endpoints.len() == 3).then_some(slice)
    })
    .await;
    assert_eq!(slice.address_type, "IPv4");
    assert_eq!(slice.owner_references()[0].kind, "Service");
    let ready: Vec<(String, bool)> = slice
        .endpoints
        .iter()
        .map(|e| {
            (
                e.addresses[0].clone(),
                e.conditions.as_ref().unwrap().ready.unwrap(),
            )
        })
        .collect();
    assert!(
        ready.contains(&(ip(2), false)) && ready.contains(&(ip(0), true)),
        "{ready:?}"
    );
    assert_eq!(slice.ports.as_ref().unwrap()[0].port, Some(8080));

    // A pod that goes leaves both.
    pods.delete("web-0", &DeleteParams::default())
        .await
        .unwrap();
    eventually("web-0 gone from Endpoints and slices", || async {
        let e = endpoints.get("web").await.ok()?;
        let in_endpoints = e
            .subsets
            .iter()
            .flatten()
            .flat_map(|s| s.addresses.iter().flatten())
            .any(|a| a.ip == ip(0));
        let list = slices
            .list(&ListParams::default().labels("kubernetes.io/service-name=web"))
            .await
            .ok()?;
        let in_slices = list
            .items
            .iter()
            .flat_map(|s| &s.endpoints)
            .any(|e| e.addresses[0] == ip(0));
        (!in_endpoints && !in_slices).then_some(())
    })
    .await;
    // The API servers' own Endpoints are left alone.
    let kubernetes = endpoints.get("kubernetes").await.unwrap();
    assert_eq!(
        kubernetes.subsets.unwrap()[0].addresses.as_ref().unwrap()[0].ip,
        c.node.address.to_string()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn namespaces_get_their_defaults_and_deleting_one_empties_it() {
    let c = Cluster::start().await;
    let namespaces: Api<Namespace> = Api::all(c.client.clone());
    let ns: Namespace = serde_json::from_value(json!({"metadata": {"name": "team"}})).unwrap();
    namespaces
        .create(&PostParams::default(), &ns)
        .await
        .unwrap();
    eventually("the default ServiceAccount", || async {
        c.api::<ServiceAccount>("team")
            .get_opt("default")
            .await
            .ok()?
    })
    .await;
    let root_ca = eventually("kube-root-ca.crt", || async {
        c.api::<ConfigMap>("team")
            .get_opt("kube-root-ca.crt")
            .await
            .ok()?
    })
    .await;
    let ca = std::fs::read_to_string(c.node.paths().pki_dir().join("ca.crt")).unwrap();
    assert_eq!(root_ca.data.unwrap()["ca.crt"], ca);
    // Deleted defaults come back.
    c.api::<ServiceAccount>("team")
        .delete("default", &DeleteParams::default())
        .await
        .unwrap();
    eventually("the default ServiceAccount recreated", || async {
        let sa = c
            .api::<ServiceAccount>("team")
            .get_opt("default")
            .await
            .ok()??;
        sa.metadata.deletion_timestamp.is_none().then_some(())
    })
    .await;

    // Content: a Deployment with pods (scheduled onto the node), a ConfigMap.
    c.create::<Deployment>(
        "team",
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "app"},
            "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "a"}},
                "template": {"metadata": {"labels": {"app": "a"}}, "spec": {"containers": [{"name": "c", "image": "x"}]}}}}),
    )
    .await;
    c.create::<ConfigMap>(
        "team",
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "settings"}}),
    )
    .await;
    eventually("2 pods", || async {
        (c.live_pods("team", "app=a").await.len() == 2).then_some(())
    })
    .await;
    namespaces
        .delete("team", &DeleteParams::default())
        .await
        .unwrap();
    eventually("the namespace gone", || async {
        namespaces
            .get_opt("team")
            .await
            .ok()?
            .is_none()
            .then_some(())
    })
    .await;
    let pods = c
        .api::<Pod>("team")
        .list(&ListParams::default())
        .await
        .unwrap();
    assert!(pods.items.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_that_stops_renewing_its_lease_is_tainted_and_its_pods_evicted() {
    let c = Cluster::start_with(Some(
        "controllerManager:\n  extraArgs:\n  - name: node-monitor-grace-period\n    value: 4s\n  - name: node-monitor-period\n    value: 500ms\n",
    ))
    .await;
    let nodes: Api<KubeNode> = Api::all(c.client.clone());
    let node: KubeNode = serde_json::from_value(json!({"metadata": {"name": "worker"},
        "status": {"conditions": [{"type": "Ready", "status": "True", "reason": "KubeletReady"}]}}))
    .unwrap();
    nodes.create(&PostParams::default(), &node).await.unwrap();
    let leases = c.api::<Lease>("kube-node-lease");
    let renew = |leases: Api<Lease>| async move {
        let now = k8s_openapi::jiff::Timestamp::now().to_string();
        let lease: Lease = serde_json::from_value(json!({
            "metadata": {"name": "worker", "namespace": "kube-node-lease"},
            "spec": {"holderIdentity": "worker", "leaseDurationSeconds": 40, "renewTime": now}}))
        .unwrap();
        if leases.create(&PostParams::default(), &lease).await.is_err() {
            let patch = json!({"spec": {"renewTime": now}});
            let _ = leases
                .patch("worker", &PatchParams::default(), &Patch::Merge(patch))
                .await;
        }
    };
    // Two pods on it: one tolerates unreachability forever, the other for a second (without a
    // toleration of its own, DefaultTolerationSeconds would give it 300 s).
    for (name, tolerations) in [
        (
            "doomed",
            json!([{"key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 1}]),
        ),
        (
            "stays",
            json!([{"key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute"}]),
        ),
    ] {
        c.create::<Pod>("default", json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name},
            "spec": {"nodeName": "worker", "tolerations": tolerations, "containers": [{"name": "c", "image": "x"}]}}))
            .await;
    }
    // Heartbeats for a while: the node stays untainted.
    let until = Instant::now() + Duration::from_secs(6);
    while Instant::now() < until {
        renew(leases.clone()).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let worker = nodes.get("worker").await.unwrap();
    assert!(
        worker
            .spec
            .and_then(|s| s.taints)
            .unwrap_or_default()
            .is_empty(),
        "renewed: not tainted"
    );
    // Silence: Ready=Unknown, tainted, the intolerant pod evicted.
    let tainted = eventually("the node marked unreachable", || async {
        let n = nodes.get("worker").await.ok()?;
        let ready = conditions_of(&n);
        let unknown = condition(&ready, "Ready")?["status"] == "Unknown";
        let taints = n.spec.clone()?.taints?;
        (unknown && taints.len() == 2).then_some(n)
    })
    .await;
    let ready = conditions_of(&tainted);
    assert_eq!(
        condition(&ready, "Ready").unwrap()["message"],
        "Kubelet stopped posting node status."
    );
    let taints: BTreeSet<(String, String)> = tainted
        .spec
        .unwrap()
        .taints
        .unwrap()
        .into_iter()
        .map(|t| (t.key, t.effect))
        .collect();
    assert_eq!(
        taints,
        BTreeSet::from([
            (
                "node.kubernetes.io/unreachable".to_owned(),
                "NoExecute".to_owned()
            ),
            (
                "node.kubernetes.io/unreachable".to_owned(),
                "NoSchedule".to_owned()
            ),
        ])
    );
    let pods = c.api::<Pod>("default");
    eventually("the intolerant pod evicted", || async {
        pods.get("doomed")
            .await
            .ok()?
            .metadata
            .deletion_timestamp
            .map(|_| ())
    })
    .await;
    assert!(
        pods.get("stays")
            .await
            .unwrap()
            .metadata
            .deletion_timestamp
            .is_none()
    );
    assert!(
        !c.events("default", "worker", "NodeNotReady")
            .await
            .is_empty()
    );
    // Back: heartbeat and Ready=True → the taints go.
    renew(leases.clone()).await;
    nodes
        .patch_status(
            "worker",
            &PatchParams::default(),
            &Patch::Strategic(json!({"status": {"conditions": [{"type": "Ready", "status": "True",
                "reason": "KubeletReady", "lastHeartbeatTime": kubeforge::apiserver::meta::now_rfc3339()}]}})),
        )
        .await
        .unwrap();
    eventually("the taints removed", || async {
        let keep_alive = renew(leases.clone());
        keep_alive.await;
        let n = nodes.get("worker").await.ok()?;
        n.spec?.taints.unwrap_or_default().is_empty().then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_garbage_collector_honours_orphan_and_foreground_deletion() {
    let c = Cluster::start().await;
    let sets = c.api::<ReplicaSet>("default");
    let rs = |name: &str| {
        json!({"apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": {"name": name},
            "spec": {"replicas": 2, "selector": {"matchLabels": {"set": name}},
                "template": {"metadata": {"labels": {"set": name}},
                    "spec": {"schedulerName": "none", "containers": [{"name": "c", "image": "x"}]}}}})
    };
    // Orphan: the pods stay, without the owner reference.
    c.create::<ReplicaSet>("default", rs("orphans")).await;
    eventually("2 pods", || async {
        (c.live_pods("default", "set=orphans").await.len() == 2).then_some(())
    })
    .await;
    sets.delete("orphans", &DeleteParams::orphan())
        .await
        .unwrap();
    eventually("the ReplicaSet gone", || async {
        sets.get_opt("orphans").await.ok()?.is_none().then_some(())
    })
    .await;
    let left = c.live_pods("default", "set=orphans").await;
    assert_eq!(left.len(), 2);
    assert!(
        left.iter().all(|p| p.owner_references().is_empty()),
        "owner references removed"
    );

    // Foreground: the owner stays (deletionTimestamp set) until its dependents are gone.
    c.create::<ReplicaSet>("default", rs("fg")).await;
    eventually("2 pods", || async {
        (c.live_pods("default", "set=fg").await.len() == 2).then_some(())
    })
    .await;
    sets.delete("fg", &DeleteParams::foreground())
        .await
        .unwrap();
    eventually("pods and then the owner gone", || async {
        // The owner first: pods listed after it was seen gone must already be gone (listing
        // them first would race a GC that deletes both between the two requests).
        let owner = sets.get_opt("fg").await.ok()?;
        let pods = c
            .api::<Pod>("default")
            .list(&ListParams::default().labels("set=fg"))
            .await
            .ok()?;
        if owner.is_none() {
            assert!(
                pods.items.is_empty(),
                "the owner went before its dependents"
            );
            return Some(());
        }
        None
    })
    .await;

    // Any resource: a ConfigMap owned by another ConfigMap goes with it.
    let cms = c.api::<ConfigMap>("default");
    let owner = c
        .create::<ConfigMap>(
            "default",
            json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "parent"}}),
        )
        .await;
    c.create::<ConfigMap>(
        "default",
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "child",
            "ownerReferences": [{"apiVersion": "v1", "kind": "ConfigMap", "name": "parent", "uid": owner.uid().unwrap()}]}}),
    )
    .await;
    cms.delete("parent", &DeleteParams::default())
        .await
        .unwrap();
    eventually("the child collected", || async {
        cms.get_opt("child").await.ok()?.is_none().then_some(())
    })
    .await;
    // A dependent naming an owner that never existed is collected too (the owner is looked up).
    c.create::<ConfigMap>(
        "default",
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "stray",
            "ownerReferences": [{"apiVersion": "v1", "kind": "ConfigMap", "name": "ghost", "uid": "00000000-0000-0000-0000-000000000000"}]}}),
    )
    .await;
    eventually("the stray collected", || async {
        cms.get_opt("stray").await.ok()?.is_none().then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_statefulset_starts_in_order_keeps_identities_and_rolls_from_the_top() {
    let c = Cluster::start().await;
    c.create::<StatefulSet>(
        "default",
        json!({"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db"},
            "spec": {"serviceName": "db", "replicas": 3, "selector": {"matchLabels": {"app": "db"}},
                "template": {"metadata": {"labels": {"app": "db"}},
                    "spec": {"containers": [{"name": "c", "image": "db:1"}]}},
                "volumeClaimTemplates": [{"metadata": {"name": "data"},
                    "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}}]}}),
    )
    .await;
    // OrderedReady: db-1 waits for db-0 to be Running and Ready.
    eventually("db-0", || async {
        c.api::<Pod>("default").get_opt("db-0").await.ok()?
    })
    .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        c.live_pods("default", "app=db").await.len(),
        1,
        "db-1 waits for db-0"
    );
    let _kubelet = kubelet(&c, "default", "app=db", Outcome::Ready);
    let sets = c.api::<StatefulSet>("default");
    eventually("3 ready", || async {
        let s = sets.get("db").await.ok()?.status?;
        (s.ready_replicas == Some(3)).then_some(())
    })
    .await;
    let db1 = c.api::<Pod>("default").get("db-1").await.unwrap();
    let spec = db1.spec.clone().unwrap();
    assert_eq!(
        (spec.hostname.as_deref(), spec.subdomain.as_deref()),
        (Some("db-1"), Some("db"))
    );
    let volume = spec
        .volumes
        .unwrap()
        .into_iter()
        .find(|v| v.name == "data")
        .unwrap();
    assert_eq!(
        volume.persistent_volume_claim.unwrap().claim_name,
        "data-db-1"
    );
    for i in 0..3 {
        c.api::<PersistentVolumeClaim>("default")
            .get(&format!("data-db-{i}"))
            .await
            .unwrap();
    }
    let first = sets.get("db").await.unwrap().status.unwrap();
    assert_eq!(
        first.current_revision, first.update_revision,
        "one revision so far"
    );

    // A new image rolls from db-2 down to db-0.
    sets.patch("db", &PatchParams::default(), &Patch::Merge(json!({"spec": {"template": {"spec": {"containers": [{"name": "c", "image": "db:2"}]}}}})))
        .await
        .unwrap();
    if let Some(bin) = common::kubectl_binaries().pop() {
        let k = common::Kubectl::new(bin, &c.node);
        let out = tokio::task::block_in_place(|| {
            k.ok(&["rollout", "status", "statefulset/db", "--timeout=60s"])
        });
        assert!(
            out.contains("roll out complete") || out.contains("rolling update complete"),
            "{out}"
        );
    }
    let done = eventually("the rollout complete", || async {
        let s = sets.get("db").await.ok()?.status?;
        (s.update_revision != first.update_revision
            && s.current_revision == s.update_revision
            && s.updated_replicas == Some(3)
            && s.ready_replicas == Some(3))
        .then_some(s)
    })
    .await;
    assert_eq!(
        images(&c.live_pods("default", "app=db").await),
        BTreeSet::from(["db:2".to_owned()])
    );
    let created: Vec<(String, String)> = {
        let mut pods = c.live_pods("default", "app=db").await;
        pods.sort_by_key(|p| p.metadata.creation_timestamp.clone().map(|t| t.0));
        pods.iter()
            .map(|p| (p.name_any(), p.labels()["controller-revision-hash"].clone()))
            .collect()
    };
    assert!(
        created
            .iter()
            .all(|(_, r)| Some(r) == done.update_revision.as_ref()),
        "{created:?}"
    );
    let deletes = c.events("default", "db", "SuccessfulDelete").await;
    let order: Vec<&str> = deletes
        .iter()
        .map(|m| m.split(' ').nth(2).unwrap())
        .collect();
    assert_eq!(order, vec!["db-2", "db-1", "db-0"], "highest ordinal first");

    // Scale down: the highest ordinals go.
    sets.patch(
        "db",
        &PatchParams::default(),
        &Patch::Merge(json!({"spec": {"replicas": 1}})),
    )
    .await
    .unwrap();
    eventually("only db-0 left", || async {
        let names: Vec<String> = c
            .live_pods("default", "app=db")
            .await
            .iter()
            .map(|p| p.name_any())
            .collect();
        (names == vec!["db-0".to_owned()]).then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_daemonset_runs_one_pod_per_eligible_node_and_rolls_node_by_node() {
    let c = Cluster::start().await;
    let nodes: Api<KubeNode> = Api::all(c.client.clone());
    for (name, extra) in [
        ("w1", json!({})),
        (
            "w2",
            json!({"spec": {"taints": [{"key": "dedicated", "value": "db", "effect": "NoSchedule"}]}}),
        ),
        ("w3", json!({"spec": {"unschedulable": true}})),
    ] {
        let mut node = json!({"metadata": {"name": name, "labels": {"kubernetes.io/hostname": name}},
            "status": {"allocatable": {"cpu": "4", "memory": "8Gi", "pods": "110"},
                "capacity": {"cpu": "4", "memory": "8Gi", "pods": "110"},
                "conditions": [{"type": "Ready", "status": "True"}]}});
        if let Some(spec) = extra.get("spec") {
            node["spec"] = spec.clone();
        }
        nodes
            .create(
                &PostParams::default(),
                &serde_json::from_value(node).unwrap(),
            )
            .await
            .unwrap();
    }
    c.create::<DaemonSet>(
        "default",
        json!({"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "agent"},
            "spec": {"selector": {"matchLabels": {"app": "agent"}},
                "template": {"metadata": {"labels": {"app": "agent"}},
                    "spec": {"containers": [{"name": "c", "image": "agent:1"}],
                        "tolerations": [{"key": "node-role.kubernetes.io/control-plane", "operator": "Exists", "effect": "NoSchedule"}]}}}}),
    )
    .await;
    let _kubelet = kubelet(&c, "default", "app=agent", Outcome::Ready);
    let sets = c.api::<DaemonSet>("default");
    // node-a (a control-plane node: its taint is tolerated, as kube-proxy's pods do), w1 and
    // the cordoned w3 (daemon pods tolerate cordons); not the tainted w2.
    let status = eventually("3 daemon pods available", || async {
        let s = sets.get("agent").await.ok()?.status?;
        (s.desired_number_scheduled == 3 && s.number_available == Some(3)).then_some(s)
    })
    .await;
    assert_eq!(status.number_misscheduled, 0);
    let placed: BTreeSet<String> = eventually("bound", || async {
        let pods = c.live_pods("default", "app=agent").await;
        let nodes: BTreeSet<String> = pods
            .iter()
            .filter_map(|p| p.spec.clone()?.node_name)
            .collect();
        (nodes.len() == 3).then_some(nodes)
    })
    .await;
    assert_eq!(
        placed,
        BTreeSet::from(["node-a".into(), "w1".into(), "w3".into()])
    );
    // A new image replaces them, never more than one node without a ready pod.
    sets.patch("agent", &PatchParams::default(), &Patch::Merge(json!({"spec": {"template": {"spec": {"containers": [{"name": "c", "image": "agent:2"}]}}}})))
        .await
        .unwrap();
    if let Some(bin) = common::kubectl_binaries().pop() {
        let k = common::Kubectl::new(bin, &c.node);
        let out = tokio::task::block_in_place(|| {
            k.ok(&["rollout", "status", "daemonset/agent", "--timeout=60s"])
        });
        assert!(out.contains("successfully rolled out"), "{out}");
    }
    eventually("all updated", || async {
        let s = sets.get("agent").await.ok()?.status?;
        let pods = c.live_pods("default", "app=agent").await;
        (s.updated_number_scheduled == Some(3)
            && s.number_available == Some(3)
            && pods.len() == 3
            && images(&pods) == BTreeSet::from(["agent:2".to_owned()]))
        .then_some(())
    })
    .await;
    // Untainting w2 gives it a pod too.
    nodes
        .patch(
            "w2",
            &PatchParams::default(),
            &Patch::Merge(json!({"spec": {"taints": null}})),
        )
        .await
        .unwrap();
    eventually("a pod for w2", || async {
        let s = sets.get("agent").await.ok()?.status?;
        (s.desired_number_scheduled == 4 && s.number_available == Some(4)).then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cronjob_runs_on_schedule_forbids_overlap_and_keeps_its_history() {
    let c = Cluster::start().await;
    c.create::<CronJob>(
        "default",
        json!({"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "tick"},
            "spec": {"schedule": "@every 2s", "concurrencyPolicy": "Forbid", "successfulJobsHistoryLimit": 2,
                "jobTemplate": {"spec": {"template": {"metadata": {"labels": {"app": "tick"}},
                    "spec": {"restartPolicy": "Never", "containers": [{"name": "c", "image": "x"}]}}}}}}),
    )
    .await;
    let jobs = c.api::<Job>("default");
    eventually("a first run", || async {
        (!jobs
            .list(&ListParams::default())
            .await
            .ok()?
            .items
            .is_empty())
        .then_some(())
    })
    .await;
    // Its pod never finishes: Forbid keeps it the only run.
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(
        jobs.list(&ListParams::default()).await.unwrap().items.len(),
        1,
        "Forbid: no overlap"
    );
    // Runs that finish make room for the next; only the 2 newest successful ones are kept.
    let _kubelet = kubelet(&c, "default", "app=tick", Outcome::Succeed);
    eventually("several runs, history trimmed", || async {
        let created = c.events("default", "tick", "SuccessfulCreate").await.len();
        let left = jobs.list(&ListParams::default()).await.ok()?.items;
        let complete = left
            .iter()
            .filter(|j| conditions_of(*j).iter().any(|c| c["type"] == "Complete"))
            .count();
        (created >= 4 && complete <= 2).then_some(())
    })
    .await;
    let cj = c.api::<CronJob>("default").get("tick").await.unwrap();
    let status = cj.status.unwrap();
    assert!(status.last_schedule_time.is_some() && status.last_successful_time.is_some());
    let job = jobs
        .list(&ListParams::default())
        .await
        .unwrap()
        .items
        .pop()
        .unwrap();
    assert!(
        job.annotations()
            .contains_key("batch.kubernetes.io/cronjob-scheduled-timestamp")
    );
    assert_eq!(job.owner_references()[0].kind, "CronJob");

    // A time zone that does not exist is reported, not guessed.
    c.create::<CronJob>(
        "default",
        json!({"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "nowhere"},
            "spec": {"schedule": "0 9 * * *", "timeZone": "Mars/Olympus",
                "jobTemplate": {"spec": {"template": {"spec": {"restartPolicy": "Never", "containers": [{"name": "c", "image": "x"}]}}}}}}),
    )
    .await;
    let msg = eventually("UnknownTimeZone", || async {
        c.events("default", "nowhere", "UnknownTimeZone")
            .await
            .pop()
    })
    .await;
    assert!(msg.contains("Mars/Olympus"), "{msg}");
}

/// A client authenticated by a certificate for `user` in `groups`, signed by the cluster CA.
async fn client_as(c: &Cluster, user: &str, groups: &[&str]) -> kube::Client {
    let conf = common::cert_kubeconfig(&c.node, "ca", user, groups);
    kubeforge::controllers::client(&conf).await.unwrap()
}

/// A CSR object for a fresh key: `cn`/`orgs`, for `signer`, with `usages`.
fn csr(
    name: &str,
    cn: &str,
    orgs: &[&str],
    signer: &str,
    usages: &[&str],
) -> CertificateSigningRequest {
    use base64::Engine;
    let key = kubeforge::pki::KeyAlgorithm::EcdsaP256.generate().unwrap();
    let request = kubeforge::pki::LeafRequest {
        common_name: cn.into(),
        organizations: orgs.iter().map(|o| o.to_string()).collect(),
        sans: vec![],
        usage: kubeforge::pki::Usage::Client,
        validity: Duration::from_secs(3600),
    };
    let pem = kubeforge::pki::csr_pem(&request, &key).unwrap();
    serde_json::from_value(json!({
        "metadata": {"name": name},
        "spec": {"request": base64::engine::general_purpose::STANDARD.encode(pem),
            "signerName": signer, "usages": usages,
            // Claims the API server must overwrite with the real requester.
            "username": "system:bootstrap:forged", "groups": ["system:bootstrappers"]}
    }))
    .unwrap()
}

async fn issued(
    c: &Cluster,
    name: &str,
) -> (
    CertificateSigningRequest,
    kubeforge::pki::inspect::ParsedCert,
) {
    let csrs: Api<CertificateSigningRequest> = Api::all(c.client.clone());
    eventually(&format!("{name} signed"), || async {
        let csr = csrs.get(name).await.ok()?;
        let pem = String::from_utf8(csr.status.as_ref()?.certificate.as_ref()?.0.clone()).ok()?;
        let cert = kubeforge::pki::inspect::ParsedCert::from_pem(&pem).ok()?;
        Some((csr, cert))
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kubelet_csrs_from_bootstrappers_are_approved_and_approved_csrs_signed() {
    let c = Cluster::start().await;
    // kubeadm's bindings for bootstrap tokens and node certificate rotation: the approver
    // checks them with a SubjectAccessReview.
    for (name, role, group) in [
        (
            "kubeadm:kubelet-bootstrap",
            "system:node-bootstrapper",
            "system:bootstrappers",
        ),
        (
            "kubeadm:node-autoapprove-bootstrap",
            "system:certificates.k8s.io:certificatesigningrequests:nodeclient",
            "system:bootstrappers",
        ),
        (
            "kubeadm:node-autoapprove-certificate-rotation",
            "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
            "system:nodes",
        ),
    ] {
        let binding: ClusterRoleBinding = serde_json::from_value(json!({
            "metadata": {"name": name},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role},
            "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": group}],
        }))
        .unwrap();
        // init created them for kubeadm's token group; this test widens them to every
        // bootstrapper, as an operator could.
        Api::<ClusterRoleBinding>::all(c.client.clone())
            .patch(
                name,
                &kube::api::PatchParams::apply("test").force(),
                &kube::api::Patch::Apply(&binding),
            )
            .await
            .unwrap();
    }
    let usages = ["digital signature", "client auth"];
    let kubelet_client = "kubernetes.io/kube-apiserver-client-kubelet";
    // A bootstrap identity asks for a node client certificate: approved and signed.
    let bootstrapper = client_as(&c, "system:bootstrap:abcdef", &["system:bootstrappers"]).await;
    Api::<CertificateSigningRequest>::all(bootstrapper)
        .create(
            &PostParams::default(),
            &csr(
                "node-csr",
                "system:node:w1",
                &["system:nodes"],
                kubelet_client,
                &usages,
            ),
        )
        .await
        .unwrap();
    let (signed, cert) = issued(&c, "node-csr").await;
    assert_eq!(
        signed.spec.username.as_deref(),
        Some("system:bootstrap:abcdef"),
        "the requester, not the body"
    );
    let approved = conditions_of(&signed);
    assert_eq!(
        condition(&approved, "Approved").unwrap()["reason"],
        "AutoApproved"
    );
    assert_eq!(cert.common_name, "system:node:w1");
    assert_eq!(cert.organizations, vec!["system:nodes".to_owned()]);
    let ca = std::fs::read_to_string(c.node.paths().pki_dir().join("ca.crt")).unwrap();
    let ca = kubeforge::pki::inspect::ParsedCert::from_pem(&ca).unwrap();
    assert_eq!(
        cert.issuer_common_name, ca.common_name,
        "signed by the cluster CA"
    );
    assert!(cert.client_auth && !cert.server_auth);

    // The same request from the admin (not a bootstrapper, not the node) waits for a human.
    let csrs: Api<CertificateSigningRequest> = Api::all(c.client.clone());
    csrs.create(
        &PostParams::default(),
        &csr(
            "admin-csr",
            "system:node:w2",
            &["system:nodes"],
            kubelet_client,
            &usages,
        ),
    )
    .await
    .unwrap();
    // A user certificate, approved by hand as `kubectl certificate approve` does: signed.
    csrs.create(
        &PostParams::default(),
        &csr(
            "jane",
            "jane",
            &["devs"],
            "kubernetes.io/kube-apiserver-client",
            &usages,
        ),
    )
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let waiting = csrs.get("admin-csr").await.unwrap();
    assert!(
        conditions_of(&waiting).is_empty(),
        "not auto-approved: {:?}",
        waiting.status
    );
    let mut jane = csrs.get("jane").await.unwrap();
    jane.status.get_or_insert_default().conditions = Some(vec![serde_json::from_value(json!({
        "type": "Approved", "status": "True", "reason": "KubectlApprove", "message": "approved by test"})).unwrap()]);
    csrs.replace_subresource("approval", "jane", &PostParams::default(), &jane)
        .await
        .unwrap();
    let (_, cert) = issued(&c, "jane").await;
    assert_eq!(
        (cert.common_name.as_str(), cert.organizations.clone()),
        ("jane", vec!["devs".to_owned()])
    );

    // A request the signer cannot honour is marked Failed, with the reason.
    csrs.create(
        &PostParams::default(),
        &csr("bad", "system:node:w3", &["other"], kubelet_client, &usages),
    )
    .await
    .unwrap();
    let mut bad = csrs.get("bad").await.unwrap();
    bad.status.get_or_insert_default().conditions = Some(vec![
        serde_json::from_value(json!({
        "type": "Approved", "status": "True", "reason": "Test"}))
        .unwrap(),
    ]);
    csrs.replace_subresource("approval", "bad", &PostParams::default(), &bad)
        .await
        .unwrap();
    let failed = eventually("bad marked Failed", || async {
        let csr = csrs.get("bad").await.ok()?;
        condition(&conditions_of(&csr), "Failed").cloned()
    })
    .await;
    assert!(
        failed["message"].as_str().unwrap().contains("system:nodes"),
        "{failed}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bootstrap_tokens_sign_cluster_info_and_expired_ones_are_cleaned() {
    let c = Cluster::start().await;
    let secrets = c.api::<Secret>("kube-system");
    let token = |id: &str, expires_in: i64| {
        let expiration = (k8s_openapi::jiff::Timestamp::now()
            + k8s_openapi::jiff::SignedDuration::from_secs(expires_in))
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
        serde_json::from_value::<Secret>(json!({
            "metadata": {"name": format!("bootstrap-token-{id}"), "namespace": "kube-system"},
            "type": "bootstrap.kubernetes.io/token",
            "stringData": {"token-id": id, "token-secret": "0123456789abcdef", "expiration": expiration,
                "usage-bootstrap-signing": "true", "usage-bootstrap-authentication": "true"}
        }))
        .unwrap()
    };
    secrets
        .create(&PostParams::default(), &token("abcdef", 3600))
        .await
        .unwrap();
    secrets
        .create(&PostParams::default(), &token("short1", 4))
        .await
        .unwrap();
    let kubeconfig = "apiVersion: v1\nkind: Config\nclusters: []\n";
    // init's bootstrap-token phase published cluster-info; new content is signed again.
    let cms = c.api::<ConfigMap>("kube-public");
    cms.patch(
        "cluster-info",
        &PatchParams::default(),
        &Patch::Merge(json!({"data": {"kubeconfig": kubeconfig}})),
    )
    .await
    .unwrap();
    // An independent check of the detached JWS: HMAC-SHA256 keyed by "<id>.<secret>" over
    // "<header>.<payload>", payload left out. Waited for, not checked once: a signature of the
    // content before the patch may still be there for a moment (the signer re-signs on change).
    use base64::Engine;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, b"abcdef.0123456789abcdef");
    let valid = |jws: &str| {
        let Some((header, rest)) = jws.split_once("..") else {
            return false;
        };
        let input = format!("{header}.{}", b64.encode(kubeconfig));
        b64.decode(header).ok().as_deref() == Some(br#"{"alg":"HS256","kid":"abcdef"}"#)
            && b64
                .decode(rest)
                .is_ok_and(|sig| aws_lc_rs::hmac::verify(&key, input.as_bytes(), &sig).is_ok())
    };
    eventually("both tokens' signatures of the new content", || async {
        let data = cms.get("cluster-info").await.ok()?.data?;
        (data.get("kubeconfig").map(String::as_str) == Some(kubeconfig)
            && data.get("jws-kubeconfig-abcdef").is_some_and(|j| valid(j))
            && data.contains_key("jws-kubeconfig-short1"))
        .then_some(())
    })
    .await;
    // The short-lived token expires: its secret is deleted and its signature removed.
    eventually("the expired token gone", || async {
        let gone = secrets
            .get_opt("bootstrap-token-short1")
            .await
            .ok()?
            .is_none();
        let data = cms.get("cluster-info").await.ok()?.data?;
        (gone
            && !data.contains_key("jws-kubeconfig-short1")
            && data.contains_key("jws-kubeconfig-abcdef"))
        .then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pod_ranges_budgets_and_quotas_are_kept_current() {
    let c = Cluster::start_with(Some("networking:\n  podSubnet: 10.244.0.0/16\n")).await;
    // node-ipam: every node its own /24 of the pod subnet.
    let nodes: Api<KubeNode> = Api::all(c.client.clone());
    for name in ["w1", "w2"] {
        let node = json!({"metadata": {"name": name}, "status": {"conditions": [{"type": "Ready", "status": "True"}]}});
        nodes
            .create(
                &PostParams::default(),
                &serde_json::from_value(node).unwrap(),
            )
            .await
            .unwrap();
    }
    let ranges: BTreeSet<String> = eventually("three pod ranges", || async {
        let list = nodes.list(&ListParams::default()).await.ok()?;
        let ranges: Option<BTreeSet<String>> = list
            .items
            .iter()
            .map(|n| n.spec.clone()?.pod_cidr)
            .collect();
        ranges.filter(|r| r.len() == 3)
    })
    .await;
    assert!(
        ranges
            .iter()
            .all(|r| r.starts_with("10.244.") && r.ends_with(".0/24")),
        "{ranges:?}"
    );

    // Pods for a budget and a quota.
    c.create::<ConfigMap>(
        "default",
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "one"}}),
    )
    .await;
    for i in 0..3 {
        c.create::<Pod>("default", json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": format!("p-{i}"), "labels": {"app": "p"}},
            "spec": {"schedulerName": "none", "containers": [{"name": "c", "image": "x",
                "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}, "limits": {"memory": "128Mi"}}}]}}))
            .await;
    }
    let _kubelet = kubelet(&c, "default", "app=p", Outcome::Ready);
    c.create::<k8s_openapi::api::policy::v1::PodDisruptionBudget>(
        "default",
        json!({"apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget", "metadata": {"name": "budget"},
        "spec": {"minAvailable": 2, "selector": {"matchLabels": {"app": "p"}}}}),
    )
    .await;
    let pdbs = c.api::<k8s_openapi::api::policy::v1::PodDisruptionBudget>("default");
    let status = eventually("the budget's status", || async {
        let s = pdbs.get("budget").await.ok()?.status?;
        (s.current_healthy == 3).then_some(s)
    })
    .await;
    assert_eq!(
        (
            status.expected_pods,
            status.desired_healthy,
            status.disruptions_allowed
        ),
        (3, 2, 1)
    );

    c.create::<k8s_openapi::api::core::v1::ResourceQuota>("default", json!({"apiVersion": "v1",
        "kind": "ResourceQuota", "metadata": {"name": "quota"},
        "spec": {"hard": {"pods": "10", "requests.cpu": "2", "requests.memory": "1Gi", "limits.memory": "1Gi", "configmaps": "5"}}}))
        .await;
    let quotas = c.api::<k8s_openapi::api::core::v1::ResourceQuota>("default");
    let used = eventually("the quota's usage", || async {
        quotas.get("quota").await.ok()?.status?.used
    })
    .await;
    let used: BTreeMap<String, String> = used.into_iter().map(|(k, v)| (k, v.0)).collect();
    assert_eq!(used["pods"], "3");
    assert_eq!(used["requests.cpu"], "300m");
    assert_eq!(used["requests.memory"], "192Mi");
    assert_eq!(used["limits.memory"], "384Mi");
    assert_eq!(used["configmaps"], "2", "ours and kube-root-ca.crt");
    // A pod that goes is no longer counted.
    c.api::<Pod>("default")
        .delete(
            "p-0",
            &DeleteParams {
                grace_period_seconds: Some(0),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    eventually("2 pods used", || async {
        let used = quotas.get("quota").await.ok()?.status?.used?;
        (used["pods"].0 == "2").then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_secrets_get_a_signed_service_account_token() {
    use base64::Engine;
    let c = Cluster::start().await;
    let accounts = c.api::<ServiceAccount>("default");
    let robot: ServiceAccount =
        serde_json::from_value(json!({"metadata": {"name": "robot"}})).unwrap();
    let robot = accounts
        .create(&PostParams::default(), &robot)
        .await
        .unwrap();
    c.create::<Secret>("default", json!({"apiVersion": "v1", "kind": "Secret",
        "metadata": {"name": "robot-token", "annotations": {"kubernetes.io/service-account.name": "robot"}},
        "type": "kubernetes.io/service-account-token"}))
        .await;
    let secrets = c.api::<Secret>("default");
    let data = eventually("the token filled in", || async {
        let data = secrets.get("robot-token").await.ok()?.data?;
        data.contains_key("token").then_some(data)
    })
    .await;
    let ca = std::fs::read_to_string(c.node.paths().pki_dir().join("ca.crt")).unwrap();
    assert_eq!(data["ca.crt"].0, ca.as_bytes());
    assert_eq!(data["namespace"].0, b"default");
    // A JWT signed with sa.key: verify it with sa.pub, independently of kubeforge.
    let token = String::from_utf8(data["token"].0.clone()).unwrap();
    let parts: Vec<&str> = token.split('.').collect();
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let header: Value = serde_json::from_slice(&b64.decode(parts[0]).unwrap()).unwrap();
    let claims: Value = serde_json::from_slice(&b64.decode(parts[1]).unwrap()).unwrap();
    assert_eq!(header["alg"], "ES256");
    assert_eq!(claims["sub"], "system:serviceaccount:default:robot");
    assert_eq!(
        claims["kubernetes.io/serviceaccount/service-account.uid"],
        json!(robot.uid())
    );
    let public = std::fs::read_to_string(c.node.paths().pki_dir().join("sa.pub")).unwrap();
    let der = base64::engine::general_purpose::STANDARD
        .decode(
            public
                .lines()
                .filter(|l| !l.starts_with("-----"))
                .collect::<String>(),
        )
        .unwrap();
    use x509_parser::prelude::FromDer;
    let (_, spki) = x509_parser::x509::SubjectPublicKeyInfo::from_der(&der).unwrap();
    let key = aws_lc_rs::signature::UnparsedPublicKey::new(
        &aws_lc_rs::signature::ECDSA_P256_SHA256_FIXED,
        spki.subject_public_key.data.to_vec(),
    );
    key.verify(
        format!("{}.{}", parts[0], parts[1]).as_bytes(),
        &b64.decode(parts[2]).unwrap(),
    )
    .expect("signed by sa.key");
    let kid = b64.encode(aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &der));
    assert_eq!(header["kid"], kid, "Kubernetes' key id");
    // The ServiceAccount goes: so does its token.
    accounts
        .delete("robot", &DeleteParams::default())
        .await
        .unwrap();
    eventually("the token Secret deleted", || async {
        secrets
            .get_opt("robot-token")
            .await
            .ok()?
            .is_none()
            .then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn headless_services_publishing_not_ready_pods_list_them_all() {
    let c = Cluster::start().await;
    c.create::<Service>(
        "default",
        json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "peers"},
            "spec": {"clusterIP": "None", "publishNotReadyAddresses": true, "selector": {"app": "peer"},
                "ports": [{"name": "gossip", "port": 7000}]}}),
    )
    .await;
    c.create::<Pod>(
        "default",
        json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "peer-0", "labels": {"app": "peer"}},
            "spec": {"schedulerName": "none", "hostname": "peer-0", "subdomain": "peers",
                "containers": [{"name": "c", "image": "x"}]}}),
    )
    .await;
    c.api::<Pod>("default")
        .patch_status(
            "peer-0",
            &PatchParams::default(),
            &Patch::Merge(json!({"status": {"podIP": "10.2.0.1",
            "conditions": [{"type": "Ready", "status": "False"}]}})),
        )
        .await
        .unwrap();
    let endpoints = c.api::<Endpoints>("default");
    let e = eventually("the not-ready peer published", || async {
        let e = endpoints.get("peers").await.ok()?;
        let ready = e.subsets.as_ref()?.first()?.addresses.as_ref()?.len();
        (ready == 1).then_some(e)
    })
    .await;
    assert_eq!(
        e.labels()
            .get("service.kubernetes.io/headless")
            .map(String::as_str),
        Some("")
    );
    let address = &e.subsets.unwrap()[0].addresses.clone().unwrap()[0];
    assert_eq!(
        (address.ip.as_str(), address.hostname.as_deref()),
        ("10.2.0.1", Some("peer-0"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deployments_time_out_progressing_and_keep_only_their_history_limit() {
    let c = Cluster::start().await;
    let deployment = |name: &str, extra: Value| {
        let mut d = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name},
            "spec": {"replicas": 1, "selector": {"matchLabels": {"app": name}},
                "template": {"metadata": {"labels": {"app": name}},
                    "spec": {"containers": [{"name": "c", "image": "x:1"}]}}}});
        for (k, v) in extra.as_object().unwrap() {
            d["spec"][k] = v.clone();
        }
        d
    };
    let deployments = c.api::<Deployment>("default");
    // No kubelet for "stuck": its pod never gets ready, and 2 s is all it has.
    c.create::<Deployment>(
        "default",
        deployment("stuck", json!({"progressDeadlineSeconds": 2})),
    )
    .await;
    let timed_out = eventually("ProgressDeadlineExceeded", || async {
        let d = deployments.get("stuck").await.ok()?;
        let conditions = conditions_of(&d);
        let p = condition(&conditions, "Progressing")?.clone();
        (p["reason"] == "ProgressDeadlineExceeded").then_some(p)
    })
    .await;
    assert_eq!(timed_out["status"], "False");
    // revisionHistoryLimit 1: after three templates, the current ReplicaSet and one old one.
    let _kubelet = kubelet(&c, "default", "app=hist", Outcome::Ready);
    c.create::<Deployment>(
        "default",
        deployment("hist", json!({"revisionHistoryLimit": 1})),
    )
    .await;
    for image in ["x:2", "x:3"] {
        eventually("rolled out", || async {
            let s = deployments.get("hist").await.ok()?.status?;
            (s.updated_replicas == Some(1)
                && s.available_replicas == Some(1)
                && s.replicas == Some(1))
            .then_some(())
        })
        .await;
        let patch = json!({"spec": {"template": {"spec": {"containers": [{"name": "c", "image": image}]}}}});
        deployments
            .patch("hist", &PatchParams::default(), &Patch::Merge(patch))
            .await
            .unwrap();
    }
    let sets = c.api::<ReplicaSet>("default");
    eventually("two ReplicaSets left", || async {
        let list = sets
            .list(&ListParams::default().labels("app=hist"))
            .await
            .ok()?;
        let revisions: BTreeSet<String> = list
            .items
            .iter()
            .filter(|rs| rs.metadata.deletion_timestamp.is_none())
            .filter_map(|rs| {
                rs.annotations()
                    .get("deployment.kubernetes.io/revision")
                    .cloned()
            })
            .collect();
        (revisions == BTreeSet::from(["2".to_owned(), "3".to_owned()])).then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replace_cronjob_replaces_the_running_job() {
    let c = Cluster::start().await;
    c.create::<CronJob>(
        "default",
        json!({"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "swap"},
            "spec": {"schedule": "@every 2s", "concurrencyPolicy": "Replace",
                "jobTemplate": {"spec": {"template": {"spec": {"restartPolicy": "Never",
                    "containers": [{"name": "c", "image": "x"}]}}}}}}),
    )
    .await;
    // No kubelet: each run is still going when the next is due, and takes its place.
    let deleted = eventually("a run replaced", || async {
        c.events("default", "swap", "SuccessfulDelete").await.pop()
    })
    .await;
    assert!(deleted.starts_with("Deleted job swap-"), "{deleted}");
    let cj = c.api::<CronJob>("default").get("swap").await.unwrap();
    assert_eq!(
        cj.status.unwrap().active.unwrap_or_default().len(),
        1,
        "one run at a time"
    );
}

/// Whether the controller-manager serving on `address:20257` reports that it leads.
async fn leads(c: &Cluster, address: std::net::Ipv4Addr) -> bool {
    let conf = c.node.admin_conf();
    let creds = kubeforge::kubeconfig::Kubeconfig::load(&conf)
        .unwrap()
        .credentials(&conf)
        .unwrap();
    let tls = kubeforge::tls::insecure_client_config(Some((
        creds.client_cert_pem.as_deref().unwrap(),
        creds.client_key_pem.as_deref().unwrap(),
    )))
    .unwrap();
    let Ok(client) =
        kubeforge::kubeconfig::client::ApiClient::new(&format!("https://{address}:20257"), tls)
    else {
        return false;
    };
    client
        .get("/metrics")
        .await
        .map(|r| {
            r.text()
                .contains("leader_election_master_status{name=\"kube-controller-manager\"} 1")
        })
        .unwrap_or(false)
}

struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_leading_controller_manager_acts_and_a_successor_takes_over() {
    // The cluster's own controller-manager runs only the serviceaccount controller; two more
    // run everything else on their own Lease.
    let c = Cluster::start_with(Some(
        "controllerManager:\n  extraArgs:\n  - name: controllers\n    value: serviceaccount\n",
    ))
    .await;
    let kubeconfig = c.node.paths().kubeconfig("controller-manager.conf");
    let [a, b, x, _] = c.node.address.octets();
    let second_address = std::net::Ipv4Addr::new(a, b, x, 2);
    let start = |address: std::net::Ipv4Addr| {
        let mut cmd = std::process::Command::new(common::BIN);
        cmd.args([
            "controller-manager",
            "--kubeconfig",
            kubeconfig.to_str().unwrap(),
        ])
        .args([
            "--bind-address",
            &address.to_string(),
            "--secure-port",
            "20257",
        ])
        .args([
            "--controllers",
            "*,-serviceaccount",
            "--leader-elect-resource-name",
            "ha-cm",
        ])
        .args([
            "--leader-elect-lease-duration",
            "4s",
            "--leader-elect-renew-deadline",
            "3s",
        ])
        .args(["--leader-elect-retry-period", "500ms"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
        KillOnDrop(cmd.spawn().expect("start a controller-manager"))
    };
    let first = start(c.node.address);
    let second = start(second_address);
    let leases = c.api::<Lease>("kube-system");
    let leader = eventually("a leader", || async {
        leases
            .get("ha-cm")
            .await
            .ok()?
            .spec?
            .holder_identity
            .filter(|h| !h.is_empty())
    })
    .await;
    c.create::<ReplicaSet>(
        "default",
        json!({"apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": {"name": "ha"},
            "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "ha"}},
                "template": {"metadata": {"labels": {"app": "ha"}},
                    "spec": {"schedulerName": "none", "containers": [{"name": "c", "image": "x"}]}}}}),
    )
    .await;
    eventually("3 pods", || async {
        (c.live_pods("default", "app=ha").await.len() == 3).then_some(())
    })
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(
        c.live_pods("default", "app=ha").await.len(),
        3,
        "only one controller acted"
    );

    let first_leads = leads(&c, c.node.address).await;
    assert_ne!(
        first_leads,
        leads(&c, second_address).await,
        "exactly one leads"
    );
    let (dead, _survivor) = if first_leads {
        (first, second)
    } else {
        (second, first)
    };
    drop(dead);
    c.api::<ReplicaSet>("default")
        .patch(
            "ha",
            &PatchParams::default(),
            &Patch::Merge(json!({"spec": {"replicas": 5}})),
        )
        .await
        .unwrap();
    eventually("5 pods from the successor", || async {
        (c.live_pods("default", "app=ha").await.len() == 5).then_some(())
    })
    .await;
    let successor = leases.get("ha-cm").await.unwrap().spec.unwrap();
    assert_ne!(successor.holder_identity.as_deref(), Some(leader.as_str()));
    assert_eq!(successor.lease_transitions, Some(1));
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(c.live_pods("default", "app=ha").await.len(), 5);
}

#[test]
fn unknown_controllers_are_refused_with_the_known_names() {
    let node = Node::new();
    let mut cmd = node.cmd();
    cmd.args([
        "controller-manager",
        "--kubeconfig",
        "/nonexistent",
        "--controllers",
        "*,-jobs",
    ]);
    let out = common::run(cmd);
    assert!(!out.status.success());
    let err = common::stderr(&out);
    assert!(err.contains("unknown controller \"jobs\""), "{err}");
    assert!(err.contains("job,"), "lists the known names: {err}");
}
