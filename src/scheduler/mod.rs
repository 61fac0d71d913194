//! `kubeforge scheduler`: places pending pods on nodes as kube-scheduler does.
//!
//! Watches keep a [`cache::Cache`] of nodes and the pods on them and feed pending pods into the
//! [`queue::SchedulingQueue`]. Once this process leads (a `kube-system/kube-scheduler` Lease,
//! [`crate::leader_election`]), one loop takes pods off the queue by priority and runs a
//! scheduling cycle for each: the profile's filter plugins, its score plugins, the best node;
//! the pod is *assumed* there at once and bound through `pods/binding` in the background, so
//! the next cycle never waits for a round trip. A pod that fits nowhere gets the PodScheduled
//! condition and a FailedScheduling event with kube-scheduler's wording, may preempt
//! lower-priority pods, and waits for the cluster to change.

pub mod api;
pub mod cache;
pub mod config;
pub mod framework;
pub mod hashing;
mod metrics;
pub mod plugins;
pub mod pod_info;
pub mod preemption;
pub mod queue;
pub mod selectors;

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use k8s_openapi::api::core::v1::{Node, Pod};
use kube::api::Api;
use kube::runtime::WatchStreamExt;
use kube::runtime::watcher::{self, Event};

use crate::controlplane::SCHEDULER_PORT;
use crate::leader_election::{LeaderElectionOptions, LeaderElector, Outcome, serve_while_leading};
use crate::serving::component::{self, ComponentOptions, Extras};
use cache::Cache;
use framework::{Cycle, Profile};
use metrics::Metrics;
use pod_info::PodInfo;
use queue::SchedulingQueue;

/// Bindings in flight at once: enough to keep the API server and etcd busy (each binding
/// waits on etcd's commit: 64 left both partly idle, raw bindings ~1,650/s against ~1,900/s at
/// 128), few enough to leave room for everyone else (the API server admits 200 mutating
/// requests at once; 256 drew 429s).
const MAX_BINDINGS_IN_FLIGHT: usize = 128;
/// Watch events applied under one lock.
const EVENT_BATCH: usize = 512;

#[derive(Clone, Debug, clap::Args)]
pub struct SchedulerOptions {
    #[command(flatten)]
    pub component: ComponentOptions,
    #[command(flatten)]
    pub leader_election: LeaderElectionOptions,
    /// The path to a KubeSchedulerConfiguration file (kubescheduler.config.k8s.io/v1):
    /// profiles, plugins and weights, percentageOfNodesToScore, leader election
    #[arg(long)]
    pub config: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Config(#[from] config::Error),
    #[error("invalid leader election settings: {0}")]
    LeaderElectionSettings(String),
    #[error(transparent)]
    LeaderElection(#[from] crate::leader_election::Error),
    #[error(transparent)]
    Component(#[from] component::Error),
    #[error(transparent)]
    Client(#[from] crate::controllers::Error),
}

pub async fn run(opts: SchedulerOptions) -> Result<(), Error> {
    let mut leader_election = opts.leader_election.clone();
    let file = match &opts.config {
        Some(path) => config::KubeSchedulerConfiguration::load(path)?,
        None => config::KubeSchedulerConfiguration::default(),
    };
    file.apply_leader_election(&mut leader_election);
    leader_election
        .validate()
        .map_err(Error::LeaderElectionSettings)?;
    let settings = file.settings().map_err(|message| config::Error::Invalid {
        path: opts
            .config
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        message,
    })?;
    let client = crate::controllers::client(&opts.component.kubeconfig).await?;
    let identity = crate::leader_election::identity();
    let scheduler = Arc::new(Scheduler {
        recorder: crate::events::Recorder::start(client.clone(), api::COMPONENT, identity.clone()),
        client: client.clone(),
        state: Mutex::new(State {
            cache: Cache::default(),
            queue: SchedulingQueue::new(settings.initial_backoff, settings.max_backoff),
            nominated: BTreeMap::new(),
            next_start: 0,
        }),
        profiles: settings.profiles,
        wake: tokio::sync::Notify::new(),
        synced: AtomicUsize::new(0),
        synced_notify: tokio::sync::Notify::new(),
        bindings: Arc::new(tokio::sync::Semaphore::new(MAX_BINDINGS_IN_FLIGHT)),
        metrics: Metrics::default(),
    });
    // The caches warm up while this process waits to lead, so a new leader starts at once.
    tokio::spawn(scheduler.clone().watch_nodes());
    tokio::spawn(scheduler.clone().watch_pods());

    let elector = leader_election
        .leader_elect
        .then(|| LeaderElector::new(client, &leader_election, "kube-scheduler", identity));
    let leading = elector.as_ref().map(LeaderElector::leading_flag);
    let metrics_view = scheduler.clone();
    let extras = Extras {
        health: vec![],
        metrics: Some(Arc::new(move || {
            metrics_view.render_metrics(leading.as_deref())
        })),
    };
    let health =
        component::run_health_server("kube-scheduler", &opts.component, SCHEDULER_PORT, extras);
    match serve_while_leading(
        elector.as_ref(),
        health,
        scheduler.clone().schedule_forever(),
    )
    .await
    {
        Outcome::Served(served) => Ok(served?),
        // Stopped at once: another scheduler may already be binding (kube-scheduler exits
        // too; the agent restarts this process as a candidate).
        Outcome::Lost(lost) => Err(lost.into()),
    }
}

/// Every object of kind `K`, as watch events in batches (so a burst is applied under one
/// lock), re-listing after failures with backoff.
fn batched_events<K>(
    client: &kube::Client,
) -> futures::stream::BoxStream<'static, Vec<Result<Event<K>, watcher::Error>>>
where
    K: kube::Resource + Clone + serde::de::DeserializeOwned + std::fmt::Debug + Send + 'static,
    K::DynamicType: Default,
{
    let api: Api<K> = Api::all(client.clone());
    watcher::watcher(api, watcher::Config::default())
        .default_backoff()
        .ready_chunks(EVENT_BATCH)
        .boxed()
}

struct State {
    cache: Cache,
    queue: SchedulingQueue,
    /// Pods nominated to a node by preemption, until they are bound or gone.
    nominated: BTreeMap<String, Arc<PodInfo>>,
    /// Where the next cycle starts filtering (kube-scheduler's nextStartNodeIndex).
    next_start: usize,
}

struct Scheduler {
    client: kube::Client,
    profiles: Vec<Profile>,
    state: Mutex<State>,
    wake: tokio::sync::Notify,
    synced: AtomicUsize,
    synced_notify: tokio::sync::Notify,
    bindings: Arc<tokio::sync::Semaphore>,
    recorder: crate::events::Recorder,
    metrics: Metrics,
}

/// What a batch of watch events did.
#[derive(Default)]
struct Applied {
    cluster_changed: bool,
    queued: bool,
}

impl Scheduler {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn profile(&self, scheduler_name: &str) -> Option<&Profile> {
        self.profiles
            .iter()
            .find(|p| p.scheduler_name == scheduler_name)
    }

    fn mark_synced(&self) {
        self.synced.fetch_add(1, Ordering::SeqCst);
        self.synced_notify.notify_waiters();
    }

    async fn wait_synced(&self) {
        while self.synced.load(Ordering::SeqCst) < 2 {
            let notified = self.synced_notify.notified();
            if self.synced.load(Ordering::SeqCst) >= 2 {
                break;
            }
            let _ = tokio::time::timeout(Duration::from_millis(200), notified).await;
        }
    }

    fn after_batch(&self, st: &mut State, applied: Applied) {
        if applied.cluster_changed {
            st.queue.cluster_changed(Instant::now());
        }
        if applied.cluster_changed || applied.queued {
            self.wake.notify_one();
        }
    }

    async fn watch_nodes(self: Arc<Self>) {
        let mut events = batched_events::<Node>(&self.client);
        let mut relist: Option<HashSet<String>> = None;
        let mut synced = false;
        while let Some(batch) = events.next().await {
            let mut st = self.lock();
            let mut applied = Applied::default();
            for event in batch {
                match event {
                    Ok(Event::Init) => relist = Some(HashSet::new()),
                    Ok(Event::InitApply(node)) | Ok(Event::Apply(node)) => {
                        if let Some(seen) = relist.as_mut() {
                            seen.insert(node.metadata.name.clone().unwrap_or_default());
                        }
                        st.cache.upsert_node(&node);
                        applied.cluster_changed = true;
                    }
                    Ok(Event::Delete(node)) => {
                        st.cache
                            .remove_node(node.metadata.name.as_deref().unwrap_or_default());
                        applied.cluster_changed = true;
                    }
                    Ok(Event::InitDone) => {
                        let seen = relist.take().unwrap_or_default();
                        for name in st.cache.node_names() {
                            if !seen.contains(&name) {
                                st.cache.remove_node(&name);
                            }
                        }
                        if !synced {
                            synced = true;
                            self.mark_synced();
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "node watch failed; retrying"),
                }
            }
            self.after_batch(&mut st, applied);
        }
    }

    async fn watch_pods(self: Arc<Self>) {
        let mut events = batched_events::<Pod>(&self.client);
        let mut relist: Option<HashSet<(String, String)>> = None;
        let mut synced = false;
        while let Some(batch) = events.next().await {
            let mut st = self.lock();
            let mut applied = Applied::default();
            for event in batch {
                match event {
                    Ok(Event::Init) => relist = Some(HashSet::new()),
                    Ok(Event::InitApply(pod)) | Ok(Event::Apply(pod)) => {
                        let info = Arc::new(PodInfo::new(pod));
                        if let Some(seen) = relist.as_mut() {
                            seen.insert((info.uid.clone(), info.key()));
                        }
                        self.on_pod(&mut st, info, &mut applied);
                    }
                    Ok(Event::Delete(pod)) => {
                        let info = PodInfo::new(pod);
                        self.on_pod_deleted(&mut st, &info.uid, &info.key(), &mut applied);
                    }
                    Ok(Event::InitDone) => {
                        let seen = relist.take().unwrap_or_default();
                        let uids: HashSet<&String> = seen.iter().map(|(u, _)| u).collect();
                        for uid in st.cache.bound_uids() {
                            if !uids.contains(&uid) {
                                st.cache.remove_pod(&uid);
                                applied.cluster_changed = true;
                            }
                        }
                        let keys: HashSet<&String> = seen.iter().map(|(_, k)| k).collect();
                        st.nominated.retain(|k, _| keys.contains(k));
                        if !synced {
                            synced = true;
                            self.mark_synced();
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "pod watch failed; retrying"),
                }
            }
            self.after_batch(&mut st, applied);
        }
    }

    fn on_pod(&self, st: &mut State, info: Arc<PodInfo>, applied: &mut Applied) {
        let key = info.key();
        if !info.node_name.is_empty() {
            st.queue.delete(&key);
            st.nominated.remove(&key);
            if info.terminal {
                st.cache.remove_pod(&info.uid);
                applied.cluster_changed = true;
                return;
            }
            // Confirming what this scheduler assumed changes nothing it did not already count.
            let confirms_assumption = st.cache.node(&info.node_name).is_some_and(|n| {
                n.pods.iter().any(|p| {
                    p.uid == info.uid && p.labels == info.labels && p.deleting == info.deleting
                })
            });
            st.cache.add_bound_pod(info);
            applied.cluster_changed |= !confirms_assumption;
            return;
        }
        if info.deleting {
            st.queue.delete(&key);
            return;
        }
        if self.profile(&info.scheduler_name).is_none() {
            return;
        }
        if info.nominated_node.is_some() {
            st.nominated.insert(key.clone(), info.clone());
        }
        if st.cache.is_assumed_or_bound(&info.uid) {
            return; // its binding is in flight
        }
        st.queue.add_or_update(info);
        applied.queued = true;
    }

    fn on_pod_deleted(&self, st: &mut State, uid: &str, key: &str, applied: &mut Applied) {
        if st.cache.is_assumed_or_bound(uid) {
            st.cache.remove_pod(uid);
            applied.cluster_changed = true;
        }
        st.queue.delete(key);
        st.nominated.remove(key);
    }

    /// The scheduling loop: one pod at a time, as long as this process leads.
    async fn schedule_forever(self: Arc<Self>) -> std::convert::Infallible {
        self.wait_synced().await;
        tracing::info!("caches synced; scheduling");
        let mut since_yield = 0u32;
        loop {
            let (next, wait) = {
                let mut st = self.lock();
                let next = st.queue.pop(Instant::now());
                let wait = st.queue.next_backoff_end();
                (next, wait)
            };
            match next {
                Some((pod, _attempt)) => {
                    self.schedule_one(pod);
                    since_yield += 1;
                    // Let the watch and binding tasks run between cycles.
                    if since_yield >= 16 {
                        since_yield = 0;
                        tokio::task::yield_now().await;
                    }
                }
                None => {
                    let sleep = wait
                        .map(|t| t.saturating_duration_since(Instant::now()))
                        .unwrap_or(Duration::from_secs(1))
                        .max(Duration::from_millis(1));
                    let _ = tokio::time::timeout(sleep, self.wake.notified()).await;
                }
            }
        }
    }

    /// One scheduling cycle for `pod`; the API writes it leads to run in the background.
    fn schedule_one(self: &Arc<Self>, pod: Arc<PodInfo>) {
        let key = pod.key();
        let Some(profile) = self.profile(&pod.scheduler_name) else {
            self.lock().queue.delete(&key);
            return;
        };
        let started = Instant::now();
        let mut guard = self.lock();
        let st = &mut *guard;
        if st.cache.is_assumed_or_bound(&pod.uid) {
            st.queue.delete(&key);
            return;
        }
        let cx = Cycle {
            pod: &pod,
            cache: &st.cache,
            nominated: preemption::nominated_for(&pod, &st.nominated),
        };
        let result = framework::schedule_pod(profile, &cx, &mut st.next_start);
        match result {
            Ok(node) => {
                drop(cx);
                st.cache.assume(pod.clone(), &node);
                st.nominated.remove(&key);
                drop(guard);
                self.metrics.observe_attempt("scheduled", started.elapsed());
                self.spawn_binding(pod, node);
            }
            Err(fit) => {
                let message = if fit.node_count == 0 {
                    "no nodes available to schedule pods".to_owned()
                } else {
                    fit.message()
                };
                let preemption = preemption::find(profile, &cx, &fit);
                drop(cx);
                let (nominated, victims, preemption_message) = match preemption {
                    Ok(c) => (Some(c.node), c.victims, None),
                    Err(m) => (None, vec![], Some(m)),
                };
                let message = match preemption_message {
                    Some(p) if fit.node_count > 0 => format!("{message} {p}"),
                    _ => message,
                };
                let mut pod = pod;
                if let Some(node) = &nominated {
                    let mut with_node = PodInfo::clone(&pod);
                    with_node.nominated_node = Some(node.clone());
                    pod = Arc::new(with_node);
                    st.nominated.insert(key.clone(), pod.clone());
                    st.queue.set_info(&key, pod.clone());
                }
                st.queue.failed(&key, true, Instant::now());
                drop(guard);
                self.metrics
                    .observe_attempt("unschedulable", started.elapsed());
                if !victims.is_empty() {
                    self.metrics.preempted(victims.len());
                }
                self.spawn_unschedulable(pod, message, nominated, victims);
            }
        }
    }

    fn spawn_binding(self: &Arc<Self>, pod: Arc<PodInfo>, node: String) {
        let this = self.clone();
        tokio::spawn(async move {
            let _permit = this.bindings.clone().acquire_owned().await;
            let result = api::bind(&this.client, &pod, &node).await;
            let key = pod.key();
            match result {
                Ok(()) => {
                    this.lock().queue.done(&key);
                    this.recorder.record(
                        &api::pod_reference(&pod),
                        "Normal",
                        "Scheduled",
                        format!("Successfully assigned {key} to {node}"),
                    );
                }
                Err(e) => {
                    let gone = matches!(&e, kube::Error::Api(s) if s.code == 404);
                    tracing::warn!(pod = %key, %node, error = %e, "binding failed");
                    let mut st = this.lock();
                    st.cache.forget(&pod.uid);
                    if gone {
                        st.queue.delete(&key);
                    } else {
                        // Retried after backoff, as kube-scheduler retries any binding error.
                        // A 409 may mean bound or being deleted meanwhile — the watch then
                        // takes the pod out of the queue — but also an update that lost every
                        // retry to other writers, after which nothing else would requeue it.
                        st.queue.failed(&key, false, Instant::now());
                        this.metrics.observe_error();
                    }
                    drop(st);
                    this.wake.notify_one();
                }
            }
        });
    }

    fn spawn_unschedulable(
        self: &Arc<Self>,
        pod: Arc<PodInfo>,
        message: String,
        nominated: Option<String>,
        victims: Vec<Arc<PodInfo>>,
    ) {
        let this = self.clone();
        tokio::spawn(async move {
            if let Some(node) = &nominated {
                for victim in &victims {
                    this.recorder.record(
                        &api::pod_reference(victim),
                        "Normal",
                        "Preempted",
                        format!("Preempted by pod {} on node {node}", pod.uid),
                    );
                    if let Err(e) = api::evict(&this.client, victim).await {
                        tracing::warn!(pod = %victim.key(), error = %e, "cannot delete the preemption victim");
                    }
                }
            }
            this.recorder.record(
                &api::pod_reference(&pod),
                "Warning",
                "FailedScheduling",
                message.clone(),
            );
            if let Err(e) =
                api::mark_unschedulable(&this.client, &pod, &message, nominated.as_deref()).await
            {
                tracing::debug!(pod = %pod.key(), error = %e, "cannot update the PodScheduled condition");
            }
        });
    }

    fn render_metrics(&self, leading: Option<&std::sync::atomic::AtomicBool>) -> String {
        let pending = self.lock().queue.pending();
        self.metrics.render(
            pending,
            leading.map(|l| l.load(Ordering::Relaxed)),
            self.recorder.dropped(),
        )
    }
}
