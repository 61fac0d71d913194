//! Strategic Merge Patch (the sig-api-machinery spec): maps merge, `null` deletes, lists with a
//! merge key merge element-wise, primitive lists with the merge strategy are sets, other lists
//! are replaced; directives `$patch` (replace/merge/delete), `$setElementOrder/<field>`,
//! `$deleteFromPrimitiveList/<field>` and `$retainKeys`.

use serde_json::{Map, Value};

use super::schema::{Strategy, TypeSchema};

const SET_ORDER: &str = "$setElementOrder/";
const DELETE_PRIMITIVES: &str = "$deleteFromPrimitiveList/";

/// Applies `patch` to `original` under `schema` (the kind's root).
pub fn apply(
    original: &Value,
    patch: &Value,
    schema: Option<&'static TypeSchema>,
) -> Result<Value, String> {
    let Value::Object(p) = patch else {
        return Err("a strategic merge patch must be a JSON object".into());
    };
    let base = match original {
        Value::Object(m) => m.clone(),
        _ => Map::new(),
    };
    merge_map(base, p, schema).map(Value::Object)
}

fn merge_map(
    mut original: Map<String, Value>,
    patch: &Map<String, Value>,
    schema: Option<&'static TypeSchema>,
) -> Result<Map<String, Value>, String> {
    match patch.get("$patch").and_then(Value::as_str) {
        Some("replace") => return Ok(strip(patch)),
        Some("delete") => return Ok(Map::new()),
        Some("merge") | None => {}
        Some(other) => return Err(format!("unknown patch type {other:?}")),
    }
    // Lists as they were before merging, for `$setElementOrder`'s placement of elements only
    // the server has.
    let before: Map<String, Value> = patch
        .keys()
        .filter_map(|k| k.strip_prefix(SET_ORDER))
        .filter_map(|f| original.get(f).map(|v| (f.to_owned(), v.clone())))
        .collect();
    let retain: Option<Vec<String>> = patch.get("$retainKeys").and_then(Value::as_array).map(|a| {
        a.iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    });
    for (key, value) in patch {
        if key.starts_with('$')
            && !key.starts_with(SET_ORDER)
            && !key.starts_with(DELETE_PRIMITIVES)
        {
            continue;
        }
        if let Some(field) = key.strip_prefix(DELETE_PRIMITIVES) {
            let remove: Vec<&Value> = value
                .as_array()
                .map(|a| a.iter().collect())
                .unwrap_or_default();
            if let Some(Value::Array(list)) = original.get_mut(field) {
                list.retain(|v| !remove.contains(&v));
            }
            continue;
        }
        if key.starts_with(SET_ORDER) {
            continue; // applied after the list itself merged
        }
        let field = schema.and_then(|s| s.field(key));
        if value.is_null() {
            original.shift_remove(key);
            continue;
        }
        let child_schema = schema.and_then(|s| s.child(key));
        let merged = match (original.shift_remove(key), value) {
            (Some(Value::Object(o)), Value::Object(p)) => {
                let retain_here = field.is_some_and(|f| f.retain_keys);
                let mut m = merge_map(o, p, child_schema)?;
                if retain_here && let Some(keys) = p.get("$retainKeys").and_then(Value::as_array) {
                    let keep: Vec<&str> = keys.iter().filter_map(Value::as_str).collect();
                    m.retain(|k, _| keep.contains(&k.as_str()));
                }
                Value::Object(m)
            }
            (Some(Value::Array(o)), Value::Array(p)) => {
                let strategy = field.map_or(Strategy::Default, |f| f.strategy);
                Value::Array(merge_list(o, p, strategy, child_schema)?)
            }
            (_, Value::Object(p)) => {
                if p.get("$patch").and_then(Value::as_str) == Some("delete") {
                    continue;
                }
                Value::Object(merge_map(Map::new(), p, child_schema)?)
            }
            (_, Value::Array(p)) => Value::Array(
                p.iter()
                    .filter(|e| !is_delete(e))
                    .map(strip_value)
                    .collect(),
            ),
            (_, v) => v.clone(),
        };
        original.insert(key.clone(), merged);
    }
    // $setElementOrder reorders lists that exist after the merge.
    for (key, order) in patch {
        if let Some(field) = key.strip_prefix(SET_ORDER)
            && let (Some(Value::Array(list)), Some(order)) =
                (original.get_mut(field), order.as_array())
        {
            let merge_key = match schema.and_then(|s| s.field(field)).map(|f| f.strategy) {
                Some(Strategy::MergeKey(k)) => Some(k),
                _ => None,
            };
            let server = before
                .get(field)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            reorder(list, order, merge_key, &server);
        }
    }
    if let Some(keep) = retain {
        original.retain(|k, _| keep.contains(k));
    }
    Ok(original)
}

fn is_delete(v: &Value) -> bool {
    v.get("$patch").and_then(Value::as_str) == Some("delete")
}

fn merge_list(
    original: Vec<Value>,
    patch: &[Value],
    strategy: Strategy,
    item_schema: Option<&'static TypeSchema>,
) -> Result<Vec<Value>, String> {
    // A `{"$patch": "replace"}` element replaces the whole list with the other elements.
    if patch
        .iter()
        .any(|e| e.get("$patch").and_then(Value::as_str) == Some("replace"))
    {
        return Ok(patch
            .iter()
            .filter(|e| e.get("$patch").is_none())
            .map(strip_value)
            .collect());
    }
    match strategy {
        Strategy::Default => Ok(patch
            .iter()
            .filter(|e| !is_delete(e))
            .map(strip_value)
            .collect()),
        Strategy::MergePrimitives => {
            let mut out = original;
            for v in patch {
                if !out.contains(v) {
                    out.push(v.clone());
                }
            }
            Ok(out)
        }
        Strategy::MergeKey(key) => {
            let mut out = original;
            for elem in patch {
                let Some(id) = elem.get(key) else {
                    // Without its key an element cannot be matched; upstream refuses.
                    return Err(format!(
                        "map: {elem} does not contain declared merge key: {key}"
                    ));
                };
                let pos = out.iter().position(|o| o.get(key) == Some(id));
                if is_delete(elem) {
                    if let Some(i) = pos {
                        out.remove(i);
                    }
                    continue;
                }
                let Value::Object(pe) = elem else {
                    return Err(format!(
                        "list elements of a merge list must be objects, got {elem}"
                    ));
                };
                match pos {
                    Some(i) => {
                        let Value::Object(o) = std::mem::take(&mut out[i]) else {
                            out[i] = strip_value(elem);
                            continue;
                        };
                        out[i] = Value::Object(merge_map(o, pe, item_schema)?);
                    }
                    None => out.push(Value::Object(merge_map(Map::new(), pe, item_schema)?)),
                }
            }
            Ok(out)
        }
    }
}

/// Orders `list` as `order` says; elements the order does not name keep their place relative
/// to their neighbours in `server`, the list before the patch.
fn reorder(list: &mut Vec<Value>, order: &[Value], merge_key: Option<&str>, server: &[Value]) {
    let id = |v: &Value| -> Value {
        match merge_key {
            Some(k) => v.get(k).cloned().unwrap_or(Value::Null),
            None => v.clone(),
        }
    };
    let wanted: Vec<Value> = order
        .iter()
        .map(|o| match merge_key {
            Some(k) => o.get(k).cloned().unwrap_or(Value::Null),
            None => o.clone(),
        })
        .collect();
    let mut ordered: Vec<Value> = wanted
        .iter()
        .filter_map(|w| list.iter().find(|e| id(e) == *w).cloned())
        .collect();
    // Server-only elements: insert each before the first ordered element that followed it on
    // the server.
    for (i, s) in server.iter().enumerate() {
        if wanted.contains(&id(s)) {
            continue;
        }
        let Some(e) = list.iter().find(|e| id(e) == id(s)).cloned() else {
            continue; // deleted by the patch
        };
        let next_named = server[i + 1..]
            .iter()
            .find(|n| wanted.contains(&id(n)))
            .map(id);
        let at = next_named
            .and_then(|n| ordered.iter().position(|o| id(o) == n))
            .unwrap_or(ordered.len());
        ordered.insert(at, e);
    }
    *list = ordered;
}

/// A patch fragment without directives, for insertion as new content.
fn strip(m: &Map<String, Value>) -> Map<String, Value> {
    m.iter()
        .filter(|(k, _)| !k.starts_with('$'))
        .map(|(k, v)| (k.clone(), strip_value(v)))
        .collect()
}

fn strip_value(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(strip(m)),
        Value::Array(a) => Value::Array(a.iter().map(strip_value).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::schema_for_kind;
    use super::*;
    use serde_json::json;

    fn smp(kind: &str, original: Value, patch: Value) -> Value {
        apply(&original, &patch, Some(schema_for_kind(kind))).unwrap()
    }

    #[test]
    fn service_ports_merge_by_port() {
        let out = smp(
            "Service",
            json!({"spec":{"ports":[{"port":80,"name":"http"}]}}),
            json!({"spec":{"ports":[{"port":443,"name":"https"}]}}),
        );
        assert_eq!(out["spec"]["ports"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn containers_merge_by_name_with_delete_and_order() {
        let original = json!({"spec":{"replicas":1,"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1}},"template":{"spec":{"containers":[
            {"name":"c","image":"old","ports":[{"containerPort":80}]},
            {"name":"side","image":"s"}]}}}});
        // What kubectl apply really sends (from the reference).
        let patch = json!({"spec":{"replicas":2,"strategy":null,"template":{"spec":{
            "$setElementOrder/containers":[{"name":"c"}],
            "containers":[{"image":"nginx","name":"c","ports":null},{"$patch":"delete","name":"side"}]}}}});
        let out = smp("Deployment", original, patch);
        assert_eq!(out["spec"]["replicas"], 2);
        assert!(out["spec"].get("strategy").is_none());
        assert_eq!(
            out["spec"]["template"]["spec"]["containers"],
            json!([{"name":"c","image":"nginx"}])
        );
    }

    #[test]
    fn env_merges_and_set_order_applies() {
        let out = smp(
            "Pod",
            json!({"spec":{"containers":[{"name":"c","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]}]}}),
            json!({"spec":{"containers":[{"name":"c","$setElementOrder/env":[{"name":"C"},{"name":"A"}],"env":[{"name":"C","value":"3"},{"name":"A","value":"9"}]}]}}),
        );
        let names: Vec<&str> = out["spec"]["containers"][0]["env"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["C", "A", "B"]);
        assert_eq!(out["spec"]["containers"][0]["env"][1]["value"], "9");
    }

    #[test]
    fn finalizers_are_a_set_and_primitive_deletes_work() {
        let out = smp(
            "ConfigMap",
            json!({"metadata":{"finalizers":["a","b"]}}),
            json!({"metadata":{"finalizers":["c","a"],"$deleteFromPrimitiveList/finalizers":["b"]}}),
        );
        assert_eq!(out["metadata"]["finalizers"], json!(["a", "c"]));
    }

    #[test]
    fn other_lists_are_replaced_and_maps_can_be_replaced() {
        let out = smp(
            "Pod",
            json!({"spec":{"tolerations":[{"key":"a"}],"nodeSelector":{"x":"1","y":"2"}}}),
            json!({"spec":{"tolerations":[{"key":"b"}],"nodeSelector":{"$patch":"replace","z":"3"}}}),
        );
        assert_eq!(out["spec"]["tolerations"], json!([{"key":"b"}]));
        assert_eq!(out["spec"]["nodeSelector"], json!({"z":"3"}));
    }

    #[test]
    fn retain_keys_clears_other_union_members() {
        let out = smp(
            "Deployment",
            json!({"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1}}}}),
            json!({"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}}),
        );
        assert_eq!(out["spec"]["strategy"], json!({"type":"Recreate"}));
    }

    #[test]
    fn conditions_merge_by_type() {
        let out = smp(
            "Node",
            json!({"status":{"conditions":[{"type":"Ready","status":"False"},{"type":"MemoryPressure","status":"False"}]}}),
            json!({"status":{"conditions":[{"type":"Ready","status":"True"}]}}),
        );
        assert_eq!(out["status"]["conditions"].as_array().unwrap().len(), 2);
        assert_eq!(out["status"]["conditions"][0]["status"], "True");
    }
}
