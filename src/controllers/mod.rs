//! `kubeforge controller-manager`: the controllers compiled into one process, as in Kubernetes.
//! Each controller is a set of informer handlers that queue keys plus workers that reconcile
//! them (see [`runtime`]); all share one informer per resource type. Health and metrics are
//! served at once on 10257; the controllers run only while this process leads the
//! `kube-system/kube-controller-manager` Lease, so with several masters exactly one acts.

pub(crate) mod bootstrap_tokens;
mod certificates;
mod clusterrole_aggregation;
mod context;
mod cronjob;
mod daemonset;
mod deployment;
mod disruption;
mod endpoints;
mod endpointslice;
mod garbage_collector;
mod job;
mod namespace;
mod node_ipam;
mod node_lifecycle;
mod pod_control;
mod pod_gc;
mod replicaset;
mod resourcequota;
mod revisions;
mod root_ca;
pub mod runtime;
mod serviceaccount;
mod serviceaccount_token;
mod statefulset;
mod ttl_after_finished;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use kube::config::{KubeConfigOptions, Kubeconfig};

pub use context::{Context, Informers};

use crate::controlplane::CONTROLLER_MANAGER_PORT;
use crate::leader_election::{LeaderElectionOptions, LeaderElector, Outcome, serve_while_leading};
use crate::serving::component::{self, ComponentOptions, Extras};

#[derive(Clone, Debug, clap::Args)]
pub struct ControllerManagerOptions {
    #[command(flatten)]
    pub component: ComponentOptions,
    #[command(flatten)]
    pub leader_election: LeaderElectionOptions,
    /// Controllers to enable: '*' enables the default set, 'foo' enables foo, '-foo'
    /// disables foo (run `kubeforge controller-manager --help` for the names)
    #[arg(long, value_delimiter = ',', default_value = "*")]
    pub controllers: Vec<String>,
    #[command(flatten)]
    pub settings: Settings,
}

/// Tunables shared by the controllers (kube-controller-manager's flag names and defaults).
#[derive(Clone, Debug, clap::Args)]
pub struct Settings {
    /// How long a node may go without a heartbeat (Lease renewal or status update) before it
    /// is marked Ready=Unknown and tainted unreachable
    #[arg(long, default_value = "40s", value_parser = crate::config::duration::parse)]
    pub node_monitor_grace_period: Duration,
    /// How often the node-lifecycle controller checks node heartbeats
    #[arg(long, default_value = "5s", value_parser = crate::config::duration::parse)]
    pub node_monitor_period: Duration,
    /// CA bundle published to every namespace as the kube-root-ca.crt ConfigMap (default:
    /// the CA of --kubeconfig)
    #[arg(long)]
    pub root_ca_file: Option<PathBuf>,
    /// Deployments, ReplicaSets and Jobs reconciled at once (each)
    #[arg(long, default_value_t = 5)]
    pub concurrent_syncs: usize,
    /// CA certificate that signs approved CertificateSigningRequests (csrsigning)
    #[arg(long)]
    pub cluster_signing_cert_file: Option<PathBuf>,
    /// Key of --cluster-signing-cert-file
    #[arg(long)]
    pub cluster_signing_key_file: Option<PathBuf>,
    /// Key that signs service-account tokens (serviceaccount-token)
    #[arg(long)]
    pub service_account_private_key_file: Option<PathBuf>,
    /// Give every Node a pod range (spec.podCIDR) from --cluster-cidr
    #[arg(long, default_value_t = false, action = clap::ArgAction::Set)]
    pub allocate_node_cidrs: bool,
    /// The CIDR pod ranges are carved from (ClusterConfiguration networking.podSubnet)
    #[arg(long)]
    pub cluster_cidr: Option<ipnet::IpNet>,
    /// Prefix length of each node's pod range (default 24 for IPv4, 64 for IPv6)
    #[arg(long)]
    pub node_cidr_mask_size: Option<u8>,
    /// Longest validity of a certificate csrsigning issues
    #[arg(long, default_value = "8760h", value_parser = crate::config::duration::parse)]
    pub cluster_signing_duration: Duration,
}

/// One controller of the table: its name (for `--controllers`; kube-controller-manager's names
/// are accepted too), whether `*` includes it, and how to start it (register informer handlers
/// now, return the workers' future).
struct ControllerDef {
    name: &'static str,
    aliases: &'static [&'static str],
    default_enabled: bool,
    start: fn(&Arc<Context>) -> BoxFuture<'static, ()>,
}

impl ControllerDef {
    fn is_called(&self, name: &str) -> bool {
        self.name == name
            || self.aliases.contains(&name)
            || name.strip_suffix("-controller") == Some(self.name)
    }
}

type Start = fn(&Arc<Context>) -> BoxFuture<'static, ()>;

const CONTROLLERS: &[ControllerDef] = &[
    def("deployment", &[], deployment::start),
    def("replicaset", &[], replicaset::start),
    def(
        "replicationcontroller",
        &[],
        replicaset::start_replication_controllers,
    ),
    def("statefulset", &[], statefulset::start),
    def("daemonset", &[], daemonset::start),
    def("job", &[], job::start),
    def("cronjob", &[], cronjob::start),
    def("ttl-after-finished", &[], ttl_after_finished::start),
    def("endpoints", &["endpoint"], endpoints::start),
    def("endpointslice", &[], endpointslice::start),
    def("serviceaccount", &[], serviceaccount::start),
    def("serviceaccount-token", &[], serviceaccount_token::start),
    def("root-ca-cert-publisher", &[], root_ca::start),
    def(
        "clusterrole-aggregation",
        &[],
        clusterrole_aggregation::start,
    ),
    def("namespace", &[], namespace::start),
    def(
        "garbage-collector",
        &["garbagecollector"],
        garbage_collector::start,
    ),
    def("node-lifecycle", &["nodelifecycle"], node_lifecycle::start),
    def("pod-garbage-collector", &["podgc"], pod_gc::start),
    def("node-ipam", &["nodeipam"], node_ipam::start),
    def("disruption", &[], disruption::start),
    def("resourcequota", &[], resourcequota::start),
    def(
        "csr-approving",
        &[
            "csrapproving",
            "certificatesigningrequest-approving-controller",
        ],
        certificates::start_approving,
    ),
    def(
        "csr-signing",
        &["csrsigning", "certificatesigningrequest-signing-controller"],
        certificates::start_signing,
    ),
    // Off unless named, as in kube-controller-manager (kubeadm names them; so does init).
    ControllerDef {
        name: "bootstrap-signer",
        aliases: &["bootstrapsigner"],
        default_enabled: false,
        start: bootstrap_tokens::start_signer,
    },
    ControllerDef {
        name: "token-cleaner",
        aliases: &["tokencleaner"],
        default_enabled: false,
        start: bootstrap_tokens::start_cleaner,
    },
];

const fn def(name: &'static str, aliases: &'static [&'static str], start: Start) -> ControllerDef {
    ControllerDef {
        name,
        aliases,
        default_enabled: true,
        start,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Component(#[from] component::Error),
    #[error("invalid leader election settings: {0}")]
    LeaderElectionSettings(String),
    #[error(transparent)]
    LeaderElection(#[from] crate::leader_election::Error),
    #[error("cannot read kubeconfig {path}: {message}")]
    Kubeconfig { path: String, message: String },
    #[error("--controllers: unknown controller {name:?}; known controllers: {known}")]
    UnknownController { name: String, known: String },
    #[error("cannot read --root-ca-file {path}: {message}")]
    RootCa { path: String, message: String },
}

/// The controllers `--controllers` selects, in table order.
fn selected(flags: &[String]) -> Result<Vec<&'static ControllerDef>, Error> {
    let known = || {
        CONTROLLERS
            .iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let flags: Vec<&str> = flags
        .iter()
        .map(|f| f.trim())
        .filter(|f| !f.is_empty())
        .collect();
    for flag in &flags {
        let name = flag.trim_start_matches('-');
        if name != "*" && !CONTROLLERS.iter().any(|c| c.is_called(name)) {
            return Err(Error::UnknownController {
                name: name.to_owned(),
                known: known(),
            });
        }
    }
    Ok(CONTROLLERS
        .iter()
        .filter(|c| {
            let named = |negated: bool| {
                flags.iter().any(|f| match f.strip_prefix('-') {
                    Some(n) => negated && c.is_called(n),
                    None => !negated && c.is_called(f),
                })
            };
            !named(true) && (named(false) || (flags.contains(&"*") && c.default_enabled))
        })
        .collect())
}

/// A kube-rs client from a kubeconfig file.
pub async fn client(path: &std::path::Path) -> Result<kube::Client, Error> {
    let err = |e: &dyn std::fmt::Display| Error::Kubeconfig {
        path: path.display().to_string(),
        message: e.to_string(),
    };
    let kubeconfig = Kubeconfig::read_from(path).map_err(|e| err(&e))?;
    let config = kube::Config::from_custom_kubeconfig(kubeconfig, &KubeConfigOptions::default())
        .await
        .map_err(|e| err(&e))?;
    kube::Client::try_from(config).map_err(|e| err(&e))
}

/// The CA bundle to publish: `--root-ca-file`, else the kubeconfig's own CA.
fn root_ca(opts: &ControllerManagerOptions) -> Result<String, Error> {
    if let Some(path) = &opts.settings.root_ca_file {
        return std::fs::read_to_string(path).map_err(|e| Error::RootCa {
            path: path.display().to_string(),
            message: e.to_string(),
        });
    }
    let path = &opts.component.kubeconfig;
    let err = |message: String| Error::Kubeconfig {
        path: path.display().to_string(),
        message,
    };
    let kubeconfig = Kubeconfig::read_from(path).map_err(|e| err(e.to_string()))?;
    let cluster = kubeconfig
        .clusters
        .first()
        .and_then(|c| c.cluster.as_ref())
        .ok_or_else(|| err("no cluster".into()))?;
    if let Some(data) = &cluster.certificate_authority_data {
        use base64::Engine;
        let pem = base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|e| err(format!("certificate-authority-data: {e}")))?;
        return String::from_utf8(pem).map_err(|e| err(e.to_string()));
    }
    match &cluster.certificate_authority {
        Some(file) => std::fs::read_to_string(file).map_err(|e| err(format!("{file}: {e}"))),
        None => Err(err("the cluster has no certificate authority".into())),
    }
}

pub async fn run(opts: ControllerManagerOptions) -> Result<(), Error> {
    let le = &opts.leader_election;
    le.validate().map_err(Error::LeaderElectionSettings)?;
    let enabled = selected(&opts.controllers)?;
    let root_ca = root_ca(&opts)?;
    let client = client(&opts.component.kubeconfig).await?;
    let identity = crate::leader_election::identity();
    let elector = le.leader_elect.then(|| {
        LeaderElector::new(
            client.clone(),
            le,
            "kube-controller-manager",
            identity.clone(),
        )
    });
    let leading = elector.as_ref().map(LeaderElector::leading_flag);
    let extras = Extras {
        health: vec![],
        metrics: Some(Arc::new(move || render_metrics(leading.as_deref()))),
    };
    let health = component::run_health_server(
        "kube-controller-manager",
        &opts.component,
        CONTROLLER_MANAGER_PORT,
        extras,
    );
    let controllers = async move {
        let ctx = Context::new(client, identity, opts.settings.clone(), root_ca);
        let running: Vec<_> = enabled
            .iter()
            .map(|c| {
                tracing::info!(controller = c.name, "starting controller");
                (c.start)(&ctx)
            })
            .collect();
        ctx.informers.start();
        futures::future::join_all(running).await;
        std::future::pending().await
    };
    match serve_while_leading(elector.as_ref(), health, controllers).await {
        Outcome::Served(served) => Ok(served?),
        Outcome::Lost(lost) => Err(lost.into()),
    }
}

/// Prometheus text for /metrics: whether this process leads (as kube-controller-manager
/// reports it).
fn render_metrics(leading: Option<&std::sync::atomic::AtomicBool>) -> String {
    let mut out = String::new();
    if let Some(leading) = leading {
        let leads = leading.load(std::sync::atomic::Ordering::Relaxed) as u8;
        out.push_str("# HELP leader_election_master_status Gauge of if the reporting system is master of the relevant lease, 0 indicates backup, 1 indicates master.\n# TYPE leader_election_master_status gauge\n");
        out.push_str(&format!(
            "leader_election_master_status{{name=\"kube-controller-manager\"}} {leads}\n"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(flags: &[&str]) -> Vec<&'static str> {
        let flags: Vec<String> = flags.iter().map(|s| s.to_string()).collect();
        selected(&flags).unwrap().iter().map(|c| c.name).collect()
    }

    #[test]
    fn controllers_flag_enables_and_disables_by_name() {
        assert_eq!(
            names(&["*"]).len(),
            CONTROLLERS.len() - 2,
            "bootstrap tokens: off by default"
        );
        assert!(!names(&["*", "-job"]).contains(&"job"));
        assert_eq!(names(&["job", "deployment"]), vec!["deployment", "job"]);
        // kube-controller-manager's names, as kubeadm passes them.
        let kubeadm = names(&["*", "bootstrapsigner", "tokencleaner", "-podgc"]);
        assert!(kubeadm.contains(&"bootstrap-signer") && kubeadm.contains(&"token-cleaner"));
        assert!(!kubeadm.contains(&"pod-garbage-collector"));
        assert!(names(&["garbage-collector-controller"]).contains(&"garbage-collector"));
        let Err(err) = selected(&["*".into(), "-jobs".into()]) else {
            panic!("an unknown name is refused");
        };
        assert!(
            err.to_string().contains("unknown controller \"jobs\""),
            "{err}"
        );
    }
}
