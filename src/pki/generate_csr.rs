//! `certs generate-csr`, the first step of external-CA mode: for every CA whose certificate is
//! on this node without its key, a private key and a certificate signing request for each
//! certificate that CA must sign, written where `init` looks for them (`<pki>/<name>.key` and
//! `<name>.csr`), and for the cluster CA a partial kubeconfig per kubeconfig file (server, CA
//! and client key, no certificate yet) with its `<file>.csr`. An existing key is reused, so a
//! request can be written again; a certificate already in place is left alone.

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use rcgen::KeyPair;

use super::authority::{self, LeafRequest, Usage};
use super::table::{self, CertSpec, SanContext};
use super::{Error, Result, read, write};
use crate::config::InitConfig;
use crate::fsutil::{MODE_PUBLIC, MODE_SECRET};
use crate::kubeconfig::{KUBECONFIGS, Kubeconfig, KubeconfigSpec};

/// What `generate_csrs` wrote, and what it left alone.
#[derive(Debug, Default)]
pub struct Written {
    /// The requests, by the name of the external CA that must sign them.
    pub requests: Vec<(&'static str, PathBuf)>,
    /// Certificates and kubeconfigs already in place.
    pub present: Vec<PathBuf>,
}

/// The CAs whose certificate is in `pki_dir` but whose key is not.
pub fn external_cas(cfg: &InitConfig, pki_dir: &Path) -> Vec<&'static CertSpec> {
    table::certs_for(&cfg.cluster)
        .filter(|s| s.is_ca() && s.cert_path(pki_dir).exists() && !s.key_path(pki_dir).exists())
        .collect()
}

pub fn generate_csrs(
    cfg: &InitConfig,
    ctx: &SanContext<'_>,
    pki_dir: &Path,
    kubeconfig_dir: &Path,
) -> Result<Written> {
    let external = external_cas(cfg, pki_dir);
    let mut out = Written::default();
    for spec in table::certs_for(&cfg.cluster) {
        let Some(ca) = spec.ca_spec() else { continue };
        if !external.iter().any(|e| e.name == ca.name) {
            continue;
        }
        let cert = spec.cert_path(pki_dir);
        if cert.exists() {
            out.present.push(cert);
            continue;
        }
        let key_path = spec.key_path(pki_dir);
        let key = existing_or_new_key(&key_path, cfg)?;
        let csr_path = pki_dir.join(format!("{}.csr", spec.base));
        write_request(&spec.leaf_request(ctx), &key, &key_path, &csr_path)?;
        out.requests.push((ca.name, csr_path));
    }
    let cluster_ca = table::spec("ca").expect("the table has a ca row");
    if external.iter().any(|e| e.name == cluster_ca.name) {
        let ca_pem = read(&cluster_ca.cert_path(pki_dir))?;
        for spec in KUBECONFIGS {
            let path = kubeconfig_dir.join(spec.file);
            if let Some(csr_path) = partial_kubeconfig(spec, cfg, &ca_pem, &path)? {
                out.requests.push((cluster_ca.name, csr_path));
            } else {
                out.present.push(path);
            }
        }
    }
    Ok(out)
}

/// Writes `path` without a client certificate and its `.csr`; None when `path` already has
/// a certificate.
fn partial_kubeconfig(
    spec: &KubeconfigSpec,
    cfg: &InitConfig,
    ca_pem: &str,
    path: &Path,
) -> Result<Option<PathBuf>> {
    let existing_key = match path.exists() {
        true => {
            let existing = Kubeconfig::load(path).map_err(|e| Error::Invalid {
                path: path.to_owned(),
                what: "kubeconfig",
                message: e.to_string(),
            })?;
            let user = existing.users.first().map(|u| &u.user);
            if user.is_some_and(|u| u.client_certificate_data.is_some()) {
                return Ok(None);
            }
            user.and_then(|u| u.client_key_data.as_deref())
                .and_then(|k| BASE64.decode(k).ok())
                .and_then(|k| String::from_utf8(k).ok())
        }
        false => None,
    };
    let key = match existing_key {
        Some(pem) => KeyPair::from_pem(&pem).map_err(|e| Error::Invalid {
            path: path.to_owned(),
            what: "client key",
            message: e.to_string(),
        })?,
        None => new_key(cfg)?,
    };
    let user = spec.user_name(cfg);
    let mut kubeconfig = Kubeconfig::with_client_cert(
        &cfg.cluster.cluster_name,
        &spec.server_url(cfg),
        ca_pem,
        &user,
        "",
        &key.serialize_pem(),
    );
    kubeconfig.users[0].user.client_certificate_data = None;
    kubeconfig.write(path).map_err(|e| Error::Invalid {
        path: path.to_owned(),
        what: "kubeconfig",
        message: e.to_string(),
    })?;
    let request = LeafRequest {
        common_name: user,
        organizations: spec.organizations.iter().map(|s| s.to_string()).collect(),
        sans: vec![],
        usage: Usage::Client,
        validity: cfg.cluster.certificate_validity,
    };
    let csr_path = PathBuf::from(format!("{}.csr", path.display()));
    write(&csr_path, &authority::csr_pem(&request, &key)?, MODE_PUBLIC)?;
    Ok(Some(csr_path))
}

fn existing_or_new_key(path: &Path, cfg: &InitConfig) -> Result<KeyPair> {
    if path.exists() {
        return KeyPair::from_pem(&read(path)?).map_err(|e| Error::Invalid {
            path: path.to_owned(),
            what: "private key",
            message: e.to_string(),
        });
    }
    new_key(cfg)
}

fn new_key(cfg: &InitConfig) -> Result<KeyPair> {
    cfg.cluster
        .encryption_algorithm
        .generate()
        .map_err(|source| Error::Generate {
            what: "private key".into(),
            source,
        })
}

fn write_request(req: &LeafRequest, key: &KeyPair, key_path: &Path, csr_path: &Path) -> Result<()> {
    let csr = authority::csr_pem(req, key)?;
    write(key_path, &key.serialize_pem(), MODE_SECRET)?;
    write(csr_path, &csr, MODE_PUBLIC)
}
