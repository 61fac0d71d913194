//! Acceptance: an operator's daily kubectl work against a real `kubeforge init` cluster, with
//! the kubectl 1.32 and 1.33 binaries (each in its own namespace of one cluster).

mod common;

use std::time::Duration;

use common::*;

const MANIFEST: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: c
        image: nginx:1.25
        ports: [{containerPort: 80}]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 80}]
"#;

#[test]
fn kubectl_daily_work() {
    let bins = kubectl_binaries();
    if bins.is_empty() {
        return;
    }
    let node = Node::new();
    node.init();
    for bin in bins {
        let k = Kubectl::new(bin.clone(), &node);
        let ns = format!(
            "work-{}",
            bin.file_name().unwrap().to_string_lossy().replace('.', "-")
        );
        let n = ns.as_str();
        // Typed creates send protobuf bodies.
        k.ok(&["create", "namespace", n]);
        k.ok(&["-n", n, "create", "configmap", "c1", "--from-literal=a=b"]);
        k.ok(&[
            "-n",
            n,
            "create",
            "secret",
            "generic",
            "s1",
            "--from-literal=p=q",
        ]);
        assert_eq!(
            k.ok(&["-n", n, "get", "cm", "c1", "-o", "jsonpath={.data.a}"]),
            "b"
        );
        assert_eq!(
            k.ok(&["-n", n, "get", "secret", "s1", "-o", "jsonpath={.data.p}"]),
            "cQ=="
        );
        // apply twice: the second is unchanged; then a changed field is configured.
        let out = k.ok_stdin(&["-n", n, "apply", "-f", "-"], MANIFEST);
        assert!(out.contains("deployment.apps/web created"), "{out}");
        let out = k.ok_stdin(&["-n", n, "apply", "-f", "-"], MANIFEST);
        assert_eq!(out.matches("unchanged").count(), 3, "{out}");
        let out = k.ok_stdin(
            &["-n", n, "apply", "-f", "-"],
            &MANIFEST.replace("mode: fast", "mode: slow"),
        );
        assert!(out.contains("configmap/settings configured"), "{out}");
        assert_eq!(
            k.ok(&[
                "-n",
                n,
                "get",
                "cm",
                "settings",
                "-o",
                "jsonpath={.data.mode}"
            ]),
            "slow"
        );
        // Server-side printing, wide, names, yaml/json.
        let table = k.ok(&["-n", n, "get", "deploy,svc,cm", "-o", "wide"]);
        assert!(
            table.contains("CONTAINERS")
                && table.contains("nginx:1.25")
                && table.contains("CLUSTER-IP"),
            "{table}"
        );
        let names = k.ok(&["-n", n, "get", "cm", "-o", "name"]);
        assert!(
            names.contains("configmap/c1") && names.contains("configmap/settings"),
            "{names}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&k.ok(&["-n", n, "get", "deploy", "web", "-o", "json"])).unwrap();
        assert_eq!(
            json["spec"]["strategy"]["type"], "RollingUpdate",
            "defaults applied"
        );
        assert!(
            k.ok(&["-n", n, "get", "svc", "web", "-o", "yaml"])
                .contains("clusterIP: 10.")
        );
        // label, annotate, patch (strategic, merge, json), edit, replace, scale.
        k.ok(&["-n", n, "label", "cm", "c1", "tier=gold"]);
        k.ok(&["-n", n, "annotate", "cm", "c1", "owner=ops"]);
        assert!(
            k.ok(&["-n", n, "get", "cm", "-l", "tier=gold", "-o", "name"])
                .contains("configmap/c1")
        );
        k.ok(&[
            "-n",
            n,
            "patch",
            "svc",
            "web",
            "-p",
            r#"{"spec":{"ports":[{"name":"https","port":443,"targetPort":443}]}}"#,
        ]);
        assert_eq!(
            k.ok(&[
                "-n",
                n,
                "get",
                "svc",
                "web",
                "-o",
                "jsonpath={.spec.ports[*].port}"
            ]),
            "80 443",
            "ports merged by key"
        );
        k.ok(&[
            "-n",
            n,
            "patch",
            "cm",
            "c1",
            "--type=merge",
            "-p",
            r#"{"data":{"m":"1"}}"#,
        ]);
        k.ok(&[
            "-n",
            n,
            "patch",
            "cm",
            "c1",
            "--type=json",
            "-p",
            r#"[{"op":"add","path":"/data/j","value":"2"}]"#,
        ]);
        assert_eq!(
            k.ok(&[
                "-n",
                n,
                "get",
                "cm",
                "c1",
                "-o",
                "jsonpath={.data.a}{.data.m}{.data.j}"
            ]),
            "b12"
        );
        let out = k
            .cmd(&["-n", n, "edit", "deploy", "web"])
            .env("KUBE_EDITOR", "sed -i s/replicas:\\ 2/replicas:\\ 4/")
            .output()
            .unwrap();
        assert_success(&out, "kubectl edit");
        assert_eq!(
            k.ok(&[
                "-n",
                n,
                "get",
                "deploy",
                "web",
                "-o",
                "jsonpath={.spec.replicas}"
            ]),
            "4"
        );
        k.ok(&["-n", n, "scale", "deploy", "web", "--replicas=3"]);
        assert_eq!(
            k.ok(&[
                "-n",
                n,
                "get",
                "deploy",
                "web",
                "-o",
                "jsonpath={.spec.replicas}"
            ]),
            "3"
        );
        let yaml = k.ok(&["-n", n, "get", "cm", "c1", "-o", "yaml"]);
        k.ok_stdin(
            &["-n", n, "replace", "-f", "-"],
            &yaml.replace("tier: gold", "tier: silver"),
        );
        assert_eq!(
            k.ok(&[
                "-n",
                n,
                "get",
                "cm",
                "c1",
                "-o",
                "jsonpath={.metadata.labels.tier}"
            ]),
            "silver"
        );
        // A stale replace (its resourceVersion is old now) is a conflict.
        let mut stale = k.cmd(&["-n", n, "replace", "-f", "-"]);
        let stale = {
            use std::io::Write;
            let mut child = stale
                .stdin(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(yaml.replace("tier: gold", "tier: x").as_bytes())
                .unwrap();
            child.wait_with_output().unwrap()
        };
        assert!(!stale.status.success());
        assert!(stderr(&stale).contains("Conflict"), "{}", stderr(&stale));
        // describe uses events and field selectors.
        let described = k.ok(&["-n", n, "describe", "deploy", "web"]);
        assert!(
            described.contains("RollingUpdate") && described.contains("nginx:1.25"),
            "{described}"
        );
        // Discovery.
        let resources = k.ok(&["api-resources"]);
        assert!(
            resources.contains("deployments")
                && resources.contains("deploy")
                && resources.contains("leases")
        );
        assert!(k.ok(&["api-versions"]).contains("apps/v1"));
        // delete and wait.
        k.ok(&["-n", n, "delete", "cm", "settings"]);
        k.ok(&[
            "-n",
            n,
            "wait",
            "--for=delete",
            "cm/settings",
            "--timeout=10s",
        ]);
        assert!(!k.run(&["-n", n, "get", "cm", "settings"]).status.success());
        // explain reads the OpenAPI v3 schemas.
        let explained = k.ok(&["explain", "deployment.spec.strategy"]);
        assert!(
            explained.contains("rollingUpdate") && explained.contains("DeploymentStrategy"),
            "{explained}"
        );
        // The node and its control-plane pods, as on kubeadm.
        let nodes = k.ok(&["get", "nodes"]);
        assert!(
            nodes.contains("node-a") && nodes.contains("Ready"),
            "{nodes}"
        );
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        loop {
            let system = k.ok(&["-n", "kube-system", "get", "pods"]);
            let running = [
                "etcd-node-a",
                "kube-apiserver-node-a",
                "kube-controller-manager-node-a",
                "kube-scheduler-node-a",
            ]
            .iter()
            .all(|pod| {
                system
                    .lines()
                    .any(|l| l.starts_with(pod) && l.contains("Running"))
            });
            if running {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "control-plane pods:\n{system}"
            );
            std::thread::sleep(Duration::from_millis(300));
        }
        // Deleting the namespace empties it and returns once it is gone.
        k.ok(&["delete", "namespace", n, "--timeout=60s"]);
        assert!(!k.run(&["get", "namespace", n]).status.success());
    }
}

#[test]
fn kubectl_get_watch_sees_events() {
    let bins = kubectl_binaries();
    let Some(bin) = bins.last().cloned() else {
        return;
    };
    let node = Node::new();
    node.init();
    let k = Kubectl::new(bin, &node);
    let mut watch = k
        .cmd(&[
            "get",
            "cm",
            "-w",
            "--output-watch-events",
            "--request-timeout=20s",
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    k.ok(&["create", "cm", "w1", "--from-literal=a=b"]);
    k.ok(&["patch", "cm", "w1", "-p", r#"{"data":{"a":"c"}}"#]);
    k.ok(&["delete", "cm", "w1"]);
    std::thread::sleep(Duration::from_millis(700));
    watch.kill().unwrap();
    let out = watch.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for want in ["ADDED      w1", "MODIFIED   w1", "DELETED    w1"] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
}
