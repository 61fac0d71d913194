//! The Node authorizer (plugin/pkg/auth/authorizer/node): a node's identity
//! (`system:node:<name>` in `system:nodes`) may read a Secret, ConfigMap or
//! PersistentVolumeClaim, or request a service-account token, only when a pod bound to that
//! node references it; everything else a node does is checked against the fixed node rules
//! (kube-apiserver's NodeRules). Which objects a node may *write* is the NodeRestriction
//! admission plugin's job.

use std::sync::{Arc, LazyLock};

use serde_json::{Value, json};

use super::Attributes;
use super::rbac::Rule;
use crate::apiserver::cache::WatchCache;

pub const NODES_GROUP: &str = "system:nodes";

pub enum Verdict {
    Allow,
    NoOpinion(String),
}

/// The node name of a node identity.
pub fn node_name(user: &crate::apiserver::authn::UserInfo) -> Option<&str> {
    let name = user.name.strip_prefix("system:node:")?;
    (user.in_group(NODES_GROUP) && !name.is_empty()).then_some(name)
}

/// What any node may do (besides the graph-checked reads).
pub static NODE_RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let rule = |verbs: &[&str], group: &str, resources: &[&str]| {
        Rule::from_json(&json!({"verbs": verbs, "apiGroups": [group], "resources": resources}))
    };
    vec![
        rule(
            &[
                "create", "get", "list", "watch", "update", "patch", "delete",
            ],
            "",
            &["nodes"],
        ),
        rule(&["update", "patch"], "", &["nodes/status"]),
        rule(&["create", "update", "patch"], "", &["events"]),
        rule(&["create", "update", "patch"], "events.k8s.io", &["events"]),
        rule(&["get", "list", "watch", "create", "delete"], "", &["pods"]),
        rule(&["update", "patch"], "", &["pods/status"]),
        rule(&["create"], "", &["pods/eviction"]),
        rule(&["get", "list", "watch"], "", &["services", "endpoints"]),
        rule(&["create"], "authentication.k8s.io", &["tokenreviews"]),
        rule(
            &["create"],
            "authorization.k8s.io",
            &["subjectaccessreviews", "localsubjectaccessreviews"],
        ),
        rule(
            &["get", "create", "update", "patch", "delete"],
            "coordination.k8s.io",
            &["leases"],
        ),
        rule(
            &["create", "get", "list", "watch"],
            "certificates.k8s.io",
            &["certificatesigningrequests"],
        ),
        rule(
            &["get", "list", "watch"],
            "node.k8s.io",
            &["runtimeclasses"],
        ),
        rule(
            &["get", "list", "watch"],
            "storage.k8s.io",
            &["csidrivers", "csinodes", "volumeattachments"],
        ),
    ]
});

pub struct NodeAuthorizer {
    pub cache: Arc<WatchCache>,
}

impl NodeAuthorizer {
    pub async fn authorize(&self, a: &Attributes) -> Verdict {
        let Some(node) = node_name(&a.user) else {
            return Verdict::NoOpinion(String::new());
        };
        if !a.resource_request {
            return Verdict::NoOpinion(String::new());
        }
        let graph = match (
            a.group.as_str(),
            a.resource.as_str(),
            a.subresource.as_str(),
        ) {
            ("", "secrets" | "configmaps" | "persistentvolumeclaims", "") => a.verb == "get",
            ("", "serviceaccounts", "token") => a.verb == "create",
            _ => false,
        };
        if graph {
            return if self.referenced_by_pod_on(node, a).await {
                Verdict::Allow
            } else {
                Verdict::NoOpinion(format!(
                    "no relationship found between node '{node}' and this object"
                ))
            };
        }
        if matches!(
            a.resource.as_str(),
            "secrets" | "configmaps" | "persistentvolumeclaims"
        ) && a.group.is_empty()
        {
            return Verdict::NoOpinion(format!(
                "node '{node}' cannot {} {}, only get individual objects referenced by its pods",
                a.verb, a.resource
            ));
        }
        if NODE_RULES.iter().any(|r| r.allows(a)) {
            Verdict::Allow
        } else {
            Verdict::NoOpinion(String::new())
        }
    }

    async fn referenced_by_pod_on(&self, node: &str, a: &Attributes) -> bool {
        let prefix = format!("/registry/pods/{}/", a.namespace);
        let Ok((pods, _, _)) = self
            .cache
            .list(&prefix, None, 0, Some(node), |p| {
                p.pointer("/spec/nodeName").and_then(Value::as_str) == Some(node)
            })
            .await
        else {
            return false;
        };
        pods.iter().any(|p| references(&p.value, a))
    }
}

/// Whether `pod` references the object `a` addresses (volumes, env, pull secrets, its
/// service account).
fn references(pod: &Value, a: &Attributes) -> bool {
    let spec = &pod["spec"];
    let name = a.name.as_str();
    let is = |v: &Value, field: &str| v.get(field).and_then(Value::as_str) == Some(name);
    let arr = |v: &Value| v.as_array().cloned().unwrap_or_default();
    if a.resource == "serviceaccounts" {
        let sa = spec
            .get("serviceAccountName")
            .and_then(Value::as_str)
            .unwrap_or("default");
        return sa == name;
    }
    let containers = ["initContainers", "containers", "ephemeralContainers"]
        .iter()
        .flat_map(|k| arr(&spec[*k]))
        .collect::<Vec<_>>();
    let volumes = arr(&spec["volumes"]);
    match a.resource.as_str() {
        "secrets" => {
            arr(&spec["imagePullSecrets"]).iter().any(|s| is(s, "name"))
                || volumes.iter().any(|v| {
                    is(&v["secret"], "secretName")
                        || arr(&v["projected"]["sources"])
                            .iter()
                            .any(|s| is(&s["secret"], "name"))
                })
                || containers.iter().any(|c| {
                    arr(&c["env"])
                        .iter()
                        .any(|e| is(&e["valueFrom"]["secretKeyRef"], "name"))
                        || arr(&c["envFrom"])
                            .iter()
                            .any(|e| is(&e["secretRef"], "name"))
                })
        }
        "configmaps" => {
            volumes.iter().any(|v| {
                is(&v["configMap"], "name")
                    || arr(&v["projected"]["sources"])
                        .iter()
                        .any(|s| is(&s["configMap"], "name"))
            }) || containers.iter().any(|c| {
                arr(&c["env"])
                    .iter()
                    .any(|e| is(&e["valueFrom"]["configMapKeyRef"], "name"))
                    || arr(&c["envFrom"])
                        .iter()
                        .any(|e| is(&e["configMapRef"], "name"))
            })
        }
        "persistentvolumeclaims" => volumes
            .iter()
            .any(|v| is(&v["persistentVolumeClaim"], "claimName")),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pod_references() {
        let pod = json!({"spec": {
            "volumes": [{"name": "v", "secret": {"secretName": "s1"}}, {"name": "c", "configMap": {"name": "c1"}}],
            "containers": [{"name": "x", "envFrom": [{"secretRef": {"name": "s2"}}]}],
        }});
        let a = |resource: &str, name: &str| Attributes {
            resource: resource.into(),
            name: name.into(),
            ..Default::default()
        };
        assert!(references(&pod, &a("secrets", "s1")) && references(&pod, &a("secrets", "s2")));
        assert!(references(&pod, &a("configmaps", "c1")));
        assert!(!references(&pod, &a("secrets", "other")));
        assert!(references(&pod, &a("serviceaccounts", "default")));
    }
}
