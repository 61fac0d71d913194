//! Certificate authorities and certificate issuance.

use std::net::IpAddr;
use std::path::Path;
use std::time::Duration;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, PublicKeyData, SanType, SerialNumber,
};
use time::OffsetDateTime;

use super::{Error, KeyAlgorithm, Result, read};

/// kubeadm backdates NotBefore so that nodes with slightly skewed clocks accept fresh
/// certificates.
const BACKDATE: Duration = Duration::from_secs(5 * 60);

/// What a leaf certificate may be used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Usage {
    Server,
    Client,
    ServerAndClient,
}

/// The subject and extensions of a certificate to issue.
#[derive(Clone, Debug)]
pub struct LeafRequest {
    pub common_name: String,
    pub organizations: Vec<String>,
    /// DNS names and IP addresses; IPs are recognised by parsing.
    pub sans: Vec<String>,
    pub usage: Usage,
    pub validity: Duration,
}

/// A freshly issued certificate and its private key, both PEM.
pub struct IssuedCert {
    pub cert_pem: String,
    pub key_pem: String,
}

/// A CA certificate with its signing key.
pub struct CertAuthority {
    cert_pem: String,
    issuer: Issuer<'static, KeyPair>,
}

impl CertAuthority {
    /// Creates a self-signed CA (kubeadm's: CN only, key usages for signing, 10 years).
    pub fn create(
        common_name: &str,
        validity: Duration,
        algorithm: KeyAlgorithm,
    ) -> Result<(Self, String)> {
        let key = generate_key(algorithm, common_name)?;
        let mut params = base_params(common_name, &[], validity)?;
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
            KeyUsagePurpose::KeyCertSign,
        ];
        let cert = params.self_signed(&key).map_err(|source| Error::Generate {
            what: format!("{common_name} CA certificate"),
            source,
        })?;
        let key_pem = key.serialize_pem();
        Ok((
            CertAuthority {
                cert_pem: cert.pem(),
                issuer: Issuer::new(params, key),
            },
            key_pem,
        ))
    }

    /// Loads a CA from its certificate and key files, checking that they belong together and
    /// that the certificate really is a CA.
    pub fn load(cert_path: &Path, key_path: &Path) -> Result<Self> {
        Self::from_pem(&read(cert_path)?, &read(key_path)?, cert_path, key_path)
    }

    /// `load` for PEM text; the paths name where it came from, in errors.
    pub fn from_pem(
        cert_pem: &str,
        key_pem: &str,
        cert_path: &Path,
        key_path: &Path,
    ) -> Result<Self> {
        let cert_pem = cert_pem.to_owned();
        let key = KeyPair::from_pem(key_pem).map_err(|e| Error::Invalid {
            path: key_path.to_owned(),
            what: "private key",
            message: e.to_string(),
        })?;
        let parsed =
            super::inspect::ParsedCert::from_pem(&cert_pem).map_err(|message| Error::Invalid {
                path: cert_path.to_owned(),
                what: "certificate",
                message,
            })?;
        if !parsed.is_ca {
            return Err(Error::Mismatch {
                path: cert_path.to_owned(),
                reason: "it is not a CA certificate (basicConstraints CA:TRUE missing)".into(),
            });
        }
        if parsed.spki_der != key.subject_public_key_info() {
            return Err(Error::Mismatch {
                path: key_path.to_owned(),
                reason: format!("it is not the key of {}", cert_path.display()),
            });
        }
        let issuer = Issuer::from_ca_cert_pem(&cert_pem, key).map_err(|e| Error::Invalid {
            path: cert_path.to_owned(),
            what: "CA certificate",
            message: e.to_string(),
        })?;
        Ok(CertAuthority { cert_pem, issuer })
    }

    pub fn cert_pem(&self) -> &str {
        &self.cert_pem
    }

    /// Issues a certificate for a fresh key of `algorithm`.
    pub fn issue(&self, req: &LeafRequest, algorithm: KeyAlgorithm) -> Result<IssuedCert> {
        let key = generate_key(algorithm, &req.common_name)?;
        let cert_pem = self.issue_for_key(req, &key)?;
        Ok(IssuedCert {
            cert_pem,
            key_pem: key.serialize_pem(),
        })
    }

    /// Issues a certificate for an existing key (renewal keeps keys unless asked otherwise).
    pub fn issue_for_key(&self, req: &LeafRequest, key: &KeyPair) -> Result<String> {
        let mut params = leaf_params(req, key)?;
        params.use_authority_key_identifier_extension = true;
        let cert = params
            .signed_by(key, &self.issuer)
            .map_err(|source| Error::Generate {
                what: format!("certificate for {}", req.common_name),
                source,
            })?;
        Ok(cert.pem())
    }
}

/// What a PEM certificate signing request asks for (its signature checked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestedCert {
    pub common_name: String,
    pub organizations: Vec<String>,
    pub dns_names: Vec<String>,
    pub ip_addresses: Vec<IpAddr>,
    /// Email or URI SANs (kubelet client certificates must have none).
    pub other_sans: usize,
}

fn dn_text(value: &rcgen::DnValue) -> String {
    use rcgen::DnValue;
    match value {
        DnValue::PrintableString(s) => s.as_str().to_owned(),
        DnValue::Utf8String(s) => s.clone(),
        DnValue::Ia5String(s) => s.as_str().to_owned(),
        other => format!("{other:?}"),
    }
}

/// Parses and verifies a PEM certificate signing request.
pub fn read_request(csr_pem: &str) -> std::result::Result<RequestedCert, String> {
    let csr = rcgen::CertificateSigningRequestParams::from_pem(csr_pem)
        .map_err(|e| format!("not a valid certificate signing request: {e}"))?;
    let mut out = RequestedCert::default();
    for (ty, value) in csr.params.distinguished_name.iter() {
        match ty {
            DnType::CommonName => out.common_name = dn_text(value),
            DnType::OrganizationName => out.organizations.push(dn_text(value)),
            _ => {}
        }
    }
    for san in &csr.params.subject_alt_names {
        match san {
            SanType::DnsName(n) => out.dns_names.push(n.as_str().to_owned()),
            SanType::IpAddress(ip) => out.ip_addresses.push(*ip),
            _ => out.other_sans += 1,
        }
    }
    Ok(out)
}

impl CertAuthority {
    /// Signs a PEM certificate signing request: subject and SANs from the request, the key
    /// usages and extended key usages given, valid for `validity` (backdated as kubeadm's).
    pub fn sign_request(
        &self,
        csr_pem: &str,
        key_usages: Vec<KeyUsagePurpose>,
        extended: Vec<ExtendedKeyUsagePurpose>,
        validity: Duration,
    ) -> std::result::Result<String, String> {
        let mut csr = rcgen::CertificateSigningRequestParams::from_pem(csr_pem)
            .map_err(|e| format!("not a valid certificate signing request: {e}"))?;
        let now = OffsetDateTime::now_utc();
        let params = &mut csr.params;
        params.not_before = now - BACKDATE;
        params.not_after = now + validity;
        params.serial_number = Some(random_serial());
        params.is_ca = IsCa::ExplicitNoCa;
        params.key_usages = key_usages;
        params.extended_key_usages = extended;
        params.use_authority_key_identifier_extension = true;
        csr.signed_by(&self.issuer)
            .map(|c| c.pem())
            .map_err(|e| format!("cannot sign: {e}"))
    }
}

/// A certificate signing request for `req` and `key`, for an external CA to sign (PEM).
pub fn csr_pem(req: &LeafRequest, key: &KeyPair) -> Result<String> {
    let mut params = leaf_params(req, key)?;
    // The CA chooses the serial number; validity is not part of a request.
    params.serial_number = None;
    params
        .serialize_request(key)
        .and_then(|csr| csr.pem())
        .map_err(|source| Error::Generate {
            what: format!("certificate signing request for {}", req.common_name),
            source,
        })
}

/// The subject, SANs and usages of a leaf certificate.
fn leaf_params(req: &LeafRequest, key: &KeyPair) -> Result<CertificateParams> {
    let mut params = base_params(&req.common_name, &req.organizations, req.validity)?;
    params.subject_alt_names = req
        .sans
        .iter()
        .map(|s| san_type(s))
        .collect::<Result<_>>()?;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    if key.algorithm() == &rcgen::PKCS_RSA_SHA256 {
        // RSA key exchange in TLS 1.2 needs keyEncipherment; ECDSA keys never encipher.
        params.key_usages.push(KeyUsagePurpose::KeyEncipherment);
    }
    params.extended_key_usages = match req.usage {
        Usage::Server => vec![ExtendedKeyUsagePurpose::ServerAuth],
        Usage::Client => vec![ExtendedKeyUsagePurpose::ClientAuth],
        Usage::ServerAndClient => vec![
            ExtendedKeyUsagePurpose::ServerAuth,
            ExtendedKeyUsagePurpose::ClientAuth,
        ],
    };
    Ok(params)
}

fn generate_key(algorithm: KeyAlgorithm, what: &str) -> Result<KeyPair> {
    algorithm.generate().map_err(|source| Error::Generate {
        what: format!("{algorithm} key for {what}"),
        source,
    })
}

fn base_params(
    common_name: &str,
    organizations: &[String],
    validity: Duration,
) -> Result<CertificateParams> {
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    for org in organizations {
        dn.push(DnType::OrganizationName, org.as_str());
    }
    dn.push(DnType::CommonName, common_name);
    params.distinguished_name = dn;
    let now = OffsetDateTime::now_utc();
    params.not_before = now - BACKDATE;
    params.not_after = now + validity;
    params.serial_number = Some(random_serial());
    Ok(params)
}

/// A random positive 128-bit serial number (RFC 5280 allows up to 20 octets).
fn random_serial() -> SerialNumber {
    let mut bytes = [0u8; 16];
    aws_lc_rs::rand::fill(&mut bytes).expect("system random generator failed");
    bytes[0] &= 0x7f; // keep it positive
    bytes[0] |= 0x01; // and of full length
    SerialNumber::from(bytes.to_vec())
}

fn san_type(s: &str) -> Result<SanType> {
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Ok(SanType::IpAddress(ip));
    }
    s.to_owned()
        .try_into()
        .map(SanType::DnsName)
        .map_err(|source| Error::Generate {
            what: format!("subject alternative name {s:?}"),
            source,
        })
}
