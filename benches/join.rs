//! `kubeforge join --control-plane` until the new master serves /readyz and its etcd member is
//! a voter, with the per-phase breakdown, against `kubeforge init` of the first master in the
//! same run; and failover: after SIGKILL of master 1's whole process group, how long until a
//! write through master 2's API server succeeds, against how long until a raw etcd put through
//! master 2's member succeeds (etcd's own leader election, the floor).
//!
//! Run: `cargo bench --bench join` (needs etcd on PATH; uses 127.98.R.1–3).

mod common;

use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{kubeforge, median, ms};
use kubeforge::config::Paths;
use kubeforge::kubeconfig::client::ApiClient;

const ROUNDS: u8 = 5;

struct Master {
    dir: tempfile::TempDir,
    addr: Ipv4Addr,
}

impl Master {
    fn new(round: u8, n: u8) -> Self {
        Master {
            dir: tempfile::tempdir().unwrap(),
            addr: Ipv4Addr::new(127, 98, round, n),
        }
    }
    fn root(&self) -> std::path::PathBuf {
        self.dir.path().join("root")
    }
    fn kill(&self) {
        let pid = std::fs::read_to_string(Paths::new(&self.root()).agent_pid_file()).unwrap();
        let pid: i32 = pid.split_whitespace().next().unwrap().parse().unwrap();
        nix::sys::signal::killpg(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
    }
}

impl Drop for Master {
    fn drop(&mut self) {
        let _ = std::process::Command::new(common::BIN)
            .arg("--root-dir")
            .arg(self.root())
            // Master 1 was killed: the others leave a cluster without quorum.
            .args(["reset", "-f", "--allow-quorum-loss"])
            .output();
    }
}

fn phase_timings(
    stderr: &[u8],
    into: &mut BTreeMap<String, Vec<Duration>>,
    order: &mut Vec<String>,
) {
    for line in String::from_utf8_lossy(stderr).lines() {
        if let Some((path, secs)) = line
            .strip_prefix("phase-timing ")
            .and_then(|r| r.split_once(' '))
        {
            if path.contains('/') {
                continue;
            }
            if !order.iter().any(|p| p == path) {
                order.push(path.to_owned());
            }
            into.entry(path.to_owned())
                .or_default()
                .push(Duration::from_secs_f64(secs.parse().unwrap()));
        }
    }
}

fn after<'a>(words: &[&'a str], flag: &str) -> &'a str {
    words[words.iter().position(|w| *w == flag).unwrap() + 1]
}

fn write_ok(client: &ApiClient, name: &str) -> bool {
    let body =
        format!(r#"{{"apiVersion":"v1","kind":"ConfigMap","metadata":{{"name":"{name}"}}}}"#);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(client.request(
        http::Method::POST,
        "/api/v1/namespaces/default/configmaps",
        &[("Content-Type", "application/json")],
        body.into_bytes(),
    ))
    .is_ok_and(|r| r.status.as_u16() == 201)
}

fn etcd_put_ok(root: &Path, addr: Ipv4Addr, n: u32) -> bool {
    let pki = Paths::new(root).pki_dir().to_owned();
    let read = |f: &str| std::fs::read_to_string(pki.join(f)).unwrap();
    let tls = kubeforge::etcd::ClientTls {
        ca_pem: read("etcd/ca.crt"),
        cert_pem: read("apiserver-etcd-client.crt"),
        key_pem: read("apiserver-etcd-client.key"),
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let opts = kubeforge::etcd::HealthClient::connect_options(Some(&tls))
            .with_timeout(Duration::from_millis(500));
        let Ok(mut c) =
            etcd_client::Client::connect([format!("https://{addr}:2379")], Some(opts)).await
        else {
            return false;
        };
        c.put(format!("/bench/failover/{n}"), "x", None)
            .await
            .is_ok()
    })
}

/// Polls `op` every 20 ms from `start` until it succeeds; the time since `start`.
fn until(start: Instant, mut op: impl FnMut(u32) -> bool) -> Duration {
    let mut n = 0;
    loop {
        n += 1;
        if op(n) {
            return start.elapsed();
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no recovery within 60 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn main() {
    let (mut inits, mut first_joins, mut next_joins) = (vec![], vec![], vec![]);
    let (mut etcd_failover, mut api_failover) = (vec![], vec![]);
    let mut phases = BTreeMap::new();
    let mut order = Vec::new();
    for round in 1..=ROUNDS {
        let masters: Vec<Master> = (1..=3).map(|n| Master::new(round, n)).collect();
        let m1 = &masters[0];
        let addr = m1.addr.to_string();
        let (took, out) = kubeforge(
            &m1.root(),
            &[
                "init",
                "--upload-certs",
                "--apiserver-advertise-address",
                &addr,
                "--node-name",
                "m1",
            ],
        );
        inits.push(took);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let words: Vec<&str> = text.split_whitespace().collect();
        let endpoint = words[words
            .windows(2)
            .position(|w| w == ["kubeforge", "join"])
            .unwrap()
            + 2];
        let (token, hash, key) = (
            after(&words, "--token"),
            after(&words, "--discovery-token-ca-cert-hash"),
            after(&words, "--certificate-key"),
        );
        for (i, m) in masters.iter().enumerate().skip(1) {
            let name = format!("m{}", i + 1);
            let addr = m.addr.to_string();
            let args = [
                "join",
                endpoint,
                "--token",
                token,
                "--discovery-token-ca-cert-hash",
                hash,
                "--control-plane",
                "--certificate-key",
                key,
                "--apiserver-advertise-address",
                &addr,
                "--node-name",
                &name,
            ];
            let start = Instant::now();
            let out = std::process::Command::new(common::BIN)
                .arg("--root-dir")
                .arg(m.root())
                .args(args)
                .env("KUBEFORGE_PHASE_TIMINGS", "1")
                .output()
                .unwrap();
            let took = start.elapsed();
            assert!(
                out.status.success(),
                "join: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            // The second join follows the first at once: etcd accepts a new member only once
            // every voter has been connected for 5 s (its strict reconfiguration check).
            if i == 1 {
                first_joins.push(took);
            } else {
                next_joins.push(took);
            }
            phase_timings(&out.stderr, &mut phases, &mut order);
        }
        // Failover: kill master 1; two pollers race from the same instant.
        let m2 = &masters[1];
        let client = ApiClient::from_kubeconfig(&Paths::new(&m2.root()).kubeconfig("admin.conf"))
            .unwrap()
            .with_timeout(Duration::from_millis(1000));
        assert!(write_ok(&client, &format!("before-{round}")));
        m1.kill();
        let killed = Instant::now();
        let (root2, addr2) = (m2.root(), m2.addr);
        let etcd = std::thread::spawn(move || until(killed, |n| etcd_put_ok(&root2, addr2, n)));
        let api = until(killed, |n| write_ok(&client, &format!("after-{round}-{n}")));
        etcd_failover.push(etcd.join().unwrap());
        api_failover.push(api);
    }
    let spread = |v: &[Duration]| {
        format!(
            "median {:>6.0} ms (min {:.0}, max {:.0})",
            ms(median(v.to_vec())),
            ms(*v.iter().min().unwrap()),
            ms(*v.iter().max().unwrap())
        )
    };
    println!("join --control-plane, {ROUNDS} rounds of init + 2 joins");
    println!(
        "  baseline: init of the first master (--upload-certs):     {}",
        spread(&inits)
    );
    println!(
        "  join --control-plane until /readyz and etcd voter:        {}",
        spread(&first_joins)
    );
    println!(
        "  the next join right after it (etcd's 5 s health window):  {}",
        spread(&next_joins)
    );
    println!(
        "  join / init (medians): {:.2}",
        median(first_joins.clone()).as_secs_f64() / median(inits.clone()).as_secs_f64()
    );
    println!("  join per phase (median):");
    for p in order {
        let d = median(phases.remove(&p).unwrap());
        println!("    {p:<22} {:>7.1} ms", ms(d));
    }
    println!("failover: SIGKILL of master 1's process group, {ROUNDS} rounds");
    println!(
        "  baseline: first raw etcd put through master 2's member:   {}",
        spread(&etcd_failover)
    );
    println!(
        "  first API create through master 2's API server:           {}",
        spread(&api_failover)
    );
    println!(
        "  API / etcd (medians): {:.2}",
        median(api_failover.clone()).as_secs_f64() / median(etcd_failover.clone()).as_secs_f64()
    );
}
