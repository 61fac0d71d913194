//! LimitRanger: the namespace's LimitRanges fill in a container's missing requests and limits
//! (`defaultRequest`, `default`) and refuse a pod outside their `min`, `max` and
//! `maxLimitRequestRatio`, per container and per pod.

use serde_json::{Map, Value, json};

use super::{Operation, Request};
use crate::apiserver::errors::ApiResult;
use crate::apiserver::meta;
use crate::quantity::parse_milli;

fn quantities(v: Option<&Value>) -> Map<String, Value> {
    v.and_then(Value::as_object).cloned().unwrap_or_default()
}

fn milli(v: &Value) -> Option<i64> {
    match v {
        Value::String(s) => parse_milli(s),
        Value::Number(n) => n.as_f64().map(|f| (f * 1000.0).ceil() as i64),
        _ => None,
    }
}

fn text(v: &Value) -> String {
    v.as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| v.to_string())
}

pub async fn admit(req: &Request<'_>, pod: &mut Value) -> ApiResult<()> {
    if req.op != Operation::Create || !req.is("pods") {
        return Ok(());
    }
    let ns = req.call.namespace().unwrap_or("");
    let prefix = format!("/registry/limitranges/{ns}/");
    let Ok((ranges, _, _)) = req.api.cache.list(&prefix, None, 0, None, |_| true).await else {
        return Ok(());
    };
    let mut errors = Vec::new();
    for range in &ranges {
        let limits = range
            .value
            .pointer("/spec/limits")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for item in &limits {
            match item.get("type").and_then(Value::as_str) {
                Some("Container") => container_item(pod, item, &mut errors),
                Some("Pod") => pod_item(pod, item, &mut errors),
                _ => {}
            }
        }
    }
    if errors.is_empty() {
        return Ok(());
    }
    let why = if errors.len() == 1 {
        errors.remove(0)
    } else {
        format!("[{}]", errors.join(", "))
    };
    Err(req.forbidden(meta::name(pod), &why))
}

fn containers(pod: &mut Value) -> impl Iterator<Item = &mut Value> {
    let spec = &mut pod["spec"];
    let mut all = Vec::new();
    if let Some(obj) = spec.as_object_mut() {
        for (k, v) in obj.iter_mut() {
            if (k == "containers" || k == "initContainers")
                && let Some(a) = v.as_array_mut()
            {
                all.extend(a.iter_mut());
            }
        }
    }
    all.into_iter()
}

fn container_item(pod: &mut Value, item: &Value, errors: &mut Vec<String>) {
    let default = quantities(item.get("default"));
    let mut default_request = quantities(item.get("defaultRequest"));
    for (k, v) in &default {
        default_request.entry(k.clone()).or_insert(v.clone());
    }
    let (min, max, ratio) = (
        quantities(item.get("min")),
        quantities(item.get("max")),
        quantities(item.get("maxLimitRequestRatio")),
    );
    for c in containers(pod) {
        let resources = c
            .as_object_mut()
            .map(|m| m.entry("resources").or_insert_with(|| json!({})));
        let Some(resources) = resources.and_then(Value::as_object_mut) else {
            continue;
        };
        for (field, defaults) in [("limits", &default), ("requests", &default_request)] {
            let entry = resources.entry(field).or_insert_with(|| json!({}));
            if let Some(m) = entry.as_object_mut() {
                for (k, v) in defaults {
                    m.entry(k.clone()).or_insert(v.clone());
                }
            }
        }
        let requests = quantities(resources.get("requests"));
        let limits = quantities(resources.get("limits"));
        check_bounds("Container", &requests, &limits, &min, &max, errors);
        for (k, r) in &ratio {
            if let (Some(l), Some(q), Some(r)) = (
                limits.get(k).and_then(milli),
                requests.get(k).and_then(milli),
                milli(r),
            ) && q > 0
                && l * 1000 / q > r
            {
                errors.push(format!(
                    "{k} max limit to request ratio per Container is {}, but provided ratio is {:.6}",
                    text(&ratio[k]),
                    l as f64 / q as f64
                ));
            }
        }
    }
}

fn pod_item(pod: &mut Value, item: &Value, errors: &mut Vec<String>) {
    let mut requests: Map<String, Value> = Map::new();
    let mut limits: Map<String, Value> = Map::new();
    let mut sums: std::collections::BTreeMap<(bool, String), i64> = Default::default();
    for c in containers(pod) {
        for (is_limit, field) in [(false, "requests"), (true, "limits")] {
            for (k, v) in quantities(c.pointer(&format!("/resources/{field}"))) {
                *sums.entry((is_limit, k)).or_default() += milli(&v).unwrap_or(0);
            }
        }
    }
    for ((is_limit, k), total) in sums {
        let target = if is_limit { &mut limits } else { &mut requests };
        target.insert(k, json!(crate::quantity::format_milli(total)));
    }
    check_bounds(
        "Pod",
        &requests,
        &limits,
        &quantities(item.get("min")),
        &quantities(item.get("max")),
        errors,
    );
}

fn check_bounds(
    scope: &str,
    requests: &Map<String, Value>,
    limits: &Map<String, Value>,
    min: &Map<String, Value>,
    max: &Map<String, Value>,
    errors: &mut Vec<String>,
) {
    for (k, bound) in min {
        let b = milli(bound).unwrap_or(0);
        match requests.get(k) {
            None => errors.push(format!(
                "minimum {k} usage per {scope} is {}.  No request is specified",
                text(bound)
            )),
            Some(q) if milli(q).unwrap_or(0) < b => errors.push(format!(
                "minimum {k} usage per {scope} is {}, but request is {}",
                text(bound),
                text(q)
            )),
            _ => {}
        }
    }
    for (k, bound) in max {
        let b = milli(bound).unwrap_or(0);
        match limits.get(k) {
            None => errors.push(format!(
                "maximum {k} usage per {scope} is {}.  No limit is specified",
                text(bound)
            )),
            Some(l) if milli(l).unwrap_or(0) > b => errors.push(format!(
                "maximum {k} usage per {scope} is {}, but limit is {}",
                text(bound),
                text(l)
            )),
            _ => {}
        }
    }
}
