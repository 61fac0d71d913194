//! The bootstrap RBAC policy (templates/rbac-bootstrap-policy.yaml), reconciled at every start
//! as kube-apiserver's `rbac/bootstrap-roles` post-start hook does: a missing object is
//! created; an existing one gets the rules or subjects it lacks added (never removed), unless
//! it is annotated `rbac.authorization.kubernetes.io/autoupdate: "false"`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;
use serde_json::{Value, json};

use super::node::NODE_RULES;
use super::rbac::Rule;
use crate::apiserver::handlers::create::create_object;
use crate::apiserver::handlers::update::{Mode, update_with};
use crate::apiserver::handlers::{Api, Call};
use crate::apiserver::meta;
use crate::apiserver::registry;
use crate::apiserver::request::Verb;

const POLICY: &str = include_str!("../../../templates/rbac-bootstrap-policy.yaml");
const GROUP: &str = "rbac.authorization.k8s.io";
const AUTOUPDATE: &str = "rbac.authorization.kubernetes.io/autoupdate";

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RoleSpec {
    name: String,
    #[serde(default)]
    namespace: Option<String>,
    #[serde(default)]
    labels: BTreeMap<String, String>,
    /// The label whose ClusterRoles this one aggregates.
    #[serde(default)]
    aggregate: Option<String>,
    #[serde(default)]
    rules: Vec<Value>,
    /// The node rules (system:node).
    #[serde(default)]
    node: bool,
    /// Also gets every controller role's rules (system:kube-controller-manager).
    #[serde(default)]
    controller_manager: bool,
    /// Bound to this kube-system service account.
    #[serde(default)]
    controller: Option<String>,
    #[serde(default)]
    controller_only: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct BindingSpec {
    name: String,
    #[serde(default)]
    namespace: Option<String>,
    role: String,
    #[serde(default)]
    users: Vec<String>,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    service_accounts: Vec<String>,
    /// kubeadm's rather than kube-apiserver's (no bootstrapping label).
    #[serde(default)]
    kubeadm: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Policy {
    cluster_roles: Vec<RoleSpec>,
    cluster_role_bindings: Vec<BindingSpec>,
    roles: Vec<RoleSpec>,
    role_bindings: Vec<BindingSpec>,
}

static PARSED: LazyLock<Policy> =
    LazyLock::new(|| serde_saphyr::from_str(POLICY).expect("the bootstrap policy parses"));

/// The bootstrap objects, in creation order: roles before the bindings that use them.
pub fn objects() -> Vec<Value> {
    let policy = &*PARSED;
    let controller_rules: Vec<Value> = policy
        .cluster_roles
        .iter()
        .filter(|r| r.name.starts_with("system:controller:"))
        .chain(
            policy
                .roles
                .iter()
                .filter(|r| r.namespace.as_deref() == Some("kube-system")),
        )
        .flat_map(|r| r.rules.iter().cloned())
        .collect();
    let mut out = Vec::new();
    for (spec, kind) in policy
        .cluster_roles
        .iter()
        .map(|r| (r, "ClusterRole"))
        .chain(policy.roles.iter().map(|r| (r, "Role")))
    {
        let mut rules: Vec<Value> = spec.rules.clone();
        if spec.node {
            rules = NODE_RULES.iter().map(Rule::to_json).collect();
        }
        if spec.controller_manager {
            rules.extend(controller_rules.iter().cloned());
        }
        if let Some(label) = &spec.aggregate {
            // Filled now from the bootstrap roles so the role works before the
            // controller-manager's aggregation controller runs; it keeps it current after.
            rules = aggregated_rules(policy, label);
        }
        let mut obj = json!({
            "apiVersion": format!("{GROUP}/v1"),
            "kind": kind,
            "metadata": metadata(&spec.name, spec.namespace.as_deref(), &spec.labels, false),
            "rules": dedup(rules),
        });
        if let Some(label) = &spec.aggregate {
            obj["aggregationRule"] =
                json!({"clusterRoleSelectors": [{"matchLabels": {label: "true"}}]});
        }
        out.push(obj);
    }
    let controller_bindings = policy
        .cluster_roles
        .iter()
        .filter(|r| !r.controller_only)
        .filter_map(|r| {
            r.controller.as_ref().map(|sa| BindingSpec {
                name: r.name.clone(),
                namespace: None,
                role: r.name.clone(),
                users: vec![],
                groups: vec![],
                service_accounts: vec![format!("kube-system/{sa}")],
                kubeadm: false,
            })
        })
        .collect::<Vec<_>>();
    for (spec, kind) in policy
        .cluster_role_bindings
        .iter()
        .chain(&controller_bindings)
        .map(|b| (b, "ClusterRoleBinding"))
        .chain(policy.role_bindings.iter().map(|b| (b, "RoleBinding")))
    {
        let mut subjects: Vec<Value> = Vec::new();
        for u in &spec.users {
            subjects.push(json!({"apiGroup": GROUP, "kind": "User", "name": u}));
        }
        for g in &spec.groups {
            subjects.push(json!({"apiGroup": GROUP, "kind": "Group", "name": g}));
        }
        for sa in &spec.service_accounts {
            let (ns, name) = sa.split_once('/').expect("namespace/name");
            subjects.push(json!({"kind": "ServiceAccount", "name": name, "namespace": ns}));
        }
        let role_kind = if kind == "RoleBinding" && spec.namespace.is_some() {
            "Role"
        } else {
            "ClusterRole"
        };
        let mut obj = json!({
            "apiVersion": format!("{GROUP}/v1"),
            "kind": kind,
            "metadata": metadata(&spec.name, spec.namespace.as_deref(), &BTreeMap::new(), spec.kubeadm),
            "roleRef": {"apiGroup": GROUP, "kind": role_kind, "name": spec.role},
        });
        if !subjects.is_empty() {
            obj["subjects"] = Value::Array(subjects);
        }
        out.push(obj);
    }
    out
}

fn metadata(
    name: &str,
    namespace: Option<&str>,
    labels: &BTreeMap<String, String>,
    kubeadm: bool,
) -> Value {
    let mut labels: serde_json::Map<String, Value> =
        labels.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
    if !kubeadm {
        labels.insert("kubernetes.io/bootstrapping".into(), json!("rbac-defaults"));
    }
    let mut m = json!({"name": name, "labels": labels, "annotations": {AUTOUPDATE: "true"}});
    if let Some(ns) = namespace {
        m["namespace"] = json!(ns);
    }
    if kubeadm {
        m.as_object_mut().expect("object").remove("annotations");
    }
    m
}

fn aggregated_rules(policy: &Policy, label: &str) -> Vec<Value> {
    let mut rules = Vec::new();
    for r in &policy.cluster_roles {
        if r.labels.get(label).map(String::as_str) == Some("true") {
            match &r.aggregate {
                Some(inner) => rules.extend(aggregated_rules(policy, inner)),
                None => rules.extend(r.rules.iter().cloned()),
            }
        }
    }
    rules
}

/// Rules normalized (field order, empty lists dropped) and without repeats.
fn dedup(rules: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for r in rules {
        let r = Rule::from_json(&r).to_json();
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

/// Creates or tops up every bootstrap object.
pub async fn reconcile(api: &Api) {
    for desired in objects() {
        let kind = desired["kind"].as_str().unwrap_or_default().to_owned();
        let plural = match kind.as_str() {
            "ClusterRole" => "clusterroles",
            "ClusterRoleBinding" => "clusterrolebindings",
            "Role" => "roles",
            _ => "rolebindings",
        };
        let def = registry::lookup(GROUP, "v1", plural).expect("rbac resources are registered");
        let name = meta::name(&desired).to_owned();
        let namespace = desired["metadata"]["namespace"].as_str().map(str::to_owned);
        let ns = namespace.as_deref();
        let existing = match api.storage.get(&def.key(ns, &name)).await {
            Ok(e) => e,
            Err(e) => {
                tracing::warn!(%kind, %name, error = %e, "cannot read a bootstrap RBAC object");
                continue;
            }
        };
        let Some(existing) = existing else {
            let call = Call::internal(def, Verb::Create, ns, None);
            match create_object(api, &call, desired).await {
                Ok(_) => tracing::debug!(%kind, %name, "created"),
                Err(e) if e.code == http::StatusCode::CONFLICT => {}
                Err(e) => tracing::warn!(%kind, %name, error = %e, "cannot create"),
            }
            continue;
        };
        let value = &existing.value;
        if value["metadata"]["annotations"][AUTOUPDATE].as_str() == Some("false") {
            continue;
        }
        let Some(updated) = topped_up(value, &desired) else {
            continue;
        };
        let call = Call::internal(def, Verb::Update, ns, Some(&name));
        if let Err(e) = update_with(api, &call, Mode::Main, |_| Ok(updated.clone())).await {
            tracing::warn!(%kind, %name, error = %e, "cannot reconcile");
        }
    }
}

/// `existing` with what `desired` adds (rules, subjects), or `None` when nothing is missing.
fn topped_up(existing: &Value, desired: &Value) -> Option<Value> {
    let mut out = existing.clone();
    let mut changed = false;
    for field in ["rules", "subjects"] {
        let Some(want) = desired.get(field).and_then(Value::as_array) else {
            continue;
        };
        let have: Vec<Value> = existing
            .get(field)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let normalize = |v: &Value| {
            if field == "rules" {
                Rule::from_json(v).to_json()
            } else {
                v.clone()
            }
        };
        let have_norm: Vec<Value> = have.iter().map(normalize).collect();
        let mut merged = have.clone();
        for w in want {
            if !have_norm.contains(&normalize(w)) {
                merged.push(w.clone());
                changed = true;
            }
        }
        out[field] = Value::Array(merged);
    }
    if desired.get("aggregationRule").is_some() && existing.get("aggregationRule").is_none() {
        out["aggregationRule"] = desired["aggregationRule"].clone();
        changed = true;
    }
    if changed {
        meta::remove(&mut out, "resourceVersion");
        Some(out)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_objects() {
        let objs = objects();
        let find = |kind: &str, name: &str| {
            objs.iter()
                .find(|o| o["kind"] == kind && o["metadata"]["name"] == name)
                .unwrap_or_else(|| panic!("{kind} {name}"))
        };
        for name in [
            "cluster-admin",
            "admin",
            "edit",
            "view",
            "system:basic-user",
            "system:discovery",
            "system:public-info-viewer",
            "system:kube-scheduler",
            "system:kube-controller-manager",
            "system:node",
            "system:node-bootstrapper",
            "system:controller:job-controller",
        ] {
            find("ClusterRole", name);
        }
        // view is aggregated into edit, edit into admin.
        let admin = find("ClusterRole", "admin")["rules"]
            .as_array()
            .unwrap()
            .len();
        let edit = find("ClusterRole", "edit")["rules"]
            .as_array()
            .unwrap()
            .len();
        let view = find("ClusterRole", "view")["rules"]
            .as_array()
            .unwrap()
            .len();
        assert!(
            admin > edit && edit > view && view > 0,
            "{admin} {edit} {view}"
        );
        assert_eq!(
            find("ClusterRoleBinding", "kubeadm:cluster-admins")["subjects"][0]["name"],
            "kubeadm:cluster-admins"
        );
        assert_eq!(
            find("ClusterRoleBinding", "system:controller:job-controller")["subjects"][0]["name"],
            "job-controller"
        );
        // The controller-manager may do what its controllers do.
        let kcm = find("ClusterRole", "system:kube-controller-manager")["rules"]
            .as_array()
            .unwrap()
            .clone();
        assert!(
            kcm.iter()
                .any(|r| r["resources"] == json!(["namespaces/finalize", "namespaces/status"]))
        );
    }

    #[test]
    fn top_up_adds_and_keeps() {
        let existing = json!({"metadata": {"name": "r", "resourceVersion": "5"}, "rules": [{"verbs": ["get"], "apiGroups": [""], "resources": ["pods"]}, {"verbs": ["list"], "apiGroups": [""], "resources": ["mine"]}]});
        let desired = json!({"rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}, {"verbs": ["watch"], "apiGroups": [""], "resources": ["pods"]}]});
        let out = topped_up(&existing, &desired).unwrap();
        assert_eq!(out["rules"].as_array().unwrap().len(), 3);
        assert!(topped_up(&out, &desired).is_none());
    }
}
