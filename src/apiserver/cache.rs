//! The watch cache: one etcd watch over `/registry/` keeps an in-memory copy of every object
//! and a ring buffer of recent events. It serves `resourceVersion=0` lists, consistent lists
//! (after catching up with etcd's current revision), and watches from any revision still in
//! the buffer — including history replayed from etcd at start-up, so a client can resume a
//! watch across an API server restart. Too-old revisions get 410 Expired.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::ops::Bound;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use etcd_client::{EventType as EtcdEventType, WatchOptions};
use hyper::body::Bytes;
use serde_json::Value;
use tokio::sync::{RwLock, broadcast, mpsc, watch};

use super::storage::{Storage, StoreError, prefix_end};
use crate::etcd::binary::EtcdVersion;

/// How many revisions of history to replay from etcd at start-up (bounded by compaction).
const HISTORY_REVISIONS: i64 = 10_000;
/// Events kept for watchers resuming from an older revision.
const BUFFER_EVENTS: usize = 100_000;
const ROOT: &str = "/registry/";
/// How long a consistent read waits for the cache to reach etcd's revision before reading etcd
/// instead (kube-apiserver's wait, and its fallback).
pub const CONSISTENT_READ_WAIT: Duration = Duration::from_secs(3);
/// The same wait when the cache cannot ask etcd for progress and relies on events alone (and
/// etcd's periodic notifications): it gets there as soon as the events up to that revision
/// arrive, unless the last write was outside `/registry/`.
const CONSISTENT_READ_WAIT_ON_EVENTS: Duration = Duration::from_millis(500);

/// One object as cached: shared, with its JSON encoded once on first use.
pub struct CachedObject {
    pub value: Value,
    pub revision: i64,
    json: OnceLock<Bytes>,
}

impl CachedObject {
    pub fn new(value: Value, revision: i64) -> Arc<Self> {
        Arc::new(CachedObject {
            value,
            revision,
            json: OnceLock::new(),
        })
    }

    /// Compact JSON, encoded once and shared by every list and watch that sends it.
    pub fn json(&self) -> &Bytes {
        self.json
            .get_or_init(|| Bytes::from(serde_json::to_vec(&self.value).expect("values serialize")))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventType {
    Added,
    Modified,
    Deleted,
}

impl EventType {
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Added => "ADDED",
            EventType::Modified => "MODIFIED",
            EventType::Deleted => "DELETED",
        }
    }
}

pub struct CacheEvent {
    pub kind: EventType,
    pub key: Arc<str>,
    /// The new state; for a deletion, the last state with the deletion's resourceVersion.
    pub object: Arc<CachedObject>,
    /// The state before, when known (selector-aware watches need it).
    pub prev: Option<Arc<CachedObject>>,
    pub revision: i64,
}

/// Every cached object by key, with pods also indexed by `spec.nodeName` (kube-apiserver's
/// watch cache index): each node's agent lists its pods every few seconds, and with tens of
/// thousands of pods a scan of them all per list was a visible share of the API server's CPU.
#[derive(Default)]
struct Objects {
    by_key: BTreeMap<Arc<str>, Arc<CachedObject>>,
    pods_by_node: HashMap<String, BTreeSet<Arc<str>>>,
}

const PODS: &str = "/registry/pods/";

fn node_name<'a>(key: &str, obj: &'a CachedObject) -> Option<&'a str> {
    if !key.starts_with(PODS) {
        return None;
    }
    obj.value
        .get("spec")
        .and_then(|s| s.get("nodeName"))
        .and_then(Value::as_str)
        .filter(|n| !n.is_empty())
}

impl Objects {
    fn insert(&mut self, key: Arc<str>, obj: Arc<CachedObject>) {
        self.unindex(&key);
        if let Some(node) = node_name(&key, &obj) {
            self.pods_by_node
                .entry(node.to_owned())
                .or_default()
                .insert(key.clone());
        }
        self.by_key.insert(key, obj);
    }

    fn remove(&mut self, key: &str) {
        self.unindex(key);
        self.by_key.remove(key);
    }

    fn unindex(&mut self, key: &str) {
        let Some(node) = self.by_key.get(key).and_then(|o| node_name(key, o)) else {
            return;
        };
        if let Some(keys) = self.pods_by_node.get_mut(node) {
            keys.remove(key);
            if keys.is_empty() {
                self.pods_by_node.remove(node);
            }
        }
    }

    fn get(&self, key: &str) -> Option<&Arc<CachedObject>> {
        self.by_key.get(key)
    }

    /// The objects with keys in `range`: all of them, or only pods bound to `node`.
    fn range<'a>(
        &'a self,
        range: (Bound<&'a str>, Bound<&'a str>),
        node: Option<&str>,
    ) -> Box<dyn Iterator<Item = (&'a Arc<str>, &'a Arc<CachedObject>)> + 'a> {
        match node {
            None => Box::new(self.by_key.range::<str, _>(range)),
            Some(node) => match self.pods_by_node.get(node) {
                None => Box::new(std::iter::empty()),
                Some(keys) => Box::new(
                    keys.range::<str, _>(range)
                        .filter_map(|k| self.by_key.get_key_value(&**k)),
                ),
            },
        }
    }
}

struct State {
    objects: Objects,
    events: VecDeque<Arc<CacheEvent>>,
    /// The revision the cache reflects.
    revision: i64,
    /// Watches can start from any revision >= this (all later events are buffered).
    oldest: i64,
    /// Bumped when the cache is rebuilt from scratch; watchers of an older epoch end.
    epoch: u64,
    ready: bool,
}

/// What a watch starts with.
pub struct WatchStart {
    pub backlog: Vec<Arc<CacheEvent>>,
    pub receiver: broadcast::Receiver<Arc<CacheEvent>>,
    pub epoch: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("too old resource version: {requested} ({oldest})")]
    TooOld { requested: i64, oldest: i64 },
    #[error("the watch cache is not ready yet")]
    NotReady,
    #[error("timed out waiting for the watch cache to reach revision {0}")]
    Timeout(i64),
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub struct WatchCache {
    state: RwLock<State>,
    events: broadcast::Sender<Arc<CacheEvent>>,
    revision: watch::Sender<i64>,
    progress: mpsc::Sender<()>,
    /// Whether the etcd member the cache watches answers a progress request only after every
    /// event up to the revision it reports (see `EtcdVersion::orders_requested_progress`).
    progress_ordered: AtomicBool,
    storage: Storage,
}

impl WatchCache {
    /// Starts the cache and its etcd watch; it becomes ready after the first full list.
    pub fn start(storage: Storage) -> Arc<Self> {
        let (events, _) = broadcast::channel(16_384);
        let (revision, _) = watch::channel(0);
        let (progress, progress_rx) = mpsc::channel(1);
        let cache = Arc::new(WatchCache {
            state: RwLock::new(State {
                objects: Objects::default(),
                events: VecDeque::new(),
                revision: 0,
                oldest: i64::MAX,
                epoch: 0,
                ready: false,
            }),
            events,
            revision,
            progress,
            progress_ordered: AtomicBool::new(false),
            storage,
        });
        tokio::spawn(cache.clone().run(progress_rx));
        cache
    }

    pub async fn revision(&self) -> i64 {
        self.state.read().await.revision
    }

    pub async fn is_ready(&self) -> bool {
        self.state.read().await.ready
    }

    /// Waits until the cache reflects `revision` (asking etcd for a progress notification when
    /// nothing is being written).
    pub async fn wait_for(&self, revision: i64, timeout: Duration) -> Result<(), CacheError> {
        let mut rx = self.revision.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if *rx.borrow_and_update() >= revision && self.is_ready().await {
                return Ok(());
            }
            if self.progress_ordered.load(Ordering::Relaxed) {
                let _ = self.progress.try_send(());
            }
            let wait = tokio::time::timeout_at(
                deadline.min(tokio::time::Instant::now() + Duration::from_millis(50)),
                rx.changed(),
            );
            if let Ok(Err(_)) = wait.await {
                return Err(CacheError::NotReady);
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(CacheError::Timeout(revision));
            }
        }
    }

    /// How long a consistent read should wait for the cache (`consistent_revision`) before it
    /// reads etcd instead.
    pub fn consistent_read_wait(&self) -> Duration {
        if self.progress_ordered.load(Ordering::Relaxed) {
            CONSISTENT_READ_WAIT
        } else {
            CONSISTENT_READ_WAIT_ON_EVENTS
        }
    }

    /// A consistent snapshot: waits for etcd's current revision first. On a timeout the error
    /// carries that revision, so the caller can read etcd at it instead.
    pub async fn consistent_revision(&self, timeout: Duration) -> Result<i64, CacheError> {
        let current = self.storage.current_revision().await?;
        self.wait_for(current, timeout).await?;
        Ok(current)
    }

    /// Objects under `prefix` after `start_after` (key order), filtered, at most `limit`
    /// (0 = all). Returns them, the cache revision, and whether more remain. With `node`, only
    /// pods bound to that node are considered (the filter must require it too).
    pub async fn list(
        &self,
        prefix: &str,
        start_after: Option<&str>,
        limit: usize,
        node: Option<&str>,
        filter: impl Fn(&Value) -> bool,
    ) -> Result<(Vec<Arc<CachedObject>>, i64, Option<String>), CacheError> {
        let state = self.state.read().await;
        if !state.ready {
            return Err(CacheError::NotReady);
        }
        let end = String::from_utf8(prefix_end(prefix)).unwrap_or_default();
        let start: Bound<&str> = match start_after {
            Some(k) => Bound::Excluded(k),
            None => Bound::Included(prefix),
        };
        let mut out = Vec::new();
        let mut last_key = None;
        let mut more = None;
        for (key, obj) in state
            .objects
            .range((start, Bound::Excluded(end.as_str())), node)
        {
            if limit > 0 && out.len() == limit {
                more = last_key.clone();
                break;
            }
            if filter(&obj.value) {
                out.push(obj.clone());
            }
            last_key = Some(key.to_string());
        }
        Ok((out, state.revision, more))
    }

    /// One object by key, from the cache.
    pub async fn get(&self, key: &str) -> Option<Arc<CachedObject>> {
        self.state.read().await.objects.get(key).cloned()
    }

    /// Starts a watch after `revision` (events with a greater revision follow).
    pub async fn watch_from(&self, revision: i64) -> Result<WatchStart, CacheError> {
        let state = self.state.read().await;
        if !state.ready {
            return Err(CacheError::NotReady);
        }
        if revision < state.oldest {
            return Err(CacheError::TooOld {
                requested: revision,
                oldest: state.oldest,
            });
        }
        let idx = state.events.partition_point(|e| e.revision <= revision);
        Ok(WatchStart {
            backlog: state.events.iter().skip(idx).cloned().collect(),
            receiver: self.events.subscribe(),
            epoch: state.epoch,
        })
    }

    /// Starts a watch with the current state as ADDED events (resourceVersion "0" or unset).
    pub async fn watch_with_state(
        &self,
        prefix: &str,
    ) -> Result<(Vec<Arc<CachedObject>>, i64, WatchStart), CacheError> {
        let state = self.state.read().await;
        if !state.ready {
            return Err(CacheError::NotReady);
        }
        let end = String::from_utf8(prefix_end(prefix)).unwrap_or_default();
        let objects = state
            .objects
            .range(
                (Bound::Included(prefix), Bound::Excluded(end.as_str())),
                None,
            )
            .map(|(_, o)| o.clone())
            .collect();
        Ok((
            objects,
            state.revision,
            WatchStart {
                backlog: Vec::new(),
                receiver: self.events.subscribe(),
                epoch: state.epoch,
            },
        ))
    }

    pub async fn epoch(&self) -> u64 {
        self.state.read().await.epoch
    }

    async fn run(self: Arc<Self>, mut progress: mpsc::Receiver<()>) {
        let mut backoff = Duration::from_millis(100);
        loop {
            match self.sync_and_watch(&mut progress).await {
                Ok(()) => backoff = Duration::from_millis(100),
                Err(e) => {
                    tracing::warn!(error = %e, "watch cache: etcd watch ended; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(5));
                }
            }
        }
    }

    /// Lists everything, then follows etcd's watch. Returns when it must start over.
    async fn sync_and_watch(&self, progress: &mut mpsc::Receiver<()>) -> Result<(), StoreError> {
        // 1. A full list at one revision, in pages.
        let first = self.storage.list(ROOT, 0, None, 1000).await?;
        let revision = first.revision;
        let mut objects = Objects::default();
        let mut page = first;
        loop {
            let last = page.last_key.take();
            for (key, stored) in page.items {
                objects.insert(
                    Arc::from(key.as_str()),
                    CachedObject::new(stored.value, stored.mod_revision),
                );
            }
            match (page.more, last) {
                (true, Some(last)) => {
                    page = self.storage.list(ROOT, revision, Some(&last), 1000).await?;
                }
                _ => break,
            }
        }
        {
            let mut state = self.state.write().await;
            let rebuilt = state.ready;
            state.objects = objects;
            state.events.clear();
            state.revision = revision;
            state.oldest = revision;
            state.ready = true;
            if rebuilt {
                state.epoch += 1;
            }
        }
        self.revision.send_replace(revision);
        tracing::info!(revision, "watch cache synced");
        // 2. Watch from a little history back, so resuming watchers find their events.
        let mut start = (revision - HISTORY_REVISIONS).max(1);
        loop {
            match self.follow(start, revision, progress).await {
                Err(Follow::Compacted(c)) if c <= revision => {
                    // History before `c` is gone: replay what is left.
                    start = c.max(1);
                    let mut state = self.state.write().await;
                    state.events.clear();
                    state.oldest = revision;
                }
                Err(Follow::Compacted(_)) => return Ok(()),
                Err(Follow::Broken(e)) => {
                    tracing::warn!(error = %e, "watch cache: watch broken; resuming");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    let rev = self.state.read().await.revision;
                    start = rev + 1;
                }
                Err(Follow::HistoryReplayed) => {
                    start = self.state.read().await.revision + 1;
                }
                Ok(()) => return Ok(()),
            }
        }
    }

    /// Applies etcd's events from `start`; those at or before `synced` are history (buffered
    /// only, since the list already reflects them). Only history needs etcd's `prev_kv`: past
    /// it the cache holds every previous version itself, and having etcd read and send them
    /// was a fifth of its CPU under a stream of writes. So a watch that replays history ends
    /// (`HistoryReplayed`) once it is past it, for a watch without `prev_kv` to follow on.
    async fn follow(
        &self,
        start: i64,
        synced: i64,
        progress: &mut mpsc::Receiver<()>,
    ) -> Result<(), Follow> {
        let replays_history = start <= synced;
        let mut options = WatchOptions::new()
            .with_prefix()
            .with_progress_notify()
            .with_start_revision(start);
        if replays_history {
            options = options.with_prev_key();
        }
        let member = self.storage.member();
        // Progress is asked for only where etcd keeps it behind the events it covers.
        let ordered = match member.client.clone().status().await {
            Ok(status) => {
                EtcdVersion::parse(status.version()).is_some_and(|v| v.orders_requested_progress())
            }
            Err(e) => {
                self.storage.report(&member, &e);
                return Err(Follow::Broken(e.to_string()));
            }
        };
        self.progress_ordered.store(ordered, Ordering::Relaxed);
        let mut stream = member
            .watch_client()
            .watch(ROOT, Some(options))
            .await
            .map_err(|e| {
                self.storage.report(&member, &e);
                Follow::Broken(e.to_string())
            })?;
        // History counts as available only once etcd answers without cancelling the watch for
        // compaction: until then, watchers from before the list get 410 (safe), never a gap.
        let mut history_confirmed = start > synced;
        loop {
            let message = tokio::select! {
                m = stream.message() => m,
                Some(()) = progress.recv() => {
                    if ordered {
                        let _ = stream.request_progress().await;
                    }
                    continue;
                }
            };
            let Some(resp) = message.map_err(|e| {
                self.storage.report(&member, &e);
                Follow::Broken(e.to_string())
            })?
            else {
                return Err(Follow::Broken("the watch stream ended".into()));
            };
            if resp.canceled() {
                if resp.compact_revision() > 0 {
                    return Err(Follow::Compacted(resp.compact_revision()));
                }
                return Err(Follow::Broken(format!(
                    "watch canceled: {}",
                    resp.cancel_reason()
                )));
            }
            let header_rev = resp.header().map_or(0, |h| h.revision());
            let mut state = self.state.write().await;
            // etcd acknowledges every watch with a `created` response, and cancels it right after
            // when the start revision is compacted: only a later response confirms the history.
            if !history_confirmed && !resp.created() {
                history_confirmed = true;
                state.oldest = state.oldest.min(start - 1);
            }
            for ev in resp.events() {
                let Some(kv) = ev.kv() else { continue };
                let rev = kv.mod_revision();
                let key: Arc<str> = Arc::from(String::from_utf8_lossy(kv.key()).as_ref());
                let history = rev <= synced;
                let (kind, object, prev) = match ev.event_type() {
                    EtcdEventType::Put => {
                        let Ok(stored) = self.storage.decode_event(kv.key(), kv.value(), rev)
                        else {
                            tracing::warn!(%key, "skipping an undecodable object");
                            continue;
                        };
                        // Past the replayed history the cache already holds the previous
                        // version (and etcd sends none): share it rather than decode `prev_kv`.
                        let prev = match ev.prev_kv() {
                            None if !history => state.objects.get(&key).cloned(),
                            None => None,
                            Some(p) => {
                                let cached = state
                                    .objects
                                    .get(&key)
                                    .filter(|o| !history && o.revision == p.mod_revision());
                                match cached {
                                    Some(o) => Some(o.clone()),
                                    None => self
                                        .storage
                                        .decode(p.key(), p.value(), p.mod_revision())
                                        .ok()
                                        .map(|s| CachedObject::new(s.value, s.mod_revision)),
                                }
                            }
                        };
                        let kind = if kv.create_revision() == rev {
                            EventType::Added
                        } else {
                            EventType::Modified
                        };
                        (kind, CachedObject::new(stored.value, rev), prev)
                    }
                    EtcdEventType::Delete => {
                        // The deleted object's last state, carrying the deletion revision.
                        let last = ev
                            .prev_kv()
                            .and_then(|p| {
                                self.storage
                                    .decode(p.key(), p.value(), p.mod_revision())
                                    .ok()
                                    .map(|s| s.value)
                            })
                            .or_else(|| state.objects.get(&key).map(|o| o.value.clone()));
                        let Some(mut last) = last else { continue };
                        super::meta::set_str(&mut last, "resourceVersion", rev.to_string());
                        let prev = state.objects.get(&key).cloned();
                        (EventType::Deleted, CachedObject::new(last, rev), prev)
                    }
                };
                if !history {
                    match kind {
                        EventType::Deleted => {
                            state.objects.remove(&key);
                        }
                        _ => {
                            state.objects.insert(key.clone(), object.clone());
                        }
                    }
                    state.revision = rev;
                }
                let event = Arc::new(CacheEvent {
                    kind,
                    key,
                    object,
                    prev,
                    revision: rev,
                });
                state.events.push_back(event.clone());
                if state.events.len() > BUFFER_EVENTS
                    && let Some(dropped) = state.events.pop_front()
                {
                    state.oldest = dropped.revision;
                }
                if !history {
                    // Sent under the write lock: a watcher registering under the read lock
                    // sees each event either in its backlog or on its receiver, never both.
                    let _ = self.events.send(event);
                }
            }
            if header_rev > state.revision && resp.events().is_empty() && !resp.created() {
                // A progress notification: nothing under /registry/ changed up to here. (Not
                // the `created` acknowledgement: its header is etcd's current revision while
                // the events up to it may still be on their way. Taking it as progress let
                // consistent reads through early and, when the stream then broke, made the
                // watch resume past those events: bindings went missing from the cache.)
                state.revision = header_rev;
            }
            let rev = state.revision;
            drop(state);
            self.revision.send_replace(rev);
            if replays_history && rev > synced {
                return Err(Follow::HistoryReplayed);
            }
        }
    }
}

enum Follow {
    Compacted(i64),
    Broken(String),
    /// Every event up to the list's revision has been replayed: continue without `prev_kv`.
    HistoryReplayed,
}

impl std::fmt::Display for Follow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Follow::Compacted(r) => write!(f, "compacted at {r}"),
            Follow::Broken(e) => f.write_str(e),
            Follow::HistoryReplayed => f.write_str("history replayed"),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn pod(node: &str) -> Arc<CachedObject> {
        CachedObject::new(json!({"kind": "Pod", "spec": {"nodeName": node}}), 1)
    }

    fn keys_on(objects: &Objects, prefix: &str, node: &str) -> Vec<String> {
        let end = String::from_utf8(prefix_end(prefix)).unwrap();
        objects
            .range(
                (Bound::Included(prefix), Bound::Excluded(end.as_str())),
                Some(node),
            )
            .map(|(k, _)| k.to_string())
            .collect()
    }

    #[test]
    fn the_node_index_follows_pods_as_they_are_bound_moved_and_deleted() {
        let mut objects = Objects::default();
        objects.insert("/registry/pods/a/p1".into(), pod(""));
        objects.insert("/registry/pods/b/p2".into(), pod("n1"));
        objects.insert("/registry/pods/a/p3".into(), pod("n1"));
        // Not a pod, though shaped like one: never indexed.
        objects.insert("/registry/podtemplates/a/t".into(), pod("n1"));
        assert_eq!(
            keys_on(&objects, PODS, "n1"),
            ["/registry/pods/a/p3", "/registry/pods/b/p2"]
        );
        assert_eq!(
            keys_on(&objects, "/registry/pods/b/", "n1"),
            ["/registry/pods/b/p2"]
        );
        assert!(keys_on(&objects, PODS, "").is_empty());

        objects.insert("/registry/pods/a/p1".into(), pod("n2"));
        objects.insert("/registry/pods/a/p3".into(), pod("n2"));
        assert_eq!(keys_on(&objects, PODS, "n1"), ["/registry/pods/b/p2"]);
        assert_eq!(
            keys_on(&objects, PODS, "n2"),
            ["/registry/pods/a/p1", "/registry/pods/a/p3"]
        );

        objects.remove("/registry/pods/b/p2");
        assert!(keys_on(&objects, PODS, "n1").is_empty());
        assert!(
            !objects.pods_by_node.contains_key("n1"),
            "empty sets are dropped"
        );
        assert_eq!(objects.by_key.len(), 3);
    }

    /// A real etcd (stopped when dropped) and storage on it.
    async fn etcd_storage() -> (crate::apiserver::storage::tests::Etcd, Storage) {
        let etcd = crate::apiserver::storage::tests::start_etcd().await;
        let storage = Storage::connect(std::slice::from_ref(&etcd.url), None)
            .await
            .unwrap();
        (etcd, storage)
    }

    /// A watch cache over `storage`, once it has listed.
    async fn ready_cache(storage: &Storage) -> Arc<WatchCache> {
        let cache = WatchCache::start(storage.clone());
        for _ in 0..100 {
            if cache.is_ready().await {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        cache
    }

    /// A watch that falls behind gets etcd's backlog in few, large responses (up to a thousand
    /// revisions each). With gRPC's default 4 MiB limit the stream broke on them, and the
    /// cache lost bindings under the scheduler benchmark; every write must still arrive.
    #[tokio::test]
    async fn a_cache_that_fell_behind_catches_up_on_large_responses() {
        let (_etcd, storage) = etcd_storage().await;
        let cache = ready_cache(&storage).await;
        let payload = "x".repeat(40 * 1024);
        let mut last = 0;
        {
            // Holding the state stops the cache from taking events, so etcd queues them.
            let _held = cache.state.write().await;
            for i in 0..300 {
                let name = format!("c{i:03}");
                let value = json!({"apiVersion": "v1", "kind": "ConfigMap",
                    "metadata": {"name": name, "namespace": "default", "resourceVersion": ""},
                    "data": {"k": payload}});
                let key = format!("/registry/configmaps/default/{name}");
                last = storage
                    .create(&key, &value, Default::default())
                    .await
                    .unwrap();
            }
        }
        cache
            .wait_for(last, Duration::from_secs(20))
            .await
            .expect("the cache reaches the last write");
        let (items, _, _) = cache
            .list("/registry/configmaps/default/", None, 0, None, |_| true)
            .await
            .unwrap();
        assert_eq!(items.len(), 300);
    }

    /// Events carry the previous version (selector-aware watches turn a change that leaves
    /// the selector into DELETED with it): replayed history gets it from etcd's `prev_kv`,
    /// live events from the cache itself, which then watches without `prev_kv`.
    #[tokio::test]
    async fn history_and_live_events_carry_the_previous_version() {
        let (_etcd, storage) = etcd_storage().await;
        let key = "/registry/configmaps/default/c";
        let cm = |v: &str| {
            json!({"apiVersion": "v1", "kind": "ConfigMap",
                "metadata": {"name": "c", "namespace": "default", "resourceVersion": ""},
                "data": {"v": v}})
        };
        let r1 = storage
            .create(key, &cm("1"), Default::default())
            .await
            .unwrap();
        let r2 = storage
            .update(key, &cm("2"), r1, Default::default())
            .await
            .unwrap();
        let cache = WatchCache::start(storage.clone());
        // History counts as available once etcd has confirmed it.
        let mut start = None;
        for _ in 0..100 {
            if let Ok(s) = cache.watch_from(r1).await {
                start = Some(s);
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut start = start.expect("history from r1");
        let replayed = start
            .backlog
            .iter()
            .find(|e| e.revision == r2)
            .expect("r2 replayed");
        assert_eq!(replayed.prev.as_ref().map(|p| p.revision), Some(r1));
        assert_eq!(replayed.prev.as_ref().unwrap().value["data"]["v"], "1");

        // The first write after the list still comes through the watch replaying history;
        // the ones after it through the live watch.
        let r3 = storage
            .update(key, &cm("3"), r2, Default::default())
            .await
            .unwrap();
        cache.wait_for(r3, Duration::from_secs(10)).await.unwrap();
        let r4 = storage
            .update(key, &cm("4"), r3, Default::default())
            .await
            .unwrap();
        let r5 = storage.delete(key, r4, Default::default()).await.unwrap();
        let mut next = async || {
            tokio::time::timeout(Duration::from_secs(10), start.receiver.recv())
                .await
                .expect("an event")
                .unwrap()
        };
        for (rev, v) in [(r3, "2"), (r4, "3")] {
            let modified = next().await;
            assert_eq!(
                (modified.kind, modified.revision),
                (EventType::Modified, rev)
            );
            let prev = modified.prev.as_ref().expect("previous version");
            assert_eq!(
                (prev.value["data"]["v"].as_str(), prev.revision),
                (Some(v), rev - 1)
            );
        }
        let deleted = next().await;
        assert_eq!((deleted.kind, deleted.revision), (EventType::Deleted, r5));
        assert_eq!(deleted.object.value["data"]["v"], "4", "the last state");
        assert_eq!(
            deleted.object.value["metadata"]["resourceVersion"],
            r5.to_string()
        );
        assert_eq!(deleted.prev.as_ref().map(|p| p.revision), Some(r4));
    }

    /// A write that hands its object to the cache (a pod binding) must leave the cache
    /// exactly as a decode of etcd's copy would, resourceVersion included; a write that
    /// fails must not leave its offer behind.
    #[tokio::test]
    async fn an_object_handed_off_by_its_writer_is_cached_as_etcd_has_it() {
        let (_etcd, storage) = etcd_storage().await;
        let cache = ready_cache(&storage).await;
        let key = "/registry/pods/default/p";
        let pod = |node: &str| {
            json!({"apiVersion": "v1", "kind": "Pod",
                "metadata": {"name": "p", "namespace": "default", "resourceVersion": "", "labels": {"a": "b"}},
                "spec": {"nodeName": node, "containers": [{"name": "c", "image": "i", "ports": [{"containerPort": 80}]}]},
                "status": {"phase": "Pending", "conditions": [{"type": "PodScheduled", "status": "True", "lastProbeTime": null}]}})
        };
        let created = storage
            .create(key, &pod(""), Default::default())
            .await
            .unwrap();
        let bound = storage
            .update_handing_off(key, pod("node-a"), created, Default::default())
            .await
            .unwrap();
        cache
            .wait_for(bound, Duration::from_secs(10))
            .await
            .unwrap();
        let cached = cache.get(key).await.expect("cached");
        let stored = storage.get(key).await.unwrap().expect("stored");
        assert_eq!(cached.value, stored.value);
        assert_eq!(
            cached.value["metadata"]["resourceVersion"],
            bound.to_string()
        );
        assert_eq!(cached.revision, bound);
        assert_eq!(storage.handoffs_pending(), 0, "the cache took the object");

        let stale = storage
            .update_handing_off(key, pod("node-b"), created, Default::default())
            .await;
        assert!(matches!(stale, Err(StoreError::Conflict)), "{stale:?}");
        assert_eq!(
            storage.handoffs_pending(),
            0,
            "the failed write withdrew its offer"
        );
    }
}
