//! InterPodAffinity: required pod affinity and anti-affinity (the incoming pod's terms, and
//! the existing pods' anti-affinity towards it) filter nodes by topology domain; preferred
//! terms of both sides, and existing pods' required affinity, score them.

use k8s_openapi::api::core::v1::{PodAffinityTerm, WeightedPodAffinityTerm};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector;

use crate::scheduler::cache::{Cache, NodeInfo};
use crate::scheduler::framework::{
    Cycle, FilterPlugin, MAX_NODE_SCORE, NodeFilter, NodeScorer, ScorePlugin, Unfit,
};
use crate::scheduler::hashing::FastMap;
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
    pod.required_anti_affinity_terms()
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

/// Counts per topology domain: key → value → count. Borrowed from the cache for the cycle, and
/// nested so that a node is judged with one label lookup per key.
type Domains<'a> = FastMap<&'a str, FastMap<&'a str, i64>>;

fn add<'a>(domains: &mut Domains<'a>, key: &'a str, node: &'a NodeInfo, n: i64) {
    if let Some(v) = node.labels.get(key) {
        *domains
            .entry(key)
            .or_default()
            .entry(v.as_str())
            .or_default() += n;
    }
}

/// The count of `node`'s domain for `key`.
fn count_for(domains: &Domains<'_>, key: &str, node: &NodeInfo) -> i64 {
    node.labels
        .get(key)
        .and_then(|v| domains.get(key)?.get(v.as_str()))
        .copied()
        .unwrap_or(0)
}

/// The counted pods a term with `selector` can match, with their nodes: through the cache's
/// label index when the selector has a `matchLabels` entry (the rarest label is used), else
/// every pod. Callers still check the whole term on each.
pub fn candidates<'a>(
    cache: &'a Cache,
    selector: Option<&LabelSelector>,
) -> Box<dyn Iterator<Item = (&'a NodeInfo, &'a PodInfo)> + 'a> {
    let rarest = selector
        .and_then(|s| s.match_labels.as_ref())
        .and_then(|m| m.iter().min_by_key(|(k, v)| cache.count_labelled(k, v)));
    match rarest {
        Some((k, v)) => Box::new(
            cache
                .pods_labelled(k, v)
                .filter_map(|p| Some((cache.node(&p.node_name)?, &**p))),
        ),
        None => Box::new(
            cache
                .nodes()
                .flat_map(|n| n.pods.iter().map(move |p| (n, &**p))),
        ),
    }
}

pub struct InterPodAffinity;

struct RequiredState<'a> {
    pod: &'a PodInfo,
    /// Domains holding an existing pod whose anti-affinity rejects the incoming pod.
    existing_anti: Domains<'a>,
    /// Domains holding pods that match all of the incoming pod's affinity terms.
    affinity_counts: Domains<'a>,
    /// Domains holding pods matched by any of the incoming pod's anti-affinity terms.
    anti_counts: Domains<'a>,
}

impl FilterPlugin for InterPodAffinity {
    fn name(&self) -> &'static str {
        "InterPodAffinity"
    }

    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit> {
        let pod = cx.pod;
        let affinity = required_affinity(pod);
        let anti = required_anti_affinity(pod);
        if affinity.is_empty() && anti.is_empty() && !cx.cache.has_anti_affinity_groups() {
            return Ok(None);
        }
        let mut state = RequiredState {
            pod,
            existing_anti: FastMap::default(),
            affinity_counts: FastMap::default(),
            anti_counts: FastMap::default(),
        };
        for group in cx.cache.anti_affinity_groups() {
            if term_matches(&group.term, &group.owner_namespace, pod) {
                let domains = state
                    .existing_anti
                    .entry(group.term.topology_key.as_str())
                    .or_default();
                for (value, n) in &group.domains {
                    *domains.entry(value.as_str()).or_default() += *n as i64;
                }
            }
        }
        if let Some(first) = affinity.first() {
            for (node, existing) in candidates(cx.cache, first.label_selector.as_ref()) {
                if affinity
                    .iter()
                    .all(|t| term_matches(t, &pod.namespace, existing))
                {
                    for t in affinity {
                        add(&mut state.affinity_counts, &t.topology_key, node, 1);
                    }
                }
            }
        }
        for t in anti {
            for (node, existing) in candidates(cx.cache, t.label_selector.as_ref()) {
                if term_matches(t, &pod.namespace, existing) {
                    add(&mut state.anti_counts, &t.topology_key, node, 1);
                }
            }
        }
        Ok(Some(Box::new(state)))
    }
}

impl NodeFilter for RequiredState<'_> {
    fn filter(&self, node: &NodeInfo) -> Result<(), Unfit> {
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
                if count_for(&self.affinity_counts, &t.topology_key, node) <= 0 {
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
            if count_for(&self.anti_counts, &t.topology_key, node) > 0 {
                return Err(Unfit::resolvable(
                    "node(s) didn't match pod anti-affinity rules",
                ));
            }
        }
        if self
            .existing_anti
            .keys()
            .any(|key| count_for(&self.existing_anti, key, node) > 0)
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
        if !own_terms && cx.cache.pods_affecting_scores() == 0 {
            return None;
        }
        let mut scores: Domains<'a> = FastMap::default();
        // The incoming pod's preferences towards existing pods.
        for (terms, sign) in [(preferred, 1), (preferred_anti, -1)] {
            for t in terms {
                let term = &t.pod_affinity_term;
                for (node, existing) in candidates(cx.cache, term.label_selector.as_ref()) {
                    if term_matches(term, &pod.namespace, existing) {
                        add(
                            &mut scores,
                            &term.topology_key,
                            node,
                            sign * t.weight as i64,
                        );
                    }
                }
            }
        }
        // Existing pods' affinity towards the incoming pod.
        if cx.cache.pods_affecting_scores() > 0 {
            for node in cx.cache.nodes().filter(|n| n.pods_affecting_scores > 0) {
                for existing in node.pods.iter().filter(|p| p.affects_scores()) {
                    for t in required_affinity(existing) {
                        if term_matches(t, &existing.namespace, pod) {
                            add(&mut scores, &t.topology_key, node, HARD_POD_AFFINITY_WEIGHT);
                        }
                    }
                    for t in preferred_affinity(existing) {
                        if term_matches(&t.pod_affinity_term, &existing.namespace, pod) {
                            add(
                                &mut scores,
                                &t.pod_affinity_term.topology_key,
                                node,
                                t.weight as i64,
                            );
                        }
                    }
                    for t in preferred_anti_affinity(existing) {
                        if term_matches(&t.pod_affinity_term, &existing.namespace, pod) {
                            add(
                                &mut scores,
                                &t.pod_affinity_term.topology_key,
                                node,
                                -(t.weight as i64),
                            );
                        }
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

struct TopologyScores<'a> {
    scores: Domains<'a>,
}

impl NodeScorer for TopologyScores<'_> {
    fn score(&self, node: &NodeInfo) -> i64 {
        self.scores
            .keys()
            .map(|key| count_for(&self.scores, key, node))
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
