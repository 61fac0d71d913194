//! NodeResourcesFit (filter: requests fit the node's allocatable; score: LeastAllocated or
//! MostAllocated) and NodeResourcesBalancedAllocation (score: CPU and memory used evenly).

use std::collections::HashMap;

use crate::scheduler::cache::NodeInfo;
use crate::scheduler::framework::{
    Cycle, FilterPlugin, MAX_NODE_SCORE, NodeFilter, NodeScorer, ScorePlugin, Unfit,
};
use crate::scheduler::pod_info::{PodInfo, Resources};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    LeastAllocated,
    MostAllocated,
}

/// NodeResourcesFit's arguments: the scoring strategy and the resources it weighs.
#[derive(Clone, Debug)]
pub struct NodeResourcesFit {
    pub strategy: Strategy,
    pub resources: Vec<(String, i64)>,
}

impl Default for NodeResourcesFit {
    fn default() -> Self {
        NodeResourcesFit {
            strategy: Strategy::LeastAllocated,
            resources: vec![("cpu".into(), 1), ("memory".into(), 1)],
        }
    }
}

impl FilterPlugin for NodeResourcesFit {
    fn name(&self) -> &'static str {
        "NodeResourcesFit"
    }

    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit> {
        // Room nominated for higher-priority pods is not offered to this one.
        let nominated: HashMap<&'a str, Resources> = cx
            .nominated
            .iter()
            .map(|(node, pods)| {
                let mut sum = Resources::default();
                for p in pods {
                    sum.add(&p.requests);
                }
                (*node, sum)
            })
            .collect();
        let pod: &'a PodInfo = cx.pod;
        Ok(Some(Box::new(move |node: &NodeInfo| {
            let reasons = insufficient(pod, node, nominated.get(node.name.as_str()));
            if reasons.is_empty() {
                Ok(())
            } else {
                Err(Unfit {
                    reasons,
                    unresolvable: false,
                })
            }
        })))
    }
}

/// kube-scheduler's fitsRequest: every shortfall, each as its reason string.
pub fn insufficient(pod: &PodInfo, node: &NodeInfo, reserved: Option<&Resources>) -> Vec<String> {
    let mut reasons = Vec::new();
    if node.pods.len() as i64 + 1 > node.allowed_pods {
        reasons.push("Too many pods".to_owned());
    }
    let want = &pod.requests;
    if want.is_zero() {
        return reasons;
    }
    // Room nominated for more important pods counts as taken (no copy: this runs per node).
    let none = Resources::default();
    let reserved = reserved.unwrap_or(&none);
    let (alloc, used) = (&node.allocatable, &node.requested);
    if want.milli_cpu > 0 && alloc.milli_cpu < want.milli_cpu + used.milli_cpu + reserved.milli_cpu
    {
        reasons.push("Insufficient cpu".into());
    }
    if want.memory > 0 && alloc.memory < want.memory + used.memory + reserved.memory {
        reasons.push("Insufficient memory".into());
    }
    if want.ephemeral_storage > 0
        && alloc.ephemeral_storage
            < want.ephemeral_storage + used.ephemeral_storage + reserved.ephemeral_storage
    {
        reasons.push("Insufficient ephemeral-storage".into());
    }
    for (name, amount) in &want.scalar {
        if *amount == 0 {
            continue;
        }
        let get = |r: &Resources| r.scalar.get(name).copied().unwrap_or(0);
        if get(alloc) < amount + get(used) + get(reserved) {
            reasons.push(format!("Insufficient {name}"));
        }
    }
    reasons
}

/// (requested including the pod, allocatable) of one resource, with the non-zero defaults
/// for CPU and memory, as kube-scheduler scores.
fn usage(pod: &PodInfo, node: &NodeInfo, resource: &str) -> (i64, i64) {
    match resource {
        "cpu" => (
            node.non_zero_cpu + pod.non_zero_cpu,
            node.allocatable.milli_cpu,
        ),
        "memory" => (
            node.non_zero_memory + pod.non_zero_memory,
            node.allocatable.memory,
        ),
        "ephemeral-storage" => (
            node.requested.ephemeral_storage + pod.requests.ephemeral_storage,
            node.allocatable.ephemeral_storage,
        ),
        other => (
            node.requested.scalar.get(other).copied().unwrap_or(0)
                + pod.requests.scalar.get(other).copied().unwrap_or(0),
            node.allocatable.scalar.get(other).copied().unwrap_or(0),
        ),
    }
}

impl ScorePlugin for NodeResourcesFit {
    fn name(&self) -> &'static str {
        "NodeResourcesFit"
    }

    fn prepare<'a>(
        &self,
        cx: &Cycle<'a>,
        _feasible: &[&'a NodeInfo],
    ) -> Option<Box<dyn NodeScorer + 'a>> {
        Some(Box::new(FitScorer {
            pod: cx.pod,
            args: self.clone(),
        }))
    }
}

struct FitScorer<'a> {
    pod: &'a PodInfo,
    args: NodeResourcesFit,
}

impl NodeScorer for FitScorer<'_> {
    fn score(&self, node: &NodeInfo) -> i64 {
        let mut total = 0;
        let mut weights = 0;
        for (resource, weight) in &self.args.resources {
            let (requested, allocatable) = usage(self.pod, node, resource);
            if allocatable == 0 {
                continue;
            }
            let s = match self.args.strategy {
                Strategy::LeastAllocated if requested > allocatable => 0,
                Strategy::LeastAllocated => {
                    (allocatable - requested) * MAX_NODE_SCORE / allocatable
                }
                Strategy::MostAllocated => {
                    requested.min(allocatable) * MAX_NODE_SCORE / allocatable
                }
            };
            total += s * weight;
            weights += weight;
        }
        if weights == 0 { 0 } else { total / weights }
    }
}

pub struct BalancedAllocation;

impl ScorePlugin for BalancedAllocation {
    fn name(&self) -> &'static str {
        "NodeResourcesBalancedAllocation"
    }

    fn prepare<'a>(
        &self,
        cx: &Cycle<'a>,
        _feasible: &[&'a NodeInfo],
    ) -> Option<Box<dyn NodeScorer + 'a>> {
        Some(Box::new(Balanced { pod: cx.pod }))
    }
}

struct Balanced<'a> {
    pod: &'a PodInfo,
}

impl NodeScorer for Balanced<'_> {
    fn score(&self, node: &NodeInfo) -> i64 {
        let fraction = |resource| {
            let (requested, allocatable) = usage(self.pod, node, resource);
            if allocatable == 0 {
                1.0
            } else {
                (requested as f64 / allocatable as f64).min(1.0)
            }
        };
        // The standard deviation of the two fractions is half their distance.
        let std = (fraction("cpu") - fraction("memory")).abs() / 2.0;
        ((1.0 - std) * MAX_NODE_SCORE as f64) as i64
    }
}
