//! rustls configuration shared by every server and client: PEM loading, TLS 1.2+ only (the
//! CIS benchmark's floor; rustls has no older versions), client-certificate verification.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::server::{ClientHello, ResolvesServerCert, WebPkiClientVerifier};
use rustls::sign::CertifiedKey;
use rustls::{DigitallySignedStruct, RootCertStore};

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
    let key = certified_key(cert_pem, key_pem)?;
    server_config_with(
        Arc::new(rustls::sign::SingleCertAndKey::from(key)),
        client_ca_pem,
    )
}

/// A server configuration whose certificate is re-read from `cert_path`/`key_path` when the
/// files change, so renewed certificates are served without a restart.
pub fn reloading_server_config(
    cert_path: &Path,
    key_path: &Path,
    client_ca_pem: Option<&str>,
) -> Result<Arc<rustls::ServerConfig>> {
    let resolver = ReloadingCert::load(cert_path, key_path)?;
    server_config_with(Arc::new(resolver), client_ca_pem)
}

fn server_config_with(
    resolver: Arc<dyn ResolvesServerCert>,
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
    let mut config = builder.with_cert_resolver(resolver);
    // kubectl and client-go speak HTTP/2 when offered.
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

fn certified_key(cert_pem: &str, key_pem: &str) -> Result<CertifiedKey> {
    let certs = certificates(cert_pem, "serving certificate")?;
    let key = private_key(key_pem, "serving key")?;
    let signing = rustls::crypto::aws_lc_rs::sign::any_supported_type(&key).map_err(|source| {
        Error::Rustls {
            what: "serving key".into(),
            source,
        }
    })?;
    let certified = CertifiedKey::new(certs, signing);
    certified.keys_match().map_err(|source| Error::Rustls {
        what: "serving certificate".into(),
        source,
    })?;
    Ok(certified)
}

/// How often the certificate file's modification time is looked at, at most.
const RELOAD_CHECK: Duration = Duration::from_millis(500);

/// The serving certificate, re-read when its files change (looked at on handshakes, at most
/// every 500 ms). A file that does not parse keeps the previous certificate in service.
#[derive(Debug)]
struct ReloadingCert {
    cert_path: PathBuf,
    key_path: PathBuf,
    state: Mutex<Loaded>,
}

#[derive(Debug)]
struct Loaded {
    checked: Instant,
    stamp: Option<(SystemTime, SystemTime)>,
    key: Arc<CertifiedKey>,
}

impl ReloadingCert {
    fn load(cert_path: &Path, key_path: &Path) -> Result<Self> {
        let stamp = Self::stamp(cert_path, key_path);
        let key = Self::read(cert_path, key_path)?;
        Ok(ReloadingCert {
            cert_path: cert_path.to_owned(),
            key_path: key_path.to_owned(),
            state: Mutex::new(Loaded {
                checked: Instant::now(),
                stamp,
                key: Arc::new(key),
            }),
        })
    }

    fn stamp(cert: &Path, key: &Path) -> Option<(SystemTime, SystemTime)> {
        let mtime = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        Some((mtime(cert)?, mtime(key)?))
    }

    fn read(cert: &Path, key: &Path) -> Result<CertifiedKey> {
        let text = |p: &Path| {
            std::fs::read_to_string(p).map_err(|e| Error::Pem {
                what: p.display().to_string(),
                message: e.to_string(),
            })
        };
        certified_key(&text(cert)?, &text(key)?)
    }
}

impl ResolvesServerCert for ReloadingCert {
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if state.checked.elapsed() >= RELOAD_CHECK {
            state.checked = Instant::now();
            let stamp = Self::stamp(&self.cert_path, &self.key_path);
            if stamp != state.stamp {
                match Self::read(&self.cert_path, &self.key_path) {
                    Ok(key) => {
                        tracing::info!(cert = %self.cert_path.display(), "serving certificate reloaded");
                        state.key = Arc::new(key);
                        state.stamp = stamp;
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot reload the serving certificate; keeping the current one")
                    }
                }
            }
        }
        Some(state.key.clone())
    }
}

/// A client configuration trusting `ca_pem`, presenting a client certificate when given.
pub fn client_config(
    ca_pem: &str,
    client: Option<(&str, &str)>,
) -> Result<Arc<rustls::ClientConfig>> {
    let builder = rustls::ClientConfig::builder().with_root_certificates(root_store(ca_pem, "CA")?);
    with_client_cert(builder, client)
}

/// Finishes a client configuration: the client certificate when given, HTTP/1.1.
fn with_client_cert(
    builder: rustls::ConfigBuilder<rustls::ClientConfig, rustls::client::WantsClientCert>,
    client: Option<(&str, &str)>,
) -> Result<Arc<rustls::ClientConfig>> {
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

/// A client configuration that accepts any server certificate (handshake signatures are still
/// checked), as kubelet probes and `curl -k` do: for talking to components that serve a
/// self-signed certificate. Presents a client certificate when given.
pub fn insecure_client_config(client: Option<(&str, &str)>) -> Result<Arc<rustls::ClientConfig>> {
    let provider = rustls::crypto::CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::aws_lc_rs::default_provider()));
    let builder = rustls::ClientConfig::builder()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AcceptAnyServerCert(provider)));
    with_client_cert(builder, client)
}

/// Accepts any server certificate, but still checks handshake signatures.
#[derive(Debug)]
struct AcceptAnyServerCert(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for AcceptAnyServerCert {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
