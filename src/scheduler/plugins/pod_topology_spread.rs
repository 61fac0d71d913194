//! PodTopologySpread: `whenUnsatisfiable: DoNotSchedule` constraints filter out nodes whose
//! domain would exceed maxSkew; `ScheduleAnyway` constraints score nodes in emptier domains
//! higher. Domains are counted over the nodes the pod could go to (nodeAffinityPolicy Honor,
//! nodeTaintsPolicy Ignore by default), as kube-scheduler counts them.

use std::collections::HashMap;

use k8s_openapi::api::core::v1::TopologySpreadConstraint;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, LabelSelectorRequirement};

use super::node_affinity::required_matches;
use super::taint_toleration::tolerates;
use crate::scheduler::cache::{Cache, NodeInfo};
use crate::scheduler::framework::{
    Cycle, FilterPlugin, MAX_NODE_SCORE, NodeFilter, NodeScorer, ScorePlugin, Unfit,
};
use crate::scheduler::pod_info::PodInfo;
use crate::scheduler::selectors::label_selector_matches;

struct Constraint {
    max_skew: i64,
    key: String,
    selector: Option<LabelSelector>,
    min_domains: usize,
    honor_affinity: bool,
    honor_taints: bool,
    /// Matching pods per domain (value of `key`), including domains with none.
    counts: HashMap<String, i64>,
}

impl Constraint {
    fn new(c: &TopologySpreadConstraint, pod: &PodInfo) -> Self {
        let mut selector = c.label_selector.clone();
        // matchLabelKeys: the pod's own values of those labels narrow the selector.
        if let Some(sel) = selector.as_mut() {
            for key in c.match_label_keys.iter().flatten() {
                if let Some(v) = pod.labels.get(key) {
                    sel.match_expressions.get_or_insert_with(Vec::new).push(
                        LabelSelectorRequirement {
                            key: key.clone(),
                            operator: "In".into(),
                            values: Some(vec![v.clone()]),
                        },
                    );
                }
            }
        }
        Constraint {
            max_skew: c.max_skew as i64,
            key: c.topology_key.clone(),
            selector,
            min_domains: c.min_domains.unwrap_or(1).max(1) as usize,
            honor_affinity: c.node_affinity_policy.as_deref() != Some("Ignore"),
            honor_taints: c.node_taints_policy.as_deref() == Some("Honor"),
            counts: HashMap::new(),
        }
    }

    fn selects(&self, pod: &PodInfo) -> bool {
        self.selector
            .as_ref()
            .is_some_and(|s| label_selector_matches(s, &pod.labels))
    }
}

/// The constraints with `when` (DoNotSchedule or ScheduleAnyway), counted over the cluster.
fn counted(pod: &PodInfo, cache: &Cache, when: &str) -> Vec<Constraint> {
    let mut constraints: Vec<Constraint> = pod
        .spread
        .iter()
        .filter(|c| c.when_unsatisfiable == when)
        .map(|c| Constraint::new(c, pod))
        .collect();
    if constraints.is_empty() {
        return constraints;
    }
    for node in cache.nodes() {
        if !constraints.iter().all(|c| node.labels.contains_key(&c.key)) {
            continue;
        }
        for c in constraints.iter_mut() {
            if c.honor_affinity && !required_matches(pod, node) {
                continue;
            }
            if c.honor_taints
                && node.taints.iter().any(|taint| {
                    (taint.effect == "NoSchedule" || taint.effect == "NoExecute")
                        && !pod.tolerations.iter().any(|t| tolerates(t, taint))
                })
            {
                continue;
            }
            let matching = node
                .pods
                .iter()
                .filter(|p| p.namespace == pod.namespace && !p.deleting && c.selects(p))
                .count() as i64;
            *c.counts.entry(node.labels[&c.key].clone()).or_default() += matching;
        }
    }
    constraints
}

pub struct PodTopologySpread;

struct HardConstraints<'a> {
    pod: &'a PodInfo,
    constraints: Vec<Constraint>,
}

impl FilterPlugin for PodTopologySpread {
    fn name(&self) -> &'static str {
        "PodTopologySpread"
    }

    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit> {
        let constraints = counted(cx.pod, cx.cache, "DoNotSchedule");
        if constraints.is_empty() {
            return Ok(None);
        }
        Ok(Some(Box::new(HardConstraints {
            pod: cx.pod,
            constraints,
        })))
    }
}

impl NodeFilter for HardConstraints<'_> {
    fn filter(&self, node: &NodeInfo) -> Result<(), Unfit> {
        for c in &self.constraints {
            let Some(domain) = node.labels.get(&c.key) else {
                return Err(Unfit::unresolvable(
                    "node(s) didn't match pod topology spread constraints (missing required label)",
                ));
            };
            let min = if c.counts.len() < c.min_domains {
                0
            } else {
                c.counts.values().copied().min().unwrap_or(0)
            };
            let here = c.counts.get(domain).copied().unwrap_or(0);
            let skew = here + c.selects(self.pod) as i64 - min;
            if skew > c.max_skew {
                return Err(Unfit::resolvable(
                    "node(s) didn't match pod topology spread constraints",
                ));
            }
        }
        Ok(())
    }
}

impl ScorePlugin for PodTopologySpread {
    fn name(&self) -> &'static str {
        "PodTopologySpread"
    }

    fn prepare<'a>(
        &self,
        cx: &Cycle<'a>,
        _feasible: &[&'a NodeInfo],
    ) -> Option<Box<dyn NodeScorer + 'a>> {
        let constraints = counted(cx.pod, cx.cache, "ScheduleAnyway");
        if constraints.is_empty() {
            return None;
        }
        Some(Box::new(SoftConstraints { constraints }))
    }
}

struct SoftConstraints {
    constraints: Vec<Constraint>,
}

/// A node without a constraint's key: scored 0 after normalisation.
const IGNORED: i64 = -1;

impl NodeScorer for SoftConstraints {
    fn score(&self, node: &NodeInfo) -> i64 {
        let mut score = 0.0;
        for c in &self.constraints {
            let Some(domain) = node.labels.get(&c.key) else {
                return IGNORED;
            };
            // More domains weigh more (kube-scheduler's log(domains + 2)).
            let weight = ((c.counts.len() + 2) as f64).ln();
            let count = c.counts.get(domain).copied().unwrap_or(0);
            score += count as f64 * weight + (c.max_skew - 1) as f64;
        }
        score.round() as i64
    }

    fn normalize(&self, scores: &mut [i64]) {
        let counted = scores.iter().copied().filter(|s| *s != IGNORED);
        let (min, max) = counted.fold((i64::MAX, 0), |(lo, hi), s| (lo.min(s), hi.max(s)));
        for s in scores.iter_mut() {
            *s = if *s == IGNORED {
                0
            } else if max == 0 {
                MAX_NODE_SCORE
            } else {
                MAX_NODE_SCORE * (max + min - *s) / max
            };
        }
    }
}
