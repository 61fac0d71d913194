//! Acceptance with kube-rs: typed CRUD through `kube::Api`, server-side apply, discovery,
//! and a `kube::runtime::watcher` stream that keeps every event across an API server restart
//! and an etcd restart.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::*;
use futures::StreamExt;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Service};
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams, PostParams};
use kube::runtime::{WatchStreamExt, watcher};

async fn client(node: &Node) -> kube::Client {
    kubeforge::controllers::client(&node.admin_conf())
        .await
        .expect("admin client")
}

fn cm(name: &str, data: &[(&str, &str)]) -> ConfigMap {
    ConfigMap {
        metadata: kube::api::ObjectMeta {
            name: Some(name.into()),
            ..Default::default()
        },
        data: Some(
            data.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<BTreeMap<_, _>>(),
        ),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kube_rs_crud_patch_and_discovery() {
    let node = Node::new();
    node.init();
    let client = client(&node).await;
    let version = client.apiserver_version().await.unwrap();
    assert_eq!(version.minor, "33");
    let cms: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let created = cms
        .create(&PostParams::default(), &cm("a", &[("k", "v")]))
        .await
        .unwrap();
    assert!(created.metadata.uid.is_some() && created.metadata.resource_version.is_some());
    let err = cms
        .create(&PostParams::default(), &cm("a", &[]))
        .await
        .unwrap_err();
    assert!(
        matches!(err, kube::Error::Api(ref e) if e.code == 409 && e.reason == "AlreadyExists"),
        "{err}"
    );
    let patched = cms
        .patch(
            "a",
            &PatchParams::default(),
            &Patch::Merge(serde_json::json!({"data": {"k2": "v2"}})),
        )
        .await
        .unwrap();
    assert_eq!(patched.data.unwrap().len(), 2);
    let applied = cms
        .patch(
            "b",
            &PatchParams::apply("kubeforge-test"),
            &Patch::Apply(cm("b", &[("x", "1")])),
        )
        .await
        .unwrap();
    assert_eq!(
        applied.data.unwrap()["x"],
        "1",
        "apply creates a missing object"
    );
    let list = cms.list(&ListParams::default().labels("")).await.unwrap();
    assert!(list.items.len() >= 2);
    let deployments: Api<Deployment> = Api::namespaced(client.clone(), "default");
    let d: Deployment = serde_json::from_value(serde_json::json!({
        "metadata": {"name": "web"},
        "spec": {"selector": {"matchLabels": {"app": "web"}}, "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}}}
    }))
    .unwrap();
    let d = deployments
        .create(&PostParams::default(), &d)
        .await
        .unwrap();
    assert_eq!(d.spec.unwrap().replicas, Some(1), "defaulted");
    let scale = deployments.get_scale("web").await.unwrap();
    assert_eq!(scale.spec.unwrap().replicas, Some(1));
    deployments
        .patch_scale(
            "web",
            &PatchParams::default(),
            &Patch::Merge(serde_json::json!({"spec": {"replicas": 3}})),
        )
        .await
        .unwrap();
    assert_eq!(
        deployments.get("web").await.unwrap().spec.unwrap().replicas,
        Some(3)
    );
    let svcs: Api<Service> = Api::namespaced(client.clone(), "default");
    let kubernetes = svcs.get("kubernetes").await.unwrap();
    assert_eq!(
        kubernetes.spec.unwrap().cluster_ip.as_deref(),
        Some("10.96.0.1")
    );
    cms.delete("a", &DeleteParams::default()).await.unwrap();
    assert!(cms.get_opt("a").await.unwrap().is_none());
    let discovery = kube::Discovery::new(client.clone()).run().await.unwrap();
    assert!(discovery.has_group("apps"));
}

/// Which names a watcher saw applied and deleted.
#[derive(Default, Debug)]
struct Seen {
    applied: Vec<(String, String)>,
    deleted: Vec<String>,
}

#[test]
fn a_watcher_keeps_every_event_across_api_server_and_etcd_restarts() {
    let node = Node::new();
    node.init();
    // The test thread stays outside the runtime, so the blocking helpers (readiness polls,
    // sleeps) never stall the watcher.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let client = rt.block_on(client(&node));
    let cms: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Seen::default()));
    let s = seen.clone();
    let stream = watcher(cms.clone(), watcher::Config::default()).default_backoff();
    let task = rt.spawn(async move {
        let mut stream = std::pin::pin!(stream);
        while let Some(ev) = stream.next().await {
            match ev {
                Ok(watcher::Event::Apply(o)) | Ok(watcher::Event::InitApply(o)) => {
                    let v = o
                        .data
                        .clone()
                        .unwrap_or_default()
                        .get("v")
                        .cloned()
                        .unwrap_or_default();
                    s.lock()
                        .unwrap()
                        .applied
                        .push((o.metadata.name.clone().unwrap(), v));
                }
                Ok(watcher::Event::Delete(o)) => s
                    .lock()
                    .unwrap()
                    .deleted
                    .push(o.metadata.name.clone().unwrap()),
                _ => {}
            }
        }
    });
    let wait_for = |pred: &dyn Fn(&Seen) -> bool| {
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while std::time::Instant::now() < deadline {
            if pred(&seen.lock().unwrap()) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    };
    // Retries while the API server or etcd comes back.
    let retry = |what: &str, f: &dyn Fn() -> Result<(), kube::Error>| {
        for _ in 0..100 {
            if f().is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("{what} never succeeded");
    };
    rt.block_on(cms.create(&PostParams::default(), &cm("one", &[("v", "1")])))
        .unwrap();
    assert!(wait_for(&|s| s.applied.iter().any(|(n, _)| n == "one")));

    // Restart the API server: the watcher must resume without losing what happens meanwhile.
    let apiserver = node.container_pid("kube-apiserver").unwrap();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(apiserver),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    assert!(node.wait_ready(Duration::from_secs(30)));
    retry("create two", &|| {
        rt.block_on(cms.create(&PostParams::default(), &cm("two", &[("v", "1")])))
            .map(|_| ())
    });
    retry("patch one", &|| {
        rt.block_on(cms.patch(
            "one",
            &PatchParams::default(),
            &Patch::Merge(serde_json::json!({"data": {"v": "2"}})),
        ))
        .map(|_| ())
    });
    assert!(
        wait_for(&|s| s.applied.iter().any(|(n, v)| n == "one" && v == "2")
            && s.applied.iter().any(|(n, _)| n == "two")),
        "after an API server restart: {:?}",
        seen.lock().unwrap()
    );

    // Restart etcd: the API server's watch resumes from its last revision.
    let etcd = node.container_pid("etcd").unwrap();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(etcd),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert!(node.wait_ready(Duration::from_secs(30)));
    retry("delete one", &|| {
        rt.block_on(cms.delete("one", &DeleteParams::default()))
            .map(|_| ())
    });
    retry("create three", &|| {
        rt.block_on(cms.create(&PostParams::default(), &cm("three", &[("v", "1")])))
            .map(|_| ())
    });
    assert!(
        wait_for(&|s| s.deleted.iter().any(|n| n == "one")
            && s.applied.iter().any(|(n, _)| n == "three")),
        "after an etcd restart: {:?}",
        seen.lock().unwrap()
    );
    task.abort();
}
