//! The KMS v2 encryption provider, as kube-apiserver (1.29+) implements it: a KMS plugin —
//! an external process on a unix socket speaking the `v2.KeyManagementService` gRPC API —
//! encrypts a 32-byte seed; every write derives its own AES-256-GCM key from the seed
//! (HKDF-SHA256 expand with a random 32-byte info) and stores, after the
//! `k8s:enc:kms:v2:<name>:` prefix, an `EncryptedObject` with the encrypted seed and the
//! plugin's key id. The seed stays in memory; the plugin is asked again when its key id
//! changes (Status is polled every minute) and to decrypt seeds this process has not seen
//! (written by another API server or before a restart), which are then cached.
//!
//! The stored format is kube-apiserver's, so etcd data moves between the two.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use aws_lc_rs::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;

/// The plugin API (k8s.io/kms/apis/v2) and the stored object (kmsv2/v2), field for field.
pub mod proto {
    use std::collections::HashMap;

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct StatusRequest {}

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct StatusResponse {
        #[prost(string, tag = "1")]
        pub version: String,
        #[prost(string, tag = "2")]
        pub healthz: String,
        #[prost(string, tag = "3")]
        pub key_id: String,
    }

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct EncryptRequest {
        #[prost(bytes = "vec", tag = "1")]
        pub plaintext: Vec<u8>,
        #[prost(string, tag = "2")]
        pub uid: String,
    }

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct EncryptResponse {
        #[prost(bytes = "vec", tag = "1")]
        pub ciphertext: Vec<u8>,
        #[prost(string, tag = "2")]
        pub key_id: String,
        #[prost(map = "string, bytes", tag = "3")]
        pub annotations: HashMap<String, Vec<u8>>,
    }

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct DecryptRequest {
        #[prost(bytes = "vec", tag = "1")]
        pub ciphertext: Vec<u8>,
        #[prost(string, tag = "2")]
        pub uid: String,
        #[prost(string, tag = "3")]
        pub key_id: String,
        #[prost(map = "string, bytes", tag = "4")]
        pub annotations: HashMap<String, Vec<u8>>,
    }

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct DecryptResponse {
        #[prost(bytes = "vec", tag = "1")]
        pub plaintext: Vec<u8>,
    }

    /// What etcd holds after the prefix.
    #[derive(Clone, PartialEq, prost::Message)]
    pub struct EncryptedObject {
        #[prost(bytes = "vec", tag = "1")]
        pub encrypted_data: Vec<u8>,
        #[prost(string, tag = "2")]
        pub key_id: String,
        #[prost(bytes = "vec", tag = "3")]
        pub encrypted_dek_source: Vec<u8>,
        #[prost(map = "string, bytes", tag = "4")]
        pub annotations: HashMap<String, Vec<u8>>,
        /// 0: AES_GCM_KEY (the DEK itself), 1: HKDF_SHA256_XNONCE_AES_GCM_SEED.
        #[prost(int32, tag = "5")]
        pub encrypted_dek_source_type: i32,
    }

    pub const AES_GCM_KEY: i32 = 0;
    pub const HKDF_SHA256_XNONCE_AES_GCM_SEED: i32 = 1;
}

const SEED_SIZE: usize = 32;
const INFO_SIZE: usize = 32;
const NONCE_SIZE: usize = 12;
const MAX_KEY_ID: usize = 1024;
const MAX_DEK_SOURCE: usize = 1024;
const STATUS_EVERY: Duration = Duration::from_secs(60);
const STATUS_RETRY: Duration = Duration::from_secs(10);
/// Writes stop when the plugin has not answered Status for this long (kube-apiserver's rule:
/// a seed is not used past the plugin's knowledge of it).
const WRITE_EXPIRY: Duration = Duration::from_secs(180);

#[derive(Debug, thiserror::Error)]
pub enum KmsError {
    #[error("KMS plugin {endpoint}: {message}")]
    Plugin { endpoint: String, message: String },
    #[error("kms provider {0:?} has no encryption key yet: the KMS plugin has not answered")]
    NotReady(String),
    #[error("stored KMS v2 object is invalid: {0}")]
    Invalid(String),
    #[error("KMS v2 decryption failed: the data is corrupt or was written with another seed")]
    Failed,
}

/// The seed writes use, as the plugin encrypted it.
struct WriteState {
    seed: [u8; SEED_SIZE],
    encrypted_seed: Vec<u8>,
    key_id: String,
    annotations: HashMap<String, Vec<u8>>,
    /// When the plugin last confirmed `key_id` (Status).
    confirmed: Instant,
}

/// One `kms` provider of the EncryptionConfiguration.
pub struct KmsProvider {
    pub name: String,
    /// The unix socket (`unix:///path` in the configuration).
    pub socket: PathBuf,
    pub timeout: Duration,
    write: RwLock<Option<WriteState>>,
    /// Plain seeds (and DEKs) by what identifies their encrypted form.
    seeds: Mutex<HashMap<Vec<u8>, Vec<u8>>>,
    health: Mutex<Result<(), String>>,
}

impl std::fmt::Debug for KmsProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "kms:{}", self.name)
    }
}

impl KmsProvider {
    pub fn new(name: String, socket: PathBuf, timeout: Duration) -> Self {
        KmsProvider {
            name,
            socket,
            timeout,
            write: RwLock::new(None),
            seeds: Mutex::new(HashMap::new()),
            health: Mutex::new(Err("not asked yet".into())),
        }
    }

    pub fn prefix(&self) -> String {
        format!("k8s:enc:kms:v2:{}:", self.name)
    }

    fn plugin_error(&self, message: impl Into<String>) -> KmsError {
        KmsError::Plugin {
            endpoint: format!("unix://{}", self.socket.display()),
            message: message.into(),
        }
    }

    /// The last Status answer: Ok when the plugin said healthz "ok" and a seed is ready.
    pub fn health(&self) -> Result<(), String> {
        self.health
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Polls Status (every minute; every 10 s after a failure) and makes a new seed when
    /// there is none or the plugin's key id changed.
    pub async fn run(self: Arc<Self>) {
        loop {
            let result = self.refresh().await;
            let wait = if result.is_ok() {
                STATUS_EVERY
            } else {
                STATUS_RETRY
            };
            if let Err(e) = &result {
                tracing::warn!(provider = %self.name, error = %e, "KMS plugin not healthy");
            }
            *self.health.lock().unwrap_or_else(|e| e.into_inner()) =
                result.map_err(|e| e.to_string());
            tokio::time::sleep(wait).await;
        }
    }

    /// One Status round (and a new seed if needed).
    pub async fn refresh(&self) -> Result<(), KmsError> {
        let status: proto::StatusResponse = self.call("Status", &proto::StatusRequest {}).await?;
        if status.healthz != "ok" {
            return Err(self.plugin_error(format!("healthz is {:?}", status.healthz)));
        }
        if !matches!(status.version.as_str(), "v2" | "v2beta1") {
            return Err(self.plugin_error(format!("speaks KMS API {:?}, not v2", status.version)));
        }
        check_key_id(&status.key_id).map_err(|e| self.plugin_error(e))?;
        let current = self
            .write
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .map(|w| w.key_id.clone());
        if current.as_deref() == Some(status.key_id.as_str()) {
            if let Some(w) = self
                .write
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .as_mut()
            {
                w.confirmed = Instant::now();
            }
            return Ok(());
        }
        let mut seed = [0u8; SEED_SIZE];
        aws_lc_rs::rand::fill(&mut seed).expect("system random generator");
        let encrypted: proto::EncryptResponse = self
            .call(
                "Encrypt",
                &proto::EncryptRequest {
                    plaintext: seed.to_vec(),
                    uid: crate::apiserver::meta::new_uid(),
                },
            )
            .await?;
        if encrypted.key_id != status.key_id {
            return Err(self.plugin_error(format!(
                "Encrypt answered key id {:?}, Status {:?}",
                encrypted.key_id, status.key_id
            )));
        }
        if encrypted.ciphertext.is_empty() || encrypted.ciphertext.len() > MAX_DEK_SOURCE {
            return Err(self.plugin_error(format!(
                "Encrypt answered {} bytes of ciphertext (1 to {MAX_DEK_SOURCE} allowed)",
                encrypted.ciphertext.len()
            )));
        }
        check_annotations(&encrypted.annotations).map_err(|e| self.plugin_error(e))?;
        self.seeds.lock().unwrap_or_else(|e| e.into_inner()).insert(
            cache_key(
                proto::HKDF_SHA256_XNONCE_AES_GCM_SEED,
                &encrypted.ciphertext,
                &encrypted.key_id,
                &encrypted.annotations,
            ),
            seed.to_vec(),
        );
        tracing::info!(provider = %self.name, key_id = %status.key_id, "KMS v2: new encryption seed");
        *self.write.write().unwrap_or_else(|e| e.into_inner()) = Some(WriteState {
            seed,
            encrypted_seed: encrypted.ciphertext,
            key_id: encrypted.key_id,
            annotations: encrypted.annotations,
            confirmed: Instant::now(),
        });
        Ok(())
    }

    /// The value to store for `plain` under `etcd_key` (prefix included).
    pub fn seal(&self, etcd_key: &str, plain: &[u8]) -> Result<Vec<u8>, KmsError> {
        let guard = self.write.read().unwrap_or_else(|e| e.into_inner());
        let Some(w) = guard
            .as_ref()
            .filter(|w| w.confirmed.elapsed() < WRITE_EXPIRY)
        else {
            return Err(KmsError::NotReady(self.name.clone()));
        };
        let mut info = [0u8; INFO_SIZE];
        aws_lc_rs::rand::fill(&mut info).expect("system random generator");
        let key = derive(&w.seed, &info);
        let mut nonce = [0u8; NONCE_SIZE];
        aws_lc_rs::rand::fill(&mut nonce).expect("system random generator");
        let mut data = plain.to_vec();
        key.seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(etcd_key.as_bytes()),
            &mut data,
        )
        .expect("AES-GCM sealing cannot fail for these sizes");
        let mut encrypted_data = Vec::with_capacity(INFO_SIZE + NONCE_SIZE + data.len());
        encrypted_data.extend_from_slice(&info);
        encrypted_data.extend_from_slice(&nonce);
        encrypted_data.extend_from_slice(&data);
        let object = proto::EncryptedObject {
            encrypted_data,
            key_id: w.key_id.clone(),
            encrypted_dek_source: w.encrypted_seed.clone(),
            annotations: w.annotations.clone(),
            encrypted_dek_source_type: proto::HKDF_SHA256_XNONCE_AES_GCM_SEED,
        };
        let mut out = self.prefix().into_bytes();
        out.extend_from_slice(&prost::Message::encode_to_vec(&object));
        Ok(out)
    }

    /// The plain bytes of `body` (what follows the prefix) stored under `etcd_key`. A seed
    /// this process has not seen is decrypted by the plugin (blocking this worker thread for
    /// that one call; the result is cached).
    pub fn open(&self, etcd_key: &str, body: &[u8]) -> Result<Vec<u8>, KmsError> {
        let object: proto::EncryptedObject = prost::Message::decode(body)
            .map_err(|e| KmsError::Invalid(format!("not an EncryptedObject: {e}")))?;
        check_key_id(&object.key_id).map_err(KmsError::Invalid)?;
        if object.encrypted_dek_source.is_empty()
            || object.encrypted_dek_source.len() > MAX_DEK_SOURCE
        {
            return Err(KmsError::Invalid(
                "encryptedDEKSource is empty or longer than 1 KiB".into(),
            ));
        }
        let kind = object.encrypted_dek_source_type;
        if kind != proto::AES_GCM_KEY && kind != proto::HKDF_SHA256_XNONCE_AES_GCM_SEED {
            return Err(KmsError::Invalid(format!(
                "unknown encryptedDEKSourceType {kind}"
            )));
        }
        let id = cache_key(
            kind,
            &object.encrypted_dek_source,
            &object.key_id,
            &object.annotations,
        );
        let cached = self
            .seeds
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&id)
            .cloned();
        let source = match cached {
            Some(s) => s,
            None => {
                let request = proto::DecryptRequest {
                    ciphertext: object.encrypted_dek_source.clone(),
                    uid: crate::apiserver::meta::new_uid(),
                    key_id: object.key_id.clone(),
                    annotations: object.annotations.clone(),
                };
                let answer: proto::DecryptResponse = tokio::task::block_in_place(|| {
                    tokio::runtime::Handle::current().block_on(self.call("Decrypt", &request))
                })?;
                self.seeds
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(id, answer.plaintext.clone());
                answer.plaintext
            }
        };
        let data = &object.encrypted_data;
        let (key, rest) = match kind {
            proto::HKDF_SHA256_XNONCE_AES_GCM_SEED => {
                if source.len() != SEED_SIZE || data.len() < INFO_SIZE + NONCE_SIZE {
                    return Err(KmsError::Failed);
                }
                let (info, rest) = data.split_at(INFO_SIZE);
                (derive(&source, info), rest)
            }
            _ => {
                let key = UnboundKey::new(&AES_256_GCM, &source).map_err(|_| KmsError::Failed)?;
                (LessSafeKey::new(key), data.as_slice())
            }
        };
        if rest.len() < NONCE_SIZE {
            return Err(KmsError::Failed);
        }
        let (nonce, sealed) = rest.split_at(NONCE_SIZE);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| KmsError::Failed)?;
        let mut buffer = sealed.to_vec();
        let plain = key
            .open_in_place(nonce, Aad::from(etcd_key.as_bytes()), &mut buffer)
            .map_err(|_| KmsError::Failed)?;
        Ok(plain.to_vec())
    }

    /// One unary gRPC call over the plugin's unix socket (HTTP/2, a fresh connection: calls
    /// are rare — a Status a minute, an Encrypt per new seed, a Decrypt per unseen seed).
    async fn call<Req: prost::Message, Resp: prost::Message + Default>(
        &self,
        method: &str,
        request: &Req,
    ) -> Result<Resp, KmsError> {
        let attempt = async {
            let stream = tokio::net::UnixStream::connect(&self.socket)
                .await
                .map_err(|e| format!("cannot connect: {e}"))?;
            let (mut sender, connection) = hyper::client::conn::http2::handshake(
                hyper_util::rt::TokioExecutor::new(),
                hyper_util::rt::TokioIo::new(stream),
            )
            .await
            .map_err(|e| format!("HTTP/2 handshake: {e}"))?;
            tokio::spawn(connection);
            let message = request.encode_to_vec();
            let mut frame = Vec::with_capacity(message.len() + 5);
            frame.push(0); // not compressed
            frame.extend_from_slice(&(message.len() as u32).to_be_bytes());
            frame.extend_from_slice(&message);
            let http_request =
                http::Request::post(format!("http://localhost/v2.KeyManagementService/{method}"))
                    .header(http::header::CONTENT_TYPE, "application/grpc")
                    .header("te", "trailers")
                    .body(Full::new(Bytes::from(frame)))
                    .expect("static request parts are valid");
            let response = sender
                .send_request(http_request)
                .await
                .map_err(|e| format!("{method}: {e}"))?;
            let headers = response.headers().clone();
            let collected = response
                .into_body()
                .collect()
                .await
                .map_err(|e| format!("{method}: {e}"))?;
            let trailers = collected.trailers().cloned().unwrap_or_default();
            let status = trailers
                .get("grpc-status")
                .or_else(|| headers.get("grpc-status"))
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if status != "0" {
                let message = trailers
                    .get("grpc-message")
                    .or_else(|| headers.get("grpc-message"))
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("no grpc-status");
                return Err(format!("{method} failed (grpc-status {status}): {message}"));
            }
            let body = collected.to_bytes();
            if body.len() < 5 || body[0] != 0 {
                return Err(format!("{method}: a malformed gRPC answer"));
            }
            let len = u32::from_be_bytes([body[1], body[2], body[3], body[4]]) as usize;
            let payload = body
                .get(5..5 + len)
                .ok_or_else(|| format!("{method}: a truncated gRPC answer"))?;
            Resp::decode(payload).map_err(|e| format!("{method}: {e}"))
        };
        match tokio::time::timeout(self.timeout, attempt).await {
            Ok(result) => result.map_err(|m| self.plugin_error(m)),
            Err(_) => {
                Err(self.plugin_error(format!("{method} timed out after {:?}", self.timeout)))
            }
        }
    }
}

/// AES-256-GCM with the first 32 bytes of HKDF-SHA256-Expand(seed, info) (no extract step,
/// as kube-apiserver derives it).
fn derive(seed: &[u8], info: &[u8]) -> LessSafeKey {
    use aws_lc_rs::hkdf::{HKDF_SHA256, KeyType, Prk};
    struct Len32;
    impl KeyType for Len32 {
        fn len(&self) -> usize {
            32
        }
    }
    let prk = Prk::new_less_safe(HKDF_SHA256, seed);
    let mut key = [0u8; 32];
    prk.expand(&[info], Len32)
        .and_then(|okm| okm.fill(&mut key))
        .expect("32 bytes are within HKDF's limit");
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &key).expect("32-byte key"))
}

fn check_key_id(key_id: &str) -> Result<(), String> {
    if key_id.is_empty() {
        Err("the key id is empty".into())
    } else if key_id.len() > MAX_KEY_ID {
        Err(format!("the key id is longer than {MAX_KEY_ID} bytes"))
    } else {
        Ok(())
    }
}

fn check_annotations(annotations: &HashMap<String, Vec<u8>>) -> Result<(), String> {
    let mut size = 0;
    for (k, v) in annotations {
        let qualified =
            k.contains('.') && crate::apiserver::registry::strategy::is_dns_subdomain(k);
        if !qualified {
            return Err(format!(
                "annotation key {k:?} is not a fully qualified domain name"
            ));
        }
        size += k.len() + v.len();
    }
    if size > 32 * 1024 {
        return Err("annotations are larger than 32 KiB".into());
    }
    Ok(())
}

/// What identifies an encrypted seed: its type, bytes, key id and annotations.
fn cache_key(
    kind: i32,
    source: &[u8],
    key_id: &str,
    annotations: &HashMap<String, Vec<u8>>,
) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&kind.to_be_bytes());
    for part in [source, key_id.as_bytes()] {
        out.extend_from_slice(&(part.len() as u32).to_be_bytes());
        out.extend_from_slice(part);
    }
    let sorted: BTreeMap<&String, &Vec<u8>> = annotations.iter().collect();
    for (k, v) in sorted {
        for part in [k.as_bytes(), v.as_slice()] {
            out.extend_from_slice(&(part.len() as u32).to_be_bytes());
            out.extend_from_slice(part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_derive_per_write_keys_that_read_back_and_bind_the_etcd_key() {
        let provider = KmsProvider::new("p".into(), "/nonexistent".into(), Duration::from_secs(1));
        assert!(matches!(
            provider.seal("/registry/secrets/a/b", b"x"),
            Err(KmsError::NotReady(_))
        ));
        let seed = [7u8; SEED_SIZE];
        provider.seeds.lock().unwrap().insert(
            cache_key(
                proto::HKDF_SHA256_XNONCE_AES_GCM_SEED,
                b"sealed-seed",
                "k1",
                &HashMap::new(),
            ),
            seed.to_vec(),
        );
        *provider.write.write().unwrap() = Some(WriteState {
            seed,
            encrypted_seed: b"sealed-seed".to_vec(),
            key_id: "k1".into(),
            annotations: HashMap::new(),
            confirmed: Instant::now(),
        });
        let stored = provider
            .seal("/registry/secrets/a/b", b"top secret")
            .unwrap();
        let body = stored.strip_prefix(provider.prefix().as_bytes()).unwrap();
        let object: proto::EncryptedObject = prost::Message::decode(body).unwrap();
        assert_eq!(object.key_id, "k1");
        assert_eq!(object.encrypted_dek_source, b"sealed-seed");
        assert_eq!(
            object.encrypted_dek_source_type,
            proto::HKDF_SHA256_XNONCE_AES_GCM_SEED
        );
        assert_eq!(
            object.encrypted_data.len(),
            INFO_SIZE + NONCE_SIZE + 10 + 16
        );
        assert_eq!(
            provider.open("/registry/secrets/a/b", body).unwrap(),
            b"top secret"
        );
        // Moved to another key: the associated data no longer matches.
        assert!(matches!(
            provider.open("/registry/secrets/a/c", body),
            Err(KmsError::Failed)
        ));
        // Two writes of the same value differ (fresh info and nonce).
        assert_ne!(
            stored,
            provider
                .seal("/registry/secrets/a/b", b"top secret")
                .unwrap()
        );
        assert!(matches!(
            provider.open("/k", b"\xff\xff"),
            Err(KmsError::Invalid(_))
        ));
    }

    #[test]
    fn derivation_is_hkdf_expand_of_the_seed() {
        // RFC 5869: HKDF-Expand's first block is T(1) = HMAC-SHA256(PRK, info || 0x01), and
        // 32 bytes are exactly that block.
        let expected = {
            let tag = aws_lc_rs::hmac::sign(
                &aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, &[1u8; 32]),
                b"info\x01",
            );
            tag.as_ref().to_vec()
        };
        let key = derive(&[1u8; 32], b"info");
        let direct = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &expected).unwrap());
        let nonce = [0u8; 12];
        let mut a = b"same".to_vec();
        let mut b = b"same".to_vec();
        key.seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut a)
            .unwrap();
        direct
            .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut b)
            .unwrap();
        assert_eq!(a, b);
    }
}
