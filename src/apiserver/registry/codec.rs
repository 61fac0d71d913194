//! The typed round trip: an object is decoded into its k8s-openapi type and encoded again.
//! That is how kube-apiserver treats built-in types — unknown fields are dropped (and reported
//! under `fieldValidation`), values of the wrong type are rejected — and it leaves one
//! consistent shape in storage.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Round-trips a JSON object through one Rust type.
pub type Codec = fn(Value) -> Result<Value, String>;

/// What the server does with a kind's Rust type: the round trip, and its OpenAPI schema.
pub struct Typed {
    pub codec: Codec,
    pub schema: fn(&mut schemars::SchemaGenerator) -> schemars::Schema,
}

/// The typed operations for `T`.
pub const fn typed<T: DeserializeOwned + Serialize + schemars::JsonSchema>() -> Typed {
    Typed {
        codec: roundtrip::<T>,
        schema: schema_for::<T>,
    }
}

fn schema_for<T: schemars::JsonSchema>(
    generator: &mut schemars::SchemaGenerator,
) -> schemars::Schema {
    generator.subschema_for::<T>()
}

/// The codec for `T`.
pub fn roundtrip<T: DeserializeOwned + Serialize>(v: Value) -> Result<Value, String> {
    let typed: T = serde_json::from_value(v).map_err(|e| e.to_string())?;
    serde_json::to_value(typed).map_err(|e| e.to_string())
}

/// The fields present in `input` but dropped by the round trip (`spec.foo`,
/// `spec.containers[0].bogus`), in document order: what `fieldValidation` reports.
pub fn unknown_fields(input: &Value, output: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(input, output, String::new(), &mut out);
    out
}

fn walk(input: &Value, output: &Value, path: String, out: &mut Vec<String>) {
    match (input, output) {
        (Value::Object(i), Value::Object(o)) => {
            for (k, v) in i {
                let child = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match o.get(k) {
                    Some(ov) => walk(v, ov, child, out),
                    // A null or empty value that simply was not re-emitted is not unknown.
                    None if is_empty(v) => {}
                    None => out.push(child),
                }
            }
        }
        (Value::Array(i), Value::Array(o)) => {
            for (idx, (iv, ov)) in i.iter().zip(o).enumerate() {
                walk(iv, ov, format!("{path}[{idx}]"), out);
            }
        }
        _ => {}
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Object(m) => m.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::ConfigMap;
    use serde_json::json;

    #[test]
    fn unknown_fields_are_found_and_pruned() {
        let input = json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","bogus":1},"data":{"k":"v"},"extra":{"x":1}});
        let out = roundtrip::<ConfigMap>(input.clone()).unwrap();
        assert_eq!(unknown_fields(&input, &out), ["metadata.bogus", "extra"]);
        assert!(out.get("extra").is_none());
        assert_eq!(out["data"]["k"], "v");
    }

    #[test]
    fn wrong_types_are_rejected() {
        let err =
            roundtrip::<ConfigMap>(json!({"metadata":{"name":"a"},"data":{"k":1}})).unwrap_err();
        assert!(err.contains("invalid type"), "{err}");
    }
}
