//! `kubeforge init`: kubeadm's init workflow.

pub(crate) mod agent_start;
mod bootstrap_token;
pub(crate) mod certs;
pub(crate) mod control_plane;
mod etcd;
pub(crate) mod kubeconfig;
pub(crate) mod mark_control_plane;
pub(crate) mod preflight;
pub(crate) mod show_join_command;
pub(crate) mod upload_certs;
pub mod upload_config;
pub(crate) mod wait_control_plane;

use std::path::PathBuf;

use crate::config::{self, InitConfig, Paths, load::InitDocuments};
use crate::pki::SanContext;
use crate::workflow::{Phase, Workflow};

/// Everything init's phases share, built once from flags and the config file.
pub struct InitData {
    pub cfg: InitConfig,
    /// The effective configuration documents (defaults filled in), written for later commands.
    pub docs: InitDocuments,
    /// Where files go: the real root, or a temporary root with `--dry-run`.
    pub paths: Paths,
    /// The root the user asked for (differs from `paths.root()` only in a dry run).
    pub target_root: PathBuf,
    pub dry_run: bool,
    /// This binary, which the component manifests run.
    pub exe: PathBuf,
    pub etcd_binary_flag: Option<PathBuf>,
    etcd_binary: Option<crate::etcd::EtcdBinary>,
    /// `--upload-certs`: store the shared keys, encrypted, for `join --control-plane`.
    pub upload_certs: bool,
    /// `--certificate-key` (hex), or the one upload-certs generated.
    pub certificate_key: Option<String>,
}

/// What `init` needs besides the configuration.
#[derive(Clone, Debug, Default)]
pub struct InitOptions {
    pub root: PathBuf,
    pub config_file: Option<PathBuf>,
    pub overrides: config::Overrides,
    pub dry_run: bool,
    pub etcd_binary: Option<PathBuf>,
    pub upload_certs: bool,
    pub certificate_key: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Config(#[from] config::Error),
    #[error("cannot create the dry-run directory: {0}")]
    DryRunDir(std::io::Error),
    #[error("cannot locate the kubeforge binary: {0}")]
    CurrentExe(std::io::Error),
}

impl InitData {
    pub fn new(opts: InitOptions) -> Result<Self, Error> {
        let (cfg, docs) = config::load_init(opts.config_file.as_deref(), &opts.overrides)?;
        // A dry run writes into a directory that is kept afterwards (as kubeadm's is), so
        // the manifests and certificates it would have written can be inspected.
        let root = if opts.dry_run {
            tempfile::Builder::new()
                .prefix("kubeforge-init-dryrun-")
                .tempdir()
                .map_err(Error::DryRunDir)?
                .keep()
        } else {
            opts.root.clone()
        };
        let exe = std::env::current_exe().map_err(Error::CurrentExe)?;
        Ok(InitData {
            paths: cfg.paths(&root),
            target_root: opts.root,
            cfg,
            docs,
            dry_run: opts.dry_run,
            exe,
            etcd_binary_flag: opts.etcd_binary,
            etcd_binary: None,
            upload_certs: opts.upload_certs,
            certificate_key: opts.certificate_key,
        })
    }

    /// A node's data from settings resolved elsewhere (a joining master's, from the cluster's
    /// ClusterConfiguration): never a dry run.
    pub fn from_parts(
        cfg: InitConfig,
        docs: InitDocuments,
        root: PathBuf,
        etcd_binary_flag: Option<PathBuf>,
    ) -> Result<Self, Error> {
        Ok(InitData {
            paths: cfg.paths(&root),
            target_root: root,
            cfg,
            docs,
            dry_run: false,
            exe: std::env::current_exe().map_err(Error::CurrentExe)?,
            etcd_binary_flag,
            etcd_binary: None,
            upload_certs: false,
            certificate_key: None,
        })
    }

    pub fn san_context(&self) -> SanContext<'_> {
        SanContext {
            node_name: &self.cfg.node_name,
            advertise_address: self.cfg.advertise_address,
            cluster: &self.cfg.cluster,
        }
    }

    /// The etcd binary, found once (preflight checks it; a phase run alone finds it here).
    pub fn etcd_binary(&mut self) -> Result<&crate::etcd::EtcdBinary, crate::etcd::Error> {
        if self.etcd_binary.is_none() {
            self.etcd_binary = Some(crate::etcd::find_binary(self.etcd_binary_flag.as_deref())?);
        }
        Ok(self.etcd_binary.as_ref().expect("just set"))
    }

    /// A client with this node's admin.conf (cluster-admin through kubeadm:cluster-admins).
    pub async fn client(&self) -> Result<kube::Client, crate::controllers::Error> {
        crate::controllers::client(&self.paths.kubeconfig(crate::config::paths::ADMIN_CONF)).await
    }

    /// Paths as the user will see them (the target root, even in a dry run).
    pub fn target_paths(&self) -> Paths {
        self.cfg.paths(&self.target_root)
    }
}

pub struct InitWorkflow;

impl Workflow for InitWorkflow {
    type Data = InitData;
    const NAME: &'static str = "init";

    fn phases() -> Vec<Phase<InitData>> {
        vec![
            Phase::new("preflight", "Run pre-flight checks", preflight::run),
            certs::phase(),
            kubeconfig::phase(),
            etcd::phase(),
            control_plane::phase(),
            Phase::new(
                "agent-start",
                "Write the node configuration and start the agent (the kubelet's role)",
                agent_start::run,
            ),
            Phase::new(
                "wait-control-plane",
                "Wait for the control plane to be ready",
                wait_control_plane::run,
            ),
            Phase::new(
                "upload-config",
                "Upload the ClusterConfiguration to the kubeadm-config ConfigMap",
                upload_config::run,
            ),
            Phase::new(
                "upload-certs",
                "Upload certificates to kubeadm-certs (with --upload-certs)",
                upload_certs::run,
            ),
            Phase::new(
                "mark-control-plane",
                "Mark a node as a control-plane",
                mark_control_plane::run,
            ),
            Phase::new(
                "bootstrap-token",
                "Generates bootstrap tokens used to join a node to a cluster",
                bootstrap_token::run,
            ),
            Phase::new(
                "show-join-command",
                "Show the join command for control-plane nodes",
                show_join_command::run,
            ),
        ]
    }
}
