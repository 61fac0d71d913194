//! Authentication: who sent a request. Tried in kube-apiserver's order — the front proxy's
//! request headers (a client certificate from the front-proxy CA), x509 client certificates
//! (CN = user, each O a group), then a bearer token (bootstrap token or service-account JWT).
//! A request with no credentials is `system:anonymous`; a request with bad credentials is
//! refused outright (401), never downgraded to anonymous.

pub mod bootstrap_token;
pub mod impersonation;
pub mod service_account;

use std::collections::BTreeMap;
use std::sync::Arc;

use http::HeaderMap;
use serde_json::{Value, json};

use super::cache::WatchCache;
use crate::pki::inspect::ParsedCert;
use crate::serving::ConnInfo;

pub const AUTHENTICATED: &str = "system:authenticated";
pub const UNAUTHENTICATED: &str = "system:unauthenticated";
pub const ANONYMOUS: &str = "system:anonymous";
pub const MASTERS: &str = "system:masters";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserInfo {
    pub name: String,
    pub uid: String,
    pub groups: Vec<String>,
    pub extra: BTreeMap<String, Vec<String>>,
}

impl UserInfo {
    pub fn new(name: impl Into<String>, groups: Vec<String>) -> Self {
        UserInfo {
            name: name.into(),
            groups,
            ..Default::default()
        }
    }

    pub fn anonymous() -> Self {
        UserInfo::new(ANONYMOUS, vec![UNAUTHENTICATED.into()])
    }

    pub fn is_anonymous(&self) -> bool {
        self.name == ANONYMOUS
    }

    pub fn in_group(&self, group: &str) -> bool {
        self.groups.iter().any(|g| g == group)
    }

    /// Adds `system:authenticated` as every authenticator does for a known user.
    fn authenticated(mut self) -> Self {
        if !self.in_group(AUTHENTICATED) {
            self.groups.push(AUTHENTICATED.into());
        }
        self
    }

    /// authentication.k8s.io/v1 UserInfo.
    pub fn to_json(&self) -> Value {
        let mut v = json!({"username": self.name, "groups": self.groups});
        if !self.uid.is_empty() {
            v["uid"] = json!(self.uid);
        }
        if !self.extra.is_empty() {
            v["extra"] = json!(self.extra);
        }
        v
    }

    /// Parses an authentication/authorization API's user fields (`username`/`user`, …).
    pub fn from_fields(name: &str, uid: &str, groups: &Value, extra: &Value) -> Self {
        let strings = |v: &Value| -> Vec<String> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        UserInfo {
            name: name.to_owned(),
            uid: uid.to_owned(),
            groups: strings(groups),
            extra: extra
                .as_object()
                .map(|m| m.iter().map(|(k, v)| (k.clone(), strings(v))).collect())
                .unwrap_or_default(),
        }
    }
}

/// Why a request's credentials were refused (the 401's message says only "Unauthorized", as
/// kube-apiserver's does; the reason goes to the log).
#[derive(Debug, thiserror::Error)]
pub enum AuthnError {
    #[error("invalid bearer token: {0}")]
    Token(String),
    #[error("front-proxy request: {0}")]
    FrontProxy(String),
}

/// The front proxy's settings (kube-apiserver's --requestheader-* flags).
#[derive(Clone, Debug)]
pub struct RequestHeader {
    /// The raw subject of the front-proxy CA: a client certificate it issued is a proxy.
    pub ca_subject: Vec<u8>,
    pub allowed_names: Vec<String>,
    pub username_headers: Vec<String>,
    pub group_headers: Vec<String>,
    pub extra_prefixes: Vec<String>,
}

pub struct Authenticator {
    pub cache: Arc<WatchCache>,
    pub service_accounts: Option<service_account::Verifier>,
    pub request_header: Option<RequestHeader>,
    pub anonymous: bool,
}

/// The outcome for one request.
pub enum Identity {
    User(UserInfo),
    Anonymous,
    Refused(AuthnError),
}

/// What a connection's client certificate says, worked out once per connection.
enum CertIdentity {
    None,
    /// The front proxy (or a front-proxy certificate whose CN is not allowed).
    Proxy(Result<(), String>),
    User(UserInfo),
}

impl Authenticator {
    fn cert_identity(&self, conn: &ConnInfo) -> Arc<CertIdentity> {
        let memo = conn.memo.get_or_init(|| {
            let Some(leaf) = conn.client_certs.as_ref().and_then(|c| c.first()) else {
                return Arc::new(CertIdentity::None);
            };
            if let Some(rh) = &self.request_header
                && issued_by(leaf, &rh.ca_subject)
            {
                return Arc::new(CertIdentity::Proxy(proxy_allowed(leaf, rh)));
            }
            Arc::new(match x509_user(leaf) {
                Some(user) => CertIdentity::User(user.authenticated()),
                None => CertIdentity::None,
            })
        });
        memo.clone()
            .downcast::<CertIdentity>()
            .unwrap_or_else(|_| Arc::new(CertIdentity::None))
    }

    pub async fn authenticate(&self, conn: &ConnInfo, headers: &HeaderMap) -> Identity {
        match &*self.cert_identity(conn) {
            CertIdentity::User(u) => return Identity::User(u.clone()),
            CertIdentity::Proxy(allowed) => {
                let rh = self
                    .request_header
                    .as_ref()
                    .expect("proxy certificates need it");
                return match allowed
                    .clone()
                    .map_err(AuthnError::FrontProxy)
                    .and_then(|()| front_proxy_user(headers, rh))
                {
                    Ok(u) => Identity::User(u.authenticated()),
                    Err(e) => Identity::Refused(e),
                };
            }
            CertIdentity::None => {}
        }
        if let Some(token) = bearer(headers) {
            return match self.review_token(token, &[]).await {
                Ok((user, _)) => Identity::User(user),
                Err(e) => Identity::Refused(e),
            };
        }
        if self.anonymous {
            Identity::Anonymous
        } else {
            Identity::Refused(AuthnError::Token("no credentials".into()))
        }
    }
}

impl Authenticator {
    /// The API server's audiences (`--api-audiences`, default the issuer).
    pub fn api_audiences(&self) -> &[String] {
        self.service_accounts
            .as_ref()
            .map_or(&[], |v| v.audiences.as_slice())
    }

    /// Whose is bearer `token`, if it is meant for one of `audiences` (empty: the API
    /// server's, as for every request; a TokenReview may name others)? Returns the user and
    /// the audiences it is meant for. Bootstrap tokens are meant for the API server only.
    pub async fn review_token(
        &self,
        token: &str,
        audiences: &[String],
    ) -> Result<(UserInfo, Vec<String>), AuthnError> {
        let api = self.api_audiences();
        let wanted = if audiences.is_empty() { api } else { audiences };
        let (user, matched) = if bootstrap_token::looks_like(token) {
            let user = bootstrap_token::authenticate(&self.cache, token).await?;
            let matched = if api.is_empty() {
                wanted.to_vec()
            } else {
                service_account::intersect(api, wanted).map_err(AuthnError::Token)?
            };
            (user, matched)
        } else if let Some(v) = &self.service_accounts {
            v.authenticate_for(&self.cache, token, wanted).await?
        } else {
            return Err(AuthnError::Token(
                "no service-account keys are configured".into(),
            ));
        };
        Ok((user.authenticated(), matched))
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(http::header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// CN is the user, each O a group.
fn x509_user(leaf: &[u8]) -> Option<UserInfo> {
    let cert = ParsedCert::from_der(leaf).ok()?;
    if cert.common_name.is_empty() {
        return None;
    }
    Some(UserInfo::new(cert.common_name, cert.organizations))
}

/// Whether the (already chain-verified) leaf names `ca_subject` as its issuer: with the client
/// CA and the front-proxy CA both trusted, the issuer tells which one vouched for it.
fn issued_by(leaf: &[u8], ca_subject: &[u8]) -> bool {
    x509_parser::parse_x509_certificate(leaf)
        .is_ok_and(|(_, c)| c.tbs_certificate.issuer.as_raw() == ca_subject)
}

/// Whether the front-proxy certificate's CN is allowed to assert users.
fn proxy_allowed(leaf: &[u8], rh: &RequestHeader) -> Result<(), String> {
    let cert = ParsedCert::from_der(leaf)?;
    if !rh.allowed_names.is_empty() && !rh.allowed_names.contains(&cert.common_name) {
        return Err(format!(
            "client certificate CN {:?} is not in --requestheader-allowed-names",
            cert.common_name
        ));
    }
    Ok(())
}

/// The user the front proxy asserts in its headers.
fn front_proxy_user(headers: &HeaderMap, rh: &RequestHeader) -> Result<UserInfo, AuthnError> {
    let values = |name: &str| -> Vec<String> {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect()
    };
    let name = rh
        .username_headers
        .iter()
        .flat_map(|h| values(h))
        .find(|v| !v.is_empty())
        .ok_or_else(|| AuthnError::FrontProxy("no user name header".into()))?;
    let groups = rh.group_headers.iter().flat_map(|h| values(h)).collect();
    let mut extra: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (header, value) in headers {
        for prefix in &rh.extra_prefixes {
            if let Some(key) = header.as_str().strip_prefix(&prefix.to_ascii_lowercase())
                && let Ok(v) = value.to_str()
            {
                let key = super::request::percent_decode(key);
                extra.entry(key).or_default().push(v.to_owned());
            }
        }
    }
    Ok(UserInfo {
        name,
        uid: String::new(),
        groups,
        extra,
    })
}

/// The raw subject of the first certificate in a PEM file.
pub fn subject_of(pem: &str) -> Option<Vec<u8>> {
    let (_, block) = x509_parser::pem::parse_x509_pem(pem.as_bytes()).ok()?;
    let (_, cert) = x509_parser::parse_x509_certificate(&block.contents).ok()?;
    Some(cert.tbs_certificate.subject.as_raw().to_vec())
}
