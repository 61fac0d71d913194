//! `kubeforge init` and `kubeforge init phase …`.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};

use super::node_flags::NodeFlags;
use crate::config::Overrides;
use crate::phases::init::{InitData, InitOptions, InitWorkflow};
use crate::workflow::cli::PhaseSelection;
use crate::workflow::progress::human;
use crate::workflow::{Progress, Runner, Workflow};

#[derive(Debug, Args)]
#[command(
    after_help = "Phases: preflight, certs, kubeconfig, etcd, control-plane, agent-start, wait-control-plane, upload-config, upload-certs, mark-control-plane, bootstrap-token, show-join-command.\nRun one with `kubeforge init phase <name>`; skip some with --skip-phases."
)]
pub struct InitCommand {
    #[command(flatten)]
    pub flags: InitFlags,
    #[command(subcommand)]
    pub sub: Option<InitSub>,
}

#[derive(Debug, Subcommand)]
pub enum InitSub {
    /// Use this command to invoke a single phase of the init workflow
    Phase {
        #[command(subcommand)]
        phase: PhaseSelection<InitWorkflow>,
    },
}

/// init's flags; global so that `init phase <name>` takes them too.
#[derive(Debug, Args)]
pub struct InitFlags {
    /// Path to a kubeadm v1beta4 configuration file (InitConfiguration, ClusterConfiguration); `-` reads stdin
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub node: NodeFlags,
    /// Optional extra Subject Alternative Names for the API server serving certificate (IPs or DNS names)
    #[arg(
        long = "apiserver-cert-extra-sans",
        value_delimiter = ',',
        global = true
    )]
    pub cert_sans: Vec<String>,
    /// A stable address (host[:port]) for the control plane, e.g. a load balancer's
    #[arg(long, global = true)]
    pub control_plane_endpoint: Option<String>,
    /// Use alternative range of IP address for service VIPs
    #[arg(long = "service-cidr", global = true)]
    pub service_cidr: Option<String>,
    /// Specify range of IP addresses for the pod network
    #[arg(long = "pod-network-cidr", global = true)]
    pub pod_network_cidr: Option<String>,
    /// Use alternative domain for services, e.g. "myorg.internal"
    #[arg(long = "service-dns-domain", global = true)]
    pub service_dns_domain: Option<String>,
    /// The path where to save and store the certificates (inside --root-dir)
    #[arg(long = "cert-dir", global = true)]
    pub cert_dir: Option<String>,
    /// The bootstrap token to print in the join command (format [a-z0-9]{6}.[a-z0-9]{16})
    #[arg(long, global = true)]
    pub token: Option<String>,
    /// The duration before the token is automatically deleted (e.g. 1s, 2m, 3h); 0 means never
    #[arg(long, global = true, value_parser = parse_duration)]
    pub token_ttl: Option<Duration>,
    /// Don't apply any changes; write into a temporary directory and print what would be done
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Upload the control-plane certificates, encrypted, to the kubeadm-certs Secret (for `join --control-plane`)
    #[arg(long, global = true)]
    pub upload_certs: bool,
    /// Key (64 hex digits) that encrypts the uploaded certificates (default: a new random key, printed)
    #[arg(long, global = true, value_name = "KEY")]
    pub certificate_key: Option<String>,
}

fn parse_duration(s: &str) -> Result<Duration, String> {
    crate::config::duration::parse(s)
}

impl InitFlags {
    pub(super) fn options(&self, root: PathBuf) -> InitOptions {
        InitOptions {
            root,
            config_file: self.config.clone(),
            overrides: Overrides {
                control_plane_endpoint: self.control_plane_endpoint.clone(),
                cert_sans: self.cert_sans.clone(),
                service_subnet: self.service_cidr.clone(),
                pod_subnet: self.pod_network_cidr.clone(),
                dns_domain: self.service_dns_domain.clone(),
                certificates_dir: self.cert_dir.clone(),
                token: self.token.clone(),
                token_ttl: self.token_ttl,
                ..self.node.overrides()
            },
            dry_run: self.dry_run,
            etcd_binary: self.node.etcd_binary.clone(),
            upload_certs: self.upload_certs,
            certificate_key: self.certificate_key.clone(),
        }
    }
}

pub async fn run(cmd: InitCommand, root: PathBuf) -> anyhow::Result<()> {
    let mut data = InitData::new(cmd.flags.options(root))?;
    let progress = Progress::detect();
    let runner = Runner::<InitWorkflow>::default();
    let timings = match cmd.sub {
        Some(InitSub::Phase { phase }) => runner.run_one(&phase.path, &mut data, &progress).await?,
        None => {
            let skip = data.cfg.skip_phases.clone();
            runner.run(&mut data, &progress, &skip).await?
        }
    };
    if std::env::var_os("KUBEFORGE_PHASE_TIMINGS").is_some() {
        // Machine-readable breakdown for the benchmark (stderr keeps stdout for people).
        for t in timings.iter().filter(|t| !t.skipped) {
            eprintln!("phase-timing {} {}", t.path, t.duration.as_secs_f64());
        }
    }
    tracing::debug!(
        workflow = InitWorkflow::NAME,
        total = %human(timings.iter().filter(|t| !t.path.contains('/')).map(|t| t.duration).sum()),
        "done"
    );
    Ok(())
}
