//! The in-tree plugins this scheduler runs, by kube-scheduler's names, and the default
//! profile's plugin sets and score weights (kube-scheduler v1.33's defaults).

mod image_locality;
mod inter_pod_affinity;
mod node_affinity;
mod node_basics;
pub mod node_resources;
mod pod_topology_spread;
pub mod taint_toleration;

use super::framework::{FilterPlugin, ScorePlugin};
pub use inter_pod_affinity::required_anti_affinity;
use node_resources::NodeResourcesFit;

/// Filter plugins in kube-scheduler's default order.
pub const DEFAULT_FILTERS: [&str; 9] = [
    "NodeUnschedulable",
    "NodeName",
    "TaintToleration",
    "NodeAffinity",
    "NodePorts",
    "NodeResourcesFit",
    "VolumeRestrictions",
    "PodTopologySpread",
    "InterPodAffinity",
];

/// Score plugins with kube-scheduler's default weights.
pub const DEFAULT_SCORES: [(&str, i64); 7] = [
    ("TaintToleration", 3),
    ("NodeAffinity", 2),
    ("NodeResourcesFit", 1),
    ("PodTopologySpread", 2),
    ("InterPodAffinity", 2),
    ("NodeResourcesBalancedAllocation", 1),
    ("ImageLocality", 1),
];

/// Every plugin name this scheduler knows (for configuration errors).
pub fn known() -> Vec<&'static str> {
    let mut names: Vec<&str> = DEFAULT_FILTERS
        .iter()
        .copied()
        .chain(DEFAULT_SCORES.iter().map(|(n, _)| *n))
        .collect();
    names.sort();
    names.dedup();
    names
}

pub fn filter(name: &str, fit: &NodeResourcesFit) -> Option<Box<dyn FilterPlugin>> {
    Some(match name {
        "NodeUnschedulable" => Box::new(node_basics::NodeUnschedulable),
        "NodeName" => Box::new(node_basics::NodeName),
        "TaintToleration" => Box::new(taint_toleration::TaintToleration),
        "NodeAffinity" => Box::new(node_affinity::NodeAffinity),
        "NodePorts" => Box::new(node_basics::NodePorts),
        "NodeResourcesFit" => Box::new(fit.clone()),
        "VolumeRestrictions" => Box::new(node_basics::VolumeRestrictions),
        "PodTopologySpread" => Box::new(pod_topology_spread::PodTopologySpread),
        "InterPodAffinity" => Box::new(inter_pod_affinity::InterPodAffinity),
        _ => return None,
    })
}

pub fn score(name: &str, fit: &NodeResourcesFit) -> Option<Box<dyn ScorePlugin>> {
    Some(match name {
        "TaintToleration" => Box::new(taint_toleration::TaintToleration),
        "NodeAffinity" => Box::new(node_affinity::NodeAffinity),
        "NodeResourcesFit" => Box::new(fit.clone()),
        "PodTopologySpread" => Box::new(pod_topology_spread::PodTopologySpread),
        "InterPodAffinity" => Box::new(inter_pod_affinity::InterPodAffinity),
        "NodeResourcesBalancedAllocation" => Box::new(node_resources::BalancedAllocation),
        "ImageLocality" => Box::new(image_locality::ImageLocality),
        _ => return None,
    })
}
