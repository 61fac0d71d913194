//! PKI generation: the whole kubeadm inventory (3 CAs, 7 leaves, the service-account key) per
//! key algorithm, against two baselines measured in the same run — RSA-2048 (kubeadm's default)
//! and the I/O floor (writing the same files atomically without any cryptography).
//!
//! Run: `cargo bench --bench pki`

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use kubeforge::config::{self, load::InitDocuments};
use kubeforge::pki::{KeyAlgorithm, SanContext, table};

const ROUNDS: usize = 15;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn cluster(alg: KeyAlgorithm) -> config::ClusterConfig {
    let mut docs = InitDocuments::default();
    docs.init.node_registration.name = Some("bench".into());
    docs.init.local_api_endpoint.advertise_address = Some("127.0.0.1".into());
    docs.cluster.encryption_algorithm = Some(alg.to_string());
    config::set_defaults(&mut docs).unwrap();
    config::resolve(&docs).unwrap().cluster
}

fn generate(alg: KeyAlgorithm) -> (Duration, Vec<(std::path::PathBuf, Vec<u8>)>) {
    let cluster = cluster(alg);
    let ctx = SanContext {
        node_name: "bench",
        advertise_address: IpAddr::V4(Ipv4Addr::LOCALHOST),
        cluster: &cluster,
    };
    let mut times = Vec::new();
    let mut files = Vec::new();
    for _ in 0..ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        let pki = dir.path().join("pki");
        let start = Instant::now();
        table::generate_all(&ctx, &pki).unwrap();
        times.push(start.elapsed());
        files = walk(&pki);
    }
    (median(times), files)
}

fn walk(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push((
                e.path().strip_prefix(dir).unwrap().to_owned(),
                std::fs::read(e.path()).unwrap(),
            ));
        }
    }
    out
}

/// Writing the same files the same way (temp file, fsync, rename), with no key generation or
/// signing: what any implementation pays.
fn io_floor(files: &[(std::path::PathBuf, Vec<u8>)]) -> Duration {
    let mut times = Vec::new();
    for _ in 0..ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        let start = Instant::now();
        for (rel, bytes) in files {
            kubeforge::fsutil::write_atomic(&dir.path().join(rel), bytes, 0o600).unwrap();
        }
        times.push(start.elapsed());
    }
    median(times)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    println!(
        "PKI generation, full inventory ({} files), median of {ROUNDS} rounds",
        22
    );
    let (rsa2048, files) = generate(KeyAlgorithm::Rsa2048);
    let floor = io_floor(&files);
    println!(
        "  baseline I/O floor (same files, atomic writes, no crypto): {}",
        ms(floor)
    );
    println!(
        "  baseline RSA-2048 (kubeadm's default):                    {}",
        ms(rsa2048)
    );
    for alg in [
        KeyAlgorithm::EcdsaP256,
        KeyAlgorithm::EcdsaP384,
        KeyAlgorithm::Rsa3072,
    ] {
        let (t, _) = generate(alg);
        println!(
            "  {:<10} {:>9}   RSA-2048/this = {:>5.2}, this/I-O floor = {:>6.2}",
            alg.name(),
            ms(t),
            rsa2048.as_secs_f64() / t.as_secs_f64(),
            t.as_secs_f64() / floor.as_secs_f64()
        );
    }
}
