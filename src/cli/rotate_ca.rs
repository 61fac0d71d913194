//! `kubeforge certs rotate-ca [--path DIR] [--status]`: replaces the cluster CA and the
//! service-account key on every node without downtime. The new CA (generated, or staged in
//! `--path` as `ca.crt` + `ca.key`) travels to the masters in a Secret; each node is moved
//! through the stages of `pki::ca_rotation` — trust both, reissue with the new, drop the old —
//! by a desired-stage annotation on its Node that its agent applies and acknowledges. Masters
//! go one at a time (each restarts its control plane), workers together after them; no node
//! starts a stage before every node finished the one before. Interrupted, the command resumes
//! where the nodes are: the rotation's state lives in the cluster, not in this process.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use k8s_openapi::ByteString;
use k8s_openapi::api::core::v1::{ConfigMap, Node, Secret};
use kube::Api;
use kube::api::{DeleteParams, ListParams, Patch, PatchParams, PostParams};
use serde_json::json;

use crate::config::{InitConfig, Paths, paths};
use crate::discovery::cluster_info;
use crate::pki::ca_rotation::{self, Material, Stage};
use crate::pki::{CertAuthority, pin};

/// How long one node may take to apply one stage before the command stops (to be rerun).
const STAGE_TIMEOUT: Duration = Duration::from_secs(300);
const CONTROL_PLANE_LABEL: &str = "node-role.kubernetes.io/control-plane";

pub async fn run(
    paths: &Paths,
    cfg: &InitConfig,
    staged: Option<&Path>,
    status: bool,
) -> anyhow::Result<()> {
    if crate::agent::cert_renewal::is_worker(paths) {
        bail!("this node runs no control plane: run `kubeforge certs rotate-ca` on a master");
    }
    // A staged CA is checked before anything is contacted.
    let staged = staged.map(read_staged).transpose()?;
    let mut api = Cluster::connect(paths, cfg).await?;
    if status {
        return print_status(&mut api).await;
    }
    let (id, material) = start_or_resume(&mut api, paths, cfg, staged).await?;
    let all: Vec<Node> = api
        .retrying(|c| async move { nodes(c).list(&ListParams::default()).await })
        .await?
        .items;
    let name = |n: &Node| n.metadata.name.clone().unwrap_or_default();
    let nodes_at_start = all.clone();
    let (mut masters, mut workers): (Vec<Node>, Vec<Node>) = all.into_iter().partition(is_master);
    masters.sort_by_key(name);
    workers.sort_by_key(name);
    let (masters, workers): (Vec<String>, Vec<String>) = (
        masters.iter().map(name).collect(),
        workers.iter().map(name).collect(),
    );
    println!(
        "[rotate-ca] {} master(s) one at a time, then {} worker(s)",
        masters.len(),
        workers.len()
    );
    for stage in Stage::ALL {
        // Resumed: a stage every node is at or past is not run again (a node never goes back).
        if nodes_at_start.iter().all(|n| {
            ca_rotation::reached(annotation(n, ca_rotation::APPLIED_ANNOTATION), &id, stage)
        }) {
            println!(
                "[rotate-ca] stage {} already done on every node",
                stage.as_str()
            );
            continue;
        }
        if stage == Stage::Trust {
            let ca = material.cluster_ca();
            publish_cluster_info(&mut api, &ca.old_cert, &ca.new_cert).await?;
        }
        for m in &masters {
            api.move_nodes(std::slice::from_ref(m), &id, stage).await?;
        }
        if stage == Stage::Finish {
            publish_cluster_info(&mut api, &material.cluster_ca().new_cert, "").await?;
        }
        if !workers.is_empty() {
            api.move_nodes(&workers, &id, stage).await?;
        }
        println!("[rotate-ca] stage {} done on every node", stage.as_str());
    }
    // The new CA's key must not linger in the cluster, and certificates uploaded for joining
    // masters (`init --upload-certs`) hold the old CAs: a master joining with them would not
    // be trusted.
    delete_secret(&mut api, ca_rotation::SECRET).await?;
    let stale_upload = delete_secret(&mut api, crate::discovery::shared_certs::SECRET_NAME).await?;
    let hash = pin::ca_cert_hash(&material.cluster_ca().new_cert).unwrap_or_default();
    println!(
        "\nThe cluster CA was replaced on every node ({} master(s), {} worker(s)); the old CA is trusted nowhere.",
        masters.len(),
        workers.len()
    );
    println!(
        "New joins use --discovery-token-ca-cert-hash {hash}; kubeconfigs handed out before the rotation no longer work."
    );
    println!(
        "Service-account tokens issued before it keep working until they expire (the old public key stays in sa.pub)."
    );
    if stale_upload {
        println!(
            "The certificates uploaded for joining masters held the old CAs and were deleted: run `kubeforge init phase upload-certs --upload-certs` before joining another master."
        );
    }
    Ok(())
}

/// Deletes a kube-system Secret; `false` when there was none.
async fn delete_secret(api: &mut Cluster, name: &str) -> anyhow::Result<bool> {
    let deleted = api
        .retrying(|c| async move { secrets(c).delete(name, &DeleteParams::default()).await })
        .await;
    match deleted {
        Ok(_) => Ok(true),
        Err(e) if e.downcast_ref::<kube::Error>().is_some_and(is_not_found) => Ok(false),
        Err(e) => Err(e).with_context(|| format!("cannot delete the Secret kube-system/{name}")),
    }
}

fn is_not_found(e: &kube::Error) -> bool {
    matches!(e, kube::Error::Api(s) if s.code == 404)
}

fn is_master(node: &Node) -> bool {
    node.metadata
        .labels
        .as_ref()
        .is_some_and(|l| l.contains_key(CONTROL_PLANE_LABEL))
}

/// The cluster, through the node-local endpoint (any live master answers while this one
/// restarts), with admin.conf read afresh whenever a request fails: the rotation rewrites it.
struct Cluster {
    admin: std::path::PathBuf,
    endpoint: SocketAddr,
    client: kube::Client,
}

impl Cluster {
    async fn connect(paths: &Paths, cfg: &InitConfig) -> anyhow::Result<Self> {
        let admin = paths.kubeconfig(paths::ADMIN_CONF);
        let endpoint = SocketAddr::new(cfg.advertise_address, crate::agent::api_proxy::PORT);
        let client = Self::client(&admin, endpoint).await?;
        Ok(Cluster {
            admin,
            endpoint,
            client,
        })
    }

    async fn client(admin: &Path, endpoint: SocketAddr) -> anyhow::Result<kube::Client> {
        if let Ok(c) = crate::agent::api_proxy::client(admin, endpoint).await
            && c.apiserver_version().await.is_ok()
        {
            return Ok(c);
        }
        crate::controllers::client(admin)
            .await
            .with_context(|| format!("cannot use {}", admin.display()))
    }

    async fn reconnect(&mut self) {
        if let Ok(c) = Self::client(&self.admin, self.endpoint).await {
            self.client = c;
        }
    }

    /// Sets `<id>/<stage>` as the desired stage of `names` (those not there or past it yet)
    /// and waits until all acknowledge it.
    async fn move_nodes(&mut self, names: &[String], id: &str, stage: Stage) -> anyhow::Result<()> {
        let marker = ca_rotation::marker(id, stage);
        let marker = marker.as_str();
        let patch = json!({"metadata": {"annotations": {ca_rotation::DESIRED_ANNOTATION: marker}}});
        let mut pending: Vec<&String> = Vec::new();
        for name in names {
            let node = self
                .retrying(|c| async move { nodes(c).get(name).await })
                .await?;
            let applied = annotation(&node, ca_rotation::APPLIED_ANNOTATION);
            if ca_rotation::reached(applied, id, stage) {
                println!("[rotate-ca] {name}: already at {marker} or past it");
                continue;
            }
            let patch = &patch;
            self.retrying(|c| async move {
                nodes(c)
                    .patch(name, &PatchParams::default(), &Patch::Merge(patch))
                    .await
            })
            .await?;
            println!("[rotate-ca] {name}: applying {marker}");
            pending.push(name);
        }
        let deadline = Instant::now() + STAGE_TIMEOUT;
        let mut reported: BTreeMap<String, String> = BTreeMap::new();
        while !pending.is_empty() {
            if Instant::now() > deadline {
                let why: Vec<String> = pending
                    .iter()
                    .map(|n| match reported.get(*n) {
                        Some(e) => format!("{n}: {e}"),
                        None => format!("{n}: no answer (is its agent running?)"),
                    })
                    .collect();
                bail!(
                    "{marker} was not applied within {}s — {}. Fix that and rerun `kubeforge certs rotate-ca` to resume",
                    STAGE_TIMEOUT.as_secs(),
                    why.join("; ")
                );
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
            let mut still = Vec::new();
            for name in pending {
                let Ok(node) = nodes(self.client.clone()).get(name).await else {
                    self.reconnect().await;
                    still.push(name);
                    continue;
                };
                if annotation(&node, ca_rotation::APPLIED_ANNOTATION) == Some(marker) {
                    println!("[rotate-ca] {name}: {marker} applied");
                    continue;
                }
                if let Some(e) = annotation(&node, ca_rotation::ERROR_ANNOTATION)
                    && reported.get(name.as_str()).map(String::as_str) != Some(e)
                {
                    eprintln!("[rotate-ca] {name}: {e} (its agent retries)");
                    reported.insert(name.clone(), e.to_owned());
                }
                still.push(name);
            }
            pending = still;
        }
        Ok(())
    }

    /// Runs a request, reconnecting and retrying for a while when it fails for want of a
    /// connection (a master restarting, credentials replaced).
    async fn retrying<T, F, Fut>(&mut self, mut request: F) -> anyhow::Result<T>
    where
        F: FnMut(kube::Client) -> Fut,
        Fut: Future<Output = Result<T, kube::Error>>,
    {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            match request(self.client.clone()).await {
                Ok(v) => return Ok(v),
                Err(e @ kube::Error::Api(_)) => return Err(e.into()),
                Err(e) if Instant::now() > deadline => return Err(e.into()),
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    self.reconnect().await;
                }
            }
        }
    }
}

fn nodes(client: kube::Client) -> Api<Node> {
    Api::all(client)
}

fn secrets(client: kube::Client) -> Api<Secret> {
    Api::namespaced(client, "kube-system")
}

fn annotation<'a>(node: &'a Node, key: &str) -> Option<&'a str> {
    node.metadata
        .annotations
        .as_ref()?
        .get(key)
        .map(String::as_str)
}

/// The rotation in progress (its Secret), or a new one.
async fn start_or_resume(
    api: &mut Cluster,
    paths: &Paths,
    cfg: &InitConfig,
    staged: Option<Staged>,
) -> anyhow::Result<(String, Material)> {
    if let Some(secret) = api
        .retrying(|c| async move { secrets(c).get_opt(ca_rotation::SECRET).await })
        .await?
    {
        let id = secret
            .metadata
            .annotations
            .as_ref()
            .and_then(|a| a.get(ca_rotation::ID_ANNOTATION))
            .cloned()
            .unwrap_or_default();
        let material =
            crate::agent::ca_rotation::material_of(&secret, &id).map_err(anyhow::Error::msg)?;
        if let Some(staged) = &staged
            && staged.cas.iter().any(|(ca, cert, _)| {
                material
                    .cas
                    .iter()
                    .find(|c| c.ca == *ca)
                    .map(|c| pin::ca_cert_hash(&c.new_cert))
                    != Some(pin::ca_cert_hash(cert))
            })
        {
            bail!(
                "a rotation to another CA (rotation {id}) is in progress: rerun `kubeforge certs rotate-ca` without --path to finish it first (nothing was changed)"
            );
        }
        println!("[rotate-ca] resuming rotation {id}");
        return Ok((id, material));
    }
    let material = new_material(paths, cfg, staged)?;
    let id = ca_rotation::rotation_id(&material.cluster_ca().new_cert)
        .context("the new CA does not parse")?;
    let data = material
        .to_data()
        .into_iter()
        .map(|(k, v)| (k, ByteString(v.into_bytes())))
        .collect();
    let secret = Secret {
        metadata: kube::api::ObjectMeta {
            name: Some(ca_rotation::SECRET.into()),
            namespace: Some("kube-system".into()),
            annotations: Some([(ca_rotation::ID_ANNOTATION.to_owned(), id.clone())].into()),
            ..Default::default()
        },
        data: Some(data),
        type_: Some("Opaque".into()),
        ..Default::default()
    };
    let secret = &secret;
    api.retrying(|c| async move { secrets(c).create(&PostParams::default(), secret).await })
        .await
        .context("cannot store the new CA for the other masters")?;
    for c in &material.cas {
        println!(
            "[rotate-ca] rotation {id}: new {} {}",
            c.ca,
            pin::ca_cert_hash(&c.new_cert).unwrap_or_default()
        );
    }
    Ok((id, material))
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

/// New CAs from `--path`: `(table row, certificate, key)`.
struct Staged {
    dir: std::path::PathBuf,
    cas: Vec<(&'static str, String, String)>,
}

/// Reads `DIR/ca.crt` and `DIR/ca.key` (required), and `DIR/front-proxy-ca.{crt,key}` and
/// `DIR/etcd/ca.{crt,key}` if there (the certificates directory's layout), checking each is a
/// CA with its key.
fn read_staged(dir: &Path) -> anyhow::Result<Staged> {
    let mut cas = Vec::new();
    for ca in ca_rotation::ROTATABLE {
        let spec = crate::pki::table::spec(ca).expect("rotatable CAs are in the table");
        let (cert_path, key_path) = (spec.cert_path(dir), spec.key_path(dir));
        if ca != "ca" && !cert_path.exists() {
            continue;
        }
        let (cert, key) = (read(&cert_path)?, read(&key_path)?);
        CertAuthority::from_pem(&cert, &key, &cert_path, &key_path)?;
        cas.push((ca, cert, key));
    }
    Ok(Staged {
        dir: dir.to_owned(),
        cas,
    })
}

/// The new CAs (staged, or generated: the cluster, front-proxy and — with a local etcd — etcd
/// CAs) and service-account key, checked against the CAs in use.
fn new_material(
    paths: &Paths,
    cfg: &InitConfig,
    staged: Option<Staged>,
) -> anyhow::Result<Material> {
    let pki = paths.pki_dir();
    let algorithm = cfg.cluster.encryption_algorithm;
    let (new, origin) = match staged {
        Some(staged) => (staged.cas, staged.dir),
        None => {
            let mut cas = Vec::new();
            let in_use =
                |ca: &str| crate::pki::table::certs_for(&cfg.cluster).any(|s| s.name == ca);
            for ca in ca_rotation::ROTATABLE.into_iter().filter(|ca| in_use(ca)) {
                let spec = crate::pki::table::spec(ca).expect("rotatable CAs are in the table");
                let cn = match spec.common_name {
                    crate::pki::table::CommonName::Fixed(cn) => cn,
                    crate::pki::table::CommonName::NodeName => ca,
                };
                let (authority, key) =
                    CertAuthority::create(cn, cfg.cluster.ca_certificate_validity, algorithm)?;
                cas.push((ca, authority.cert_pem().to_owned(), key));
            }
            (cas, pki.to_owned())
        }
    };
    let mut cas = Vec::new();
    for (ca, new_cert, new_key) in new {
        let spec = crate::pki::table::spec(ca).expect("rotatable CAs are in the table");
        if !crate::pki::table::certs_for(&cfg.cluster).any(|s| s.name == ca) {
            bail!(
                "{} is staged, but this cluster's etcd is external: its CA is not kubeforge's to rotate (remove it from the staged directory)",
                spec.cert_path(&origin).display()
            );
        }
        let (cert_path, key_path) = (spec.cert_path(pki), spec.key_path(pki));
        if !key_path.exists() {
            bail!(
                "{} does not exist: the {ca} CA is external (or this master does not hold its key); rotate it with that CA's tooling",
                key_path.display()
            );
        }
        let old_cert = read(&cert_path)?;
        let blocks = ca_rotation::split_pem(&old_cert).len();
        if blocks != 1 {
            bail!(
                "{} holds {blocks} certificates, as in the middle of a rotation, but no rotation is in progress: restore it from the backups under {} before rotating again",
                cert_path.display(),
                paths.state_dir().join("certs-backup").display()
            );
        }
        cas.push(ca_rotation::CaChange {
            ca,
            new_cert,
            new_key,
            old_cert,
        });
    }
    let sa = algorithm
        .generate()
        .context("cannot generate the new service-account key")?;
    let material = Material {
        cas,
        new_sa_key: sa.serialize_pem(),
    };
    material.validate(&origin)?;
    Ok(material)
}

/// Publishes `first` + `second` as cluster-info's CA (the bootstrap signer re-signs it), so
/// joining nodes and workers read what to trust.
async fn publish_cluster_info(api: &mut Cluster, first: &str, second: &str) -> anyhow::Result<()> {
    let ca = ca_rotation::bundle(&[first, second]);
    let configmaps =
        |c: kube::Client| -> Api<ConfigMap> { Api::namespaced(c, cluster_info::NAMESPACE) };
    let cm = api
        .retrying(|c| async move { configmaps(c).get(cluster_info::NAME).await })
        .await
        .context("cannot read kube-public/cluster-info")?;
    let text = cm
        .data
        .as_ref()
        .and_then(|d| d.get("kubeconfig"))
        .context("kube-public/cluster-info has no kubeconfig")?;
    let config: crate::kubeconfig::Kubeconfig =
        serde_saphyr::from_str(text).context("kube-public/cluster-info's kubeconfig")?;
    let server = cluster_info::from_kubeconfig(&config, "cluster-info")?.server;
    let patch = json!({"data": {"kubeconfig": cluster_info::kubeconfig_yaml(&server, &ca)}});
    let patch = &patch;
    api.retrying(|c| async move {
        configmaps(c)
            .patch(
                cluster_info::NAME,
                &PatchParams::default(),
                &Patch::Merge(patch),
            )
            .await
    })
    .await
    .context("cannot update kube-public/cluster-info")?;
    Ok(())
}

async fn print_status(api: &mut Cluster) -> anyhow::Result<()> {
    let secret = api
        .retrying(|c| async move { secrets(c).get_opt(ca_rotation::SECRET).await })
        .await?;
    let id = secret
        .as_ref()
        .and_then(|s| s.metadata.annotations.as_ref())
        .and_then(|a| a.get(ca_rotation::ID_ANNOTATION))
        .cloned();
    match &id {
        Some(id) => println!(
            "CA rotation {id} in progress: rerun `kubeforge certs rotate-ca` to resume it if it is not running"
        ),
        None => println!("No CA rotation in progress."),
    }
    let mut all = api
        .retrying(|c| async move { nodes(c).list(&ListParams::default()).await })
        .await?
        .items;
    all.sort_by_key(|n| (!is_master(n), n.metadata.name.clone()));
    let stage_of = |n: &Node, key: &str| {
        annotation(n, key)
            .and_then(ca_rotation::parse_marker)
            .map_or("-".to_owned(), |(rid, stage)| {
                let done = stage == Stage::Finish && id.is_none();
                format!(
                    "{}{} ({rid})",
                    stage.as_str(),
                    if done { ", complete" } else { "" }
                )
            })
    };
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|n| {
            vec![
                n.metadata.name.clone().unwrap_or_default(),
                if is_master(n) {
                    "control-plane"
                } else {
                    "worker"
                }
                .to_owned(),
                stage_of(n, ca_rotation::DESIRED_ANNOTATION),
                stage_of(n, ca_rotation::APPLIED_ANNOTATION),
                annotation(n, ca_rotation::ERROR_ANNOTATION)
                    .unwrap_or("")
                    .to_owned(),
            ]
        })
        .collect();
    super::table::print(&["NODE", "ROLE", "WANTED", "APPLIED", "ERROR"], &rows);
    Ok(())
}
