//! `kubeforge reset`: undo what init wrote on this node.

mod cleanup_node;
mod preflight;

use std::path::PathBuf;

use crate::config::{self, EtcdConfig, Paths};
use crate::workflow::{Phase, Workflow};

pub struct ResetData {
    pub paths: Paths,
    pub local_etcd: bool,
    pub force: bool,
}

impl ResetData {
    /// Reads back the configuration init recorded, to find custom certificate and etcd
    /// directories; defaults when there is none.
    pub fn new(root: PathBuf, force: bool) -> Self {
        let defaults = Paths::new(&root);
        let recorded = defaults.node_config();
        let (paths, local_etcd) = match config::load::read_init_file(&recorded)
            .and_then(|docs| config::resolve(&docs))
        {
            Ok(cfg) => (
                cfg.paths(&root),
                matches!(cfg.cluster.etcd, EtcdConfig::Local(_)),
            ),
            Err(e) => {
                if recorded.exists() {
                    tracing::warn!(error = %e, "cannot read the recorded configuration; using default paths");
                }
                (defaults, true)
            }
        };
        ResetData {
            paths,
            local_etcd,
            force,
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
                "cleanup-node",
                "Stop the agent and the components, and remove the files init wrote",
                cleanup_node::run,
            ),
        ]
    }
}
