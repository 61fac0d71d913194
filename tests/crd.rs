//! CustomResourceDefinitions end to end with real kubectl: a CRD is served within seconds
//! (discovery, OpenAPI for `kubectl explain`, printer columns), its objects are pruned,
//! defaulted and validated by the schema, status and scale subresources and watches work,
//! objects survive an API server restart, and deleting the CRD deletes its objects (after
//! their own finalizers).

mod common;

use std::time::{Duration, Instant};

use common::{Kubectl, Node, kubectl_binaries, stderr, stdout};

const CRD: &str = r#"apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crontabs.stable.example.com
spec:
  group: stable.example.com
  scope: Namespaced
  names:
    plural: crontabs
    singular: crontab
    kind: CronTab
    shortNames: [ct]
  versions:
  - name: v1
    served: true
    storage: true
    subresources:
      status: {}
      scale:
        specReplicasPath: .spec.replicas
        statusReplicasPath: .status.replicas
        labelSelectorPath: .status.labelSelector
    additionalPrinterColumns:
    - name: Spec
      type: string
      jsonPath: .spec.cronSpec
    - name: Replicas
      type: integer
      jsonPath: .spec.replicas
    - name: Age
      type: date
      jsonPath: .metadata.creationTimestamp
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [cronSpec]
            properties:
              cronSpec:
                type: string
                description: The schedule in cron format.
                pattern: '^(\d+|\*)(/\d+)?(\s+(\d+|\*)(/\d+)?){4}$'
              image:
                type: string
              replicas:
                type: integer
                minimum: 1
                maximum: 10
                default: 1
          status:
            type: object
            properties:
              replicas:
                type: integer
              labelSelector:
                type: string
"#;

fn crontab(name: &str, spec: &str) -> String {
    format!(
        "apiVersion: stable.example.com/v1\nkind: CronTab\nmetadata:\n  name: {name}\nspec:\n{spec}"
    )
}

fn text(out: &std::process::Output) -> String {
    format!("{}{}", stdout(out), stderr(out))
}

fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn a_custom_resource_round_trip_with_kubectl() {
    let Some(bin) = kubectl_binaries().pop() else {
        return;
    };
    let node = Node::new();
    node.init();
    let k = Kubectl::new(bin, &node);

    // A CRD without a schema is refused, saying why; nothing is created.
    let no_schema = CRD
        .split("    schema:\n")
        .next()
        .unwrap()
        .replace("crontabs", "badtabs")
        .replace("singular: crontab", "singular: badtab")
        .replace("kind: CronTab", "kind: BadTab");
    let out = k.run_stdin(&["apply", "-f", "-"], &no_schema);
    assert!(!out.status.success());
    assert!(
        text(&out).contains(
            "spec.versions[0].schema.openAPIV3Schema: Required value: schemas are required"
        ),
        "{}",
        text(&out)
    );

    // Registered, established, in discovery and OpenAPI.
    k.ok_stdin(&["apply", "-f", "-"], CRD);
    k.ok(&[
        "wait",
        "--for",
        "condition=established",
        "crd/crontabs.stable.example.com",
        "--timeout=30s",
    ]);
    let conditions = k.ok(&[
        "get",
        "crd",
        "crontabs.stable.example.com",
        "-o",
        "jsonpath={range .status.conditions[*]}{.type}={.status} {end}{.metadata.finalizers}",
    ]);
    assert_eq!(
        conditions,
        r#"NamesAccepted=True Established=True ["customresourcecleanup.apiextensions.k8s.io"]"#
    );
    let resources = k.ok(&["api-resources", "--api-group=stable.example.com"]);
    let row: Vec<&str> = resources
        .lines()
        .nth(1)
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(
        row,
        ["crontabs", "ct", "stable.example.com/v1", "true", "CronTab"]
    );
    let explain = k.ok(&["explain", "crontab.spec.cronSpec"]);
    assert!(
        explain.contains("The schedule in cron format."),
        "{explain}"
    );

    // Pruning: an unknown field is refused by kubectl's default strict validation, and
    // dropped without it; defaulting fills spec.replicas.
    let with_unknown = crontab(
        "my-cron",
        "  cronSpec: \"*/5 * * * *\"\n  image: my-cron-image\n  bogus: 1\n",
    );
    let out = k.run_stdin(&["create", "-f", "-"], &with_unknown);
    assert!(!out.status.success());
    assert!(
        text(&out).contains(r#"unknown field "spec.bogus""#),
        "{}",
        text(&out)
    );
    k.ok_stdin(&["create", "--validate=false", "-f", "-"], &with_unknown);
    let spec = k.ok(&["get", "ct", "my-cron", "-o", "jsonpath={.spec}"]);
    assert_eq!(
        spec,
        r#"{"cronSpec":"*/5 * * * *","image":"my-cron-image","replicas":1}"#
    );

    // Validation: every violation, in Kubernetes' wording, and nothing stored.
    let out = k.run_stdin(
        &["apply", "-f", "-"],
        &crontab("bad", "  cronSpec: every minute\n  replicas: 20\n"),
    );
    assert!(!out.status.success());
    let message = text(&out);
    assert!(
        message.contains(r#"The CronTab "bad" is invalid"#),
        "{message}"
    );
    assert!(
        message.contains("spec.replicas: Invalid value: 20: spec.replicas in body should be less than or equal to 10\n"),
        "{message}"
    );
    assert!(
        message.contains(
            r#"spec.cronSpec: Invalid value: "every minute": spec.cronSpec in body should match"#
        ),
        "{message}"
    );
    let out = k.run(&["get", "ct", "bad"]);
    assert!(text(&out).contains("NotFound"), "{}", text(&out));

    // Printer columns.
    let table = k.ok(&["get", "crontabs"]);
    let lines: Vec<Vec<&str>> = table
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(lines[0], ["NAME", "SPEC", "REPLICAS", "AGE"]);
    assert_eq!(lines[1][..6], ["my-cron", "*/5", "*", "*", "*", "*"]);
    assert_eq!(lines[1][6], "1");

    // Scale and status subresources.
    k.ok(&["scale", "ct", "my-cron", "--replicas=3"]);
    k.ok(&[
        "patch",
        "ct",
        "my-cron",
        "--subresource=status",
        "--type=merge",
        "-p",
        r#"{"status":{"replicas":2,"labelSelector":"app=cron"}}"#,
    ]);
    // The main resource ignores status; status ignores spec.
    k.ok(&[
        "patch",
        "ct",
        "my-cron",
        "--type=merge",
        "-p",
        r#"{"status":{"replicas":9}}"#,
    ]);
    let scale = k.ok(&[
        "get",
        "ct",
        "my-cron",
        "--subresource=scale",
        "-o",
        "jsonpath={.kind} {.spec.replicas} {.status.replicas} {.status.selector}",
    ]);
    assert_eq!(scale, "Scale 3 2 app=cron");
    // Strategic merge patch does not apply to custom resources (as upstream: 415).
    let out = k.run(&[
        "patch",
        "ct",
        "my-cron",
        "--type=strategic",
        "-p",
        r#"{"spec":{"image":"x"}}"#,
    ]);
    assert!(!out.status.success());
    assert!(text(&out).contains("unknown format"), "{}", text(&out));

    // Watch: events of a created and a deleted object, from the list's resourceVersion.
    let client = node.admin_client();
    let path = "/apis/stable.example.com/v1/namespaces/default/crontabs";
    let list = node.get(&client, path);
    assert_eq!(list.status, 200, "{}", list.text());
    let list: serde_json::Value = serde_json::from_slice(&list.body).unwrap();
    let rv = list["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .to_owned();
    k.ok_stdin(
        &["apply", "--server-side", "-f", "-"],
        &crontab("other", "  cronSpec: \"0 * * * *\"\n"),
    );
    k.ok(&["delete", "ct", "other"]);
    let watch = node.get(
        &client,
        &format!("{path}?watch=true&resourceVersion={rv}&timeoutSeconds=2"),
    );
    let events: Vec<String> = watch
        .text()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            format!(
                "{} {}",
                v["type"].as_str().unwrap(),
                v["object"]["metadata"]["name"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(events, ["ADDED other", "DELETED other"]);

    // The garbage collector learns the new resource: a ConfigMap owned by a CronTab goes
    // with it, and a CronTab owned by a ConfigMap goes with that.
    let uid_of =
        |kind: &str, name: &str| k.ok(&["get", kind, name, "-o", "jsonpath={.metadata.uid}"]);
    k.ok_stdin(
        &["apply", "-f", "-"],
        &crontab("owner", "  cronSpec: \"* * * * *\"\n"),
    );
    let owner_ref = |api_version: &str, kind: &str, name: &str, uid: &str| {
        format!(
            "  ownerReferences:\n  - apiVersion: {api_version}\n    kind: {kind}\n    name: {name}\n    uid: {uid}\n"
        )
    };
    k.ok_stdin(
        &["apply", "-f", "-"],
        &format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: owned\n{}",
            owner_ref(
                "stable.example.com/v1",
                "CronTab",
                "owner",
                &uid_of("ct", "owner")
            )
        ),
    );
    k.ok_stdin(
        &["create", "-f", "-"],
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: parent\n",
    );
    k.ok_stdin(
        &["apply", "-f", "-"],
        &crontab("child", "  cronSpec: \"* * * * *\"\n").replace(
            "  name: child\n",
            &format!(
                "  name: child\n{}",
                owner_ref("v1", "ConfigMap", "parent", &uid_of("cm", "parent"))
            ),
        ),
    );
    k.ok(&["delete", "ct", "owner"]);
    k.ok(&["delete", "cm", "parent"]);
    eventually("the CronTab's ConfigMap collected", || {
        !k.run(&["get", "cm", "owned"]).status.success()
    });
    eventually("the ConfigMap's CronTab collected", || {
        !k.run(&["get", "ct", "child"]).status.success()
    });

    // Served again right after an API server restart (readyz waits for the CRDs).
    let apiserver = node.container_pid("kube-apiserver").unwrap();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(apiserver),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    eventually("a new API server", || {
        node.container_pid("kube-apiserver")
            .is_some_and(|p| p != apiserver)
    });
    assert!(node.wait_ready(Duration::from_secs(60)));
    assert_eq!(node.get(&client, &format!("{path}/my-cron")).status, 200);

    // Deleting the CRD: no new objects, an object's own finalizer holds it, then every
    // object and the CRD go.
    k.ok_stdin(
        &["apply", "-f", "-"],
        &crontab("held", "  cronSpec: \"* * * * *\"\n").replace(
            "  name: held\n",
            "  name: held\n  finalizers: [example.com/hold]\n",
        ),
    );
    k.ok(&[
        "delete",
        "crd",
        "crontabs.stable.example.com",
        "--wait=false",
    ]);
    eventually("the Terminating condition", || {
        k.ok(&[
            "get",
            "crd",
            "crontabs.stable.example.com",
            "-o",
            "jsonpath={.status.conditions[?(@.type==\"Terminating\")].status}",
        ]) == "True"
    });
    let out = k.run_stdin(
        &["create", "-f", "-"],
        &crontab("late", "  cronSpec: \"* * * * *\"\n"),
    );
    assert!(
        text(&out).contains("create not allowed while custom resource definition is terminating"),
        "{}",
        text(&out)
    );
    eventually("my-cron deleted", || {
        node.get(&client, &format!("{path}/my-cron")).status == 404
    });
    assert_eq!(
        k.ok(&["get", "ct", "-o", "name"]),
        "crontab.stable.example.com/held\n"
    );
    k.ok(&[
        "patch",
        "ct",
        "held",
        "--type=json",
        "-p",
        r#"[{"op":"remove","path":"/metadata/finalizers"}]"#,
    ]);
    eventually("the CRD gone", || {
        !k.run(&["get", "crd", "crontabs.stable.example.com"])
            .status
            .success()
    });
    assert_eq!(node.get(&client, path).status, 404);
    // Registered again, it starts empty: the objects were deleted, not hidden.
    k.ok_stdin(&["apply", "-f", "-"], CRD);
    k.ok(&[
        "wait",
        "--for",
        "condition=established",
        "crd/crontabs.stable.example.com",
        "--timeout=30s",
    ]);
    eventually("the CRD served again", || {
        node.get(&client, path).status == 200
    });
    let list: serde_json::Value = serde_json::from_slice(&node.get(&client, path).body).unwrap();
    assert_eq!(list["items"], serde_json::json!([]));
}

/// Two served versions with the `None` conversion: objects are stored as the storage version
/// and every version reads and lists them as itself; the preferred version comes first in
/// discovery.
#[test]
fn served_versions_convert_by_apiversion() {
    let Some(bin) = kubectl_binaries().pop() else {
        return;
    };
    let node = Node::new();
    node.init();
    let k = Kubectl::new(bin, &node);
    let schema = "    schema:\n      openAPIV3Schema:\n        type: object\n        properties:\n          spec:\n            type: object\n            x-kubernetes-preserve-unknown-fields: true\n";
    let crd = format!(
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.org\nspec:\n  group: example.org\n  scope: Cluster\n  names:\n    plural: widgets\n    kind: Widget\n  versions:\n  - name: v1beta1\n    served: true\n    storage: false\n{schema}  - name: v1\n    served: true\n    storage: true\n{schema}"
    );
    k.ok_stdin(&["apply", "-f", "-"], &crd);
    k.ok(&[
        "wait",
        "--for",
        "condition=established",
        "crd/widgets.example.org",
        "--timeout=30s",
    ]);
    // Defaults filled in by the API server: singular and listKind.
    assert_eq!(
        k.ok(&[
            "get",
            "crd",
            "widgets.example.org",
            "-o",
            "jsonpath={.spec.names.singular} {.spec.names.listKind} {.status.storedVersions}",
        ]),
        r#"widget WidgetList ["v1"]"#
    );
    k.ok_stdin(
        &["apply", "-f", "-"],
        "apiVersion: example.org/v1beta1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 3\n",
    );
    let client = node.admin_client();
    let read = |path: &str| -> serde_json::Value {
        let r = node.get(&client, path);
        assert_eq!(r.status, 200, "{path}: {}", r.text());
        serde_json::from_slice(&r.body).unwrap()
    };
    for version in ["v1", "v1beta1"] {
        let one = read(&format!("/apis/example.org/{version}/widgets/w"));
        assert_eq!(one["apiVersion"], format!("example.org/{version}"));
        assert_eq!(one["spec"]["size"], 3);
        let list = read(&format!("/apis/example.org/{version}/widgets"));
        assert_eq!(
            list["items"][0]["apiVersion"],
            format!("example.org/{version}")
        );
    }
    // etcd holds it as the storage version.
    let stored: serde_json::Value =
        serde_json::from_slice(&node.etcd_value("/registry/example.org/widgets/w")).unwrap();
    assert_eq!(stored["apiVersion"], "example.org/v1");
    // Updated through the other version: still one object, stored once.
    k.ok(&[
        "patch",
        "widgets.v1beta1.example.org",
        "w",
        "--type=merge",
        "-p",
        r#"{"spec":{"size":4}}"#,
    ]);
    assert_eq!(read("/apis/example.org/v1/widgets/w")["spec"]["size"], 4);
    // Discovery lists v1 first (the preferred version), and kubectl uses it.
    let group = read("/apis/example.org");
    assert_eq!(group["preferredVersion"]["version"], "v1");
    assert_eq!(
        k.ok(&["get", "widgets", "w", "-o", "jsonpath={.apiVersion}"]),
        "example.org/v1"
    );
}
