//! Server-side apply and field ownership, with real kubectl: managedFields on every write,
//! conflicts between managers, `--force-conflicts`, and fields dropped from an applied
//! configuration removed from the object.

mod common;

use common::{Kubectl, Node, kubectl_binaries, stderr, stdout};

const V1: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: default\ndata:\n  color: blue\n  size: large\n";

fn text(out: &std::process::Output) -> String {
    format!("{}{}", stdout(out), stderr(out))
}

#[test]
fn server_side_apply_tracks_owners_and_conflicts() {
    let Some(bin) = kubectl_binaries().pop() else {
        return;
    };
    let node = Node::new();
    node.init();
    let k = Kubectl::new(bin, &node);
    // Create-if-missing, owned by the applier.
    let out = k.ok_stdin(&["apply", "--server-side", "-f", "-"], V1);
    assert!(
        out.contains("configmap/settings serverside-applied"),
        "{out}"
    );
    let managers = |k: &Kubectl<'_>| {
        k.ok(&[
            "get",
            "cm",
            "settings",
            "--show-managed-fields",
            "-o",
            "jsonpath={range .metadata.managedFields[*]}{.manager}/{.operation} {end}",
        ])
    };
    assert_eq!(managers(&k), "kubectl/Apply ");
    let fields = k.ok(&[
        "get",
        "cm",
        "settings",
        "--show-managed-fields",
        "-o",
        "jsonpath={.metadata.managedFields[0].fieldsV1}",
    ]);
    assert_eq!(fields, r#"{"f:data":{"f:color":{},"f:size":{}}}"#);
    // Re-applying the same configuration is no change.
    let rv = k.ok(&[
        "get",
        "cm",
        "settings",
        "-o",
        "jsonpath={.metadata.resourceVersion}",
    ]);
    k.ok_stdin(&["apply", "--server-side", "-f", "-"], V1);
    assert_eq!(
        k.ok(&[
            "get",
            "cm",
            "settings",
            "-o",
            "jsonpath={.metadata.resourceVersion}"
        ]),
        rv
    );
    // A second manager applying a different value for an owned field: 409 with the owner.
    let theirs = V1.replace("color: blue\n  size: large\n", "color: red\n");
    let out = k.run_stdin(
        &["apply", "--server-side", "--field-manager=ops", "-f", "-"],
        &theirs,
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains(
            r#"Apply failed with 1 conflict: conflict with "kubectl" using v1: .data.color"#
        ),
        "{}",
        text(&out)
    );
    assert_eq!(
        k.ok(&["get", "cm", "settings", "-o", "jsonpath={.data.color}"]),
        "blue"
    );
    // Forced: ops takes data.color over; kubectl keeps data.size.
    k.ok_stdin(
        &[
            "apply",
            "--server-side",
            "--field-manager=ops",
            "--force-conflicts",
            "-f",
            "-",
        ],
        &theirs,
    );
    assert_eq!(
        k.ok(&["get", "cm", "settings", "-o", "jsonpath={.data.color}"]),
        "red"
    );
    assert_eq!(managers(&k), "kubectl/Apply ops/Apply ");
    // kubectl stops applying data.size: the field goes, as nobody else owns it.
    let fewer = V1.replace("  size: large\n", "");
    let fewer = fewer.replace("color: blue", "color: red");
    k.ok_stdin(&["apply", "--server-side", "-f", "-"], &fewer);
    assert_eq!(
        k.ok(&["get", "cm", "settings", "-o", "jsonpath={.data}"]),
        r#"{"color":"red"}"#
    );
    // An ordinary update is recorded as an Update by its manager.
    k.ok(&["label", "cm", "settings", "tier=gold"]);
    assert!(
        managers(&k).contains("kubectl-label/Update"),
        "{}",
        managers(&k)
    );
    // Apply on a Deployment: the container list merges by name.
    let deploy = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: default}\nspec:\n  replicas: 1\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - {name: app, image: nginx:1.25}\n";
    k.ok_stdin(&["apply", "--server-side", "-f", "-"], deploy);
    k.ok(&["scale", "deployment", "web", "--replicas=3"]);
    // The scale changed replicas under another manager: re-applying replicas: 1 conflicts.
    let out = k.run_stdin(&["apply", "--server-side", "-f", "-"], deploy);
    assert!(text(&out).contains(".spec.replicas"), "{}", text(&out));
}
