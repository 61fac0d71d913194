//! NodeRestriction: a node's identity (`system:node:<name>`) may only touch what is its own —
//! its Node object and Lease, mirror pods bound to it (created and deleted, never edited),
//! the status of pods bound to it — and may not set `node-restriction.kubernetes.io/` labels.
//! The Node authorizer lets nodes at these resources at all; this plugin narrows to which
//! objects.

use serde_json::Value;

use super::{Operation, Request};
use crate::apiserver::authz::node::node_name;
use crate::apiserver::errors::ApiResult;
use crate::apiserver::meta;

const MIRROR: &str = "kubernetes.io/config.mirror";
const RESTRICTED_LABELS: &str = "node-restriction.kubernetes.io/";

/// `obj` is the new object (None for a delete; then `req.old` is the object).
pub fn validate(req: &Request<'_>, obj: Option<&Value>) -> ApiResult<()> {
    let Some(node) = node_name(&req.call.user) else {
        return Ok(());
    };
    let Some(target) = obj.or(req.old) else {
        return Ok(());
    };
    let name = meta::name(target);
    let bound_here = |v: &Value| v.pointer("/spec/nodeName").and_then(Value::as_str) == Some(node);
    let refuse = |why: String| Err(req.forbidden(name, &why));
    let def = req.call.def;
    match (def.group, def.plural, req.subresource()) {
        ("", "pods", "") => match req.op {
            Operation::Create => {
                let mirror = target
                    .pointer("/metadata/annotations")
                    .and_then(|a| a.get(MIRROR))
                    .is_some();
                if !mirror {
                    return refuse(format!(
                        "pod does not have \"{MIRROR}\" annotation, node \"{node}\" can only create mirror pods"
                    ));
                }
                if !bound_here(target) {
                    return refuse(format!(
                        "node \"{node}\" can only create pods with spec.nodeName set to itself"
                    ));
                }
                let spec = &target["spec"];
                let references_secrets =
                    spec.get("volumes")
                        .and_then(Value::as_array)
                        .is_some_and(|vs| {
                            vs.iter().any(|v| {
                                ["secret", "configMap", "persistentVolumeClaim", "projected"]
                                    .iter()
                                    .any(|k| v.get(*k).is_some())
                            })
                        });
                if references_secrets {
                    return refuse("a mirror pod may not reference secrets, configmaps, persistent volume claims or projected volumes".into());
                }
                Ok(())
            }
            Operation::Update => refuse(format!(
                "unexpected operation \"UPDATE\", node \"{node}\" can only create and delete mirror pods"
            )),
            Operation::Delete => {
                if bound_here(target) {
                    Ok(())
                } else {
                    refuse(format!(
                        "node \"{node}\" can only delete pods with spec.nodeName set to itself"
                    ))
                }
            }
        },
        ("", "pods", "status") => {
            if req.old.is_some_and(bound_here) {
                Ok(())
            } else {
                refuse(format!(
                    "node \"{node}\" can only update pod status for pods with spec.nodeName set to itself"
                ))
            }
        }
        ("", "nodes", _) => {
            if name != node {
                return refuse(format!(
                    "node \"{node}\" is not allowed to modify node \"{name}\""
                ));
            }
            if let Some(obj) = obj {
                let old_labels = req.old.and_then(meta::labels);
                let changed = meta::labels(obj).into_iter().flatten().any(|(k, v)| {
                    k.contains(RESTRICTED_LABELS) && old_labels.and_then(|l| l.get(k)) != Some(v)
                });
                if changed {
                    return refuse(format!(
                        "node \"{node}\" is not allowed to modify labels with the prefix {RESTRICTED_LABELS}"
                    ));
                }
            }
            Ok(())
        }
        ("coordination.k8s.io", "leases", _) => {
            if req.call.namespace() == Some("kube-node-lease") && name == node {
                Ok(())
            } else {
                refuse(
                    "can only access node lease with the same name as the requesting node".into(),
                )
            }
        }
        _ => Ok(()),
    }
}
