//! InterPodAffinity: required pod affinity and anti-affinity (the incoming pod's terms, and
//! the existing pods' anti-affinity towards it) filter nodes by topology domain; preferred
//! terms of both sides, and existing pods' required affinity, score them.

use std::collections::{HashMap, HashSet};

use k8s_openapi::api::core::v1::{PodAffinityTerm, WeightedPodAffinityTerm};

use crate::scheduler::cache::NodeInfo;
use crate::scheduler::framework::{
    Cycle, FilterPlugin, MAX_NODE_SCORE, NodeFilter, NodeScorer, ScorePlugin, Unfit,
};
use crate::scheduler::pod_info::PodInfo;
use crate::scheduler::selectors::label_selector_matches;

/// kube-scheduler's hardPodAffinityWeight: how much an existing pod's *required* affinity
/// towards the incoming pod counts when scoring.
const HARD_POD_AFFINITY_WEIGHT: i64 = 1;

/// Whether `term`, written in a pod of namespace `owner_ns`, selects `pod`.
pub fn term_matches(term: &PodAffinityTerm, owner_ns: &str, pod: &PodInfo) -> bool {
    let namespaces = term.namespaces.as_deref().unwrap_or_default();
    let in_namespace = if !namespaces.is_empty() {
        namespaces.iter().any(|n| n == &pod.namespace)
    } else {
        match &term.namespace_selector {
            // `{}` selects every namespace; a selector on namespace labels is not evaluated
            // here (the scheduler does not watch Namespaces) and selects none.
            Some(sel) => {
                sel.match_labels.as_ref().is_none_or(|m| m.is_empty())
                    && sel.match_expressions.as_ref().is_none_or(|e| e.is_empty())
            }
            None => pod.namespace == owner_ns,
        }
    };
    in_namespace
        && term
            .label_selector
            .as_ref()
            .is_some_and(|sel| label_selector_matches(sel, &pod.labels))
}

fn required_affinity(pod: &PodInfo) -> &[PodAffinityTerm] {
    pod.affinity
        .as_ref()
        .and_then(|a| a.pod_affinity.as_ref())
        .and_then(|a| {
            a.required_during_scheduling_ignored_during_execution
                .as_deref()
        })
        .unwrap_or_default()
}

pub fn required_anti_affinity(pod: &PodInfo) -> &[PodAffinityTerm] {
    pod.affinity
        .as_ref()
        .and_then(|a| a.pod_anti_affinity.as_ref())
        .and_then(|a| {
            a.required_during_scheduling_ignored_during_execution
                .as_deref()
        })
        .unwrap_or_default()
}

fn preferred_affinity(pod: &PodInfo) -> &[WeightedPodAffinityTerm] {
    pod.affinity
        .as_ref()
        .and_then(|a| a.pod_affinity.as_ref())
        .and_then(|a| {
            a.preferred_during_scheduling_ignored_during_execution
                .as_deref()
        })
        .unwrap_or_default()
}

fn preferred_anti_affinity(pod: &PodInfo) -> &[WeightedPodAffinityTerm] {
    pod.affinity
        .as_ref()
        .and_then(|a| a.pod_anti_affinity.as_ref())
        .and_then(|a| {
            a.preferred_during_scheduling_ignored_during_execution
                .as_deref()
        })
        .unwrap_or_default()
}

type Pair = (String, String);

pub struct InterPodAffinity;

struct RequiredState<'a> {
    pod: &'a PodInfo,
    /// Topology pairs holding an existing pod whose anti-affinity rejects the incoming pod.
    existing_anti: HashSet<Pair>,
    /// Pairs holding pods that match all of the incoming pod's affinity terms.
    affinity_counts: HashMap<Pair, usize>,
    /// Pairs holding pods matched by any of the incoming pod's anti-affinity terms.
    anti_counts: HashMap<Pair, usize>,
}

impl FilterPlugin for InterPodAffinity {
    fn name(&self) -> &'static str {
        "InterPodAffinity"
    }

    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit> {
        let pod = cx.pod;
        let affinity = required_affinity(pod);
        let anti = required_anti_affinity(pod);
        if affinity.is_empty()
            && anti.is_empty()
            && cx.cache.pods_with_required_anti_affinity() == 0
        {
            return Ok(None);
        }
        let mut state = RequiredState {
            pod,
            existing_anti: HashSet::new(),
            affinity_counts: HashMap::new(),
            anti_counts: HashMap::new(),
        };
        for node in cx.cache.nodes() {
            if node.pods.is_empty() {
                continue;
            }
            if node.pods_with_required_anti_affinity > 0 {
                for existing in node.pods.iter().filter(|p| p.has_required_anti_affinity()) {
                    for term in required_anti_affinity(existing) {
                        if let Some(v) = node.labels.get(&term.topology_key)
                            && term_matches(term, &existing.namespace, pod)
                        {
                            state
                                .existing_anti
                                .insert((term.topology_key.clone(), v.clone()));
                        }
                    }
                }
            }
            if affinity.is_empty() && anti.is_empty() {
                continue;
            }
            for existing in &node.pods {
                if !affinity.is_empty()
                    && affinity
                        .iter()
                        .all(|t| term_matches(t, &pod.namespace, existing))
                {
                    for t in affinity {
                        if let Some(v) = node.labels.get(&t.topology_key) {
                            *state
                                .affinity_counts
                                .entry((t.topology_key.clone(), v.clone()))
                                .or_default() += 1;
                        }
                    }
                }
                for t in anti {
                    if let Some(v) = node.labels.get(&t.topology_key)
                        && term_matches(t, &pod.namespace, existing)
                    {
                        *state
                            .anti_counts
                            .entry((t.topology_key.clone(), v.clone()))
                            .or_default() += 1;
                    }
                }
            }
        }
        Ok(Some(Box::new(state)))
    }
}

impl NodeFilter for RequiredState<'_> {
    fn filter(&self, node: &NodeInfo) -> Result<(), Unfit> {
        let holds = |set: &dyn Fn(&Pair) -> bool, key: &str| {
            node.labels
                .get(key)
                .is_some_and(|v| set(&(key.to_owned(), v.clone())))
        };
        // kube-scheduler's order: the pod's affinity, its anti-affinity, then the existing
        // pods' anti-affinity.
        let affinity = required_affinity(self.pod);
        if !affinity.is_empty() {
            let mut pods_exist = true;
            for t in affinity {
                if !node.labels.contains_key(&t.topology_key) {
                    return Err(Unfit::unresolvable(
                        "node(s) didn't match pod affinity rules",
                    ));
                }
                if !holds(
                    &|p| self.affinity_counts.get(p).is_some_and(|n| *n > 0),
                    &t.topology_key,
                ) {
                    pods_exist = false;
                }
            }
            // The first pod of a group whose members attract each other may go anywhere.
            let first_of_group = self.affinity_counts.is_empty()
                && affinity
                    .iter()
                    .all(|t| term_matches(t, &self.pod.namespace, self.pod));
            if !pods_exist && !first_of_group {
                return Err(Unfit::unresolvable(
                    "node(s) didn't match pod affinity rules",
                ));
            }
        }
        for t in required_anti_affinity(self.pod) {
            if holds(&|p| self.anti_counts.contains_key(p), &t.topology_key) {
                return Err(Unfit::resolvable(
                    "node(s) didn't match pod anti-affinity rules",
                ));
            }
        }
        if self
            .existing_anti
            .iter()
            .any(|(k, v)| node.labels.get(k) == Some(v))
        {
            return Err(Unfit::resolvable(
                "node(s) didn't satisfy existing pods anti-affinity rules",
            ));
        }
        Ok(())
    }
}

impl ScorePlugin for InterPodAffinity {
    fn name(&self) -> &'static str {
        "InterPodAffinity"
    }

    fn prepare<'a>(
        &self,
        cx: &Cycle<'a>,
        _feasible: &[&'a NodeInfo],
    ) -> Option<Box<dyn NodeScorer + 'a>> {
        let pod = cx.pod;
        let preferred = preferred_affinity(pod);
        let preferred_anti = preferred_anti_affinity(pod);
        let own_terms = !preferred.is_empty() || !preferred_anti.is_empty();
        if !own_terms && cx.cache.pods_with_affinity() == 0 {
            return None;
        }
        let mut scores: HashMap<Pair, i64> = HashMap::new();
        let mut add = |node: &NodeInfo, key: &str, weight: i64| {
            if let Some(v) = node.labels.get(key) {
                *scores.entry((key.to_owned(), v.clone())).or_default() += weight;
            }
        };
        for node in cx.cache.nodes() {
            if !own_terms && node.pods_with_affinity == 0 {
                continue;
            }
            for existing in &node.pods {
                for t in preferred {
                    if term_matches(&t.pod_affinity_term, &pod.namespace, existing) {
                        add(node, &t.pod_affinity_term.topology_key, t.weight as i64);
                    }
                }
                for t in preferred_anti {
                    if term_matches(&t.pod_affinity_term, &pod.namespace, existing) {
                        add(node, &t.pod_affinity_term.topology_key, -(t.weight as i64));
                    }
                }
                if !existing.has_affinity_terms() {
                    continue;
                }
                for t in required_affinity(existing) {
                    if term_matches(t, &existing.namespace, pod) {
                        add(node, &t.topology_key, HARD_POD_AFFINITY_WEIGHT);
                    }
                }
                for t in preferred_affinity(existing) {
                    if term_matches(&t.pod_affinity_term, &existing.namespace, pod) {
                        add(node, &t.pod_affinity_term.topology_key, t.weight as i64);
                    }
                }
                for t in preferred_anti_affinity(existing) {
                    if term_matches(&t.pod_affinity_term, &existing.namespace, pod) {
                        add(node, &t.pod_affinity_term.topology_key, -(t.weight as i64));
                    }
                }
            }
        }
        if scores.is_empty() {
            return None;
        }
        Some(Box::new(TopologyScores { scores }))
    }
}

struct TopologyScores {
    scores: HashMap<Pair, i64>,
}

impl NodeScorer for TopologyScores {
    fn score(&self, node: &NodeInfo) -> i64 {
        self.scores
            .iter()
            .filter(|((k, v), _)| node.labels.get(k) == Some(v))
            .map(|(_, s)| s)
            .sum()
    }

    fn normalize(&self, scores: &mut [i64]) {
        let (min, max) = (
            scores.iter().copied().min().unwrap_or(0),
            scores.iter().copied().max().unwrap_or(0),
        );
        for s in scores.iter_mut() {
            *s = if max > min {
                MAX_NODE_SCORE * (*s - min) / (max - min)
            } else {
                0
            };
        }
    }
}
