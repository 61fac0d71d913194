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
    assert_success(
        &node.init_with_cluster_config("certificateValidityPeriod: 2h0m0s\n"),
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

fn renew(node: &Node, args: &[&str]) -> std::process::Output {
    let mut cmd = node.cmd();
    cmd.args(["certs", "renew"]).args(args);
    run(cmd)
}

/// The notAfter of the certificate the API server serves right now.
fn served_not_after(node: &Node) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "openssl s_client -connect {}:6443 </dev/null 2>/dev/null | openssl x509 -noout -enddate",
            node.address
        ))
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn not_after_of(node: &Node, name: &str) -> String {
    let json: Value = serde_json::from_str(&stdout(&check(node, &["-o", "json"]))).unwrap();
    json["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap()["expirationDate"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn renewing_the_serving_certificate_needs_no_restart_and_fails_no_request() {
    let node = Node::new();
    node.init();
    let before = served_not_after(&node);
    let apiserver_pid = node.container_pid("kube-apiserver");
    // Certificates carry whole seconds: renew a second later so the dates differ.
    std::thread::sleep(std::time::Duration::from_millis(1100));

    // A client polls throughout; not one request may fail.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let client = node
        .admin_client()
        .with_timeout(std::time::Duration::from_secs(5));
    let poller = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let (mut ok, mut failed) = (0, Vec::new());
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                match block_on(client.get("/api/v1/namespaces/default")) {
                    Ok(r) if r.status == 200 => ok += 1,
                    other => failed.push(format!("{other:?}")),
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            (ok, failed)
        })
    };
    let out = renew(&node, &["apiserver"]);
    assert_success(&out, "certs renew apiserver");
    assert!(
        stdout(&out).contains("certificate apiserver renewed"),
        "{}",
        stdout(&out)
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while served_not_after(&node) == before {
        assert!(
            std::time::Instant::now() < deadline,
            "the API server still serves the old certificate"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (ok, failed) = poller.join().unwrap();
    assert!(
        failed.is_empty(),
        "{} requests failed: {:?}",
        failed.len(),
        &failed[..failed.len().min(3)]
    );
    assert!(ok > 10);
    assert_eq!(
        node.container_pid("kube-apiserver"),
        apiserver_pid,
        "no restart"
    );
    assert_eq!(
        std::fs::read_dir(node.paths().state_dir().join("certs-backup"))
            .unwrap()
            .count(),
        1,
        "the replaced certificate is backed up"
    );
}

#[test]
fn renew_all_reissues_every_certificate_and_the_cluster_comes_back() {
    let node = Node::new();
    node.init();
    let before = not_after_of(&node, "admin.conf");
    let key_before = std::fs::read(node.paths().pki_dir().join("apiserver.key")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let out = renew(&node, &["all"]);
    assert_success(&out, "certs renew all");
    for name in [
        "apiserver-etcd-client",
        "etcd-peer",
        "scheduler.conf",
        "kubelet.conf",
    ] {
        assert!(
            stdout(&out).contains(&format!("certificate {name} renewed")),
            "{}",
            stdout(&out)
        );
    }
    assert_ne!(not_after_of(&node, "admin.conf"), before);
    assert_eq!(
        std::fs::read(node.paths().pki_dir().join("apiserver.key")).unwrap(),
        key_before,
        "keys are reused"
    );
    assert!(
        node.wait_ready(std::time::Duration::from_secs(60)),
        "the control plane is back"
    );
    // The renewed admin.conf works.
    let r = node.get(&node.admin_client(), "/api/v1/namespaces/default");
    assert_eq!(r.status, 200);
    // --new-key replaces the key too.
    let key_path = node.paths().pki_dir().join("front-proxy-client.key");
    let old_key = std::fs::read(&key_path).unwrap();
    assert_success(
        &renew(&node, &["front-proxy-client", "--new-key"]),
        "renew --new-key",
    );
    assert_ne!(std::fs::read(&key_path).unwrap(), old_key);
}

#[test]
fn bad_renewals_change_nothing() {
    let node = Node::new();
    node.init();
    let pki = node.paths().pki_dir().to_owned();
    let out = renew(&node, &["nope"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("valid names: all, ") && stderr(&out).contains("admin.conf"),
        "{}",
        stderr(&out)
    );

    let apiserver = std::fs::read(pki.join("apiserver.crt")).unwrap();
    std::fs::write(
        pki.join("front-proxy-client.crt"),
        "-----BEGIN CERTIFICATE-----\nnope\n",
    )
    .unwrap();
    let out = renew(&node, &["all"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("front-proxy-client.crt"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(pki.join("apiserver.crt")).unwrap(),
        apiserver,
        "nothing half-renewed"
    );

    std::fs::rename(pki.join("ca.key"), pki.join("ca.key.aside")).unwrap();
    let out = renew(&node, &["apiserver"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("externally managed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(pki.join("apiserver.crt")).unwrap(), apiserver);
}

#[test]
fn two_minute_certificates_are_renewed_automatically_and_clients_keep_working() {
    let node = Node::new();
    assert_success(
        &node.init_with_cluster_config("certificateValidityPeriod: 2m0s\n"),
        "init",
    );
    let first_expiry = not_after_of(&node, "admin.conf");
    // Poll past the first certificates' expiry with a client that, like kubectl, reads
    // admin.conf afresh for every request.
    let start = std::time::Instant::now();
    let mut results: Vec<(u64, bool)> = Vec::new();
    while start.elapsed() < std::time::Duration::from_secs(170) {
        let ok = node
            .admin_client()
            .with_timeout(std::time::Duration::from_secs(3));
        let ok = matches!(block_on(ok.get("/api/v1/namespaces/default")), Ok(r) if r.status == 200);
        results.push((start.elapsed().as_secs(), ok));
        std::thread::sleep(std::time::Duration::from_secs(2));
    }
    assert_ne!(
        not_after_of(&node, "admin.conf"),
        first_expiry,
        "admin.conf was renewed"
    );
    // A single master restarts its API server to load a renewed etcd client certificate, so
    // a request may fail for a moment around each renewal — never for long, and past the
    // first certificates' expiry (120 s) the cluster keeps answering, with no one stepping in.
    let longest_outage = results
        .split(|(_, ok)| *ok)
        .map(<[(u64, bool)]>::len)
        .max()
        .unwrap_or(0);
    assert!(
        longest_outage <= 5,
        "an outage of {longest_outage} polls: {results:?}"
    );
    assert!(
        results.iter().any(|(t, ok)| *t >= 125 && *ok),
        "{results:?}"
    );
    assert!(
        node.wait_ready(std::time::Duration::from_secs(30)),
        "{results:?}"
    );
    // Nothing on the node is expired now.
    let json: Value = serde_json::from_str(&stdout(&check(&node, &["-o", "json"]))).unwrap();
    for c in json["certificates"].as_array().unwrap() {
        assert!(c["residualSeconds"].as_i64().unwrap() > 0, "{c}");
    }
}

#[test]
fn csr_only_writes_requests_for_an_external_ca_and_touches_nothing() {
    let node = Node::new();
    node.init();
    let pki = node.paths().pki_dir().to_owned();
    // External-CA style: the CA key is not on the node.
    std::fs::rename(pki.join("ca.key"), node.dir.path().join("ca.key")).unwrap();
    let apiserver = std::fs::read(pki.join("apiserver.crt")).unwrap();
    let csr_dir = node.dir.path().join("csrs");
    let out = renew(
        &node,
        &["all", "--csr-only", "--csr-dir", csr_dir.to_str().unwrap()],
    );
    assert_success(&out, "renew all --csr-only");
    for name in ["apiserver", "etcd-server", "admin.conf", "kubelet.conf"] {
        assert!(csr_dir.join(format!("{name}.csr")).exists(), "{name}.csr");
        assert!(csr_dir.join(format!("{name}.key")).exists(), "{name}.key");
    }
    let text = std::process::Command::new("openssl")
        .args(["req", "-noout", "-text", "-verify", "-in"])
        .arg(csr_dir.join("apiserver.csr"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("CN = kube-apiserver") || text.contains("CN=kube-apiserver"),
        "{text}"
    );
    assert!(
        text.contains(&node.address.to_string()),
        "the SANs are requested: {text}"
    );
    // The key is the one in use (no --new-key), and nothing in use changed.
    assert_eq!(
        std::fs::read(csr_dir.join("apiserver.key")).unwrap(),
        std::fs::read(pki.join("apiserver.key")).unwrap()
    );
    assert_eq!(std::fs::read(pki.join("apiserver.crt")).unwrap(), apiserver);
    let out = renew(&node, &["all", "--csr-only"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--csr-dir"), "{}", stderr(&out));
}

/// `openssl x509 -req`: the external CA signs `csr`, keeping the extensions it asks for.
fn sign_with(ca_dir: &std::path::Path, csr: &std::path::Path, out: &std::path::Path) {
    let status = std::process::Command::new("openssl")
        .args([
            "x509",
            "-req",
            "-days",
            "365",
            "-copy_extensions",
            "copyall",
        ])
        .arg("-in")
        .arg(csr)
        .arg("-CA")
        .arg(ca_dir.join("ca.crt"))
        .arg("-CAkey")
        .arg(ca_dir.join("ca.key"))
        .arg("-CAcreateserial")
        .arg("-out")
        .arg(out)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "openssl: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn external_ca_mode_runs_on_the_certificates_it_signed_and_never_signs_itself() {
    use kubeforge::kubeconfig::Kubeconfig;
    use std::os::unix::fs::PermissionsExt;
    // The external CA lives elsewhere; only its certificate comes to the node.
    let ca_home = Node::new();
    assert_success(
        &run(ca_home.init_cmd(&["init", "phase", "certs", "ca"])),
        "make the external CA",
    );
    let ca_dir = ca_home.paths().pki_dir().to_owned();
    let node = Node::new();
    let pki = node.paths().pki_dir().to_owned();
    let kube_dir = node.paths().kubernetes_dir();
    std::fs::create_dir_all(&pki).unwrap();
    std::fs::copy(ca_dir.join("ca.crt"), pki.join("ca.crt")).unwrap();

    // init before the certificates are there: refused by name, nothing started; and
    // --upload-certs cannot share a CA key the node does not have.
    let out = run(node.init_cmd(&["init"]));
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("is external") && stderr(&out).contains("apiserver.crt"),
        "{}",
        stderr(&out)
    );
    assert!(!node.paths().manifest("kube-apiserver").exists());
    let out = run(node.init_cmd(&["init", "phase", "preflight", "--upload-certs"]));
    assert!(!out.status.success());
    assert!(stderr(&out).contains("ExternalCA"), "{}", stderr(&out));

    // generate-csr: a key and a request for everything the external CA must sign.
    let out = run(node.init_cmd(&["certs", "generate-csr"]));
    assert_success(&out, "certs generate-csr");
    let leaves = ["apiserver", "apiserver-kubelet-client"];
    let kubeconfigs = [
        "admin.conf",
        "super-admin.conf",
        "kubelet.conf",
        "controller-manager.conf",
        "scheduler.conf",
    ];
    for leaf in leaves {
        assert!(pki.join(format!("{leaf}.csr")).exists(), "{leaf}.csr");
        let mode = std::fs::metadata(pki.join(format!("{leaf}.key")))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{leaf}.key");
    }
    for kc in kubeconfigs {
        assert!(kube_dir.join(format!("{kc}.csr")).exists(), "{kc}.csr");
    }
    // front-proxy and etcd have their own CAs, which kubeforge makes: no requests for them.
    assert!(!pki.join("front-proxy-client.csr").exists());
    assert!(!pki.join("etcd/server.csr").exists());

    // The external CA signs; the certificates go beside their keys.
    for leaf in leaves {
        sign_with(
            &ca_dir,
            &pki.join(format!("{leaf}.csr")),
            &pki.join(format!("{leaf}.crt")),
        );
    }
    for kc in kubeconfigs {
        let crt = node.dir.path().join(format!("{kc}.crt"));
        sign_with(&ca_dir, &kube_dir.join(format!("{kc}.csr")), &crt);
        let path = kube_dir.join(kc);
        let mut config = Kubeconfig::load(&path).unwrap();
        assert!(config.users[0].user.client_certificate_data.is_none());
        config.users[0].user.client_certificate_data =
            Some(base64_encode(&std::fs::read(&crt).unwrap()));
        config.write(&path).unwrap();
    }
    node.init();
    assert!(
        !pki.join("ca.key").exists(),
        "kubeforge never makes a CA key"
    );
    let r = node.get(&node.admin_client(), "/api/v1/namespaces/default");
    assert_eq!(r.status, 200);
    // The CSR signer is off (kubeadm's rule): no signing key to give the controller-manager.
    let manifest =
        std::fs::read_to_string(node.paths().manifest("kube-controller-manager")).unwrap();
    assert!(!manifest.contains("cluster-signing-key-file"), "{manifest}");
    // check-expiration says who renews them, and renew refuses to sign without the key.
    let json: Value = serde_json::from_str(&stdout(&check(&node, &["-o", "json"]))).unwrap();
    let apiserver = json["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "apiserver")
        .unwrap()
        .clone();
    assert_eq!(apiserver["externallyManaged"], true, "{apiserver}");
    let out = renew(&node, &["apiserver"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("externally managed"),
        "{}",
        stderr(&out)
    );
}

fn base64_encode(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The subject alternative names of the certificate the API server serves right now.
fn served_sans(node: &Node) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "openssl s_client -connect {}:6443 </dev/null 2>/dev/null | openssl x509 -noout -ext subjectAltName",
            node.address
        ))
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Kills the node's agent and components and starts the agent again, as a reboot would.
fn restart_agent(node: &Node) -> std::process::Child {
    let pids: Vec<i32> = [node.agent_pid(), node.container_pid("kube-apiserver")]
        .into_iter()
        .flatten()
        .collect();
    node.kill_all();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while pids.iter().any(|p| alive(*p)) {
        assert!(
            std::time::Instant::now() < deadline,
            "the node did not stop"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let mut agent = node.cmd();
    agent
        .arg("agent")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    std::os::unix::process::CommandExt::process_group(&mut agent, 0);
    let child = agent.spawn().unwrap();
    assert!(
        node.wait_ready(std::time::Duration::from_secs(60)),
        "the node came back"
    );
    child
}

#[test]
fn names_added_to_the_configuration_are_in_the_serving_certificate_after_a_restart() {
    let node = Node::new();
    node.init();
    assert!(!served_sans(&node).contains("drift.example.com"));
    let key = std::fs::read(node.paths().pki_dir().join("apiserver.key")).unwrap();
    let backups = node.paths().state_dir().join("certs-backup");
    // An unchanged configuration reissues nothing.
    let mut agent = restart_agent(&node);
    assert!(!backups.exists(), "nothing was reissued");

    // The operator adds names to the recorded configuration (certSANs), then restarts.
    let config_path = node.paths().node_config();
    let config = std::fs::read_to_string(&config_path).unwrap();
    assert!(config.contains("apiServer: {}"), "{config}");
    std::fs::write(
        &config_path,
        config.replace(
            "apiServer: {}",
            "apiServer:\n  certSANs:\n  - drift.example.com\n  - 10.20.30.40",
        ),
    )
    .unwrap();
    let _ = nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(agent.id() as i32),
        nix::sys::signal::Signal::SIGKILL,
    );
    let _ = agent.wait();
    let mut agent = restart_agent(&node);
    let sans = served_sans(&node);
    assert!(sans.contains("DNS:drift.example.com"), "{sans}");
    assert!(sans.contains("IP Address:10.20.30.40"), "{sans}");
    // The names it had are kept, so is its key; the old certificate is backed up.
    assert!(
        sans.contains(&format!("IP Address:{}", node.address)),
        "{sans}"
    );
    assert_eq!(
        std::fs::read(node.paths().pki_dir().join("apiserver.key")).unwrap(),
        key
    );
    assert_eq!(std::fs::read_dir(&backups).unwrap().count(), 1);
    // check-expiration is content with the result.
    assert!(check(&node, &[]).status.success());
    node.kill_all();
    let _ = agent.wait();
}

#[test]
fn rotate_ca_on_a_single_master_refuses_bad_staged_cas_then_replaces_the_ca() {
    let node = Node::new();
    node.init();
    let pki = node.paths().pki_dir().to_owned();
    let ca_before = std::fs::read_to_string(pki.join("ca.crt")).unwrap();
    let rotate = |args: &[&str]| {
        let mut cmd = node.cmd();
        cmd.args(["certs", "rotate-ca"]).args(args);
        run(cmd)
    };
    let staged = node.dir.path().join("staged");
    std::fs::create_dir_all(&staged).unwrap();
    let staged_arg = staged.to_str().unwrap();
    // Nothing staged, a leaf instead of a CA, the CA in use: each refused, naming the file,
    // with nothing changed.
    let refused = |why: &str| {
        let out = rotate(&["--path", staged_arg]);
        assert!(!out.status.success(), "{why}: accepted");
        let err = stderr(&out);
        assert!(
            err.contains(&staged.join("ca.").display().to_string()),
            "{why}: {err}"
        );
        err
    };
    refused("empty dir");
    // A staged etcd CA without its key.
    std::fs::copy(pki.join("ca.crt"), staged.join("ca.crt")).unwrap();
    std::fs::copy(pki.join("ca.key"), staged.join("ca.key")).unwrap();
    std::fs::create_dir_all(staged.join("etcd")).unwrap();
    std::fs::copy(pki.join("etcd/ca.crt"), staged.join("etcd/ca.crt")).unwrap();
    let out = rotate(&["--path", staged_arg]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(&staged.join("etcd/ca.key").display().to_string()),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(staged.join("etcd")).unwrap();
    std::fs::copy(pki.join("apiserver.crt"), staged.join("ca.crt")).unwrap();
    std::fs::copy(pki.join("apiserver.key"), staged.join("ca.key")).unwrap();
    assert!(refused("a leaf").contains("not a CA certificate"));
    std::fs::copy(pki.join("ca.crt"), staged.join("ca.crt")).unwrap();
    std::fs::copy(pki.join("ca.key"), staged.join("ca.key")).unwrap();
    assert!(refused("the same CA").contains("same key"));
    assert_eq!(
        std::fs::read_to_string(pki.join("ca.crt")).unwrap(),
        ca_before
    );
    let r = node.get(
        &node.admin_client(),
        "/api/v1/namespaces/kube-system/secrets/kubeforge-ca-rotation",
    );
    assert_eq!(r.status, 404, "no rotation was started");

    // Generated CAs: the cluster's, the front proxy's and etcd's.
    let proxy_ca_before = std::fs::read_to_string(pki.join("front-proxy-ca.crt")).unwrap();
    let etcd_ca_before = std::fs::read_to_string(pki.join("etcd/ca.crt")).unwrap();
    let out = rotate(&[]);
    assert_success(&out, "certs rotate-ca");
    let ca_after = std::fs::read_to_string(pki.join("ca.crt")).unwrap();
    assert_ne!(ca_after, ca_before);
    assert_eq!(ca_after.matches("BEGIN CERTIFICATE").count(), 1);
    assert!(node.wait_ready(std::time::Duration::from_secs(60)));
    let r = node.get(&node.admin_client(), "/api/v1/nodes");
    assert_eq!(r.status, 200, "{}", r.text());
    let check = check(&node, &[]);
    assert_success(&check, "check-expiration after the rotation");
    // etcd serves with, and trusts, the new etcd CA alone: a snapshot goes through.
    let etcd_ca = std::fs::read_to_string(pki.join("etcd/ca.crt")).unwrap();
    assert_ne!(etcd_ca, etcd_ca_before);
    assert_eq!(etcd_ca.matches("BEGIN CERTIFICATE").count(), 1);
    let mut save = node.cmd();
    save.args(["etcd", "snapshot", "save", "--name", "after-rotation"]);
    assert_success(&run(save), "etcd snapshot save after the rotation");
    // The front proxy still authenticates users: its client certificate is from the new
    // front-proxy CA, which the API server now trusts alone.
    let proxy_ca = std::fs::read_to_string(pki.join("front-proxy-ca.crt")).unwrap();
    assert_ne!(proxy_ca, proxy_ca_before);
    assert_eq!(proxy_ca.matches("BEGIN CERTIFICATE").count(), 1);
    let read = |f: &str| std::fs::read_to_string(pki.join(f)).unwrap();
    let tls = kubeforge::tls::client_config(
        &ca_after,
        Some((
            &read("front-proxy-client.crt"),
            &read("front-proxy-client.key"),
        )),
    )
    .unwrap();
    let proxy = kubeforge::kubeconfig::client::ApiClient::new(
        &format!("https://{}:6443", node.address),
        tls,
    )
    .unwrap();
    let r = block_on(proxy.request(
        http::Method::GET,
        "/api/v1/nodes",
        &[
            ("X-Remote-User", "frank"),
            ("X-Remote-Group", "system:masters"),
        ],
        Vec::new(),
    ))
    .unwrap();
    assert_eq!(r.status, 200, "{}", r.text());
}
