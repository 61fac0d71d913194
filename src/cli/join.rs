//! `kubeforge join` and `kubeforge join phase …`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::node_flags::NodeFlags;
use crate::phases::join::{JoinData, JoinOptions, JoinWorkflow};
use crate::workflow::cli::PhaseSelection;
use crate::workflow::{Progress, Runner};

#[derive(Debug, Args)]
#[command(
    after_help = "Phases: preflight, control-plane-prepare (download-certs, certs, kubeconfig, control-plane), tls-bootstrap, agent-start, control-plane-join (etcd, mark-control-plane), wait-control-plane, wait-node.\nExample: kubeforge join 10.0.0.1:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:… --control-plane --certificate-key …"
)]
pub struct JoinCommand {
    #[command(flatten)]
    pub flags: JoinFlags,
    #[command(subcommand)]
    pub sub: Option<JoinSub>,
}

#[derive(Debug, Subcommand)]
pub enum JoinSub {
    /// Use this command to invoke a single phase of the join workflow
    Phase {
        #[command(subcommand)]
        phase: PhaseSelection<JoinWorkflow>,
    },
}

#[derive(Debug, Args)]
pub struct JoinFlags {
    /// Path to a kubeadm v1beta4 JoinConfiguration file (`-` reads stdin); it replaces the
    /// discovery, node and control-plane flags
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The API server endpoint of the cluster (host:port)
    #[arg(global = true)]
    pub endpoint: Option<String>,
    /// The bootstrap token used for both discovery and TLS bootstrap
    #[arg(long, global = true)]
    pub token: Option<String>,
    /// The token used for discovery (default: --token)
    #[arg(long, global = true)]
    pub discovery_token: Option<String>,
    /// The token used to authenticate the TLS bootstrap (default: --token)
    #[arg(long, global = true)]
    pub tls_bootstrap_token: Option<String>,
    /// The public key pin of the cluster CA (sha256:<hex>), as printed by init; repeatable
    #[arg(long = "discovery-token-ca-cert-hash", global = true)]
    pub ca_cert_hash: Vec<String>,
    /// Trust the discovered CA without pinning it (insecure)
    #[arg(long = "discovery-token-unsafe-skip-ca-verification", global = true)]
    pub unsafe_skip_ca_verification: bool,
    /// A kubeconfig file whose cluster entry gives the endpoint and CA (instead of token discovery)
    #[arg(long, global = true, value_name = "FILE")]
    pub discovery_file: Option<PathBuf>,
    /// Create a new control plane instance (stacked etcd member) on this node
    #[arg(long, global = true)]
    pub control_plane: bool,
    /// Key to decrypt the certificates uploaded by `init --upload-certs`
    #[arg(long, global = true, value_name = "KEY")]
    pub certificate_key: Option<String>,
    #[command(flatten)]
    pub node: NodeFlags,
    /// How long discovery waits for the cluster and for the token's signature (e.g. 30s, 5m; default 5m)
    #[arg(long, global = true, value_parser = crate::config::duration::parse)]
    pub discovery_timeout: Option<std::time::Duration>,
}

impl JoinFlags {
    fn options(&self, root: PathBuf) -> anyhow::Result<JoinOptions> {
        if let Some(path) = &self.config {
            return self.options_from_file(root, path);
        }
        Ok(JoinOptions {
            root,
            endpoint: self.endpoint.clone(),
            token: self.token.clone(),
            discovery_token: self.discovery_token.clone(),
            tls_bootstrap_token: self.tls_bootstrap_token.clone(),
            ca_cert_hashes: self.ca_cert_hash.clone(),
            unsafe_skip_ca_verification: self.unsafe_skip_ca_verification,
            discovery_file: self.discovery_file.clone(),
            control_plane: self.control_plane,
            certificate_key: self.certificate_key.clone(),
            overrides: self.node.overrides(),
            etcd_binary: self.node.etcd_binary.clone(),
            discovery_timeout: self
                .discovery_timeout
                .unwrap_or(crate::config::DEFAULT_DISCOVERY_TIMEOUT),
        })
    }

    /// The flags a configuration file replaces, named as typed, when given beside it
    /// (kubeadm refuses the mix too: which one would win is not obvious).
    fn mixed_with_config(&self) -> Vec<&'static str> {
        let n = &self.node;
        [
            (self.endpoint.is_some(), "<endpoint>"),
            (self.token.is_some(), "--token"),
            (self.discovery_token.is_some(), "--discovery-token"),
            (self.tls_bootstrap_token.is_some(), "--tls-bootstrap-token"),
            (
                !self.ca_cert_hash.is_empty(),
                "--discovery-token-ca-cert-hash",
            ),
            (
                self.unsafe_skip_ca_verification,
                "--discovery-token-unsafe-skip-ca-verification",
            ),
            (self.discovery_file.is_some(), "--discovery-file"),
            (self.control_plane, "--control-plane"),
            (self.certificate_key.is_some(), "--certificate-key"),
            (self.discovery_timeout.is_some(), "--discovery-timeout"),
            (n.bind_port.is_some(), "--apiserver-bind-port"),
            (n.node_name.is_some(), "--node-name"),
        ]
        .into_iter()
        .filter_map(|(set, flag)| set.then_some(flag))
        .collect()
    }

    /// kubeadm's JoinConfiguration as join's options; `--skip-phases`,
    /// `--ignore-preflight-errors` and `--etcd-binary` add to it, and
    /// `--apiserver-advertise-address` gives the node's address where the file has none (a
    /// worker's: JoinConfiguration only has one for masters).
    fn options_from_file(
        &self,
        root: PathBuf,
        path: &std::path::Path,
    ) -> anyhow::Result<JoinOptions> {
        let mixed = self.mixed_with_config();
        if !mixed.is_empty() {
            anyhow::bail!(
                "--config cannot be combined with {}: set them in the JoinConfiguration instead (nothing was changed)",
                mixed.join(", ")
            );
        }
        let file = crate::config::load::read_join_file(path)?;
        let origin = path.display();
        let discovery = &file.discovery;
        let (token, endpoint, hashes, unsafe_skip) = match (
            &discovery.bootstrap_token,
            &discovery.file,
        ) {
            (Some(_), Some(_)) => anyhow::bail!(
                "{origin}: discovery.bootstrapToken and discovery.file are both set: use one"
            ),
            (None, None) => anyhow::bail!(
                "{origin}: discovery needs bootstrapToken (token, apiServerEndpoint, caCertHashes) or file (kubeConfigPath)"
            ),
            (Some(bt), None) => (
                Some(bt.token.clone()),
                bt.api_server_endpoint.clone(),
                bt.ca_cert_hashes.clone(),
                bt.unsafe_skip_ca_verification,
            ),
            (None, Some(_)) => (None, None, vec![], false),
        };
        let control_plane = file.control_plane.as_ref();
        let local = control_plane.map(|cp| &cp.local_api_endpoint);
        let advertise_address = match local.and_then(|l| l.advertise_address.as_deref()) {
            Some(_) if self.node.advertise_address.is_some() => anyhow::bail!(
                "--apiserver-advertise-address and {origin}'s controlPlane.localAPIEndpoint.advertiseAddress are both set: use one"
            ),
            Some(a) => Some(a.parse().map_err(|_| {
                anyhow::anyhow!(
                    "{origin}: controlPlane.localAPIEndpoint.advertiseAddress {a:?} is not an IP address"
                )
            })?),
            None => self.node.advertise_address,
        };
        let mut overrides = self.node.overrides();
        overrides.advertise_address = advertise_address;
        overrides.bind_port = local.and_then(|l| l.bind_port);
        overrides.node_name = file.node_registration.name.clone();
        overrides.skip_phases = [file.skip_phases.clone(), overrides.skip_phases].concat();
        overrides.ignore_preflight_errors = [
            file.node_registration.ignore_preflight_errors.clone(),
            overrides.ignore_preflight_errors,
        ]
        .concat();
        let discovery_timeout = file
            .timeouts
            .as_ref()
            .and_then(|t| t.discovery.as_ref())
            .map_or(crate::config::DEFAULT_DISCOVERY_TIMEOUT, |d| d.0);
        Ok(JoinOptions {
            root,
            endpoint,
            // tlsBootstrapToken defaults to the discovery token, as --token does for both.
            token: if discovery.tls_bootstrap_token.is_some() {
                None
            } else {
                token.clone()
            },
            discovery_token: token,
            tls_bootstrap_token: discovery.tls_bootstrap_token.clone(),
            ca_cert_hashes: hashes,
            unsafe_skip_ca_verification: unsafe_skip,
            discovery_file: discovery
                .file
                .as_ref()
                .map(|f| PathBuf::from(&f.kube_config_path)),
            control_plane: control_plane.is_some(),
            certificate_key: control_plane.and_then(|cp| cp.certificate_key.clone()),
            overrides,
            etcd_binary: self.node.etcd_binary.clone(),
            discovery_timeout,
        })
    }
}

pub async fn run(cmd: JoinCommand, root: PathBuf) -> anyhow::Result<()> {
    let mut data = JoinData::new(cmd.flags.options(root)?)?;
    let progress = Progress::detect();
    let runner = Runner::<JoinWorkflow>::default();
    match cmd.sub {
        Some(JoinSub::Phase { phase }) => {
            runner.run_one(&phase.path, &mut data, &progress).await?;
        }
        None => {
            let timings = runner
                .run(&mut data, &progress, &cmd.flags.node.skip_phases)
                .await?;
            if std::env::var_os("KUBEFORGE_PHASE_TIMINGS").is_some() {
                for t in timings.iter().filter(|t| !t.skipped) {
                    eprintln!("phase-timing {} {}", t.path, t.duration.as_secs_f64());
                }
            }
            progress.println("");
            progress.println("This node has joined the cluster. Run `kubectl get nodes` on a control-plane node to see it.");
        }
    }
    Ok(())
}
