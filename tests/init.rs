//! `kubeforge init` end to end: real binary, real etcd, real TLS.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use common::*;

#[test]
fn init_serves_the_api_securely_then_reset_removes_everything_and_init_works_again() {
    let node = Node::new();
    let out = node.init();
    let text = stdout(&out);
    assert!(
        text.contains(&node.admin_conf().display().to_string()),
        "{text}"
    );
    assert!(text.contains("kubeforge join"), "{text}");
    assert!(
        text.contains("--discovery-token-ca-cert-hash sha256:"),
        "{text}"
    );

    // Health over TLS with the admin client certificate; /readyz really asks etcd.
    let admin = node.admin_client();
    let r = node.get(&admin, "/readyz");
    assert_eq!((r.status.as_u16(), r.text().as_str()), (200, "ok"));
    let verbose = node.get(&admin, "/readyz?verbose").text();
    assert!(verbose.contains("[+]etcd ok"), "{verbose}");
    for path in ["/healthz", "/livez"] {
        assert_eq!(node.get(&admin, path).text(), "ok", "{path}");
    }

    // /version: the nine fields, with the minor of the API implemented.
    let version: serde_json::Value =
        serde_json::from_slice(&node.get(&admin, "/version").body).unwrap();
    for field in [
        "major",
        "minor",
        "gitVersion",
        "gitCommit",
        "gitTreeState",
        "buildDate",
        "goVersion",
        "compiler",
        "platform",
    ] {
        assert!(
            version.get(field).is_some(),
            "/version lacks {field}: {version}"
        );
    }
    assert_eq!(version["minor"], "33");

    // Anonymous: health and version only; everything else is a 401 Status.
    let anon = node.anonymous_client();
    assert_eq!(node.get(&anon, "/readyz").text(), "ok");
    assert_eq!(node.get(&anon, "/version").status, 200);
    for path in [
        "/api",
        "/apis",
        "/api/v1/namespaces/default/pods",
        "/metrics",
    ] {
        let r = node.get(&anon, path);
        assert_eq!(r.status, 401, "{path}");
        let status: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(status["kind"], "Status");
        assert_eq!(status["reason"], "Unauthorized");
        assert_eq!(status["code"], 401);
        // Kubernetes' key order.
        let keys: Vec<_> = status.as_object().unwrap().keys().cloned().collect();
        assert_eq!(
            keys,
            [
                "kind",
                "apiVersion",
                "metadata",
                "status",
                "message",
                "reason",
                "code"
            ]
        );
    }
    // Authenticated: a missing object is a NotFound Status naming it.
    let r = node.get(&admin, "/api/v1/namespaces/default/configmaps/nope");
    assert_eq!(r.status, 404);
    let status: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(status["reason"], "NotFound");
    assert_eq!(status["message"], "configmaps \"nope\" not found");

    // The processes: agent plus four components.
    let agent = node.agent_pid().expect("agent pid");
    let pods = [
        "etcd",
        "kube-apiserver",
        "kube-controller-manager",
        "kube-scheduler",
    ];
    let pids: Vec<i32> = pods
        .iter()
        .map(|p| node.container_pid(p).unwrap_or_else(|| panic!("{p} pid")))
        .collect();
    assert!(alive(agent) && pids.iter().all(|p| alive(*p)));

    // A second init without reset is refused by preflight and names what is in the way.
    let again = run(node.init_cmd(&["init"]));
    assert!(!again.status.success());
    let err = stderr(&again);
    assert!(
        err.contains("FileAvailable--etc-kubernetes-manifests-kube-apiserver.yaml"),
        "{err}"
    );
    assert!(err.contains("Port-6443"), "{err}");

    // reset stops everything and removes what init wrote, and only that.
    let notes = node.root().join("etc/kubernetes/notes.txt");
    std::fs::write(&notes, "mine").unwrap();
    node.reset();
    assert!(!alive(agent), "agent still running");
    for (pod, pid) in pods.iter().zip(&pids) {
        assert!(!alive(*pid), "{pod} still running");
    }
    let left = files_under(&node.root());
    assert_eq!(
        left,
        ["etc/kubernetes/notes.txt"],
        "reset left or removed the wrong files"
    );
    std::fs::remove_file(&notes).unwrap();

    // And init works again on the same root.
    node.init();
    assert!(node.wait_ready(Duration::from_secs(10)));
}

#[test]
fn kubectl_reads_readyz_with_the_admin_kubeconfig() {
    let Some(kubectl) = kubectl() else {
        eprintln!("NOTICE: kubectl not found on PATH; skipping the kubectl check");
        return;
    };
    let node = Node::new();
    node.init();
    let out = std::process::Command::new(kubectl)
        .arg("--kubeconfig")
        .arg(node.admin_conf())
        .args(["get", "--raw", "/readyz"])
        .output()
        .unwrap();
    assert_success(&out, "kubectl get --raw /readyz");
    assert_eq!(stdout(&out).trim(), "ok");
}

#[test]
fn the_agent_restarts_a_killed_etcd_and_api_server() {
    let node = Node::new();
    node.init();
    let etcd = node.container_pid("etcd").unwrap();
    let apiserver = node.container_pid("kube-apiserver").unwrap();
    for pid in [etcd, apiserver] {
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
    }
    // Wait for new processes, then for readiness through them.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let restarted = |pod, old| {
        node.container_pid(pod)
            .is_some_and(|p| p != old && alive(p))
    };
    while !(restarted("etcd", etcd) && restarted("kube-apiserver", apiserver)) {
        assert!(
            std::time::Instant::now() < deadline,
            "components were not restarted"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        node.wait_ready(Duration::from_secs(30)),
        "/readyz did not recover"
    );
    let log = std::fs::read_to_string(node.paths().container_log("etcd", "etcd")).unwrap();
    assert!(log.contains("(attempt 2)"), "the etcd log shows no restart");
}

#[test]
fn a_changed_manifest_restarts_its_component() {
    let node = Node::new();
    node.init();
    let before = node.container_pid("kube-scheduler").unwrap();
    let path = node.paths().manifest("kube-scheduler");
    let text = std::fs::read_to_string(&path).unwrap();
    // A real change: an extra flag the scheduler accepts.
    let changed = text.replace("- scheduler\n", "- scheduler\n    - --v=1\n");
    assert_ne!(changed, text);
    std::fs::write(&path, changed).unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(now) = node.container_pid("kube-scheduler")
            && now != before
            && alive(now)
        {
            let cmdline = std::fs::read_to_string(format!("/proc/{now}/cmdline")).unwrap();
            assert!(cmdline.contains("--v=1"), "{cmdline:?}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "scheduler not restarted"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!alive(before));
}

#[test]
fn files_have_kubeadm_permissions_and_etcd_demands_client_certificates() {
    let node = Node::new();
    node.init();
    let p = node.paths();
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    for f in files_under(p.pki_dir()) {
        let path = p.pki_dir().join(&f);
        let expected = if f.ends_with(".key") { 0o600 } else { 0o644 };
        assert_eq!(mode(&path), expected, "{f}");
    }
    for conf in [
        "admin.conf",
        "super-admin.conf",
        "kubelet.conf",
        "controller-manager.conf",
        "scheduler.conf",
    ] {
        assert_eq!(mode(&p.kubeconfig(conf)), 0o600, "{conf}");
    }
    for m in files_under(&p.manifests_dir()) {
        assert_eq!(mode(&p.manifests_dir().join(&m)), 0o600, "{m}");
    }
    for dir in [
        p.pki_dir().to_owned(),
        p.manifests_dir(),
        p.etcd_data_dir().to_owned(),
    ] {
        assert_eq!(mode(&dir), 0o700, "{}", dir.display());
    }

    // etcd refuses a client without a certificate and accepts the healthcheck client.
    let pki = p.pki_dir();
    let read = |f: &str| std::fs::read_to_string(pki.join(f)).unwrap();
    let endpoint = format!("https://{}:2379", node.address);
    let without_cert = etcd_client::ConnectOptions::new()
        .with_connect_timeout(Duration::from_secs(2))
        .with_timeout(Duration::from_secs(2))
        .with_tls(
            etcd_client::TlsOptions::new()
                .ca_certificate(etcd_client::Certificate::from_pem(read("etcd/ca.crt"))),
        );
    let refused = block_on(async {
        let mut c = etcd_client::Client::connect([&endpoint], Some(without_cert)).await?;
        c.get("x", None).await
    });
    assert!(
        refused.is_err(),
        "etcd accepted a client without a certificate"
    );
    let with_cert = kubeforge::etcd::HealthClient::new(
        vec![endpoint],
        Some(kubeforge::etcd::ClientTls {
            ca_pem: read("etcd/ca.crt"),
            cert_pem: read("etcd/healthcheck-client.crt"),
            key_pem: read("etcd/healthcheck-client.key"),
        }),
    );
    block_on(with_cert.check(Duration::from_secs(5))).unwrap();

    // Peer traffic is mTLS too.
    let manifest = std::fs::read_to_string(p.manifest("etcd")).unwrap();
    for flag in [
        "--client-cert-auth=true",
        "--peer-client-cert-auth=true",
        "--peer-trusted-ca-file=",
    ] {
        assert!(manifest.contains(flag), "etcd manifest lacks {flag}");
    }
}

#[test]
fn tls_below_1_2_is_refused() {
    let node = Node::new();
    node.init();
    let out = std::process::Command::new("openssl")
        .args([
            "s_client",
            "-tls1_1",
            "-connect",
            &format!("{}:6443", node.address),
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("openssl is installed");
    assert!(!out.status.success(), "a TLS 1.1 handshake succeeded");
    let out = std::process::Command::new("openssl")
        .args([
            "s_client",
            "-tls1_2",
            "-connect",
            &format!("{}:6443", node.address),
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "a TLS 1.2 handshake failed: {}",
        stderr(&out)
    );
}

#[test]
fn dry_run_writes_nothing_under_the_root() {
    let node = Node::new();
    let out = run(node.init_cmd(&["init", "--dry-run"]));
    assert_success(&out, "init --dry-run");
    let text = stdout(&out);
    assert!(text.contains("Dry run"), "{text}");
    assert!(
        text.contains("kube-apiserver.yaml"),
        "the dry run lists no manifests"
    );
    assert!(!node.root().exists(), "the dry run wrote under the root");
    // What it would have written is kept for inspection in the directory it names.
    let dir = text
        .lines()
        .find_map(|l| l.split("the files init would write are in ").nth(1))
        .map(|d| std::path::PathBuf::from(d.trim_end_matches(':')))
        .expect("the dry run names its directory");
    assert!(
        dir.join("etc/kubernetes/manifests/kube-apiserver.yaml")
            .exists()
    );
    std::fs::remove_dir_all(dir).unwrap();
    assert!(node.agent_pid().is_none());
}

#[test]
fn skipped_phases_do_not_run_and_unknown_phases_are_refused() {
    let node = Node::new();
    let out = run(node.init_cmd(&["init", "--skip-phases=agent-start,wait-control-plane,upload-config,upload-certs,mark-control-plane,bootstrap-token"]));
    assert_success(&out, "init --skip-phases");
    assert!(node.paths().manifest("etcd").exists());
    assert!(node.agent_pid().is_none(), "the agent was started");

    let other = Node::new();
    let out = run(other.init_cmd(&["init", "--skip-phases=certs/nope"]));
    assert!(!out.status.success());
    assert!(stderr(&out).contains("certs/apiserver"), "{}", stderr(&out));
    assert!(files_under(&other.root()).is_empty());
}

#[test]
fn a_bad_config_field_is_named_and_nothing_is_written() {
    let node = Node::new();
    let config = node.dir.path().join("bad.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnett: 10.244.0.0/16\n",
    )
    .unwrap();
    let out = run(node.init_cmd(&["init", "--config", config.to_str().unwrap()]));
    assert!(!out.status.success());
    assert!(stderr(&out).contains("podSubnett"), "{}", stderr(&out));
    assert!(!node.root().exists(), "something was written");

    // An invalid value names its field too.
    std::fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/40\n",
    )
    .unwrap();
    let out = run(node.init_cmd(&["init", "--config", config.to_str().unwrap()]));
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("networking.serviceSubnet"),
        "{}",
        stderr(&out)
    );
    assert!(!node.root().exists());
}

#[test]
fn printed_defaults_are_a_valid_config_file() {
    let node = Node::new();
    let out = run({
        let mut c = node.cmd();
        c.args(["config", "print", "init-defaults"]);
        c
    });
    assert_success(&out, "config print init-defaults");
    let config = node.dir.path().join("defaults.yaml");
    std::fs::write(&config, stdout(&out)).unwrap();
    let out = run(node.init_cmd(&["init", "--dry-run", "--config", config.to_str().unwrap()]));
    assert_success(&out, "init --dry-run with the printed defaults");
}

#[test]
fn preflight_names_a_busy_port_and_can_be_told_to_ignore_it() {
    let node = Node::new();
    let _busy = std::net::TcpListener::bind((node.address, 10259)).unwrap();
    let out = run(node.init_cmd(&["init"]));
    assert!(!out.status.success());
    assert!(stderr(&out).contains("Port-10259"), "{}", stderr(&out));
    assert!(
        files_under(&node.root()).is_empty(),
        "preflight failure wrote files"
    );
    let out = run(node.init_cmd(&[
        "init",
        "phase",
        "preflight",
        "--ignore-preflight-errors=Port-10259",
    ]));
    assert_success(&out, "preflight with the port ignored");
    assert!(
        stdout(&out).contains("[WARNING Port-10259]"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn reset_without_force_and_without_a_terminal_changes_nothing() {
    let node = Node::new();
    let out = run(node.init_cmd(&["init", "phase", "certs", "all"]));
    assert_success(&out, "init phase certs all");
    let before = files_under(&node.root());
    let out = run({
        let mut c = node.cmd();
        c.arg("reset").stdin(std::process::Stdio::null());
        c
    });
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(files_under(&node.root()), before);
}

#[test]
fn readyz_really_asks_etcd() {
    let node = Node::new();
    node.init();
    let admin = node.admin_client().with_timeout(Duration::from_secs(5));
    // Take etcd away: the agent stops it when its manifest leaves the directory.
    let manifest = node.paths().manifest("etcd");
    let aside = node.dir.path().join("etcd.yaml");
    std::fs::rename(&manifest, &aside).unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let r = node.get(&admin, "/readyz?verbose");
        if r.status == 500 {
            assert!(r.text().contains("[-]etcd failed"), "{}", r.text());
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "readyz stayed ok without etcd"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(node.get(&admin, "/healthz").status, 500);
    // Liveness does not depend on etcd: restarting the API server would not help.
    assert_eq!(node.get(&admin, "/livez").text(), "ok");
    std::fs::rename(&aside, &manifest).unwrap();
    assert!(
        node.wait_ready(Duration::from_secs(30)),
        "readyz did not recover with etcd back"
    );
}

#[test]
fn a_missing_etcd_binary_is_named_with_its_package() {
    let node = Node::new();
    let out = run(node.init_cmd(&["init", "--etcd-binary", "/nonexistent/etcd"]));
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("FileExisting-etcd") && err.contains("etcd-server"),
        "{err}"
    );
    assert!(files_under(&node.root()).is_empty());
}

#[test]
fn an_external_etcd_is_used_without_local_etcd_certificates_or_manifest() {
    // Node a runs etcd; node b uses it as an external etcd.
    let a = Node::new();
    a.init();
    let b = Node::new();
    let pki_a = a.paths().pki_dir().to_owned();
    let ext = b.root().join("etc/etcd-client");
    std::fs::create_dir_all(&ext).unwrap();
    for (from, to) in [
        ("etcd/ca.crt", "ca.crt"),
        ("apiserver-etcd-client.crt", "client.crt"),
        ("apiserver-etcd-client.key", "client.key"),
    ] {
        std::fs::copy(pki_a.join(from), ext.join(to)).unwrap();
    }
    let config = b.dir.path().join("external.yaml");
    std::fs::write(
        &config,
        format!(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\netcd:\n  external:\n    endpoints: [\"https://{}:2379\"]\n    caFile: /etc/etcd-client/ca.crt\n    certFile: /etc/etcd-client/client.crt\n    keyFile: /etc/etcd-client/client.key\n",
            a.address
        ),
    )
    .unwrap();
    let out = run(b.init_cmd(&["init", "--config", config.to_str().unwrap()]));
    assert_success(&out, "init with external etcd");
    let p = b.paths();
    assert!(
        !p.manifest("etcd").exists(),
        "a local etcd manifest was written"
    );
    assert!(
        !p.pki_dir().join("etcd").exists(),
        "local etcd certificates were generated"
    );
    assert!(!p.pki_dir().join("apiserver-etcd-client.crt").exists());
    let verbose = b.get(&b.admin_client(), "/readyz?verbose").text();
    assert!(verbose.contains("[+]etcd ok"), "{verbose}");
    b.reset();
    // reset leaves the external etcd's client files alone.
    assert!(ext.join("client.key").exists());
}

#[test]
fn reset_stops_components_left_behind_by_a_killed_agent() {
    let node = Node::new();
    node.init();
    let agent = node.agent_pid().unwrap();
    let etcd = node.container_pid("etcd").unwrap();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(agent),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        alive(etcd),
        "etcd should outlive its agent, as containers outlive the kubelet"
    );
    let out = node.reset();
    assert!(
        stdout(&out).contains("left by an earlier agent"),
        "{}",
        stdout(&out)
    );
    assert!(!alive(etcd));
    assert!(files_under(&node.root()).is_empty());
}

/// systemd is not PID 1 on the machines these tests run on, so a stand-in `systemctl` plays
/// its part: it records its arguments and runs the unit's ExecStart line. What is checked is
/// kubeforge's side: the unit it writes, the commands it issues, and that reset undoes them.
#[test]
fn under_systemd_init_installs_and_starts_the_unit_and_reset_removes_it() {
    use std::os::unix::fs::PermissionsExt;
    let node = Node::new();
    let bin = node.dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let systemctl = bin.join("systemctl");
    std::fs::write(
        &systemctl,
        r#"#!/bin/sh
echo "$*" >> "$FAKE_SYSTEMCTL_LOG"
case "$1" in
  restart)
    cmd=$(sed -n 's/^ExecStart=//p' "$FAKE_UNIT")
    setsid sh -c "exec $cmd" </dev/null >/dev/null 2>&1 &
    ;;
  disable)
    pid=$(cut -d' ' -f1 "$FAKE_PID_FILE" 2>/dev/null)
    [ -n "$pid" ] && kill "$pid"
    i=0; while [ -e "$FAKE_PID_FILE" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done
    ;;
esac
exit 0
"#,
    )
    .unwrap();
    std::fs::set_permissions(&systemctl, std::fs::Permissions::from_mode(0o755)).unwrap();
    let log = node.dir.path().join("systemctl.log");
    let unit = node.paths().systemd_unit();
    let with_fake_systemd = |mut cmd: std::process::Command| {
        let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
        cmd.env("PATH", path)
            .env("KUBEFORGE_INIT_SYSTEM", "systemd")
            .env("FAKE_SYSTEMCTL_LOG", &log)
            .env("FAKE_UNIT", &unit)
            .env("FAKE_PID_FILE", node.paths().agent_pid_file());
        cmd
    };
    let out = run(with_fake_systemd(node.init_cmd(&["init"])));
    assert_success(&out, "init under systemd");
    assert!(
        stdout(&out).contains("Started kubeforge-agent.service"),
        "{}",
        stdout(&out)
    );
    let text = std::fs::read_to_string(&unit).unwrap();
    let exec = format!("ExecStart={BIN} agent --root-dir {}", node.root().display());
    assert!(text.contains(&exec), "{text}");
    assert!(text.contains("Restart=always"));
    let calls = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        calls.lines().collect::<Vec<_>>(),
        [
            "daemon-reload",
            "enable kubeforge-agent.service",
            "restart kubeforge-agent.service"
        ]
    );
    assert!(node.wait_ready(Duration::from_secs(10)));
    let etcd = node.container_pid("etcd").unwrap();

    let mut reset = with_fake_systemd(node.cmd());
    reset.args(["reset", "-f"]);
    let out = run(reset);
    assert_success(&out, "reset under systemd");
    assert!(!unit.exists(), "the unit file is still there");
    let calls = std::fs::read_to_string(&log).unwrap();
    assert!(
        calls.contains("disable --now kubeforge-agent.service"),
        "{calls}"
    );
    assert!(!alive(etcd));
}
