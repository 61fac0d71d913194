//! JSON Patch (RFC 6902): add, remove, replace, move, copy, test over JSON Pointers.

use serde_json::Value;

/// Applies `ops` to `doc` atomically: on error `doc` is unchanged.
pub fn apply(doc: &mut Value, ops: &Value) -> Result<(), String> {
    let ops = ops
        .as_array()
        .ok_or("a JSON patch must be an array of operations")?;
    let mut work = doc.clone();
    for (i, op) in ops.iter().enumerate() {
        apply_one(&mut work, op).map_err(|e| format!("operation {i}: {e}"))?;
    }
    *doc = work;
    Ok(())
}

fn apply_one(doc: &mut Value, op: &Value) -> Result<(), String> {
    let name = op["op"].as_str().ok_or("missing \"op\"")?;
    let path = op["path"].as_str().ok_or("missing \"path\"")?;
    let value = || {
        op.get("value")
            .cloned()
            .ok_or_else(|| format!("{name} needs a \"value\""))
    };
    match name {
        "add" => add(doc, path, value()?),
        "remove" => remove(doc, path).map(|_| ()),
        "replace" => {
            let v = value()?;
            let target =
                pointer_mut(doc, path).ok_or_else(|| format!("path {path:?} does not exist"))?;
            *target = v;
            Ok(())
        }
        "move" => {
            let from = op["from"].as_str().ok_or("move needs \"from\"")?;
            let v = remove(doc, from)?;
            add(doc, path, v)
        }
        "copy" => {
            let from = op["from"].as_str().ok_or("copy needs \"from\"")?;
            let v = doc
                .pointer(&normalize(from))
                .cloned()
                .ok_or_else(|| format!("path {from:?} does not exist"))?;
            add(doc, path, v)
        }
        "test" => {
            let v = value()?;
            match doc.pointer(&normalize(path)) {
                Some(actual) if *actual == v => Ok(()),
                Some(actual) => Err(format!("testing value {path} failed: {actual} is not {v}")),
                None => Err(format!(
                    "testing value {path} failed: the path does not exist"
                )),
            }
        }
        other => Err(format!("unsupported operation {other:?}")),
    }
}

/// serde_json's pointer takes "" for the root; RFC 6901 agrees.
fn normalize(p: &str) -> String {
    p.to_owned()
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

fn split(path: &str) -> Result<(String, String), String> {
    if path.is_empty() {
        return Err("the root cannot be added or removed".into());
    }
    let idx = path
        .rfind('/')
        .ok_or_else(|| format!("invalid JSON pointer {path:?}"))?;
    Ok((path[..idx].to_owned(), unescape(&path[idx + 1..])))
}

fn pointer_mut<'a>(doc: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    doc.pointer_mut(path)
}

fn add(doc: &mut Value, path: &str, v: Value) -> Result<(), String> {
    if path.is_empty() {
        *doc = v;
        return Ok(());
    }
    let (parent, last) = split(path)?;
    let target =
        pointer_mut(doc, &parent).ok_or_else(|| format!("path {parent:?} does not exist"))?;
    match target {
        Value::Object(m) => {
            m.insert(last, v);
            Ok(())
        }
        Value::Array(a) => {
            if last == "-" {
                a.push(v);
                return Ok(());
            }
            let i: usize = last
                .parse()
                .map_err(|_| format!("invalid array index {last:?}"))?;
            if i > a.len() {
                return Err(format!("index {i} is out of bounds"));
            }
            a.insert(i, v);
            Ok(())
        }
        _ => Err(format!("path {parent:?} is not an object or array")),
    }
}

fn remove(doc: &mut Value, path: &str) -> Result<Value, String> {
    let (parent, last) = split(path)?;
    let target =
        pointer_mut(doc, &parent).ok_or_else(|| format!("path {parent:?} does not exist"))?;
    match target {
        Value::Object(m) => m
            .shift_remove(&last)
            .ok_or_else(|| format!("path {path:?} does not exist")),
        Value::Array(a) => {
            let i: usize = last
                .parse()
                .map_err(|_| format!("invalid array index {last:?}"))?;
            if i >= a.len() {
                return Err(format!("index {i} is out of bounds"));
            }
            Ok(a.remove(i))
        }
        _ => Err(format!("path {parent:?} is not an object or array")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operations() {
        let mut d = json!({"data":{"a":"1"},"l":[1,2]});
        apply(
            &mut d,
            &json!([
                {"op":"add","path":"/data/q","value":"2"},
                {"op":"test","path":"/data/a","value":"1"},
                {"op":"replace","path":"/data/a","value":"3"},
                {"op":"add","path":"/l/-","value":3},
                {"op":"remove","path":"/l/0"},
                {"op":"copy","from":"/data/q","path":"/data/c"},
                {"op":"move","from":"/data/c","path":"/data/m~1x"}
            ]),
        )
        .unwrap();
        assert_eq!(d, json!({"data":{"a":"3","q":"2","m/x":"2"},"l":[2,3]}));
        let before = d.clone();
        assert!(apply(&mut d, &json!([{"op":"remove","path":"/data/a"},{"op":"test","path":"/data/q","value":"x"}])).is_err());
        assert_eq!(d, before, "a failed patch changes nothing");
    }
}
