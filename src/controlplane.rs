//! The control-plane components' static Pods (kubeadm's phases/controlplane): the API server,
//! controller-manager and scheduler, each a subcommand of this same binary.

use std::net::IpAddr;
use std::path::Path;

use k8s_openapi::api::core::v1::Pod;

use crate::config::{EtcdConfig, InitConfig, Paths, paths};
use crate::pki::table;
use crate::staticpod::{ComponentPod, HttpProbe, component_pod, merge_args, url};
use crate::version::KUBEFORGE_VERSION;

/// The controller-manager's and scheduler's secure ports, as in Kubernetes.
pub const CONTROLLER_MANAGER_PORT: u16 = 10257;
pub const SCHEDULER_PORT: u16 = 10259;

/// One control-plane component: its Pod name, the `init phase control-plane` sub-phase name,
/// and how to build its Pod.
pub struct Component {
    pub pod_name: &'static str,
    pub phase_name: &'static str,
    pub description: &'static str,
    pub build: fn(&InitConfig, &Paths, &Path) -> Pod,
}

pub const COMPONENTS: [Component; 3] = [
    Component {
        pod_name: "kube-apiserver",
        phase_name: "apiserver",
        description: "Generates the kube-apiserver static Pod manifest",
        build: apiserver_pod,
    },
    Component {
        pod_name: "kube-controller-manager",
        phase_name: "controller-manager",
        description: "Generates the kube-controller-manager static Pod manifest",
        build: controller_manager_pod,
    },
    Component {
        pod_name: "kube-scheduler",
        phase_name: "scheduler",
        description: "Generates the kube-scheduler static Pod manifest",
        build: scheduler_pod,
    },
];

fn pki_file(paths: &Paths, name: &str, key: bool) -> String {
    let spec = table::spec(name).expect("row exists in the certificate table");
    let p = if key {
        spec.key_path(paths.pki_dir())
    } else {
        spec.cert_path(paths.pki_dir())
    };
    p.display().to_string()
}

fn image() -> String {
    format!("kubeforge:{KUBEFORGE_VERSION}")
}

fn probe(address: IpAddr, port: u16, path: &'static str) -> HttpProbe {
    HttpProbe {
        scheme: "HTTPS",
        host: address.to_string(),
        port,
        path,
    }
}

pub fn apiserver_pod(cfg: &InitConfig, paths: &Paths, exe: &Path) -> Pod {
    let adv = cfg.advertise_address;
    let mut args: Vec<(&str, String)> = vec![
        ("advertise-address", adv.to_string()),
        ("bind-address", adv.to_string()),
        ("secure-port", cfg.bind_port.to_string()),
        ("client-ca-file", pki_file(paths, "ca", false)),
        ("tls-cert-file", pki_file(paths, "apiserver", false)),
        ("tls-private-key-file", pki_file(paths, "apiserver", true)),
        (
            "service-cluster-ip-range",
            cfg.cluster.service_subnet.to_string(),
        ),
        // kubeadm's authentication and authorization flags.
        ("authorization-mode", "Node,RBAC".into()),
        (
            "service-account-key-file",
            paths.pki_dir().join(table::SA_PUB).display().to_string(),
        ),
        (
            "service-account-signing-key-file",
            paths.pki_dir().join(table::SA_KEY).display().to_string(),
        ),
        (
            "service-account-issuer",
            "https://kubernetes.default.svc.cluster.local".into(),
        ),
        (
            "requestheader-client-ca-file",
            pki_file(paths, "front-proxy-ca", false),
        ),
        ("requestheader-allowed-names", "front-proxy-client".into()),
        ("requestheader-username-headers", "X-Remote-User".into()),
        ("requestheader-group-headers", "X-Remote-Group".into()),
        (
            "requestheader-extra-headers-prefix",
            "X-Remote-Extra-".into(),
        ),
        // Secrets encrypted at rest, requests audited (both files written by this phase).
        (
            "encryption-provider-config",
            paths.encryption_config().display().to_string(),
        ),
        (
            "audit-policy-file",
            paths.audit_policy().display().to_string(),
        ),
        ("audit-log-path", paths.audit_log().display().to_string()),
        ("audit-log-maxsize", "100".into()),
        ("audit-log-maxbackup", "5".into()),
    ];
    match &cfg.cluster.etcd {
        EtcdConfig::Local(_) => {
            args.push((
                "etcd-servers",
                url("https", &adv.to_string(), crate::etcd::CLIENT_PORT),
            ));
            args.push(("etcd-cafile", pki_file(paths, "etcd-ca", false)));
            args.push((
                "etcd-certfile",
                pki_file(paths, "apiserver-etcd-client", false),
            ));
            args.push((
                "etcd-keyfile",
                pki_file(paths, "apiserver-etcd-client", true),
            ));
        }
        EtcdConfig::External(ext) => {
            args.push(("etcd-servers", ext.endpoints.join(",")));
            for (flag, file) in [
                ("etcd-cafile", &ext.ca_file),
                ("etcd-certfile", &ext.cert_file),
                ("etcd-keyfile", &ext.key_file),
            ] {
                if let Some(f) = file {
                    args.push((flag, paths::under(paths.root(), f).display().to_string()));
                }
            }
        }
    }
    let mut command = vec![exe.display().to_string(), "apiserver".into()];
    command.extend(merge_args(args, &cfg.cluster.api_server_extra_args));
    component_pod(ComponentPod {
        name: "kube-apiserver",
        image: image(),
        command,
        cpu_request: "250m",
        liveness: Some(probe(adv, cfg.bind_port, "/livez")),
        readiness: Some(probe(adv, cfg.bind_port, "/readyz")),
        annotations: [(
            "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint".to_owned(),
            cfg.local_api_endpoint().to_string(),
        )]
        .into(),
        env: vec![],
    })
}

fn component_command(
    exe: &Path,
    subcommand: &str,
    kubeconfig: &Path,
    bind: IpAddr,
    port: u16,
    more: Vec<(&str, String)>,
    extra: &[crate::config::v1beta4::Arg],
) -> Vec<String> {
    let mut args = vec![
        ("kubeconfig", kubeconfig.display().to_string()),
        ("bind-address", bind.to_string()),
        ("secure-port", port.to_string()),
    ];
    args.extend(more);
    let mut command = vec![exe.display().to_string(), subcommand.to_owned()];
    command.extend(merge_args(args, extra));
    command
}

/// kubeadm's controller-manager flags: bootstrap tokens signed and cleaned, CSRs signed by the
/// cluster CA, and node pod ranges from podSubnet when there is one.
fn controller_manager_args(cfg: &InitConfig, paths: &Paths) -> Vec<(&'static str, String)> {
    let mut args = vec![("controllers", "*,bootstrapsigner,tokencleaner".to_owned())];
    // With an external CA (its certificate here, its key not) the cluster signs no CSRs, as
    // with kubeadm.
    let pki = paths.pki_dir();
    if !pki.join("ca.crt").exists() || pki.join("ca.key").exists() {
        args.extend([
            (
                "cluster-signing-cert-file",
                paths.pki_dir().join("ca.crt").display().to_string(),
            ),
            (
                "cluster-signing-key-file",
                paths.pki_dir().join("ca.key").display().to_string(),
            ),
        ]);
    }
    args.extend([
        (
            "service-account-private-key-file",
            paths.pki_dir().join("sa.key").display().to_string(),
        ),
        (
            "root-ca-file",
            paths.pki_dir().join("ca.crt").display().to_string(),
        ),
    ]);
    if let Some(pods) = cfg.cluster.pod_subnet {
        args.push(("allocate-node-cidrs", "true".to_owned()));
        args.push(("cluster-cidr", pods.to_string()));
    }
    args
}

pub fn controller_manager_pod(cfg: &InitConfig, paths: &Paths, exe: &Path) -> Pod {
    let adv = cfg.advertise_address;
    component_pod(ComponentPod {
        name: "kube-controller-manager",
        image: image(),
        command: component_command(
            exe,
            "controller-manager",
            &paths.kubeconfig(paths::CONTROLLER_MANAGER_CONF),
            adv,
            CONTROLLER_MANAGER_PORT,
            controller_manager_args(cfg, paths),
            &cfg.cluster.controller_manager_extra_args,
        ),
        cpu_request: "200m",
        liveness: Some(probe(adv, CONTROLLER_MANAGER_PORT, "/healthz")),
        readiness: None,
        annotations: Default::default(),
        env: vec![],
    })
}

pub fn scheduler_pod(cfg: &InitConfig, paths: &Paths, exe: &Path) -> Pod {
    let adv = cfg.advertise_address;
    component_pod(ComponentPod {
        name: "kube-scheduler",
        image: image(),
        command: component_command(
            exe,
            "scheduler",
            &paths.kubeconfig(paths::SCHEDULER_CONF),
            adv,
            SCHEDULER_PORT,
            vec![],
            &cfg.cluster.scheduler_extra_args,
        ),
        cpu_request: "100m",
        liveness: Some(probe(adv, SCHEDULER_PORT, "/livez")),
        readiness: Some(probe(adv, SCHEDULER_PORT, "/readyz")),
        annotations: Default::default(),
        env: vec![],
    })
}

/// Edits the API server's static Pod with `edit` (the agent restarts a Pod whose manifest
/// changed), then waits until a new API server process answers `/readyz` with admin.conf.
pub async fn restart_apiserver(
    paths: &Paths,
    edit: impl FnOnce(&mut Pod),
    timeout: std::time::Duration,
) -> Result<(), String> {
    let manifest = paths.manifest("kube-apiserver");
    let text = std::fs::read_to_string(&manifest)
        .map_err(|e| format!("cannot read {}: {e}", manifest.display()))?;
    let mut pod = crate::staticpod::parse_manifest(&text)
        .map_err(|e| format!("{}: {e}", manifest.display()))?;
    edit(&mut pod);
    let pid_file = paths.container_pid_file("kube-apiserver", "kube-apiserver");
    let before = std::fs::read_to_string(&pid_file).unwrap_or_default();
    crate::staticpod::write_manifest(&manifest, &pod)
        .map_err(|e| format!("cannot write {}: {e}", manifest.display()))?;
    let client =
        crate::kubeconfig::client::ApiClient::from_kubeconfig(&paths.kubeconfig("admin.conf"))
            .map_err(|e| e.to_string())?
            .with_timeout(std::time::Duration::from_secs(2));
    let deadline = std::time::Instant::now() + timeout;
    while std::time::Instant::now() < deadline {
        let now = std::fs::read_to_string(&pid_file).unwrap_or_default();
        if !now.is_empty()
            && now != before
            && let Ok(r) = client.get("/readyz").await
            && r.status == 200
        {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    Err(format!(
        "the API server did not come back within {} s — check {}",
        timeout.as_secs(),
        paths
            .container_log("kube-apiserver", "kube-apiserver")
            .display()
    ))
}

/// Sets `--<flag>=<value>` on the API server's command (`None` removes the flag).
pub fn set_apiserver_flag(pod: &mut Pod, flag: &str, value: Option<&str>) {
    let prefix = format!("--{flag}=");
    let Some(command) = pod
        .spec
        .as_mut()
        .and_then(|s| s.containers.first_mut())
        .and_then(|c| c.command.as_mut())
    else {
        return;
    };
    command.retain(|a| !a.starts_with(&prefix));
    if let Some(v) = value {
        command.push(format!("{prefix}{v}"));
    }
}
