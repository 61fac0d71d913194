//! Pre-flight checks: privileges, free ports, the etcd binary, and nothing left over from an
//! earlier init. Each check has kubeadm's name, which `--ignore-preflight-errors` takes.

use std::net::{SocketAddr, TcpListener};
use std::path::Path;

use super::InitData;
use crate::config::{EtcdConfig, paths};
use crate::controlplane::{COMPONENTS, CONTROLLER_MANAGER_PORT, SCHEDULER_PORT};
use crate::phases::Failed;
use crate::phases::NodeSetup;
use crate::workflow::{PhaseContext, PhaseFuture};

struct Finding {
    name: String,
    message: String,
}

pub fn run<'a, D: NodeSetup>(d: &'a mut D, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        cx.log("Running pre-flight checks");
        let control_plane = d.runs_control_plane();
        let d = d.node().await?;
        let findings = checks(d, control_plane);
        let ignored = |name: &str| {
            d.cfg
                .ignore_preflight_errors
                .iter()
                .any(|i| i == "all" || i.eq_ignore_ascii_case(name))
        };
        let mut fatal = Vec::new();
        for f in findings {
            if ignored(&f.name) {
                cx.log(format!("[WARNING {}]: {}", f.name, f.message));
            } else {
                fatal.push(format!("\t[ERROR {}]: {}", f.name, f.message));
            }
        }
        if !fatal.is_empty() {
            return Err(Failed(format!(
                "some fatal errors occurred:\n{}\nTo see the stack trace of this error execute with --v=5 or higher; if you know what you are doing, make a check non-fatal with `--ignore-preflight-errors=...`",
                fatal.join("\n")
            ))
            .into());
        }
        Ok(())
    })
}

fn checks(d: &mut InitData, control_plane: bool) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut fail = |name: String, message: String| out.push(Finding { name, message });
    // The real root, even in a dry run: preflight reports on what a real init would meet.
    let target = d.target_paths();
    if target.root() == Path::new("/") {
        if !nix::unistd::geteuid().is_root() {
            fail(
                "IsPrivilegedUser".into(),
                "user is not running as root: run as root, or pass --root-dir to work in a directory you own".into(),
            );
        }
    } else if !writable(target.root()) {
        fail(
            "IsPrivilegedUser".into(),
            format!("{} is not writable by this user", target.root().display()),
        );
    }
    if !control_plane {
        // A worker runs the agent only: nothing of the control plane must be free.
        return out;
    }
    let adv = d.cfg.advertise_address;
    let mut ports = vec![d.cfg.bind_port, CONTROLLER_MANAGER_PORT, SCHEDULER_PORT];
    if matches!(d.cfg.cluster.etcd, EtcdConfig::Local(_)) {
        ports.extend([
            crate::etcd::CLIENT_PORT,
            crate::etcd::PEER_PORT,
            crate::etcd::METRICS_PORT,
        ]);
    }
    for port in ports {
        let addr = SocketAddr::new(adv, port);
        if let Err(e) = TcpListener::bind(addr) {
            let why = if e.kind() == std::io::ErrorKind::AddrNotAvailable {
                format!(
                    "{adv} is not an address of this machine (check --apiserver-advertise-address)"
                )
            } else {
                format!("{addr} is in use ({e})")
            };
            fail(format!("Port-{port}"), why);
        }
    }
    let pki = target.pki_dir();
    if d.upload_certs && pki.join("ca.crt").exists() && !pki.join("ca.key").exists() {
        fail(
            "ExternalCA".into(),
            format!(
                "--upload-certs shares the CA keys, but {} is not here (external CA): copy the certificates other masters need to them yourself and drop --upload-certs",
                pki.join("ca.key").display()
            ),
        );
    }
    let mut manifests: Vec<&str> = COMPONENTS.iter().map(|c| c.pod_name).collect();
    manifests.push("etcd");
    for name in manifests {
        let path = target.manifest(name);
        if path.exists() {
            fail(
                format!("FileAvailable-{}", kubeadm_check_name(target.root(), &path)),
                format!(
                    "{} already exists: run `kubeforge reset` first",
                    path.display()
                ),
            );
        }
    }
    match &d.cfg.cluster.etcd {
        EtcdConfig::Local(_) => {
            let data = target.etcd_data_dir();
            if std::fs::read_dir(data).is_ok_and(|mut entries| entries.next().is_some()) {
                fail(
                    format!("DirAvailable-{}", kubeadm_check_name(target.root(), data)),
                    format!(
                        "{} is not empty: run `kubeforge reset` first",
                        data.display()
                    ),
                );
            }
            if let Err(e) = d.etcd_binary() {
                fail("FileExisting-etcd".into(), e.to_string());
            }
        }
        EtcdConfig::External(ext) => {
            for file in [&ext.ca_file, &ext.cert_file, &ext.key_file]
                .into_iter()
                .flatten()
            {
                let path = paths::under(target.root(), file);
                if !path.is_file() {
                    fail(
                        format!("FileExisting-{}", kubeadm_check_name(target.root(), &path)),
                        format!("external etcd file {} does not exist", path.display()),
                    );
                }
            }
        }
    }
    out
}

/// Whether `path` (or, if it does not exist yet, its nearest existing ancestor) is writable.
/// Checked without creating anything: a dry run must not write under the root.
fn writable(path: &Path) -> bool {
    let existing = path
        .ancestors()
        .find(|p| p.exists())
        .unwrap_or(Path::new("/"));
    nix::unistd::access(existing, nix::unistd::AccessFlags::W_OK).is_ok()
}

/// kubeadm's spelling of a path in a check name: `/etc/kubernetes/manifests/etcd.yaml` →
/// `-etc-kubernetes-manifests-etcd.yaml`.
fn kubeadm_check_name(root: &Path, path: &Path) -> String {
    let inside = path.strip_prefix(root).unwrap_or(path);
    format!(
        "-{}",
        inside
            .display()
            .to_string()
            .trim_start_matches('/')
            .replace('/', "-")
    )
}
