//! Bootstrap tokens (kube-system Secrets of type `bootstrap.kubernetes.io/token`):
//! - `bootstrapsigner` signs the `kube-public/cluster-info` ConfigMap's kubeconfig with every
//!   token allowed to sign (`usage-bootstrap-signing: "true"`, not expired), as the detached JWS
//!   `jws-kubeconfig-<token-id>` that `join` verifies to trust the cluster it discovered, and
//!   removes signatures of tokens that are gone;
//! - `tokencleaner` deletes expired tokens.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::{Api, DeleteParams, PostParams};

use super::Context;
use super::runtime::{self, Action, WorkQueue};

pub const TOKEN_TYPE: &str = "bootstrap.kubernetes.io/token";
const SIGNATURE_PREFIX: &str = "jws-kubeconfig-";
const CLUSTER_INFO: &str = "kube-public/cluster-info";

fn field(secret: &Secret, key: &str) -> Option<String> {
    let data = secret.data.as_ref()?.get(key)?;
    String::from_utf8(data.0.clone()).ok()
}

/// Seconds until `secret`'s `expiration` (negative once past); `None` if it never expires.
fn expires_in(secret: &Secret) -> Option<i64> {
    let text = field(secret, "expiration")?;
    let at: jiff::Timestamp = text.parse().ok()?;
    Some(at.as_second() - jiff::Timestamp::now().as_second())
}

/// kubeadm's detached JWS: HS256 over the content, keyed by the whole token, the token id as
/// `kid`, the payload left out (`header..signature`).
pub fn detached_signature(content: &str, token_id: &str, token_secret: &str) -> String {
    let header = URL_SAFE_NO_PAD.encode(format!(r#"{{"alg":"HS256","kid":"{token_id}"}}"#));
    let payload = URL_SAFE_NO_PAD.encode(content);
    let key = aws_lc_rs::hmac::Key::new(
        aws_lc_rs::hmac::HMAC_SHA256,
        format!("{token_id}.{token_secret}").as_bytes(),
    );
    let tag = aws_lc_rs::hmac::sign(&key, format!("{header}.{payload}").as_bytes());
    format!("{header}..{}", URL_SAFE_NO_PAD.encode(tag.as_ref()))
}

pub fn start_signer(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers
        .kube_system_secrets
        .on_change(move |_| q.add(CLUSTER_INFO));
    let q = queue.clone();
    ctx.informers.kube_public_configmaps.on_change(move |c| {
        if runtime::key_of(c.object()) == CLUSTER_INFO {
            q.add(CLUSTER_INFO);
        }
    });
    let secrets = ctx.informers.kube_system_secrets.store();
    let configmaps = ctx.informers.kube_public_configmaps.store();
    let ctx = ctx.clone();
    async move {
        secrets.wait_synced().await;
        configmaps.wait_synced().await;
        runtime::run_workers("bootstrapsigner", queue, 1, move |_key: String| {
            let (ctx, secrets, configmaps) = (ctx.clone(), secrets.clone(), configmaps.clone());
            async move {
                let Some(cm) = configmaps.get(CLUSTER_INFO) else {
                    return Ok(Action::AwaitChange);
                };
                let data = cm.data.clone().unwrap_or_default();
                let Some(kubeconfig) = data.get("kubeconfig") else {
                    return Ok(Action::AwaitChange);
                };
                let mut signatures = BTreeMap::new();
                let mut next_expiry: Option<i64> = None;
                for secret in secrets.list() {
                    if secret.type_.as_deref() != Some(TOKEN_TYPE)
                        || field(&secret, "usage-bootstrap-signing").as_deref() != Some("true")
                    {
                        continue;
                    }
                    let (Some(id), Some(token_secret)) =
                        (field(&secret, "token-id"), field(&secret, "token-secret"))
                    else {
                        continue;
                    };
                    match expires_in(&secret) {
                        Some(left) if left <= 0 => continue,
                        Some(left) => next_expiry = Some(next_expiry.map_or(left, |n| n.min(left))),
                        None => {}
                    }
                    signatures.insert(
                        format!("{SIGNATURE_PREFIX}{id}"),
                        detached_signature(kubeconfig, &id, &token_secret),
                    );
                }
                let mut wanted: BTreeMap<String, String> = data
                    .iter()
                    .filter(|(k, _)| !k.starts_with(SIGNATURE_PREFIX))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                wanted.extend(signatures);
                if wanted != data {
                    let mut signed = (*cm).clone();
                    signed.data = Some(wanted);
                    let api: Api<ConfigMap> = Api::namespaced(ctx.client.clone(), "kube-public");
                    api.replace("cluster-info", &PostParams::default(), &signed)
                        .await?;
                }
                Ok(match next_expiry {
                    Some(left) => Action::RequeueAfter(Duration::from_secs(left as u64 + 1)),
                    None => Action::AwaitChange,
                })
            }
        })
        .await
    }
    .boxed()
}

pub fn start_cleaner(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers.kube_system_secrets.on_change(move |c| {
        if c.object().type_.as_deref() == Some(TOKEN_TYPE) {
            q.add(runtime::key_of(c.object()));
        }
    });
    let secrets = ctx.informers.kube_system_secrets.store();
    let ctx = ctx.clone();
    async move {
        secrets.wait_synced().await;
        runtime::run_workers("tokencleaner", queue, 1, move |key: String| {
            let (ctx, secrets) = (ctx.clone(), secrets.clone());
            async move {
                let Some(secret) = secrets.get(&key) else {
                    return Ok(Action::AwaitChange);
                };
                match expires_in(&secret) {
                    None => Ok(Action::AwaitChange),
                    Some(left) if left > 0 => {
                        Ok(Action::RequeueAfter(Duration::from_secs(left as u64 + 1)))
                    }
                    Some(_) => {
                        let api: Api<Secret> = Api::namespaced(ctx.client.clone(), "kube-system");
                        let name = secret.metadata.name.clone().unwrap_or_default();
                        runtime::ignore_not_found(
                            api.delete(&name, &DeleteParams::default()).await,
                        )?;
                        tracing::info!(secret = %name, "deleted an expired bootstrap token");
                        Ok(Action::AwaitChange)
                    }
                }
            }
        })
        .await
    }
    .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detached_signature_is_header_dot_dot_hmac() {
        let sig = detached_signature("content", "abcdef", "0123456789abcdef");
        let parts: Vec<&str> = sig.split('.').collect();
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[1], "", "detached: no payload");
        let header = URL_SAFE_NO_PAD.decode(parts[0]).unwrap();
        assert_eq!(header, br#"{"alg":"HS256","kid":"abcdef"}"#);
        // Recomputing with another secret gives another signature.
        assert_ne!(
            sig,
            detached_signature("content", "abcdef", "0123456789abcdeX")
        );
        assert_eq!(URL_SAFE_NO_PAD.decode(parts[2]).unwrap().len(), 32);
    }
}
