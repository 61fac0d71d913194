//! The scheduling framework (kube-scheduler's pkg/scheduler/framework, reduced to what this
//! scheduler runs): filter plugins say whether a pod fits a node, score plugins rank the nodes
//! that fit, and one scheduling cycle picks the best node for one pod.
//!
//! A plugin first `prepare`s for the pod being scheduled (kube-scheduler's PreFilter /
//! PreScore: work done once per pod, such as counting matching pods per topology domain),
//! which yields a per-pod object that then judges each node cheaply.

use std::collections::{BTreeMap, HashMap};

use super::cache::{Cache, NodeInfo};
use super::pod_info::PodInfo;

/// The largest score a plugin gives a node after normalisation.
pub const MAX_NODE_SCORE: i64 = 100;

/// What a scheduling cycle sees.
pub struct Cycle<'a> {
    pub pod: &'a PodInfo,
    pub cache: &'a Cache,
    /// Pods nominated to nodes by preemption, by node, that outrank (or equal) this pod:
    /// the room they are waiting for is not offered to it.
    pub nominated: HashMap<&'a str, Vec<&'a PodInfo>>,
}

/// Why a node does not fit: kube-scheduler's reason strings ("Insufficient cpu"), and whether
/// evicting pods could ever change that (preemption only tries resolvable failures).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unfit {
    pub reasons: Vec<String>,
    pub unresolvable: bool,
}

impl Unfit {
    pub fn resolvable(reason: impl Into<String>) -> Self {
        Unfit {
            reasons: vec![reason.into()],
            unresolvable: false,
        }
    }

    pub fn unresolvable(reason: impl Into<String>) -> Self {
        Unfit {
            reasons: vec![reason.into()],
            unresolvable: true,
        }
    }
}

pub trait FilterPlugin: Send + Sync {
    fn name(&self) -> &'static str;
    /// Per-pod preparation. `Ok(None)`: nothing to check for this pod. `Err`: no node can fit
    /// (every node fails with that reason).
    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit>;
}

pub trait NodeFilter {
    fn filter(&self, node: &NodeInfo) -> Result<(), Unfit>;
}

/// A closure is a node filter (most plugins need no more).
impl<F: Fn(&NodeInfo) -> Result<(), Unfit>> NodeFilter for F {
    fn filter(&self, node: &NodeInfo) -> Result<(), Unfit> {
        self(node)
    }
}

pub trait ScorePlugin: Send + Sync {
    fn name(&self) -> &'static str;
    /// Per-pod preparation over the nodes that passed filtering; `None`: no opinion (every
    /// node scores 0 for this plugin).
    fn prepare<'a>(
        &self,
        cx: &Cycle<'a>,
        feasible: &[&'a NodeInfo],
    ) -> Option<Box<dyn NodeScorer + 'a>>;
}

pub trait NodeScorer {
    fn score(&self, node: &NodeInfo) -> i64;
    /// Maps raw scores onto 0..=MAX_NODE_SCORE (kube-scheduler's NormalizeScore).
    fn normalize(&self, _scores: &mut [i64]) {}
}

/// One scheduling profile: the plugins a pod with this `schedulerName` goes through.
pub struct Profile {
    pub scheduler_name: String,
    pub filters: Vec<Box<dyn FilterPlugin>>,
    pub scorers: Vec<(Box<dyn ScorePlugin>, i64)>,
    pub percentage_of_nodes_to_score: Option<u32>,
}

/// Why a pod fits nowhere: each node's failure (kube-scheduler's Diagnosis).
#[derive(Debug, Default)]
pub struct FitError {
    pub node_count: usize,
    pub failures: HashMap<String, Unfit>,
}

impl FitError {
    /// "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had untolerated taint {a: b}."
    pub fn message(&self) -> String {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for unfit in self.failures.values() {
            for r in &unfit.reasons {
                *counts.entry(r.as_str()).or_default() += 1;
            }
        }
        format!(
            "0/{} nodes are available: {}.",
            self.node_count,
            join_counts(&counts)
        )
    }
}

/// "1 a, 2 b": each reason with its count, sorted as text (count first), as kube-scheduler
/// sorts them.
pub fn join_counts(counts: &BTreeMap<&str, usize>) -> String {
    let mut parts: Vec<String> = counts.iter().map(|(r, n)| format!("{n} {r}")).collect();
    parts.sort();
    parts.join(", ")
}

/// kube-scheduler's adaptive percentage: all nodes below 100, else at least 100 nodes and
/// 50% minus 1% per 125 nodes (at least 5%) of the cluster, unless configured.
pub fn nodes_to_find(total: usize, configured: Option<u32>) -> usize {
    const MIN_FEASIBLE: usize = 100;
    if total < MIN_FEASIBLE || configured == Some(100) {
        return total;
    }
    let pct = match configured {
        Some(p) if p > 0 => p as usize,
        _ => (50usize.saturating_sub(total / 125)).max(5),
    };
    (total * pct / 100).max(MIN_FEASIBLE).min(total)
}

/// Runs every filter of `profile` against `node`; the first failure wins.
pub fn run_filters(filters: &[Box<dyn NodeFilter + '_>], node: &NodeInfo) -> Result<(), Unfit> {
    for f in filters {
        f.filter(node)?;
    }
    Ok(())
}

pub fn prepare_filters<'a>(
    profile: &Profile,
    cx: &Cycle<'a>,
) -> Result<Vec<Box<dyn NodeFilter + 'a>>, Unfit> {
    let mut prepared = Vec::with_capacity(profile.filters.len());
    for plugin in &profile.filters {
        if let Some(f) = plugin.prepare(cx)? {
            prepared.push(f);
        }
    }
    Ok(prepared)
}

/// Finds the node for `cx.pod`: filter (from `*next_start`, stopping once enough feasible
/// nodes are found), score, pick the best (ties broken at random).
pub fn schedule_pod(
    profile: &Profile,
    cx: &Cycle<'_>,
    next_start: &mut usize,
) -> Result<String, FitError> {
    let cache = cx.cache;
    let total = cache.node_count();
    let mut diagnosis = FitError {
        node_count: total,
        failures: HashMap::new(),
    };
    if total == 0 {
        return Err(diagnosis);
    }
    let filters = match prepare_filters(profile, cx) {
        Ok(f) => f,
        Err(unfit) => {
            for node in cache.nodes() {
                diagnosis.failures.insert(node.name.clone(), unfit.clone());
            }
            return Err(diagnosis);
        }
    };
    // A node nominated by an earlier preemption is tried first: the room was made for this pod.
    if let Some(node) = cx.pod.nominated_node.as_deref().and_then(|n| cache.node(n))
        && run_filters(&filters, node).is_ok()
    {
        return Ok(node.name.clone());
    }
    let wanted = nodes_to_find(total, profile.percentage_of_nodes_to_score);
    let mut feasible: Vec<&NodeInfo> = Vec::with_capacity(wanted);
    let start = *next_start % total;
    let mut processed = 0;
    for i in 0..total {
        let node = cache.node_at((start + i) % total);
        processed += 1;
        match run_filters(&filters, node) {
            Ok(()) => {
                feasible.push(node);
                if feasible.len() >= wanted {
                    break;
                }
            }
            Err(unfit) => {
                diagnosis.failures.insert(node.name.clone(), unfit);
            }
        }
    }
    *next_start = (start + processed) % total;
    drop(filters);
    match feasible.len() {
        0 => Err(diagnosis),
        1 => Ok(feasible[0].name.clone()),
        _ => Ok(select_host(&feasible, &score_nodes(profile, cx, &feasible)).to_owned()),
    }
}

/// The weighted sum of every score plugin's normalised score, per feasible node.
pub fn score_nodes(profile: &Profile, cx: &Cycle<'_>, feasible: &[&NodeInfo]) -> Vec<i64> {
    let mut totals = vec![0i64; feasible.len()];
    let mut scores = vec![0i64; feasible.len()];
    for (plugin, weight) in &profile.scorers {
        let Some(scorer) = plugin.prepare(cx, feasible) else {
            continue;
        };
        for (s, node) in scores.iter_mut().zip(feasible) {
            *s = scorer.score(node);
        }
        scorer.normalize(&mut scores);
        for (t, s) in totals.iter_mut().zip(&scores) {
            *t += s * weight;
        }
    }
    totals
}

/// The highest-scoring node; among equals, each is equally likely (reservoir sampling).
pub fn select_host<'a>(feasible: &[&'a NodeInfo], scores: &[i64]) -> &'a str {
    let mut best = 0;
    let mut ties = 1u64;
    for i in 1..feasible.len() {
        if scores[i] > scores[best] {
            best = i;
            ties = 1;
        } else if scores[i] == scores[best] {
            ties += 1;
            if random_below(ties) == 0 {
                best = i;
            }
        }
    }
    &feasible[best].name
}

fn random_below(n: u64) -> u64 {
    use std::cell::Cell;
    thread_local!(static STATE: Cell<u64> = Cell::new({
        let mut b = [0u8; 8];
        aws_lc_rs::rand::fill(&mut b).expect("system randomness");
        u64::from_le_bytes(b) | 1
    }));
    STATE.with(|s| {
        // xorshift64*: tie-breaking needs speed and spread, not secrecy.
        let mut x = s.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        s.set(x);
        x.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    })
}

/// Min-max normalisation onto 0..=100 (`reverse`: lower raw scores are better).
pub fn normalize_default(scores: &mut [i64], reverse: bool) {
    let max = scores.iter().copied().max().unwrap_or(0);
    if max == 0 {
        if reverse {
            scores.iter_mut().for_each(|s| *s = MAX_NODE_SCORE);
        }
        return;
    }
    for s in scores.iter_mut() {
        *s = MAX_NODE_SCORE * *s / max;
        if reverse {
            *s = MAX_NODE_SCORE - *s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adaptive_percentage_matches_kube_scheduler() {
        assert_eq!(nodes_to_find(50, None), 50);
        assert_eq!(nodes_to_find(5000, None), 500); // 50 - 40 = 10%
        assert_eq!(nodes_to_find(200, None), 100); // at least 100
        assert_eq!(nodes_to_find(10000, None), 500); // 5% floor
        assert_eq!(nodes_to_find(5000, Some(100)), 5000);
        assert_eq!(nodes_to_find(5000, Some(30)), 1500);
    }

    #[test]
    fn fit_error_message_counts_reasons_alphabetically() {
        let mut e = FitError {
            node_count: 3,
            failures: HashMap::new(),
        };
        e.failures
            .insert("a".into(), Unfit::resolvable("Insufficient cpu"));
        e.failures.insert(
            "b".into(),
            Unfit::unresolvable("node(s) had untolerated taint {k: v}"),
        );
        e.failures.insert(
            "c".into(),
            Unfit::unresolvable("node(s) had untolerated taint {k: v}"),
        );
        assert_eq!(
            e.message(),
            "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had untolerated taint {k: v}."
        );
    }

    #[test]
    fn ties_are_broken_at_random() {
        let nodes: Vec<NodeInfo> = (0..4)
            .map(|i| NodeInfo {
                name: format!("n{i}"),
                ..Default::default()
            })
            .collect();
        let refs: Vec<&NodeInfo> = nodes.iter().collect();
        let scores = [5, 9, 9, 1];
        let mut seen = std::collections::HashSet::new();
        for _ in 0..200 {
            seen.insert(select_host(&refs, &scores).to_owned());
        }
        assert_eq!(seen, ["n1".to_owned(), "n2".to_owned()].into());
    }
}
