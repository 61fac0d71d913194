//! The scheduling queue (kube-scheduler's PriorityQueue): pods waiting to be scheduled, in
//! three places — *active* (ordered by priority, then by when they were queued), *backoff*
//! (failed recently; waiting 1 s, 2 s, 4 s … up to the maximum), and *unschedulable* (failed
//! and waiting for the cluster to change: a node added or updated, a pod deleted). A cluster
//! change moves the unschedulable pods back; a pod left unschedulable for five minutes is
//! retried anyway.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::pod_info::PodInfo;

/// kube-scheduler's podMaxInUnschedulablePodsDuration.
const MAX_UNSCHEDULABLE_WAIT: Duration = Duration::from_secs(300);
/// How often the queue looks for pods past that wait: every pop walked all pending pods, which
/// with 10,000 of them was quadratic work (kube-scheduler looks every 30 s).
const STALE_SCAN_INTERVAL: Duration = Duration::from_secs(1);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Active,
    Backoff,
    Unschedulable,
    /// Popped: being scheduled or bound.
    InFlight,
}

struct Entry {
    info: Arc<PodInfo>,
    state: State,
    attempts: u32,
    /// Bumped on every move, so stale heap items are recognised and skipped.
    generation: u64,
    since: Instant,
    /// The cluster-change count when the pod was popped: a change during its cycle means a
    /// failure may be stale, so it goes to backoff rather than waiting for another change.
    popped_at_change: u64,
}

#[derive(PartialEq, Eq)]
struct ActiveItem {
    priority: i32,
    seq: u64,
    key: String,
    generation: u64,
}

impl Ord for ActiveItem {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority
            .cmp(&other.priority)
            .then_with(|| other.seq.cmp(&self.seq))
    }
}

impl PartialOrd for ActiveItem {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub struct SchedulingQueue {
    entries: HashMap<String, Entry>,
    active: BinaryHeap<ActiveItem>,
    backoff: BinaryHeap<Reverse<(Instant, u64, String, u64)>>,
    seq: u64,
    changes: u64,
    initial_backoff: Duration,
    max_backoff: Duration,
    /// When `flush` last looked for unschedulable pods past their wait.
    stale_scanned: Option<Instant>,
}

/// Pod counts per place, for the `scheduler_pending_pods` metric.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pending {
    pub active: usize,
    pub backoff: usize,
    pub unschedulable: usize,
}

impl SchedulingQueue {
    pub fn new(initial_backoff: Duration, max_backoff: Duration) -> Self {
        SchedulingQueue {
            entries: HashMap::new(),
            active: BinaryHeap::new(),
            backoff: BinaryHeap::new(),
            seq: 0,
            changes: 0,
            initial_backoff,
            max_backoff,
            stale_scanned: None,
        }
    }

    /// A pending pod was added or updated. An update of a pod that waits for a change may
    /// be that change, so it is retried.
    pub fn add_or_update(&mut self, info: Arc<PodInfo>) {
        let key = info.key();
        match self.entries.get_mut(&key) {
            Some(entry) => {
                let changed = entry.info.spec_changed(&info);
                entry.info = info;
                // A status-only update (such as this scheduler's own condition) is no reason
                // to try again.
                if entry.state == State::Unschedulable && changed {
                    self.move_to_active_or_backoff(&key, Instant::now());
                }
            }
            None => {
                self.entries.insert(
                    key.clone(),
                    Entry {
                        info,
                        state: State::Active,
                        attempts: 0,
                        generation: 0,
                        since: Instant::now(),
                        popped_at_change: 0,
                    },
                );
                self.push_active(&key);
            }
        }
    }

    /// The pod is gone, or was bound by someone.
    pub fn delete(&mut self, key: &str) {
        self.entries.remove(key);
    }

    /// The next pod to schedule (highest priority, oldest first), with its attempt number.
    pub fn pop(&mut self, now: Instant) -> Option<(Arc<PodInfo>, u32)> {
        self.flush(now);
        while let Some(item) = self.active.pop() {
            let Some(entry) = self.entries.get_mut(&item.key) else {
                continue;
            };
            if entry.generation != item.generation || entry.state != State::Active {
                continue;
            }
            entry.state = State::InFlight;
            entry.attempts += 1;
            entry.popped_at_change = self.changes;
            return Some((entry.info.clone(), entry.attempts));
        }
        None
    }

    /// The pod was scheduled and bound: it leaves the queue.
    pub fn done(&mut self, key: &str) {
        if self
            .entries
            .get(key)
            .is_some_and(|e| e.state == State::InFlight)
        {
            self.entries.remove(key);
        }
    }

    /// The pod's attempt failed. `unschedulable`: no node fits (wait for a change); else an
    /// error (retry after backoff).
    pub fn failed(&mut self, key: &str, unschedulable: bool, now: Instant) {
        let changes = self.changes;
        let Some(entry) = self.entries.get_mut(key) else {
            return;
        };
        if entry.state != State::InFlight {
            return;
        }
        if unschedulable && entry.popped_at_change == changes {
            entry.state = State::Unschedulable;
            entry.generation += 1;
            entry.since = now;
        } else {
            self.send_to_backoff(key, now);
        }
    }

    /// Replaces what the queue knows of a pod (e.g. the node preemption nominated for it).
    pub fn set_info(&mut self, key: &str, info: Arc<PodInfo>) {
        if let Some(e) = self.entries.get_mut(key) {
            e.info = info;
        }
    }

    /// The cluster changed: every unschedulable pod gets another try (after its backoff).
    pub fn cluster_changed(&mut self, now: Instant) {
        self.changes += 1;
        let waiting: Vec<String> = self
            .entries
            .iter()
            .filter(|(_, e)| e.state == State::Unschedulable)
            .map(|(k, _)| k.clone())
            .collect();
        for key in waiting {
            self.move_to_active_or_backoff(&key, now);
        }
    }

    /// When the earliest backoff ends, if any pod is backing off.
    pub fn next_backoff_end(&self) -> Option<Instant> {
        self.backoff.peek().map(|Reverse((at, ..))| *at)
    }

    pub fn pending(&self) -> Pending {
        let mut p = Pending::default();
        for e in self.entries.values() {
            match e.state {
                State::Active => p.active += 1,
                State::Backoff => p.backoff += 1,
                State::Unschedulable => p.unschedulable += 1,
                State::InFlight => {}
            }
        }
        p
    }

    fn backoff_for(&self, attempts: u32) -> Duration {
        let doublings = attempts.saturating_sub(1).min(16);
        (self.initial_backoff * 2u32.pow(doublings)).min(self.max_backoff)
    }

    fn move_to_active_or_backoff(&mut self, key: &str, now: Instant) {
        let Some(entry) = self.entries.get(key) else {
            return;
        };
        let ends = entry.since + self.backoff_for(entry.attempts);
        if ends <= now {
            self.push_active(key);
        } else {
            self.send_to_backoff(key, entry.since);
        }
    }

    fn send_to_backoff(&mut self, key: &str, from: Instant) {
        let backoff = self
            .entries
            .get(key)
            .map(|e| self.backoff_for(e.attempts))
            .unwrap_or_default();
        let Some(entry) = self.entries.get_mut(key) else {
            return;
        };
        entry.state = State::Backoff;
        entry.generation += 1;
        entry.since = from;
        self.backoff.push(Reverse((
            from + backoff,
            self.seq,
            key.to_owned(),
            entry.generation,
        )));
        self.seq += 1;
    }

    fn push_active(&mut self, key: &str) {
        let Some(entry) = self.entries.get_mut(key) else {
            return;
        };
        entry.state = State::Active;
        entry.generation += 1;
        self.active.push(ActiveItem {
            priority: entry.info.priority,
            seq: self.seq,
            key: key.to_owned(),
            generation: entry.generation,
        });
        self.seq += 1;
    }

    /// Moves finished backoffs to active, and long-waiting unschedulable pods too.
    fn flush(&mut self, now: Instant) {
        while let Some(Reverse((at, _, key, generation))) = self.backoff.peek() {
            if *at > now {
                break;
            }
            let (key, generation) = (key.clone(), *generation);
            self.backoff.pop();
            if self
                .entries
                .get(&key)
                .is_some_and(|e| e.generation == generation && e.state == State::Backoff)
            {
                self.push_active(&key);
            }
        }
        if self
            .stale_scanned
            .is_some_and(|at| now.duration_since(at) < STALE_SCAN_INTERVAL)
        {
            return;
        }
        self.stale_scanned = Some(now);
        let stale: Vec<String> = self
            .entries
            .iter()
            .filter(|(_, e)| {
                e.state == State::Unschedulable
                    && now.duration_since(e.since) >= MAX_UNSCHEDULABLE_WAIT
            })
            .map(|(k, _)| k.clone())
            .collect();
        for key in stale {
            self.push_active(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::Pod;
    use serde_json::json;

    fn pod(name: &str, priority: i32) -> Arc<PodInfo> {
        let pod: Pod = serde_json::from_value(json!({"metadata": {"name": name, "namespace": "ns"}, "spec": {"priority": priority, "containers": []}})).unwrap();
        Arc::new(PodInfo::new(pod))
    }

    fn queue() -> SchedulingQueue {
        SchedulingQueue::new(Duration::from_secs(1), Duration::from_secs(10))
    }

    #[test]
    fn higher_priority_first_then_fifo() {
        let mut q = queue();
        q.add_or_update(pod("low", 0));
        q.add_or_update(pod("high", 100));
        q.add_or_update(pod("low2", 0));
        let now = Instant::now();
        let order: Vec<String> =
            std::iter::from_fn(|| q.pop(now).map(|(p, _)| p.name.clone())).collect();
        assert_eq!(order, ["high", "low", "low2"]);
    }

    #[test]
    fn unschedulable_pods_wait_for_a_change_then_their_backoff() {
        let mut q = queue();
        q.add_or_update(pod("p", 0));
        let t0 = Instant::now();
        assert!(q.pop(t0).is_some());
        q.failed("ns/p", true, t0);
        assert!(
            q.pop(t0 + Duration::from_secs(5)).is_none(),
            "no change yet"
        );
        assert_eq!(q.pending().unschedulable, 1);
        q.cluster_changed(t0 + Duration::from_millis(100));
        assert!(
            q.pop(t0 + Duration::from_millis(200)).is_none(),
            "still backing off"
        );
        let (p, attempts) = q.pop(t0 + Duration::from_secs(2)).unwrap();
        assert_eq!((p.name.as_str(), attempts), ("p", 2));
    }

    #[test]
    fn unschedulable_pods_are_retried_after_five_minutes_without_a_change() {
        let mut q = queue();
        q.add_or_update(pod("p", 0));
        let t0 = Instant::now();
        assert!(q.pop(t0).is_some());
        q.failed("ns/p", true, t0);
        for s in [1, 60, 299] {
            assert!(q.pop(t0 + Duration::from_secs(s)).is_none(), "{s} s");
        }
        let (p, attempts) = q.pop(t0 + Duration::from_secs(300)).unwrap();
        assert_eq!((p.name.as_str(), attempts), ("p", 2));
    }

    #[test]
    fn a_change_during_the_cycle_sends_a_failure_to_backoff() {
        let mut q = queue();
        q.add_or_update(pod("p", 0));
        let t0 = Instant::now();
        q.pop(t0).unwrap();
        q.cluster_changed(t0);
        q.failed("ns/p", true, t0);
        assert_eq!(q.pending().backoff, 1);
        assert!(q.pop(t0 + Duration::from_millis(1100)).is_some());
    }

    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        let q = queue();
        assert_eq!(q.backoff_for(1), Duration::from_secs(1));
        assert_eq!(q.backoff_for(3), Duration::from_secs(4));
        assert_eq!(q.backoff_for(9), Duration::from_secs(10));
    }

    #[test]
    fn deleted_pods_are_never_popped() {
        let mut q = queue();
        q.add_or_update(pod("p", 0));
        q.delete("ns/p");
        assert!(q.pop(Instant::now()).is_none());
    }
}
