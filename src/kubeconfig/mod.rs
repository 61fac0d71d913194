//! Typed kubeconfig files: kubeadm's set of identities (admin, super-admin, controller-manager,
//! scheduler, the node's own), each with embedded certificates and written 0600.

pub mod client;
pub mod node_csr;

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::{Deserialize, Serialize};

use crate::config::{InitConfig, paths};
use crate::pki::{self, CertAuthority, LeafRequest, Outcome, Usage};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read kubeconfig {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write kubeconfig {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("kubeconfig {path} is invalid: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error(
        "existing kubeconfig {path} cannot be used: {reason}. Remove it (or run `kubeforge reset`) to have it regenerated"
    )]
    Mismatch { path: PathBuf, reason: String },
    #[error(transparent)]
    Pki(#[from] pki::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The kubeconfig document (client-go's `clientcmdapi/v1.Config`), the fields we use.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Kubeconfig {
    #[serde(rename = "apiVersion", default)]
    pub api_version: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub clusters: Vec<NamedCluster>,
    #[serde(default)]
    pub contexts: Vec<NamedContext>,
    #[serde(default)]
    pub current_context: String,
    #[serde(default)]
    pub users: Vec<NamedUser>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct NamedCluster {
    pub name: String,
    pub cluster: Cluster,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Cluster {
    pub server: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_authority_data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_authority: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct NamedContext {
    pub name: String,
    pub context: Context,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Context {
    pub cluster: String,
    pub user: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct NamedUser {
    pub name: String,
    pub user: User,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct User {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_certificate_data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_key_data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_certificate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

/// The credentials of a kubeconfig's current context, decoded.
#[derive(Clone)]
pub struct Credentials {
    pub server: String,
    pub ca_pem: String,
    pub client_cert_pem: Option<String>,
    pub client_key_pem: Option<String>,
    pub token: Option<String>,
}

impl Kubeconfig {
    /// A single-context kubeconfig with embedded client certificate.
    pub fn with_client_cert(
        cluster_name: &str,
        server: &str,
        ca_pem: &str,
        user: &str,
        cert_pem: &str,
        key_pem: &str,
    ) -> Self {
        let context = format!("{user}@{cluster_name}");
        Kubeconfig {
            api_version: "v1".into(),
            kind: "Config".into(),
            clusters: vec![NamedCluster {
                name: cluster_name.into(),
                cluster: Cluster {
                    server: server.into(),
                    certificate_authority_data: Some(BASE64.encode(ca_pem)),
                    certificate_authority: None,
                },
            }],
            contexts: vec![NamedContext {
                name: context.clone(),
                context: Context {
                    cluster: cluster_name.into(),
                    user: user.into(),
                    namespace: None,
                },
            }],
            current_context: context,
            users: vec![NamedUser {
                name: user.into(),
                user: User {
                    client_certificate_data: Some(BASE64.encode(cert_pem)),
                    client_key_data: Some(BASE64.encode(key_pem)),
                    ..Default::default()
                },
            }],
        }
    }

    /// Embeds a new client certificate and key for the current context's user (replacing any
    /// file references). Errs with what is missing when the context names no user here.
    pub fn set_client_credentials(
        &mut self,
        cert_pem: &str,
        key_pem: &str,
    ) -> std::result::Result<(), String> {
        let current_user = self
            .contexts
            .iter()
            .find(|c| c.name == self.current_context)
            .map(|c| c.context.user.clone())
            .unwrap_or_default();
        let user = self
            .users
            .iter_mut()
            .find(|u| u.name == current_user)
            .ok_or_else(|| format!("user {current_user:?} not found"))?;
        user.user.client_certificate_data = Some(BASE64.encode(cert_pem));
        user.user.client_key_data = Some(BASE64.encode(key_pem));
        user.user.client_certificate = None;
        user.user.client_key = None;
        Ok(())
    }

    /// Makes every cluster trust `ca_pem` (a CA or a bundle), embedded.
    pub fn set_certificate_authority(&mut self, ca_pem: &str) {
        for c in &mut self.clusters {
            c.cluster.certificate_authority_data = Some(BASE64.encode(ca_pem));
            c.cluster.certificate_authority = None;
        }
    }

    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_owned(),
            source,
        })?;
        serde_saphyr::from_str(&text).map_err(|e| Error::Invalid {
            path: path.to_owned(),
            message: e.to_string(),
        })
    }

    pub fn write(&self, path: &Path) -> Result<()> {
        let text = serde_saphyr::to_string(self).map_err(|e| Error::Invalid {
            path: path.to_owned(),
            message: e.to_string(),
        })?;
        crate::fsutil::write_atomic(path, text.as_bytes(), crate::fsutil::MODE_SECRET).map_err(
            |source| Error::Write {
                path: path.to_owned(),
                source,
            },
        )
    }

    /// Resolves the current context into decoded credentials; file references are read
    /// relative to `base_dir` (the kubeconfig's directory), as client-go does.
    pub fn credentials(&self, origin: &Path) -> Result<Credentials> {
        let invalid = |message: String| Error::Invalid {
            path: origin.to_owned(),
            message,
        };
        let ctx = self
            .contexts
            .iter()
            .find(|c| c.name == self.current_context)
            .ok_or_else(|| {
                invalid(format!(
                    "current-context {:?} not found",
                    self.current_context
                ))
            })?;
        let cluster = self
            .clusters
            .iter()
            .find(|c| c.name == ctx.context.cluster)
            .ok_or_else(|| invalid(format!("cluster {:?} not found", ctx.context.cluster)))?;
        let user = self
            .users
            .iter()
            .find(|u| u.name == ctx.context.user)
            .ok_or_else(|| invalid(format!("user {:?} not found", ctx.context.user)))?;
        let base_dir = origin.parent().unwrap_or(Path::new("."));
        let data_or_file = |data: &Option<String>, file: &Option<String>, what: &str| {
            if let Some(d) = data {
                let bytes = BASE64
                    .decode(d.trim())
                    .map_err(|e| invalid(format!("{what} is not base64: {e}")))?;
                return String::from_utf8(bytes)
                    .map(Some)
                    .map_err(|_| invalid(format!("{what} is not PEM text")));
            }
            match file {
                Some(f) => {
                    let p = base_dir.join(f);
                    std::fs::read_to_string(&p)
                        .map(Some)
                        .map_err(|source| Error::Read { path: p, source })
                }
                None => Ok(None),
            }
        };
        let ca_pem = data_or_file(
            &cluster.cluster.certificate_authority_data,
            &cluster.cluster.certificate_authority,
            "certificate-authority-data",
        )?
        .ok_or_else(|| invalid("the cluster has no certificate authority".into()))?;
        Ok(Credentials {
            server: cluster.cluster.server.clone(),
            ca_pem,
            client_cert_pem: data_or_file(
                &user.user.client_certificate_data,
                &user.user.client_certificate,
                "client-certificate-data",
            )?,
            client_key_pem: data_or_file(
                &user.user.client_key_data,
                &user.user.client_key,
                "client-key-data",
            )?,
            token: user.user.token.clone(),
        })
    }
}

/// Which API server address a kubeconfig points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// controlPlaneEndpoint when set (reaches any master).
    ControlPlane,
    /// This node's own API server, as kubeadm gives the scheduler and controller-manager.
    Local,
}

/// One row of kubeadm's kubeconfig inventory.
#[derive(Clone, Copy, Debug)]
pub struct KubeconfigSpec {
    /// `kubeforge init phase kubeconfig <name>`
    pub name: &'static str,
    pub file: &'static str,
    pub description: &'static str,
    /// `None` means the node's identity, `system:node:<node name>`.
    pub user: Option<&'static str>,
    pub organizations: &'static [&'static str],
    pub endpoint: Endpoint,
}

pub const KUBECONFIGS: &[KubeconfigSpec] = &[
    KubeconfigSpec {
        name: "admin",
        file: paths::ADMIN_CONF,
        description: "kubeconfig for the admin, bound to cluster-admin through kubeadm:cluster-admins",
        user: Some("kubernetes-admin"),
        organizations: &["kubeadm:cluster-admins"],
        endpoint: Endpoint::ControlPlane,
    },
    KubeconfigSpec {
        name: "super-admin",
        file: paths::SUPER_ADMIN_CONF,
        description: "kubeconfig for the super-admin (system:masters, bypasses RBAC)",
        user: Some("kubernetes-super-admin"),
        organizations: &["system:masters"],
        endpoint: Endpoint::ControlPlane,
    },
    KubeconfigSpec {
        name: "kubelet",
        file: paths::KUBELET_CONF,
        description: "kubeconfig for the node agent (identity system:node:<node name>)",
        user: None,
        organizations: &["system:nodes"],
        endpoint: Endpoint::ControlPlane,
    },
    KubeconfigSpec {
        name: "controller-manager",
        file: paths::CONTROLLER_MANAGER_CONF,
        description: "kubeconfig for the controller manager",
        user: Some("system:kube-controller-manager"),
        organizations: &[],
        endpoint: Endpoint::Local,
    },
    KubeconfigSpec {
        name: "scheduler",
        file: paths::SCHEDULER_CONF,
        description: "kubeconfig for the scheduler",
        user: Some("system:kube-scheduler"),
        organizations: &[],
        endpoint: Endpoint::Local,
    },
];

impl KubeconfigSpec {
    pub fn user_name(&self, cfg: &InitConfig) -> String {
        self.user
            .map(str::to_owned)
            .unwrap_or_else(|| format!("system:node:{}", cfg.node_name))
    }

    pub fn server_url(&self, cfg: &InitConfig) -> String {
        let ep = match self.endpoint {
            Endpoint::ControlPlane => cfg.api_endpoint(),
            Endpoint::Local => cfg.local_api_endpoint(),
        };
        format!("https://{ep}")
    }

    /// Writes this kubeconfig, or checks an existing one: it must trust the current CA and
    /// point at the expected server, or it is an error (kubeadm's rule).
    pub fn ensure(&self, cfg: &InitConfig, pki_dir: &Path, path: &Path) -> Result<Outcome> {
        let ca_spec = pki::table::spec("ca").expect("the table has a ca row");
        let ca_cert_path = ca_spec.cert_path(pki_dir);
        let server = self.server_url(cfg);
        if path.exists() {
            let existing = Kubeconfig::load(path)?.credentials(path)?;
            let ca_pem = std::fs::read_to_string(&ca_cert_path).map_err(|source| Error::Read {
                path: ca_cert_path.clone(),
                source,
            })?;
            let mismatch = |reason: String| Error::Mismatch {
                path: path.to_owned(),
                reason,
            };
            if pki::pin::ca_cert_hash(&existing.ca_pem) != pki::pin::ca_cert_hash(&ca_pem) {
                return Err(mismatch(format!(
                    "it trusts a different CA than {}",
                    ca_cert_path.display()
                )));
            }
            if existing.server != server {
                return Err(mismatch(format!(
                    "it points at {} instead of {server}",
                    existing.server
                )));
            }
            return Ok(Outcome::UsedExisting);
        }
        if ca_cert_path.exists() && !ca_spec.key_path(pki_dir).exists() {
            return Err(pki::Error::ExternalCaLeafMissing {
                ca: ca_spec.name,
                ca_key: ca_spec.key_path(pki_dir),
                path: path.to_owned(),
            }
            .into());
        }
        let ca = CertAuthority::load(&ca_cert_path, &ca_spec.key_path(pki_dir))?;
        let user = self.user_name(cfg);
        let request = LeafRequest {
            common_name: user.clone(),
            organizations: self.organizations.iter().map(|s| s.to_string()).collect(),
            sans: vec![],
            usage: Usage::Client,
            validity: cfg.cluster.certificate_validity,
        };
        let issued = ca.issue(&request, cfg.cluster.encryption_algorithm)?;
        Kubeconfig::with_client_cert(
            &cfg.cluster.cluster_name,
            &server,
            ca.cert_pem(),
            &user,
            &issued.cert_pem,
            &issued.key_pem,
        )
        .write(path)?;
        Ok(Outcome::Generated)
    }
}
