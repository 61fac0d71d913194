//! Shared informers (client-go's model): one watch per resource type feeds one in-memory store,
//! indexed by namespace and by controlling owner, and calls every registered handler with the
//! old and new object — so ten controllers interested in pods cost one watch and one copy of
//! each pod, and a deletion is seen with the object that was deleted.

use std::collections::{HashMap, HashSet};
use std::fmt::Debug;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use futures::stream::BoxStream;
use futures::{StreamExt, TryStreamExt};
use kube::api::Api;
use kube::runtime::{WatchStreamExt, watcher};
use kube::{Resource, ResourceExt};
use serde::de::DeserializeOwned;
use tokio::sync::watch;

/// What a handler is told about one object.
pub enum Change<'a, K> {
    Applied { old: Option<&'a K>, new: &'a K },
    Deleted(&'a K),
}

impl<K> Change<'_, K> {
    /// The object as it is now (or was, when deleted).
    pub fn object(&self) -> &K {
        match self {
            Change::Applied { new, .. } => new,
            Change::Deleted(obj) => obj,
        }
    }
}

type Handler<K> = Box<dyn Fn(&Change<'_, K>) + Send + Sync>;
type Events<K> = BoxStream<'static, Result<watcher::Event<K>, watcher::Error>>;

/// `namespace/name`, or `name` for cluster-scoped objects: the work-queue key.
pub fn key_of<K: Resource>(obj: &K) -> String {
    let meta = obj.meta();
    let name = meta.name.as_deref().unwrap_or_default();
    match meta.namespace.as_deref() {
        Some(ns) if !ns.is_empty() => format!("{ns}/{name}"),
        _ => name.to_owned(),
    }
}

/// Splits a key back into (namespace, name).
pub fn split_key(key: &str) -> (&str, &str) {
    key.split_once('/').unwrap_or(("", key))
}

/// The work-queue key (`namespace/name`) of `obj`'s controlling owner, if that is a `kind`.
pub fn controller_key<K: Resource>(obj: &K, kind: &str) -> Option<String> {
    let meta = obj.meta();
    let owner = meta
        .owner_references
        .iter()
        .flatten()
        .find(|o| o.controller == Some(true) && o.kind == kind)?;
    Some(format!(
        "{}/{}",
        meta.namespace.as_deref().unwrap_or_default(),
        owner.name
    ))
}

/// The uid of `obj`'s controlling owner, if any.
pub fn controller_uid<K: Resource>(obj: &K) -> Option<&str> {
    obj.meta()
        .owner_references
        .iter()
        .flatten()
        .find(|o| o.controller == Some(true))
        .map(|o| o.uid.as_str())
}

struct Contents<K> {
    objects: HashMap<String, Arc<K>>,
    by_namespace: HashMap<String, HashSet<String>>,
    by_owner: HashMap<String, HashSet<String>>,
}

impl<K: Resource> Contents<K> {
    fn new() -> Self {
        Contents {
            objects: HashMap::new(),
            by_namespace: HashMap::new(),
            by_owner: HashMap::new(),
        }
    }

    fn insert(&mut self, key: String, obj: Arc<K>) -> Option<Arc<K>> {
        let old = self.remove(&key);
        let ns = obj.meta().namespace.clone().unwrap_or_default();
        self.by_namespace.entry(ns).or_default().insert(key.clone());
        if let Some(owner) = controller_uid(obj.as_ref()) {
            self.by_owner
                .entry(owner.to_owned())
                .or_default()
                .insert(key.clone());
        }
        self.objects.insert(key, obj);
        old
    }

    fn remove(&mut self, key: &str) -> Option<Arc<K>> {
        let old = self.objects.remove(key)?;
        let ns = old.meta().namespace.clone().unwrap_or_default();
        unindex(&mut self.by_namespace, &ns, key);
        if let Some(owner) = controller_uid(old.as_ref()) {
            unindex(&mut self.by_owner, owner, key);
        }
        Some(old)
    }
}

fn unindex(index: &mut HashMap<String, HashSet<String>>, at: &str, key: &str) {
    if let Some(keys) = index.get_mut(at) {
        keys.remove(key);
        if keys.is_empty() {
            index.remove(at);
        }
    }
}

/// A read handle on an informer's objects.
pub struct Store<K> {
    contents: Arc<RwLock<Contents<K>>>,
    synced: watch::Receiver<bool>,
}

impl<K> Clone for Store<K> {
    fn clone(&self) -> Self {
        Store {
            contents: self.contents.clone(),
            synced: self.synced.clone(),
        }
    }
}

impl<K: Resource> Store<K> {
    fn read(&self) -> std::sync::RwLockReadGuard<'_, Contents<K>> {
        self.contents.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn get(&self, key: &str) -> Option<Arc<K>> {
        self.read().objects.get(key).cloned()
    }

    pub fn list(&self) -> Vec<Arc<K>> {
        self.read().objects.values().cloned().collect()
    }

    pub fn len(&self) -> usize {
        self.read().objects.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn in_namespace(&self, namespace: &str) -> Vec<Arc<K>> {
        let c = self.read();
        c.by_namespace
            .get(namespace)
            .into_iter()
            .flatten()
            .filter_map(|k| c.objects.get(k).cloned())
            .collect()
    }

    /// The objects whose controlling owner has `uid`.
    pub fn controlled_by(&self, uid: &str) -> Vec<Arc<K>> {
        let c = self.read();
        c.by_owner
            .get(uid)
            .into_iter()
            .flatten()
            .filter_map(|k| c.objects.get(k).cloned())
            .collect()
    }

    /// Waits until the first full list has been loaded.
    pub async fn wait_synced(&self) {
        let mut synced = self.synced.clone();
        let _ = synced.wait_for(|s| *s).await;
    }
}

pub struct Informer<K: Resource> {
    name: &'static str,
    events: Mutex<Option<Events<K>>>,
    contents: Arc<RwLock<Contents<K>>>,
    synced_tx: watch::Sender<bool>,
    handlers: RwLock<Vec<Handler<K>>>,
    wanted: AtomicBool,
}

impl<K> Informer<K>
where
    K: Resource + Clone + DeserializeOwned + Debug + Send + Sync + 'static,
{
    /// An informer over every object of `api` (not started until [`Informer::start`]).
    pub fn watching(name: &'static str, api: Api<K>, config: watcher::Config) -> Arc<Self>
    where
        K::DynamicType: Default,
    {
        let events = watcher(api, config).default_backoff().boxed();
        Self::from_events(name, events)
    }

    pub fn from_events(name: &'static str, events: Events<K>) -> Arc<Self> {
        Arc::new(Informer {
            name,
            events: Mutex::new(Some(events)),
            contents: Arc::new(RwLock::new(Contents::new())),
            synced_tx: watch::channel(false).0,
            handlers: RwLock::new(Vec::new()),
            wanted: AtomicBool::new(false),
        })
    }

    /// A read handle; asking for it means the informer must run.
    pub fn store(&self) -> Store<K> {
        self.wanted.store(true, Ordering::Relaxed);
        Store {
            contents: self.contents.clone(),
            synced: self.synced_tx.subscribe(),
        }
    }

    /// Registers `handler` for every change (register before [`Informer::start`]).
    pub fn on_change(&self, handler: impl Fn(&Change<'_, K>) + Send + Sync + 'static) {
        self.wanted.store(true, Ordering::Relaxed);
        self.handlers
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .push(Box::new(handler));
    }

    /// Starts the watch if any controller asked for this informer.
    pub fn start(self: &Arc<Self>) {
        if !self.wanted.load(Ordering::Relaxed) {
            return;
        }
        let Some(events) = self.events.lock().unwrap_or_else(|e| e.into_inner()).take() else {
            return;
        };
        let this = self.clone();
        tokio::spawn(async move { this.run(events).await });
    }

    async fn run(&self, mut events: Events<K>) {
        let mut initial: Option<Contents<K>> = None;
        loop {
            match events.try_next().await {
                Ok(Some(event)) => self.apply(event, &mut initial),
                Ok(None) => return,
                Err(e) => {
                    tracing::warn!(informer = self.name, error = %e, "watch failed; retrying")
                }
            }
        }
    }

    fn notify(&self, change: &Change<'_, K>) {
        for handler in self
            .handlers
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            handler(change);
        }
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Contents<K>> {
        self.contents.write().unwrap_or_else(|e| e.into_inner())
    }

    fn apply(&self, event: watcher::Event<K>, initial: &mut Option<Contents<K>>) {
        match event {
            watcher::Event::Init => *initial = Some(Contents::new()),
            watcher::Event::InitApply(obj) => {
                let fresh = initial.get_or_insert_with(Contents::new);
                fresh.insert(key_of(&obj), Arc::new(obj));
            }
            watcher::Event::InitDone => {
                let fresh = initial.take().unwrap_or_else(Contents::new);
                let old = std::mem::replace(&mut *self.write(), fresh);
                let now: Vec<Arc<K>> = self.store().list();
                for obj in &now {
                    let before = old.objects.get(&key_of(obj.as_ref()));
                    if before.is_none_or(|b| b.resource_version() != obj.resource_version()) {
                        self.notify(&Change::Applied {
                            old: before.map(|b| b.as_ref()),
                            new: obj,
                        });
                    }
                }
                let current = self.store();
                for (key, gone) in &old.objects {
                    if current.get(key).is_none() {
                        self.notify(&Change::Deleted(gone));
                    }
                }
                self.synced_tx.send_replace(true);
            }
            watcher::Event::Apply(obj) => {
                let obj = Arc::new(obj);
                let old = self.write().insert(key_of(obj.as_ref()), obj.clone());
                self.notify(&Change::Applied {
                    old: old.as_deref(),
                    new: &obj,
                });
            }
            watcher::Event::Delete(obj) => {
                let removed = self.write().remove(&key_of(&obj));
                self.notify(&Change::Deleted(removed.as_deref().unwrap_or(&obj)));
            }
        }
    }
}
