//! Bootstrap tokens as the cluster stores them: `kube-system/bootstrap-token-<id>` Secrets of
//! type `bootstrap.kubernetes.io/token`, in the layout the API server's authenticator, the
//! bootstrap signer and the token cleaner read.

use std::collections::BTreeMap;
use std::time::Duration;

use k8s_openapi::ByteString;
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, ObjectMeta, PostParams};

use crate::config::BootstrapToken;
use crate::controllers::bootstrap_tokens::TOKEN_TYPE;

pub const NAMESPACE: &str = "kube-system";
const NAME_PREFIX: &str = "bootstrap-token-";

pub fn secret_name(id: &str) -> String {
    format!("{NAME_PREFIX}{id}")
}

/// The Secret for `token`; `now` fixes the expiration of tokens with a TTL.
pub fn to_secret(token: &BootstrapToken, now: jiff::Timestamp) -> Secret {
    let mut data: BTreeMap<String, String> = BTreeMap::from([
        ("token-id".into(), token.id.clone()),
        ("token-secret".into(), token.secret.clone()),
    ]);
    if let Some(d) = &token.description {
        data.insert("description".into(), d.clone());
    }
    if !token.ttl.is_zero() {
        let expires = now + jiff::SignedDuration::from_secs(token.ttl.as_secs() as i64);
        data.insert("expiration".into(), format_time(expires));
    }
    for usage in &token.usages {
        data.insert(format!("usage-bootstrap-{usage}"), "true".into());
    }
    if !token.groups.is_empty() {
        data.insert("auth-extra-groups".into(), token.groups.join(","));
    }
    Secret {
        metadata: ObjectMeta {
            name: Some(secret_name(&token.id)),
            namespace: Some(NAMESPACE.into()),
            ..Default::default()
        },
        type_: Some(TOKEN_TYPE.into()),
        data: Some(
            data.into_iter()
                .map(|(k, v)| (k, ByteString(v.into_bytes())))
                .collect(),
        ),
        ..Default::default()
    }
}

/// RFC 3339 at second precision, as kubeadm writes expirations.
fn format_time(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// What `token list` shows of a stored token (its secret is printed too: kubeadm does, and
/// only cluster admins can read the Secrets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredToken {
    pub id: String,
    pub secret: String,
    pub expiration: Option<jiff::Timestamp>,
    pub usages: Vec<String>,
    pub description: String,
    pub groups: Vec<String>,
}

impl StoredToken {
    pub fn from_secret(secret: &Secret) -> Option<Self> {
        if secret.type_.as_deref() != Some(TOKEN_TYPE) {
            return None;
        }
        let data = secret.data.as_ref()?;
        let field = |k: &str| {
            data.get(k)
                .and_then(|v| String::from_utf8(v.0.clone()).ok())
        };
        let usages = data
            .iter()
            .filter_map(|(k, v)| {
                let usage = k.strip_prefix("usage-bootstrap-")?;
                (v.0 == b"true").then(|| usage.to_owned())
            })
            .collect();
        Some(StoredToken {
            id: field("token-id")?,
            secret: field("token-secret")?,
            expiration: field("expiration").and_then(|e| e.parse().ok()),
            usages,
            description: field("description").unwrap_or_default(),
            groups: field("auth-extra-groups")
                .map(|g| g.split(',').map(str::to_owned).collect())
                .unwrap_or_default(),
        })
    }

    pub fn token(&self) -> String {
        format!("{}.{}", self.id, self.secret)
    }

    /// Time left, `None` for a token that never expires; zero once expired.
    pub fn ttl_left(&self, now: jiff::Timestamp) -> Option<Duration> {
        self.expiration.map(|e| {
            Duration::from_secs(e.as_second().saturating_sub(now.as_second()).max(0) as u64)
        })
    }
}

/// Creates the token's Secret, or replaces it when it exists (as kubeadm's
/// CreateOrUpdateSecret: re-running init refreshes the expiration).
pub async fn create_or_update(
    client: &kube::Client,
    token: &BootstrapToken,
) -> Result<(), kube::Error> {
    let api: Api<Secret> = Api::namespaced(client.clone(), NAMESPACE);
    let secret = to_secret(token, jiff::Timestamp::now());
    match api.create(&PostParams::default(), &secret).await {
        Err(kube::Error::Api(e)) if e.code == 409 => {
            let mut current = api.get(&secret_name(&token.id)).await?;
            current.data = secret.data;
            current.type_ = secret.type_;
            api.replace(&secret_name(&token.id), &PostParams::default(), &current)
                .await
                .map(drop)
        }
        other => other.map(drop),
    }
}

/// The cluster's tokens, sorted by id.
pub async fn list(client: &kube::Client) -> Result<Vec<StoredToken>, kube::Error> {
    let api: Api<Secret> = Api::namespaced(client.clone(), NAMESPACE);
    let params = kube::api::ListParams::default().fields(&format!("type={TOKEN_TYPE}"));
    let mut tokens: Vec<StoredToken> = api
        .list(&params)
        .await?
        .items
        .iter()
        .filter_map(StoredToken::from_secret)
        .collect();
    tokens.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_round_trips() {
        let token = BootstrapToken {
            description: Some("for node 4".into()),
            ..BootstrapToken::generate()
        };
        let now: jiff::Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
        let secret = to_secret(&token, now);
        assert_eq!(
            secret.metadata.name.as_deref(),
            Some(format!("bootstrap-token-{}", token.id).as_str())
        );
        let stored = StoredToken::from_secret(&secret).unwrap();
        assert_eq!(stored.token(), token.token());
        assert_eq!(
            stored.expiration.unwrap().to_string(),
            "2026-01-02T00:00:00Z"
        );
        assert_eq!(stored.usages, ["authentication", "signing"]);
        assert_eq!(
            stored.groups,
            [crate::config::bootstrap_token::DEFAULT_GROUP]
        );
        assert_eq!(stored.description, "for node 4");
        assert_eq!(
            stored.ttl_left("2026-01-01T12:00:00Z".parse().unwrap()),
            Some(Duration::from_secs(12 * 3600))
        );
    }

    #[test]
    fn zero_ttl_never_expires() {
        let token = BootstrapToken {
            ttl: Duration::ZERO,
            ..BootstrapToken::generate()
        };
        let stored = StoredToken::from_secret(&to_secret(&token, jiff::Timestamp::now())).unwrap();
        assert_eq!(stored.expiration, None);
        assert_eq!(stored.ttl_left(jiff::Timestamp::now()), None);
    }
}
