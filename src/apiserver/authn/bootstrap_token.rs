//! Bootstrap tokens (`<id>.<secret>`, `[a-z0-9]{6}.[a-z0-9]{16}`): the credential a joining
//! node uses before it has a certificate. The token is valid while the Secret
//! `kube-system/bootstrap-token-<id>` exists, is not being deleted, holds the same secret,
//! allows authentication and has not expired. User `system:bootstrap:<id>`, groups
//! `system:bootstrappers` plus the secret's `auth-extra-groups`.

use base64::Engine;
use serde_json::Value;

use super::{AuthnError, UserInfo};
use crate::apiserver::cache::WatchCache;
use crate::apiserver::meta;

pub const GROUP: &str = "system:bootstrappers";
pub const SECRET_TYPE: &str = "bootstrap.kubernetes.io/token";

fn token_part(s: &str, len: usize) -> bool {
    s.len() == len
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Whether `token` has the bootstrap-token shape.
pub fn looks_like(token: &str) -> bool {
    token
        .split_once('.')
        .is_some_and(|(id, secret)| token_part(id, 6) && token_part(secret, 16))
}

/// One field of the Secret's `data`, decoded.
fn field(secret: &Value, key: &str) -> Option<String> {
    let b64 = secret.get("data")?.get(key)?.as_str()?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    String::from_utf8(bytes).ok()
}

pub async fn authenticate(cache: &WatchCache, token: &str) -> Result<UserInfo, AuthnError> {
    let (id, secret) = token.split_once('.').expect("checked by looks_like");
    let refuse = |why: &str| AuthnError::Token(format!("bootstrap token {id}: {why}"));
    let key = format!("/registry/secrets/kube-system/bootstrap-token-{id}");
    let object = cache
        .get(&key)
        .await
        .ok_or_else(|| refuse("no such token"))?;
    let stored = &object.value;
    if stored.get("type").and_then(Value::as_str) != Some(SECRET_TYPE) {
        return Err(refuse(
            "the secret is not of type bootstrap.kubernetes.io/token",
        ));
    }
    if meta::is_deleting(stored) {
        return Err(refuse("the token is being deleted"));
    }
    if field(stored, "token-id").as_deref() != Some(id) {
        return Err(refuse("the secret's token-id does not match"));
    }
    let expected = field(stored, "token-secret").unwrap_or_default();
    if !constant_time_eq(expected.as_bytes(), secret.as_bytes()) {
        return Err(refuse("wrong secret"));
    }
    if field(stored, "usage-bootstrap-authentication").as_deref() != Some("true") {
        return Err(refuse("the token may not be used for authentication"));
    }
    if let Some(expiration) = field(stored, "expiration") {
        match meta::parse_time(&expiration) {
            Some(t) if t > time::OffsetDateTime::now_utc() => {}
            Some(_) => return Err(refuse("expired")),
            None => return Err(refuse("unparseable expiration")),
        }
    }
    let mut groups = vec![GROUP.to_owned()];
    if let Some(extra) = field(stored, "auth-extra-groups") {
        for g in extra.split(',').map(str::trim).filter(|g| !g.is_empty()) {
            // Upstream refuses anything outside the bootstrappers' namespace of groups, so a
            // token cannot be minted into system:masters.
            if !g.starts_with("system:bootstrappers:") {
                return Err(refuse(&format!(
                    "auth-extra-groups entry {g:?} does not start with system:bootstrappers:"
                )));
            }
            groups.push(g.to_owned());
        }
    }
    Ok(UserInfo::new(format!("system:bootstrap:{id}"), groups))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_shape() {
        assert!(looks_like("abcdef.0123456789abcdef"));
        assert!(!looks_like("abcdef.0123456789abcde"));
        assert!(!looks_like("ABCDEF.0123456789abcdef"));
        assert!(!looks_like("eyJhbGciOi.x.y"));
        assert!(constant_time_eq(b"abc", b"abc") && !constant_time_eq(b"abc", b"abd"));
    }
}
