//! Commands of the design whose behaviour later milestones deliver. Their flags and help are
//! here so the command tree is complete; running one says plainly that this build cannot do it
//! yet (and changes nothing). `token generate` needs no cluster and works already.

use clap::{Args, Subcommand};

use crate::config::BootstrapToken;

/// The error every planned command returns.
pub fn not_yet(command: &str, milestone: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "`kubeforge {command}` is not available in this build yet (it arrives with the {milestone} milestone); nothing was changed"
    )
}

#[derive(Debug, Args)]
pub struct JoinCommand {
    /// The API server endpoint of the cluster (host:port)
    pub endpoint: Option<String>,
    /// The bootstrap token used for discovery and TLS bootstrap
    #[arg(long)]
    pub token: Option<String>,
    /// The public key pin of the cluster CA (sha256:<hex>), as printed by init
    #[arg(long = "discovery-token-ca-cert-hash")]
    pub ca_cert_hash: Vec<String>,
    /// Create a new control plane instance (stacked etcd member) on this node
    #[arg(long)]
    pub control_plane: bool,
    /// Key to decrypt the certificates uploaded by `init --upload-certs`
    #[arg(long)]
    pub certificate_key: Option<String>,
}

pub fn join(_: JoinCommand) -> anyhow::Result<()> {
    Err(not_yet("join", "join and HA"))
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Generate and print a bootstrap token, but do not create it on the server
    Generate,
    /// Create a bootstrap token on the server
    Create {
        /// The token to create (default: a random one)
        token: Option<String>,
        /// Print the full join command
        #[arg(long)]
        print_join_command: bool,
        /// The duration before the token is deleted (0 = never)
        #[arg(long)]
        ttl: Option<String>,
        /// Certificate key to print with --print-join-command for control-plane joins
        #[arg(long)]
        certificate_key: Option<String>,
    },
    /// List bootstrap tokens on the server
    List,
    /// Delete bootstrap tokens on the server
    Delete {
        /// Token ids or full tokens
        #[arg(required = true)]
        tokens: Vec<String>,
    },
}

pub fn token(cmd: TokenCommand) -> anyhow::Result<()> {
    match cmd {
        TokenCommand::Generate => {
            println!("{}", BootstrapToken::generate().token());
            Ok(())
        }
        TokenCommand::Create { .. } => Err(not_yet("token create", "join and HA")),
        TokenCommand::List => Err(not_yet("token list", "join and HA")),
        TokenCommand::Delete { .. } => Err(not_yet("token delete", "join and HA")),
    }
}
