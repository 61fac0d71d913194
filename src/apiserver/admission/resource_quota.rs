//! ResourceQuota: a create that would take a namespace's usage past a quota's `hard` limits is
//! refused; an admitted one is charged to the quota's `status.used` in the same
//! revision-guarded write that checked it, so concurrent creates cannot overshoot. The
//! controller-manager's resourcequota controller recomputes usage from what exists (so
//! deletions and failed creates are credited back).

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::{Operation, Request};
use crate::apiserver::errors::ApiResult;
use crate::apiserver::handlers::Call;
use crate::apiserver::handlers::update::{Mode, update_with};
use crate::apiserver::meta;
use crate::apiserver::request::Verb;
use crate::quantity::{format_milli, parse_milli};

/// What creating `obj` adds to each quota resource name, in milli-units.
fn usage(call: &Call, obj: &Value) -> BTreeMap<String, i64> {
    let def = call.def;
    let mut u = BTreeMap::new();
    let count_name = if def.group.is_empty() {
        format!("count/{}", def.plural)
    } else {
        format!("count/{}.{}", def.plural, def.group)
    };
    u.insert(count_name, 1000);
    if !def.group.is_empty() {
        return u;
    }
    match def.plural {
        "pods"
        | "services"
        | "configmaps"
        | "secrets"
        | "persistentvolumeclaims"
        | "replicationcontrollers"
        | "resourcequotas" => {
            u.insert(def.plural.to_owned(), 1000);
        }
        _ => {}
    }
    match def.plural {
        "pods" => {
            let containers = obj
                .pointer("/spec/containers")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for (field, prefix) in [("requests", "requests."), ("limits", "limits.")] {
                let mut sums: BTreeMap<String, i64> = BTreeMap::new();
                for c in &containers {
                    if let Some(m) = c
                        .pointer(&format!("/resources/{field}"))
                        .and_then(Value::as_object)
                    {
                        for (k, v) in m {
                            *sums.entry(k.clone()).or_default() +=
                                v.as_str().and_then(parse_milli).unwrap_or(0);
                        }
                    }
                }
                for (k, v) in sums {
                    if field == "requests" && (k == "cpu" || k == "memory") {
                        u.insert(k.clone(), v);
                    }
                    u.insert(format!("{prefix}{k}"), v);
                }
            }
        }
        "services" => match obj.pointer("/spec/type").and_then(Value::as_str) {
            Some("NodePort") => {
                u.insert("services.nodeports".into(), 1000);
            }
            Some("LoadBalancer") => {
                u.insert("services.loadbalancers".into(), 1000);
            }
            _ => {}
        },
        "persistentvolumeclaims" => {
            if let Some(s) = obj
                .pointer("/spec/resources/requests/storage")
                .and_then(Value::as_str)
            {
                u.insert("requests.storage".into(), parse_milli(s).unwrap_or(0));
            }
        }
        _ => {}
    }
    u
}

fn is_milli(resource: &str) -> bool {
    resource.ends_with("cpu") || resource == "cpu"
}

fn show(resource: &str, milli: i64) -> String {
    if is_milli(resource) {
        format_milli(milli)
    } else {
        crate::quantity::format_units((milli + 999) / 1000)
    }
}

pub async fn validate(req: &Request<'_>, obj: &Value) -> ApiResult<()> {
    if req.op != Operation::Create || req.call.req.subresource.is_some() {
        return Ok(());
    }
    let Some(ns) = req.call.namespace() else {
        return Ok(());
    };
    let prefix = format!("/registry/resourcequotas/{ns}/");
    let Ok((quotas, _, _)) = req.api.cache.list(&prefix, None, 0, None, |_| true).await else {
        return Ok(());
    };
    if quotas.is_empty() {
        return Ok(());
    }
    let delta = usage(req.call, obj);
    let name = meta::name(obj).to_owned();
    let Some(def) = crate::apiserver::registry::lookup("", "v1", "resourcequotas") else {
        return Ok(());
    };
    for quota in quotas {
        let quota_name = meta::name(&quota.value).to_owned();
        let has_scopes = quota
            .value
            .pointer("/spec/scopes")
            .and_then(Value::as_array)
            .is_some_and(|s| !s.is_empty())
            || quota.value.pointer("/spec/scopeSelector").is_some();
        if has_scopes {
            continue; // scoped quotas are counted by the controller only
        }
        let hard: BTreeMap<String, i64> = quota
            .value
            .pointer("/spec/hard")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str().and_then(parse_milli)?)))
                    .collect()
            })
            .unwrap_or_default();
        let charged: Vec<&String> = hard.keys().filter(|k| delta.contains_key(*k)).collect();
        if req.call.def.plural == "pods" && req.call.def.group.is_empty() {
            // A quota on compute resources needs every pod to state them.
            let missing: Vec<&str> = hard
                .keys()
                .filter(|k| {
                    [
                        "cpu",
                        "memory",
                        "requests.cpu",
                        "requests.memory",
                        "limits.cpu",
                        "limits.memory",
                    ]
                    .contains(&k.as_str())
                        && !delta.contains_key(*k)
                })
                .map(String::as_str)
                .collect();
            if !missing.is_empty() {
                return Err(req.forbidden(
                    &name,
                    &format!(
                        "failed quota: {quota_name}: must specify {}",
                        missing.join(",")
                    ),
                ));
            }
        }
        if charged.is_empty() {
            continue;
        }
        let call = Call::internal(def, Verb::Update, Some(ns), Some(&quota_name));
        let result = update_with(req.api, &call, Mode::Prepared, |old| {
            let used = |k: &str| {
                old.value
                    .pointer("/status/used")
                    .and_then(|u| u.get(k))
                    .and_then(Value::as_str)
                    .and_then(parse_milli)
                    .unwrap_or(0)
            };
            let over: Vec<&String> = charged
                .iter()
                .copied()
                .filter(|k| used(k) + delta[*k] > hard[*k])
                .collect();
            if !over.is_empty() {
                let list = |f: &dyn Fn(&str) -> i64| {
                    over.iter()
                        .map(|k| format!("{k}={}", show(k, f(k))))
                        .collect::<Vec<_>>()
                        .join(",")
                };
                return Err(req.forbidden(
                    &name,
                    &format!(
                        "exceeded quota: {quota_name}, requested: {}, used: {}, limited: {}",
                        list(&|k| delta[k]),
                        list(&used),
                        list(&|k| hard[k]),
                    ),
                ));
            }
            let mut new = old.value.clone();
            let status = new
                .as_object_mut()
                .expect("a quota is an object")
                .entry("status")
                .or_insert_with(|| json!({}));
            if status.get("hard").is_none() {
                status["hard"] = old
                    .value
                    .pointer("/spec/hard")
                    .cloned()
                    .unwrap_or(json!({}));
            }
            let used_map = status
                .as_object_mut()
                .expect("status is an object")
                .entry("used")
                .or_insert_with(|| json!({}));
            for k in &charged {
                used_map[k.as_str()] = json!(show(k, used(k) + delta[*k]));
            }
            Ok(new)
        });
        if req.call.query.dry_run() {
            // A dry run must not charge the quota.
            continue;
        }
        result.await?;
    }
    Ok(())
}
