//! Encryption at rest (`--encryption-provider-config`, apiserver.config.k8s.io/v1
//! EncryptionConfiguration): values of the configured resources are encrypted before they
//! reach etcd, in kube-apiserver's storage format, so etcd (and its snapshots) never hold
//! them in plain text.
//!
//! The first provider of a resource encrypts; all of them are tried to read, by the key name
//! in the stored prefix (`k8s:enc:<provider>:v1:<key name>:`), and `identity` reads plain
//! JSON. Providers: `aesgcm` (AES-256-GCM, random 12-byte nonce, the etcd key as associated
//! data), `aescbc` (AES-CBC with PKCS#7 padding, random IV), `secretbox` (XSalsa20-Poly1305,
//! random 24-byte nonce, NaCl's tag-first layout as Go's `secretbox.Seal` writes it),
//! `kms` (v2, through a KMS plugin on a unix socket: `super::kms`) and `identity`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use super::kms::{KmsError, KmsProvider};

use aws_lc_rs::aead::{self, Aad, LessSafeKey, Nonce, UnboundKey};
use aws_lc_rs::cipher::{
    self, DecryptionContext, PaddedBlockDecryptingKey, PaddedBlockEncryptingKey, UnboundCipherKey,
};
use base64::Engine;
use crypto_secretbox::AeadInPlace;
use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read the encryption configuration {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Config {
    api_version: String,
    kind: String,
    resources: Vec<ResourceConfig>,
}

#[derive(Deserialize)]
struct ResourceConfig {
    resources: Vec<String>,
    providers: Vec<ProviderConfig>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ProviderConfig {
    aesgcm: Option<KeysConfig>,
    aescbc: Option<KeysConfig>,
    secretbox: Option<KeysConfig>,
    identity: Option<serde_json::Value>,
    kms: Option<KmsConfig>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct KmsConfig {
    api_version: Option<String>,
    name: String,
    endpoint: String,
    timeout: Option<String>,
    cachesize: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct KeysConfig {
    keys: Vec<KeyConfig>,
}

#[derive(Deserialize)]
struct KeyConfig {
    name: String,
    secret: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    AesGcm,
    AesCbc,
    SecretBox,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::AesGcm => "aesgcm",
            Kind::AesCbc => "aescbc",
            Kind::SecretBox => "secretbox",
        }
    }

    /// The key lengths kube-apiserver accepts for the provider, and how to say them.
    fn key_lengths(self) -> (&'static [usize], &'static str) {
        match self {
            Kind::AesGcm | Kind::AesCbc => (&[16, 24, 32], "16, 24 or 32"),
            Kind::SecretBox => (&[32], "32"),
        }
    }
}

/// One key of one provider (Debug leaves the secret out).
#[derive(Clone)]
pub struct Key {
    pub kind: Kind,
    pub name: String,
    secret: Vec<u8>,
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.kind.name(), self.name)
    }
}

impl Key {
    fn prefix(&self) -> String {
        format!("k8s:enc:{}:v1:{}:", self.kind.name(), self.name)
    }
}

#[derive(Clone, Debug)]
pub enum Provider {
    Key(Key),
    Kms(Arc<KmsProvider>),
    Identity,
}

/// The providers of one group of resources, in order.
#[derive(Clone, Debug)]
struct Rule {
    /// `secrets`, `configmaps.`, `deployments.apps`, `*.apps`, `*.*`.
    resources: Vec<String>,
    providers: Vec<Provider>,
}

#[derive(Clone, Debug)]
pub struct Encryption {
    rules: Vec<Rule>,
    /// Storage key prefixes (`/registry/secrets/`) and the rule that covers them, worked out
    /// once: every etcd read and write asks.
    prefixes: Vec<(String, usize)>,
}

/// Why stored bytes could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DecryptError {
    #[error(
        "no provider configured for key {0:?}: add its key back to the encryption configuration"
    )]
    UnknownKey(String),
    #[error("decryption with {0:?} failed: the data is corrupt or was written with another key")]
    Failed(String),
    #[error("the value is stored in plain text but identity is not a configured provider")]
    Plain,
    #[error("kms provider {0:?}: {1}")]
    Kms(String, String),
}

impl Encryption {
    pub fn load(path: &Path) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(&text).map_err(|message| Error::Invalid {
            path: path.to_owned(),
            message,
        })
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let config: Config = serde_saphyr::from_str(text).map_err(|e| e.to_string())?;
        if config.kind != "EncryptionConfiguration"
            || config.api_version != "apiserver.config.k8s.io/v1"
        {
            return Err(format!(
                "expected apiVersion apiserver.config.k8s.io/v1, kind EncryptionConfiguration; found {}, {}",
                config.api_version, config.kind
            ));
        }
        let mut rules = Vec::new();
        for r in config.resources {
            let mut providers = Vec::new();
            for p in r.providers {
                if let Some(k) = p.kms {
                    let provider = kms_provider(k)?;
                    let taken = rules
                        .iter()
                        .flat_map(|r: &Rule| r.providers.iter())
                        .chain(providers.iter())
                        .any(|p| matches!(p, Provider::Kms(o) if o.name == provider.name));
                    if taken {
                        return Err(format!(
                            "kms provider name {:?} is used twice: names must be unique",
                            provider.name
                        ));
                    }
                    providers.push(Provider::Kms(Arc::new(provider)));
                }
                if p.identity.is_some() {
                    providers.push(Provider::Identity);
                }
                for (kind, keys) in [
                    (Kind::AesGcm, p.aesgcm),
                    (Kind::AesCbc, p.aescbc),
                    (Kind::SecretBox, p.secretbox),
                ] {
                    for k in keys.map(|k| k.keys).unwrap_or_default() {
                        let secret = base64::engine::general_purpose::STANDARD
                            .decode(k.secret.trim())
                            .map_err(|_| format!("key {:?} is not base64", k.name))?;
                        let (lengths, said) = kind.key_lengths();
                        if !lengths.contains(&secret.len()) {
                            return Err(format!(
                                "{} key {:?} must be {said} bytes (base64 encoded), not {}",
                                kind.name(),
                                k.name,
                                secret.len()
                            ));
                        }
                        providers.push(Provider::Key(Key {
                            kind,
                            name: k.name,
                            secret,
                        }));
                    }
                }
            }
            if providers.is_empty() {
                return Err(format!("resources {:?} have no provider", r.resources));
            }
            rules.push(Rule {
                resources: r.resources,
                providers,
            });
        }
        let mut prefixes = Vec::new();
        for def in super::registry::RESOURCES {
            let covering = rules.iter().position(|r| {
                r.resources.iter().any(|want| {
                    let (wr, wg) = want.split_once('.').unwrap_or((want.as_str(), ""));
                    (wr == "*" || wr == def.plural) && (wg == "*" || wg == def.group)
                })
            });
            if let Some(i) = covering {
                prefixes.push((def.key_prefix(), i));
            }
        }
        Ok(Encryption { rules, prefixes })
    }

    /// The providers for the resource stored under `key` (`/registry/<resource>/…`).
    /// Configuration names are `<plural>.<group>` (`<plural>` or `<plural>.` for the core
    /// group).
    fn providers(&self, key: &str) -> Option<&[Provider]> {
        self.prefixes
            .iter()
            .find(|(prefix, _)| key.starts_with(prefix.as_str()))
            .map(|(_, i)| self.rules[*i].providers.as_slice())
    }

    /// The bytes to store for `plain` under `key`; fails only when a KMS plugin has not
    /// given this process a key yet (or stopped answering).
    pub fn encrypt(&self, key: &str, plain: Vec<u8>) -> Result<Vec<u8>, KmsError> {
        match self.providers(key).and_then(|p| p.first()) {
            Some(Provider::Key(k)) => Ok(seal(k, key, &plain)),
            Some(Provider::Kms(k)) => k.seal(key, &plain),
            _ => Ok(plain),
        }
    }

    /// Every KMS provider configured (their Status loops run in the API server).
    pub fn kms_providers(&self) -> Vec<Arc<KmsProvider>> {
        let mut out: Vec<Arc<KmsProvider>> = Vec::new();
        for p in self.rules.iter().flat_map(|r| r.providers.iter()) {
            if let Provider::Kms(k) = p
                && !out.iter().any(|o| Arc::ptr_eq(o, k))
            {
                out.push(k.clone());
            }
        }
        out
    }

    /// What encrypts writes under `key`, as `secrets-encrypt status` names it
    /// (`aescbc:key1`, `kms:vault`); None for identity.
    pub fn write_provider(&self, key: &str) -> Option<String> {
        match self.providers(key)?.first()? {
            Provider::Key(k) => Some(format!("{}:{}", k.kind.name(), k.name)),
            Provider::Kms(k) => Some(format!("kms:{}", k.name)),
            Provider::Identity => None,
        }
    }

    /// The plain bytes of what is stored under `key` (borrowed when nothing was encrypted).
    pub fn decrypt<'a>(
        &self,
        key: &str,
        stored: &'a [u8],
    ) -> Result<std::borrow::Cow<'a, [u8]>, DecryptError> {
        use std::borrow::Cow;
        let Some(providers) = self.providers(key) else {
            return Ok(Cow::Borrowed(stored));
        };
        if !stored.starts_with(b"k8s:enc:") {
            return if providers.iter().any(|p| matches!(p, Provider::Identity)) {
                Ok(Cow::Borrowed(stored))
            } else {
                Err(DecryptError::Plain)
            };
        }
        for p in providers {
            if let Provider::Key(k) = p
                && let Some(body) = stored.strip_prefix(k.prefix().as_bytes())
            {
                return open(k, key, body)
                    .map(Cow::Owned)
                    .ok_or_else(|| DecryptError::Failed(k.name.clone()));
            }
            if let Provider::Kms(k) = p
                && let Some(body) = stored.strip_prefix(k.prefix().as_bytes())
            {
                return k
                    .open(key, body)
                    .map(Cow::Owned)
                    .map_err(|e| DecryptError::Kms(k.name.clone(), e.to_string()));
            }
        }
        let prefix: String = String::from_utf8_lossy(stored)
            .splitn(6, ':')
            .take(5)
            .collect::<Vec<_>>()
            .join(":");
        Err(DecryptError::UnknownKey(prefix))
    }

    /// The name of the key that encrypts writes (None: identity).
    pub fn write_key(&self, key: &str) -> Option<&Key> {
        match self.providers(key)?.first()? {
            Provider::Key(k) => Some(k),
            Provider::Kms(_) | Provider::Identity => None,
        }
    }
}

/// Which key (by `k8s:enc:<kind>:v1:<name>` prefix) a stored value is encrypted with.
pub fn stored_with(stored: &[u8]) -> Option<String> {
    if !stored.starts_with(b"k8s:enc:") {
        return None;
    }
    let text = String::from_utf8_lossy(&stored[..stored.len().min(300)]).into_owned();
    let parts: Vec<&str> = text.splitn(6, ':').collect();
    (parts.len() == 6).then(|| format!("{}:{}", parts[2], parts[4]))
}

fn seal(k: &Key, etcd_key: &str, plain: &[u8]) -> Vec<u8> {
    let mut out = k.prefix().into_bytes();
    match k.kind {
        Kind::AesGcm => {
            let alg = match k.secret.len() {
                16 => &aead::AES_128_GCM,
                _ => &aead::AES_256_GCM,
            };
            let key =
                LessSafeKey::new(UnboundKey::new(alg, &k.secret).expect("key length checked"));
            let mut nonce = [0u8; 12];
            aws_lc_rs::rand::fill(&mut nonce).expect("system random generator");
            let mut data = plain.to_vec();
            key.seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(etcd_key.as_bytes()),
                &mut data,
            )
            .expect("AES-GCM sealing cannot fail for these sizes");
            out.extend_from_slice(&nonce);
            out.extend_from_slice(&data);
        }
        Kind::AesCbc => {
            let alg = match k.secret.len() {
                16 => &cipher::AES_128,
                _ => &cipher::AES_256,
            };
            let key = PaddedBlockEncryptingKey::cbc_pkcs7(
                UnboundCipherKey::new(alg, &k.secret).expect("key length checked"),
            )
            .expect("CBC key");
            let mut data = plain.to_vec();
            let context = key.encrypt(&mut data).expect("CBC encryption");
            let DecryptionContext::Iv128(iv) = context else {
                unreachable!("CBC uses a 128-bit IV")
            };
            out.extend_from_slice(iv.as_ref());
            out.extend_from_slice(&data);
        }
        Kind::SecretBox => {
            let mut nonce = [0u8; SECRETBOX_NONCE];
            aws_lc_rs::rand::fill(&mut nonce).expect("system random generator");
            let mut data = plain.to_vec();
            let tag = secretbox(&k.secret)
                .encrypt_in_place_detached(&nonce.into(), b"", &mut data)
                .expect("secretbox sealing cannot fail for these sizes");
            out.extend_from_slice(&nonce);
            out.extend_from_slice(&tag);
            out.extend_from_slice(&data);
        }
    }
    out
}

/// XSalsa20's extended nonce, and Poly1305's tag (stored before the cipher text).
const SECRETBOX_NONCE: usize = 24;
const SECRETBOX_TAG: usize = 16;

fn secretbox(secret: &[u8]) -> crypto_secretbox::XSalsa20Poly1305 {
    use crypto_secretbox::KeyInit;
    crypto_secretbox::XSalsa20Poly1305::new_from_slice(secret).expect("key length checked")
}

fn open(k: &Key, etcd_key: &str, body: &[u8]) -> Option<Vec<u8>> {
    match k.kind {
        Kind::AesGcm => {
            let alg = match k.secret.len() {
                16 => &aead::AES_128_GCM,
                _ => &aead::AES_256_GCM,
            };
            let key = LessSafeKey::new(UnboundKey::new(alg, &k.secret).ok()?);
            if body.len() < 12 {
                return None;
            }
            let (nonce, sealed) = body.split_at(12);
            let mut data = sealed.to_vec();
            let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
            let plain = key
                .open_in_place(nonce, Aad::from(etcd_key.as_bytes()), &mut data)
                .ok()?;
            Some(plain.to_vec())
        }
        Kind::AesCbc => {
            let alg = match k.secret.len() {
                16 => &cipher::AES_128,
                _ => &cipher::AES_256,
            };
            if body.len() < 32 || !body.len().is_multiple_of(16) {
                return None;
            }
            let (iv, sealed) = body.split_at(16);
            let key =
                PaddedBlockDecryptingKey::cbc_pkcs7(UnboundCipherKey::new(alg, &k.secret).ok()?)
                    .ok()?;
            let mut data = sealed.to_vec();
            let iv: [u8; 16] = iv.try_into().ok()?;
            let plain = key
                .decrypt(&mut data, DecryptionContext::Iv128(iv.into()))
                .ok()?;
            Some(plain.to_vec())
        }
        Kind::SecretBox => {
            if body.len() < SECRETBOX_NONCE + SECRETBOX_TAG {
                return None;
            }
            let (nonce, rest) = body.split_at(SECRETBOX_NONCE);
            let (tag, sealed) = rest.split_at(SECRETBOX_TAG);
            let nonce: [u8; SECRETBOX_NONCE] = nonce.try_into().ok()?;
            let tag: [u8; SECRETBOX_TAG] = tag.try_into().ok()?;
            let mut data = sealed.to_vec();
            secretbox(&k.secret)
                .decrypt_in_place_detached(&nonce.into(), b"", &mut data, &tag.into())
                .ok()?;
            Some(data)
        }
    }
}

/// A fresh EncryptionConfiguration for secrets with one new aescbc key (what `init` writes,
/// as k3s's secrets-encrypt does), followed by `identity` so existing plain values stay
/// readable.
pub fn default_config(key_name: &str) -> String {
    config_with(&[(Kind::AesCbc, key_name.to_owned(), new_secret())])
}

/// An EncryptionConfiguration for secrets with `keys` (provider, name, base64 secret), the
/// first encrypting, then `identity`. Consecutive keys of one provider share its entry.
pub fn config_with(keys: &[(Kind, String, String)]) -> String {
    let mut out = String::from(
        "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n- resources:\n  - secrets\n  providers:\n",
    );
    let mut current = None;
    for (kind, name, secret) in keys {
        if current != Some(*kind) {
            out.push_str(&format!("  - {}:\n      keys:\n", kind.name()));
            current = Some(*kind);
        }
        out.push_str(&format!("      - name: {name}\n        secret: {secret}\n"));
    }
    out.push_str("  - identity: {}\n");
    out
}

/// The keys of the secrets rule, in order, of every provider (for rotation, which must keep
/// them all readable).
pub fn secrets_keys(text: &str) -> Result<Vec<(Kind, String, String)>, String> {
    let enc = Encryption::parse(text)?;
    let Some(providers) = enc.providers("/registry/secrets/") else {
        return Ok(vec![]);
    };
    Ok(providers
        .iter()
        .filter_map(|p| match p {
            Provider::Key(k) => Some((
                k.kind,
                k.name.clone(),
                base64::engine::general_purpose::STANDARD.encode(&k.secret),
            )),
            Provider::Kms(_) | Provider::Identity => None,
        })
        .collect())
}

/// Whether the secrets rule of `text` has a kms provider (its keys live in the KMS).
pub fn secrets_use_kms(text: &str) -> Result<bool, String> {
    let enc = Encryption::parse(text)?;
    Ok(enc
        .providers("/registry/secrets/")
        .is_some_and(|p| p.iter().any(|p| matches!(p, Provider::Kms(_)))))
}

/// A `kms` entry as kube-apiserver accepts it: v2 only, a name without ':', a unix socket,
/// a positive timeout (3 s by default), no cachesize.
fn kms_provider(k: KmsConfig) -> Result<KmsProvider, String> {
    match k.api_version.as_deref() {
        Some("v2") => {}
        None | Some("v1") => {
            return Err(format!(
                "kms provider {:?}: KMS v1 is not supported (it is deprecated upstream): set apiVersion: v2",
                k.name
            ));
        }
        Some(other) => {
            return Err(format!(
                "kms provider {:?}: apiVersion {other:?} is not supported: use v2",
                k.name
            ));
        }
    }
    if k.name.is_empty() || k.name.contains(':') {
        return Err(format!(
            "kms provider name {:?} must be non-empty and must not contain ':'",
            k.name
        ));
    }
    if k.cachesize.is_some() {
        return Err(format!(
            "kms provider {:?}: cachesize is not supported in v2",
            k.name
        ));
    }
    let Some(socket) = k.endpoint.strip_prefix("unix://").filter(|p| !p.is_empty()) else {
        return Err(format!(
            "kms provider {:?}: endpoint {:?} must be a unix socket (unix:///path/to/kms.sock)",
            k.name, k.endpoint
        ));
    };
    let timeout = match k.timeout.as_deref() {
        None => Duration::from_secs(3),
        Some(t) => crate::config::duration::parse(t)
            .ok()
            .filter(|d| !d.is_zero())
            .ok_or_else(|| {
                format!(
                    "kms provider {:?}: timeout {t:?} must be a positive duration such as 3s",
                    k.name
                )
            })?,
    };
    Ok(KmsProvider::new(k.name, PathBuf::from(socket), timeout))
}

/// 32 random bytes, base64.
pub fn new_secret() -> String {
    let mut key = [0u8; 32];
    aws_lc_rs::rand::fill(&mut key).expect("system random generator");
    base64::engine::general_purpose::STANDARD.encode(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kms_providers_are_checked_as_kube_apiserver_checks_them() {
        let with = |kms: &str| {
            format!(
                "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n  providers:\n  - kms:\n{kms}  - identity: {{}}\n"
            )
        };
        let good =
            with("      apiVersion: v2\n      name: vault\n      endpoint: unix:///run/kms.sock\n");
        let enc = Encryption::parse(&good).unwrap();
        let kms = enc.kms_providers();
        assert_eq!(kms.len(), 1);
        assert_eq!(kms[0].socket, PathBuf::from("/run/kms.sock"));
        assert_eq!(kms[0].timeout, Duration::from_secs(3));
        assert_eq!(
            enc.write_provider("/registry/secrets/a/b").as_deref(),
            Some("kms:vault")
        );
        for (bad, says) in [
            (
                "      name: vault\n      endpoint: unix:///s\n",
                "set apiVersion: v2",
            ),
            (
                "      apiVersion: v2\n      name: a:b\n      endpoint: unix:///s\n",
                "must not contain ':'",
            ),
            (
                "      apiVersion: v2\n      name: v\n      endpoint: tcp://1.2.3.4:80\n",
                "must be a unix socket",
            ),
            (
                "      apiVersion: v2\n      name: v\n      endpoint: unix:///s\n      cachesize: 10\n",
                "cachesize is not supported in v2",
            ),
            (
                "      apiVersion: v2\n      name: v\n      endpoint: unix:///s\n      timeout: soon\n",
                "positive duration",
            ),
        ] {
            let err = Encryption::parse(&with(bad)).unwrap_err();
            assert!(err.contains(says), "{bad}: {err}");
        }
        let twice = good.replace(
            "  - identity: {}\n",
            "  - kms:\n      apiVersion: v2\n      name: vault\n      endpoint: unix:///other\n  - identity: {}\n",
        );
        assert!(
            Encryption::parse(&twice)
                .unwrap_err()
                .contains("used twice")
        );
    }

    fn config(provider: &str) -> String {
        format!(
            "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n  providers:\n  - {provider}:\n      keys:\n      - name: k1\n        secret: {}\n  - identity: {{}}\n",
            new_secret()
        )
    }

    #[test]
    fn round_trips_and_formats() {
        for provider in ["aescbc", "aesgcm", "secretbox"] {
            let enc = Encryption::parse(&config(provider)).unwrap();
            let key = "/registry/secrets/default/s";
            let stored = enc.encrypt(key, b"{\"data\":\"x\"}".to_vec()).unwrap();
            assert!(stored.starts_with(format!("k8s:enc:{provider}:v1:k1:").as_bytes()));
            assert!(!stored.windows(8).any(|w| w == b"\"data\":\""));
            assert_eq!(&*enc.decrypt(key, &stored).unwrap(), b"{\"data\":\"x\"}");
            // Plain values (written before encryption) stay readable through identity.
            assert_eq!(&*enc.decrypt(key, b"{}").unwrap(), b"{}");
            // Other resources are untouched.
            assert_eq!(
                enc.encrypt("/registry/configmaps/d/c", b"{}".to_vec())
                    .unwrap(),
                b"{}"
            );
            // Another key fails: GCM's tag rejects it; CBC has no tag, so about one wrong key
            // in 256 yields valid padding around garbage (which the JSON decoder then rejects,
            // as in kube-apiserver) — what matters is that the plain text never comes back.
            let other = Encryption::parse(&config(provider)).unwrap();
            let wrong = other.decrypt(key, &stored);
            if provider != "aescbc" {
                assert!(wrong.is_err());
            }
            assert_ne!(wrong.ok().as_deref(), Some(&b"{\"data\":\"x\"}"[..]));
            assert_eq!(
                stored_with(&stored).as_deref(),
                Some(&*format!("{provider}:k1"))
            );
        }
        // The storage key is bound to an AES-GCM value: moving it elsewhere fails.
        let enc = Encryption::parse(&config("aesgcm")).unwrap();
        let stored = enc
            .encrypt("/registry/secrets/a/b", b"{}".to_vec())
            .unwrap();
        assert!(enc.decrypt("/registry/secrets/a/c", &stored).is_err());
    }

    #[test]
    fn bad_configurations() {
        assert!(Encryption::parse("kind: Nope\napiVersion: v1\nresources: []\n").is_err());
        let short = config("aescbc").replace("secret: ", "secret: AAAA");
        assert!(
            Encryption::parse(&short)
                .unwrap_err()
                .contains("key \"k1\"")
        );
        let kms = "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n  providers:\n  - kms: {name: p}\n";
        assert!(Encryption::parse(kms).unwrap_err().contains("kms"));
    }

    #[test]
    fn rotation_keeps_every_key_of_every_provider() {
        let keys = vec![
            (Kind::SecretBox, "new".to_owned(), new_secret()),
            (Kind::AesCbc, "a".to_owned(), new_secret()),
            (Kind::AesCbc, "b".to_owned(), new_secret()),
            (Kind::AesGcm, "c".to_owned(), new_secret()),
        ];
        let text = config_with(&keys);
        assert_eq!(secrets_keys(&text).unwrap(), keys);
        let enc = Encryption::parse(&text).unwrap();
        let stored = enc
            .encrypt("/registry/secrets/d/s", b"{}".to_vec())
            .unwrap();
        assert_eq!(stored_with(&stored).as_deref(), Some("secretbox:new"));
    }

    /// A value as kube-apiserver's secretbox provider stores it (nonce, then NaCl's
    /// `secretbox` output: tag, cipher text), produced independently with libsodium (PyNaCl)
    /// for key bytes 0..32 and nonce bytes 100..124.
    #[test]
    fn secretbox_reads_what_kube_apiserver_writes() {
        let b64 = base64::engine::general_purpose::STANDARD;
        let key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        let sealed = b64.decode("ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7AqxEf7S06Eix8y6zDKOMT3mb8qBU0uzTkq5G90Xh1zoSiFzGkMdpId0uMvV5+L7n2gvWIm1W07KAclA0eV66WPyy02U=").unwrap();
        let config = format!(
            "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n  providers:\n  - secretbox:\n      keys:\n      - name: key1\n        secret: {key}\n"
        );
        let enc = Encryption::parse(&config).unwrap();
        let mut stored = b"k8s:enc:secretbox:v1:key1:".to_vec();
        stored.extend_from_slice(&sealed);
        let plain = enc.decrypt("/registry/secrets/default/s", &stored).unwrap();
        assert_eq!(
            &*plain,
            br#"{"kind":"Secret","data":{"password":"aHVudGVyMg=="}}"#
        );
        // A 16-byte key is refused: secretbox keys are 32 bytes.
        let short = config.replace(key, "AAAAAAAAAAAAAAAAAAAAAA==");
        let e = Encryption::parse(&short).unwrap_err();
        assert!(e.contains("must be 32 bytes"), "{e}");
    }
}
