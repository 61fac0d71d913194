//! `--upload-certs`: the keys every master must share (the cluster, front-proxy and etcd CAs,
//! the service-account key pair and the Secrets encryption keys), encrypted with AES-256-GCM under a random 32-byte
//! certificate key and stored in `kube-system/kubeadm-certs`. The key itself never reaches
//! the cluster: init prints it once, and `join --control-plane --certificate-key` uses it to
//! decrypt. The Secret is owned by a bootstrap token with a 2 h TTL, so the garbage collector
//! deletes it when the token cleaner deletes that token.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use aws_lc_rs::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use k8s_openapi::ByteString;
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use kube::api::{Api, ObjectMeta, PostParams};

use super::{Error, Result};
use crate::config::{BootstrapToken, Paths};
use crate::pki::table;

pub const SECRET_NAME: &str = "kubeadm-certs";
pub const NAMESPACE: &str = "kube-system";
/// How long uploaded certificates stay in the cluster (kubeadm's value).
pub const TTL: Duration = Duration::from_secs(2 * 3600);
pub const KEY_LEN: usize = 32;

/// One shared file: its key in the Secret (kubeadm's names) and where it lives on a node.
struct SharedFile {
    key: &'static str,
    path: fn(&Paths) -> PathBuf,
    secret: bool,
}

fn cert(p: &Paths, name: &str) -> PathBuf {
    table::spec(name)
        .expect("CA rows are in the table")
        .cert_path(p.pki_dir())
}

fn key(p: &Paths, name: &str) -> PathBuf {
    table::spec(name)
        .expect("CA rows are in the table")
        .key_path(p.pki_dir())
}

const SHARED: &[SharedFile] = &[
    SharedFile {
        key: "ca.crt",
        path: |p| cert(p, "ca"),
        secret: false,
    },
    SharedFile {
        key: "ca.key",
        path: |p| key(p, "ca"),
        secret: true,
    },
    SharedFile {
        key: "front-proxy-ca.crt",
        path: |p| cert(p, "front-proxy-ca"),
        secret: false,
    },
    SharedFile {
        key: "front-proxy-ca.key",
        path: |p| key(p, "front-proxy-ca"),
        secret: true,
    },
    SharedFile {
        key: "sa.key",
        path: |p| p.pki_dir().join(table::SA_KEY),
        secret: true,
    },
    SharedFile {
        key: "sa.pub",
        path: |p| p.pki_dir().join(table::SA_PUB),
        secret: false,
    },
    SharedFile {
        key: "etcd-ca.crt",
        path: |p| cert(p, "etcd-ca"),
        secret: false,
    },
    SharedFile {
        key: "etcd-ca.key",
        path: |p| key(p, "etcd-ca"),
        secret: true,
    },
    // Every API server must decrypt what any other wrote: the Secrets encryption keys are
    // shared like the CAs (kubeadm has no encryption at rest by default; k3s shares it too).
    SharedFile {
        key: "encryption-config.yaml",
        path: |p| p.encryption_config(),
        secret: true,
    },
];

/// The files a master needs from the others, for a join without `--certificate-key`.
pub fn missing_files(paths: &Paths) -> Vec<PathBuf> {
    SHARED
        .iter()
        .map(|f| (f.path)(paths))
        .filter(|p| !p.exists())
        .collect()
}

/// A fresh certificate key, hex-encoded (what users pass to `--certificate-key`).
pub fn generate_key() -> String {
    let mut key = [0u8; KEY_LEN];
    aws_lc_rs::rand::fill(&mut key).expect("system random generator failed");
    hex(&key)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses a `--certificate-key`; the error says what it must look like.
pub fn parse_key(text: &str) -> Result<[u8; KEY_LEN]> {
    let bad = || {
        Error::CertificateKey(format!(
            "the certificate key must be {} hex digits, as printed by `kubeforge init --upload-certs` or `kubeforge init phase upload-certs --upload-certs`",
            KEY_LEN * 2
        ))
    };
    let text = text.trim();
    if text.len() != KEY_LEN * 2 {
        return Err(bad());
    }
    let mut key = [0u8; KEY_LEN];
    for (i, out) in key.iter_mut().enumerate() {
        *out = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
    }
    Ok(key)
}

fn cipher(key: &[u8; KEY_LEN]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key).expect("a 32-byte key"))
}

/// nonce ‖ ciphertext ‖ tag, as kubeadm's EncryptBytes.
pub fn encrypt(key: &[u8; KEY_LEN], plaintext: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; NONCE_LEN];
    aws_lc_rs::rand::fill(&mut nonce).expect("system random generator failed");
    let mut sealed = plaintext.to_vec();
    cipher(key)
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::empty(),
            &mut sealed,
        )
        .expect("AES-GCM sealing cannot fail for in-memory data");
    let mut out = nonce.to_vec();
    out.extend(sealed);
    out
}

pub fn decrypt(key: &[u8; KEY_LEN], data: &[u8]) -> Option<Vec<u8>> {
    if data.len() < NONCE_LEN {
        return None;
    }
    let (nonce, sealed) = data.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
    let mut buf = sealed.to_vec();
    let plain = cipher(key)
        .open_in_place(nonce, Aad::empty(), &mut buf)
        .ok()?;
    Some(plain.to_vec())
}

/// Encrypts the shared files of `pki_dir` into the `kubeadm-certs` Secret, owned by a new
/// 2-hour bootstrap token (created here) so that it disappears with it.
pub async fn upload(client: &kube::Client, paths: &Paths, key: &[u8; KEY_LEN]) -> Result<()> {
    let mut data = BTreeMap::new();
    for file in SHARED {
        let path = (file.path)(paths);
        let contents = std::fs::read(&path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        data.insert(file.key.to_owned(), ByteString(encrypt(key, &contents)));
    }
    // kubeadm's "proxy for managing TTL for the kubeadm-certs secret": a token that cannot
    // authenticate or sign, only expire.
    let owner = BootstrapToken {
        description: Some("Proxy for managing TTL for the kubeadm-certs secret".into()),
        ttl: TTL,
        usages: vec![],
        groups: vec![],
        ..BootstrapToken::generate()
    };
    super::tokens::create_or_update(client, &owner).await?;
    let secrets: Api<Secret> = Api::namespaced(client.clone(), NAMESPACE);
    let owner_secret = secrets.get(&super::tokens::secret_name(&owner.id)).await?;
    let secret = Secret {
        metadata: ObjectMeta {
            name: Some(SECRET_NAME.into()),
            namespace: Some(NAMESPACE.into()),
            owner_references: Some(vec![OwnerReference {
                api_version: "v1".into(),
                kind: "Secret".into(),
                name: owner_secret.metadata.name.clone().unwrap_or_default(),
                uid: owner_secret.metadata.uid.clone().unwrap_or_default(),
                block_owner_deletion: Some(true),
                ..Default::default()
            }]),
            ..Default::default()
        },
        type_: Some("Opaque".into()),
        data: Some(data),
        ..Default::default()
    };
    match secrets.create(&PostParams::default(), &secret).await {
        Err(kube::Error::Api(e)) if e.code == 409 => {
            let mut current = secrets.get(SECRET_NAME).await?;
            current.data = secret.data;
            current.metadata.owner_references = secret.metadata.owner_references;
            secrets
                .replace(SECRET_NAME, &PostParams::default(), &current)
                .await?;
        }
        other => {
            other?;
        }
    }
    Ok(())
}

/// Reads and decrypts the shared files, then writes them under `pki_dir` (keys 0600). Every
/// file is decrypted before any is written: a wrong key changes nothing.
pub async fn download(client: &kube::Client, paths: &Paths, key: &[u8; KEY_LEN]) -> Result<usize> {
    let secrets: Api<Secret> = Api::namespaced(client.clone(), NAMESPACE);
    let secret = match secrets.get(SECRET_NAME).await {
        Ok(s) => s,
        Err(kube::Error::Api(e)) if e.code == 404 => {
            return Err(Error::CertificateKey(format!(
                "the {NAMESPACE}/{SECRET_NAME} Secret does not exist: the uploaded certificates expire after 2 hours; on a control-plane node run `kubeforge init phase upload-certs --upload-certs` and use the certificate key it prints"
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let data = secret.data.unwrap_or_default();
    let mut files = Vec::new();
    for file in SHARED {
        let Some(encrypted) = data.get(file.key) else {
            return Err(Error::CertificateKey(format!(
                "{NAMESPACE}/{SECRET_NAME} has no {:?}: re-upload with `kubeforge init phase upload-certs --upload-certs`",
                file.key
            )));
        };
        let plain = decrypt(key, &encrypted.0).ok_or_else(|| {
            Error::CertificateKey(
                "the certificate key does not decrypt the uploaded certificates: pass the key printed by the latest `kubeforge init --upload-certs` or `kubeforge init phase upload-certs --upload-certs` (nothing was changed on this node)".into(),
            )
        })?;
        files.push(((file.path)(paths), plain, file.secret));
    }
    for (path, contents, secret) in &files {
        let mode = if *secret {
            crate::fsutil::MODE_SECRET
        } else {
            crate::fsutil::MODE_PUBLIC
        };
        if let Some(parent) = path.parent() {
            crate::fsutil::create_dir_private(parent).map_err(|source| Error::Io {
                path: parent.to_owned(),
                source,
            })?;
        }
        crate::fsutil::write_atomic(path, contents, mode).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypt_decrypt_and_wrong_key() {
        let key = parse_key(&generate_key()).unwrap();
        let sealed = encrypt(&key, b"-----BEGIN PRIVATE KEY-----");
        assert_eq!(
            decrypt(&key, &sealed).unwrap(),
            b"-----BEGIN PRIVATE KEY-----"
        );
        let other = parse_key(&generate_key()).unwrap();
        assert!(decrypt(&other, &sealed).is_none());
        let mut flipped = sealed.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(decrypt(&key, &flipped).is_none());
        assert!(decrypt(&key, &sealed[..5]).is_none());
    }

    #[test]
    fn keys_must_be_64_hex_digits() {
        assert_eq!(generate_key().len(), 64);
        assert!(parse_key("abc").is_err());
        assert!(parse_key(&"g".repeat(64)).is_err());
    }
}
