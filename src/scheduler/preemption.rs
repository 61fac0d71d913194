//! Preemption (kube-scheduler's DefaultPreemption): when a pod fits nowhere, find a node where
//! evicting lower-priority pods makes it fit, evicting as few and as unimportant pods as
//! possible. The pod is then nominated to that node and the victims deleted gracefully.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::cache::NodeInfo;
use super::framework::{Cycle, FitError, Profile, join_counts, prepare_filters, run_filters};
use super::pod_info::PodInfo;

/// At least this many candidate nodes are examined, or this share of them
/// (kube-scheduler's minCandidateNodesAbsolute and minCandidateNodesPercentage).
const MIN_CANDIDATES: usize = 100;
const MIN_CANDIDATES_PERCENT: usize = 10;

pub struct Candidate {
    pub node: String,
    pub victims: Vec<Arc<PodInfo>>,
}

/// The best preemption for `cx.pod`, or the "preemption: …" explanation of why there is none.
pub fn find(profile: &Profile, cx: &Cycle<'_>, diagnosis: &FitError) -> Result<Candidate, String> {
    let pod = cx.pod;
    let total = diagnosis.node_count;
    if pod.preempt_never {
        return Err("preemption: not eligible due to preemptionPolicy=Never.".into());
    }
    // Already nominated and lower-priority pods there are still terminating: wait for them.
    if let Some(node) = pod.nominated_node.as_deref().and_then(|n| cx.cache.node(n))
        && node
            .pods
            .iter()
            .any(|p| p.deleting && p.priority < pod.priority)
    {
        return Err(
            "preemption: not eligible due to a terminating pod on the nominated node.".into(),
        );
    }
    let filters = match prepare_filters(profile, cx) {
        Ok(f) => f,
        Err(_) => {
            return Err(format!(
                "preemption: 0/{total} nodes are available: {total} Preemption is not helpful for scheduling."
            ));
        }
    };
    let mut not_helpful = 0;
    let mut no_victims = 0;
    let mut candidates: Vec<Candidate> = Vec::new();
    let enough = MIN_CANDIDATES.max(total * MIN_CANDIDATES_PERCENT / 100);
    for node in cx.cache.nodes() {
        let resolvable = diagnosis
            .failures
            .get(&node.name)
            .is_none_or(|u| !u.unresolvable);
        if !resolvable {
            not_helpful += 1;
            continue;
        }
        match victims_on(pod, node, &filters) {
            Some(victims) => candidates.push(Candidate {
                node: node.name.clone(),
                victims,
            }),
            None => no_victims += 1,
        }
        if candidates.len() >= enough {
            break;
        }
    }
    candidates
        .into_iter()
        .min_by_key(|c| {
            let highest = c
                .victims
                .iter()
                .map(|v| v.priority)
                .max()
                .unwrap_or(i32::MIN);
            let sum: i64 = c
                .victims
                .iter()
                .map(|v| v.priority as i64 + (1 << 31))
                .sum();
            (highest, sum, c.victims.len())
        })
        .ok_or_else(|| {
            let mut counts = BTreeMap::new();
            if no_victims > 0 {
                counts.insert("No preemption victims found for incoming pod", no_victims);
            }
            if not_helpful > 0 {
                counts.insert("Preemption is not helpful for scheduling", not_helpful);
            }
            format!(
                "preemption: 0/{total} nodes are available: {}.",
                join_counts(&counts)
            )
        })
}

/// The fewest, least important pods on `node` whose removal lets `pod` fit; None if even
/// removing every lower-priority pod is not enough.
fn victims_on(
    pod: &PodInfo,
    node: &NodeInfo,
    filters: &[Box<dyn super::framework::NodeFilter + '_>],
) -> Option<Vec<Arc<PodInfo>>> {
    let mut trial = node.clone();
    let mut potential: Vec<Arc<PodInfo>> = node
        .pods
        .iter()
        .filter(|p| p.priority < pod.priority && !p.deleting)
        .cloned()
        .collect();
    if potential.is_empty() {
        return None;
    }
    for v in &potential {
        trial.remove_pod(&v.uid);
    }
    run_filters(filters, &trial).ok()?;
    // Reprieve the most important first: each that can stay without breaking the fit stays.
    potential.sort_by(|a, b| {
        b.priority
            .cmp(&a.priority)
            .then_with(|| a.start_time.cmp(&b.start_time))
    });
    let mut victims = Vec::new();
    for v in potential {
        trial.add_pod(v.clone());
        if run_filters(filters, &trial).is_err() {
            trial.remove_pod(&v.uid);
            victims.push(v);
        }
    }
    Some(victims)
}

/// Nodes the cycle would consider nominated for pods at least as important as `pod`.
pub fn nominated_for<'a>(
    pod: &PodInfo,
    nominated: &'a BTreeMap<String, Arc<PodInfo>>,
) -> std::collections::HashMap<&'a str, Vec<&'a PodInfo>> {
    let mut by_node: std::collections::HashMap<&str, Vec<&PodInfo>> =
        std::collections::HashMap::new();
    for (key, p) in nominated {
        if *key == pod.key() || p.priority < pod.priority {
            continue;
        }
        if let Some(node) = p.nominated_node.as_deref() {
            by_node.entry(node).or_default().push(p);
        }
    }
    by_node
}
