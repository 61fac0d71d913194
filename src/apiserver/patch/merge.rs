//! JSON Merge Patch (RFC 7386): objects merge recursively, `null` deletes, everything else
//! (lists included) replaces.

use serde_json::Value;

pub fn apply(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(p) => {
            if !target.is_object() {
                *target = Value::Object(Default::default());
            }
            let t = target.as_object_mut().expect("just made an object");
            for (k, v) in p {
                if v.is_null() {
                    t.shift_remove(k);
                } else {
                    apply(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        other => *target = other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rfc7386_examples() {
        let mut t = json!({"a":"b","c":{"d":"e","f":"g"},"l":[1,2]});
        apply(&mut t, &json!({"a":"z","c":{"f":null},"l":[3]}));
        assert_eq!(t, json!({"a":"z","c":{"d":"e"},"l":[3]}));
    }
}
