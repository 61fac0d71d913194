//! The scheduler's cache: every Node with the pods on it (bound or *assumed* — bound in the
//! scheduler's mind while the binding request is in flight, so the next decision already
//! counts them), kept current from the API server's watch streams.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use k8s_openapi::api::core::v1::{Node, PodAffinityTerm, Taint};

use super::hashing::FastMap;
use super::pod_info::{HostPort, PodInfo, Resources};

/// One node and what is placed on it.
#[derive(Clone, Debug, Default)]
pub struct NodeInfo {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub taints: Vec<Taint>,
    pub unschedulable: bool,
    pub allocatable: Resources,
    pub allowed_pods: i64,
    /// Image name → size in bytes, from status.images.
    pub images: HashMap<String, i64>,
    pub pods: Vec<Arc<PodInfo>>,
    pub requested: Resources,
    pub non_zero_cpu: i64,
    pub non_zero_memory: i64,
    pub used_ports: Vec<HostPort>,
    pub pods_affecting_scores: usize,
}

impl NodeInfo {
    pub fn from_node(node: &Node) -> Self {
        let mut info = NodeInfo::default();
        info.set_node(node);
        info
    }

    /// Updates the node's own fields, keeping its pods.
    pub fn set_node(&mut self, node: &Node) {
        self.name = node.metadata.name.clone().unwrap_or_default();
        self.labels = node.metadata.labels.clone().unwrap_or_default();
        let spec = node.spec.as_ref();
        self.taints = spec.and_then(|s| s.taints.clone()).unwrap_or_default();
        self.unschedulable = spec.and_then(|s| s.unschedulable).unwrap_or(false);
        let status = node.status.as_ref();
        let allocatable = status.and_then(|s| s.allocatable.as_ref().or(s.capacity.as_ref()));
        self.allocatable = Resources::from_map(allocatable);
        self.allowed_pods = allocatable
            .and_then(|a| a.get("pods"))
            .and_then(|q| crate::quantity::parse_units(&q.0))
            .unwrap_or(110);
        self.images = status
            .and_then(|s| s.images.as_ref())
            .into_iter()
            .flatten()
            .flat_map(|img| {
                let size = img.size_bytes.unwrap_or(0);
                img.names.iter().flatten().map(move |n| (n.clone(), size))
            })
            .collect();
    }

    pub fn add_pod(&mut self, pod: Arc<PodInfo>) {
        self.requested.add(&pod.requests);
        self.non_zero_cpu += pod.non_zero_cpu;
        self.non_zero_memory += pod.non_zero_memory;
        self.used_ports.extend(pod.host_ports.iter().cloned());
        if pod.affects_scores() {
            self.pods_affecting_scores += 1;
        }
        self.pods.push(pod);
    }

    /// Removes the pod with `uid`; returns it if it was here.
    pub fn remove_pod(&mut self, uid: &str) -> Option<Arc<PodInfo>> {
        let i = self.pods.iter().position(|p| p.uid == uid)?;
        let pod = self.pods.swap_remove(i);
        self.requested.sub(&pod.requests);
        self.non_zero_cpu -= pod.non_zero_cpu;
        self.non_zero_memory -= pod.non_zero_memory;
        for port in &pod.host_ports {
            if let Some(j) = self.used_ports.iter().position(|p| p == port) {
                self.used_ports.swap_remove(j);
            }
        }
        if pod.affects_scores() {
            self.pods_affecting_scores -= 1;
        }
        Some(pod)
    }
}

/// Where a pod is counted, and whether only the scheduler believes it (assumed).
#[derive(Debug)]
struct Placement {
    node: String,
    assumed: bool,
}

#[derive(Default)]
pub struct Cache {
    /// The nodes in a stable order (so "start where the last cycle stopped" is meaningful and
    /// a cycle walks them without hashing), with their positions by name.
    nodes: Vec<NodeInfo>,
    index: FastMap<String, usize>,
    /// Pod uid → where it is counted.
    placements: HashMap<String, Placement>,
    /// Pods bound to nodes the cache does not know (yet), by node name.
    orphans: HashMap<String, Vec<Arc<PodInfo>>>,
    /// Image name → how many nodes hold it (ImageLocality's spread).
    image_nodes: HashMap<String, usize>,
    /// Counted pods whose affinity terms weigh on other pods' scores: when zero,
    /// InterPodAffinity scoring has nothing to look at for pods without terms of their own.
    pods_affecting_scores: usize,
    /// Counted pods by label (`key=value`): pod affinity and topology spread terms with a
    /// `matchLabels` entry look only at those pods instead of walking every pod in the cluster
    /// (whose scattered objects make a full walk memory-bound).
    by_label: FastMap<String, FastMap<String, Arc<PodInfo>>>,
    /// Existing pods' required anti-affinity terms, identical terms grouped, with the domains
    /// their pods occupy: a cycle checks each distinct term once instead of every such pod.
    anti_groups: HashMap<String, AntiGroup>,
}

/// One distinct required anti-affinity term and the topology domains of the pods carrying it.
#[derive(Debug)]
pub struct AntiGroup {
    pub term: PodAffinityTerm,
    pub owner_namespace: String,
    /// Topology value (of `term.topology_key`) → pods there with this term.
    pub domains: HashMap<String, usize>,
}

/// Adds (`delta` 1) or removes (-1) `pod`'s anti-affinity terms in the domains of a node
/// labelled `labels`.
fn count_anti_terms(
    groups: &mut HashMap<String, AntiGroup>,
    pod: &PodInfo,
    labels: &BTreeMap<String, String>,
    delta: isize,
) {
    for term in pod.required_anti_affinity_terms() {
        let Some(value) = labels.get(&term.topology_key) else {
            continue;
        };
        let key = format!(
            "{}\0{}",
            pod.namespace,
            serde_json::to_string(term).unwrap_or_default()
        );
        let group = groups.entry(key.clone()).or_insert_with(|| AntiGroup {
            term: term.clone(),
            owner_namespace: pod.namespace.clone(),
            domains: HashMap::new(),
        });
        let n = group.domains.entry(value.clone()).or_default();
        *n = n.saturating_add_signed(delta);
        if *n == 0 {
            group.domains.remove(value);
            if group.domains.is_empty() {
                groups.remove(&key);
            }
        }
    }
}

impl Cache {
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn nodes(&self) -> impl Iterator<Item = &NodeInfo> {
        self.nodes.iter()
    }

    /// Node `i` in the stable order.
    pub fn node_at(&self, i: usize) -> &NodeInfo {
        &self.nodes[i]
    }

    pub fn node(&self, name: &str) -> Option<&NodeInfo> {
        self.index.get(name).map(|&i| &self.nodes[i])
    }

    pub fn upsert_node(&mut self, node: &Node) {
        let name = node.metadata.name.clone().unwrap_or_default();
        match self.index.get(&name) {
            Some(&i) => {
                let info = &mut self.nodes[i];
                count_images(&mut self.image_nodes, info, -1);
                let relabelled = node.metadata.labels.as_ref() != Some(&info.labels);
                if relabelled {
                    for pod in info.pods.iter().filter(|p| p.has_required_anti_affinity()) {
                        count_anti_terms(&mut self.anti_groups, pod, &info.labels, -1);
                    }
                }
                info.set_node(node);
                if relabelled {
                    for pod in info.pods.iter().filter(|p| p.has_required_anti_affinity()) {
                        count_anti_terms(&mut self.anti_groups, pod, &info.labels, 1);
                    }
                }
                count_images(&mut self.image_nodes, info, 1);
            }
            None => {
                let mut info = NodeInfo::from_node(node);
                for pod in self.orphans.remove(&name).unwrap_or_default() {
                    count_anti_terms(&mut self.anti_groups, &pod, &info.labels, 1);
                    info.add_pod(pod);
                }
                count_images(&mut self.image_nodes, &info, 1);
                self.index.insert(name, self.nodes.len());
                self.nodes.push(info);
            }
        }
    }

    pub fn nodes_with_image(&self, image: &str) -> Option<usize> {
        self.image_nodes.get(image).copied()
    }

    pub fn pods_affecting_scores(&self) -> usize {
        self.pods_affecting_scores
    }

    /// Whether any counted pod has required anti-affinity (in a labelled domain).
    pub fn has_anti_affinity_groups(&self) -> bool {
        !self.anti_groups.is_empty()
    }

    pub fn remove_node(&mut self, name: &str) {
        let Some(i) = self.index.remove(name) else {
            return;
        };
        let info = self.nodes.swap_remove(i);
        if let Some(moved) = self.nodes.get(i) {
            self.index.insert(moved.name.clone(), i);
        }
        count_images(&mut self.image_nodes, &info, -1);
        for pod in info.pods.iter().filter(|p| p.has_required_anti_affinity()) {
            count_anti_terms(&mut self.anti_groups, pod, &info.labels, -1);
        }
        // Its pods stay counted against the name, should the node come back.
        self.orphans.insert(name.to_owned(), info.pods);
    }

    pub fn node_names(&self) -> Vec<String> {
        self.nodes.iter().map(|n| n.name.clone()).collect()
    }

    /// Counts a pod the API server reports as bound (confirming an assumption if there was one).
    pub fn add_bound_pod(&mut self, pod: Arc<PodInfo>) {
        self.remove_pod(&pod.uid);
        self.placements.insert(
            pod.uid.clone(),
            Placement {
                node: pod.node_name.clone(),
                assumed: false,
            },
        );
        self.place(pod);
    }

    /// Counts a pod on `node` before its binding is confirmed.
    pub fn assume(&mut self, pod: Arc<PodInfo>, node: &str) {
        self.remove_pod(&pod.uid);
        self.placements.insert(
            pod.uid.clone(),
            Placement {
                node: node.to_owned(),
                assumed: true,
            },
        );
        self.place(Arc::new(pod.assumed_on(node)));
    }

    /// The binding failed: the pod no longer counts anywhere (unless the API server said
    /// it is bound meanwhile).
    pub fn forget(&mut self, uid: &str) {
        if self.placements.get(uid).is_some_and(|p| p.assumed) {
            self.remove_pod(uid);
        }
    }

    pub fn is_assumed_or_bound(&self, uid: &str) -> bool {
        self.placements.contains_key(uid)
    }

    pub fn remove_pod(&mut self, uid: &str) {
        let Some(placement) = self.placements.remove(uid) else {
            return;
        };
        let pod = if let Some(&i) = self.index.get(&placement.node) {
            let info = &mut self.nodes[i];
            let pod = info.remove_pod(uid);
            if let Some(p) = pod.as_ref().filter(|p| p.has_required_anti_affinity()) {
                count_anti_terms(&mut self.anti_groups, p, &info.labels, -1);
            }
            pod
        } else if let Some(orphans) = self.orphans.get_mut(&placement.node) {
            let i = orphans.iter().position(|p| p.uid == uid);
            i.map(|i| orphans.swap_remove(i))
        } else {
            None
        };
        if let Some(pod) = pod {
            self.pods_affecting_scores -= pod.affects_scores() as usize;
            for (k, v) in &pod.labels {
                let key = label_key(k, v);
                if let Some(pods) = self.by_label.get_mut(&key) {
                    pods.remove(uid);
                    if pods.is_empty() {
                        self.by_label.remove(&key);
                    }
                }
            }
        }
    }

    /// The distinct required anti-affinity terms of counted pods, with their domains.
    pub fn anti_affinity_groups(&self) -> impl Iterator<Item = &AntiGroup> {
        self.anti_groups.values()
    }

    /// The counted pods labelled `key=value`.
    pub fn pods_labelled<'s>(
        &'s self,
        key: &str,
        value: &str,
    ) -> impl Iterator<Item = &'s Arc<PodInfo>> + use<'s> {
        self.by_label
            .get(&label_key(key, value))
            .into_iter()
            .flat_map(|m| m.values())
    }

    /// How many counted pods are labelled `key=value`.
    pub fn count_labelled(&self, key: &str, value: &str) -> usize {
        self.by_label
            .get(&label_key(key, value))
            .map_or(0, |m| m.len())
    }

    fn place(&mut self, pod: Arc<PodInfo>) {
        self.pods_affecting_scores += pod.affects_scores() as usize;
        for (k, v) in &pod.labels {
            self.by_label
                .entry(label_key(k, v))
                .or_default()
                .insert(pod.uid.clone(), pod.clone());
        }
        match self.index.get(&pod.node_name).map(|&i| &mut self.nodes[i]) {
            Some(info) => {
                if pod.has_required_anti_affinity() {
                    count_anti_terms(&mut self.anti_groups, &pod, &info.labels, 1);
                }
                info.add_pod(pod)
            }
            None => self
                .orphans
                .entry(pod.node_name.clone())
                .or_default()
                .push(pod),
        }
    }

    /// Pod uids the cache counts as bound (not assumed) — for resynchronising after a relist.
    pub fn bound_uids(&self) -> Vec<String> {
        self.placements
            .iter()
            .filter(|(_, p)| !p.assumed)
            .map(|(uid, _)| uid.clone())
            .collect()
    }
}

fn label_key(key: &str, value: &str) -> String {
    format!("{key}={value}")
}

fn count_images(counts: &mut HashMap<String, usize>, node: &NodeInfo, delta: isize) {
    for image in node.images.keys() {
        let n = counts.entry(image.clone()).or_default();
        *n = n.saturating_add_signed(delta);
        if *n == 0 {
            counts.remove(image);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::Pod;
    use serde_json::json;

    fn node(name: &str) -> Node {
        serde_json::from_value(json!({"metadata": {"name": name}, "status": {"allocatable": {"cpu": "4", "memory": "8Gi", "pods": "110"}}})).unwrap()
    }

    fn pod(uid: &str, node: &str, cpu: &str) -> Arc<PodInfo> {
        let pod: Pod = serde_json::from_value(json!({
            "metadata": {"name": uid, "namespace": "default", "uid": uid},
            "spec": {"nodeName": node, "containers": [{"name": "c", "resources": {"requests": {"cpu": cpu}}}]}
        }))
        .unwrap();
        Arc::new(PodInfo::new(pod))
    }

    #[test]
    fn assumed_pods_count_until_forgotten_and_confirmation_does_not_double_count() {
        let mut cache = Cache::default();
        cache.upsert_node(&node("n1"));
        cache.assume(pod("a", "", "1"), "n1");
        assert_eq!(cache.node("n1").unwrap().requested.milli_cpu, 1000);
        cache.add_bound_pod(pod("a", "n1", "1"));
        assert_eq!(cache.node("n1").unwrap().requested.milli_cpu, 1000);
        cache.assume(pod("b", "", "500m"), "n1");
        cache.forget("b");
        assert_eq!(cache.node("n1").unwrap().requested.milli_cpu, 1000);
        cache.remove_pod("a");
        assert_eq!(cache.node("n1").unwrap().requested.milli_cpu, 0);
    }

    #[test]
    fn anti_affinity_terms_are_grouped_by_domain_and_follow_relabelling() {
        let anti = |uid: &str, node: &str| -> Arc<PodInfo> {
            let pod: Pod = serde_json::from_value(json!({
                "metadata": {"name": uid, "namespace": "default", "uid": uid},
                "spec": {"nodeName": node, "containers": [{"name": "c"}], "affinity": {"podAntiAffinity": {
                    "requiredDuringSchedulingIgnoredDuringExecution": [{"labelSelector": {"matchLabels": {"app": "x"}}, "topologyKey": "zone"}]}}}
            }))
            .unwrap();
            Arc::new(PodInfo::new(pod))
        };
        let zoned = |name: &str, zone: &str| -> Node {
            serde_json::from_value(json!({"metadata": {"name": name, "labels": {"zone": zone}}}))
                .unwrap()
        };
        let domains = |cache: &Cache| -> Vec<(String, usize)> {
            let mut d: Vec<(String, usize)> = cache
                .anti_affinity_groups()
                .flat_map(|g| g.domains.iter().map(|(k, v)| (k.clone(), *v)))
                .collect();
            d.sort();
            d
        };
        let mut cache = Cache::default();
        cache.upsert_node(&zoned("n1", "a"));
        cache.upsert_node(&zoned("n2", "b"));
        cache.add_bound_pod(anti("p1", "n1"));
        cache.add_bound_pod(anti("p2", "n2"));
        cache.add_bound_pod(anti("p3", "n2"));
        assert_eq!(
            cache.anti_affinity_groups().count(),
            1,
            "identical terms share a group"
        );
        assert_eq!(domains(&cache), [("a".into(), 1), ("b".into(), 2)]);
        cache.upsert_node(&zoned("n1", "c"));
        assert_eq!(domains(&cache), [("b".into(), 2), ("c".into(), 1)]);
        cache.remove_pod("p2");
        cache.remove_node("n2");
        assert_eq!(domains(&cache), [("c".into(), 1)]);
        cache.remove_pod("p1");
        assert_eq!(cache.anti_affinity_groups().count(), 0);
    }

    #[test]
    fn pods_seen_before_their_node_are_counted_when_it_arrives() {
        let mut cache = Cache::default();
        cache.add_bound_pod(pod("a", "late", "2"));
        cache.upsert_node(&node("late"));
        assert_eq!(cache.node("late").unwrap().requested.milli_cpu, 2000);
        assert_eq!(cache.node("late").unwrap().pods.len(), 1);
    }
}
