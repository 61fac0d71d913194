//! `kubeforge certs check-expiration` on real clusters: kubeadm's table, JSON/YAML, and an
//! exit code that fails monitoring when something is expired, about to expire or unreadable.

mod common;

use common::*;
use serde_json::Value;

fn check(node: &Node, args: &[&str]) -> std::process::Output {
    let mut cmd = node.cmd();
    cmd.args(["certs", "check-expiration"]).args(args);
    run(cmd)
}

#[test]
fn check_expiration_lists_every_certificate_and_kubeconfig_then_the_cas() {
    let node = Node::new();
    node.init();
    let out = check(&node, &[]);
    assert_success(&out, "check-expiration");
    let table = stdout(&out);
    for name in [
        "admin.conf",
        "apiserver ",
        "apiserver-etcd-client",
        "apiserver-kubelet-client",
        "controller-manager.conf",
        "etcd-healthcheck-client",
        "etcd-peer",
        "etcd-server",
        "front-proxy-client",
        "scheduler.conf",
        "super-admin.conf",
        "kubelet.conf",
        "front-proxy-ca",
        "etcd-ca",
    ] {
        assert!(table.contains(name), "{name} missing from\n{table}");
    }
    assert!(table.contains("CERTIFICATE AUTHORITY   EXPIRES"), "{table}");
    assert!(table.contains("364d") || table.contains("365d"), "{table}");
    assert!(table.contains(" 9y ") || table.contains(" 10y "), "{table}");

    let json: Value = serde_json::from_str(&stdout(&check(&node, &["-o", "json"]))).unwrap();
    let certs = json["certificates"].as_array().unwrap();
    assert_eq!(
        certs.len(),
        12,
        "7 certificates and 5 kubeconfigs: {json:#}"
    );
    for c in certs {
        let left = c["residualSeconds"].as_i64().unwrap();
        assert!(left > 360 * 86400 && left <= 365 * 86400, "{c}");
        assert_eq!(c["externallyManaged"], false, "{c}");
    }
    assert_eq!(json["certificateAuthorities"].as_array().unwrap().len(), 3);
    let yaml = stdout(&check(&node, &["-o", "yaml"]));
    assert!(yaml.contains("kind: CertificateExpirationInfo"), "{yaml}");

    // Within the warning window: exit code 1 and a warning per certificate.
    let out = check(&node, &["--warn-within", "8800h"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("warning: apiserver ("),
        "{}",
        stderr(&out)
    );

    // Without the CA key the leaves are externally managed; a damaged file is named.
    let pki = node.paths().pki_dir().to_owned();
    std::fs::rename(pki.join("ca.key"), pki.join("ca.key.aside")).unwrap();
    std::fs::write(
        pki.join("front-proxy-client.crt"),
        "-----BEGIN CERTIFICATE-----\nnope\n",
    )
    .unwrap();
    let out = check(&node, &["-o", "json"]);
    assert!(!out.status.success());
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let by_name = |n: &str| {
        json["certificates"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(by_name("apiserver")["externallyManaged"], true);
    assert_eq!(by_name("etcd-server")["externallyManaged"], false);
    assert!(
        by_name("front-proxy-client")["error"]
            .as_str()
            .unwrap()
            .contains("front-proxy-client.crt")
    );
    assert!(
        stderr(&out).contains("front-proxy-client.crt"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn short_lived_certificates_fail_the_check_until_the_window_is_narrowed() {
    let node = Node::new();
    let config = node.dir.path().join("short.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\ncertificateValidityPeriod: 2h0m0s\n",
    )
    .unwrap();
    assert_success(
        &run(node.init_cmd(&["init", "--config", config.to_str().unwrap()])),
        "init",
    );
    let out = check(&node, &[]);
    assert!(
        !out.status.success(),
        "2h certificates are within the default 30-day window"
    );
    assert!(
        stdout(&out).contains("119m") || stdout(&out).contains("1h"),
        "{}",
        stdout(&out)
    );
    assert!(stderr(&out).contains("expires in"), "{}", stderr(&out));
    assert_success(
        &check(&node, &["--warn-within", "30m"]),
        "check with a 30m window",
    );
}
