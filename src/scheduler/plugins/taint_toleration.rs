//! TaintToleration: a node's NoSchedule/NoExecute taints keep away pods that do not tolerate
//! them; untolerated PreferNoSchedule taints lower the node's score.

use k8s_openapi::api::core::v1::{Taint, Toleration};

use crate::scheduler::cache::NodeInfo;
use crate::scheduler::framework::{
    Cycle, FilterPlugin, NodeFilter, NodeScorer, ScorePlugin, Unfit, normalize_default,
};

/// Kubernetes' ToleratesTaint: effect (empty tolerates all), key (empty with Exists tolerates
/// all keys), then Exists or Equal on the value.
pub fn tolerates(t: &Toleration, taint: &Taint) -> bool {
    if let Some(effect) = t.effect.as_deref().filter(|e| !e.is_empty())
        && effect != taint.effect
    {
        return false;
    }
    let key = t.key.as_deref().unwrap_or("");
    let exists = t.operator.as_deref() == Some("Exists");
    if key.is_empty() {
        return exists;
    }
    if key != taint.key {
        return false;
    }
    exists || t.value.as_deref().unwrap_or("") == taint.value.as_deref().unwrap_or("")
}

pub struct TaintToleration;

impl FilterPlugin for TaintToleration {
    fn name(&self) -> &'static str {
        "TaintToleration"
    }

    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit> {
        let tolerations: &'a [Toleration] = &cx.pod.tolerations;
        Ok(Some(Box::new(move |node: &NodeInfo| {
            let untolerated = node.taints.iter().find(|taint| {
                (taint.effect == "NoSchedule" || taint.effect == "NoExecute")
                    && !tolerations.iter().any(|t| tolerates(t, taint))
            });
            match untolerated {
                Some(taint) => Err(Unfit::unresolvable(format!(
                    "node(s) had untolerated taint {{{}: {}}}",
                    taint.key,
                    taint.value.as_deref().unwrap_or("")
                ))),
                None => Ok(()),
            }
        })))
    }
}

impl ScorePlugin for TaintToleration {
    fn name(&self) -> &'static str {
        "TaintToleration"
    }

    fn prepare<'a>(
        &self,
        cx: &Cycle<'a>,
        _feasible: &[&'a NodeInfo],
    ) -> Option<Box<dyn NodeScorer + 'a>> {
        let preferring: Vec<&'a Toleration> = cx
            .pod
            .tolerations
            .iter()
            .filter(|t| {
                matches!(
                    t.effect.as_deref(),
                    None | Some("") | Some("PreferNoSchedule")
                )
            })
            .collect();
        Some(Box::new(PreferNoSchedule { preferring }))
    }
}

struct PreferNoSchedule<'a> {
    preferring: Vec<&'a Toleration>,
}

impl NodeScorer for PreferNoSchedule<'_> {
    fn score(&self, node: &NodeInfo) -> i64 {
        node.taints
            .iter()
            .filter(|taint| {
                taint.effect == "PreferNoSchedule"
                    && !self.preferring.iter().any(|t| tolerates(t, taint))
            })
            .count() as i64
    }

    fn normalize(&self, scores: &mut [i64]) {
        normalize_default(scores, true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn tol(v: serde_json::Value) -> Toleration {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn toleration_rules() {
        let taint = Taint {
            key: "k".into(),
            value: Some("v".into()),
            effect: "NoSchedule".into(),
            ..Default::default()
        };
        assert!(tolerates(&tol(json!({"key": "k", "value": "v"})), &taint));
        assert!(tolerates(
            &tol(json!({"key": "k", "operator": "Exists", "effect": "NoSchedule"})),
            &taint
        ));
        assert!(tolerates(&tol(json!({"operator": "Exists"})), &taint));
        assert!(!tolerates(&tol(json!({"key": "k", "value": "w"})), &taint));
        assert!(!tolerates(
            &tol(json!({"key": "k", "operator": "Exists", "effect": "NoExecute"})),
            &taint
        ));
        assert!(!tolerates(&tol(json!({"key": "", "value": "v"})), &taint));
    }
}
