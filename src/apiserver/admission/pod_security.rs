//! PodSecurity: the Pod Security Standards per namespace, by the labels
//! `pod-security.kubernetes.io/<mode>: privileged|baseline|restricted`, as kube-apiserver's
//! PodSecurity admission applies them: `enforce` refuses a pod that violates the level, with
//! every violated check listed; `warn` lets it (and any workload whose pod template would
//! violate it) through with a warning the client prints; `audit` records the violations in the
//! request's audit event (`pod-security.kubernetes.io/audit-violations`).

use serde_json::Value;

use super::{Operation, Request};
use crate::apiserver::errors::ApiResult;
use crate::apiserver::meta;

const ENFORCE: &str = "pod-security.kubernetes.io/enforce";
const WARN: &str = "pod-security.kubernetes.io/warn";
const AUDIT: &str = "pod-security.kubernetes.io/audit";
const AUDIT_VIOLATIONS: &str = "pod-security.kubernetes.io/audit-violations";
const BASELINE_CAPABILITIES: [&str; 13] = [
    "AUDIT_WRITE",
    "CHOWN",
    "DAC_OVERRIDE",
    "FOWNER",
    "FSETID",
    "KILL",
    "MKNOD",
    "NET_BIND_SERVICE",
    "SETFCAP",
    "SETGID",
    "SETPCAP",
    "SETUID",
    "SYS_CHROOT",
];
const RESTRICTED_VOLUMES: [&str; 8] = [
    "configMap",
    "csi",
    "downwardAPI",
    "emptyDir",
    "ephemeral",
    "persistentVolumeClaim",
    "projected",
    "secret",
];
const SAFE_SYSCTLS: [&str; 8] = [
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
    "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time",
    "net.ipv4.tcp_fin_timeout",
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Privileged,
    Baseline,
    Restricted,
}

pub async fn validate(req: &Request<'_>, obj: &Value) -> ApiResult<()> {
    let Some((pod, is_pod)) = pod_of(req, obj) else {
        return Ok(());
    };
    let Some(ns) = req.call.namespace() else {
        return Ok(());
    };
    let key = format!("/registry/namespaces/{ns}");
    let Some(namespace) = req.api.cache.get(&key).await else {
        return Ok(());
    };
    let level_of = |label: &str| match meta::labels(&namespace.value)
        .and_then(|l| l.get(label))
        .and_then(Value::as_str)
    {
        Some("baseline") => Level::Baseline,
        Some("restricted") => Level::Restricted,
        _ => Level::Privileged,
    };
    // Only pods are refused; their controllers' templates are checked for warn and audit.
    let enforce = level_of(ENFORCE);
    if is_pod && enforce != Level::Privileged {
        let violations = check(pod, enforce);
        if !violations.is_empty() {
            return Err(req.forbidden(
                meta::name(obj),
                &format!("violates {}", summary(enforce, &violations)),
            ));
        }
    }
    let warn = level_of(WARN);
    if warn != Level::Privileged {
        let violations = check(pod, warn);
        if !violations.is_empty() {
            req.call
                .notes
                .warn(format!("would violate {}", summary(warn, &violations)));
        }
    }
    let audit = level_of(AUDIT);
    if audit != Level::Privileged {
        let violations = check(pod, audit);
        if !violations.is_empty() {
            req.call.notes.annotate_audit(
                AUDIT_VIOLATIONS,
                format!("would violate {}", summary(audit, &violations)),
            );
        }
    }
    Ok(())
}

/// `PodSecurity "restricted:latest": <check>, <check>…`
fn summary(level: Level, violations: &[String]) -> String {
    let name = match level {
        Level::Restricted => "restricted",
        Level::Baseline => "baseline",
        Level::Privileged => "privileged",
    };
    format!("PodSecurity \"{name}:latest\": {}", violations.join(", "))
}

/// The pod a request creates (pods: on create only, as kube-apiserver), or the pod template of
/// a workload it creates or updates; and whether it is a pod.
fn pod_of<'v>(req: &Request<'_>, obj: &'v Value) -> Option<(&'v Value, bool)> {
    if req.call.req.subresource.is_some() || req.op == Operation::Delete {
        return None;
    }
    let def = req.call.def;
    let template = match (def.group, def.plural) {
        ("", "pods") => return (req.op == Operation::Create).then_some((obj, true)),
        ("", "podtemplates") => obj.get("template"),
        ("", "replicationcontrollers")
        | ("apps", "deployments" | "replicasets" | "statefulsets" | "daemonsets")
        | ("batch", "jobs") => obj.pointer("/spec/template"),
        ("batch", "cronjobs") => obj.pointer("/spec/jobTemplate/spec/template"),
        _ => None,
    }?;
    Some((template, false))
}

/// Every container of the pod, with its name.
fn containers(spec: &Value) -> Vec<(&str, &Value)> {
    ["initContainers", "containers", "ephemeralContainers"]
        .iter()
        .filter_map(|k| spec.get(*k).and_then(Value::as_array))
        .flatten()
        .map(|c| (c.get("name").and_then(Value::as_str).unwrap_or(""), c))
        .collect()
}

fn quoted(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
    q.join(", ")
}

fn containers_phrase(names: &[&str]) -> String {
    if names.len() == 1 {
        format!("container {}", quoted(names))
    } else {
        format!("containers {}", quoted(names))
    }
}

fn check(pod: &Value, level: Level) -> Vec<String> {
    let spec = &pod["spec"];
    let pod_sc = &spec["securityContext"];
    let cs = containers(spec);
    let flag = |v: &Value, p: &str| v.pointer(p).and_then(Value::as_bool);
    let mut out = Vec::new();
    // Baseline.
    let host: Vec<String> = ["hostNetwork", "hostPID", "hostIPC"]
        .iter()
        .filter(|k| spec.get(**k).and_then(Value::as_bool) == Some(true))
        .map(|k| format!("{k}=true"))
        .collect();
    if !host.is_empty() {
        out.push(format!("host namespaces ({})", host.join(", ")));
    }
    let privileged: Vec<&str> = cs
        .iter()
        .filter(|(_, c)| flag(c, "/securityContext/privileged") == Some(true))
        .map(|(n, _)| *n)
        .collect();
    if !privileged.is_empty() {
        out.push(format!(
            "privileged ({} must not set securityContext.privileged=true)",
            containers_phrase(&privileged)
        ));
    }
    let mut added = Vec::new();
    for (n, c) in &cs {
        for cap in c
            .pointer("/securityContext/capabilities/add")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            let allowed = if level == Level::Restricted {
                cap == "NET_BIND_SERVICE"
            } else {
                BASELINE_CAPABILITIES.contains(&cap)
            };
            if !allowed {
                added.push(format!(
                    "container {n:?} must not include {cap:?} in securityContext.capabilities.add"
                ));
            }
        }
    }
    let volumes: Vec<&Value> = spec
        .get("volumes")
        .and_then(Value::as_array)
        .map(|v| v.iter().collect())
        .unwrap_or_default();
    let host_path: Vec<&str> = volumes
        .iter()
        .filter(|v| v.get("hostPath").is_some())
        .filter_map(|v| v.get("name").and_then(Value::as_str))
        .collect();
    if !host_path.is_empty() {
        out.push(format!("hostPath volumes ({})", {
            let word = if host_path.len() == 1 {
                "volume"
            } else {
                "volumes"
            };
            format!("{word} {}", quoted(&host_path))
        }));
    }
    let mut ports = Vec::new();
    for (n, c) in &cs {
        for p in c
            .get("ports")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(hp) = p
                .get("hostPort")
                .and_then(Value::as_i64)
                .filter(|p| *p != 0)
            {
                ports.push(format!("container {n:?} uses hostPort {hp}"));
            }
        }
    }
    if !ports.is_empty() {
        out.push(format!("hostPort ({})", ports.join(", ")));
    }
    let seccomp = |v: &Value| {
        v.pointer("/seccompProfile/type")
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    if seccomp(pod_sc).as_deref() == Some("Unconfined")
        || cs
            .iter()
            .any(|(_, c)| seccomp(&c["securityContext"]).as_deref() == Some("Unconfined"))
    {
        out.push("seccompProfile (pod or containers must not set securityContext.seccompProfile.type to \"Unconfined\")".into());
    }
    let unmasked: Vec<&str> = cs
        .iter()
        .filter(|(_, c)| {
            c.pointer("/securityContext/procMount")
                .and_then(Value::as_str)
                == Some("Unmasked")
        })
        .map(|(n, _)| *n)
        .collect();
    if !unmasked.is_empty() {
        out.push(format!(
            "procMount ({} must not set securityContext.procMount to \"Unmasked\")",
            containers_phrase(&unmasked)
        ));
    }
    let unsafe_sysctls: Vec<&str> = pod_sc
        .get("sysctls")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|s| s.get("name").and_then(Value::as_str))
        .filter(|n| !SAFE_SYSCTLS.contains(n))
        .collect();
    if !unsafe_sysctls.is_empty() {
        out.push(format!("forbidden sysctls ({})", unsafe_sysctls.join(", ")));
    }
    if level == Level::Baseline {
        if !added.is_empty() {
            out.push(format!("non-default capabilities ({})", added.join(", ")));
        }
        return out;
    }
    // Restricted.
    let restricted_volumes: Vec<String> = volumes
        .iter()
        .filter_map(|v| {
            let m = v.as_object()?;
            let kind = m.keys().find(|k| *k != "name")?;
            (!RESTRICTED_VOLUMES.contains(&kind.as_str())).then(|| {
                format!(
                    "volume {:?} uses restricted volume type {kind:?}",
                    v.get("name").and_then(Value::as_str).unwrap_or("")
                )
            })
        })
        .collect();
    if !restricted_volumes.is_empty() {
        out.push(format!(
            "restricted volume types ({})",
            restricted_volumes.join(", ")
        ));
    }
    let escalating: Vec<&str> = cs
        .iter()
        .filter(|(_, c)| flag(c, "/securityContext/allowPrivilegeEscalation") != Some(false))
        .map(|(n, _)| *n)
        .collect();
    if !escalating.is_empty() {
        out.push(format!(
            "allowPrivilegeEscalation != false ({} must set securityContext.allowPrivilegeEscalation=false)",
            containers_phrase(&escalating)
        ));
    }
    let not_dropping: Vec<&str> = cs
        .iter()
        .filter(|(_, c)| {
            !c.pointer("/securityContext/capabilities/drop")
                .and_then(Value::as_array)
                .is_some_and(|d| d.iter().any(|x| x.as_str() == Some("ALL")))
        })
        .map(|(n, _)| *n)
        .collect();
    let mut caps = Vec::new();
    if !not_dropping.is_empty() {
        caps.push(format!(
            "{} must set securityContext.capabilities.drop=[\"ALL\"]",
            containers_phrase(&not_dropping)
        ));
    }
    caps.extend(added);
    if !caps.is_empty() {
        out.push(format!("unrestricted capabilities ({})", caps.join("; ")));
    }
    let pod_non_root = flag(pod_sc, "/runAsNonRoot");
    let root_allowed: Vec<&str> = cs
        .iter()
        .filter(|(_, c)| match flag(c, "/securityContext/runAsNonRoot") {
            Some(v) => !v,
            None => pod_non_root != Some(true),
        })
        .map(|(n, _)| *n)
        .collect();
    if !root_allowed.is_empty() {
        out.push(format!(
            "runAsNonRoot != true (pod or {} must set securityContext.runAsNonRoot=true)",
            containers_phrase(&root_allowed)
        ));
    }
    let as_root = pod_sc.get("runAsUser").and_then(Value::as_i64) == Some(0)
        || cs.iter().any(|(_, c)| {
            c.pointer("/securityContext/runAsUser")
                .and_then(Value::as_i64)
                == Some(0)
        });
    if as_root {
        out.push("runAsUser=0 (pod and containers must not set runAsUser=0)".into());
    }
    let good = |t: Option<String>| matches!(t.as_deref(), Some("RuntimeDefault" | "Localhost"));
    let pod_ok = good(seccomp(pod_sc));
    let no_seccomp: Vec<&str> = cs
        .iter()
        .filter(|(_, c)| match seccomp(&c["securityContext"]) {
            Some(t) => !good(Some(t)),
            None => !pod_ok,
        })
        .map(|(n, _)| *n)
        .collect();
    if !no_seccomp.is_empty() {
        out.push(format!(
            "seccompProfile (pod or {} must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\")",
            containers_phrase(&no_seccomp)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn levels() {
        let plain = json!({"spec": {"containers": [{"name": "c", "image": "x"}]}});
        assert!(check(&plain, Level::Baseline).is_empty());
        let restricted = check(&plain, Level::Restricted);
        assert_eq!(restricted.len(), 4, "{restricted:?}");
        assert!(restricted[0].starts_with("allowPrivilegeEscalation != false (container \"c\""));
        let host = json!({"spec": {"hostNetwork": true, "containers": [{"name": "c", "securityContext": {"privileged": true}}]}});
        let v = check(&host, Level::Baseline);
        assert_eq!(v[0], "host namespaces (hostNetwork=true)");
        assert!(v[1].starts_with("privileged (container \"c\""));
        let good = json!({"spec": {"securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}},
            "containers": [{"name": "c", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}]}});
        assert!(check(&good, Level::Restricted).is_empty());
    }
}
