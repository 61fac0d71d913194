//! What the benchmarks share: running the release binary, a cluster that is reset when the
//! benchmark ends (even by a panic), the etcd client credentials, and small statistics.

#![allow(dead_code)]

use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use kubeforge::config::Paths;

pub const BIN: &str = env!("CARGO_BIN_EXE_kubeforge");

/// `kubeforge --root-dir <root> <args>`, which must succeed; with its wall time.
pub fn kubeforge(root: &Path, args: &[&str]) -> (Duration, Output) {
    let start = Instant::now();
    let out = Command::new(BIN)
        .arg("--root-dir")
        .arg(root)
        .args(args)
        .output()
        .unwrap();
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "kubeforge {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (took, out)
}

/// A `kubeforge init` cluster in a temp root on `addr`, reset when dropped.
pub struct Cluster {
    pub dir: tempfile::TempDir,
    pub root: PathBuf,
    pub addr: Ipv4Addr,
}

impl Cluster {
    pub fn init(addr: Ipv4Addr) -> Self {
        Self::init_with(addr, None)
    }

    /// `init --config` with these ClusterConfiguration fields (YAML lines), if any.
    pub fn init_with(addr: Ipv4Addr, cluster_config: Option<&str>) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        let mut args = vec![
            "init".to_owned(),
            "--apiserver-advertise-address".to_owned(),
            addr.to_string(),
        ];
        if let Some(fields) = cluster_config {
            let config = dir.path().join("cluster-config.yaml");
            std::fs::write(
                &config,
                format!("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n{fields}"),
            )
            .unwrap();
            args.extend(["--config".to_owned(), config.display().to_string()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        kubeforge(&root, &args);
        Cluster { dir, root, addr }
    }

    pub fn paths(&self) -> Paths {
        Paths::new(&self.root)
    }

    /// The API server's client credentials for etcd.
    pub fn etcd_tls(&self) -> kubeforge::etcd::ClientTls {
        let pki = self.paths().pki_dir().to_owned();
        let read = |f: &str| std::fs::read_to_string(pki.join(f)).unwrap();
        kubeforge::etcd::ClientTls {
            ca_pem: read("etcd/ca.crt"),
            cert_pem: read("apiserver-etcd-client.crt"),
            key_pem: read("apiserver-etcd-client.key"),
        }
    }

    pub async fn etcd_client(&self) -> etcd_client::Client {
        etcd_client::Client::connect(
            [format!("https://{}:2379", self.addr)],
            Some(kubeforge::etcd::HealthClient::connect_options(Some(
                &self.etcd_tls(),
            ))),
        )
        .await
        .unwrap()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new(BIN)
            .arg("--root-dir")
            .arg(&self.root)
            .args(["reset", "-f"])
            .output();
    }
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub fn median<T: PartialOrd + Copy>(mut v: Vec<T>) -> T {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// A process's resident memory in MiB.
pub fn rss_mib(pid: i32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .unwrap_or(0.0)
        / 1024.0
}
