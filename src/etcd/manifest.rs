//! The local etcd member's static Pod: kubeadm's flags, with every listener on the node's own
//! advertise address (so several nodes can share one machine on distinct loopback addresses).

use std::collections::BTreeMap;
use std::net::IpAddr;

use k8s_openapi::api::core::v1::Pod;

use super::{EtcdBinary, EtcdVersion};
use crate::config::{LocalEtcd, Paths};
use crate::pki::table;
use crate::staticpod::{ComponentPod, HttpProbe, component_pod, merge_args, url};

pub const CLIENT_PORT: u16 = 2379;
pub const PEER_PORT: u16 = 2380;
pub const METRICS_PORT: u16 = 2381;

/// Where a member stands when it starts: the first member creates the cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClusterState {
    New,
    Existing,
}

/// The etcd Pod for this node. `initial_cluster` is `name=peerURL,…` (just this node on init).
pub fn local_etcd_pod(
    binary: &EtcdBinary,
    node_name: &str,
    advertise_address: IpAddr,
    paths: &Paths,
    local: &LocalEtcd,
    initial_cluster: Option<&str>,
) -> Pod {
    let host = advertise_address.to_string();
    let client_url = url("https", &host, CLIENT_PORT);
    let peer_url = url("https", &host, PEER_PORT);
    let pki = paths.pki_dir();
    let file = |name: &str, key: bool| {
        let spec = table::spec(name).expect("etcd rows are in the table");
        let p = if key {
            spec.key_path(pki)
        } else {
            spec.cert_path(pki)
        };
        p.display().to_string()
    };
    let self_cluster = format!("{node_name}={peer_url}");
    let state = if initial_cluster.is_some() {
        ClusterState::Existing
    } else {
        ClusterState::New
    };
    let mut args: Vec<(&str, String)> = vec![
        ("name", node_name.to_owned()),
        ("data-dir", paths.etcd_data_dir().display().to_string()),
        ("advertise-client-urls", client_url.clone()),
        ("listen-client-urls", client_url),
        ("initial-advertise-peer-urls", peer_url.clone()),
        ("listen-peer-urls", peer_url),
        (
            "initial-cluster",
            initial_cluster.unwrap_or(&self_cluster).to_owned(),
        ),
        (
            "initial-cluster-state",
            match state {
                ClusterState::New => "new",
                ClusterState::Existing => "existing",
            }
            .into(),
        ),
        ("listen-metrics-urls", url("http", &host, METRICS_PORT)),
        // Client mTLS.
        ("cert-file", file("etcd-server", false)),
        ("key-file", file("etcd-server", true)),
        ("trusted-ca-file", file("etcd-ca", false)),
        ("client-cert-auth", "true".into()),
        // Peer mTLS.
        ("peer-cert-file", file("etcd-peer", false)),
        ("peer-key-file", file("etcd-peer", true)),
        ("peer-trusted-ca-file", file("etcd-ca", false)),
        ("peer-client-cert-auth", "true".into()),
        ("snapshot-count", "10000".into()),
        ("logger", "zap".into()),
    ];
    args.extend(version_specific_args(binary.version));
    let mut command = vec![binary.path.display().to_string()];
    command.extend(merge_args(args, &local.extra_args));
    component_pod(ComponentPod {
        name: "etcd",
        image: format!("etcd:{}", binary.version),
        command,
        cpu_request: "100m",
        liveness: Some(HttpProbe {
            scheme: "HTTP",
            host: host.clone(),
            port: METRICS_PORT,
            // /health exists on every supported version (/livez only from 3.5).
            path: "/health",
        }),
        readiness: None,
        annotations: BTreeMap::from([(
            "kubeadm.kubernetes.io/etcd.advertise-client-urls".to_owned(),
            url("https", &host, CLIENT_PORT),
        )]),
        env: vec![],
    })
}

/// Flags whose spelling changed across etcd releases.
fn version_specific_args(v: EtcdVersion) -> Vec<(&'static str, String)> {
    if v.minor >= 6 || v.major > 3 {
        vec![("feature-gates", "InitialCorruptCheck=true".into())]
    } else {
        vec![
            ("experimental-initial-corrupt-check", "true".into()),
            ("experimental-watch-progress-notify-interval", "5s".into()),
        ]
    }
}
