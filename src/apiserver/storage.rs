//! etcd storage in kube-apiserver's layout: one JSON object per key under `/registry/`,
//! `metadata.resourceVersion` = the key's mod revision (stored objects carry none), writes as
//! transactions guarded by revisions (optimistic concurrency).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use etcd_client::{
    Client, Compare, CompareOp, ConnectOptions, GetOptions, Txn, TxnOp, TxnOpResponse,
};
use serde_json::Value;

use super::encryption::Encryption;
use super::meta;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("already exists")]
    AlreadyExists,
    /// The object changed since the revision the write was based on.
    #[error("conflict")]
    Conflict,
    #[error("the requested revision has been compacted")]
    Compacted,
    #[error("etcd: {0}")]
    Unavailable(String),
    #[error("stored object at {key} is not valid JSON: {message}")]
    Corrupt { key: String, message: String },
    #[error("cannot encrypt the object: {0}")]
    Encryption(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

fn etcd_err(e: etcd_client::Error) -> StoreError {
    let text = e.to_string();
    if text.contains("compacted") {
        StoreError::Compacted
    } else {
        StoreError::Unavailable(text)
    }
}

/// An object as read from etcd: resourceVersion set from its mod revision.
#[derive(Clone, Debug)]
pub struct Stored {
    pub value: Value,
    pub mod_revision: i64,
}

/// A list page.
pub struct Page {
    pub items: Vec<(String, Stored)>,
    /// The revision the page was read at.
    pub revision: i64,
    pub more: bool,
    /// The page's last key, where the next page starts (even if that object was skipped).
    pub last_key: Option<String>,
}

/// Extra operations a write carries in the same transaction (e.g. claiming a service IP),
/// with the guards they need.
#[derive(Default)]
pub struct SideEffects {
    pub compares: Vec<Compare>,
    pub ops: Vec<TxnOp>,
}

#[derive(Clone)]
pub struct Storage {
    members: Arc<Members>,
    /// Encryption at rest for the resources it configures.
    encryption: Option<Arc<Encryption>>,
}

/// The etcd members this API server can use, one client each. Calls go to the current member;
/// a call that finds it unreachable (or unable to serve: a learner, a member without leader)
/// moves the API server on to the next, so losing any one member — in a stacked cluster, this
/// master's own — does not stop it. etcd-client's own multi-endpoint channel does not do this:
/// calls it routes to a dead endpoint fail. The list is kept current from etcd's member list,
/// so members that joined after this API server started are used too.
struct Members {
    clients: RwLock<Vec<(String, Client)>>,
    current: AtomicUsize,
    options: ConnectOptions,
}

impl Members {
    fn current(&self) -> Client {
        let clients = self.clients.read().expect("members lock");
        let i = self.current.load(Ordering::Relaxed) % clients.len();
        clients[i].1.clone()
    }

    /// After a failed call on `client`'s member: use the next one (unless another call has
    /// already moved on).
    fn failed_over(&self, failed: &etcd_client::Error) {
        let unreachable = match failed {
            // gRPC codes Unknown (2), DeadlineExceeded (4), Unavailable (14).
            etcd_client::Error::GRpcStatus(s) => matches!(s.code() as i32, 2 | 4 | 14),
            etcd_client::Error::TransportError(_) => true,
            _ => false,
        };
        let text = failed.to_string();
        let cannot_serve = text.contains("learner") || text.contains("no leader");
        if !(unreachable || cannot_serve) {
            return;
        }
        let clients = self.clients.read().expect("members lock");
        if clients.len() < 2 {
            return;
        }
        let next = (self.current.fetch_add(1, Ordering::Relaxed) + 1) % clients.len();
        tracing::warn!(error = %text, next = %clients[next].0, "etcd member unavailable; failing over");
    }

    /// Adds clients for members etcd lists that are not known yet, and goes back to the first
    /// endpoint (this master's own member) once it serves linearizable reads again.
    async fn refresh(&self) {
        let (first, on_first) = {
            let clients = self.clients.read().expect("members lock");
            let current = self.current.load(Ordering::Relaxed);
            (clients[0].1.clone(), current.is_multiple_of(clients.len()))
        };
        if !on_first {
            let mut kv = first.kv_client();
            let probe = kv.get("/registry/", Some(GetOptions::new().with_count_only()));
            if let Ok(Ok(_)) = tokio::time::timeout(Duration::from_secs(2), probe).await {
                tracing::info!("etcd: back on the first endpoint");
                self.current.store(0, Ordering::Relaxed);
            }
        }
        let Ok(list) = self.current().member_list().await else {
            return;
        };
        let urls: Vec<String> = list
            .members()
            .iter()
            .filter(|m| !m.is_learner())
            .flat_map(|m| m.client_urls().to_vec())
            .collect();
        for url in urls {
            let known = self
                .clients
                .read()
                .expect("members lock")
                .iter()
                .any(|(u, _)| *u == url);
            if known {
                continue;
            }
            if let Ok(client) = Client::connect([url.as_str()], Some(self.options.clone())).await {
                tracing::info!(%url, "etcd member added to the API server's endpoints");
                self.clients
                    .write()
                    .expect("members lock")
                    .push((url, client));
            }
        }
    }
}

/// Objects are at most a few MiB (etcd's default request limit is 1.5 MiB); pages of lists can
/// be larger.
const MAX_MESSAGE: usize = 256 * 1024 * 1024;

impl Storage {
    pub async fn connect(
        endpoints: &[String],
        tls: Option<&crate::etcd::ClientTls>,
    ) -> StoreResult<Self> {
        // require_leader: a member cut off from the quorum refuses at once rather than
        // hanging, so the API server fails over (and a partitioned master refuses writes).
        let options = crate::etcd::HealthClient::connect_options(tls)
            .with_timeout(Duration::from_secs(30))
            .with_require_leader(true);
        let mut clients = Vec::new();
        for endpoint in endpoints {
            let client = Client::connect([endpoint.as_str()], Some(options.clone()))
                .await
                .map_err(etcd_err)?;
            clients.push((endpoint.clone(), client));
        }
        if clients.is_empty() {
            return Err(StoreError::Unavailable("no etcd endpoints".into()));
        }
        let members = Arc::new(Members {
            clients: RwLock::new(clients),
            current: AtomicUsize::new(0),
            options,
        });
        let weak = Arc::downgrade(&members);
        tokio::spawn(async move {
            while let Some(members) = weak.upgrade() {
                members.refresh().await;
                drop(members);
                tokio::time::sleep(Duration::from_secs(10)).await;
            }
        });
        Ok(Storage {
            members,
            encryption: None,
        })
    }

    /// Encrypts (and decrypts) the values `encryption` configures.
    pub fn with_encryption(mut self, encryption: Option<Encryption>) -> Self {
        self.encryption = encryption.map(Arc::new);
        self
    }

    /// A client for the member currently in use (watches, leases).
    pub fn client(&self) -> Client {
        self.members.current()
    }

    /// Reports a failed call made with [`Storage::client`], so the next goes elsewhere.
    pub fn report(&self, e: &etcd_client::Error) {
        self.members.failed_over(e);
    }

    fn kv(&self) -> etcd_client::KvClient {
        self.members
            .current()
            .kv_client()
            .max_decoding_message_size(MAX_MESSAGE)
    }

    /// Maps an etcd error, failing over when the member could not serve the call.
    fn err(&self, e: etcd_client::Error) -> StoreError {
        self.members.failed_over(&e);
        etcd_err(e)
    }

    /// Encodes an object for storage: compact JSON in Kubernetes' key order, with an empty
    /// resourceVersion kept in its place (reads fill it in without reordering).
    pub fn encode(&self, key: &str, value: &Value) -> StoreResult<Vec<u8>> {
        let plain = Self::encode_plain(value);
        match &self.encryption {
            Some(e) => e
                .encrypt(key, plain)
                .map_err(|e| StoreError::Encryption(e.to_string())),
            None => Ok(plain),
        }
    }

    /// The encryption configuration's KMS providers (their Status loops run beside the
    /// server).
    pub fn kms_providers(&self) -> Vec<Arc<crate::apiserver::kms::KmsProvider>> {
        self.encryption
            .as_ref()
            .map(|e| e.kms_providers())
            .unwrap_or_default()
    }

    fn encode_plain(value: &Value) -> Vec<u8> {
        // The write paths hand over objects already in order with an empty resourceVersion:
        // encode those without a copy.
        let prepared = meta::meta(value)
            .and_then(|m| m.get("resourceVersion"))
            .is_some_and(|rv| rv == "");
        if prepared || !value.is_object() {
            return serde_json::to_vec(value).expect("values serialize");
        }
        let mut v = value.clone();
        meta::set_str(&mut v, "resourceVersion", "");
        serde_json::to_vec(&meta::canonical_order(v)).expect("values serialize")
    }

    pub fn decode(&self, key: &[u8], bytes: &[u8], mod_revision: i64) -> StoreResult<Stored> {
        let corrupt = |message: String| StoreError::Corrupt {
            key: String::from_utf8_lossy(key).into_owned(),
            message,
        };
        let decrypted;
        let bytes = match &self.encryption {
            Some(e) => {
                decrypted = e
                    .decrypt(&String::from_utf8_lossy(key), bytes)
                    .map_err(|e| corrupt(e.to_string()))?;
                &*decrypted
            }
            None => bytes,
        };
        let mut value: Value = serde_json::from_slice(bytes).map_err(|e| corrupt(e.to_string()))?;
        if value.is_object() {
            meta::set_str(&mut value, "resourceVersion", mod_revision.to_string());
        }
        Ok(Stored {
            value,
            mod_revision,
        })
    }

    /// A linearizable read of one key.
    pub async fn get(&self, key: &str) -> StoreResult<Option<Stored>> {
        let resp = self.kv().get(key, None).await.map_err(|e| self.err(e))?;
        match resp.kvs().first() {
            Some(kv) => Ok(Some(self.decode(
                kv.key(),
                kv.value(),
                kv.mod_revision(),
            )?)),
            None => Ok(None),
        }
    }

    /// The store's current revision (a cheap linearizable read).
    pub async fn current_revision(&self) -> StoreResult<i64> {
        let resp = self
            .kv()
            .get("/registry/", Some(GetOptions::new().with_count_only()))
            .await
            .map_err(|e| self.err(e))?;
        Ok(resp.header().map_or(0, |h| h.revision()))
    }

    /// Creates `key` if absent. Returns the new revision.
    pub async fn create(&self, key: &str, value: &Value, side: SideEffects) -> StoreResult<i64> {
        let mut compares = vec![Compare::create_revision(key, CompareOp::Equal, 0)];
        compares.extend(side.compares);
        let mut ops = vec![TxnOp::put(key, self.encode(key, value)?, None)];
        ops.extend(side.ops);
        let txn = Txn::new()
            .when(compares)
            .and_then(ops)
            .or_else(vec![TxnOp::get(
                key,
                Some(GetOptions::new().with_count_only()),
            )]);
        let resp = self.kv().txn(txn).await.map_err(|e| self.err(e))?;
        if resp.succeeded() {
            return Ok(resp.header().map_or(0, |h| h.revision()));
        }
        // Either the key exists or a side effect's guard failed.
        match resp.op_responses().first() {
            Some(TxnOpResponse::Get(g)) if g.count() > 0 => Err(StoreError::AlreadyExists),
            _ => Err(StoreError::Conflict),
        }
    }

    /// Replaces `key` if its mod revision is still `expected`. Returns the new revision.
    pub async fn update(
        &self,
        key: &str,
        value: &Value,
        expected: i64,
        side: SideEffects,
    ) -> StoreResult<i64> {
        let mut compares = vec![Compare::mod_revision(key, CompareOp::Equal, expected)];
        compares.extend(side.compares);
        let mut ops = vec![TxnOp::put(key, self.encode(key, value)?, None)];
        ops.extend(side.ops);
        self.guarded(key, compares, ops).await
    }

    /// Deletes `key` if its mod revision is still `expected`. Returns the deletion revision.
    pub async fn delete(&self, key: &str, expected: i64, side: SideEffects) -> StoreResult<i64> {
        let mut compares = vec![Compare::mod_revision(key, CompareOp::Equal, expected)];
        compares.extend(side.compares);
        let mut ops = vec![TxnOp::delete(key, None)];
        ops.extend(side.ops);
        self.guarded(key, compares, ops).await
    }

    async fn guarded(
        &self,
        key: &str,
        compares: Vec<Compare>,
        ops: Vec<TxnOp>,
    ) -> StoreResult<i64> {
        let txn = Txn::new()
            .when(compares)
            .and_then(ops)
            .or_else(vec![TxnOp::get(
                key,
                Some(GetOptions::new().with_count_only()),
            )]);
        let resp = self.kv().txn(txn).await.map_err(|e| self.err(e))?;
        if resp.succeeded() {
            return Ok(resp.header().map_or(0, |h| h.revision()));
        }
        match resp.op_responses().first() {
            Some(TxnOpResponse::Get(g)) if g.count() == 0 => Err(StoreError::NotFound),
            _ => Err(StoreError::Conflict),
        }
    }

    /// Keys under `prefix` in key order after `start_after`, at `revision` (0 = now).
    pub async fn list(
        &self,
        prefix: &str,
        revision: i64,
        start_after: Option<&str>,
        limit: i64,
    ) -> StoreResult<Page> {
        let end = prefix_end(prefix);
        let start = match start_after {
            Some(k) => format!("{k}\0"),
            None => prefix.to_owned(),
        };
        let mut options = GetOptions::new().with_range(end).with_limit(limit);
        if revision > 0 {
            options = options.with_revision(revision);
        }
        let mut resp = self
            .kv()
            .get(start, Some(options))
            .await
            .map_err(|e| self.err(e))?;
        let rev = resp.header().map_or(0, |h| h.revision());
        let more = resp.more();
        let mut items = Vec::new();
        let mut last_key = None;
        for kv in resp.take_kvs() {
            let key = String::from_utf8_lossy(kv.key()).into_owned();
            last_key = Some(key.clone());
            // One object that cannot be read (a key missing from the encryption
            // configuration, say) must not hide all the others: it is skipped, as the watch
            // skips it, and reported.
            match self.decode(kv.key(), kv.value(), kv.mod_revision()) {
                Ok(stored) => items.push((key, stored)),
                Err(e) => {
                    tracing::error!(%key, error = %e, "skipping an object that cannot be decoded")
                }
            }
        }
        Ok(Page {
            items,
            last_key,
            revision: if revision > 0 { revision } else { rev },
            more,
        })
    }

    /// Compacts history older than `revision`.
    pub async fn compact(&self, revision: i64) -> StoreResult<()> {
        self.kv()
            .compact(revision, None)
            .await
            .map(|_| ())
            .map_err(|e| self.err(e))
    }
}

/// The smallest key greater than every key with `prefix`.
pub fn prefix_end(prefix: &str) -> Vec<u8> {
    let mut end = prefix.as_bytes().to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return end;
        }
    }
    vec![0]
}
