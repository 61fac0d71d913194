//! The REST API on the wire: the conventions kubectl, kube-rs and the Python client rely on
//! (reference/kubernetes-api-behaviours.md), checked with raw HTTP against a real cluster.

mod common;

use std::time::Duration;

use common::*;
use http::Method;
use kubeforge::kubeconfig::client::{ApiClient, Response};
use serde_json::{Value, json};

struct Api {
    client: ApiClient,
}

impl Api {
    fn new(node: &Node) -> Self {
        Api {
            client: node.admin_client().with_timeout(Duration::from_secs(20)),
        }
    }

    fn raw(&self, method: Method, path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Response {
        block_on(self.client.request(method.clone(), path, headers, body))
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    fn send(&self, method: Method, path: &str, body: Option<Value>) -> (u16, Value) {
        self.send_ct(method, path, body, "application/json")
    }

    fn send_ct(&self, method: Method, path: &str, body: Option<Value>, ct: &str) -> (u16, Value) {
        let bytes = body
            .map(|b| serde_json::to_vec(&b).unwrap())
            .unwrap_or_default();
        let r = self.raw(method, path, &[("Content-Type", ct)], bytes);
        let v = serde_json::from_slice(&r.body).unwrap_or(Value::Null);
        (r.status.as_u16(), v)
    }

    fn get(&self, path: &str) -> (u16, Value) {
        self.send(Method::GET, path, None)
    }

    fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(Method::POST, path, Some(body))
    }
}

fn cm(name: &str) -> Value {
    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name}, "data": {"k": "v"}})
}

const CMS: &str = "/api/v1/namespaces/default/configmaps";

#[test]
fn server_set_metadata_and_error_statuses() {
    let node = Node::new();
    node.init();
    let api = Api::new(&node);
    // generateName, uid, creationTimestamp (whole seconds, Z), resourceVersion as an integer.
    let (code, obj) = api.post(
        CMS,
        json!({"metadata": {"generateName": "gen-"}, "data": {}}),
    );
    assert_eq!(code, 201, "{obj}");
    let name = obj["metadata"]["name"].as_str().unwrap();
    assert!(name.starts_with("gen-") && name.len() == 9, "{name}");
    assert_eq!(obj["metadata"]["uid"].as_str().unwrap().len(), 36);
    let ts = obj["metadata"]["creationTimestamp"].as_str().unwrap();
    assert!(ts.ends_with('Z') && ts.len() == 20, "{ts}");
    assert!(
        obj["metadata"]["resourceVersion"]
            .as_str()
            .unwrap()
            .parse::<u64>()
            .is_ok()
    );
    assert_eq!(
        obj["kind"], "ConfigMap",
        "kind and apiVersion are defaulted"
    );
    // kind first, compact: kube-rs checks `{"kind":"ConfigMap"`.
    let raw = api.raw(Method::GET, &format!("{CMS}/{name}"), &[], vec![]);
    assert!(
        raw.body
            .starts_with(br#"{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"#),
        "{:?}",
        raw.text()
    );
    assert!(raw.body.ends_with(b"\n"));

    assert_eq!(api.post(CMS, cm("a")).0, 201);
    let dup = api.raw(
        Method::POST,
        CMS,
        &[("Content-Type", "application/json")],
        serde_json::to_vec(&cm("a")).unwrap(),
    );
    assert_eq!(dup.status, 409);
    assert_eq!(
        dup.text(),
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"configmaps \\\"a\\\" already exists\",\"reason\":\"AlreadyExists\",\"details\":{\"name\":\"a\",\"kind\":\"configmaps\"},\"code\":409}\n"
    );
    // A stale resourceVersion is a conflict; an unconditional update is not.
    let (_, current) = api.get(&format!("{CMS}/a"));
    let mut stale = current.clone();
    stale["metadata"]["resourceVersion"] = json!("1");
    let (code, status) = api.send(Method::PUT, &format!("{CMS}/a"), Some(stale));
    assert_eq!(code, 409);
    assert_eq!(status["reason"], "Conflict");
    assert!(
        status["message"]
            .as_str()
            .unwrap()
            .contains("the object has been modified"),
        "{status}"
    );
    let mut unconditional = current.clone();
    unconditional["metadata"]
        .as_object_mut()
        .unwrap()
        .remove("resourceVersion");
    unconditional["data"]["k"] = json!("w");
    assert_eq!(
        api.send(Method::PUT, &format!("{CMS}/a"), Some(unconditional))
            .0,
        200
    );
    // An unchanged update writes nothing: the resourceVersion stays.
    let (_, now) = api.get(&format!("{CMS}/a"));
    let (_, again) = api.send(Method::PUT, &format!("{CMS}/a"), Some(now.clone()));
    assert_eq!(
        again["metadata"]["resourceVersion"],
        now["metadata"]["resourceVersion"]
    );

    // A missing namespace, a name that is not a DNS subdomain, a namespace mismatch.
    let (code, status) = api.post("/api/v1/namespaces/nope/configmaps", cm("x"));
    assert_eq!(
        (code, status["message"].as_str().unwrap()),
        (404, "namespaces \"nope\" not found")
    );
    let (code, status) = api.post(CMS, cm("Bad_Name"));
    assert_eq!(code, 422);
    assert_eq!(status["reason"], "Invalid");
    assert_eq!(status["details"]["kind"], "ConfigMap");
    assert_eq!(status["details"]["causes"][0]["field"], "metadata.name");
    let mut other = cm("y");
    other["metadata"]["namespace"] = json!("kube-system");
    assert_eq!(api.post(CMS, other).0, 400);
    // A deployment without a selector.
    let (code, status) = api.post(
        "/apis/apps/v1/namespaces/default/deployments",
        json!({"metadata": {"name": "d"}, "spec": {"template": {"metadata": {"labels": {"a": "b"}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}}),
    );
    assert_eq!(code, 422, "{status}");
    assert!(
        status["message"]
            .as_str()
            .unwrap()
            .contains("spec.selector: Required value"),
        "{status}"
    );
    // dryRun=All answers as a create would and stores nothing.
    assert_eq!(api.post(&format!("{CMS}?dryRun=All"), cm("dry")).0, 201);
    assert_eq!(api.get(&format!("{CMS}/dry")).0, 404);
    // fieldValidation: Strict refuses unknown fields, Warn (the default) warns, both name them.
    let mut bogus = cm("strict");
    bogus["spec"] = json!({"bogus": 1});
    let (code, status) = api.post(&format!("{CMS}?fieldValidation=Strict"), bogus.clone());
    assert_eq!(code, 400);
    assert!(
        status["message"]
            .as_str()
            .unwrap()
            .contains("unknown field \"spec\""),
        "{status}"
    );
    let r = api.raw(
        Method::POST,
        CMS,
        &[("Content-Type", "application/json")],
        serde_json::to_vec(&bogus).unwrap(),
    );
    assert_eq!(r.status, 201);
    let warning = r
        .headers
        .get("Warning")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    assert!(
        warning.starts_with("299 - ") && warning.contains("unknown field"),
        "{warning}"
    );
    // Wrong types, unknown media types, oversized bodies, YAML bodies.
    let (code, _) = api.post(CMS, json!({"metadata": {"name": "t"}, "data": {"k": 1}}));
    assert_eq!(code, 400);
    assert_eq!(
        api.send_ct(Method::POST, CMS, Some(cm("z")), "text/plain")
            .0,
        415
    );
    let huge = vec![b' '; 4 * 1024 * 1024];
    assert_eq!(
        api.raw(
            Method::POST,
            CMS,
            &[("Content-Type", "application/json")],
            huge
        )
        .status,
        413
    );
    let yaml =
        b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-yaml\ndata:\n  a: b\n".to_vec();
    assert_eq!(
        api.raw(
            Method::POST,
            CMS,
            &[("Content-Type", "application/yaml")],
            yaml
        )
        .status,
        201
    );
}

#[test]
fn lists_paginate_and_select() {
    let node = Node::new();
    node.init();
    let api = Api::new(&node);
    // Every namespace has the controller-manager's kube-root-ca.crt: wait for it, so the
    // listing below is what it will stay.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while api.get(&format!("{CMS}/kube-root-ca.crt")).0 != 200 {
        assert!(
            std::time::Instant::now() < deadline,
            "kube-root-ca.crt never appeared"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    for i in 0..7 {
        let mut c = cm(&format!("p{i}"));
        c["metadata"]["labels"] =
            json!({"tier": if i % 2 == 0 { "even" } else { "odd" }, "i": i.to_string()});
        assert_eq!(api.post(CMS, c).0, 201);
    }
    let mut names = Vec::new();
    let mut path = format!("{CMS}?limit=3");
    let mut pages = 0;
    loop {
        let (code, list) = api.get(&path);
        assert_eq!(code, 200, "{list}");
        assert_eq!(list["kind"], "ConfigMapList");
        pages += 1;
        names.extend(
            list["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["metadata"]["name"].as_str().unwrap().to_owned()),
        );
        match list["metadata"]["continue"].as_str() {
            Some(c) => path = format!("{CMS}?limit=3&continue={c}"),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(
        names,
        ["kube-root-ca.crt", "p0", "p1", "p2", "p3", "p4", "p5", "p6"]
    );
    let count = |q: &str| {
        let (code, list) = api.get(&format!("{CMS}?{q}"));
        assert_eq!(code, 200, "{q}: {list}");
        list["items"].as_array().unwrap().len()
    };
    assert_eq!(count("labelSelector=tier%3Deven"), 4);
    assert_eq!(count("labelSelector=tier%20in%20(odd),i!%3D1"), 2);
    assert_eq!(count("labelSelector=!tier"), 1, "kube-root-ca.crt");
    assert_eq!(count("fieldSelector=metadata.name%3Dp3"), 1);
    assert_eq!(
        count("fieldSelector=metadata.name!%3Dp3&labelSelector=tier%3Dodd"),
        2
    );
    assert_eq!(count("resourceVersion=0&labelSelector=tier"), 7);
    let (code, status) = api.get(&format!("{CMS}?fieldSelector=spec.foo%3Dx"));
    assert_eq!(
        (code, status["message"].as_str().unwrap()),
        (400, "field label not supported: spec.foo")
    );
    assert_eq!(api.get(&format!("{CMS}?labelSelector=a%20in%20b")).0, 400);
    // An exact resourceVersion reads the past.
    let (_, before) = api.get(&format!("{CMS}/p0"));
    let rv = before["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(api.send(Method::DELETE, &format!("{CMS}/p0"), None).0, 200);
    let (code, past) = api.get(&format!(
        "{CMS}?resourceVersion={rv}&resourceVersionMatch=Exact"
    ));
    assert_eq!(code, 200);
    assert!(
        past["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["metadata"]["name"] == "p0")
    );
    // Pods: selectable by spec.nodeName; a cluster-wide list crosses namespaces. (No
    // scheduler serves their schedulerName, so the unbound one stays unbound.)
    let pod = |name: &str, node: Option<&str>| {
        let mut spec =
            json!({"schedulerName": "none", "containers": [{"name": "c", "image": "busybox"}]});
        if let Some(n) = node {
            spec["nodeName"] = json!(n);
        }
        json!({"metadata": {"name": name}, "spec": spec})
    };
    assert_eq!(
        api.post("/api/v1/namespaces/default/pods", pod("on-a", Some("a")))
            .0,
        201
    );
    assert_eq!(
        api.post("/api/v1/namespaces/kube-public/pods", pod("nowhere", None))
            .0,
        201
    );
    let (_, all) = api.get("/api/v1/pods?fieldSelector=spec.nodeName%3Da");
    let got: Vec<&str> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["metadata"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(got, ["on-a"]);
    let (_, pending) =
        api.get("/api/v1/pods?fieldSelector=status.phase%3DPending,spec.nodeName%3D");
    assert!(
        pending["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["metadata"]["name"] == "nowhere")
    );
}

/// Reads a watch response's lines.
fn events(r: &Response) -> Vec<Value> {
    r.text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn watches_follow_the_protocol() {
    let node = Node::new();
    node.init();
    let api = Api::new(&node);
    let mut labeled = cm("w1");
    labeled["metadata"]["labels"] = json!({"watched": "yes"});
    let (_, created) = api.post(CMS, labeled);
    let rv = created["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .to_owned();
    // A background change while the watch runs (the watch lasts 5 s so that, on a loaded
    // machine, both changes land inside it).
    let client = node.admin_client();
    let changer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(500));
        let patch = |body: Value| {
            block_on(client.request(
                Method::PATCH,
                &format!("{CMS}/w1"),
                &[("Content-Type", "application/merge-patch+json")],
                serde_json::to_vec(&body).unwrap(),
            ))
            .unwrap()
        };
        patch(json!({"data": {"k": "2"}}));
        // Stops matching the selector: a DELETED for that watcher.
        patch(json!({"metadata": {"labels": {"watched": "no"}}}));
    });
    let started = std::time::Instant::now();
    let r = api.raw(
        Method::GET,
        &format!(
            "{CMS}?watch=true&labelSelector=watched%3Dyes&resourceVersion={rv}&timeoutSeconds=5"
        ),
        &[],
        vec![],
    );
    changer.join().unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(5),
        "the server closes at timeoutSeconds"
    );
    assert_eq!(r.status, 200);
    let kinds: Vec<String> = events(&r)
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kinds, ["MODIFIED", "DELETED"]);
    // resourceVersion=0: the current state as ADDED first; bookmarks carry kind and apiVersion.
    let r = api.raw(Method::GET, &format!("{CMS}?watch=true&resourceVersion=0&timeoutSeconds=1&allowWatchBookmarks=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan"), &[], vec![]);
    let evs = events(&r);
    assert_eq!(evs[0]["type"], "ADDED");
    let bookmark = evs
        .iter()
        .find(|e| e["type"] == "BOOKMARK")
        .expect("an initial-events-end bookmark");
    assert_eq!(bookmark["object"]["kind"], "ConfigMap");
    assert_eq!(
        bookmark["object"]["metadata"]["annotations"]["k8s.io/initial-events-end"],
        "true"
    );
    // After compaction and an API server restart, a too-old revision is a 410 in the stream.
    let pki = node.paths().pki_dir().to_owned();
    let read = |f: &str| std::fs::read_to_string(pki.join(f)).unwrap();
    let tls = kubeforge::etcd::ClientTls {
        ca_pem: read("etcd/ca.crt"),
        cert_pem: read("apiserver-etcd-client.crt"),
        key_pem: read("apiserver-etcd-client.key"),
    };
    let endpoint = format!("https://{}:2379", node.address);
    block_on(async {
        let storage = kubeforge::apiserver::storage::Storage::connect(&[endpoint], Some(&tls))
            .await
            .unwrap();
        let rev = storage.current_revision().await.unwrap();
        storage.compact(rev).await.unwrap();
    });
    let apiserver = node.container_pid("kube-apiserver").unwrap();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(apiserver),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    assert!(node.wait_ready(Duration::from_secs(30)));
    let r = api.raw(
        Method::GET,
        &format!("{CMS}?watch=true&resourceVersion=2&timeoutSeconds=1"),
        &[],
        vec![],
    );
    assert_eq!(r.status, 200);
    let evs = events(&r);
    assert_eq!(evs.len(), 1, "{evs:?}");
    assert_eq!(evs[0]["type"], "ERROR");
    assert_eq!(evs[0]["object"]["code"], 410);
    assert_eq!(evs[0]["object"]["reason"], "Expired");
}

/// PUTs `object_path` + `subresource` with the object as read and changed by `change`,
/// reading it again on a 409 (a controller wrote in between). Returns the written object
/// and the one it was made from.
fn update_retrying(
    api: &Api,
    object_path: &str,
    subresource: &str,
    change: impl Fn(&mut Value),
) -> (Value, Value) {
    for _ in 0..20 {
        let (code, before) = api.get(object_path);
        assert_eq!(code, 200, "{before}");
        let mut object = before.clone();
        change(&mut object);
        let (code, after) = api.send(
            Method::PUT,
            &format!("{object_path}{subresource}"),
            Some(object),
        );
        match code {
            200 => return (after, before),
            409 => continue,
            _ => panic!("PUT {object_path}{subresource}: {code} {after}"),
        }
    }
    panic!("PUT {object_path}{subresource} conflicted 20 times in a row");
}

#[test]
fn subresources_finalizers_and_graceful_deletion() {
    let node = Node::new();
    node.init();
    let api = Api::new(&node);
    let deps = "/apis/apps/v1/namespaces/default/deployments";
    let dep = json!({"metadata": {"name": "web"}, "spec": {"replicas": 1, "selector": {"matchLabels": {"a": "b"}}, "template": {"metadata": {"labels": {"a": "b"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}}}});
    let (code, created) = api.post(deps, dep);
    assert_eq!(code, 201, "{created}");
    assert_eq!(created["metadata"]["generation"], 1);
    // Status writes go through /status only, and never bump generation. (The running
    // deployment controller writes status too: each PUT is retried on a 409 with the
    // object read again, and the status expected after the main PUT is the one read.)
    // (The controller's revision annotation bumps generation too: compare with the object read.)
    let (after, before) = update_retrying(&api, &format!("{deps}/web"), "/status", |d| {
        d["status"] = json!({"replicas": 1, "observedGeneration": 1});
        d["spec"]["replicas"] = json!(9);
    });
    assert_eq!(
        (
            after["status"]["replicas"].clone(),
            after["spec"]["replicas"].clone()
        ),
        (json!(1), json!(1))
    );
    assert_eq!(
        after["metadata"]["generation"],
        before["metadata"]["generation"]
    );
    let (after, before) = update_retrying(&api, &format!("{deps}/web"), "", |d| {
        d["status"] = json!({"replicas": 7});
        d["spec"]["replicas"] = json!(2);
    });
    assert_eq!(
        (after["status"].clone(), after["spec"]["replicas"].clone()),
        (before["status"].clone(), json!(2))
    );
    assert_ne!(after["status"]["replicas"], 7);
    assert_eq!(
        after["metadata"]["generation"].as_i64(),
        before["metadata"]["generation"].as_i64().map(|g| g + 1)
    );
    // Scale.
    let (code, scale) = api.get(&format!("{deps}/web/scale"));
    assert_eq!(code, 200);
    assert_eq!(
        (
            scale["kind"].as_str().unwrap(),
            scale["apiVersion"].as_str().unwrap()
        ),
        ("Scale", "autoscaling/v1")
    );
    assert_eq!(
        (
            scale["spec"]["replicas"].clone(),
            scale["status"]["selector"].clone()
        ),
        (json!(2), json!("a=b"))
    );
    let (code, _) = api.send_ct(
        Method::PATCH,
        &format!("{deps}/web/scale"),
        Some(json!({"spec": {"replicas": 5}})),
        "application/merge-patch+json",
    );
    assert_eq!(code, 200);
    assert_eq!(api.get(&format!("{deps}/web")).1["spec"]["replicas"], 5);

    // Pods: Pending on create; a binding schedules; a scheduled pod's delete is graceful.
    // (The test binds it itself: no scheduler serves its schedulerName.)
    let pods = "/api/v1/namespaces/default/pods";
    // ServiceAccount admission needs the namespace's `default` account, which the
    // controller-manager creates shortly after start (slower on a loaded machine).
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while api
        .get("/api/v1/namespaces/default/serviceaccounts/default")
        .0
        != 200
    {
        assert!(
            std::time::Instant::now() < deadline,
            "no default service account"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let (code, pod) = api.post(pods, json!({"metadata": {"name": "p"}, "spec": {"schedulerName": "none", "containers": [{"name": "c", "image": "busybox"}]}}));
    assert_eq!(code, 201, "{pod}");
    assert_eq!(pod["status"]["phase"], "Pending");
    assert_eq!(pod["spec"]["restartPolicy"], "Always");
    assert_eq!(
        pod["spec"]["containers"][0]["terminationMessagePath"],
        "/dev/termination-log"
    );
    // (Bound to a node no agent runs: node-a's agent would confirm the deletion at once.)
    let (code, _) = api.post(&format!("{pods}/p/binding"), json!({"apiVersion": "v1", "kind": "Binding", "metadata": {"name": "p"}, "target": {"kind": "Node", "name": "node-b"}}));
    assert_eq!(code, 201);
    let bound = api.get(&format!("{pods}/p")).1;
    assert_eq!(bound["spec"]["nodeName"], "node-b");
    assert_eq!(
        bound["status"]["conditions"][0]["type"], "PodScheduled",
        "{bound}"
    );
    let rv = |p: &Value| {
        p["metadata"]["resourceVersion"]
            .as_str()
            .and_then(|v| v.parse::<i64>().ok())
    };
    assert!(rv(&bound) > rv(&pod), "a new resourceVersion: {bound}");
    // As upstream's binding registry, which writes to storage directly: no field manager
    // entry for the binding.
    assert_eq!(
        bound["metadata"]["managedFields"], pod["metadata"]["managedFields"],
        "{bound}"
    );
    let (code, deleting) = api.send(Method::DELETE, &format!("{pods}/p"), None);
    assert_eq!(code, 200);
    assert_eq!(deleting["kind"], "Pod", "pods answer a delete with the pod");
    assert!(
        deleting["metadata"]["deletionTimestamp"].is_string(),
        "graceful: {deleting}"
    );
    assert_eq!(
        api.get(&format!("{pods}/p")).0,
        200,
        "still there during its grace period"
    );
    assert_eq!(
        api.send(
            Method::DELETE,
            &format!("{pods}/p?gracePeriodSeconds=0"),
            None
        )
        .0,
        200
    );
    assert_eq!(api.get(&format!("{pods}/p")).0, 404);

    // Finalizers hold an object until the last one goes.
    let mut held = cm("held");
    held["metadata"]["finalizers"] = json!(["example.com/hold"]);
    api.post(CMS, held);
    let (code, marked) = api.send(Method::DELETE, &format!("{CMS}/held"), None);
    assert_eq!(code, 200);
    assert!(
        marked["metadata"]["deletionTimestamp"].is_string(),
        "{marked}"
    );
    let (code, _) = api.send_ct(
        Method::PATCH,
        &format!("{CMS}/held"),
        Some(json!({"metadata": {"finalizers": null}})),
        "application/merge-patch+json",
    );
    assert_eq!(code, 200);
    assert_eq!(api.get(&format!("{CMS}/held")).0, 404);
    // Preconditions, a gone object's Status, deletecollection.
    api.post(CMS, cm("pre"));
    let (code, _) = api.send(
        Method::DELETE,
        &format!("{CMS}/pre"),
        Some(json!({"preconditions": {"uid": "wrong"}})),
    );
    assert_eq!(code, 409);
    let (code, status) = api.send(
        Method::DELETE,
        &format!("{CMS}/pre"),
        Some(json!({"propagationPolicy": "Background"})),
    );
    assert_eq!(
        (
            code,
            status["kind"].as_str().unwrap(),
            status["status"].as_str().unwrap()
        ),
        (200, "Status", "Success")
    );
    for n in ["dc1", "dc2", "keep"] {
        let mut c = cm(n);
        c["metadata"]["labels"] = json!({"batch": if n == "keep" { "no" } else { "yes" }});
        api.post(CMS, c);
    }
    let (code, _) = api.send(
        Method::DELETE,
        &format!("{CMS}?labelSelector=batch%3Dyes"),
        None,
    );
    assert_eq!(code, 200);
    let (_, left) = api.get(&format!("{CMS}?labelSelector=batch"));
    let left: Vec<&str> = left["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["metadata"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(left, ["keep"]);

    // A namespace being deleted refuses new content (403) until the controller empties it.
    assert_eq!(
        api.post(
            "/api/v1/namespaces",
            json!({"metadata": {"name": "doomed"}})
        )
        .0,
        201
    );
    let mut held = cm("stuck");
    held["metadata"]["finalizers"] = json!(["example.com/hold"]);
    api.post("/api/v1/namespaces/doomed/configmaps", held);
    let (_, ns) = api.send(Method::DELETE, "/api/v1/namespaces/doomed", None);
    assert_eq!(ns["status"]["phase"], "Terminating");
    let (code, status) = api.post("/api/v1/namespaces/doomed/configmaps", cm("late"));
    assert_eq!(code, 403, "{status}");
    assert!(
        status["message"]
            .as_str()
            .unwrap()
            .contains("because it is being terminated")
    );
    let (code, _) = api.send_ct(
        Method::PATCH,
        "/api/v1/namespaces/doomed/configmaps/stuck",
        Some(json!({"metadata": {"finalizers": null}})),
        "application/merge-patch+json",
    );
    assert!(code == 200 || code == 404);
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while api.get("/api/v1/namespaces/doomed").0 != 404 {
        assert!(
            std::time::Instant::now() < deadline,
            "the namespace was never finalized"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn discovery_openapi_tables_metrics_and_services() {
    let node = Node::new();
    node.init();
    let api = Api::new(&node);
    let aggregated =
        "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json";
    for root in ["/api", "/apis"] {
        let r = api.raw(Method::GET, root, &[("Accept", aggregated)], vec![]);
        assert_eq!(
            r.headers["content-type"],
            "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"
        );
        let doc: Value = serde_json::from_slice(&r.body).unwrap();
        for group in doc["items"].as_array().unwrap() {
            for version in group["versions"].as_array().unwrap() {
                for res in version["resources"].as_array().unwrap() {
                    assert!(res["responseKind"]["kind"].is_string(), "{res}");
                    for sub in res["subresources"].as_array().into_iter().flatten() {
                        assert!(sub["responseKind"]["kind"].is_string(), "{sub}");
                    }
                }
            }
        }
    }
    let (_, legacy) = api.get("/apis/apps/v1");
    let scale = legacy["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "deployments/scale")
        .unwrap();
    assert_eq!(
        (
            scale["group"].as_str().unwrap(),
            scale["kind"].as_str().unwrap()
        ),
        ("autoscaling", "Scale")
    );
    let (_, core) = api.get("/api/v1");
    let pods = core["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "pods")
        .unwrap();
    assert_eq!(pods["shortNames"], json!(["po"]));
    assert_eq!(pods["categories"], json!(["all"]));
    // OpenAPI v3: the index, and a PATCH per kind that lists fieldValidation.
    let (_, index) = api.get("/openapi/v3");
    let url = index["paths"]["apis/apps/v1"]["serverRelativeURL"]
        .as_str()
        .unwrap()
        .to_owned();
    let (code, doc) = api.get(&url);
    assert_eq!(code, 200);
    let patch = &doc["paths"]["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"]["patch"];
    assert_eq!(
        patch["x-kubernetes-group-version-kind"]["kind"],
        "Deployment"
    );
    assert!(
        patch["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "fieldValidation")
    );
    // Tables for kubectl get.
    let table_accept = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json";
    let r = api.raw(
        Method::GET,
        "/api/v1/namespaces",
        &[("Accept", table_accept)],
        vec![],
    );
    let table: Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(table["kind"], "Table");
    let columns: Vec<&str> = table["columnDefinitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(columns, ["Name", "Status", "Age"]);
    assert_eq!(table["rows"][0]["object"]["kind"], "PartialObjectMetadata");
    // Services: ClusterIP from the service CIDR, node ports from their range, claims released.
    let svcs = "/api/v1/namespaces/default/services";
    let (_, a) = api.post(
        svcs,
        json!({"metadata": {"name": "a"}, "spec": {"type": "NodePort", "ports": [{"port": 80}]}}),
    );
    let ip = a["spec"]["clusterIP"].as_str().unwrap().to_owned();
    assert!(ip.starts_with("10.") && ip != "10.96.0.1", "{ip}");
    let np = a["spec"]["ports"][0]["nodePort"].as_i64().unwrap();
    assert!((30000..=32767).contains(&np));
    assert_eq!(
        a["spec"]["ports"][0]["targetPort"], 80,
        "targetPort defaults to port"
    );
    let (code, status) = api.post(
        svcs,
        json!({"metadata": {"name": "b"}, "spec": {"clusterIP": ip, "ports": [{"port": 80}]}}),
    );
    assert_eq!(code, 422, "{status}");
    assert!(
        status["message"]
            .as_str()
            .unwrap()
            .contains("already allocated")
    );
    assert_eq!(api.send(Method::DELETE, &format!("{svcs}/a"), None).0, 200);
    let (code, b) = api.post(
        svcs,
        json!({"metadata": {"name": "b"}, "spec": {"clusterIP": ip, "ports": [{"port": 80}]}}),
    );
    assert_eq!(code, 201, "{b}");
    // default/kubernetes points at the API server.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let (_, ep) = api.get("/api/v1/namespaces/default/endpoints/kubernetes");
        if ep["subsets"][0]["addresses"][0]["ip"] == json!(node.address.to_string()) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "endpoints never pointed at the API server: {ep}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    // Metrics.
    let r = api.raw(Method::GET, "/metrics", &[], vec![]);
    let text = r.text();
    assert!(text.contains("apiserver_request_total{code=\"201\",component=\"apiserver\",group=\"\",resource=\"services\""), "{}", &text[..text.len().min(2000)]);
    assert!(text.contains("apiserver_request_duration_seconds_bucket{"));
    // The node and its mirror pods show up.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let (_, nodes) = api.get("/api/v1/nodes/node-a");
        let (_, pods) = api.get("/api/v1/namespaces/kube-system/pods");
        let ready = nodes["status"]["conditions"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|c| c["type"] == "Ready" && c["status"] == "True");
        let mirrors: Vec<&str> = pods["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["status"]["phase"] == "Running")
            .map(|p| p["metadata"]["name"].as_str().unwrap())
            .collect();
        if ready && mirrors.len() == 4 {
            assert!(mirrors.contains(&"kube-apiserver-node-a"), "{mirrors:?}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "node Ready={ready}, mirror pods {mirrors:?}"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
    let (_, lease) =
        api.get("/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/node-a");
    assert_eq!(lease["spec"]["holderIdentity"], "node-a");
}

/// A consistent LIST (no resourceVersion) holds every write acknowledged before it began, even
/// while writes pour in: informers start from such a list and watch from its resourceVersion,
/// so an object missing from it is never seen by them (a pod never scheduled). The watch cache
/// may serve it only once it has caught up with etcd, and must not take that from a requested
/// progress notification on etcd releases where one can overtake queued events (3.4 before
/// 3.4.31, 3.5 before 3.5.13; Debian 12 ships 3.4.23).
#[test]
fn consistent_lists_hold_every_acknowledged_write() {
    use futures::StreamExt;
    use std::cell::RefCell;
    use std::collections::HashSet;

    let node = Node::new();
    node.init();
    let client = node.admin_client().with_timeout(Duration::from_secs(30));
    let acknowledged = RefCell::new(Vec::new());
    let writing = std::cell::Cell::new(true);
    let (lists, missing) = block_on(async {
        let writer = async {
            futures::stream::iter(0..3000)
                .map(|i| {
                    let client = client.clone();
                    async move {
                        let name = format!("c{i:05}");
                        let body = serde_json::to_vec(&cm(&name)).unwrap();
                        let r = client
                            .request(
                                Method::POST,
                                CMS,
                                &[("Content-Type", "application/json")],
                                body,
                            )
                            .await
                            .unwrap();
                        (r.status.as_u16() == 201).then_some(name)
                    }
                })
                .buffer_unordered(48)
                .for_each(|created| {
                    acknowledged.borrow_mut().extend(created);
                    async {}
                })
                .await;
            writing.set(false);
        };
        let reader = async {
            let mut lists = 0;
            let mut missing = Vec::new();
            while writing.get() {
                let before = acknowledged.borrow().clone();
                let r = client.get(CMS).await.unwrap();
                assert_eq!(r.status.as_u16(), 200, "{}", r.text());
                let list: Value = serde_json::from_slice(&r.body).unwrap();
                let listed: HashSet<&str> = list["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|i| i["metadata"]["name"].as_str())
                    .collect();
                missing.extend(before.into_iter().filter(|n| !listed.contains(n.as_str())));
                lists += 1;
            }
            (lists, missing)
        };
        futures::join!(writer, reader).1
    });
    assert!(lists > 10, "only {lists} lists ran during the writes");
    assert!(
        missing.is_empty(),
        "{} acknowledged ConfigMaps missing from later consistent lists: {:?}",
        missing.len(),
        &missing[..missing.len().min(10)]
    );
}

#[test]
fn overload_is_refused_with_429_and_stalls_time_out_with_504() {
    let node = Node::new();
    assert_success(
        &node.init_with_cluster_config(
            "apiServer:\n  extraArgs:\n  - name: max-requests-inflight\n    value: \"1\"\n  - name: request-timeout\n    value: 2s\n",
        ),
        "init with limits",
    );
    // Stall etcd: reads hang, so whoever holds the single read slot keeps it until the 2 s
    // timeout. The test's requests are spread over several timeouts: some find it taken, some
    // take it.
    let etcd = nix::unistd::Pid::from_raw(node.container_pid("etcd").unwrap());
    // The scheduler, controller-manager and agent (Node status, Lease, mirror Pods, the
    // node-local endpoint's refresh) are frozen too: their retries would otherwise keep the
    // single slot busy all the time, leaving this test nothing but 429s.
    let frozen: Vec<nix::unistd::Pid> = ["kube-controller-manager", "kube-scheduler"]
        .iter()
        .filter_map(|c| node.container_pid(c))
        .chain(node.agent_pid())
        .map(nix::unistd::Pid::from_raw)
        .collect();
    for pid in &frozen {
        nix::sys::signal::kill(*pid, nix::sys::signal::Signal::SIGSTOP).unwrap();
    }
    nix::sys::signal::kill(etcd, nix::sys::signal::Signal::SIGSTOP).unwrap();
    let handles: Vec<_> = (0..16)
        .map(|i| {
            let client = node.admin_client().with_timeout(Duration::from_secs(10));
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(400 * i));
                let r = block_on(client.get("/api/v1/namespaces/default/configmaps/any")).unwrap();
                (
                    r.status.as_u16(),
                    r.headers.get("retry-after").is_some(),
                    r.text(),
                )
            })
        })
        .collect();
    let results: Vec<(u16, bool, String)> =
        handles.into_iter().map(|h| h.join().unwrap()).collect();
    nix::sys::signal::kill(etcd, nix::sys::signal::Signal::SIGCONT).unwrap();
    for pid in &frozen {
        nix::sys::signal::kill(*pid, nix::sys::signal::Signal::SIGCONT).unwrap();
    }
    assert!(
        results
            .iter()
            .any(|(c, retry, body)| *c == 429 && *retry && body.contains("TooManyRequests")),
        "{results:?}"
    );
    assert!(
        results
            .iter()
            .any(|(c, _, body)| *c == 504 && body.contains("allotted timeout of 2s")),
        "{results:?}"
    );
    assert!(node.wait_ready(Duration::from_secs(30)));
}
