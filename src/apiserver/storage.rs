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
use super::handoff::Handoff;
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

/// A `Stored` borrowed from wherever it was read (etcd, or the watch cache's shared copy, which
/// an update builds on without copying the whole object first).
#[derive(Clone, Copy, Debug)]
pub struct StoredRef<'a> {
    pub value: &'a Value,
    pub mod_revision: i64,
}

impl Stored {
    pub fn borrowed(&self) -> StoredRef<'_> {
        StoredRef {
            value: &self.value,
            mod_revision: self.mod_revision,
        }
    }
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

/// One etcd member's client, as [`Storage::member`] picked it.
pub struct Member {
    index: usize,
    pub client: Client,
}

impl Member {
    /// A watch client that takes messages as large as reads do: a watcher catching up gets
    /// up to a thousand revisions in one response, which with pods passes gRPC's default
    /// 4 MiB (the stream then breaks).
    pub fn watch_client(&self) -> etcd_client::WatchClient {
        self.client
            .watch_client()
            .max_decoding_message_size(MAX_MESSAGE)
    }
}

#[derive(Clone)]
pub struct Storage {
    members: Arc<Members>,
    /// Encryption at rest for the resources it configures.
    encryption: Option<Arc<Encryption>>,
    /// Written objects passed to this API server's watch cache without a decode.
    handoff: Arc<Handoff>,
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
        self.current_indexed().1
    }

    /// The member in use and its position, for [`Members::failed_over`].
    fn current_indexed(&self) -> (usize, Client) {
        let clients = self.clients.read().expect("members lock");
        let i = self.current.load(Ordering::Relaxed);
        (i, clients[i % clients.len()].1.clone())
    }

    fn len(&self) -> usize {
        self.clients.read().expect("members lock").len()
    }

    /// After a failed call on member `used`: use the next one if the failure was the
    /// member's (unreachable, or unable to serve) rather than the request's, unless another
    /// call has already moved on. Returns whether the member was at fault.
    fn failed_over(&self, used: usize, failed: &etcd_client::Error) -> bool {
        let unreachable = match failed {
            // gRPC codes Cancelled (1: tonic's code for a connection that closed under the
            // call, as when the member dies), Unknown (2), DeadlineExceeded (4), Unavailable (14).
            etcd_client::Error::GRpcStatus(s) => matches!(s.code() as i32, 1 | 2 | 4 | 14),
            etcd_client::Error::TransportError(_) => true,
            _ => false,
        };
        let text = failed.to_string();
        let cannot_serve = text.contains("learner") || text.contains("no leader");
        if !(unreachable || cannot_serve) {
            return false;
        }
        let clients = self.clients.read().expect("members lock");
        if clients.len() < 2 {
            return true;
        }
        let moved = self.current.compare_exchange(
            used,
            used.wrapping_add(1),
            Ordering::Relaxed,
            Ordering::Relaxed,
        );
        if moved.is_ok() {
            let next = used.wrapping_add(1) % clients.len();
            tracing::warn!(error = %text, next = %clients[next].0, "etcd member unavailable; failing over");
        }
        true
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
            handoff: Arc::default(),
        })
    }

    /// Encrypts (and decrypts) the values `encryption` configures.
    pub fn with_encryption(mut self, encryption: Option<Encryption>) -> Self {
        self.encryption = encryption.map(Arc::new);
        self
    }

    /// The member in use now, for calls beyond the key-value ones (leases, watches, status).
    pub fn member(&self) -> Member {
        let (index, client) = self.members.current_indexed();
        Member { index, client }
    }

    /// Reports a failed call made through `member`, so the next goes to another member. It
    /// names the member that failed: moving on from whichever member is current by then
    /// (others may have failed over already) let several reporters cycle back to a dead one,
    /// and a read on a master that had just lost its etcd member ended in a 503.
    pub fn report(&self, member: &Member, e: &etcd_client::Error) {
        self.members.failed_over(member.index, e);
    }

    /// The current member's KV client, and its position.
    fn kv(&self) -> (usize, etcd_client::KvClient) {
        let (used, client) = self.members.current_indexed();
        (
            used,
            client.kv_client().max_decoding_message_size(MAX_MESSAGE),
        )
    }

    /// Runs `call` on the current member and, when that member could not serve it, on the
    /// next ones in turn: losing a member costs a request nothing more than a retry. A write
    /// goes to another member only when etcd cannot have applied it — the connection was never
    /// made, or the member refused before proposing (no leader, a learner) — as etcd's own
    /// client retries mutations; a write that timed out may have been applied, so its error is
    /// the caller's.
    async fn on_members<T, F, Fut>(&self, retry: Retry, call: F) -> StoreResult<T>
    where
        F: Fn(etcd_client::KvClient) -> Fut,
        Fut: std::future::Future<Output = Result<T, etcd_client::Error>>,
    {
        let mut attempts = self.members.len();
        loop {
            let (used, kv) = self.kv();
            let e = match call(kv).await {
                Ok(v) => return Ok(v),
                Err(e) => e,
            };
            attempts -= 1;
            if !self.members.failed_over(used, &e) || attempts == 0 || !retry.may_retry(&e) {
                return Err(etcd_err(e));
            }
        }
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

    /// [`Storage::decode`] of a value a watch event carries, taking the object itself when
    /// this API server wrote those bytes with [`Storage::update_handing_off`].
    pub fn decode_event(&self, key: &[u8], bytes: &[u8], mod_revision: i64) -> StoreResult<Stored> {
        match self.handoff.take(key, bytes) {
            Some(mut value) => {
                meta::set_str(&mut value, "resourceVersion", mod_revision.to_string());
                Ok(Stored {
                    value,
                    mod_revision,
                })
            }
            None => self.decode(key, bytes, mod_revision),
        }
    }

    /// Objects handed off by writes and not yet taken by the watch cache.
    #[cfg(test)]
    pub(crate) fn handoffs_pending(&self) -> usize {
        self.handoff.len()
    }

    /// A linearizable read of one key.
    pub async fn get(&self, key: &str) -> StoreResult<Option<Stored>> {
        let resp = self
            .on_members(Retry::Read, |mut kv| async move { kv.get(key, None).await })
            .await?;
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
            .on_members(Retry::Read, |mut kv| async move {
                kv.get("/registry/", Some(GetOptions::new().with_count_only()))
                    .await
            })
            .await?;
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
        let resp = self
            .on_members(Retry::Write, |mut kv| {
                let txn = txn.clone();
                async move { kv.txn(txn).await }
            })
            .await?;
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
        let bytes = self.encode(key, value)?;
        self.put_unless_modified(key, bytes, expected, side).await
    }

    /// [`Storage::update`] for a writer that does not need `value` back: it goes to this API
    /// server's watch cache, which then need not decode the write's event.
    pub async fn update_handing_off(
        &self,
        key: &str,
        value: Value,
        expected: i64,
        side: SideEffects,
    ) -> StoreResult<i64> {
        let bytes = self.encode(key, &value)?;
        self.handoff.offer(key, bytes.clone(), value);
        let result = self
            .put_unless_modified(key, bytes.clone(), expected, side)
            .await;
        if result.is_err() {
            self.handoff.withdraw(key, &bytes);
        }
        result
    }

    async fn put_unless_modified(
        &self,
        key: &str,
        bytes: Vec<u8>,
        expected: i64,
        side: SideEffects,
    ) -> StoreResult<i64> {
        let mut compares = vec![Compare::mod_revision(key, CompareOp::Equal, expected)];
        compares.extend(side.compares);
        let mut ops = vec![TxnOp::put(key, bytes, None)];
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
        let resp = self
            .on_members(Retry::Write, |mut kv| {
                let txn = txn.clone();
                async move { kv.txn(txn).await }
            })
            .await?;
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
            .on_members(Retry::Read, |mut kv| {
                let (start, options) = (start.clone(), options.clone());
                async move { kv.get(start, Some(options)).await }
            })
            .await?;
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
        // Compacting to the same revision twice is harmless: retried as a read.
        self.on_members(Retry::Read, |mut kv| async move {
            kv.compact(revision, None).await
        })
        .await
        .map(|_| ())
    }
}

/// Which failed calls may be sent again to another member.
#[derive(Clone, Copy)]
enum Retry {
    /// Reads: any failure of the member.
    Read,
    /// Writes: only failures that show the write was not applied.
    Write,
}

impl Retry {
    fn may_retry(self, e: &etcd_client::Error) -> bool {
        match self {
            Retry::Read => true,
            Retry::Write => cannot_have_been_applied(&e.to_string()),
        }
    }
}

/// Whether a failed write's error shows etcd did not apply it: tonic's "tcp connect error"
/// (the request never left this process), or a member refusing before proposing.
fn cannot_have_been_applied(error: &str) -> bool {
    error.contains("connect error") || error.contains("no leader") || error.contains("learner")
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

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::atomic::AtomicBool;

    use super::*;
    use serde_json::json;

    /// A real single-member etcd on a free loopback port, killed on drop.
    pub(crate) struct Etcd {
        child: std::process::Child,
        pub(crate) url: String,
        _dir: tempfile::TempDir,
    }

    impl Drop for Etcd {
        fn drop(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }

    fn free_port() -> u16 {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    }

    pub(crate) async fn start_etcd() -> Etcd {
        let binary = crate::etcd::find_binary(None).expect("etcd installed (etcd-server)");
        let dir = tempfile::tempdir().unwrap();
        let (client, peer) = (free_port(), free_port());
        let url = format!("http://127.0.0.1:{client}");
        let child = std::process::Command::new(&binary.path)
            .arg("--data-dir")
            .arg(dir.path())
            .args([
                "--listen-client-urls",
                &url,
                "--advertise-client-urls",
                &url,
            ])
            .arg("--listen-peer-urls")
            .arg(format!("http://127.0.0.1:{peer}"))
            .arg("--initial-advertise-peer-urls")
            .arg(format!("http://127.0.0.1:{peer}"))
            .arg("--initial-cluster")
            .arg(format!("default=http://127.0.0.1:{peer}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let etcd = Etcd {
            child,
            url,
            _dir: dir,
        };
        for _ in 0..100 {
            if let Ok(mut c) = Client::connect([etcd.url.as_str()], None).await
                && c.status().await.is_ok()
            {
                return etcd;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("etcd at {} did not start", etcd.url);
    }

    /// The first call after a member is lost goes to it, and is retried on the next member
    /// rather than failing: a write that never reached etcd is safe to send again.
    #[tokio::test]
    async fn a_call_to_an_unreachable_member_is_retried_on_the_next() {
        let etcd = start_etcd().await;
        let dead = format!("http://127.0.0.1:{}", free_port());
        let storage = Storage::connect(&[dead, etcd.url.clone()], None)
            .await
            .unwrap();
        let value = json!({"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "a", "resourceVersion": ""}});
        let key = "/registry/configmaps/default/a";
        let revision = storage
            .create(key, &value, SideEffects::default())
            .await
            .expect("the create is retried on the live member");
        // Back on the dead member for the next calls: reads are retried too.
        storage.members.current.store(0, Ordering::Relaxed);
        let read = storage.get(key).await.unwrap().expect("the object");
        assert_eq!(read.mod_revision, revision);
        storage.members.current.store(0, Ordering::Relaxed);
        let page = storage.list("/registry/configmaps/", 0, None, 10).await;
        assert_eq!(page.unwrap().items.len(), 1);
    }

    /// A TCP proxy to `upstream` that, once `cut` is set, reads what comes next and closes
    /// the connection cleanly: a member that took the request and died before answering.
    async fn cutting_proxy(upstream: String, cut: Arc<AtomicBool>) -> String {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let upstream = upstream.trim_start_matches("http://").to_owned();
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                let (upstream, cut) = (upstream.clone(), cut.clone());
                tokio::spawn(async move {
                    let mut server = tokio::net::TcpStream::connect(&upstream).await.unwrap();
                    let (mut up, mut down) = ([0u8; 16384], [0u8; 16384]);
                    loop {
                        tokio::select! {
                            n = client.read(&mut up) => match n {
                                Ok(n) if n > 0 && !cut.load(Ordering::SeqCst) => {
                                    if server.write_all(&up[..n]).await.is_err() { return }
                                }
                                Ok(n) if n > 0 => break,
                                _ => return,
                            },
                            n = server.read(&mut down) => match n {
                                Ok(n) if n > 0 => {
                                    if client.write_all(&down[..n]).await.is_err() { return }
                                }
                                _ => return,
                            },
                        }
                    }
                    // Cut: take the whole request, then end the connection with a FIN (what
                    // a process that dies having read its socket leaves behind).
                    let deadline = tokio::time::Instant::now() + Duration::from_millis(200);
                    while let Ok(Ok(n)) =
                        tokio::time::timeout_at(deadline, client.read(&mut up)).await
                    {
                        if n == 0 {
                            return;
                        }
                    }
                    let _ = client.shutdown().await;
                    while let Ok(n) = client.read(&mut up).await {
                        if n == 0 {
                            return;
                        }
                    }
                });
            }
        });
        url
    }

    /// A member that dies with a read in flight (the connection closes under the call) costs
    /// the read a retry on the next member, not an error.
    #[tokio::test]
    async fn a_read_cut_off_by_its_member_dying_is_retried_on_the_next() {
        let (first, live) = (start_etcd().await, start_etcd().await);
        let key = "/registry/configmaps/default/a";
        let value = json!({"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "a", "resourceVersion": ""}});
        let mut direct = Client::connect([live.url.as_str()], None).await.unwrap();
        direct
            .put(key, serde_json::to_vec(&value).unwrap(), None)
            .await
            .unwrap();
        let cut = Arc::new(AtomicBool::new(false));
        let dying = cutting_proxy(first.url.clone(), cut.clone()).await;
        let storage = Storage::connect(&[dying, live.url.clone()], None)
            .await
            .unwrap();
        // The first member answers (it holds nothing), so the connection is up.
        assert!(storage.get(key).await.unwrap().is_none());
        cut.store(true, Ordering::SeqCst);
        let read = storage.get(key).await;
        let read = read.expect("the read is retried on the live member");
        assert_eq!(read.expect("the object").value["metadata"]["name"], "a");
    }

    /// Which errors count as the member's failure (the next call goes to another member) and
    /// which as the request's. A request queued on a connection as it closed comes back as
    /// Cancelled: CI once turned that into a 503 on a master whose etcd member had just died.
    #[tokio::test]
    async fn errors_of_the_member_move_calls_to_the_next_and_errors_of_the_request_do_not() {
        let dead = || format!("http://127.0.0.1:{}", free_port());
        let storage = Storage::connect(&[dead(), dead()], None).await.unwrap();
        let members = &storage.members;
        let status = |s: tonic::Status| etcd_client::Error::GRpcStatus(s);
        for member_failure in [
            status(tonic::Status::cancelled("operation was canceled")),
            status(tonic::Status::unknown("transport error")),
            status(tonic::Status::deadline_exceeded("timeout")),
            status(tonic::Status::unavailable("etcdserver: no leader")),
            status(tonic::Status::failed_precondition(
                "etcdserver: rpc not supported for learner",
            )),
        ] {
            let used = members.current.load(Ordering::Relaxed);
            assert!(
                members.failed_over(used, &member_failure),
                "{member_failure}"
            );
            assert_eq!(members.current.load(Ordering::Relaxed), used + 1);
        }
        for request_failure in [
            status(tonic::Status::invalid_argument(
                "etcdserver: request is too large",
            )),
            status(tonic::Status::out_of_range(
                "etcdserver: mvcc: required revision has been compacted",
            )),
            status(tonic::Status::permission_denied(
                "etcdserver: permission denied",
            )),
        ] {
            let used = members.current.load(Ordering::Relaxed);
            assert!(
                !members.failed_over(used, &request_failure),
                "{request_failure}"
            );
            assert_eq!(members.current.load(Ordering::Relaxed), used);
        }
    }

    /// When a member dies, every user of its connection fails at about the same moment (the
    /// reads in flight, the watch cache's stream, the API server's lease): each reports the
    /// member it used, so the first report moves on and the later ones change nothing. Moving
    /// on from whichever member was current by then cycled back to the dead one.
    #[tokio::test]
    async fn late_reports_of_a_member_already_left_do_not_move_on_again() {
        let dead = || format!("http://127.0.0.1:{}", free_port());
        let storage = Storage::connect(&[dead(), dead(), dead()], None)
            .await
            .unwrap();
        let unavailable =
            etcd_client::Error::GRpcStatus(tonic::Status::unavailable("connection refused"));
        let (watch, lease) = (storage.member(), storage.member());
        assert_eq!((watch.index, lease.index), (0, 0));
        storage.report(&watch, &unavailable);
        assert_eq!(storage.member().index, 1);
        storage.report(&lease, &unavailable);
        assert_eq!(
            storage.member().index,
            1,
            "still on the member after the dead one"
        );
    }

    /// A write whose outcome is unknown is not sent again: only a connection never made (or a
    /// member refusing before proposing) makes a retry safe.
    #[test]
    fn writes_are_retried_only_when_they_cannot_have_been_applied() {
        // As etcd-client prints them.
        let unavailable = |m: &str| {
            format!(
                "grpc request error: code: 'The service is currently unavailable', message: {m:?}"
            )
        };
        assert!(cannot_have_been_applied(&unavailable("tcp connect error")));
        assert!(cannot_have_been_applied(&unavailable(
            "etcdserver: no leader"
        )));
        assert!(!cannot_have_been_applied(&unavailable("connection reset")));
        assert!(!cannot_have_been_applied(
            "grpc request error: code: 'Timeout expired', message: \"request timed out\""
        ));
    }
}
