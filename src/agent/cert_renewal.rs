//! Automatic certificate renewal, so certificates never silently expire: the agent looks at
//! every certificate and kubeconfig of the node (hourly, or more often when they are
//! short-lived), renews those past two thirds of their lifetime (or within 90 days of expiry
//! for one-year certificates) exactly as `kubeforge certs renew` does — the API server reloads
//! its serving certificate, the components that read theirs only at start are restarted — and
//! records a Warning event `CertificateExpirationWarning` on the Node for any it cannot renew
//! (externally managed, or renewal failed). A worker has no CA key: its kubelet.conf is renewed
//! through a CertificateSigningRequest, as the kubelet rotates its client certificate.

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime};

use crate::config::{InitConfig, Paths, paths};
use crate::pki::expiration::{self, Expiration};
use crate::pki::renew;

const MAX_INTERVAL: Duration = Duration::from_secs(3600);
/// How long a node waits for the controller-manager to sign its renewal.
const ROTATION_TIMEOUT: Duration = Duration::from_secs(60);
const MIN_INTERVAL: Duration = Duration::from_secs(5);

/// The same certificate is reported again after this long, not on every look.
const REWARN: Duration = Duration::from_secs(6 * 3600);

pub async fn run(paths: Paths, config: InitConfig) {
    let mut warned: HashMap<String, Instant> = HashMap::new();
    let mut should_warn = |name: &str| {
        let again = warned.get(name).is_none_or(|t| t.elapsed() >= REWARN);
        if again {
            warned.insert(name.to_owned(), Instant::now());
        }
        again
    };
    loop {
        let report = expiration::report(
            &config.cluster,
            paths.pki_dir(),
            &paths.kubernetes_dir(),
            SystemTime::now(),
        );
        let due: Vec<&Expiration> = report
            .certificates
            .iter()
            .filter(|e| e.is_due(config.cluster.certificate_validity))
            .collect();
        let (renewable, mut external): (Vec<&Expiration>, Vec<&Expiration>) =
            due.into_iter().partition(|e| !e.externally_managed);
        // A worker has no CA key: its kubelet.conf is renewed through the cluster, as the
        // kubelet rotates its client certificate.
        if is_worker(&paths)
            && let Some(i) = external.iter().position(|e| e.name == paths::KUBELET_CONF)
        {
            let e = external.remove(i);
            if let Err(message) = rotate_node_certificate(&paths, &config).await
                && should_warn(&e.name)
            {
                warn(&paths, &config, e, &message).await;
            }
        }
        for e in external.iter().filter(|e| should_warn(&e.name)) {
            warn(
                &paths,
                &config,
                e,
                "it is externally managed (its CA key is not on this node): renew it with that CA",
            )
            .await;
        }
        if !renewable.is_empty()
            && let Err(message) = renew_due(&paths, &config, &renewable)
        {
            for e in renewable.iter().filter(|e| should_warn(&e.name)) {
                warn(&paths, &config, e, &message).await;
            }
        }
        tokio::time::sleep(interval(
            &report.certificates,
            config.cluster.certificate_validity,
        ))
        .await;
    }
}

/// A node without a control plane of its own (its certificates come from the cluster).
pub fn is_worker(paths: &Paths) -> bool {
    !paths.manifest("kube-apiserver").exists()
}

/// The node's client certificate renewed through a CertificateSigningRequest.
pub async fn rotate_node_certificate(
    paths: &Paths,
    config: &InitConfig,
) -> Result<SystemTime, String> {
    let kubeconfig = paths.kubeconfig(paths::KUBELET_CONF);
    // Through the node-local endpoint, so that any live master signs; the kubeconfig's own
    // server when the agent does not serve one.
    let local = std::net::SocketAddr::new(config.advertise_address, super::api_proxy::PORT);
    let client = match super::api_proxy::client(&kubeconfig, local).await {
        Ok(c) if c.apiserver_version().await.is_ok() => c,
        _ => crate::controllers::client(&kubeconfig)
            .await
            .map_err(|e| format!("{}: {e}", kubeconfig.display()))?,
    };
    let not_after = crate::kubeconfig::node_csr::rotate(
        &kubeconfig,
        client,
        &config.node_name,
        config.cluster.encryption_algorithm,
        ROTATION_TIMEOUT,
    )
    .await
    .map_err(|e| format!("renewal through the cluster failed: {e}"))?;
    tracing::info!(expires = ?not_after, "the node's client certificate was renewed through a CertificateSigningRequest");
    Ok(not_after)
}

/// Hourly, but at least ten looks per lifetime of the shortest-lived certificate.
fn interval(certs: &[Expiration], validity: Duration) -> Duration {
    certs
        .iter()
        .filter_map(|e| e.lifetime)
        .chain([validity])
        .map(|l| l / 10)
        .min()
        .unwrap_or(MAX_INTERVAL)
        .clamp(MIN_INTERVAL, MAX_INTERVAL)
}

/// Reissues the certificates whose names the configuration changed (see `pki::drift`).
pub fn reissue_drifted(paths: &Paths, config: &InitConfig) {
    let ctx = crate::pki::table::SanContext {
        node_name: &config.node_name,
        advertise_address: config.advertise_address,
        cluster: &config.cluster,
    };
    let opts = renew_options(paths, config);
    match crate::pki::drift::reissue(&ctx, paths.pki_dir(), &opts) {
        Ok(drifted) => {
            for d in drifted {
                tracing::info!(certificate = d.name, added = ?d.added, "certificate reissued: the configuration names this node differently");
            }
        }
        Err(e) => tracing::warn!(error = %e, "cannot reissue the certificates whose names changed"),
    }
}

fn renew_options(paths: &Paths, config: &InitConfig) -> renew::RenewOptions {
    let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
    renew::RenewOptions {
        new_key: false,
        validity: config.cluster.certificate_validity,
        algorithm: config.cluster.encryption_algorithm,
        backup_dir: paths.state_dir().join(format!("certs-backup/{stamp}")),
    }
}

fn renew_due(paths: &Paths, config: &InitConfig, due: &[&Expiration]) -> Result<(), String> {
    let names: Vec<&str> = due.iter().map(|e| e.name.as_str()).collect();
    let targets: Vec<renew::Target> = renew::targets(&config.cluster)
        .into_iter()
        .filter(|t| names.contains(&t.name()))
        .collect();
    let opts = renew_options(paths, config);
    let renewed = renew::renew(&targets, paths.pki_dir(), &paths.kubernetes_dir(), &opts)
        .map_err(|e| format!("automatic renewal failed: {e}"))?;
    let names: Vec<&str> = renewed.iter().map(|r| r.name).collect();
    tracing::info!(certificates = ?names, "certificates renewed automatically");
    let restart = renew::components_to_restart(names.iter().copied());
    let reason = format!(
        "certificates renewed at {}",
        time::OffsetDateTime::now_utc().unix_timestamp()
    );
    crate::staticpod::mark_for_restart(paths, &restart, &reason)
        .map_err(|e| format!("renewed, but the components cannot be restarted: {e}"))
}

async fn warn(paths: &Paths, config: &InitConfig, cert: &Expiration, why: &str) {
    let left = expiration::display_residual(cert.residual_seconds.unwrap_or(0));
    let message = format!(
        "certificate {} ({}) expires in {left} and cannot be renewed: {why}",
        cert.name,
        cert.path.display()
    );
    tracing::warn!("{message}");
    super::events::warn_node(
        paths,
        &config.node_name,
        "CertificateExpirationWarning",
        &message,
    )
    .await;
}
