//! The command tree (clap derive). Help, completions and the phase sub-commands all come from
//! this one tree.

mod certs;
mod completion;
mod config_cmd;
mod etcd;
mod init;
mod join;
mod node_flags;
mod rejoin;
mod reset;
mod rotate_ca;
mod secrets_encrypt;
mod table;
mod token;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "kubeforge",
    version,
    about = "Bootstrap a Kubernetes control plane: kubeadm's workflow, with etcd and the control-plane components carried in one binary",
    propagate_version = true
)]
pub struct Cli {
    /// Directory every path lives under (several nodes can share a machine with distinct roots)
    #[arg(
        long,
        global = true,
        default_value = "/",
        value_name = "DIR",
        env = "KUBEFORGE_ROOT_DIR"
    )]
    pub root_dir: PathBuf,

    /// Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)
    #[arg(
        short = 'v',
        long = "v",
        global = true,
        value_name = "LEVEL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "2"
    )]
    pub verbosity: Option<u8>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run this command to set up the Kubernetes control plane
    Init(init::InitCommand),
    /// Run this on any machine you wish to join an existing cluster as a master
    Join(join::JoinCommand),
    /// Performs a best effort revert of changes made to this host by 'kubeforge init' or 'kubeforge join'
    Reset(reset::ResetCommand),
    /// Manage bootstrap tokens
    #[command(subcommand)]
    Token(token::TokenCommand),
    /// Commands related to handling Kubernetes certificates
    #[command(subcommand)]
    Certs(certs::CertsCommand),
    /// Back up, restore and inspect etcd
    #[command(subcommand)]
    Etcd(etcd::EtcdCommand),
    /// Encryption at rest of Secrets: status and key rotation
    #[command(subcommand)]
    SecretsEncrypt(secrets_encrypt::SecretsEncryptCommand),
    /// Manage configuration for a kubeforge cluster
    #[command(subcommand)]
    Config(config_cmd::ConfigCommand),
    /// Output shell completion code for the specified shell (bash, zsh or fish)
    Completion(completion::CompletionCommand),
    /// Print the version of kubeforge and of the Kubernetes API it implements
    Version,
    /// Run the Kubernetes API server (normally started by the agent from its static Pod)
    Apiserver(Box<crate::apiserver::Options>),
    /// Run the scheduler (normally started by the agent from its static Pod)
    Scheduler(crate::scheduler::SchedulerOptions),
    /// Run the controller manager (normally started by the agent from its static Pod)
    ControllerManager(crate::controllers::ControllerManagerOptions),
    /// Run the node agent: supervises the static Pods in <root>/etc/kubernetes/manifests
    Agent,
}

impl Command {
    /// Long-running components log at info by default; one-shot commands only warn, since
    /// their progress goes to stdout.
    pub fn is_component(&self) -> bool {
        matches!(
            self,
            Command::Apiserver(_)
                | Command::Scheduler(_)
                | Command::ControllerManager(_)
                | Command::Agent
        )
    }
}

/// Runs the parsed command on the process's single tokio runtime.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let root = cli.root_dir;
    match cli.command {
        Command::Init(cmd) => init::run(cmd, root).await,
        Command::Reset(cmd) => reset::run(cmd, root).await,
        Command::Config(cmd) => config_cmd::run(cmd),
        Command::Completion(cmd) => completion::run(cmd),
        Command::Version => {
            println!(
                "kubeforge {} (Kubernetes API {}, {})",
                crate::version::KUBEFORGE_VERSION,
                crate::version::KUBERNETES_GIT_VERSION,
                crate::version::platform()
            );
            Ok(())
        }
        Command::Join(cmd) => join::run(cmd, root).await,
        Command::Token(cmd) => token::run(cmd, root).await,
        Command::Certs(cmd) => certs::run(cmd, root).await,
        Command::Etcd(cmd) => etcd::run(cmd, root).await,
        Command::SecretsEncrypt(cmd) => secrets_encrypt::run(cmd, root).await,
        Command::Apiserver(opts) => Ok(crate::apiserver::run(*opts).await?),
        Command::Scheduler(opts) => Ok(crate::scheduler::run(opts).await?),
        Command::ControllerManager(opts) => Ok(crate::controllers::run(opts).await?),
        Command::Agent => Ok(crate::agent::run(crate::config::Paths::new(&root)).await?),
    }
}

/// The clap command tree, for completions and tests.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}
