//! `kubeforge certs`: check-expiration, renew, generate-csr and rotate-ca (in `rotate_ca`).

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use anyhow::Context;
use clap::{Subcommand, ValueEnum};

use crate::config::{self, Paths};
use crate::pki::expiration::{self, Expiration, display_date, display_residual};
use crate::pki::{generate_csr, renew};

#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
    Yaml,
}

#[derive(Debug, Subcommand)]
pub enum CertsCommand {
    /// Check certificates expiration for a Kubernetes cluster (exit code 1 when one has
    /// expired or expires within --warn-within)
    CheckExpiration {
        /// Output format
        #[arg(short, long, value_enum, default_value_t)]
        output: Format,
        /// Report certificates expiring within this duration as a problem
        #[arg(long, default_value = "720h", value_parser = crate::config::duration::parse)]
        warn_within: Duration,
    },
    /// Renew certificates and kubeconfigs from their current subject and SANs: a name from `certs check-expiration`, or `all`
    Renew {
        name: String,
        /// Generate new private keys instead of reusing the current ones
        #[arg(long)]
        new_key: bool,
        /// Write keys and certificate signing requests for an external CA instead of renewing
        #[arg(long, requires = "csr_dir")]
        csr_only: bool,
        /// Where --csr-only writes <name>.key and <name>.csr
        #[arg(long, value_name = "DIR", requires = "csr_only")]
        csr_dir: Option<PathBuf>,
    },
    /// External-CA mode: write keys and certificate signing requests (and partial kubeconfigs)
    /// for everything a CA whose certificate is here without its key must sign; takes init's
    /// flags, so the requests carry exactly the names init will check
    GenerateCsr {
        #[command(flatten)]
        flags: Box<super::init::InitFlags>,
    },
    /// Replace the cluster and front-proxy CAs and the service-account key on every node
    /// without downtime (trust both, reissue with the new, drop the old); rerun to resume an
    /// interrupted rotation
    RotateCa {
        /// Directory with the new CA as ca.crt and ca.key, and optionally front-proxy-ca.crt and
        /// front-proxy-ca.key (default: generate both)
        #[arg(long, value_name = "DIR", conflicts_with = "status")]
        path: Option<PathBuf>,
        /// Show each node's rotation stage and change nothing
        #[arg(long)]
        status: bool,
    },
}

pub async fn run(cmd: CertsCommand, root: PathBuf) -> anyhow::Result<()> {
    match cmd {
        CertsCommand::CheckExpiration {
            output,
            warn_within,
        } => check_expiration(&root, output, warn_within),
        CertsCommand::Renew {
            name,
            new_key,
            csr_only: _,
            csr_dir,
        } => {
            let cfg = node_config(&root)?;
            let paths = cfg.paths(&root);
            if crate::agent::cert_renewal::is_worker(&paths) {
                renew_worker(&paths, &cfg, &name, csr_dir.as_deref()).await
            } else {
                renew(&paths, &cfg, &name, new_key, csr_dir.as_deref())
            }
        }
        CertsCommand::GenerateCsr { flags } => generate_csr(root, &flags),
        CertsCommand::RotateCa { path, status } => {
            let cfg = node_config(&root)?;
            let paths = cfg.paths(&root);
            super::rotate_ca::run(&paths, &cfg, path.as_deref(), status).await
        }
    }
}

fn node_config(root: &Path) -> anyhow::Result<config::InitConfig> {
    let recorded = config::recorded(root).with_context(|| {
        format!(
            "cannot read the configuration init recorded in {}",
            Paths::new(root).node_config().display()
        )
    })?;
    recorded.ok_or_else(|| {
        anyhow::anyhow!(
            "{} does not exist: this node was not initialised with `kubeforge init` (or pass its --root-dir)",
            Paths::new(root).node_config().display()
        )
    })
}

/// A worker's only certificate is its kubelet.conf, from the cluster: renewed through a
/// CertificateSigningRequest (always with a new key, as the kubelet rotates, so `--new-key`
/// changes nothing).
async fn renew_worker(
    paths: &Paths,
    cfg: &config::InitConfig,
    name: &str,
    csr_dir: Option<&Path>,
) -> anyhow::Result<()> {
    let kubelet = crate::config::paths::KUBELET_CONF;
    if name != kubelet && name != "all" {
        anyhow::bail!(
            "this node runs no control plane: its only certificate is {kubelet} (renew `{kubelet}` or `all`)"
        );
    }
    if csr_dir.is_some() {
        anyhow::bail!(
            "--csr-only is for an external CA; a worker's certificate comes from the cluster: run `kubeforge certs renew {kubelet}`"
        );
    }
    let not_after = crate::agent::cert_renewal::rotate_node_certificate(paths, cfg)
        .await
        .map_err(anyhow::Error::msg)?;
    let expires = time::OffsetDateTime::from(not_after)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    println!(
        "certificate {kubelet} renewed through the cluster (a CertificateSigningRequest approved and signed by the controller-manager; expires {expires})"
    );
    Ok(())
}

fn renew(
    paths: &Paths,
    cfg: &config::InitConfig,
    name: &str,
    new_key: bool,
    csr_dir: Option<&Path>,
) -> anyhow::Result<()> {
    let targets =
        renew::select(&cfg.cluster, &paths.kubernetes_dir(), name).map_err(anyhow::Error::msg)?;
    let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
    let opts = renew::RenewOptions {
        new_key,
        validity: cfg.cluster.certificate_validity,
        algorithm: cfg.cluster.encryption_algorithm,
        backup_dir: paths.state_dir().join(format!("certs-backup/{stamp}")),
    };
    if let Some(dir) = csr_dir {
        let csrs = renew::write_csrs(
            &targets,
            paths.pki_dir(),
            &paths.kubernetes_dir(),
            &opts,
            dir,
        )?;
        for csr in &csrs {
            println!("certificate signing request written to {}", csr.display());
        }
        println!(
            "Have your CA sign them, then put each certificate in place (keys: {}/<name>.key).",
            dir.display()
        );
        return Ok(());
    }
    let renewed = renew::renew(&targets, paths.pki_dir(), &paths.kubernetes_dir(), &opts)?;
    for r in &renewed {
        let expires = time::OffsetDateTime::from(r.not_after)
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        println!("certificate {} renewed (expires {expires})", r.name);
    }
    println!(
        "The replaced files are kept in {}",
        opts.backup_dir.display()
    );
    // A changed manifest makes the agent restart that component with the new files.
    let restart = renew::components_to_restart(renewed.iter().map(|r| r.name));
    crate::staticpod::mark_for_restart(
        paths,
        &restart,
        &format!("certificates renewed at {stamp}"),
    )
    .context("cannot mark the components for restart")?;
    for pod in &restart {
        println!("{pod} restarts to load its renewed certificates");
    }
    Ok(())
}

fn check_expiration(root: &Path, format: Format, warn_within: Duration) -> anyhow::Result<()> {
    let cfg = node_config(root)?;
    let paths = cfg.paths(root);
    let report = expiration::report(
        &cfg.cluster,
        paths.pki_dir(),
        &paths.kubernetes_dir(),
        SystemTime::now(),
    );
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
        Format::Yaml => print!("{}", serde_saphyr::to_string(&report)?),
        Format::Table => print_tables(&report.certificates, &report.certificate_authorities),
    }
    let troubled: Vec<&Expiration> = report
        .certificates
        .iter()
        .chain(&report.certificate_authorities)
        .filter(|e| e.needs_attention(warn_within))
        .collect();
    for e in &troubled {
        let what = if let Some(err) = &e.error {
            format!("cannot be read: {err}")
        } else if e.is_expired() {
            "has EXPIRED".to_owned()
        } else {
            format!(
                "expires in {}",
                display_residual(e.residual_seconds.unwrap_or(0))
            )
        };
        eprintln!("warning: {} ({}) {what}", e.name, e.path.display());
    }
    if troubled.is_empty() {
        Ok(())
    } else {
        Err(anyhow::anyhow!(
            "{} certificate(s) expired, expiring within {} or unreadable",
            troubled.len(),
            crate::config::duration::format(warn_within)
        ))
    }
}

fn print_tables(certs: &[Expiration], cas: &[Expiration]) {
    let cell = |e: &Expiration| -> (String, String) {
        if e.missing {
            ("<missing>".into(), String::new())
        } else if e.error.is_some() {
            ("<unreadable>".into(), String::new())
        } else {
            (
                display_date(e.expiration_date.as_deref().unwrap_or_default()),
                display_residual(e.residual_seconds.unwrap_or(0)),
            )
        }
    };
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let rows: Vec<Vec<String>> = certs
        .iter()
        .map(|e| {
            let (date, residual) = cell(e);
            vec![
                e.name.clone(),
                date,
                residual,
                e.ca_name.clone(),
                yes_no(e.externally_managed),
            ]
        })
        .collect();
    super::table::print(
        &[
            "CERTIFICATE",
            "EXPIRES",
            "RESIDUAL TIME",
            "CERTIFICATE AUTHORITY",
            "EXTERNALLY MANAGED",
        ],
        &rows,
    );
    println!();
    let rows: Vec<Vec<String>> = cas
        .iter()
        .map(|e| {
            let (date, residual) = cell(e);
            vec![e.name.clone(), date, residual, yes_no(e.externally_managed)]
        })
        .collect();
    super::table::print(
        &[
            "CERTIFICATE AUTHORITY",
            "EXPIRES",
            "RESIDUAL TIME",
            "EXTERNALLY MANAGED",
        ],
        &rows,
    );
}

fn generate_csr(root: PathBuf, flags: &super::init::InitFlags) -> anyhow::Result<()> {
    if flags.dry_run {
        anyhow::bail!(
            "--dry-run is not supported by generate-csr: it only writes keys and requests"
        );
    }
    let data = crate::phases::init::InitData::new(flags.options(root))?;
    let (pki_dir, kubeconfig_dir) = (data.paths.pki_dir(), data.paths.kubernetes_dir());
    if generate_csr::external_cas(&data.cfg, pki_dir).is_empty() {
        anyhow::bail!(
            "no external CA in {}: place the CA certificate (ca.crt, front-proxy-ca.crt or etcd/ca.crt) without its key there first; with a CA key present, init issues its certificates itself",
            pki_dir.display()
        );
    }
    let written =
        generate_csr::generate_csrs(&data.cfg, &data.san_context(), pki_dir, &kubeconfig_dir)?;
    for (ca, csr) in &written.requests {
        println!("[certs] wrote {} (to be signed by {ca})", csr.display());
    }
    for present in &written.present {
        println!("[certs] {} is already in place", present.display());
    }
    println!(
        "\nHave the external CA sign each request, put the certificates beside their keys (<name>.crt; for a kubeconfig, as its client-certificate-data), then run `kubeforge init` with the same flags."
    );
    Ok(())
}
