//! etcd snapshots against `etcdctl snapshot save` on the same database in the same run:
//! - save throughput (MiB/s) of `kubeforge etcd snapshot save` (stream, checksum, integrity
//!   check of every page, atomic write, sidecar) vs `etcdctl snapshot save`, interleaved
//!   round by round, on a database of more than 500 MiB;
//! - the wall time of `kubeforge etcd snapshot restore --force` of that snapshot (verify, stop
//!   the control plane, rebuild the data directory, bump the revision, start again, wait for
//!   etcd).
//!
//! Run: `cargo bench --bench snapshot` (needs etcd and etcdctl on PATH; uses 127.96.0.1 and
//! about 4 GiB of disk under the temp dir).

mod common;

use std::net::Ipv4Addr;
use std::process::Command;
use std::time::Instant;

use common::{BIN, Cluster, median};

const ROUNDS: usize = 3;
const VALUE: usize = 512 * 1024;
const TARGET_DB: u64 = 560 * 1024 * 1024;

/// `kubeforge` with the wall time and stdout.
fn kubeforge(root: &std::path::Path, args: &[&str]) -> (std::time::Duration, String) {
    let (took, out) = common::kubeforge(root, args);
    (took, String::from_utf8_lossy(&out.stdout).into_owned())
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let cluster = Cluster::init(Ipv4Addr::new(127, 96, 0, 1));
    run(&cluster).await;
}

async fn run(cluster: &Cluster) {
    let (root, scratch) = (cluster.root.as_path(), cluster.dir.path());
    let pki = cluster.paths().pki_dir().to_owned();
    let endpoint = format!("https://{}:2379", cluster.addr);
    let etcd = cluster.etcd_client().await;

    // Fill etcd past 500 MiB with incompressible values outside /registry (so the API
    // server's watch cache does not hold them).
    let keys = (TARGET_DB as usize).div_ceil(VALUE);
    let fill = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..4 {
        let mut kv = etcd.kv_client();
        tasks.push(tokio::spawn(async move {
            let mut state: u64 = 0x9E37_79B9_7F4A_7C15 ^ w as u64;
            for i in (w..keys).step_by(4) {
                let value: Vec<u8> = (0..VALUE)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        state as u8
                    })
                    .collect();
                kv.put(format!("/bench/blob-{i:05}"), value, None)
                    .await
                    .unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let db_size = etcd.maintenance_client().status().await.unwrap().db_size() as u64;
    println!(
        "etcd snapshot benchmarks (release build, 2 vCPUs)\n\ndatabase: {keys} values of {} KiB, {:.0} MiB on disk (filled in {:.1} s)\n",
        VALUE / 1024,
        mib(db_size),
        fill.elapsed().as_secs_f64()
    );

    let etcdctl_file = scratch.join("etcdctl.db");
    let (mut base, mut ours) = (Vec::new(), Vec::new());
    let mut last_name = String::new();
    for round in 0..ROUNDS {
        let _ = std::fs::remove_file(&etcdctl_file);
        let start = Instant::now();
        let out = Command::new("etcdctl")
            .env("ETCDCTL_API", "3")
            .arg(format!("--endpoints={endpoint}"))
            .arg(format!("--cacert={}", pki.join("etcd/ca.crt").display()))
            .arg(format!(
                "--cert={}",
                pki.join("apiserver-etcd-client.crt").display()
            ))
            .arg(format!(
                "--key={}",
                pki.join("apiserver-etcd-client.key").display()
            ))
            .args(["snapshot", "save"])
            .arg(&etcdctl_file)
            .output()
            .unwrap();
        let took = start.elapsed();
        assert!(
            out.status.success(),
            "etcdctl: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let size = std::fs::metadata(&etcdctl_file).unwrap().len();
        base.push(mib(size) / took.as_secs_f64());

        if !last_name.is_empty() {
            kubeforge(root, &["etcd", "snapshot", "delete", &last_name]);
        }
        last_name = format!("bench-{round}");
        let (took, _) = kubeforge(root, &["etcd", "snapshot", "save", "--name", &last_name]);
        let size = std::fs::metadata(
            root.join("var/lib/kubeforge/snapshots")
                .join(format!("{last_name}.db")),
        )
        .unwrap()
        .len();
        ours.push(mib(size) / took.as_secs_f64());
        println!(
            "  round {round}: etcdctl {:.0} MiB/s, kubeforge {:.0} MiB/s",
            base[round], ours[round]
        );
    }
    let _ = std::fs::remove_file(&etcdctl_file);
    let (b, o) = (median(base), median(ours));
    println!("\nsnapshot save throughput (median of {ROUNDS}, process start to exit)");
    println!("  baseline: etcdctl snapshot save:     {b:.0} MiB/s");
    println!(
        "  kubeforge etcd snapshot save:        {o:.0} MiB/s   ratio {:.2} (target >= 0.90)",
        o / b
    );

    // Where kubeforge's time goes, from its own debug log.
    let out = Command::new(BIN)
        .arg("--root-dir")
        .arg(root)
        .args(["--v=4", "etcd", "snapshot", "save", "--name", "breakdown"])
        .output()
        .unwrap();
    for line in String::from_utf8_lossy(&out.stderr).lines() {
        if line.contains("snapshot written and verified") {
            println!("  breakdown of one more save: {}", line.trim());
        }
    }
    kubeforge(root, &["etcd", "snapshot", "delete", "breakdown"]);

    drop(etcd);
    let (took, _) = kubeforge(
        root,
        &["etcd", "snapshot", "restore", &last_name, "--force"],
    );
    println!(
        "\nrestore of that snapshot ({:.0} MiB), until etcd is healthy again: {:.1} s (target < 30 s)",
        mib(db_size),
        took.as_secs_f64()
    );
}
