//! The path table: every file kubeforge reads or writes, derived from `--root-dir`.
//!
//! With distinct roots and advertise addresses several nodes live on one machine, which the
//! integration tests rely on. Nothing outside this table builds a path by hand.

use std::path::{Path, PathBuf};

/// Default certificate directory, as in kubeadm (relative to the root).
pub const DEFAULT_CERTIFICATES_DIR: &str = "/etc/kubernetes/pki";
/// Default etcd data directory, as in kubeadm (relative to the root).
pub const DEFAULT_ETCD_DATA_DIR: &str = "/var/lib/etcd";
/// Default directory of etcd snapshots (relative to the root).
pub const DEFAULT_SNAPSHOT_DIR: &str = "/var/lib/kubeforge/snapshots";

/// The kubeconfig files kubeadm writes, by file name.
pub const ADMIN_CONF: &str = "admin.conf";
pub const SUPER_ADMIN_CONF: &str = "super-admin.conf";
pub const CONTROLLER_MANAGER_CONF: &str = "controller-manager.conf";
pub const SCHEDULER_CONF: &str = "scheduler.conf";
/// The node's own identity; the agent plays the kubelet, so it keeps kubeadm's file name.
pub const KUBELET_CONF: &str = "kubelet.conf";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    root: PathBuf,
    pki: PathBuf,
    etcd_data: PathBuf,
}

impl Paths {
    /// The table for `root` with kubeadm's default certificate and etcd directories.
    pub fn new(root: &Path) -> Self {
        Self::with_dirs(
            root,
            Path::new(DEFAULT_CERTIFICATES_DIR),
            Path::new(DEFAULT_ETCD_DATA_DIR),
        )
    }

    /// The table for `root` with the cluster configuration's `certificatesDir` and
    /// `etcd.local.dataDir` (both absolute paths as seen from inside the root).
    pub fn with_dirs(root: &Path, certificates_dir: &Path, etcd_data_dir: &Path) -> Self {
        Paths {
            root: root.to_owned(),
            pki: under(root, certificates_dir),
            etcd_data: under(root, etcd_data_dir),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
    /// `<root>/etc/kubernetes`
    pub fn kubernetes_dir(&self) -> PathBuf {
        under(&self.root, Path::new("/etc/kubernetes"))
    }
    pub fn pki_dir(&self) -> &Path {
        &self.pki
    }
    pub fn manifests_dir(&self) -> PathBuf {
        self.kubernetes_dir().join("manifests")
    }
    /// A static Pod manifest: `<root>/etc/kubernetes/manifests/<component>.yaml`.
    pub fn manifest(&self, component: &str) -> PathBuf {
        self.manifests_dir().join(format!("{component}.yaml"))
    }
    /// A kubeconfig file under `<root>/etc/kubernetes`.
    pub fn kubeconfig(&self, file_name: &str) -> PathBuf {
        self.kubernetes_dir().join(file_name)
    }
    /// The API server's EncryptionConfiguration (its keys: 0600).
    pub fn encryption_config(&self) -> PathBuf {
        self.kubernetes_dir().join("encryption-config.yaml")
    }
    /// The API server's audit Policy.
    pub fn audit_policy(&self) -> PathBuf {
        self.kubernetes_dir().join("audit-policy.yaml")
    }
    /// The API server's audit log (rotated beside it).
    pub fn audit_log(&self) -> PathBuf {
        self.log_dir().join("audit").join("audit.log")
    }
    pub fn etcd_data_dir(&self) -> &Path {
        &self.etcd_data
    }
    /// `<root>/var/lib/kubeforge`: the agent's state.
    pub fn state_dir(&self) -> PathBuf {
        under(&self.root, Path::new("/var/lib/kubeforge"))
    }
    /// The effective configuration init wrote, read back by the agent and by reset.
    pub fn node_config(&self) -> PathBuf {
        self.state_dir().join("config.yaml")
    }
    /// The agent's pid file (also its single-instance lock).
    pub fn agent_pid_file(&self) -> PathBuf {
        self.state_dir().join("agent.pid")
    }
    /// Where the agent records the process of each running container.
    pub fn pods_state_dir(&self) -> PathBuf {
        self.state_dir().join("pods")
    }
    pub fn container_pid_file(&self, pod: &str, container: &str) -> PathBuf {
        self.pods_state_dir()
            .join(pod)
            .join(format!("{container}.pid"))
    }
    /// `<root>/var/log/kubeforge`
    pub fn log_dir(&self) -> PathBuf {
        under(&self.root, Path::new("/var/log/kubeforge"))
    }
    pub fn agent_log(&self) -> PathBuf {
        self.log_dir().join("agent.log")
    }
    pub fn container_log(&self, pod: &str, container: &str) -> PathBuf {
        self.log_dir().join(pod).join(format!("{container}.log"))
    }
    /// The systemd unit, used only when the root is `/` and systemd runs the machine.
    pub fn systemd_unit(&self) -> PathBuf {
        under(
            &self.root,
            Path::new("/etc/systemd/system/kubeforge-agent.service"),
        )
    }
}

/// `root` joined with an absolute path as seen from inside the root.
pub fn under(root: &Path, absolute: &Path) -> PathBuf {
    root.join(absolute.strip_prefix("/").unwrap_or(absolute))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_lives_under_the_root() {
        let p = Paths::new(Path::new("/tmp/node1"));
        assert_eq!(p.pki_dir(), Path::new("/tmp/node1/etc/kubernetes/pki"));
        assert_eq!(
            p.manifest("etcd"),
            Path::new("/tmp/node1/etc/kubernetes/manifests/etcd.yaml")
        );
        assert_eq!(p.etcd_data_dir(), Path::new("/tmp/node1/var/lib/etcd"));
        assert_eq!(
            p.kubeconfig(ADMIN_CONF),
            Path::new("/tmp/node1/etc/kubernetes/admin.conf")
        );
        let real = Paths::new(Path::new("/"));
        assert_eq!(real.pki_dir(), Path::new("/etc/kubernetes/pki"));
    }
}
