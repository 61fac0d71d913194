//! DefaultTolerationSeconds: a pod that does not tolerate the not-ready and unreachable
//! NoExecute taints tolerates them for 300 s, so a node's short outage does not evict it at
//! once (kube-apiserver's --default-not-ready-toleration-seconds and
//! --default-unreachable-toleration-seconds).

use serde_json::{Value, json};

use super::{Operation, Request};

const SECONDS: i64 = 300;
const TAINTS: [&str; 2] = [
    "node.kubernetes.io/not-ready",
    "node.kubernetes.io/unreachable",
];

pub fn admit(req: &Request<'_>, pod: &mut Value) {
    if req.op != Operation::Create || !req.is("pods") {
        return;
    }
    let Some(spec) = pod.get_mut("spec").and_then(Value::as_object_mut) else {
        return;
    };
    let tolerations = spec
        .entry("tolerations")
        .or_insert_with(|| json!([]))
        .as_array_mut();
    let Some(tolerations) = tolerations else {
        return;
    };
    for taint in TAINTS {
        let tolerated = tolerations.iter().any(|t| {
            let key = t.get("key").and_then(Value::as_str).unwrap_or("");
            let effect = t.get("effect").and_then(Value::as_str).unwrap_or("");
            (key == taint || key.is_empty()) && (effect == "NoExecute" || effect.is_empty())
        });
        if !tolerated {
            tolerations.push(json!({
                "key": taint, "operator": "Exists", "effect": "NoExecute",
                "tolerationSeconds": SECONDS,
            }));
        }
    }
}
