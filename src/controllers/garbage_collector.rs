//! The garbage collector: ownerReferences as Kubernetes honours them, for every resource the
//! API serves (found by discovery at start, and again whenever a CustomResourceDefinition
//! changes, so custom resources are owners and dependents too). It watches metadata only and
//! keeps a graph of owners and dependents:
//! - a dependent whose owners are all gone is deleted (Background propagation's second half);
//!   one that lost only some owners has those references removed;
//! - an owner deleted with propagationPolicy=Foreground (finalizer `foregroundDeletion`) has
//!   its dependents deleted, and is released once no dependent with blockOwnerDeletion remains;
//! - an owner deleted with Orphan (finalizer `orphan`) has its references removed from its
//!   dependents, then is released.
//!
//! An owner missing from the cache is looked up live before anything is deleted, so a watch
//! that lags never costs an object.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use futures::FutureExt;
use futures::StreamExt;
use futures::future::BoxFuture;
use kube::ResourceExt;
use kube::api::{Api, DeleteParams, DynamicObject, Patch, PatchParams, Preconditions};
use kube::core::PartialObjectMeta;
use kube::discovery::{ApiResource, Discovery, Scope, verbs};
use kube::runtime::{WatchStreamExt, watcher};
use serde_json::json;

use super::Context;
use super::runtime::{self, Action, Change, Informer, Store, WorkQueue};

type Meta = PartialObjectMeta<DynamicObject>;

const FOREGROUND: &str = "foregroundDeletion";
const ORPHAN: &str = "orphan";

struct Watched {
    resource: ApiResource,
    namespaced: bool,
    store: Store<Meta>,
    /// Dropping it ends the watch (the resource is no longer served).
    stop: Mutex<Option<tokio::sync::oneshot::Sender<()>>>,
}

impl Watched {
    fn is(&self, r: &ApiResource) -> bool {
        self.resource.group == r.group
            && self.resource.version == r.version
            && self.resource.plural == r.plural
    }

    fn running(&self) -> bool {
        self.stop
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some()
    }
}

/// Where an object lives: (resource index, key).
type Node = (usize, String);

#[derive(Default)]
struct Graph {
    by_uid: HashMap<String, Node>,
    dependents: HashMap<String, HashSet<Node>>,
}

impl Graph {
    fn remove(&mut self, at: &Node, obj: &Meta) {
        if let Some(uid) = obj.metadata.uid.as_deref() {
            self.by_uid.remove(uid);
        }
        for owner in obj.owner_references() {
            if let Some(set) = self.dependents.get_mut(&owner.uid) {
                set.remove(at);
                if set.is_empty() {
                    self.dependents.remove(&owner.uid);
                }
            }
        }
    }

    fn insert(&mut self, at: Node, obj: &Meta) {
        if let Some(uid) = obj.metadata.uid.clone() {
            self.by_uid.insert(uid, at.clone());
        }
        for owner in obj.owner_references() {
            self.dependents
                .entry(owner.uid.clone())
                .or_default()
                .insert(at.clone());
        }
    }
}

struct Collector {
    client: kube::Client,
    /// Append-only (graph nodes hold indexes into it); a resource no longer served keeps its
    /// slot with its watch stopped.
    watched: RwLock<Vec<Arc<Watched>>>,
    graph: Mutex<Graph>,
    queue: Arc<WorkQueue>,
}

fn has_finalizer(obj: &Meta, f: &str) -> bool {
    obj.metadata.finalizers.iter().flatten().any(|x| x == f)
}

fn item(kind: &str, at: &Node) -> String {
    format!("{kind}|{}|{}", at.0, at.1)
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let client = ctx.client.clone();
    async move {
        let this = Arc::new(Collector {
            client,
            watched: RwLock::default(),
            graph: Mutex::default(),
            queue: WorkQueue::new(),
        });
        while let Err(e) = this.discover().await {
            tracing::warn!(error = %e, "garbage collector: discovery failed; retrying");
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
        let stores: Vec<Store<Meta>> = this.all().iter().map(|w| w.store.clone()).collect();
        for store in stores {
            store.wait_synced().await;
        }
        tracing::info!(resources = this.all().len(), "garbage collector synced");
        tokio::spawn(this.clone().follow_definitions());
        let queue = this.queue.clone();
        runtime::run_workers("garbage-collector", queue, 4, move |key: String| {
            let this = this.clone();
            async move { this.process(&key).await }
        })
        .await
    }
    .boxed()
}

impl Collector {
    fn graph(&self) -> std::sync::MutexGuard<'_, Graph> {
        self.graph.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn all(&self) -> Vec<Arc<Watched>> {
        self.watched
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn watched(&self, index: usize) -> Option<Arc<Watched>> {
        self.watched
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(index)
            .cloned()
    }

    /// Watches every served resource not watched yet and stops the watches of resources no
    /// longer served.
    async fn discover(self: &Arc<Self>) -> kube::Result<()> {
        let discovery = Discovery::new(self.client.clone()).run().await?;
        let mut served = Vec::new();
        for group in discovery.groups() {
            for (resource, caps) in group.recommended_resources() {
                let needed = [verbs::LIST, verbs::WATCH, verbs::DELETE, verbs::PATCH];
                if needed.iter().all(|v| caps.supports_operation(v)) {
                    served.push((resource, caps.scope == Scope::Namespaced));
                }
            }
        }
        for w in self.all() {
            if w.running() && !served.iter().any(|(r, _)| w.is(r)) {
                tracing::info!(resource = %w.resource.plural, group = %w.resource.group, "garbage collector: no longer served");
                w.stop.lock().unwrap_or_else(|e| e.into_inner()).take();
            }
        }
        for (resource, namespaced) in served {
            if self.all().iter().any(|w| w.running() && w.is(&resource)) {
                continue;
            }
            let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
            let api: Api<Meta> = Api::all_with(self.client.clone(), &resource);
            let events = watcher(api, watcher::Config::default())
                .default_backoff()
                .take_until(stopped)
                .boxed();
            let informer = Informer::from_events("metadata", events);
            let index = {
                let mut watched = self.watched.write().unwrap_or_else(|e| e.into_inner());
                watched.push(Arc::new(Watched {
                    resource,
                    namespaced,
                    store: informer.store(),
                    stop: Mutex::new(Some(stop)),
                }));
                watched.len() - 1
            };
            let this = self.clone();
            informer.on_change(move |change| this.observe(index, change, &this.queue));
            informer.start();
        }
        Ok(())
    }

    /// Discovers again whenever a CustomResourceDefinition changes (a second later, once the
    /// API servers serve it).
    async fn follow_definitions(self: Arc<Self>) {
        use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
        let api: Api<CustomResourceDefinition> = Api::all(self.client.clone());
        let mut events = watcher(api, watcher::Config::default())
            .default_backoff()
            .boxed();
        while let Some(event) = events.next().await {
            if matches!(event, Ok(watcher::Event::InitApply(_))) {
                continue; // the CRDs at start were discovered already
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
            // Everything that arrived meanwhile is covered by the same discovery.
            while let Some(Some(_)) = events.next().now_or_never() {}
            if let Err(e) = self.discover().await {
                tracing::warn!(error = %e, "garbage collector: discovery failed");
            }
        }
    }

    fn observe(&self, index: usize, change: &Change<'_, Meta>, queue: &WorkQueue) {
        let obj = change.object();
        let at: Node = (index, runtime::key_of(obj));
        let mut graph = self.graph();
        match change {
            Change::Applied { old, new } => {
                if let Some(old) = old {
                    graph.remove(&at, old);
                }
                graph.insert(at.clone(), new);
                if new
                    .owner_references()
                    .iter()
                    .any(|o| !graph.by_uid.contains_key(&o.uid))
                {
                    queue.add(item("dependent", &at));
                }
                if new.metadata.deletion_timestamp.is_some() {
                    if has_finalizer(new, FOREGROUND) {
                        queue.add(item("foreground", &at));
                    }
                    if has_finalizer(new, ORPHAN) {
                        queue.add(item("orphan", &at));
                    }
                }
            }
            Change::Deleted(gone) => {
                graph.remove(&at, gone);
                let uid = gone.metadata.uid.clone().unwrap_or_default();
                for dependent in graph.dependents.get(&uid).into_iter().flatten() {
                    queue.add(item("dependent", dependent));
                }
                // An owner waiting in the foreground for this dependent may be done.
                for owner in gone.owner_references() {
                    if let Some(node) = graph.by_uid.get(&owner.uid) {
                        queue.add(item("foreground", node));
                    }
                }
            }
        }
    }

    fn get(&self, at: &Node) -> Option<Arc<Meta>> {
        self.watched(at.0)?.store.get(&at.1)
    }

    fn api(&self, index: usize, namespace: &str) -> Api<DynamicObject> {
        let w = self
            .watched(index)
            .expect("graph nodes index watched resources");
        if w.namespaced {
            Api::namespaced_with(self.client.clone(), namespace, &w.resource)
        } else {
            Api::all_with(self.client.clone(), &w.resource)
        }
    }

    async fn process(&self, key: &str) -> runtime::Result<Action> {
        let mut parts = key.splitn(3, '|');
        let (Some(kind), Some(index), Some(obj_key)) = (parts.next(), parts.next(), parts.next())
        else {
            return Ok(Action::AwaitChange);
        };
        let at: Node = (index.parse().unwrap_or(usize::MAX), obj_key.to_owned());
        let Some(obj) = self.get(&at) else {
            return Ok(Action::AwaitChange);
        };
        match kind {
            "dependent" => self.check_dependent(&at, &obj).await,
            "foreground" => self.foreground(&at, &obj).await,
            "orphan" => self.orphan(&at, &obj).await,
            _ => Ok(Action::AwaitChange),
        }
    }

    /// Is this owner reference's target there (same uid)? Looked up live when not cached.
    async fn owner_state(
        &self,
        namespace: &str,
        owner: &k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference,
    ) -> runtime::Result<OwnerState> {
        let cached = self.graph().by_uid.get(&owner.uid).cloned();
        if let Some(node) = cached
            && let Some(obj) = self.get(&node)
        {
            let waiting =
                obj.metadata.deletion_timestamp.is_some() && has_finalizer(&obj, FOREGROUND);
            return Ok(if waiting {
                OwnerState::DeletingForeground
            } else {
                OwnerState::Present
            });
        }
        // The group is enough: any served version finds the object (versions share storage).
        let group = owner.api_version.split_once('/').map_or("", |(g, _)| g);
        let Some(index) = self.all().iter().position(|w| {
            w.running() && w.resource.group == group && w.resource.kind == owner.kind
        }) else {
            // A kind we cannot look up: never delete on a guess.
            return Ok(OwnerState::Present);
        };
        let ns = if self.all()[index].namespaced {
            namespace
        } else {
            ""
        };
        match runtime::ignore_not_found(self.api(index, ns).get_metadata(&owner.name).await)? {
            Some(live) if live.metadata.uid.as_deref() == Some(owner.uid.as_str()) => {
                Ok(OwnerState::Present)
            }
            _ => Ok(OwnerState::Absent),
        }
    }

    async fn check_dependent(&self, at: &Node, obj: &Meta) -> runtime::Result<Action> {
        if obj.metadata.deletion_timestamp.is_some() {
            return Ok(Action::AwaitChange);
        }
        let ns = obj.metadata.namespace.clone().unwrap_or_default();
        let owners = obj.owner_references().to_vec();
        if owners.is_empty() {
            return Ok(Action::AwaitChange);
        }
        let mut absent = Vec::new();
        let mut foreground_blocked = false;
        for owner in &owners {
            match self.owner_state(&ns, owner).await? {
                OwnerState::Absent => absent.push(owner.uid.clone()),
                OwnerState::DeletingForeground if owner.block_owner_deletion == Some(true) => {
                    foreground_blocked = true
                }
                _ => {}
            }
        }
        let api = self.api(at.0, &ns);
        let name = obj.name_any();
        if absent.len() == owners.len() || foreground_blocked && absent.len() + 1 >= owners.len() {
            let params = DeleteParams {
                preconditions: Some(Preconditions {
                    uid: obj.metadata.uid.clone(),
                    resource_version: None,
                }),
                ..if foreground_blocked {
                    DeleteParams::foreground()
                } else {
                    DeleteParams::background()
                }
            };
            match api.delete(&name, &params).await {
                Ok(_) => {
                    tracing::info!(object = %at.1, resource = %self.api(at.0, "").resource_url(), "garbage-collected (its owners are gone)")
                }
                Err(kube::Error::Api(e)) if e.code == 404 || e.code == 409 => {}
                Err(e) => return Err(e.into()),
            }
        } else if !absent.is_empty() {
            let kept: Vec<_> = owners
                .into_iter()
                .filter(|o| !absent.contains(&o.uid))
                .collect();
            let patch = json!({"metadata": {"ownerReferences": kept, "resourceVersion": obj.metadata.resource_version}});
            runtime::ignore_not_found(
                api.patch(&name, &PatchParams::default(), &Patch::Merge(patch))
                    .await,
            )?;
        }
        Ok(Action::AwaitChange)
    }

    fn dependents_of(&self, obj: &Meta) -> Vec<(Node, Arc<Meta>)> {
        let uid = obj.metadata.uid.clone().unwrap_or_default();
        let nodes: Vec<Node> = self
            .graph()
            .dependents
            .get(&uid)
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        nodes
            .into_iter()
            .filter_map(|n| self.get(&n).map(|o| (n, o)))
            .collect()
    }

    async fn foreground(&self, at: &Node, owner: &Meta) -> runtime::Result<Action> {
        if owner.metadata.deletion_timestamp.is_none() || !has_finalizer(owner, FOREGROUND) {
            return Ok(Action::AwaitChange);
        }
        let uid = owner.metadata.uid.clone().unwrap_or_default();
        let mut blocking = 0;
        for (node, dependent) in self.dependents_of(owner) {
            let blocks = dependent
                .owner_references()
                .iter()
                .any(|o| o.uid == uid && o.block_owner_deletion == Some(true));
            if blocks {
                blocking += 1;
            }
            if dependent.metadata.deletion_timestamp.is_some() {
                continue;
            }
            let ns = dependent.metadata.namespace.clone().unwrap_or_default();
            let params = if blocks {
                DeleteParams::foreground()
            } else {
                DeleteParams::background()
            };
            match self
                .api(node.0, &ns)
                .delete(&dependent.name_any(), &params)
                .await
            {
                Ok(_) => {}
                Err(kube::Error::Api(e)) if e.code == 404 => {}
                Err(e) => return Err(e.into()),
            }
        }
        if blocking == 0 {
            self.remove_finalizer(at, owner, FOREGROUND).await?;
        }
        Ok(Action::AwaitChange)
    }

    async fn orphan(&self, at: &Node, owner: &Meta) -> runtime::Result<Action> {
        if owner.metadata.deletion_timestamp.is_none() || !has_finalizer(owner, ORPHAN) {
            return Ok(Action::AwaitChange);
        }
        let uid = owner.metadata.uid.clone().unwrap_or_default();
        for (node, dependent) in self.dependents_of(owner) {
            let kept: Vec<_> = dependent
                .owner_references()
                .iter()
                .filter(|o| o.uid != uid)
                .cloned()
                .collect();
            let ns = dependent.metadata.namespace.clone().unwrap_or_default();
            let patch = json!({"metadata": {"ownerReferences": kept, "resourceVersion": dependent.metadata.resource_version}});
            runtime::ignore_not_found(
                self.api(node.0, &ns)
                    .patch(
                        &dependent.name_any(),
                        &PatchParams::default(),
                        &Patch::Merge(patch),
                    )
                    .await,
            )?;
        }
        self.remove_finalizer(at, owner, ORPHAN).await?;
        Ok(Action::AwaitChange)
    }

    async fn remove_finalizer(
        &self,
        at: &Node,
        obj: &Meta,
        finalizer: &str,
    ) -> runtime::Result<()> {
        let remaining: Vec<&String> = obj
            .metadata
            .finalizers
            .iter()
            .flatten()
            .filter(|f| *f != finalizer)
            .collect();
        let remaining = if remaining.is_empty() {
            json!(null)
        } else {
            json!(remaining)
        };
        let patch = json!({"metadata": {"finalizers": remaining, "resourceVersion": obj.metadata.resource_version}});
        let ns = obj.metadata.namespace.clone().unwrap_or_default();
        runtime::ignore_not_found(
            self.api(at.0, &ns)
                .patch(
                    &obj.name_any(),
                    &PatchParams::default(),
                    &Patch::Merge(patch),
                )
                .await,
        )?;
        Ok(())
    }
}

enum OwnerState {
    Present,
    DeletingForeground,
    Absent,
}
