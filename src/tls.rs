//! rustls configuration shared by every server and client: PEM loading, TLS 1.2+ only (the
//! CIS benchmark's floor; rustls has no older versions), client-certificate verification.

use std::sync::Arc;

use rustls::RootCertStore;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::WebPkiClientVerifier;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{what}: no PEM certificate found")]
    NoCertificate { what: String },
    #[error("{what}: invalid PEM: {message}")]
    Pem { what: String, message: String },
    #[error("{what}: {source}")]
    Rustls { what: String, source: rustls::Error },
    #[error("client CA {what}: {message}")]
    Verifier { what: String, message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// All certificates of a PEM text (a chain or a CA bundle).
pub fn certificates(pem: &str, what: &str) -> Result<Vec<CertificateDer<'static>>> {
    let certs = CertificateDer::pem_slice_iter(pem.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Error::Pem {
            what: what.into(),
            message: e.to_string(),
        })?;
    if certs.is_empty() {
        return Err(Error::NoCertificate { what: what.into() });
    }
    Ok(certs)
}

pub fn private_key(pem: &str, what: &str) -> Result<PrivateKeyDer<'static>> {
    PrivateKeyDer::from_pem_slice(pem.as_bytes()).map_err(|e| Error::Pem {
        what: what.into(),
        message: e.to_string(),
    })
}

pub fn root_store(ca_pem: &str, what: &str) -> Result<RootCertStore> {
    let mut roots = RootCertStore::empty();
    for cert in certificates(ca_pem, what)? {
        roots.add(cert).map_err(|source| Error::Rustls {
            what: what.into(),
            source,
        })?;
    }
    Ok(roots)
}

/// A server configuration. With `client_ca_pem`, client certificates signed by it are
/// verified when presented; anonymous connections are still accepted at the TLS level so that
/// health endpoints answer, and authorization decides per request.
pub fn server_config(
    cert_pem: &str,
    key_pem: &str,
    client_ca_pem: Option<&str>,
) -> Result<Arc<rustls::ServerConfig>> {
    let builder = rustls::ServerConfig::builder();
    let builder = match client_ca_pem {
        Some(ca) => {
            let verifier = WebPkiClientVerifier::builder(Arc::new(root_store(ca, "client CA")?))
                .allow_unauthenticated()
                .build()
                .map_err(|e| Error::Verifier {
                    what: "client CA".into(),
                    message: e.to_string(),
                })?;
            builder.with_client_cert_verifier(verifier)
        }
        None => builder.with_no_client_auth(),
    };
    let mut config = builder
        .with_single_cert(
            certificates(cert_pem, "serving certificate")?,
            private_key(key_pem, "serving key")?,
        )
        .map_err(|source| Error::Rustls {
            what: "serving certificate".into(),
            source,
        })?;
    // kubectl and client-go speak HTTP/2 when offered.
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// A client configuration trusting `ca_pem`, presenting a client certificate when given.
pub fn client_config(
    ca_pem: &str,
    client: Option<(&str, &str)>,
) -> Result<Arc<rustls::ClientConfig>> {
    let builder = rustls::ClientConfig::builder().with_root_certificates(root_store(ca_pem, "CA")?);
    let mut config = match client {
        Some((cert, key)) => builder
            .with_client_auth_cert(
                certificates(cert, "client certificate")?,
                private_key(key, "client key")?,
            )
            .map_err(|source| Error::Rustls {
                what: "client certificate".into(),
                source,
            })?,
        None => builder.with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
