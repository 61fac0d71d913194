//! RBAC's escalation prevention: creating or updating a Role/ClusterRole needs every
//! permission it grants (or the `escalate` verb on it), and a RoleBinding/ClusterRoleBinding
//! needs every permission of the role it references (or the `bind` verb on that role). So no
//! one can hand out more than they hold.

use serde_json::Value;

use super::rbac::{Rule, covers};
use super::{Attributes, Decision};
use crate::apiserver::authn::{MASTERS, UserInfo};
use crate::apiserver::errors::{ApiError, ApiResult};
use crate::apiserver::handlers::{Api, Call};
use crate::apiserver::meta;

const GROUP: &str = "rbac.authorization.k8s.io";

fn rules_of(obj: &Value) -> Vec<Rule> {
    obj.get("rules")
        .and_then(Value::as_array)
        .map(|a| a.iter().map(Rule::from_json).collect())
        .unwrap_or_default()
}

async fn allowed(
    api: &Api,
    user: &UserInfo,
    verb: &str,
    resource: &str,
    ns: &str,
    name: &str,
) -> bool {
    let a = Attributes {
        user: user.clone(),
        verb: verb.into(),
        resource_request: true,
        group: GROUP.into(),
        version: "v1".into(),
        resource: resource.into(),
        namespace: ns.into(),
        name: name.into(),
        ..Default::default()
    };
    api.authorizer.authorize(&a).await == Decision::Allow
}

fn describe(r: &Rule) -> String {
    let list = |v: &[String]| {
        v.iter()
            .map(|s| format!("{s:?}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    if !r.non_resource_urls.is_empty() {
        return format!(
            "{{NonResourceURLs:[{}], Verbs:[{}]}}",
            list(&r.non_resource_urls),
            list(&r.verbs)
        );
    }
    let mut s = format!(
        "{{APIGroups:[{}], Resources:[{}]",
        list(&r.api_groups),
        list(&r.resources)
    );
    if !r.resource_names.is_empty() {
        s.push_str(&format!(", ResourceNames:[{}]", list(&r.resource_names)));
    }
    s.push_str(&format!(", Verbs:[{}]}}", list(&r.verbs)));
    s
}

/// Refuses a write of an RBAC object that would grant its author more than they hold.
pub async fn check(api: &Api, call: &Call, obj: &Value) -> ApiResult<()> {
    let def = call.def;
    if def.group != GROUP || call.user.in_group(MASTERS) || !api.authorizer.uses_rbac() {
        return Ok(());
    }
    let user = &call.user;
    let ns = call.namespace().unwrap_or("");
    let name = meta::name(obj);
    let forbidden = |why: String| ApiError::forbidden_resource(GROUP, def.plural, name, &why);
    let requested: Vec<Rule> = match def.kind {
        "Role" | "ClusterRole" => {
            if allowed(api, user, "escalate", def.plural, ns, name).await {
                return Ok(());
            }
            if obj.get("aggregationRule").is_some_and(|a| !a.is_null()) {
                return Err(forbidden(
                    "must have cluster-admin privileges to use the aggregationRule".into(),
                ));
            }
            rules_of(obj)
        }
        "RoleBinding" | "ClusterRoleBinding" => {
            let role_kind = obj
                .pointer("/roleRef/kind")
                .and_then(Value::as_str)
                .unwrap_or("");
            let role_name = obj
                .pointer("/roleRef/name")
                .and_then(Value::as_str)
                .unwrap_or("");
            let (plural, role_ns) = match role_kind {
                "ClusterRole" => ("clusterroles", None),
                _ => ("roles", Some(ns)),
            };
            if allowed(api, user, "bind", plural, ns, role_name).await {
                return Ok(());
            }
            let role_def = crate::apiserver::registry::lookup(GROUP, "v1", plural)
                .expect("rbac resources are registered");
            let key = role_def.key(role_ns, role_name);
            let role = match api.cache.get(&key).await {
                Some(o) => o.value.clone(),
                None => match api.storage.get(&key).await {
                    Ok(Some(s)) => s.value,
                    _ => {
                        return Err(forbidden(format!(
                            "{plural}.{GROUP} {role_name:?} not found"
                        )));
                    }
                },
            };
            rules_of(&role)
        }
        _ => return Ok(()),
    };
    let owned = api.authorizer.rbac.rules_for(user, ns).await;
    let missing: Vec<Rule> = requested.iter().flat_map(|r| covers(&owned, r)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = missing.iter().map(describe).collect();
    Err(forbidden(format!(
        "user {:?} (groups={:?}) is attempting to grant RBAC permissions not currently held:\n{}",
        user.name,
        user.groups,
        listed.join("\n")
    )))
}
