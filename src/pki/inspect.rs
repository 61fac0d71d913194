//! Reading certificates back: subject, SANs, validity, CA flag and signature checks, with an
//! independent parser (x509-parser), so what we generate is checked by different code.

use std::net::IpAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use x509_parser::extensions::GeneralName;
use x509_parser::prelude::*;

/// The parts of a certificate kubeforge looks at.
#[derive(Clone, Debug)]
pub struct ParsedCert {
    pub der: Vec<u8>,
    pub common_name: String,
    pub organizations: Vec<String>,
    pub issuer_common_name: String,
    pub not_before: SystemTime,
    pub not_after: SystemTime,
    pub is_ca: bool,
    /// DNS names and IP addresses, as text.
    pub sans: Vec<String>,
    pub spki_der: Vec<u8>,
    pub server_auth: bool,
    pub client_auth: bool,
}

impl ParsedCert {
    /// Parses the first certificate of a PEM text.
    pub fn from_pem(pem: &str) -> Result<Self, String> {
        let (_, pem) = x509_parser::pem::parse_x509_pem(pem.as_bytes())
            .map_err(|e| format!("not PEM: {e}"))?;
        if pem.label != "CERTIFICATE" {
            return Err(format!("PEM block is {:?}, not CERTIFICATE", pem.label));
        }
        Self::from_der(&pem.contents)
    }

    pub fn from_der(der: &[u8]) -> Result<Self, String> {
        let (_, cert) = parse_x509_certificate(der).map_err(|e| format!("not X.509: {e}"))?;
        let common_name = first(cert.subject().iter_common_name());
        let organizations = cert
            .subject()
            .iter_organization()
            .filter_map(|a| a.as_str().ok().map(str::to_owned))
            .collect();
        let issuer_common_name = first(cert.issuer().iter_common_name());
        let mut sans = Vec::new();
        if let Ok(Some(ext)) = cert.subject_alternative_name() {
            for name in &ext.value.general_names {
                match name {
                    GeneralName::DNSName(d) => sans.push((*d).to_owned()),
                    GeneralName::IPAddress(bytes) => {
                        if let Some(ip) = ip_from_bytes(bytes) {
                            sans.push(ip.to_string());
                        }
                    }
                    _ => {}
                }
            }
        }
        let (server_auth, client_auth) = match cert.extended_key_usage() {
            Ok(Some(eku)) => (eku.value.server_auth, eku.value.client_auth),
            _ => (false, false),
        };
        let is_ca = matches!(cert.basic_constraints(), Ok(Some(bc)) if bc.value.ca);
        Ok(ParsedCert {
            der: der.to_vec(),
            common_name,
            organizations,
            issuer_common_name,
            not_before: to_system_time(cert.validity().not_before.timestamp()),
            not_after: to_system_time(cert.validity().not_after.timestamp()),
            is_ca,
            sans,
            spki_der: cert.public_key().raw.to_vec(),
            server_auth,
            client_auth,
        })
    }

    /// Whether `issuer`'s key signed this certificate.
    pub fn verify_signed_by(&self, issuer: &ParsedCert) -> Result<(), String> {
        let (_, cert) = parse_x509_certificate(&self.der).map_err(|e| e.to_string())?;
        let (_, ca) = parse_x509_certificate(&issuer.der).map_err(|e| e.to_string())?;
        cert.verify_signature(Some(ca.public_key())).map_err(|e| {
            format!(
                "signature does not verify against {}: {e}",
                issuer.common_name
            )
        })
    }

    /// Time left before expiry (zero when already expired).
    pub fn remaining(&self) -> Duration {
        self.not_after
            .duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO)
    }

    pub fn is_expired(&self) -> bool {
        self.remaining().is_zero()
    }

    /// Whether the certificate names `san` (IP addresses compared as addresses).
    pub fn has_san(&self, san: &str) -> bool {
        match san.parse::<IpAddr>() {
            Ok(ip) => self.sans.iter().any(|s| s.parse::<IpAddr>() == Ok(ip)),
            Err(_) => self.sans.iter().any(|s| s.eq_ignore_ascii_case(san)),
        }
    }
}

fn first<'a>(mut attrs: impl Iterator<Item = &'a AttributeTypeAndValue<'a>>) -> String {
    attrs
        .find_map(|a| a.as_str().ok().map(str::to_owned))
        .unwrap_or_default()
}

fn ip_from_bytes(bytes: &[u8]) -> Option<IpAddr> {
    match bytes.len() {
        4 => Some(IpAddr::from(<[u8; 4]>::try_from(bytes).ok()?)),
        16 => Some(IpAddr::from(<[u8; 16]>::try_from(bytes).ok()?)),
        _ => None,
    }
}

fn to_system_time(unix: i64) -> SystemTime {
    if unix >= 0 {
        UNIX_EPOCH + Duration::from_secs(unix as u64)
    } else {
        UNIX_EPOCH - Duration::from_secs(unix.unsigned_abs())
    }
}
