//! The cluster PKI: kubeadm's certificate inventory in one table (`table.rs`), which drives
//! generation here and, later, renewal and expiration checks.

mod authority;
pub mod ca_rotation;
pub mod drift;
pub mod expiration;
pub mod generate_csr;
pub mod inspect;
pub mod jwt;
mod keys;
pub mod pin;
pub mod renew;
pub mod table;

use std::path::{Path, PathBuf};

pub use authority::{
    CertAuthority, IssuedCert, LeafRequest, RequestedCert, Usage, csr_pem, read_request,
};
pub use keys::KeyAlgorithm;
pub use table::{CertSpec, Outcome, SanContext};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a valid {what}: {message}")]
    Invalid {
        path: PathBuf,
        what: &'static str,
        message: String,
    },
    #[error("cannot generate {what}: {source}")]
    Generate { what: String, source: rcgen::Error },
    #[error(
        "the {ca} certificate authority is external (its key {ca_key} is not on this node), so {path} must be provided, signed by it: `kubeforge certs generate-csr` writes the keys and requests to have it sign"
    )]
    ExternalCaLeafMissing {
        ca: &'static str,
        ca_key: PathBuf,
        path: PathBuf,
    },
    #[error(
        "{ca} certificate authority {path} does not exist: run `kubeforge init phase certs {ca}` first (or place your own CA there)"
    )]
    MissingCa { ca: &'static str, path: PathBuf },
    #[error(
        "existing {path} cannot be used: {reason}. Remove it (or run `kubeforge reset`) to have it regenerated"
    )]
    Mismatch { path: PathBuf, reason: String },
    #[error(
        "{name} is signed by CA {ca}, whose key {key} is not on this node (externally managed): renew it with that CA"
    )]
    ExternallyManaged {
        name: String,
        ca: &'static str,
        key: PathBuf,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_owned(),
        source,
    })
}

fn write(path: &Path, contents: &str, mode: u32) -> Result<()> {
    crate::fsutil::write_atomic(path, contents.as_bytes(), mode).map_err(|source| Error::Write {
        path: path.to_owned(),
        source,
    })
}

/// The service-account signing key pair (`sa.key`, `sa.pub`): not a certificate, but part of
/// the inventory. An existing key is kept.
pub fn ensure_service_account_key(pki_dir: &Path, algorithm: KeyAlgorithm) -> Result<Outcome> {
    let key_path = pki_dir.join(table::SA_KEY);
    let pub_path = pki_dir.join(table::SA_PUB);
    if key_path.exists() {
        let key = rcgen::KeyPair::from_pem(&read(&key_path)?).map_err(|e| Error::Invalid {
            path: key_path.clone(),
            what: "private key",
            message: e.to_string(),
        })?;
        if !pub_path.exists() {
            write(&pub_path, &key.public_key_pem(), crate::fsutil::MODE_PUBLIC)?;
        }
        return Ok(Outcome::UsedExisting);
    }
    let key = algorithm.generate().map_err(|source| Error::Generate {
        what: "service account key".into(),
        source,
    })?;
    write(&key_path, &key.serialize_pem(), crate::fsutil::MODE_SECRET)?;
    write(&pub_path, &key.public_key_pem(), crate::fsutil::MODE_PUBLIC)?;
    Ok(Outcome::Generated)
}
