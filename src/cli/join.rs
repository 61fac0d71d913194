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
    /// How long discovery waits for the cluster and for the token's signature (e.g. 30s, 5m)
    #[arg(long, global = true, default_value = "5m", value_parser = crate::config::duration::parse)]
    pub discovery_timeout: std::time::Duration,
}

impl JoinFlags {
    fn options(&self, root: PathBuf) -> JoinOptions {
        JoinOptions {
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
            discovery_timeout: self.discovery_timeout,
        }
    }
}

pub async fn run(cmd: JoinCommand, root: PathBuf) -> anyhow::Result<()> {
    let mut data = JoinData::new(cmd.flags.options(root))?;
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
