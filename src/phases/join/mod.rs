//! `kubeforge join`: kubeadm's join workflow. Discovery (token + CA pin, or a discovery file)
//! happens first, before anything is written; a control-plane join then downloads the shared
//! keys and runs init's own node phases (certs, kubeconfig, control-plane manifests, agent)
//! with the cluster's configuration, adds a stacked etcd member and marks the node; a worker
//! join gets its client certificate by TLS bootstrap and runs the agent only.

mod download_certs;
mod etcd_member;
mod tls_bootstrap;
mod wait_node;

use std::path::PathBuf;

use k8s_openapi::api::core::v1::ConfigMap;
use kube::Api;

use super::init::{InitData, agent_start, certs, control_plane, kubeconfig, mark_control_plane};
use super::init::{preflight, upload_config, wait_control_plane};
use super::{Failed, NodeFuture, NodeSetup};
use crate::config::{self, BootstrapToken};
use crate::discovery::{self, CaTrust, ClusterInfo};
use crate::workflow::{Phase, PhaseError, Workflow};

/// What `join` was asked to do (flags).
#[derive(Clone, Debug)]
pub struct JoinOptions {
    pub root: PathBuf,
    /// `host:port` of an API server of the cluster (token discovery).
    pub endpoint: Option<String>,
    /// `--token`: for discovery and TLS bootstrap unless the specific flags are given.
    pub token: Option<String>,
    pub discovery_token: Option<String>,
    pub tls_bootstrap_token: Option<String>,
    pub ca_cert_hashes: Vec<String>,
    pub unsafe_skip_ca_verification: bool,
    pub discovery_file: Option<PathBuf>,
    pub control_plane: bool,
    pub certificate_key: Option<String>,
    pub overrides: config::Overrides,
    pub etcd_binary: Option<PathBuf>,
    /// How long discovery retries an unreachable cluster or a not-yet-signed token.
    pub discovery_timeout: std::time::Duration,
}

/// What join's phases share. The node's settings come from the cluster (kubeadm-config), so
/// they are read on first use — after discovery has established whom to trust.
pub struct JoinData {
    opts: JoinOptions,
    discovery_token: Option<(String, String)>,
    tls_bootstrap_token: String,
    cluster: Option<ClusterInfo>,
    bootstrap_client: Option<kube::Client>,
    node: Option<InitData>,
}

impl JoinData {
    /// Checks the flags (nothing touches the network or the disk yet).
    pub fn new(opts: JoinOptions) -> Result<Self, Failed> {
        let parse = |flag: &str, t: &str| {
            BootstrapToken::parse_token(t).map_err(|e| Failed(format!("{flag}: {e}")))
        };
        let discovery_token = match (&opts.discovery_token, &opts.token) {
            (Some(t), _) | (None, Some(t)) => Some(parse("--discovery-token", t)?),
            (None, None) => None,
        };
        let tls_bootstrap_token = match (&opts.tls_bootstrap_token, &opts.token) {
            (Some(t), _) | (None, Some(t)) => {
                parse("--tls-bootstrap-token", t)?;
                t.clone()
            }
            (None, None) => {
                return Err(Failed(
                    "a bootstrap token is required: pass --token (create one on a control-plane node with `kubeforge token create --print-join-command`)".into(),
                ));
            }
        };
        if opts.discovery_file.is_none() {
            if opts.endpoint.is_none() {
                return Err(Failed(
                    "the API server endpoint is required: `kubeforge join <host:port> --token … --discovery-token-ca-cert-hash …` (or pass --discovery-file)".into(),
                ));
            }
            if discovery_token.is_none() {
                return Err(Failed(
                    "token discovery needs --token or --discovery-token".into(),
                ));
            }
            if opts.ca_cert_hashes.is_empty() && !opts.unsafe_skip_ca_verification {
                return Err(Failed(
                    "--discovery-token-ca-cert-hash is required to trust the cluster CA (it is printed by `kubeforge init` and `kubeforge token create --print-join-command`); --discovery-token-unsafe-skip-ca-verification skips the check".into(),
                ));
            }
            for pin in &opts.ca_cert_hashes {
                discovery::cluster_info::validate_pin(pin).map_err(|e| Failed(e.to_string()))?;
            }
        }
        if let Some(key) = &opts.certificate_key {
            if !opts.control_plane {
                return Err(Failed(
                    "--certificate-key is only meaningful with --control-plane".into(),
                ));
            }
            discovery::shared_certs::parse_key(key).map_err(|e| Failed(e.to_string()))?;
        }
        Ok(JoinData {
            opts,
            discovery_token,
            tls_bootstrap_token,
            cluster: None,
            bootstrap_client: None,
            node: None,
        })
    }

    /// The cluster's endpoint and CA, established by discovery (run once).
    pub async fn cluster(&mut self) -> Result<&ClusterInfo, PhaseError> {
        if self.cluster.is_none() {
            let info = match &self.opts.discovery_file {
                Some(file) => {
                    let kubeconfig = crate::kubeconfig::Kubeconfig::load(file)?;
                    discovery::cluster_info::from_kubeconfig(
                        &kubeconfig,
                        &file.display().to_string(),
                    )?
                }
                None => {
                    let (id, secret) = self.discovery_token.as_ref().expect("checked in new");
                    let trust = if self.opts.unsafe_skip_ca_verification {
                        CaTrust::Unsafe
                    } else {
                        CaTrust::Pins(self.opts.ca_cert_hashes.clone())
                    };
                    let endpoint = self.opts.endpoint.as_deref().expect("checked in new");
                    discovery::cluster_info::discover(
                        endpoint,
                        id,
                        secret,
                        &trust,
                        self.opts.discovery_timeout,
                    )
                    .await?
                }
            };
            tracing::info!(server = %info.server, "cluster discovered; CA trusted");
            self.cluster = Some(info);
        }
        Ok(self.cluster.as_ref().expect("just set"))
    }

    /// A client authenticated by the bootstrap token.
    pub async fn bootstrap_client(&mut self) -> Result<kube::Client, PhaseError> {
        if self.bootstrap_client.is_none() {
            let token = self.tls_bootstrap_token.clone();
            let info = self.cluster().await?.clone();
            self.bootstrap_client = Some(discovery::token_client(&info, &token).await?);
        }
        Ok(self.bootstrap_client.clone().expect("just set"))
    }

    async fn load_node(&mut self) -> Result<(), PhaseError> {
        let client = self.bootstrap_client().await?;
        let server = self.cluster().await?.server.clone();
        let configmaps: Api<ConfigMap> = Api::namespaced(client, "kube-system");
        let origin = format!("kube-system/{}", upload_config::CONFIG_MAP);
        let cm = configmaps.get(upload_config::CONFIG_MAP).await.map_err(|e| {
            Failed(format!(
                "cannot read the cluster configuration {origin} from {server}: {e} (was the cluster created by `kubeforge init`, with its upload-config phase?)"
            ))
        })?;
        let yaml = cm
            .data
            .unwrap_or_default()
            .remove(upload_config::CLUSTER_CONFIGURATION_KEY)
            .ok_or_else(|| Failed(format!("{origin} has no ClusterConfiguration")))?;
        let (cfg, docs) = config::load_join(&yaml, &origin, &self.opts.overrides)?;
        self.node = Some(InitData::from_parts(
            cfg,
            docs,
            self.opts.root.clone(),
            self.opts.etcd_binary.clone(),
        )?);
        Ok(())
    }
}

/// This node's admin.conf identity, talking to the cluster's endpoint rather than to this
/// node's own API server (which is not serving yet while the join runs).
pub async fn admin_client_for(node: &InitData, server: &str) -> Result<kube::Client, PhaseError> {
    let path = node.paths.kubeconfig(config::paths::ADMIN_CONF);
    let kubeconfig = kube::config::Kubeconfig::read_from(&path)?;
    let mut cfg = kube::Config::from_custom_kubeconfig(kubeconfig, &Default::default()).await?;
    cfg.cluster_url = server.parse()?;
    Ok(kube::Client::try_from(cfg)?)
}

impl NodeSetup for JoinData {
    fn node(&mut self) -> NodeFuture<'_> {
        Box::pin(async move {
            if self.node.is_none() {
                self.load_node().await?;
            }
            Ok(self.node.as_mut().expect("just loaded"))
        })
    }

    fn runs_control_plane(&self) -> bool {
        self.opts.control_plane
    }

    fn is_first_master(&self) -> bool {
        false
    }
}

pub struct JoinWorkflow;

impl Workflow for JoinWorkflow {
    type Data = JoinData;
    const NAME: &'static str = "join";

    fn phases() -> Vec<Phase<JoinData>> {
        vec![
            Phase::new(
                "preflight",
                "Run join pre-flight checks",
                preflight::run::<JoinData>,
            ),
            Phase::group(
                "control-plane-prepare",
                "Prepare the machine for serving a control plane",
                vec![
                    Phase::new(
                        "download-certs",
                        "Download certificates shared among control-plane nodes from the kubeadm-certs Secret",
                        download_certs::run,
                    ),
                    certs::phase::<JoinData>(),
                    kubeconfig::phase::<JoinData>(),
                    control_plane::phase::<JoinData>(),
                ],
            ),
            Phase::new(
                "tls-bootstrap",
                "Get this node's client certificate from the cluster (workers)",
                tls_bootstrap::run,
            ),
            Phase::new(
                "agent-start",
                "Write the node configuration and start the agent (the kubelet's role)",
                agent_start::run::<JoinData>,
            ),
            Phase::group(
                "control-plane-join",
                "Join a machine as a control plane instance",
                vec![
                    Phase::new(
                        "etcd",
                        "Add a new local etcd member (a learner, promoted once in sync)",
                        etcd_member::run,
                    ),
                    Phase::new(
                        "mark-control-plane",
                        "Mark a node as a control-plane",
                        mark_control_plane::run::<JoinData>,
                    ),
                ],
            ),
            Phase::new(
                "wait-control-plane",
                "Wait for the control plane components to be ready",
                wait_control_plane::run::<JoinData>,
            ),
            Phase::new(
                "wait-node",
                "Wait for the Node to be registered and Ready",
                wait_node::run,
            ),
        ]
    }
}
