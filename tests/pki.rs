//! The PKI as `init phase certs all` and `init phase kubeconfig all` write it, checked with an
//! independent parser (x509-parser, not kubeforge's own reading code) and with `openssl verify`.

mod common;

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::*;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::*;

const EXPECTED: &[&str] = &[
    "etc/kubernetes/pki/apiserver-etcd-client.crt",
    "etc/kubernetes/pki/apiserver-etcd-client.key",
    "etc/kubernetes/pki/apiserver-kubelet-client.crt",
    "etc/kubernetes/pki/apiserver-kubelet-client.key",
    "etc/kubernetes/pki/apiserver.crt",
    "etc/kubernetes/pki/apiserver.key",
    "etc/kubernetes/pki/ca.crt",
    "etc/kubernetes/pki/ca.key",
    "etc/kubernetes/pki/etcd/ca.crt",
    "etc/kubernetes/pki/etcd/ca.key",
    "etc/kubernetes/pki/etcd/healthcheck-client.crt",
    "etc/kubernetes/pki/etcd/healthcheck-client.key",
    "etc/kubernetes/pki/etcd/peer.crt",
    "etc/kubernetes/pki/etcd/peer.key",
    "etc/kubernetes/pki/etcd/server.crt",
    "etc/kubernetes/pki/etcd/server.key",
    "etc/kubernetes/pki/front-proxy-ca.crt",
    "etc/kubernetes/pki/front-proxy-ca.key",
    "etc/kubernetes/pki/front-proxy-client.crt",
    "etc/kubernetes/pki/front-proxy-client.key",
    "etc/kubernetes/pki/sa.key",
    "etc/kubernetes/pki/sa.pub",
];

/// (certificate, its CA, server auth, client auth)
const LEAVES: &[(&str, &str, bool, bool)] = &[
    ("apiserver", "ca", true, false),
    ("apiserver-kubelet-client", "ca", false, true),
    ("front-proxy-client", "front-proxy-ca", false, true),
    ("etcd/server", "etcd/ca", true, true),
    ("etcd/peer", "etcd/ca", true, true),
    ("etcd/healthcheck-client", "etcd/ca", false, true),
    ("apiserver-etcd-client", "etcd/ca", false, true),
];

struct Cert {
    der: Vec<u8>,
}

impl Cert {
    fn load(pki: &Path, base: &str) -> Self {
        let pem = std::fs::read(pki.join(format!("{base}.crt"))).unwrap();
        let (_, pem) = parse_x509_pem(&pem).unwrap();
        Cert { der: pem.contents }
    }
    fn parsed(&self) -> X509Certificate<'_> {
        parse_x509_certificate(&self.der).unwrap().1
    }
}

fn sans(cert: &X509Certificate<'_>) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(Some(ext)) = cert.subject_alternative_name() {
        for n in &ext.value.general_names {
            match n {
                GeneralName::DNSName(d) => out.push(d.to_string()),
                GeneralName::IPAddress(b) if b.len() == 4 => {
                    out.push(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string())
                }
                GeneralName::IPAddress(b) if b.len() == 16 => out
                    .push(std::net::Ipv6Addr::from(<[u8; 16]>::try_from(*b).unwrap()).to_string()),
                _ => {}
            }
        }
    }
    out
}

fn validity_from_now(cert: &X509Certificate<'_>) -> Duration {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    Duration::from_secs((cert.validity().not_after.timestamp() - now) as u64)
}

fn openssl_verify(pki: &Path, ca: &str, leaf: &str, purpose: Option<&str>) {
    let mut cmd = std::process::Command::new("openssl");
    cmd.arg("verify")
        .arg("-CAfile")
        .arg(pki.join(format!("{ca}.crt")));
    if let Some(p) = purpose {
        cmd.args(["-purpose", p]);
    }
    let out = cmd
        .arg(pki.join(format!("{leaf}.crt")))
        .output()
        .expect("openssl is installed");
    assert_success(&out, &format!("openssl verify {leaf} against {ca}"));
}

#[test]
fn certs_phase_alone_writes_exactly_kubeadms_inventory_and_every_chain_verifies() {
    let node = Node::new();
    let out = run(node.init_cmd(&[
        "init",
        "phase",
        "certs",
        "all",
        "--apiserver-cert-extra-sans=api.example.com,10.0.0.10",
        "--control-plane-endpoint=cp.example.com:8443",
    ]));
    assert_success(&out, "init phase certs all");
    assert_eq!(files_under(&node.root()), EXPECTED);
    let pki = node.paths().pki_dir().to_owned();

    for ca in ["ca", "front-proxy-ca", "etcd/ca"] {
        let c = Cert::load(&pki, ca);
        let x = c.parsed();
        assert!(x.is_ca(), "{ca} is not a CA");
        let ku = x.key_usage().unwrap().unwrap().value;
        assert!(ku.key_cert_sign(), "{ca} cannot sign certificates");
        x.verify_signature(None)
            .unwrap_or_else(|e| panic!("{ca} is not self-signed: {e}"));
        let left = validity_from_now(&x);
        assert!(
            left > Duration::from_secs(3649 * 86400) && left < Duration::from_secs(3651 * 86400),
            "{ca}: {left:?}"
        );
    }
    for (leaf, ca, server, client) in LEAVES {
        let issuer = Cert::load(&pki, ca);
        let c = Cert::load(&pki, leaf);
        let x = c.parsed();
        assert!(!x.is_ca(), "{leaf} must not be a CA");
        x.verify_signature(Some(issuer.parsed().public_key()))
            .unwrap_or_else(|e| panic!("{leaf} is not signed by {ca}: {e}"));
        let eku = x.extended_key_usage().unwrap().unwrap().value;
        assert_eq!(
            (eku.server_auth, eku.client_auth),
            (*server, *client),
            "{leaf} usages"
        );
        assert!(
            x.key_usage().unwrap().unwrap().value.digital_signature(),
            "{leaf}"
        );
        let left = validity_from_now(&x);
        assert!(
            left > Duration::from_secs(364 * 86400) && left < Duration::from_secs(366 * 86400),
            "{leaf}: {left:?}"
        );
        openssl_verify(&pki, ca, leaf, None);
        if *server {
            openssl_verify(&pki, ca, leaf, Some("sslserver"));
        }
        if *client {
            openssl_verify(&pki, ca, leaf, Some("sslclient"));
        }
    }

    let apiserver = Cert::load(&pki, "apiserver");
    let got = sans(&apiserver.parsed());
    let adv = node.address.to_string();
    for want in [
        "node-a",
        "kubernetes",
        "kubernetes.default",
        "kubernetes.default.svc",
        "kubernetes.default.svc.cluster.local",
        "localhost",
        "10.96.0.1",
        adv.as_str(),
        "127.0.0.1",
        "cp.example.com",
        "api.example.com",
        "10.0.0.10",
    ] {
        assert!(
            got.iter().any(|s| s == want),
            "apiserver SANs {got:?} lack {want}"
        );
    }
    for etcd in ["etcd/server", "etcd/peer"] {
        let got = sans(&Cert::load(&pki, etcd).parsed());
        for want in ["node-a", "localhost", adv.as_str(), "127.0.0.1", "::1"] {
            assert!(
                got.iter().any(|s| s == want),
                "{etcd} SANs {got:?} lack {want}"
            );
        }
        assert_eq!(
            Cert::load(&pki, etcd)
                .parsed()
                .subject()
                .iter_common_name()
                .next()
                .unwrap()
                .as_str()
                .unwrap(),
            "node-a"
        );
    }
    let kubelet_client = Cert::load(&pki, "apiserver-kubelet-client");
    let org: Vec<_> = kubelet_client
        .parsed()
        .subject()
        .iter_organization()
        .map(|o| o.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(org, ["kubeadm:cluster-admins"]);

    // The default algorithm is ECDSA P-256.
    let key = std::fs::read_to_string(pki.join("apiserver.key")).unwrap();
    let out = std::process::Command::new("openssl")
        .args(["pkey", "-noout", "-text", "-in"])
        .arg(pki.join("apiserver.key"))
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("P-256") || stdout(&out).contains("prime256v1"),
        "{key}"
    );
}

#[test]
fn rsa_and_p384_are_honoured() {
    for (alg, expect) in [("RSA-2048", "2048 bit"), ("ECDSA-P384", "P-384")] {
        let node = Node::new();
        let config = node.dir.path().join("c.yaml");
        std::fs::write(&config, format!("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nencryptionAlgorithm: {alg}\n")).unwrap();
        let out = run(node.init_cmd(&[
            "init",
            "phase",
            "certs",
            "all",
            "--config",
            config.to_str().unwrap(),
        ]));
        assert_success(&out, &format!("certs with {alg}"));
        let pki = node.paths().pki_dir().to_owned();
        for key in ["ca.key", "apiserver.key", "sa.key", "etcd/peer.key"] {
            let out = std::process::Command::new("openssl")
                .args(["pkey", "-noout", "-text", "-in"])
                .arg(pki.join(key))
                .output()
                .unwrap();
            assert!(
                stdout(&out).contains(expect),
                "{alg}: {key}: {}",
                stdout(&out).lines().next().unwrap_or("")
            );
        }
        openssl_verify(&pki, "ca", "apiserver", Some("sslserver"));
    }
}

#[test]
fn an_existing_ca_is_used_not_replaced() {
    let node = Node::new();
    let pki = node.paths().pki_dir().to_owned();
    std::fs::create_dir_all(&pki).unwrap();
    let out = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-days",
            "3650",
            "-subj",
            "/CN=my-own-ca",
        ])
        .args([
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign,digitalSignature",
        ])
        .arg("-keyout")
        .arg(pki.join("ca.key"))
        .arg("-out")
        .arg(pki.join("ca.crt"))
        .output()
        .unwrap();
    assert_success(&out, "openssl req");
    let before = std::fs::read(pki.join("ca.crt")).unwrap();
    let out = run(node.init_cmd(&["init", "phase", "certs", "all"]));
    assert_success(&out, "init phase certs all");
    assert!(
        stdout(&out).contains("Using existing ca"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        std::fs::read(pki.join("ca.crt")).unwrap(),
        before,
        "the CA was replaced"
    );
    openssl_verify(&pki, "ca", "apiserver", Some("sslserver"));

    // A CA certificate without its key is refused, naming the missing file.
    let other = Node::new();
    let pki2 = other.paths().pki_dir().to_owned();
    std::fs::create_dir_all(&pki2).unwrap();
    std::fs::copy(pki.join("ca.crt"), pki2.join("ca.crt")).unwrap();
    let out = run(other.init_cmd(&["init", "phase", "certs", "all"]));
    assert!(!out.status.success());
    assert!(stderr(&out).contains("ca.key"), "{}", stderr(&out));
}

#[test]
fn a_leaf_that_lacks_a_required_san_is_refused() {
    let node = Node::new();
    // A leaf alone needs its CA first, and says so.
    let out = run(node.init_cmd(&["init", "phase", "certs", "apiserver"]));
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("kubeforge init phase certs ca"),
        "{}",
        stderr(&out)
    );
    assert_success(
        &run(node.init_cmd(&["init", "phase", "certs", "ca"])),
        "certs ca",
    );
    assert_success(
        &run(node.init_cmd(&["init", "phase", "certs", "apiserver"])),
        "certs apiserver",
    );
    // A new SAN is required now: the existing certificate cannot serve it.
    let out = run(node.init_cmd(&[
        "init",
        "phase",
        "certs",
        "apiserver",
        "--apiserver-cert-extra-sans=new.example.com",
    ]));
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("apiserver.crt") && err.contains("new.example.com"),
        "{err}"
    );
}

#[test]
fn kubeconfigs_carry_kubeadms_identities() {
    let node = Node::new();
    assert_success(
        &run(node.init_cmd(&["init", "phase", "certs", "all"])),
        "certs",
    );
    assert_success(
        &run(node.init_cmd(&["init", "phase", "kubeconfig", "all"])),
        "kubeconfig",
    );
    let server = format!("https://{}:6443", node.address);
    let ca = std::fs::read(node.paths().pki_dir().join("ca.crt")).unwrap();
    let ca_der = parse_x509_pem(&ca).unwrap().1.contents;
    let ca_cert = parse_x509_certificate(&ca_der).unwrap().1;
    for (file, cn, orgs) in [
        (
            "admin.conf",
            "kubernetes-admin",
            vec!["kubeadm:cluster-admins"],
        ),
        (
            "super-admin.conf",
            "kubernetes-super-admin",
            vec!["system:masters"],
        ),
        ("kubelet.conf", "system:node:node-a", vec!["system:nodes"]),
        (
            "controller-manager.conf",
            "system:kube-controller-manager",
            vec![],
        ),
        ("scheduler.conf", "system:kube-scheduler", vec![]),
    ] {
        let text = std::fs::read_to_string(node.paths().kubeconfig(file)).unwrap();
        let doc: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(
            doc["clusters"][0]["cluster"]["server"],
            server.as_str(),
            "{file}"
        );
        let b64 = |v: &serde_json::Value| {
            use base64::Engine;
            base64::engine::general_purpose::STANDARD
                .decode(v.as_str().unwrap())
                .unwrap()
        };
        assert_eq!(
            b64(&doc["clusters"][0]["cluster"]["certificate-authority-data"]),
            ca,
            "{file}"
        );
        let cert_pem = b64(&doc["users"][0]["user"]["client-certificate-data"]);
        let der = parse_x509_pem(&cert_pem).unwrap().1.contents;
        let cert = parse_x509_certificate(&der).unwrap().1;
        assert_eq!(
            cert.subject()
                .iter_common_name()
                .next()
                .unwrap()
                .as_str()
                .unwrap(),
            cn,
            "{file}"
        );
        let got: Vec<_> = cert
            .subject()
            .iter_organization()
            .map(|o| o.as_str().unwrap())
            .collect();
        assert_eq!(got, orgs, "{file}");
        cert.verify_signature(Some(ca_cert.public_key())).unwrap();
        assert!(
            cert.extended_key_usage()
                .unwrap()
                .unwrap()
                .value
                .client_auth
        );
    }
}
