//! podFailurePolicy: the first rule whose exit codes or pod conditions match a failed pod
//! decides whether the failure fails the Job, is ignored, or counts toward backoffLimit.

use k8s_openapi::api::batch::v1::PodFailurePolicy;
use k8s_openapi::api::core::v1::Pod;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Fail the whole Job, with this message.
    FailJob(String),
    /// Do not count this failure.
    Ignore,
    /// Count it (the default when no rule matches).
    Count,
}

pub fn judge(policy: Option<&PodFailurePolicy>, pod: &Pod) -> Verdict {
    let Some(policy) = policy else {
        return Verdict::Count;
    };
    let ns = pod.metadata.namespace.as_deref().unwrap_or_default();
    let name = pod.metadata.name.as_deref().unwrap_or_default();
    let status = pod.status.clone().unwrap_or_default();
    for (index, rule) in policy.rules.iter().enumerate() {
        let mut matched = None;
        if let Some(codes) = &rule.on_exit_codes {
            let statuses = status
                .container_statuses
                .iter()
                .flatten()
                .chain(status.init_container_statuses.iter().flatten());
            for cs in statuses {
                if codes.container_name.as_ref().is_some_and(|c| *c != cs.name) {
                    continue;
                }
                let Some(code) = cs
                    .state
                    .as_ref()
                    .and_then(|s| s.terminated.as_ref())
                    .map(|t| t.exit_code)
                else {
                    continue;
                };
                let listed = codes.values.contains(&code);
                let hit = match codes.operator.as_str() {
                    "In" => listed,
                    "NotIn" => code != 0 && !listed,
                    _ => false,
                };
                if hit {
                    matched = Some(format!(
                        "Container {} for pod {ns}/{name} failed with exit code {code} matching {} rule at index {index}",
                        cs.name, rule.action
                    ));
                    break;
                }
            }
        }
        if matched.is_none() {
            for pattern in rule.on_pod_conditions.iter().flatten() {
                let want = pattern.status.as_str();
                let has = status
                    .conditions
                    .iter()
                    .flatten()
                    .any(|c| c.type_ == pattern.type_ && c.status == want);
                if has {
                    matched = Some(format!(
                        "Pod {ns}/{name} has condition {} matching {} rule at index {index}",
                        pattern.type_, rule.action
                    ));
                    break;
                }
            }
        }
        if let Some(message) = matched {
            return match rule.action.as_str() {
                "FailJob" => Verdict::FailJob(message),
                "Ignore" => Verdict::Ignore,
                _ => Verdict::Count,
            };
        }
    }
    Verdict::Count
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn failed_pod(code: i32) -> Pod {
        serde_json::from_value(json!({
            "metadata": {"name": "p", "namespace": "ns"},
            "status": {"phase": "Failed", "containerStatuses": [{
                "name": "main", "image": "x", "imageID": "", "ready": false, "restartCount": 0,
                "state": {"terminated": {"exitCode": code}}
            }]}
        }))
        .unwrap()
    }

    fn policy(rules: serde_json::Value) -> PodFailurePolicy {
        serde_json::from_value(json!({"rules": rules})).unwrap()
    }

    #[test]
    fn first_matching_rule_decides() {
        let p = policy(json!([
            {"action": "Ignore", "onExitCodes": {"operator": "In", "values": [42]}},
            {"action": "FailJob", "onExitCodes": {"containerName": "main", "operator": "NotIn", "values": [1]}},
        ]));
        assert_eq!(judge(Some(&p), &failed_pod(42)), Verdict::Ignore);
        assert_eq!(judge(Some(&p), &failed_pod(1)), Verdict::Count);
        assert_eq!(
            judge(Some(&p), &failed_pod(3)),
            Verdict::FailJob(
                "Container main for pod ns/p failed with exit code 3 matching FailJob rule at index 1".into()
            )
        );
        assert_eq!(judge(None, &failed_pod(3)), Verdict::Count);
    }
}
