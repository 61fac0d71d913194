//! ImageLocality: prefer nodes that already hold the pod's images (from the Node's
//! status.images), weighted by how widely each image is spread, as kube-scheduler scores.

use crate::scheduler::cache::NodeInfo;
use crate::scheduler::framework::{Cycle, MAX_NODE_SCORE, NodeScorer, ScorePlugin};

const MB: i64 = 1024 * 1024;
const MIN_THRESHOLD: i64 = 23 * MB;
const MAX_CONTAINER_THRESHOLD: i64 = 1000 * MB;

/// `nginx` → `nginx:latest`, as the container runtime names an untagged image.
pub fn normalized(image: &str) -> String {
    let last = image.rsplit('/').next().unwrap_or(image);
    if last.contains(':') || image.contains('@') {
        image.to_owned()
    } else {
        format!("{image}:latest")
    }
}

pub struct ImageLocality;

impl ScorePlugin for ImageLocality {
    fn name(&self) -> &'static str {
        "ImageLocality"
    }

    fn prepare<'a>(
        &self,
        cx: &Cycle<'a>,
        _feasible: &[&'a NodeInfo],
    ) -> Option<Box<dyn NodeScorer + 'a>> {
        let total = cx.cache.node_count().max(1) as f64;
        let images: Vec<(String, String, f64)> = cx
            .pod
            .images
            .iter()
            .filter_map(|i| {
                let n = normalized(i);
                let spread = cx
                    .cache
                    .nodes_with_image(&n)
                    .or_else(|| cx.cache.nodes_with_image(i))? as f64
                    / total;
                Some((i.clone(), n, spread))
            })
            .collect();
        if images.is_empty() {
            return None;
        }
        Some(Box::new(Locality {
            images,
            containers: cx.pod.images.len() as i64,
        }))
    }
}

struct Locality {
    images: Vec<(String, String, f64)>,
    containers: i64,
}

impl NodeScorer for Locality {
    fn score(&self, node: &NodeInfo) -> i64 {
        let sum: f64 = self
            .images
            .iter()
            .filter_map(|(raw, norm, spread)| {
                let size = node.images.get(norm).or_else(|| node.images.get(raw))?;
                Some(*size as f64 * spread)
            })
            .sum();
        let max = MAX_CONTAINER_THRESHOLD * self.containers.max(1);
        let sum = (sum as i64).clamp(MIN_THRESHOLD, max);
        MAX_NODE_SCORE * (sum - MIN_THRESHOLD) / (max - MIN_THRESHOLD)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn untagged_images_are_latest() {
        assert_eq!(super::normalized("nginx"), "nginx:latest");
        assert_eq!(super::normalized("reg:5000/app"), "reg:5000/app:latest");
        assert_eq!(super::normalized("app:1.2"), "app:1.2");
    }
}
