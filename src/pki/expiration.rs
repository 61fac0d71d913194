//! `certs check-expiration`: every certificate and kubeconfig of the node, then the CAs, as
//! kubeadm lists them, with what is expired or about to be.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;

use super::inspect::ParsedCert;
use super::table::{self, CertSpec};
use crate::config::ClusterConfig;
use crate::kubeconfig::{KUBECONFIGS, Kubeconfig};

/// One row: a certificate file, or the client certificate inside a kubeconfig.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Expiration {
    pub name: String,
    pub path: PathBuf,
    /// RFC 3339; absent when the file is missing or unreadable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
    /// Whole seconds left (negative once expired).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub residual_seconds: Option<i64>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ca_name: String,
    /// The signing CA's key is not on this node: kubeforge cannot renew it.
    pub externally_managed: bool,
    pub missing: bool,
    /// Why the file could not be read, when it exists but is not a usable certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// From notBefore to notAfter.
    #[serde(skip)]
    pub lifetime: Option<Duration>,
}

impl Expiration {
    fn new(name: &str, path: &Path, ca_name: &str, externally_managed: bool) -> Self {
        Expiration {
            name: name.to_owned(),
            path: path.to_owned(),
            expiration_date: None,
            residual_seconds: None,
            ca_name: ca_name.to_owned(),
            externally_managed,
            missing: false,
            error: None,
            lifetime: None,
        }
    }

    fn with(mut self, parsed: Result<ParsedCert, String>, now: SystemTime) -> Self {
        match parsed {
            Ok(cert) => {
                self.expiration_date = Some(rfc3339(cert.not_after));
                self.residual_seconds = Some(seconds_between(now, cert.not_after));
                self.lifetime = cert.not_after.duration_since(cert.not_before).ok();
            }
            Err(e) if e == MISSING => self.missing = true,
            Err(e) => self.error = Some(e),
        }
        self
    }

    /// Expired, or expiring within `warn_within`, or unreadable: needs attention.
    pub fn needs_attention(&self, warn_within: Duration) -> bool {
        self.error.is_some()
            || self
                .residual_seconds
                .is_some_and(|s| s < warn_within.as_secs() as i64)
    }

    /// Due for automatic renewal: past two thirds of its lifetime, or, for certificates of a
    /// year or more, within 90 days of expiry. The lifetime is the validity kubeforge issues
    /// certificates with (`certificateValidityPeriod`), not notAfter − notBefore, which
    /// includes the five minutes notBefore is backdated by.
    pub fn is_due(&self, validity: Duration) -> bool {
        let Some(left) = self.residual_seconds else {
            return false;
        };
        let lifetime = validity.as_secs() as i64;
        left < lifetime / 3 || (lifetime >= 360 * 86400 && left < 90 * 86400)
    }

    pub fn is_expired(&self) -> bool {
        self.residual_seconds.is_some_and(|s| s <= 0)
    }
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub kind: &'static str,
    pub api_version: &'static str,
    pub certificates: Vec<Expiration>,
    pub certificate_authorities: Vec<Expiration>,
}

const MISSING: &str = "missing";

fn read_cert(path: &Path) -> Result<ParsedCert, String> {
    match std::fs::read_to_string(path) {
        Ok(pem) => ParsedCert::from_pem(&pem).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(MISSING.into()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

fn read_kubeconfig_cert(path: &Path) -> Result<ParsedCert, String> {
    if !path.exists() {
        return Err(MISSING.into());
    }
    let creds = Kubeconfig::load(path)
        .and_then(|k| k.credentials(path))
        .map_err(|e| e.to_string())?;
    let pem = creds.client_cert_pem.ok_or_else(|| {
        format!(
            "{}: the kubeconfig has no client certificate",
            path.display()
        )
    })?;
    ParsedCert::from_pem(&pem).map_err(|e| format!("{}: {e}", path.display()))
}

/// The report for a node whose certificates live in `pki_dir` and kubeconfigs in
/// `kubernetes_dir`, as of `now`.
pub fn report(
    cluster: &ClusterConfig,
    pki_dir: &Path,
    kubernetes_dir: &Path,
    now: SystemTime,
) -> Report {
    let ca_key_present = |spec: &CertSpec| -> bool {
        spec.ca_spec()
            .is_some_and(|ca| ca.key_path(pki_dir).exists())
    };
    let mut certificates: Vec<Expiration> = Vec::new();
    for spec in table::certs_for(cluster).filter(|s| !s.is_ca()) {
        let ca = spec.ca.unwrap_or_default();
        let path = spec.cert_path(pki_dir);
        certificates.push(
            Expiration::new(spec.name, &path, ca, !ca_key_present(spec))
                .with(read_cert(&path), now),
        );
    }
    let ca_spec = table::spec("ca").expect("ca is in the table");
    for kc in KUBECONFIGS {
        let path = kubernetes_dir.join(kc.file);
        // Only the first master has a super-admin.conf (kubeadm's rule): not a problem elsewhere.
        if kc.file == crate::config::paths::SUPER_ADMIN_CONF && !path.exists() {
            continue;
        }
        let externally = !ca_spec.key_path(pki_dir).exists();
        certificates.push(
            Expiration::new(kc.file, &path, "ca", externally)
                .with(read_kubeconfig_cert(&path), now),
        );
    }
    certificates.sort_by(|a, b| a.name.cmp(&b.name));
    let certificate_authorities = table::certs_for(cluster)
        .filter(|s| s.is_ca())
        .map(|spec| {
            let path = spec.cert_path(pki_dir);
            Expiration::new(spec.name, &path, "", !spec.key_path(pki_dir).exists())
                .with(read_cert(&path), now)
        })
        .collect();
    Report {
        kind: "CertificateExpirationInfo",
        api_version: "output.kubeforge.io/v1alpha1",
        certificates,
        certificate_authorities,
    }
}

fn seconds_between(now: SystemTime, then: SystemTime) -> i64 {
    match then.duration_since(now) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    }
}

fn rfc3339(t: SystemTime) -> String {
    let secs = t
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    time::OffsetDateTime::from_unix_timestamp(secs)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// kubeadm's date column: "Nov 27, 2027 08:15 UTC".
pub fn display_date(rfc: &str) -> String {
    let format =
        time::macros::format_description!("[month repr:short] [day], [year] [hour]:[minute] UTC");
    time::OffsetDateTime::parse(rfc, &time::format_description::well_known::Rfc3339)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_else(|| rfc.to_owned())
}

/// kubeadm's residual-time column (Kubernetes' short human durations); `<invalid>` once
/// expired.
pub fn display_residual(seconds: i64) -> String {
    if seconds <= 0 {
        return "<invalid>".into();
    }
    let s = seconds as u64;
    match s {
        0..120 => format!("{s}s"),
        120..7200 => format!("{}m", s / 60),
        7200..172_800 => format!("{}h", s / 3600),
        172_800..31_536_000 => format!("{}d", s / 86400),
        _ => format!("{}y", s / 31_536_000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn residual_times_read_like_kubeadm() {
        assert_eq!(display_residual(-5), "<invalid>");
        assert_eq!(display_residual(90), "90s");
        assert_eq!(display_residual(3000), "50m");
        assert_eq!(display_residual(30 * 3600), "30h");
        assert_eq!(display_residual(364 * 86400), "364d");
        assert_eq!(display_residual(9 * 365 * 86400 + 100), "9y");
        assert_eq!(
            display_date("2027-11-27T08:15:00Z"),
            "Nov 27, 2027 08:15 UTC"
        );
    }
}
