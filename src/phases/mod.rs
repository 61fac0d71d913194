//! The init and reset workflows: one file per phase, each adapting the workflow's data to the
//! modules that do the work (pki, kubeconfig, etcd, controlplane, agent).

pub mod init;
pub mod reset;

/// A phase's error with a message for the user.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Failed(pub String);
