//! The flags `init` and `join` share: where this node's control plane listens, its name, and
//! how the workflow runs.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::Args;

use crate::config::Overrides;

#[derive(Debug, Args)]
pub struct NodeFlags {
    /// The IP address this node's API server and etcd member advertise (default: the default route's address)
    #[arg(
        long = "apiserver-advertise-address",
        visible_alias = "advertise-address",
        global = true
    )]
    pub advertise_address: Option<IpAddr>,
    /// Port for this node's API server to bind to
    #[arg(long = "apiserver-bind-port", global = true)]
    pub bind_port: Option<u16>,
    /// Specify the node name
    #[arg(long, global = true)]
    pub node_name: Option<String>,
    /// List of phases to be skipped (comma-separated)
    #[arg(long, value_delimiter = ',', global = true)]
    pub skip_phases: Vec<String>,
    /// Checks whose errors become warnings, e.g. Port-6443,FileExisting-etcd; 'all' ignores every check
    #[arg(long, value_delimiter = ',', global = true)]
    pub ignore_preflight_errors: Vec<String>,
    /// The etcd binary to run (default: `etcd` on PATH)
    #[arg(long, global = true, value_name = "PATH")]
    pub etcd_binary: Option<PathBuf>,
}

impl NodeFlags {
    /// These flags as configuration overrides (the rest left unset).
    pub fn overrides(&self) -> Overrides {
        Overrides {
            advertise_address: self.advertise_address,
            bind_port: self.bind_port,
            node_name: self.node_name.clone(),
            skip_phases: self.skip_phases.clone(),
            ignore_preflight_errors: self.ignore_preflight_errors.clone(),
            ..Default::default()
        }
    }
}
