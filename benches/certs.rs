//! Certificate renewal on a running release cluster:
//! - `kubeforge certs renew all` (12 certificates and kubeconfigs re-signed with their keys,
//!   backups, all-or-nothing writes), process start to exit, against the baseline of
//!   `kubeforge init phase certs all` generating the whole PKI from nothing in a fresh root,
//!   interleaved round by round;
//! - how long after `certs renew apiserver` returns the API server serves the renewed
//!   certificate, without a restart (polled with TLS handshakes).
//!
//! Run: `cargo bench --bench certs` (needs etcd and openssl on PATH; uses 127.93.0.1).

mod common;

use std::net::Ipv4Addr;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Cluster, kubeforge, median, ms};

const ROUNDS: usize = 9;

fn served_not_after(addr: Ipv4Addr) -> String {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "openssl s_client -connect {addr}:6443 </dev/null 2>/dev/null | openssl x509 -noout -enddate"
        ))
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn main() {
    let cluster = Cluster::init(Ipv4Addr::new(127, 93, 0, 1));
    measure(&cluster);
}

fn measure(cluster: &Cluster) {
    let (root, scratch, addr) = (cluster.root.as_path(), cluster.dir.path(), cluster.addr);
    let (mut generate, mut renew, mut reload) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let fresh = scratch.join(format!("fresh-{round}"));
        generate.push(
            kubeforge(
                &fresh,
                &[
                    "init",
                    "phase",
                    "certs",
                    "all",
                    "--apiserver-advertise-address",
                    &addr.to_string(),
                ],
            )
            .0,
        );
        let pid_file = kubeforge::config::Paths::new(root)
            .container_pid_file("kube-apiserver", "kube-apiserver");
        let apiserver = std::fs::read_to_string(&pid_file).unwrap_or_default();
        renew.push(kubeforge(root, &["certs", "renew", "all"]).0);
        // The API server restarts for its renewed etcd client certificate: wait until the
        // new process answers.
        let restarting = Instant::now();
        while std::fs::read_to_string(&pid_file).unwrap_or_default() == apiserver
            || served_not_after(addr).is_empty()
        {
            assert!(restarting.elapsed() < Duration::from_secs(60), "no restart");
            std::thread::sleep(Duration::from_millis(100));
        }
        std::thread::sleep(Duration::from_secs(1));
        // Hot reload alone: renewing only the serving certificate restarts nothing.
        let before = served_not_after(addr);
        // Certificates carry whole seconds: let the new one differ from the old.
        std::thread::sleep(Duration::from_millis(1100));
        kubeforge(root, &["certs", "renew", "apiserver"]);
        let renewed = Instant::now();
        loop {
            let now = served_not_after(addr);
            assert!(!now.is_empty(), "the API server stopped answering");
            if now != before {
                break;
            }
            assert!(
                renewed.elapsed() < Duration::from_secs(30),
                "never reloaded"
            );
        }
        reload.push(renewed.elapsed());
    }
    let (g, r, l) = (median(generate), median(renew), median(reload));
    println!("certificate renewal (release build, ECDSA-P256, median of {ROUNDS} rounds)\n");
    println!(
        "  baseline: init phase certs all (whole PKI, fresh root): {:.1} ms",
        ms(g)
    );
    println!(
        "  kubeforge certs renew all:                             {:.1} ms   ratio {:.2} (target < 1 s)",
        ms(r),
        r.as_secs_f64() / g.as_secs_f64()
    );
    println!(
        "  renewed serving certificate seen by clients after:     {:.0} ms (target < 2 s)",
        ms(l)
    );
}
