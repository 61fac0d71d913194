//! `kubeforge init` until /readyz answers ok, with the per-phase breakdown, against a baseline
//! measured in the same run: the same etcd, with the same certificates and flags, started
//! directly and polled until it serves a read — the floor no bootstrapper can beat.
//!
//! Run: `cargo bench --bench init` (needs etcd on PATH; uses 127.99.0.1–127.99.0.N).

use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kubeforge::config::Paths;

const BIN: &str = env!("CARGO_BIN_EXE_kubeforge");
/// etcd's first leader election is randomised (up to an election timeout), so the spread is
/// wide: many rounds, baseline and init interleaved so both see the same machine load.
const ROUNDS: u8 = 15;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// "median 512 ms (min 301, max 1020)"
fn spread(v: &[Duration]) -> String {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let min = v.iter().min().copied().unwrap_or_default();
    let max = v.iter().max().copied().unwrap_or_default();
    format!(
        "median {:>4.0} ms (min {:.0}, max {:.0})",
        ms(median(v.to_vec())),
        ms(min),
        ms(max)
    )
}

fn kubeforge(root: &std::path::Path, addr: Ipv4Addr, args: &[&str]) -> std::process::Output {
    let out = Command::new(BIN)
        .arg("--root-dir")
        .arg(root)
        .args(args)
        .arg("--apiserver-advertise-address")
        .arg(addr.to_string())
        .env("KUBEFORGE_PHASE_TIMINGS", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn reset(root: &std::path::Path) {
    let out = Command::new(BIN)
        .arg("--root-dir")
        .arg(root)
        .args(["reset", "-f"])
        .output()
        .unwrap();
    assert!(out.status.success());
}

/// Starts etcd exactly as the manifest says and waits for a successful read.
fn etcd_alone(round: u8) -> Duration {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let addr = Ipv4Addr::new(127, 99, 100, round);
    kubeforge(
        root,
        addr,
        &[
            "init",
            "--skip-phases=agent-start,wait-control-plane,upload-config,upload-certs,mark-control-plane,bootstrap-token,show-join-command",
        ],
    );
    let pod = kubeforge::staticpod::parse_manifest(
        &std::fs::read_to_string(Paths::new(root).manifest("etcd")).unwrap(),
    )
    .unwrap();
    let argv = pod.spec.unwrap().containers[0].command.clone().unwrap();
    let pki = Paths::new(root).pki_dir().to_owned();
    let read = |f: &str| std::fs::read_to_string(pki.join(f)).unwrap();
    let client = kubeforge::etcd::HealthClient::new(
        vec![format!("https://{addr}:2379")],
        Some(kubeforge::etcd::ClientTls {
            ca_pem: read("etcd/ca.crt"),
            cert_pem: read("apiserver-etcd-client.crt"),
            key_pem: read("apiserver-etcd-client.key"),
        }),
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    let start = Instant::now();
    let mut child = Command::new(&argv[0])
        .args(&argv[1..])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    while rt.block_on(client.check(Duration::from_secs(1))).is_err() {
        std::thread::sleep(Duration::from_millis(5));
    }
    let took = start.elapsed();
    child.kill().unwrap();
    child.wait().unwrap();
    took
}

fn main() {
    let mut baseline = Vec::new();
    let mut totals = Vec::new();
    let mut phases: BTreeMap<String, Vec<Duration>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for round in 1..=ROUNDS {
        baseline.push(etcd_alone(round));
        let dir = tempfile::tempdir().unwrap();
        let addr = Ipv4Addr::new(127, 99, 0, round);
        let start = Instant::now();
        let out = kubeforge(dir.path(), addr, &["init"]);
        totals.push(start.elapsed());
        for line in String::from_utf8_lossy(&out.stderr).lines() {
            if let Some(rest) = line.strip_prefix("phase-timing ") {
                let (path, secs) = rest.split_once(' ').unwrap();
                if path.contains('/') {
                    continue;
                }
                if !order.iter().any(|p| p == path) {
                    order.push(path.to_owned());
                }
                phases
                    .entry(path.to_owned())
                    .or_default()
                    .push(Duration::from_secs_f64(secs.parse().unwrap()));
            }
        }
        reset(dir.path());
    }
    let ratio = median(totals.clone()).as_secs_f64() / median(baseline.clone()).as_secs_f64();
    println!("kubeforge init until /readyz ok, {ROUNDS} rounds");
    println!(
        "  baseline: etcd alone, same flags and certificates, until a read succeeds: {}",
        spread(&baseline)
    );
    println!(
        "  kubeforge init (whole command, process start to exit):              {}",
        spread(&totals)
    );
    println!("  init / etcd-alone (medians): {ratio:.2}");
    println!("  per phase (median):");
    for p in order {
        let d = median(phases.remove(&p).unwrap());
        println!("    {p:<20} {:>7.1} ms", d.as_secs_f64() * 1000.0);
    }
}
