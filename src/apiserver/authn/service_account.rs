//! Service-account tokens: JWTs signed with `sa.key`, verified with the public keys of
//! `--service-account-key-file`.
//!
//! Two kinds, as in Kubernetes:
//! - bound tokens (TokenRequest, `kubectl create token`): issuer `--service-account-issuer`,
//!   an audience, an expiry, and optionally the pod, secret or node they are bound to; valid
//!   while the service account (and the bound object) exists with the same uid;
//! - legacy tokens (issuer `kubernetes/serviceaccount`, written into token Secrets by the
//!   controller-manager): no expiry, valid while the Secret holds exactly this token.

use std::collections::BTreeMap;
use std::path::Path;

use aws_lc_rs::signature::{self, UnparsedPublicKey};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use x509_parser::prelude::FromDer;

use super::{AuthnError, UserInfo};
use crate::apiserver::cache::WatchCache;
use crate::apiserver::meta;
use crate::apiserver::storage::Storage;
use crate::pki::jwt::{TokenSigner, key_id};

pub const LEGACY_ISSUER: &str = "kubernetes/serviceaccount";
pub const DEFAULT_ISSUER: &str = "https://kubernetes.default.svc.cluster.local";
const EXTRA_PREFIX: &str = "authentication.kubernetes.io/";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Alg {
    Es256,
    Rs256,
}

#[derive(Clone, Debug)]
struct PublicKey {
    kid: String,
    alg: Alg,
    /// The key in the raw form aws-lc-rs verifies with (EC point or PKCS#1 RSAPublicKey).
    raw: Vec<u8>,
    /// The key as a JSON Web Key (RFC 7517), for issuer discovery.
    jwk: Value,
}

/// Verifies service-account tokens.
#[derive(Clone)]
pub struct Verifier {
    keys: Vec<PublicKey>,
    /// Issuers accepted for bound tokens (the first one also signs).
    pub issuers: Vec<String>,
    /// The API server's audiences (`--api-audiences`, default: the issuer).
    pub audiences: Vec<String>,
    storage: Storage,
}

/// The user `system:serviceaccount:<ns>:<name>` with its groups.
pub fn service_account_user(namespace: &str, name: &str, uid: &str) -> UserInfo {
    UserInfo {
        name: format!("system:serviceaccount:{namespace}:{name}"),
        uid: uid.to_owned(),
        groups: vec![
            "system:serviceaccounts".into(),
            format!("system:serviceaccounts:{namespace}"),
        ],
        extra: BTreeMap::new(),
    }
}

/// `(namespace, name)` of a service-account user name.
pub fn split_user(user: &str) -> Option<(&str, &str)> {
    let rest = user.strip_prefix("system:serviceaccount:")?;
    let (ns, name) = rest.split_once(':')?;
    (!ns.is_empty() && !name.is_empty() && !name.contains(':')).then_some((ns, name))
}

/// Reads the public keys in `path`: PEM public keys, or private keys whose public half is used.
pub fn load_keys(path: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut spkis = Vec::new();
    for block in x509_parser::pem::Pem::iter_from_buffer(text.as_bytes()) {
        let block = block.map_err(|e| format!("{}: not PEM: {e}", path.display()))?;
        match block.label.as_str() {
            "PUBLIC KEY" => spkis.push(block.contents),
            l if l.ends_with("PRIVATE KEY") => {
                let pem = pem_text(l, &block.contents);
                let pair = rcgen::KeyPair::from_pem(&pem)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                spkis.push(rcgen::PublicKeyData::subject_public_key_info(&pair));
            }
            _ => {}
        }
    }
    if spkis.is_empty() {
        return Err(format!(
            "{}: no public or private key found",
            path.display()
        ));
    }
    Ok(spkis.into_iter().map(|d| (key_id(&d), d)).collect())
}

fn pem_text(label: &str, der: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).expect("base64 is ASCII"));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

fn parse_spki(kid: String, der: &[u8]) -> Result<PublicKey, String> {
    let (_, spki) = x509_parser::x509::SubjectPublicKeyInfo::from_der(der)
        .map_err(|e| format!("not a public key: {e}"))?;
    let alg = match spki.algorithm.algorithm.to_id_string().as_str() {
        "1.2.840.10045.2.1" => Alg::Es256,
        "1.2.840.113549.1.1.1" => Alg::Rs256,
        other => return Err(format!("unsupported key algorithm {other}")),
    };
    let b64 = |bytes: &[u8]| URL_SAFE_NO_PAD.encode(bytes);
    // Big-endian integers without the sign byte DER adds.
    let unsigned = |bytes: &[u8]| {
        let start = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
        b64(&bytes[start..])
    };
    let jwk = match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::EC(point))
            if alg == Alg::Es256 && point.data().len() == 65 =>
        {
            let xy = &point.data()[1..];
            json!({"use": "sig", "kty": "EC", "kid": kid, "crv": "P-256", "alg": "ES256",
                "x": b64(&xy[..32]), "y": b64(&xy[32..])})
        }
        Ok(x509_parser::public_key::PublicKey::RSA(rsa)) => {
            json!({"use": "sig", "kty": "RSA", "kid": kid, "alg": "RS256",
                "n": unsigned(rsa.modulus), "e": unsigned(rsa.exponent)})
        }
        _ => return Err("only ECDSA P-256 and RSA keys verify service-account tokens".into()),
    };
    Ok(PublicKey {
        kid,
        alg,
        raw: spki.subject_public_key.data.to_vec(),
        jwk,
    })
}

impl Verifier {
    /// The JSON Web Key Set of the keys that verify tokens (`/openid/v1/jwks`).
    pub fn jwks(&self) -> Value {
        json!({"keys": self.keys.iter().map(|k| k.jwk.clone()).collect::<Vec<_>>()})
    }

    /// The signature algorithms of those keys (RS256, ES256).
    pub fn algorithms(&self) -> Vec<String> {
        let mut algs: Vec<String> = self
            .keys
            .iter()
            .map(|k| match k.alg {
                Alg::Es256 => "ES256".to_owned(),
                Alg::Rs256 => "RS256".to_owned(),
            })
            .collect();
        algs.sort();
        algs.dedup();
        algs
    }

    pub fn new(
        keys: Vec<(String, Vec<u8>)>,
        issuers: Vec<String>,
        audiences: Vec<String>,
        storage: Storage,
    ) -> Result<Self, String> {
        let keys = keys
            .into_iter()
            .map(|(kid, der)| parse_spki(kid, &der))
            .collect::<Result<_, _>>()?;
        Ok(Verifier {
            keys,
            issuers,
            audiences,
            storage,
        })
    }

    /// Checks the signature and returns the claims.
    fn verified_claims(&self, token: &str) -> Result<Value, String> {
        let mut parts = token.split('.');
        let (Some(header), Some(claims), Some(sig), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err("not a JWT".into());
        };
        let decode = |s: &str| {
            URL_SAFE_NO_PAD
                .decode(s)
                .map_err(|_| "bad base64".to_string())
        };
        let header: Value =
            serde_json::from_slice(&decode(header)?).map_err(|_| "bad header".to_string())?;
        let alg = match header.get("alg").and_then(Value::as_str) {
            Some("ES256") => Alg::Es256,
            Some("RS256") => Alg::Rs256,
            other => return Err(format!("unsupported alg {other:?}")),
        };
        let kid = header.get("kid").and_then(Value::as_str);
        let signature = decode(sig)?;
        let signed = &token[..token.len() - sig.len() - 1];
        let ok = self
            .keys
            .iter()
            .filter(|k| k.alg == alg && kid.is_none_or(|kid| kid == k.kid))
            .any(|k| {
                let algorithm: &dyn signature::VerificationAlgorithm = match alg {
                    Alg::Es256 => &signature::ECDSA_P256_SHA256_FIXED,
                    Alg::Rs256 => &signature::RSA_PKCS1_2048_8192_SHA256,
                };
                UnparsedPublicKey::new(algorithm, &k.raw)
                    .verify(signed.as_bytes(), &signature)
                    .is_ok()
            });
        if !ok {
            return Err("signature does not verify with any service-account key".into());
        }
        serde_json::from_slice(&decode(claims)?).map_err(|_| "bad claims".to_string())
    }

    /// The user of `token`, which must be meant for one of `audiences` (the API server's, or a
    /// TokenReview's), and which of them it is meant for. Legacy tokens carry no audience:
    /// they are meant for the API server's (Kubernetes' "implicit audiences").
    pub async fn authenticate_for(
        &self,
        cache: &WatchCache,
        token: &str,
        audiences: &[String],
    ) -> Result<(UserInfo, Vec<String>), AuthnError> {
        let claims = self.verified_claims(token).map_err(AuthnError::Token)?;
        let result = match claims.get("iss").and_then(Value::as_str) {
            Some(LEGACY_ISSUER) => {
                let user = self.legacy(cache, token, &claims).await;
                user.and_then(|u| Ok((u, intersect(&self.audiences, audiences)?)))
            }
            Some(iss) if self.issuers.iter().any(|i| i == iss) => {
                self.bound(cache, &claims, audiences).await
            }
            other => Err(format!("issuer {other:?} is not accepted")),
        };
        result.map_err(AuthnError::Token)
    }

    /// The object at `key`: the watch cache first, etcd when the cache has not seen it yet.
    async fn find(&self, cache: &WatchCache, key: &str) -> Option<Value> {
        if let Some(o) = cache.get(key).await {
            return Some(o.value.clone());
        }
        self.storage.get(key).await.ok().flatten().map(|s| s.value)
    }

    /// The live object of `resource` named in the token, if its uid matches.
    async fn live(
        &self,
        cache: &WatchCache,
        resource: &str,
        namespace: Option<&str>,
        name: &str,
        uid: Option<&str>,
    ) -> Result<Value, String> {
        let def = crate::apiserver::registry::lookup("", "v1", resource)
            .expect("core resources are registered");
        let key = def.key(namespace, name);
        let gone = || format!("{resource} {name:?} the token names no longer exists");
        let obj = self.find(cache, &key).await.ok_or_else(gone)?;
        if uid.is_some_and(|u| meta::uid(&obj) != Some(u)) {
            return Err(gone());
        }
        if meta::is_deleting(&obj) && resource != "pods" {
            return Err(format!(
                "{resource} {name:?} the token names is being deleted"
            ));
        }
        Ok(obj)
    }

    async fn bound(
        &self,
        cache: &WatchCache,
        claims: &Value,
        wanted: &[String],
    ) -> Result<(UserInfo, Vec<String>), String> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let exp = claims
            .get("exp")
            .and_then(Value::as_i64)
            .ok_or("no exp claim")?;
        if exp <= now {
            return Err("token has expired".into());
        }
        if claims
            .get("nbf")
            .and_then(Value::as_i64)
            .is_some_and(|nbf| nbf > now + 60)
        {
            return Err("token is not valid yet".into());
        }
        let audiences: Vec<String> = match claims.get("aud") {
            Some(Value::String(a)) => vec![a.clone()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(Into::into).collect(),
            _ => vec![],
        };
        let matched = intersect(&audiences, wanted)?;
        let k = claims
            .get("kubernetes.io")
            .ok_or("no kubernetes.io claim")?;
        let ns = k
            .get("namespace")
            .and_then(Value::as_str)
            .ok_or("no namespace")?;
        let sa = k.get("serviceaccount").ok_or("no serviceaccount")?;
        let sa_name = sa
            .get("name")
            .and_then(Value::as_str)
            .ok_or("no serviceaccount name")?;
        let sa_uid = sa.get("uid").and_then(Value::as_str);
        self.live(cache, "serviceaccounts", Some(ns), sa_name, sa_uid)
            .await?;
        let mut user = service_account_user(ns, sa_name, sa_uid.unwrap_or(""));
        let mut extra = |key: &str, value: &str| {
            user.extra
                .insert(format!("{EXTRA_PREFIX}{key}"), vec![value.to_owned()]);
        };
        if let Some(jti) = claims.get("jti").and_then(Value::as_str) {
            extra("credential-id", &format!("JTI={jti}"));
        }
        for (claim, resource, namespaced) in [
            ("pod", "pods", true),
            ("secret", "secrets", true),
            ("node", "nodes", false),
        ] {
            let Some(bound) = k.get(claim) else { continue };
            let name = bound.get("name").and_then(Value::as_str).unwrap_or("");
            let uid = bound.get("uid").and_then(Value::as_str);
            self.live(cache, resource, namespaced.then_some(ns), name, uid)
                .await?;
            if claim != "secret" {
                extra(&format!("{claim}-name"), name);
                extra(&format!("{claim}-uid"), uid.unwrap_or(""));
            }
        }
        Ok((user, matched))
    }

    async fn legacy(
        &self,
        cache: &WatchCache,
        token: &str,
        claims: &Value,
    ) -> Result<UserInfo, String> {
        let claim = |c: &str| {
            claims
                .get(format!("kubernetes.io/serviceaccount/{c}"))
                .and_then(Value::as_str)
                .unwrap_or("")
        };
        let (ns, secret, sa_name, sa_uid) = (
            claim("namespace"),
            claim("secret.name"),
            claim("service-account.name"),
            claim("service-account.uid"),
        );
        if ns.is_empty() || sa_name.is_empty() {
            return Err("legacy token without namespace or service account".into());
        }
        let stored = self.live(cache, "secrets", Some(ns), secret, None).await?;
        let stored_token = stored
            .get("data")
            .and_then(|d| d.get("token"))
            .and_then(Value::as_str)
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok());
        if stored_token.as_deref() != Some(token.as_bytes()) {
            return Err(format!("secret {ns}/{secret} no longer holds this token"));
        }
        let uid = (!sa_uid.is_empty()).then_some(sa_uid);
        self.live(cache, "serviceaccounts", Some(ns), sa_name, uid)
            .await?;
        Ok(service_account_user(ns, sa_name, sa_uid))
    }
}

/// The audiences a token has that are wanted; none is an authentication failure.
pub fn intersect(token: &[String], wanted: &[String]) -> Result<Vec<String>, String> {
    let both: Vec<String> = token
        .iter()
        .filter(|a| wanted.contains(a))
        .cloned()
        .collect();
    if both.is_empty() {
        return Err(format!(
            "token audiences {token:?} are not among the wanted {wanted:?}"
        ));
    }
    Ok(both)
}

/// Signs bound tokens for the TokenRequest API.
pub struct Issuer {
    pub signer: TokenSigner,
    pub issuer: String,
    pub audiences: Vec<String>,
    /// `--service-account-max-token-expiration` in seconds (0: no limit).
    pub max_expiration: i64,
}

/// What a token is bound to, besides its service account.
pub struct Binding<'a> {
    pub kind: &'a str,
    pub name: &'a str,
    pub uid: &'a str,
}

impl Issuer {
    /// A token for the service account `(ns, name, uid)`; returns it and its expiry (unix).
    pub fn issue(
        &self,
        sa: (&str, &str, &str),
        audiences: &[String],
        expiration_seconds: i64,
        bound: Option<Binding<'_>>,
    ) -> Result<(String, i64), String> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let mut seconds = expiration_seconds;
        if self.max_expiration > 0 {
            seconds = seconds.min(self.max_expiration);
        }
        let exp = now + seconds;
        let (ns, name, uid) = sa;
        let audiences = if audiences.is_empty() {
            self.audiences.clone()
        } else {
            audiences.to_vec()
        };
        let mut k8s = json!({
            "namespace": ns,
            "serviceaccount": {"name": name, "uid": uid},
        });
        if let Some(b) = bound {
            k8s[b.kind.to_ascii_lowercase()] = json!({"name": b.name, "uid": b.uid});
        }
        let claims = json!({
            "aud": audiences,
            "exp": exp,
            "iat": now,
            "iss": self.issuer,
            "jti": meta::new_uid(),
            "kubernetes.io": k8s,
            "nbf": now,
            "sub": format!("system:serviceaccount:{ns}:{name}"),
        });
        let token = self.signer.sign(&claims).map_err(|e| e.to_string())?;
        Ok((token, exp))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_account_names() {
        assert_eq!(
            split_user("system:serviceaccount:ns:sa"),
            Some(("ns", "sa"))
        );
        assert_eq!(split_user("system:serviceaccount:ns"), None);
        assert_eq!(split_user("alice"), None);
        let u = service_account_user("ns", "sa", "u1");
        assert_eq!(
            u.groups,
            ["system:serviceaccounts", "system:serviceaccounts:ns"]
        );
    }
}
