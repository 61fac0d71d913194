//! kubeadm's certificate inventory as one table. Generation (init's `certs` phase) walks it
//! here; renewal and expiration checks will walk the same rows.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use rcgen::PublicKeyData;

use super::authority::{CertAuthority, LeafRequest, Usage};
use super::inspect::ParsedCert;
use super::{Error, Result, read, write};
use crate::config::ClusterConfig;
use crate::fsutil::{MODE_PUBLIC, MODE_SECRET};

pub const SA_KEY: &str = "sa.key";
pub const SA_PUB: &str = "sa.pub";

/// Who a certificate's CN names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommonName {
    Fixed(&'static str),
    /// etcd's server and peer certificates carry the node name, as in kubeadm.
    NodeName,
}

/// Which subject alternative names a certificate needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SanSet {
    None,
    ApiServer,
    EtcdServer,
    EtcdPeer,
}

/// One row of the inventory.
#[derive(Clone, Copy, Debug)]
pub struct CertSpec {
    /// The name users type: `kubeforge init phase certs <name>`, `certs renew <name>`.
    pub name: &'static str,
    /// File base under the certificates dir (`<base>.crt`, `<base>.key`).
    pub base: &'static str,
    pub description: &'static str,
    /// The `name` of the CA that signs it; `None` for a CA itself.
    pub ca: Option<&'static str>,
    pub common_name: CommonName,
    pub organizations: &'static [&'static str],
    pub usage: Usage,
    pub sans: SanSet,
    /// Not needed when the cluster uses an external etcd.
    pub local_etcd_only: bool,
}

const fn ca(
    name: &'static str,
    base: &'static str,
    cn: &'static str,
    description: &'static str,
    local_etcd_only: bool,
) -> CertSpec {
    CertSpec {
        name,
        base,
        description,
        ca: None,
        common_name: CommonName::Fixed(cn),
        organizations: &[],
        usage: Usage::ServerAndClient,
        sans: SanSet::None,
        local_etcd_only,
    }
}

/// kubeadm's inventory, CAs before the certificates they sign.
pub const CERTS: &[CertSpec] = &[
    ca(
        "ca",
        "ca",
        "kubernetes",
        "self-signed Kubernetes CA to provision identities for other Kubernetes components",
        false,
    ),
    CertSpec {
        name: "apiserver",
        base: "apiserver",
        description: "certificate for serving the Kubernetes API",
        ca: Some("ca"),
        common_name: CommonName::Fixed("kube-apiserver"),
        organizations: &[],
        usage: Usage::Server,
        sans: SanSet::ApiServer,
        local_etcd_only: false,
    },
    CertSpec {
        name: "apiserver-kubelet-client",
        base: "apiserver-kubelet-client",
        description: "certificate for the API server to connect to kubelet",
        ca: Some("ca"),
        common_name: CommonName::Fixed("kube-apiserver-kubelet-client"),
        organizations: &["kubeadm:cluster-admins"],
        usage: Usage::Client,
        sans: SanSet::None,
        local_etcd_only: false,
    },
    ca(
        "front-proxy-ca",
        "front-proxy-ca",
        "front-proxy-ca",
        "self-signed CA to provision identities for front proxy",
        false,
    ),
    CertSpec {
        name: "front-proxy-client",
        base: "front-proxy-client",
        description: "certificate for the front proxy client",
        ca: Some("front-proxy-ca"),
        common_name: CommonName::Fixed("front-proxy-client"),
        organizations: &[],
        usage: Usage::Client,
        sans: SanSet::None,
        local_etcd_only: false,
    },
    ca(
        "etcd-ca",
        "etcd/ca",
        "etcd-ca",
        "self-signed CA to provision identities for etcd",
        true,
    ),
    CertSpec {
        name: "etcd-server",
        base: "etcd/server",
        description: "certificate for serving etcd",
        ca: Some("etcd-ca"),
        common_name: CommonName::NodeName,
        organizations: &[],
        usage: Usage::ServerAndClient,
        sans: SanSet::EtcdServer,
        local_etcd_only: true,
    },
    CertSpec {
        name: "etcd-peer",
        base: "etcd/peer",
        description: "certificate for etcd nodes to communicate with each other",
        ca: Some("etcd-ca"),
        common_name: CommonName::NodeName,
        organizations: &[],
        usage: Usage::ServerAndClient,
        sans: SanSet::EtcdPeer,
        local_etcd_only: true,
    },
    CertSpec {
        name: "etcd-healthcheck-client",
        base: "etcd/healthcheck-client",
        description: "certificate for liveness probes to healthcheck etcd",
        ca: Some("etcd-ca"),
        common_name: CommonName::Fixed("kube-etcd-healthcheck-client"),
        organizations: &[],
        usage: Usage::Client,
        sans: SanSet::None,
        local_etcd_only: true,
    },
    CertSpec {
        name: "apiserver-etcd-client",
        base: "apiserver-etcd-client",
        description: "certificate the apiserver uses to access etcd",
        ca: Some("etcd-ca"),
        common_name: CommonName::Fixed("kube-apiserver-etcd-client"),
        organizations: &[],
        usage: Usage::Client,
        sans: SanSet::None,
        local_etcd_only: true,
    },
];

/// Looks a row up by its user-facing name.
pub fn spec(name: &str) -> Option<&'static CertSpec> {
    CERTS.iter().find(|c| c.name == name)
}

/// What `ensure` did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Generated,
    UsedExisting,
    /// A CA whose certificate is here but whose key is not: external-CA mode, where kubeforge
    /// signs nothing with it and its leaves must be provided.
    External,
}

/// The node facts certificates are issued from.
pub struct SanContext<'a> {
    pub node_name: &'a str,
    pub advertise_address: IpAddr,
    pub cluster: &'a ClusterConfig,
}

impl CertSpec {
    pub fn is_ca(&self) -> bool {
        self.ca.is_none()
    }

    pub fn cert_path(&self, pki_dir: &Path) -> PathBuf {
        pki_dir.join(format!("{}.crt", self.base))
    }

    pub fn key_path(&self, pki_dir: &Path) -> PathBuf {
        pki_dir.join(format!("{}.key", self.base))
    }

    /// The CA row that signs this certificate.
    pub fn ca_spec(&self) -> Option<&'static CertSpec> {
        self.ca.and_then(spec)
    }

    pub fn common_name<'a>(&self, ctx: &SanContext<'a>) -> &'a str {
        match self.common_name {
            CommonName::Fixed(cn) => cn,
            CommonName::NodeName => ctx.node_name,
        }
    }

    /// The SANs this certificate must carry, in kubeadm's order.
    pub fn required_sans(&self, ctx: &SanContext<'_>) -> Vec<String> {
        let c = ctx.cluster;
        let adv = ctx.advertise_address.to_string();
        let mut sans: Vec<String> = match self.sans {
            SanSet::None => vec![],
            SanSet::ApiServer => {
                let mut v = vec![
                    ctx.node_name.to_owned(),
                    "kubernetes".into(),
                    "kubernetes.default".into(),
                    "kubernetes.default.svc".into(),
                    format!("kubernetes.default.svc.{}", c.dns_domain),
                    "localhost".into(),
                    c.first_service_ip().to_string(),
                    adv,
                    "127.0.0.1".into(),
                ];
                if let Some(ep) = &c.control_plane_endpoint {
                    v.push(ep.host.clone());
                }
                v.extend(c.api_server_cert_sans.iter().cloned());
                v
            }
            SanSet::EtcdServer | SanSet::EtcdPeer => {
                let mut v = vec![
                    ctx.node_name.to_owned(),
                    "localhost".into(),
                    adv,
                    "127.0.0.1".into(),
                    "::1".into(),
                ];
                if let crate::config::EtcdConfig::Local(local) = &c.etcd {
                    v.extend(if self.sans == SanSet::EtcdServer {
                        local.server_cert_sans.iter().cloned()
                    } else {
                        local.peer_cert_sans.iter().cloned()
                    });
                }
                v
            }
        };
        let mut seen = std::collections::HashSet::new();
        sans.retain(|s| seen.insert(s.to_ascii_lowercase()));
        sans
    }

    /// Generates this certificate unless a usable one is already there. A CA present on disk is
    /// used as it is (so users can bring their own); a leaf on disk is kept only if it is
    /// signed by the current CA, unexpired, and names every required SAN.
    pub fn ensure(&self, ctx: &SanContext<'_>, pki_dir: &Path) -> Result<Outcome> {
        let (cert_path, key_path) = (self.cert_path(pki_dir), self.key_path(pki_dir));
        let c = ctx.cluster;
        match (self.ca_spec(), cert_path.exists()) {
            (None, true) => {
                self.check_unexpired(&cert_path)?;
                if !key_path.exists() {
                    return Ok(Outcome::External);
                }
                CertAuthority::load(&cert_path, &key_path)?;
                Ok(Outcome::UsedExisting)
            }
            (None, false) => {
                let (ca, key_pem) = CertAuthority::create(
                    self.common_name(ctx),
                    c.ca_certificate_validity,
                    c.encryption_algorithm,
                )?;
                write(&key_path, &key_pem, MODE_SECRET)?;
                write(&cert_path, ca.cert_pem(), MODE_PUBLIC)?;
                Ok(Outcome::Generated)
            }
            (Some(ca_spec), exists) => {
                if !ca_spec.cert_path(pki_dir).exists() {
                    return Err(Error::MissingCa {
                        ca: ca_spec.name,
                        path: ca_spec.cert_path(pki_dir),
                    });
                }
                if !ca_spec.key_path(pki_dir).exists() {
                    // External CA: what it signed must be here already.
                    if !(exists && key_path.exists()) {
                        return Err(Error::ExternalCaLeafMissing {
                            ca: ca_spec.name,
                            ca_key: ca_spec.key_path(pki_dir),
                            path: if exists { key_path } else { cert_path },
                        });
                    }
                    let ca_pem = read(&ca_spec.cert_path(pki_dir))?;
                    self.check_existing_leaf(ctx, &cert_path, &key_path, &ca_pem)?;
                    return Ok(Outcome::UsedExisting);
                }
                let ca =
                    CertAuthority::load(&ca_spec.cert_path(pki_dir), &ca_spec.key_path(pki_dir))?;
                if exists && key_path.exists() {
                    self.check_existing_leaf(ctx, &cert_path, &key_path, ca.cert_pem())?;
                    return Ok(Outcome::UsedExisting);
                }
                let issued = ca.issue(&self.leaf_request(ctx), c.encryption_algorithm)?;
                write(&key_path, &issued.key_pem, MODE_SECRET)?;
                write(&cert_path, &issued.cert_pem, MODE_PUBLIC)?;
                Ok(Outcome::Generated)
            }
        }
    }

    pub fn leaf_request(&self, ctx: &SanContext<'_>) -> LeafRequest {
        LeafRequest {
            common_name: self.common_name(ctx).to_owned(),
            organizations: self.organizations.iter().map(|s| s.to_string()).collect(),
            sans: self.required_sans(ctx),
            usage: self.usage,
            validity: ctx.cluster.certificate_validity,
        }
    }

    fn check_unexpired(&self, cert_path: &Path) -> Result<ParsedCert> {
        let parsed = parse_file(cert_path)?;
        if parsed.is_expired() {
            return Err(Error::Mismatch {
                path: cert_path.to_owned(),
                reason: "it has expired".into(),
            });
        }
        Ok(parsed)
    }

    fn check_existing_leaf(
        &self,
        ctx: &SanContext<'_>,
        cert_path: &Path,
        key_path: &Path,
        ca_pem: &str,
    ) -> Result<()> {
        let parsed = self.check_unexpired(cert_path)?;
        let mismatch = |reason: String| Error::Mismatch {
            path: cert_path.to_owned(),
            reason,
        };
        let ca = ParsedCert::from_pem(ca_pem).map_err(mismatch)?;
        parsed.verify_signed_by(&ca).map_err(mismatch)?;
        let key = rcgen::KeyPair::from_pem(&read(key_path)?).map_err(|e| Error::Invalid {
            path: key_path.to_owned(),
            what: "private key",
            message: e.to_string(),
        })?;
        if key.subject_public_key_info() != parsed.spki_der {
            return Err(mismatch(format!(
                "{} is not its private key",
                key_path.display()
            )));
        }
        if let Some(missing) = self
            .required_sans(ctx)
            .into_iter()
            .find(|s| !parsed.has_san(s))
        {
            return Err(mismatch(format!(
                "it does not name {missing:?} among its subject alternative names"
            )));
        }
        Ok(())
    }
}

/// Parses a PEM certificate file.
pub fn parse_file(path: &Path) -> Result<ParsedCert> {
    ParsedCert::from_pem(&read(path)?).map_err(|message| Error::Invalid {
        path: path.to_owned(),
        what: "certificate",
        message,
    })
}

/// The rows that apply to a cluster (etcd's rows drop out with an external etcd).
pub fn certs_for(cluster: &ClusterConfig) -> impl Iterator<Item = &'static CertSpec> + '_ {
    let local = matches!(cluster.etcd, crate::config::EtcdConfig::Local(_));
    CERTS.iter().filter(move |c| local || !c.local_etcd_only)
}

/// Convenience for tests and benchmarks: the whole inventory plus the service-account key.
pub fn generate_all(ctx: &SanContext<'_>, pki_dir: &Path) -> Result<()> {
    for spec in certs_for(ctx.cluster) {
        spec.ensure(ctx, pki_dir)?;
    }
    super::ensure_service_account_key(pki_dir, ctx.cluster.encryption_algorithm)?;
    Ok(())
}
