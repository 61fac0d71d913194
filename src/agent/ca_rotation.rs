//! The agent's part in a cluster CA rotation (`kubeforge certs rotate-ca`): it watches its own
//! Node for the stage `rotate-ca` wants it at (`kubeforge.io/ca-rotation`), applies it, and
//! acknowledges on the Node (`kubeforge.io/ca-rotation-applied`), or says why it cannot
//! (`kubeforge.io/ca-rotation-error`) and tries again.
//!
//! A master takes the new CA and service-account key from the rotation's Secret, rewrites its
//! files (`pki::ca_rotation`), restarts the components that read them only at start, and
//! acknowledges once its API server is back — so `rotate-ca`, which moves one master at a
//! time, never has two down at once. A worker has no CA key: it takes the trust bundle from
//! the public cluster-info ConfigMap (`trust`, `finish`) and renews its client certificate
//! through a CertificateSigningRequest (`reissue`), as the kubelet does.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use k8s_openapi::api::core::v1::{ConfigMap, Node, Secret};
use kube::Api;
use kube::api::{Patch, PatchParams};
use serde_json::json;

use crate::config::{InitConfig, Paths, paths};
use crate::pki::ca_rotation::{self, Material, Stage};

const POLL: Duration = Duration::from_secs(2);
/// How long a master waits for its restarted API server before it reports an error.
const RESTART_TIMEOUT: Duration = Duration::from_secs(120);

pub async fn run(paths: Paths, config: InitConfig, api: Option<SocketAddr>) {
    let worker = super::cert_renewal::is_worker(&paths);
    let kubeconfig = kubeconfig_of(&paths, worker);
    let mut client: Option<kube::Client> = None;
    loop {
        tokio::time::sleep(POLL).await;
        let c = match &client {
            Some(c) => c.clone(),
            None => match connect(&kubeconfig, api).await {
                Ok(c) => c,
                Err(e) => {
                    tracing::debug!(error = %e, "CA rotation: no client yet");
                    continue;
                }
            },
        };
        match step(&c, &paths, &config, worker, api).await {
            // The files the client was built from changed: build it afresh next time.
            Ok(true) => client = None,
            Ok(false) => client = Some(c),
            Err(e) => {
                tracing::debug!(error = %e, "CA rotation: cannot read the Node");
                client = None;
            }
        }
    }
}

/// Through the node-local endpoint when the agent serves one, so that any live master answers.
async fn connect(
    kubeconfig: &std::path::Path,
    api: Option<SocketAddr>,
) -> Result<kube::Client, String> {
    let config = super::api_proxy::client_config(kubeconfig, api).await?;
    kube::Client::try_from(config).map_err(|e| e.to_string())
}

/// One look at the Node; applies the desired stage if it is not applied yet. `Ok(true)` when
/// something was applied (or attempted).
async fn step(
    client: &kube::Client,
    paths: &Paths,
    config: &InitConfig,
    worker: bool,
    api: Option<SocketAddr>,
) -> Result<bool, kube::Error> {
    let nodes: Api<Node> = Api::all(client.clone());
    let node = nodes.get(&config.node_name).await?;
    let annotations = node.metadata.annotations.unwrap_or_default();
    let Some(desired) = annotations.get(ca_rotation::DESIRED_ANNOTATION) else {
        return Ok(false);
    };
    if annotations.get(ca_rotation::APPLIED_ANNOTATION) == Some(desired) {
        return Ok(false);
    }
    let applied = annotations
        .get(ca_rotation::APPLIED_ANNOTATION)
        .map(String::as_str);
    let result = match ca_rotation::parse_marker(desired) {
        None => Err(format!("{desired:?} is not a CA rotation stage")),
        // Going back would undo what later stages relied on (the old CA signing again).
        Some((id, stage)) if ca_rotation::reached(applied, id, stage) => Err(format!(
            "{desired:?} is behind the applied {:?}: a node never goes back a stage",
            applied.unwrap_or_default()
        )),
        Some((id, stage)) => {
            tracing::info!(
                rotation = id,
                stage = stage.as_str(),
                "applying a CA rotation stage"
            );
            if worker {
                apply_on_worker(api, paths, config, stage).await
            } else {
                apply_on_master(client, paths, config, id, stage).await
            }
        }
    };
    let annotations = match &result {
        Ok(()) => {
            tracing::info!(stage = %desired, "CA rotation stage applied");
            json!({ca_rotation::APPLIED_ANNOTATION: desired, ca_rotation::ERROR_ANNOTATION: null})
        }
        Err(message) => {
            tracing::warn!(stage = %desired, error = %message, "cannot apply a CA rotation stage; retrying");
            json!({ca_rotation::ERROR_ANNOTATION: message})
        }
    };
    let patch = json!({"metadata": {"annotations": annotations}});
    // Acknowledge with credentials read afresh: those the client was built with may be the
    // ones this stage replaced.
    let fresh = connect(&kubeconfig_of(paths, worker), api)
        .await
        .unwrap_or_else(|_| client.clone());
    let patched = Api::<Node>::all(fresh)
        .patch(
            &config.node_name,
            &PatchParams::default(),
            &Patch::Merge(&patch),
        )
        .await;
    if result.is_err() {
        tokio::time::sleep(Duration::from_secs(10)).await;
    }
    patched.map(|_| true)
}

/// A master reads the rotation's Secret: admin.conf may, the node's identity may not.
fn kubeconfig_of(paths: &Paths, worker: bool) -> std::path::PathBuf {
    paths.kubeconfig(if worker {
        paths::KUBELET_CONF
    } else {
        paths::ADMIN_CONF
    })
}

async fn apply_on_master(
    client: &kube::Client,
    paths: &Paths,
    config: &InitConfig,
    id: &str,
    stage: Stage,
) -> Result<(), String> {
    let secrets: Api<Secret> = Api::namespaced(client.clone(), "kube-system");
    let secret = secrets
        .get_opt(ca_rotation::SECRET)
        .await
        .map_err(|e| format!("cannot read the rotation's Secret: {e}"))?
        .ok_or_else(|| {
            format!(
                "the rotation's Secret kube-system/{} is gone: rerun `kubeforge certs rotate-ca`",
                ca_rotation::SECRET
            )
        })?;
    let material = material_of(&secret, id)?;
    let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
    let opts = crate::pki::renew::RenewOptions {
        new_key: false,
        validity: config.cluster.certificate_validity,
        algorithm: config.cluster.encryption_algorithm,
        backup_dir: paths.state_dir().join(format!(
            "certs-backup/ca-rotation-{id}-{}-{stamp}",
            stage.as_str()
        )),
    };
    let apiserver = paths.container_pid_file("kube-apiserver", "kube-apiserver");
    let before = super::process::ProcessRecord::read(&apiserver);
    let etcd = paths.container_pid_file("etcd", "etcd");
    let etcd_before = super::process::ProcessRecord::read(&etcd);
    ca_rotation::apply_on_master(
        stage,
        &material,
        paths.pki_dir(),
        &paths.kubernetes_dir(),
        &opts,
    )
    .map_err(|e| e.to_string())?;
    let reason = format!("CA rotation {id} {} at {stamp}", stage.as_str());
    // etcd reads its trusted CAs only at start (its own certificates, reissued in `reissue`,
    // for every handshake): it restarts first when the trust changed, and the control plane
    // once it serves again.
    if material.replaces_etcd_ca() && stage != Stage::Reissue && paths.manifest("etcd").exists() {
        crate::staticpod::mark_for_restart(paths, &["etcd"], &reason)
            .map_err(|e| format!("cannot restart etcd: {e}"))?;
        wait_etcd_restarted(paths, &etcd, etcd_before).await?;
    }
    crate::staticpod::mark_for_restart(paths, &ca_rotation::RESTARTED, &reason)
        .map_err(|e| format!("cannot restart the control plane: {e}"))?;
    wait_restarted(paths, config, &apiserver, before).await
}

/// Waits until a new etcd process answers a linearizable read.
async fn wait_etcd_restarted(
    paths: &Paths,
    pid_file: &std::path::Path,
    before: Option<super::process::ProcessRecord>,
) -> Result<(), String> {
    let member = crate::etcd::snapshot::LocalMember::from_manifest(paths)
        .map_err(|e| format!("cannot read the etcd manifest: {e}"))?;
    let deadline = Instant::now() + RESTART_TIMEOUT;
    while Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let now = super::process::ProcessRecord::read(pid_file);
        if now.is_some() && now != before && member.is_healthy().await {
            return Ok(());
        }
    }
    Err(format!(
        "etcd did not come back healthy within {}s after the restart: see its log",
        RESTART_TIMEOUT.as_secs()
    ))
}

/// Waits until a new API server process answers /readyz with the node's fresh admin.conf.
async fn wait_restarted(
    paths: &Paths,
    config: &InitConfig,
    pid_file: &std::path::Path,
    before: Option<super::process::ProcessRecord>,
) -> Result<(), String> {
    let deadline = Instant::now() + RESTART_TIMEOUT;
    let local: Option<SocketAddr> = config.local_api_endpoint().to_string().parse().ok();
    let admin = paths.kubeconfig(paths::ADMIN_CONF);
    while Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let now = super::process::ProcessRecord::read(pid_file);
        if now.is_none() || now == before {
            continue;
        }
        let Some(addr) = local else {
            return Ok(());
        };
        let Ok(client) = super::api_proxy::client(&admin, addr).await else {
            continue;
        };
        let request = http::Request::get("/readyz")
            .body(Vec::new())
            .expect("a request");
        if client
            .request_text(request)
            .await
            .is_ok_and(|t| t.trim() == "ok")
        {
            return Ok(());
        }
    }
    Err(format!(
        "the API server did not come back within {}s after the restart: see its log",
        RESTART_TIMEOUT.as_secs()
    ))
}

pub fn material_of(secret: &Secret, id: &str) -> Result<Material, String> {
    let annotated = secret
        .metadata
        .annotations
        .as_ref()
        .and_then(|a| a.get(ca_rotation::ID_ANNOTATION));
    if annotated.map(String::as_str) != Some(id) {
        return Err(format!(
            "the rotation's Secret is for rotation {annotated:?}, not {id:?}: rerun `kubeforge certs rotate-ca`"
        ));
    }
    let data: BTreeMap<String, String> = secret
        .data
        .iter()
        .flatten()
        .map(|(k, v)| (k.clone(), String::from_utf8_lossy(&v.0).into_owned()))
        .collect();
    Material::from_data(&data)
}

async fn apply_on_worker(
    api: Option<SocketAddr>,
    paths: &Paths,
    config: &InitConfig,
    stage: Stage,
) -> Result<(), String> {
    let kubelet_conf = paths.kubeconfig(paths::KUBELET_CONF);
    match stage {
        Stage::Reissue => super::cert_renewal::rotate_node_certificate(paths, config)
            .await
            .map(|_| ()),
        Stage::Trust | Stage::Finish => {
            let published = published_ca(&kubelet_conf, api).await?;
            if stage == Stage::Trust {
                // Continuity: the published bundle must still hold the CA trusted now.
                let current = crate::kubeconfig::Kubeconfig::load(&kubelet_conf)
                    .and_then(|k| k.credentials(&kubelet_conf))
                    .map_err(|e| e.to_string())?
                    .ca_pem;
                let published_blocks = ca_rotation::split_pem(&published);
                if !ca_rotation::split_pem(&current)
                    .iter()
                    .all(|b| published_blocks.contains(b))
                {
                    return Err("cluster-info does not (yet) include the CA this node trusts: it must hold the old and the new CA during the trust stage".into());
                }
            }
            ca_rotation::set_kubeconfig_ca(&kubelet_conf, &published).map_err(|e| e.to_string())
        }
    }
}

/// The CA (bundle) cluster-info publishes, read as anyone may read it (RBAC grants it to
/// `system:anonymous`, not to nodes) over TLS verified with what `kubeconfig` trusts now.
async fn published_ca(
    kubeconfig: &std::path::Path,
    api: Option<SocketAddr>,
) -> Result<String, String> {
    let mut config = super::api_proxy::client_config(kubeconfig, api).await?;
    config.auth_info = Default::default();
    let client = kube::Client::try_from(config).map_err(|e| e.to_string())?;
    let configmaps: Api<ConfigMap> =
        Api::namespaced(client, crate::discovery::cluster_info::NAMESPACE);
    let cm = configmaps
        .get(crate::discovery::cluster_info::NAME)
        .await
        .map_err(|e| format!("cannot read cluster-info: {e}"))?;
    let text = cm
        .data
        .and_then(|d| d.get("kubeconfig").cloned())
        .ok_or("cluster-info has no kubeconfig")?;
    let config: crate::kubeconfig::Kubeconfig =
        serde_saphyr::from_str(&text).map_err(|e| format!("cluster-info: {e}"))?;
    crate::discovery::cluster_info::from_kubeconfig(&config, "cluster-info")
        .map(|i| i.ca_pem)
        .map_err(|e| e.to_string())
}
