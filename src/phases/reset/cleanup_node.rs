//! Stop the agent and its components, then remove exactly the files init writes; anything
//! else under the root (a user's own files in /etc/kubernetes, say) is left alone.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::ResetData;
use crate::agent::service;
use crate::config::paths;
use crate::controlplane::COMPONENTS;
use crate::fsutil::{remove_dir_all_if_exists, remove_dir_if_empty, remove_file_if_exists};
use crate::kubeconfig::KUBECONFIGS;
use crate::pki::table;
use crate::workflow::{PhaseContext, PhaseFuture};

pub fn run<'a>(d: &'a mut ResetData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        let p = d.paths.clone();
        let report =
            tokio::task::spawn_blocking(move || service::stop(&p, Duration::from_secs(60)))
                .await??;
        if report.systemd_unit_removed {
            cx.log(format!("Stopped and removed {}", service::UNIT_NAME));
        }
        match report.agent {
            Some(pid) => cx.log(format!("Stopped the agent (pid {pid}) and its components")),
            None => cx.log("No agent was running"),
        }
        if report.leftover_containers > 0 {
            cx.log(format!(
                "Stopped {} component process(es) left by an earlier agent",
                report.leftover_containers
            ));
        }
        let p = &d.paths;
        let mut files: Vec<PathBuf> = Vec::new();
        files.push(p.manifest("etcd"));
        files.extend(COMPONENTS.iter().map(|c| p.manifest(c.pod_name)));
        files.extend(KUBECONFIGS.iter().map(|k| p.kubeconfig(k.file)));
        for spec in table::CERTS {
            files.push(spec.cert_path(p.pki_dir()));
            files.push(spec.key_path(p.pki_dir()));
        }
        files.push(p.pki_dir().join(table::SA_KEY));
        files.push(p.pki_dir().join(table::SA_PUB));
        files.push(p.audit_policy());
        // The Secrets encryption key goes with the data it encrypts: it stays when etcd's data
        // does (external etcd) or when kept snapshots still need it to be restored.
        let snapshots_kept = p.state_dir().join("snapshots").is_dir();
        if d.local_etcd && !snapshots_kept {
            files.push(p.encryption_config());
        } else if p.encryption_config().exists() {
            cx.log(format!(
                "Kept {} (etcd data or snapshots encrypted with it remain)",
                p.encryption_config().display()
            ));
        }
        let mut removed = 0;
        for f in &files {
            if remove_file_if_exists(f)? {
                removed += 1;
            }
        }
        cx.log(format!(
            "Deleted {removed} files (manifests, kubeconfigs, certificates and keys)"
        ));
        // etcd snapshots are backups, not state: they outlive the node (restoring one after a
        // reset and a new init is how a node is rebuilt), as do the data directories a
        // restore kept aside.
        let snapshots = p.state_dir().join("snapshots");
        let kept_snapshots = snapshots.is_dir();
        let mut dirs: Vec<PathBuf> = vec![p.log_dir()];
        if kept_snapshots {
            for entry in std::fs::read_dir(p.state_dir())? {
                let path = entry?.path();
                if path == snapshots {
                    continue;
                }
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    remove_file_if_exists(&path)?;
                }
            }
            cx.log(format!(
                "Kept the etcd snapshots in {}",
                snapshots.display()
            ));
        } else {
            dirs.push(p.state_dir());
        }
        if d.local_etcd {
            dirs.push(p.etcd_data_dir().to_owned());
        }
        for dir in &dirs {
            if remove_dir_all_if_exists(dir)? {
                cx.log(format!("Deleted directory {}", dir.display()));
            }
        }
        // Directories init created, removed only when nothing else is in them.
        for dir in [
            p.pki_dir().join("etcd"),
            p.pki_dir().to_owned(),
            p.manifests_dir(),
            p.kubernetes_dir(),
        ] {
            remove_dir_if_empty(&dir)?;
        }
        if p.root() != Path::new("/") {
            for rel in ["var/lib", "var/log", "var", "etc"] {
                remove_dir_if_empty(&paths::under(p.root(), Path::new(rel)))?;
            }
        }
        Ok(())
    })
}
