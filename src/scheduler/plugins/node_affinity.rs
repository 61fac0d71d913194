//! NodeAffinity: `nodeSelector` and required node affinity terms filter nodes; preferred terms
//! add their weights to the score of the nodes they match.

use k8s_openapi::api::core::v1::{NodeSelectorTerm, PreferredSchedulingTerm};

use crate::scheduler::cache::NodeInfo;
use crate::scheduler::framework::{
    Cycle, FilterPlugin, NodeFilter, NodeScorer, ScorePlugin, Unfit, normalize_default,
};
use crate::scheduler::pod_info::PodInfo;
use crate::scheduler::selectors::{node_term_matches, node_terms_match};

/// Whether `node` satisfies the pod's nodeSelector and required node affinity.
pub fn required_matches(pod: &PodInfo, node: &NodeInfo) -> bool {
    if !pod
        .node_selector
        .iter()
        .all(|(k, v)| node.labels.get(k) == Some(v))
    {
        return false;
    }
    match required_terms(pod) {
        Some(terms) => node_terms_match(terms, &node.name, &node.labels),
        None => true,
    }
}

fn required_terms(pod: &PodInfo) -> Option<&[NodeSelectorTerm]> {
    pod.affinity
        .as_ref()?
        .node_affinity
        .as_ref()?
        .required_during_scheduling_ignored_during_execution
        .as_ref()
        .map(|r| r.node_selector_terms.as_slice())
}

pub struct NodeAffinity;

impl FilterPlugin for NodeAffinity {
    fn name(&self) -> &'static str {
        "NodeAffinity"
    }

    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit> {
        let pod: &'a PodInfo = cx.pod;
        if pod.node_selector.is_empty() && required_terms(pod).is_none() {
            return Ok(None);
        }
        Ok(Some(Box::new(move |node: &NodeInfo| {
            if required_matches(pod, node) {
                Ok(())
            } else {
                Err(Unfit::unresolvable(
                    "node(s) didn't match Pod's node affinity/selector",
                ))
            }
        })))
    }
}

impl ScorePlugin for NodeAffinity {
    fn name(&self) -> &'static str {
        "NodeAffinity"
    }

    fn prepare<'a>(
        &self,
        cx: &Cycle<'a>,
        _feasible: &[&'a NodeInfo],
    ) -> Option<Box<dyn NodeScorer + 'a>> {
        let preferred: &'a [PreferredSchedulingTerm] = cx
            .pod
            .affinity
            .as_ref()?
            .node_affinity
            .as_ref()?
            .preferred_during_scheduling_ignored_during_execution
            .as_deref()?;
        Some(Box::new(Preferred { preferred }))
    }
}

struct Preferred<'a> {
    preferred: &'a [PreferredSchedulingTerm],
}

impl NodeScorer for Preferred<'_> {
    fn score(&self, node: &NodeInfo) -> i64 {
        self.preferred
            .iter()
            .filter(|t| node_term_matches(&t.preference, &node.name, &node.labels))
            .map(|t| t.weight as i64)
            .sum()
    }

    fn normalize(&self, scores: &mut [i64]) {
        normalize_default(scores, false);
    }
}
