//! `kubeforge reset`: undo what init wrote on this node.

mod cleanup_node;
mod leave_cluster;
mod preflight;

use std::path::PathBuf;

use crate::config::{self, EtcdConfig, Paths};
use crate::workflow::{Phase, Workflow};

pub struct ResetData {
    pub paths: Paths,
    pub local_etcd: bool,
    pub force: bool,
    /// `--allow-quorum-loss`: remove the etcd member even if the rest would lose quorum. Not
    /// implied by `--force`, which only skips the prompt: a scripted reset must not be able to
    /// stop a degraded cluster.
    pub allow_quorum_loss: bool,
    pub node_name: Option<String>,
}

impl ResetData {
    /// Reads back the configuration init recorded, to find custom certificate and etcd
    /// directories; defaults when there is none.
    pub fn new(root: PathBuf, force: bool, allow_quorum_loss: bool) -> Self {
        let defaults = Paths::new(&root);
        let recorded = defaults.node_config();
        let (paths, local_etcd, node_name) = match config::load::read_init_file(&recorded)
            .and_then(|docs| config::resolve(&docs))
        {
            Ok(cfg) => (
                cfg.paths(&root),
                matches!(cfg.cluster.etcd, EtcdConfig::Local(_)),
                Some(cfg.node_name),
            ),
            Err(e) => {
                if recorded.exists() {
                    tracing::warn!(error = %e, "cannot read the recorded configuration; using default paths");
                }
                (defaults, true, None)
            }
        };
        ResetData {
            paths,
            local_etcd,
            force,
            allow_quorum_loss,
            node_name,
        }
    }
}

pub struct ResetWorkflow;

impl Workflow for ResetWorkflow {
    type Data = ResetData;
    const NAME: &'static str = "reset";

    fn phases() -> Vec<Phase<ResetData>> {
        vec![
            Phase::new("preflight", "Run reset pre-flight checks", preflight::run),
            Phase::new(
                "delete-node",
                "Delete this node's Node object (masters of a multi-master cluster)",
                leave_cluster::delete_node,
            ),
            Phase::new(
                "remove-etcd-member",
                "Remove this node's member from the etcd cluster",
                leave_cluster::remove_etcd_member,
            ),
            Phase::new(
                "cleanup-node",
                "Stop the agent and the components, and remove the files init wrote",
                cleanup_node::run,
            ),
        ]
    }
}
