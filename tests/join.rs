//! join and HA against real clusters: three masters with stacked etcd and a worker, each on its
//! own loopback address and root; losing a master; reset and re-join; and every way a join is
//! refused before it writes anything; and three masters rebuilt from one etcd snapshot.

mod common;

use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Node, assert_success, block_on, files_under, run, stderr, stdout};
use kubeforge::kubeconfig::client::ApiClient;
use serde_json::{Value, json};

/// What `init --upload-certs` printed: the control-plane join command's arguments.
#[derive(Clone)]
struct JoinArgs {
    endpoint: String,
    token: String,
    hash: String,
    key: String,
}

fn init_first_master(node: &Node) -> JoinArgs {
    let mut cmd = node.cmd();
    cmd.args(["init", "--upload-certs", "--node-name", "master-1"])
        .arg("--apiserver-advertise-address")
        .arg(node.address.to_string());
    let out = run(cmd);
    assert_success(&out, "kubeforge init --upload-certs");
    parse_join_args(&stdout(&out))
}

/// The arguments of the control-plane join command in init's output.
fn parse_join_args(text: &str) -> JoinArgs {
    let words: Vec<&str> = text.split_whitespace().collect();
    let after = |flag: &str| {
        let i = words
            .iter()
            .position(|w| *w == flag)
            .unwrap_or_else(|| panic!("{flag} not in init's output:\n{text}"));
        words[i + 1].to_owned()
    };
    let join = words
        .windows(2)
        .position(|w| w == ["kubeforge", "join"])
        .expect("a join command")
        + 1;
    JoinArgs {
        endpoint: words[join + 1].to_owned(),
        token: after("--token"),
        hash: after("--discovery-token-ca-cert-hash"),
        key: after("--certificate-key"),
    }
}

fn join_cmd(node: &Node, name: &str, args: &JoinArgs, control_plane: bool) -> Command {
    let mut cmd = node.cmd();
    cmd.args(["join", &args.endpoint, "--token", &args.token])
        .args(["--discovery-token-ca-cert-hash", &args.hash])
        .args(["--node-name", name])
        .arg("--apiserver-advertise-address")
        .arg(node.address.to_string());
    if control_plane {
        cmd.args(["--control-plane", "--certificate-key", &args.key]);
    }
    cmd
}

fn join(node: &Node, name: &str, args: &JoinArgs, control_plane: bool) -> Output {
    let out = run(join_cmd(node, name, args, control_plane));
    assert_success(&out, &format!("kubeforge join ({name})"));
    out
}

fn kubeforge(node: &Node, args: &[&str]) -> Output {
    let mut cmd = node.cmd();
    cmd.args(args);
    run(cmd)
}

fn get_json(client: &ApiClient, path: &str) -> Value {
    let r = block_on(client.get(path)).unwrap_or_else(|e| panic!("GET {path}: {e}"));
    assert!(
        r.status.is_success(),
        "GET {path}: {} {}",
        r.status,
        r.text()
    );
    serde_json::from_slice(&r.body).unwrap()
}

fn create_configmap(client: &ApiClient, name: &str) -> Result<(), String> {
    let body = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name}, "data": {"k": name}});
    let r = block_on(client.request(
        http::Method::POST,
        "/api/v1/namespaces/default/configmaps",
        &[("Content-Type", "application/json")],
        body.to_string().into_bytes(),
    ))
    .map_err(|e| e.to_string())?;
    if r.status.as_u16() == 201 {
        Ok(())
    } else {
        Err(format!("{} {}", r.status, r.text()))
    }
}

fn wait_for(what: &str, timeout: Duration, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if check() {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("timed out waiting for {what}");
}

/// `etcd member list -o json` on `node`: (name, is learner) of every member.
fn members(node: &Node) -> Vec<(String, bool)> {
    let out = kubeforge(node, &["etcd", "member", "list", "-o", "json"]);
    assert_success(&out, "etcd member list");
    let list: Vec<Value> = serde_json::from_str(&stdout(&out)).unwrap();
    let mut names: Vec<(String, bool)> = list
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap().to_owned(),
                m["isLearner"].as_bool().unwrap(),
            )
        })
        .collect();
    names.sort();
    names
}

fn voters(names: &[&str]) -> Vec<(String, bool)> {
    names.iter().map(|n| (n.to_string(), false)).collect()
}

/// master-1 (init --upload-certs), master-2 and master-3 joined as masters, worker-4 as a
/// worker; and the join arguments init printed.
fn three_masters_and_a_worker() -> ([Node; 4], JoinArgs) {
    let nodes = [Node::new(), Node::new(), Node::new(), Node::new()];
    let args = init_first_master(&nodes[0]);
    join(&nodes[1], "master-2", &args, true);
    join(&nodes[2], "master-3", &args, true);
    join(&nodes[3], "worker-4", &args, false);
    (nodes, args)
}

fn ready_nodes(client: &ApiClient) -> Vec<(String, bool, bool)> {
    let nodes = get_json(client, "/api/v1/nodes");
    let mut out: Vec<(String, bool, bool)> = nodes["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            let ready = n["status"]["conditions"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|c| c["type"] == "Ready" && c["status"] == "True");
            let control_plane = n["metadata"]["labels"]
                .get("node-role.kubernetes.io/control-plane")
                .is_some();
            (
                n["metadata"]["name"].as_str().unwrap().to_owned(),
                ready,
                control_plane,
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn three_masters_and_a_worker_survive_losing_one_master_and_a_master_rejoins_after_reset() {
    let (m1, m2, m3, w4) = (Node::new(), Node::new(), Node::new(), Node::new());
    let args = init_first_master(&m1);
    join(&m2, "master-2", &args, true);
    join(&m3, "master-3", &args, true);
    let out = join(&w4, "worker-4", &args, false);
    assert!(
        stdout(&out).contains("has joined the cluster"),
        "{}",
        stdout(&out)
    );

    // Every master serves the same cluster: four Ready nodes, the right roles.
    let c1 = m1.admin_client();
    let expected = vec![
        ("master-1".to_owned(), true, true),
        ("master-2".to_owned(), true, true),
        ("master-3".to_owned(), true, true),
        ("worker-4".to_owned(), true, false),
    ];
    wait_for("four Ready nodes", Duration::from_secs(60), || {
        ready_nodes(&c1) == expected
    });
    let node = get_json(&c1, "/api/v1/nodes/master-2");
    assert_eq!(
        node["spec"]["taints"][0]["key"], "node-role.kubernetes.io/control-plane",
        "{node}"
    );
    assert_eq!(members(&m1), voters(&["master-1", "master-2", "master-3"]));
    create_configmap(&c1, "from-master-1").unwrap();
    for m in [&m2, &m3] {
        let cm = get_json(
            &m.admin_client(),
            "/api/v1/namespaces/default/configmaps/from-master-1",
        );
        assert_eq!(cm["data"]["k"], "from-master-1");
    }
    // The worker signed nothing itself: its identity came from the CSR the cluster approved.
    assert!(!w4.paths().pki_dir().join("ca.key").exists());
    let csrs = get_json(
        &c1,
        "/apis/certificates.k8s.io/v1/certificatesigningrequests",
    );
    assert!(
        csrs["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["spec"]["username"]
                .as_str()
                .unwrap_or_default()
                .starts_with("system:bootstrap:")),
        "{csrs}"
    );

    // A writer through master 2 records every acknowledged create while master 1 dies.
    let c2 = m2.admin_client().with_timeout(Duration::from_secs(3));
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (c2, acknowledged, stop) = (c2.clone(), acknowledged.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut i = 0;
            while !stop.load(Ordering::Relaxed) {
                let name = format!("w-{i}");
                if create_configmap(&c2, &name).is_ok() {
                    acknowledged.lock().unwrap().push(name);
                }
                i += 1;
                std::thread::sleep(Duration::from_millis(50));
            }
        })
    };
    std::thread::sleep(Duration::from_secs(1));
    let leases_before = get_json(
        &c2,
        "/apis/coordination.k8s.io/v1/namespaces/kube-system/leases",
    );
    m1.kill_all();
    let killed = Instant::now();
    let before = acknowledged.lock().unwrap().len();
    wait_for(
        "writes through master 2 after master 1 died",
        Duration::from_secs(10),
        || acknowledged.lock().unwrap().len() > before + 3,
    );
    eprintln!("writes resumed {:?} after the kill", killed.elapsed());
    // The worker's agent reaches the API through its node-local endpoint: it stays Ready.
    std::thread::sleep(Duration::from_secs(2));
    stop.store(true, Ordering::Relaxed);
    writer.join().unwrap();

    // Scheduler and controller-manager leaders: leases are renewed by someone alive.
    let renew = |leases: &Value, name: &str| {
        leases["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["metadata"]["name"] == name)
            .map(|l| l["spec"]["renewTime"].clone())
    };
    wait_for(
        "leader leases renewed after the kill",
        Duration::from_secs(40),
        || {
            let now = get_json(
                &c2,
                "/apis/coordination.k8s.io/v1/namespaces/kube-system/leases",
            );
            ["kube-scheduler", "kube-controller-manager"]
                .iter()
                .all(|n| renew(&now, n) != renew(&leases_before, n))
        },
    );

    // With master 1 down, resetting master 2 would leave etcd without a quorum: refused, and
    // nothing changed (its manifests are still there, its Node too).
    let out = kubeforge(&m2, &["reset", "-f"]);
    assert!(
        !out.status.success(),
        "reset of master 2 went ahead: {}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("--allow-quorum-loss"),
        "{}",
        stderr(&out)
    );
    assert!(m2.paths().manifest("etcd").exists());

    // Nothing acknowledged was lost, as master 3 sees it.
    let c3 = m3.admin_client();
    let list = get_json(&c3, "/api/v1/namespaces/default/configmaps");
    let present: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["metadata"]["name"].as_str().unwrap())
        .collect();
    for name in acknowledged.lock().unwrap().iter() {
        assert!(
            present.contains(&name.as_str()),
            "acknowledged {name} is missing"
        );
    }
    let worker = ready_nodes(&c3);
    assert!(
        worker.contains(&("worker-4".to_owned(), true, false)),
        "{worker:?}"
    );

    // Master 1 restarted (its agent again) rejoins with its data.
    let mut agent = m1.cmd();
    agent
        .arg("agent")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    std::os::unix::process::CommandExt::process_group(&mut agent, 0);
    let mut restarted = agent.spawn().unwrap();
    assert!(m1.wait_ready(Duration::from_secs(60)), "master 1 back");
    let cm = get_json(
        &m1.admin_client(),
        "/api/v1/namespaces/default/configmaps/w-0",
    );
    assert_eq!(cm["data"]["k"], "w-0");

    // Reset of master 2 leaves two healthy members; it joins again.
    let out = kubeforge(&m2, &["reset", "-f"]);
    assert_success(&out, "reset master 2");
    assert!(
        stdout(&out).contains("Removed etcd member master-2"),
        "{}",
        stdout(&out)
    );
    assert_eq!(members(&m1), voters(&["master-1", "master-3"]));
    wait_for("master-2's Node deleted", Duration::from_secs(10), || {
        !ready_nodes(&c3).iter().any(|(n, _, _)| n == "master-2")
    });
    create_configmap(&c3, "after-reset").unwrap();
    join(&m2, "master-2", &args, true);
    assert_eq!(members(&m1), voters(&["master-1", "master-2", "master-3"]));
    let cm = get_json(
        &m2.admin_client(),
        "/api/v1/namespaces/default/configmaps/after-reset",
    );
    assert_eq!(cm["data"]["k"], "after-reset");

    // The API server's etcd client fails over: with master 3's own etcd member gone (its agent
    // stopped first, so nothing restarts it), master 3's API server still reads and writes
    // through the other members. The first read goes to the dead member and is retried on the
    // next; writes follow it there. (A write sent on a connection that then breaks is not
    // retried — etcd may have applied it — so the read goes first.)
    let pid = |p: Option<i32>| nix::unistd::Pid::from_raw(p.expect("a pid"));
    nix::sys::signal::kill(pid(m3.agent_pid()), nix::sys::signal::Signal::SIGKILL).unwrap();
    let etcd3 = m3.container_pid("etcd");
    nix::sys::signal::kill(pid(etcd3), nix::sys::signal::Signal::SIGKILL).unwrap();
    wait_for("master 3's etcd gone", Duration::from_secs(10), || {
        !common::alive(etcd3.unwrap())
    });
    let c3 = m3.admin_client().with_timeout(Duration::from_secs(5));
    let cm = get_json(&c3, "/api/v1/namespaces/default/configmaps/after-reset");
    assert_eq!(cm["data"]["k"], "after-reset");
    create_configmap(&c3, "no-local-etcd").expect("a write after losing the member");
    let cm = get_json(&c3, "/api/v1/namespaces/default/configmaps/no-local-etcd");
    assert_eq!(cm["metadata"]["name"], "no-local-etcd");
    let cm = get_json(
        &m1.admin_client(),
        "/api/v1/namespaces/default/configmaps/no-local-etcd",
    );
    assert_eq!(cm["metadata"]["name"], "no-local-etcd");
    m1.kill_all();
    restarted.wait().unwrap();
}

#[test]
fn three_masters_lose_all_etcd_data_restore_on_one_and_the_others_rejoin() {
    let ([m1, m2, m3, _w4], args) = three_masters_and_a_worker();
    let c1 = m1.admin_client();
    create_configmap(&c1, "before-snapshot").unwrap();
    let out = kubeforge(&m1, &["etcd", "snapshot", "save", "--name", "nightly"]);
    assert_success(&out, "snapshot save");
    create_configmap(&c1, "after-snapshot").unwrap();

    // The disaster: every master down and the etcd data of all three gone. The worker's agent
    // keeps running, without an API server to talk to.
    for m in [&m1, &m2, &m3] {
        let pids: Vec<i32> = [m.agent_pid(), m.container_pid("etcd")]
            .into_iter()
            .flatten()
            .collect();
        m.kill_all();
        wait_for(
            "the master's processes gone",
            Duration::from_secs(10),
            || !pids.iter().any(|p| common::alive(*p)),
        );
        std::fs::remove_dir_all(m.paths().etcd_data_dir()).unwrap();
    }

    // One command on master 1: its member restored as a one-member cluster, its agent started,
    // and the exact commands for the others (with a fresh token and certificate key: the ones
    // in the snapshot may have expired).
    let out = kubeforge(&m1, &["etcd", "snapshot", "restore", "nightly"]);
    assert_success(&out, "snapshot restore on master 1");
    let text = stdout(&out);
    assert!(
        text.contains("(master-2, master-3) are no longer members"),
        "{text}"
    );
    assert!(text.contains("kubeforge reset -f"), "{text}");
    let rejoin = parse_join_args(&text);
    assert_ne!(rejoin.token, args.token);
    assert_ne!(rejoin.key, args.key);
    assert_eq!(members(&m1), voters(&["master-1"]));
    let c1 = m1.admin_client();
    let cm = get_json(&c1, "/api/v1/namespaces/default/configmaps/before-snapshot");
    assert_eq!(cm["data"]["k"], "before-snapshot");
    let after = block_on(c1.get("/api/v1/namespaces/default/configmaps/after-snapshot")).unwrap();
    assert_eq!(after.status.as_u16(), 404, "{}", after.text());
    // The stale masters' Nodes are gone; the worker's stays and it is Ready again by itself.
    wait_for(
        "the worker Ready on master 1 alone",
        Duration::from_secs(60),
        || {
            ready_nodes(&c1)
                == vec![
                    ("master-1".to_owned(), true, true),
                    ("worker-4".to_owned(), true, false),
                ]
        },
    );

    // The others reset (nothing to leave: their etcd is gone) and join with what was printed.
    for (m, name) in [(&m2, "master-2"), (&m3, "master-3")] {
        assert_success(&kubeforge(m, &["reset", "-f"]), &format!("reset {name}"));
        join(m, name, &rejoin, true);
    }
    assert_eq!(members(&m1), voters(&["master-1", "master-2", "master-3"]));
    wait_for(
        "four Ready nodes after the rejoin",
        Duration::from_secs(60),
        || {
            ready_nodes(&c1)
                == vec![
                    ("master-1".to_owned(), true, true),
                    ("master-2".to_owned(), true, true),
                    ("master-3".to_owned(), true, true),
                    ("worker-4".to_owned(), true, false),
                ]
        },
    );
    // The rejoined masters serve the restored data and take writes that master 1 sees.
    let c3 = m3.admin_client();
    let cm = get_json(&c3, "/api/v1/namespaces/default/configmaps/before-snapshot");
    assert_eq!(cm["data"]["k"], "before-snapshot");
    create_configmap(&c3, "after-rejoin").unwrap();
    let cm = get_json(&c1, "/api/v1/namespaces/default/configmaps/after-rejoin");
    assert_eq!(cm["data"]["k"], "after-rejoin");
}

/// `certs check-expiration -o json` on `node`: the expiry of certificate `name`.
/// A client reading through a node's node-local endpoint (what its own components use) until
/// stopped, keeping every failure.
struct Poller {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<(usize, Vec<String>)>,
}

impl Poller {
    /// `fresh`: build the client from the node's admin.conf before every request (something
    /// rewrites it meanwhile) instead of once.
    fn start(node: &Node, every: Duration, fresh: bool) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let (flag, conf) = (stop.clone(), node.admin_conf());
        let endpoint = std::net::SocketAddr::new(node.address.into(), 6444);
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            let (mut ok, mut failed) = (0, Vec::new());
            let mut client = None;
            while !flag.load(Ordering::Relaxed) {
                if fresh || client.is_none() {
                    client = rt
                        .block_on(kubeforge::agent::api_proxy::client(&conf, endpoint))
                        .ok();
                }
                let read = match &client {
                    Some(c) => {
                        let namespaces: kube::Api<k8s_openapi::api::core::v1::Namespace> =
                            kube::Api::all(c.clone());
                        rt.block_on(namespaces.get("default"))
                            .map_err(|e| e.to_string())
                    }
                    None => Err(format!("{} does not load", conf.display())),
                };
                match read {
                    Ok(_) => ok += 1,
                    Err(e) => failed.push(e),
                }
                std::thread::sleep(every);
            }
            (ok, failed)
        });
        Poller { stop, thread }
    }

    fn assert_no_failure(self, during: &str) {
        self.stop.store(true, Ordering::Relaxed);
        let (ok, failed) = self.thread.join().unwrap();
        assert!(
            failed.is_empty(),
            "{} of {} requests failed during {during}: {:?}",
            failed.len(),
            ok + failed.len(),
            &failed[..failed.len().min(3)]
        );
        assert!(ok > 50, "only {ok} requests during {during}");
    }
}

fn expiry(node: &Node, name: &str) -> String {
    let out = kubeforge(node, &["certs", "check-expiration", "-o", "json"]);
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    report["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("{name} not in {report}"))["expirationDate"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn renewing_every_certificate_master_by_master_fails_no_request() {
    let (m1, m2, m3) = (Node::new(), Node::new(), Node::new());
    let args = init_first_master(&m1);
    join(&m2, "master-2", &args, true);
    join(&m3, "master-3", &args, true);
    let masters = [&m1, &m2, &m3];
    let names = [
        "apiserver",
        "apiserver-etcd-client",
        "etcd-peer",
        "admin.conf",
    ];
    let before: Vec<Vec<String>> = masters
        .iter()
        .map(|m| names.iter().map(|n| expiry(m, n)).collect())
        .collect();
    // Certificates carry whole seconds: renew a second later so the dates differ.
    std::thread::sleep(Duration::from_millis(1100));

    // A client polls throughout through master 1's node-local endpoint (what the node's own
    // components use), while each master in turn renews everything — master 1 included.
    let poller = Poller::start(&m1, Duration::from_millis(20), false);
    for m in masters {
        let apiserver = m.container_pid("kube-apiserver");
        let out = kubeforge(m, &["certs", "renew", "all"]);
        assert_success(&out, "certs renew all");
        // Its API server restarts for the renewed etcd client certificate: wait until the new
        // one is ready before the next master goes.
        wait_for("the API server restarted", Duration::from_secs(60), || {
            m.container_pid("kube-apiserver") != apiserver
        });
        assert!(m.wait_ready(Duration::from_secs(60)), "API server back");
    }
    std::thread::sleep(Duration::from_millis(500));
    poller.assert_no_failure("the renewals");
    // Every master shows its new dates, and nothing to worry about (a joined master has no
    // super-admin.conf: not a problem).
    for (m, old) in masters.iter().zip(&before) {
        let check = kubeforge(m, &["certs", "check-expiration"]);
        assert_success(&check, "certs check-expiration");
        for (name, old) in names.iter().zip(old) {
            assert_ne!(&expiry(m, name), old, "{name} renewed");
        }
    }
    assert_eq!(members(&m1), voters(&["master-1", "master-2", "master-3"]));
}

/// The client certificate in a node's kubelet.conf.
fn kubelet_cert(node: &Node) -> String {
    let path = node.paths().kubeconfig("kubelet.conf");
    let config = kubeforge::kubeconfig::Kubeconfig::load(&path).unwrap();
    config.credentials(&path).unwrap().client_cert_pem.unwrap()
}

#[test]
fn a_worker_renews_its_certificate_through_the_cluster_by_hand_and_by_itself() {
    let (m1, w) = (Node::new(), Node::new());
    // The controller-manager signs node certificates for two minutes here, so that the
    // worker's agent has to renew within the test.
    let config = m1.dir.path().join("cluster.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\ncontrollerManager:\n  extraArgs:\n  - {name: cluster-signing-duration, value: 2m}\n",
    )
    .unwrap();
    let mut cmd = m1.cmd();
    cmd.args([
        "init",
        "--upload-certs",
        "--node-name",
        "master-1",
        "--config",
    ])
    .arg(&config)
    .arg("--apiserver-advertise-address")
    .arg(m1.address.to_string());
    let out = run(cmd);
    assert_success(&out, "kubeforge init");
    let args = parse_join_args(&stdout(&out));
    join(&w, "worker-2", &args, false);
    let joined = Instant::now();
    let first = kubelet_cert(&w);

    // By hand: `certs renew` on a worker goes through the cluster (it has no CA key).
    let out = kubeforge(&w, &["certs", "renew", "kubelet.conf"]);
    assert_success(&out, "certs renew kubelet.conf on the worker");
    assert!(
        stdout(&out).contains("renewed through the cluster"),
        "{}",
        stdout(&out)
    );
    let second = kubelet_cert(&w);
    assert_ne!(second, first);
    let out = kubeforge(&w, &["certs", "renew", "apiserver"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("runs no control plane"),
        "{}",
        stderr(&out)
    );

    // By itself: the agent renews again at two thirds of the lifetime, and the node stays
    // Ready past the expiry of every certificate it had before.
    wait_for("the agent's own renewal", Duration::from_secs(150), || {
        kubelet_cert(&w) != second
    });
    let c1 = m1.admin_client();
    let past_expiry = joined + Duration::from_secs(150);
    while Instant::now() < past_expiry {
        std::thread::sleep(Duration::from_secs(1));
    }
    wait_for(
        "the worker Ready after its first certificates expired",
        Duration::from_secs(60),
        || ready_nodes(&c1).contains(&("worker-2".to_owned(), true, false)),
    );
    let lease = get_json(
        &c1,
        "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/worker-2",
    );
    let renewed: jiff::Timestamp = lease["spec"]["renewTime"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        jiff::Timestamp::now().duration_since(renewed).as_secs() < 30,
        "the worker's lease is being renewed: {lease}"
    );
}

/// A new CA (`<base>.crt`, `<base>.key`) named `cn` in `dir`, made with openssl as an
/// operator's own tooling would.
fn openssl_ca(dir: &std::path::Path, base: &str, cn: &str) {
    let (cert, key) = (format!("{base}.crt"), format!("{base}.key"));
    std::fs::create_dir_all(dir.join(&cert).parent().unwrap()).unwrap();
    let subject = format!("/CN={cn}");
    let mut cmd = Command::new("openssl");
    cmd.current_dir(dir).args([
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        &key,
        "-out",
        &cert,
        "-days",
        "3650",
        "-subj",
        &subject,
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign",
    ]);
    assert_success(&run(cmd), "openssl staging a CA");
}

/// The CA (bundle) a kubeconfig trusts, one PEM block per certificate.
fn kubeconfig_ca(path: &std::path::Path) -> Vec<String> {
    let config = kubeforge::kubeconfig::Kubeconfig::load(path).unwrap();
    split_pem(&config.credentials(path).unwrap().ca_pem)
}

fn split_pem(text: &str) -> Vec<String> {
    kubeforge::pki::ca_rotation::split_pem(text)
}

fn signed_by(cert_pem: &str, ca_pem: &str) -> bool {
    use kubeforge::pki::inspect::ParsedCert;
    let (cert, ca) = (ParsedCert::from_pem(cert_pem), ParsedCert::from_pem(ca_pem));
    cert.unwrap().verify_signed_by(&ca.unwrap()).is_ok()
}

/// A client that trusts `ca_pem` and authenticates with a bearer token.
fn token_client(node: &Node, ca_pem: &str, token: &str) -> ApiClient {
    ApiClient::from_credentials(&kubeforge::kubeconfig::Credentials {
        server: format!("https://{}:6443", node.address),
        ca_pem: ca_pem.to_owned(),
        client_cert_pem: None,
        client_key_pem: None,
        token: Some(token.to_owned()),
    })
    .unwrap()
}

#[test]
fn rotating_the_ca_on_three_masters_and_a_worker_retires_the_old_one_without_downtime() {
    let ([m1, m2, m3, w4], _) = three_masters_and_a_worker();
    let masters = [&m1, &m2, &m3];
    let c1 = m1.admin_client();
    wait_for("four Ready nodes", Duration::from_secs(60), || {
        ready_nodes(&c1).iter().filter(|n| n.1).count() == 4
    });
    let old_admin = m1.dir.path().join("old-admin.conf");
    std::fs::copy(m1.admin_conf(), &old_admin).unwrap();
    // A service-account token issued before the rotation.
    wait_for(
        "the default service account",
        Duration::from_secs(30),
        || {
            block_on(c1.get("/api/v1/namespaces/default/serviceaccounts/default"))
                .is_ok_and(|r| r.status.is_success())
        },
    );
    let request = json!({"apiVersion": "authentication.k8s.io/v1", "kind": "TokenRequest", "spec": {"expirationSeconds": 3600}});
    let r = block_on(c1.request(
        http::Method::POST,
        "/api/v1/namespaces/default/serviceaccounts/default/token",
        &[("Content-Type", "application/json")],
        request.to_string().into_bytes(),
    ))
    .unwrap();
    assert!(r.status.is_success(), "{} {}", r.status, r.text());
    let old_token = serde_json::from_slice::<Value>(&r.body).unwrap()["status"]["token"]
        .as_str()
        .unwrap()
        .to_owned();

    // The new cluster and etcd CAs are staged by the operator, with openssl as an external
    // tool would (the front-proxy CA stays).
    let staged = m1.dir.path().join("new-ca");
    openssl_ca(&staged, "ca", "kubernetes");
    openssl_ca(&staged, "etcd/ca", "etcd-ca");
    let proxy_ca_before =
        std::fs::read_to_string(m1.paths().pki_dir().join("front-proxy-ca.crt")).unwrap();
    let new_ca = std::fs::read_to_string(staged.join("ca.crt")).unwrap();
    let id = kubeforge::pki::ca_rotation::rotation_id(&new_ca).unwrap();

    // A client polls throughout through master 3's node-local endpoint, with that node's
    // admin.conf as it is at the time (the rotation rewrites it).
    let poller = Poller::start(&m3, Duration::from_millis(50), true);

    // Interrupted once master 1 signs with the new CA (every node trusts both): the rotation
    // lives in the cluster, so running the command again resumes it — without taking a node
    // back to an earlier stage.
    let mut first = m1.cmd();
    first.args(["certs", "rotate-ca", "--path"]).arg(&staged);
    let mut first = first
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let reissued = format!("{id}/reissue");
    wait_for(
        "master-1 at the reissue stage",
        Duration::from_secs(120),
        || {
            // Master 1's API server restarts meanwhile: ask master 2's.
            let Ok(r) = block_on(m2.admin_client().get("/api/v1/nodes/master-1")) else {
                return false;
            };
            let node: Value = serde_json::from_slice(&r.body).unwrap_or_default();
            node["metadata"]["annotations"]["kubeforge.io/ca-rotation-applied"] == reissued.as_str()
        },
    );
    first.kill().unwrap();
    first.wait().unwrap();
    let status = kubeforge(&m2, &["certs", "rotate-ca", "--status"]);
    assert_success(&status, "rotate-ca --status");
    assert!(
        stdout(&status).contains(&format!("CA rotation {id} in progress")),
        "{}",
        stdout(&status)
    );
    let other = m1.dir.path().join("other-ca");
    openssl_ca(&other, "ca", "kubernetes");
    let out = kubeforge(
        &m1,
        &["certs", "rotate-ca", "--path", other.to_str().unwrap()],
    );
    assert!(!out.status.success(), "another CA while one rotation runs");
    assert!(stderr(&out).contains("in progress"), "{}", stderr(&out));

    let out = kubeforge(&m1, &["certs", "rotate-ca"]);
    assert_success(&out, "rotate-ca (resumed)");
    let text = stdout(&out);
    assert!(text.contains(&format!("resuming rotation {id}")), "{text}");
    assert!(
        text.contains("stage trust already done on every node")
            && text.contains(&format!("master-1: already at {id}/reissue or past it")),
        "{text}"
    );
    assert!(text.contains("replaced on every node"), "{text}");
    // init --upload-certs had uploaded the old CAs for joining masters: gone, and said so.
    assert!(text.contains("upload-certs --upload-certs"), "{text}");
    poller.assert_no_failure("the rotation");

    // Every master trusts and signs with the new CAs only, and its fresh admin.conf works;
    // its etcd member too (three voters, a snapshot through the new etcd certificates).
    let new_block = split_pem(&new_ca);
    let new_etcd_ca = std::fs::read_to_string(staged.join("etcd/ca.crt")).unwrap();
    for m in masters {
        let pki = m.paths().pki_dir().to_owned();
        let etcd_ca = std::fs::read_to_string(pki.join("etcd/ca.crt")).unwrap();
        assert_eq!(split_pem(&etcd_ca), split_pem(&new_etcd_ca));
        let peer = std::fs::read_to_string(pki.join("etcd/peer.crt")).unwrap();
        assert!(signed_by(&peer, &new_etcd_ca));
        let proxy_ca = std::fs::read_to_string(pki.join("front-proxy-ca.crt")).unwrap();
        assert_eq!(proxy_ca, proxy_ca_before, "not staged, not rotated");
        let ca = std::fs::read_to_string(m.paths().pki_dir().join("ca.crt")).unwrap();
        assert_eq!(split_pem(&ca), new_block);
        assert_eq!(kubeconfig_ca(&m.admin_conf()), new_block);
        let apiserver = std::fs::read_to_string(m.paths().pki_dir().join("apiserver.crt")).unwrap();
        assert!(signed_by(&apiserver, &new_ca));
        let r = m.get(&m.admin_client(), "/api/v1/nodes");
        assert!(r.status.is_success(), "{} {}", r.status, r.text());
    }
    // The worker too, without a hand on it: its certificate comes from the new CA.
    let kubelet_conf = w4.paths().kubeconfig("kubelet.conf");
    assert_eq!(kubeconfig_ca(&kubelet_conf), new_block);
    assert!(signed_by(&kubelet_cert(&w4), &new_ca));
    let c1 = m1.admin_client();
    wait_for(
        "four Ready nodes after the rotation",
        Duration::from_secs(60),
        || ready_nodes(&c1).iter().filter(|n| n.1).count() == 4,
    );
    // The old admin.conf no longer works.
    let old = ApiClient::from_kubeconfig(&old_admin).unwrap();
    assert!(
        block_on(old.get("/api/v1/nodes")).is_err(),
        "the old admin.conf still works"
    );
    // A token issued before the rotation still does (the old public key stays for checking
    // signatures); one issued now does too; garbage does not.
    let r = m2.get(&token_client(&m2, &new_ca, &old_token), "/api");
    assert!(
        r.status.is_success(),
        "old token: {} {}",
        r.status,
        r.text()
    );
    let r = m2.get(&token_client(&m2, &new_ca, "not-a-token"), "/api");
    assert_eq!(r.status.as_u16(), 401);
    // Pods and joining nodes are told about the new CA.
    wait_for(
        "kube-root-ca.crt with the new CA",
        Duration::from_secs(60),
        || {
            let cm = get_json(
                &c1,
                "/api/v1/namespaces/default/configmaps/kube-root-ca.crt",
            );
            split_pem(cm["data"]["ca.crt"].as_str().unwrap_or("")) == new_block
        },
    );
    let info = get_json(
        &c1,
        "/api/v1/namespaces/kube-public/configmaps/cluster-info",
    );
    let info: kubeforge::kubeconfig::Kubeconfig =
        serde_saphyr::from_str(info["data"]["kubeconfig"].as_str().unwrap()).unwrap();
    let info_ca =
        kubeforge::discovery::cluster_info::from_kubeconfig(&info, "cluster-info").unwrap();
    assert_eq!(split_pem(&info_ca.ca_pem), new_block);
    for secret in ["kubeforge-ca-rotation", "kubeadm-certs"] {
        let r = m1.get(
            &c1,
            &format!("/api/v1/namespaces/kube-system/secrets/{secret}"),
        );
        assert_eq!(r.status.as_u16(), 404, "{secret} left in the cluster");
    }
    let status = stdout(&kubeforge(&m3, &["certs", "rotate-ca", "--status"]));
    assert!(status.contains("No CA rotation in progress"), "{status}");
    assert_eq!(status.matches("finish, complete").count(), 8, "{status}");
    // A node joins afterwards with what `token create --print-join-command` prints now: the
    // new CA's hash, and discovery through cluster-info's new CA.
    let out = kubeforge(&m1, &["token", "create", "--print-join-command"]);
    assert_success(&out, "token create --print-join-command");
    let printed = stdout(&out);
    let words: Vec<&str> = printed.split_whitespace().collect();
    let after = |flag: &str| words[words.iter().position(|w| *w == flag).unwrap() + 1];
    let new_hash = kubeforge::pki::pin::ca_cert_hash(&new_ca).unwrap();
    assert_eq!(after("--discovery-token-ca-cert-hash"), new_hash);
    // (written as a kubeadm JoinConfiguration, as an operator with a config management tool
    // would)
    let endpoint = words[words.iter().position(|w| *w == "join").unwrap() + 1];
    let w5 = Node::new();
    let config = w5.dir.path().join("join.yaml");
    std::fs::write(
        &config,
        format!(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\ndiscovery:\n  bootstrapToken:\n    apiServerEndpoint: {endpoint}\n    token: {}\n    caCertHashes: [{new_hash}]\nnodeRegistration:\n  name: worker-5\n",
            after("--token")
        ),
    )
    .unwrap();
    let mut cmd = w5.cmd();
    cmd.args(["join", "--config"])
        .arg(&config)
        .arg("--apiserver-advertise-address")
        .arg(w5.address.to_string());
    assert_success(&run(cmd), "join --config (worker-5)");
    wait_for("the new worker Ready", Duration::from_secs(60), || {
        ready_nodes(&c1).contains(&("worker-5".to_owned(), true, false))
    });
    assert_eq!(members(&m1), voters(&["master-1", "master-2", "master-3"]));
    let out = kubeforge(
        &m2,
        &["etcd", "snapshot", "save", "--name", "after-rotation"],
    );
    assert_success(&out, "etcd snapshot save after the rotation");
}

#[test]
fn a_join_with_bad_credentials_is_refused_before_anything_is_written() {
    let m1 = Node::new();
    let args = init_first_master(&m1);
    let joiner = Node::new();
    let refused = |cmd: Command, expect: &str| {
        let out = run(cmd);
        assert!(!out.status.success(), "join should fail: {}", stdout(&out));
        let err = stderr(&out);
        assert!(err.contains(expect), "expected {expect:?} in:\n{err}");
        assert_eq!(
            files_under(&joiner.root()),
            Vec::<String>::new(),
            "a refused join wrote files"
        );
    };

    // Wrong CA hash: the discovered CA is not the one pinned.
    let wrong_hash = JoinArgs {
        hash: format!("sha256:{}", "0".repeat(64)),
        ..args.clone()
    };
    refused(
        join_cmd(&joiner, "j", &wrong_hash, true),
        "is not pinned by --discovery-token-ca-cert-hash",
    );

    // A token the cluster does not know (or that expired and was cleaned up).
    let unknown = JoinArgs {
        token: "zzzzzz.0123456789abcdef".into(),
        ..args.clone()
    };
    let mut cmd = join_cmd(&joiner, "j", &unknown, true);
    cmd.args(["--discovery-timeout", "2s"]);
    refused(cmd, "has no signature for token id \"zzzzzz\"");

    // The right token id with the wrong secret: the signature does not match.
    let id = args.token.split('.').next().unwrap();
    let forged = JoinArgs {
        token: format!("{id}.0000000000000000"),
        ..args.clone()
    };
    refused(
        join_cmd(&joiner, "j", &forged, true),
        "does not match the token's secret",
    );

    // A wrong certificate key decrypts nothing; nothing is written.
    let wrong_key = JoinArgs {
        key: "ab".repeat(32),
        ..args.clone()
    };
    refused(
        join_cmd(&joiner, "j", &wrong_key, true),
        "does not decrypt the uploaded certificates",
    );

    // Expired uploaded certificates: the Secret is gone.
    let mut cmd = m1.cmd();
    cmd.args(["token", "list", "-o", "json"]);
    let out = run(cmd);
    assert_success(&out, "token list");
    let tokens: Vec<Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(
        tokens
            .iter()
            .any(|t| t["token"] == args.token.as_str() && t["ttl"] != "<forever>"),
        "{tokens:?}"
    );
    let r = block_on(m1.admin_client().request(
        http::Method::DELETE,
        "/api/v1/namespaces/kube-system/secrets/kubeadm-certs",
        &[],
        Vec::new(),
    ))
    .unwrap();
    assert!(r.status.is_success(), "{}", r.text());
    refused(
        join_cmd(&joiner, "j", &args, true),
        "kubeforge init phase upload-certs --upload-certs",
    );

    // Re-uploading prints a new key that works; token create prints a working join command.
    let mut cmd = m1.cmd();
    cmd.args(["init", "phase", "upload-certs", "--upload-certs"]);
    let out = run(cmd);
    assert_success(&out, "init phase upload-certs");
    let new_key = stdout(&out)
        .split_whitespace()
        .find(|w| w.len() == 64 && w.bytes().all(|b| b.is_ascii_hexdigit()))
        .expect("a new certificate key")
        .to_owned();
    let mut cmd = m1.cmd();
    cmd.args([
        "token",
        "create",
        "--print-join-command",
        "--ttl",
        "10m",
        "--certificate-key",
        &new_key,
    ]);
    let out = run(cmd);
    assert_success(&out, "token create --print-join-command");
    let printed = stdout(&out);
    let words: Vec<&str> = printed.split_whitespace().collect();
    assert_eq!(&words[..2], ["kubeforge", "join"], "{printed}");
    let mut cmd = joiner.cmd();
    cmd.args(&words[1..])
        .args(["--node-name", "joiner"])
        .arg("--apiserver-advertise-address")
        .arg(joiner.address.to_string());
    assert_success(&run(cmd), "join with the printed command");
    assert_eq!(members(&m1), voters(&["joiner", "master-1"]));

    // `etcd member remove` from another master (here the joiner is still up: with two members,
    // losing one would already have cost the quorum a removal needs).
    let out = kubeforge(&m1, &["etcd", "member", "remove", "nobody"]);
    assert!(stderr(&out).contains("members are:"), "{}", stderr(&out));
    assert_success(
        &kubeforge(&m1, &["etcd", "member", "remove", "joiner"]),
        "etcd member remove joiner",
    );
    assert_eq!(members(&m1), voters(&["master-1"]));
    joiner.kill_all();

    // An expired token: its signature leaves cluster-info, so discovery finds none.
    let out = kubeforge(&m1, &["token", "create", "--ttl", "1s"]);
    assert_success(&out, "token create --ttl 1s");
    let short = stdout(&out).trim().to_owned();
    std::thread::sleep(Duration::from_secs(4));
    let expired = JoinArgs {
        token: short,
        ..args.clone()
    };
    let late = Node::new();
    let mut cmd = join_cmd(&late, "late", &expired, false);
    cmd.args(["--discovery-timeout", "3s"]);
    let out = run(cmd);
    assert!(!out.status.success(), "an expired token joined");
    assert!(
        stderr(&out).contains("has no signature for token id"),
        "{}",
        stderr(&out)
    );
    assert!(files_under(&late.root()).is_empty());

    // token delete removes it: `token list` no longer shows it.
    let new_token = words[words.iter().position(|w| *w == "--token").unwrap() + 1];
    assert_success(
        &kubeforge(&m1, &["token", "delete", new_token]),
        "token delete",
    );
    let out = kubeforge(&m1, &["token", "list"]);
    assert!(!stdout(&out).contains(new_token), "{}", stdout(&out));
}

/// Three network namespaces on a bridge, one per master (each master's traffic leaves from
/// its own address, as on separate machines, so etcd's peer certificate checks hold), plus an
/// address for the test itself on the bridge. Any namespace can be cut off by taking its link
/// down. Removed on drop.
struct Network {
    tag: u32,
    prefix: [u8; 2],
}

impl Network {
    fn ns(&self, i: u8) -> String {
        format!("kf-{}-{i}", self.tag)
    }
    fn link(&self, i: u8) -> String {
        format!("kf{}v{i}", self.tag)
    }
    fn bridge(&self) -> String {
        format!("kf{}br", self.tag)
    }
    fn address(&self, host: u8) -> std::net::Ipv4Addr {
        std::net::Ipv4Addr::new(10, self.prefix[0], self.prefix[1], host)
    }

    fn new(hosts: u8) -> Option<Self> {
        let pid = std::process::id();
        let net = Network {
            tag: pid % 100_000,
            prefix: [200 + (pid % 50) as u8, (pid / 50 % 250) as u8],
        };
        let cidr = |h: u8| format!("{}/24", net.address(h));
        let mut steps: Vec<Vec<String>> = vec![
            vec![
                "link".into(),
                "add".into(),
                net.bridge(),
                "type".into(),
                "bridge".into(),
            ],
            vec![
                "addr".into(),
                "add".into(),
                cidr(254),
                "dev".into(),
                net.bridge(),
            ],
            vec!["link".into(), "set".into(), net.bridge(), "up".into()],
        ];
        for i in 1..=hosts {
            let (ns, link, peer) = (net.ns(i), net.link(i), format!("kf{}p{i}", net.tag));
            steps.extend([
                vec!["netns".into(), "add".into(), ns.clone()],
                vec![
                    "link".into(),
                    "add".into(),
                    link.clone(),
                    "type".into(),
                    "veth".into(),
                    "peer".into(),
                    "name".into(),
                    peer.clone(),
                ],
                vec![
                    "link".into(),
                    "set".into(),
                    peer.clone(),
                    "netns".into(),
                    ns.clone(),
                ],
                vec![
                    "link".into(),
                    "set".into(),
                    link.clone(),
                    "master".into(),
                    net.bridge(),
                ],
                vec!["link".into(), "set".into(), link.clone(), "up".into()],
                vec![
                    "-n".into(),
                    ns.clone(),
                    "addr".into(),
                    "add".into(),
                    cidr(i),
                    "dev".into(),
                    peer.clone(),
                ],
                vec![
                    "-n".into(),
                    ns.clone(),
                    "link".into(),
                    "set".into(),
                    peer,
                    "up".into(),
                ],
                vec![
                    "-n".into(),
                    ns.clone(),
                    "link".into(),
                    "set".into(),
                    "lo".into(),
                    "up".into(),
                ],
            ]);
        }
        for step in steps {
            let out = Command::new("ip").args(&step).output().ok()?;
            if !out.status.success() {
                eprintln!(
                    "NOTICE: ip {step:?} failed ({}); skipping the partition test",
                    stderr(&out).trim()
                );
                return None;
            }
        }
        // Bridge ports start forwarding after a moment.
        std::thread::sleep(Duration::from_millis(500));
        Some(net)
    }

    fn set_link(&self, i: u8, up: bool) {
        let state = if up { "up" } else { "down" };
        let out = Command::new("ip")
            .args(["link", "set", &self.link(i), state])
            .output()
            .unwrap();
        assert_success(&out, "ip link set");
    }

    /// `cmd` run inside namespace `i`.
    fn exec(&self, i: u8, cmd: &Command) -> Command {
        let mut wrapped = Command::new("ip");
        wrapped
            .args(["netns", "exec", &self.ns(i)])
            .arg(cmd.get_program())
            .args(cmd.get_args());
        wrapped.env_clear();
        for (k, v) in cmd.get_envs() {
            if let Some(v) = v {
                wrapped.env(k, v);
            }
        }
        wrapped
    }
}

impl Drop for Network {
    fn drop(&mut self) {
        for i in 1..=3 {
            let _ = Command::new("ip")
                .args(["link", "del", &self.link(i)])
                .output();
            let _ = Command::new("ip")
                .args(["netns", "del", &self.ns(i)])
                .output();
        }
        let _ = Command::new("ip")
            .args(["link", "del", &self.bridge()])
            .output();
    }
}

#[test]
fn a_partitioned_master_refuses_writes_and_catches_up_after_healing() {
    let Some(kubectl) = common::kubectl() else {
        eprintln!("NOTICE: kubectl not found; skipping the partition test");
        return;
    };
    let Some(net) = Network::new(3) else {
        return;
    };
    let node = |h: u8| Node {
        dir: tempfile::Builder::new()
            .prefix("kubeforge-test-")
            .tempdir()
            .unwrap(),
        address: net.address(h),
    };
    let (m1, m2, m3) = (node(1), node(2), node(3));
    let mut init = m1.cmd();
    init.args(["init", "--upload-certs", "--node-name", "master-1"])
        .arg("--apiserver-advertise-address")
        .arg(m1.address.to_string());
    let out = run(net.exec(1, &init));
    assert_success(&out, "init in namespace 1");
    let args = parse_join_args(&stdout(&out));
    for (i, m, name) in [(2, &m2, "master-2"), (3, &m3, "master-3")] {
        let out = run(net.exec(i, &join_cmd(m, name, &args, true)));
        assert_success(&out, &format!("join {name} in its namespace"));
    }
    let mut list = m1.cmd();
    list.args(["etcd", "member", "list", "-o", "json"]);
    let out = run(net.exec(1, &list));
    assert_success(&out, "etcd member list");
    assert_eq!(
        stdout(&out).matches("\"isLearner\": false").count(),
        3,
        "{}",
        stdout(&out)
    );
    let kubectl_on = |m: &Node, args: &[&str]| {
        let mut c = Command::new(&kubectl);
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", m.dir.path())
            .env("KUBECONFIG", m.admin_conf())
            .args(args);
        c
    };

    net.set_link(3, false);
    // The majority keeps working (the test reaches master 1 over the bridge).
    let c1 = m1.admin_client().with_timeout(Duration::from_secs(3));
    wait_for(
        "a write on the majority side",
        Duration::from_secs(15),
        || create_configmap(&c1, "majority").is_ok(),
    );
    // The cut-off master refuses writes: its etcd member has no leader.
    let out = run(net.exec(
        3,
        &kubectl_on(
            &m3,
            &["create", "configmap", "minority", "--request-timeout=8s"],
        ),
    ));
    assert!(
        !out.status.success(),
        "a write on the minority side succeeded: {}",
        stdout(&out)
    );

    // Healed, it catches up: master 3 serves what the majority wrote meanwhile.
    net.set_link(3, true);
    wait_for("master 3 caught up", Duration::from_secs(30), || {
        run(net.exec(
            3,
            &kubectl_on(
                &m3,
                &["get", "configmap", "majority", "--request-timeout=3s"],
            ),
        ))
        .status
        .success()
    });
    let out = run(net.exec(3, &kubectl_on(&m3, &["create", "configmap", "healed"])));
    assert_success(&out, "a write through master 3 after healing");
}
