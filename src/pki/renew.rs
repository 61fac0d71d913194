//! `certs renew`: reissue certificates, and the client certificates inside kubeconfigs, from
//! what they say today (subject, organisations, SANs), with the same key unless asked for a
//! new one. Everything is computed first, every file replaced is backed up, and if writing any
//! of them fails the backups are put back: never half-renewed.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rcgen::KeyPair;

use super::authority::{CertAuthority, LeafRequest, Usage};
use super::inspect::ParsedCert;
use super::table::{self, CertSpec};
use super::{Error, KeyAlgorithm, Result, read};
use crate::config::ClusterConfig;
use crate::fsutil::{MODE_PUBLIC, MODE_SECRET};
use crate::kubeconfig::{KUBECONFIGS, Kubeconfig};

/// Something `certs renew` can renew.
#[derive(Clone, Copy, Debug)]
pub enum Target {
    Cert(&'static CertSpec),
    /// A kubeconfig's client certificate, by file name (`admin.conf`, …).
    Kubeconfig(&'static str),
}

impl Target {
    pub fn name(&self) -> &'static str {
        match self {
            Target::Cert(spec) => spec.name,
            Target::Kubeconfig(file) => file,
        }
    }
}

/// The static Pods that read a renewed certificate only when they start and so must restart.
/// The API server reloads its serving certificate in place, and etcd reads its server and
/// peer certificates afresh for every handshake, so neither restarts for those.
pub fn components_to_restart<'a>(renewed: impl IntoIterator<Item = &'a str>) -> Vec<&'static str> {
    let mut pods = Vec::new();
    for name in renewed {
        let pod = match name {
            "apiserver-kubelet-client" | "apiserver-etcd-client" | "front-proxy-client" => {
                "kube-apiserver"
            }
            "controller-manager.conf" => "kube-controller-manager",
            "scheduler.conf" => "kube-scheduler",
            _ => continue,
        };
        if !pods.contains(&pod) {
            pods.push(pod);
        }
    }
    pods
}

/// Every renewable target of this cluster: the leaf certificates and the kubeconfigs.
pub fn targets(cluster: &ClusterConfig) -> Vec<Target> {
    table::certs_for(cluster)
        .filter(|s| !s.is_ca())
        .map(Target::Cert)
        .chain(KUBECONFIGS.iter().map(|k| Target::Kubeconfig(k.file)))
        .collect()
}

/// `all`, or one name; an unknown name lists the valid ones. `all` leaves out super-admin.conf
/// where it does not exist: only the first master has one, as with kubeadm.
pub fn select(
    cluster: &ClusterConfig,
    kubernetes_dir: &Path,
    name: &str,
) -> std::result::Result<Vec<Target>, String> {
    let all = targets(cluster);
    if name == "all" {
        return Ok(all
            .into_iter()
            .filter(|t| {
                !matches!(t, Target::Kubeconfig(f) if *f == crate::config::paths::SUPER_ADMIN_CONF
                    && !kubernetes_dir.join(f).exists())
            })
            .collect());
    }
    match all.iter().find(|t| t.name() == name) {
        Some(t) => Ok(vec![*t]),
        None => Err(format!(
            "{name:?} is not a certificate kubeforge renews; valid names: all, {}",
            all.iter().map(Target::name).collect::<Vec<_>>().join(", ")
        )),
    }
}

pub struct RenewOptions {
    pub new_key: bool,
    pub validity: Duration,
    pub algorithm: KeyAlgorithm,
    /// Where the replaced files are copied, keeping their paths relative to `root_of`.
    pub backup_dir: PathBuf,
}

/// One renewed target.
pub struct Renewed {
    pub name: &'static str,
    pub not_after: std::time::SystemTime,
}

/// A file to replace: its path, new contents and mode.
struct Pending {
    path: PathBuf,
    contents: String,
    mode: u32,
}

pub fn renew(
    targets: &[Target],
    pki_dir: &Path,
    kubernetes_dir: &Path,
    opts: &RenewOptions,
) -> Result<Vec<Renewed>> {
    let mut pending = Vec::new();
    let mut renewed = Vec::new();
    for target in targets {
        let (files, not_after) = match target {
            Target::Cert(spec) => reissue_cert(spec, pki_dir, opts, None)?,
            Target::Kubeconfig(file) => {
                reissue_kubeconfig(&kubernetes_dir.join(file), pki_dir, opts)?
            }
        };
        pending.extend(files);
        renewed.push(Renewed {
            name: target.name(),
            not_after,
        });
    }
    replace_all(&pending, &opts.backup_dir)?;
    Ok(renewed)
}

fn load_ca(spec: &CertSpec, pki_dir: &Path, renewing: &str) -> Result<CertAuthority> {
    let key = spec.key_path(pki_dir);
    if !key.exists() {
        return Err(Error::ExternallyManaged {
            name: renewing.to_owned(),
            ca: spec.name,
            key,
        });
    }
    CertAuthority::load(&spec.cert_path(pki_dir), &key)
}

fn key_for(existing_pem: &str, path: &Path, opts: &RenewOptions, what: &str) -> Result<KeyPair> {
    if opts.new_key {
        return opts.algorithm.generate().map_err(|source| Error::Generate {
            what: format!("{} key for {what}", opts.algorithm),
            source,
        });
    }
    KeyPair::from_pem(existing_pem).map_err(|e| Error::Invalid {
        path: path.to_owned(),
        what: "private key",
        message: e.to_string(),
    })
}

fn request(existing: &ParsedCert, usage: Usage, opts: &RenewOptions) -> LeafRequest {
    LeafRequest {
        common_name: existing.common_name.clone(),
        organizations: existing.organizations.clone(),
        sans: existing.sans.clone(),
        usage,
        validity: opts.validity,
    }
}

/// What a target is today: its certificate, its key and what the certificate is for.
struct Current {
    cert: ParsedCert,
    key_pem: String,
    key_origin: PathBuf,
    usage: Usage,
}

fn current(target: &Target, pki_dir: &Path, kubernetes_dir: &Path) -> Result<Current> {
    match target {
        Target::Cert(spec) => {
            let key_origin = spec.key_path(pki_dir);
            Ok(Current {
                cert: table::parse_file(&spec.cert_path(pki_dir))?,
                key_pem: read(&key_origin)?,
                key_origin,
                usage: spec.usage,
            })
        }
        Target::Kubeconfig(file) => current_kubeconfig(&kubernetes_dir.join(file)).map(|c| c.0),
    }
}

fn current_kubeconfig(path: &Path) -> Result<(Current, Kubeconfig)> {
    let invalid = |message: String| Error::Invalid {
        path: path.to_owned(),
        what: "kubeconfig",
        message,
    };
    let config = Kubeconfig::load(path).map_err(|e| invalid(e.to_string()))?;
    let creds = config
        .credentials(path)
        .map_err(|e| invalid(e.to_string()))?;
    let (Some(cert_pem), Some(key_pem)) = (creds.client_cert_pem, creds.client_key_pem) else {
        return Err(invalid(
            "it has no embedded client certificate and key".into(),
        ));
    };
    let cert = ParsedCert::from_pem(&cert_pem).map_err(invalid)?;
    let current = Current {
        cert,
        key_pem,
        key_origin: path.to_owned(),
        usage: Usage::Client,
    };
    Ok((current, config))
}

/// `certs renew --csr-only`: a key and a certificate signing request per target, written to
/// `csr_dir` as `<name>.key` and `<name>.csr` for an external CA to sign; nothing in use is
/// touched. Returns the CSR files.
pub fn write_csrs(
    targets: &[Target],
    pki_dir: &Path,
    kubernetes_dir: &Path,
    opts: &RenewOptions,
    csr_dir: &Path,
) -> Result<Vec<PathBuf>> {
    let mut pending = Vec::new();
    let mut csrs = Vec::new();
    for target in targets {
        let now = current(target, pki_dir, kubernetes_dir)?;
        let key = key_for(&now.key_pem, &now.key_origin, opts, target.name())?;
        let csr = super::authority::csr_pem(&request(&now.cert, now.usage, opts), &key)?;
        let csr_path = csr_dir.join(format!("{}.csr", target.name()));
        pending.push(Pending {
            path: csr_dir.join(format!("{}.key", target.name())),
            contents: key.serialize_pem(),
            mode: MODE_SECRET,
        });
        pending.push(Pending {
            path: csr_path.clone(),
            contents: csr,
            mode: MODE_PUBLIC,
        });
        csrs.push(csr_path);
    }
    for f in &pending {
        super::write(&f.path, &f.contents, f.mode)?;
    }
    Ok(csrs)
}

/// Reissues certificates with new subject alternative names (the configuration changed), each
/// with its key, backed up and all-or-nothing as `renew` does.
pub fn reissue_with_sans(
    changes: &[(&'static CertSpec, Vec<String>)],
    pki_dir: &Path,
    opts: &RenewOptions,
) -> Result<()> {
    let mut pending = Vec::new();
    for (spec, sans) in changes {
        pending.extend(reissue_cert(spec, pki_dir, opts, Some(sans.clone()))?.0);
    }
    replace_all(&pending, &opts.backup_dir)
}

fn reissue_cert(
    spec: &'static CertSpec,
    pki_dir: &Path,
    opts: &RenewOptions,
    sans: Option<Vec<String>>,
) -> Result<(Vec<Pending>, std::time::SystemTime)> {
    let (cert_path, key_path) = (spec.cert_path(pki_dir), spec.key_path(pki_dir));
    let now = current(&Target::Cert(spec), pki_dir, Path::new(""))?;
    let existing = now.cert;
    let key = key_for(&now.key_pem, &key_path, opts, spec.name)?;
    let ca = load_ca(
        spec.ca_spec().expect("leaves have a CA"),
        pki_dir,
        spec.name,
    )?;
    let mut req = request(&existing, spec.usage, opts);
    if let Some(sans) = sans {
        req.sans = sans;
    }
    let cert_pem = ca.issue_for_key(&req, &key)?;
    let not_after = ParsedCert::from_pem(&cert_pem)
        .map(|c| c.not_after)
        .unwrap_or(existing.not_after);
    let mut files = vec![Pending {
        path: cert_path,
        contents: cert_pem,
        mode: MODE_PUBLIC,
    }];
    if opts.new_key {
        files.push(Pending {
            path: key_path,
            contents: key.serialize_pem(),
            mode: MODE_SECRET,
        });
    }
    Ok((files, not_after))
}

fn reissue_kubeconfig(
    path: &Path,
    pki_dir: &Path,
    opts: &RenewOptions,
) -> Result<(Vec<Pending>, std::time::SystemTime)> {
    let invalid = |message: String| Error::Invalid {
        path: path.to_owned(),
        what: "kubeconfig",
        message,
    };
    let (now, mut config) = current_kubeconfig(path)?;
    let existing = now.cert;
    let key = key_for(&now.key_pem, path, opts, &existing.common_name)?;
    let ca = load_ca(
        table::spec("ca").expect("ca is in the table"),
        pki_dir,
        &path.display().to_string(),
    )?;
    let new_cert = ca.issue_for_key(&request(&existing, Usage::Client, opts), &key)?;
    let not_after = ParsedCert::from_pem(&new_cert)
        .map(|c| c.not_after)
        .unwrap_or(existing.not_after);
    config
        .set_client_credentials(&new_cert, &key.serialize_pem())
        .map_err(invalid)?;
    let contents = serde_saphyr::to_string(&config).map_err(|e| invalid(e.to_string()))?;
    Ok((
        vec![Pending {
            path: path.to_owned(),
            contents,
            mode: MODE_SECRET,
        }],
        not_after,
    ))
}

/// Backs up every file, then replaces them one by one; on a failure, puts back what was
/// already replaced.
fn replace_all(pending: &[Pending], backup_dir: &Path) -> Result<()> {
    let backup_of = |p: &Path| backup_dir.join(p.strip_prefix("/").unwrap_or(p));
    for f in pending {
        let backup = backup_of(&f.path);
        let contents = read(&f.path)?;
        super::write(&backup, &contents, MODE_SECRET)?;
    }
    for (i, f) in pending.iter().enumerate() {
        if let Err(e) = super::write(&f.path, &f.contents, f.mode) {
            for done in &pending[..i] {
                if let Ok(old) = read(&backup_of(&done.path)) {
                    let _ = super::write(&done.path, &old, done.mode);
                }
            }
            return Err(e);
        }
    }
    Ok(())
}
