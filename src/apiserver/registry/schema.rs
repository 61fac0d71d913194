//! Structural schemas (a CRD version's `openAPIV3Schema`), applied as apiextensions-apiserver
//! applies them to custom objects: pruning drops the fields the schema does not name,
//! defaulting fills `default`s, and validation checks types, required fields, enums, bounds,
//! lengths and patterns. Schemas are kept as the JSON they arrived in.

use serde_json::{Value, json};

use crate::apiserver::errors::Cause;

fn flag(schema: &Value, key: &str) -> bool {
    schema.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn preserves_unknown(schema: &Value) -> bool {
    flag(schema, "x-kubernetes-preserve-unknown-fields")
}

fn child_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Drops what `schema` does not specify, and returns the dropped paths (what
/// `fieldValidation` reports). `apiVersion`, `kind` and `metadata` at the root are the
/// caller's business.
pub fn prune(value: &mut Value, schema: &Value, root: bool) -> Vec<String> {
    let mut dropped = Vec::new();
    prune_at(value, schema, root, String::new(), &mut dropped);
    dropped
}

fn prune_at(value: &mut Value, schema: &Value, root: bool, path: String, out: &mut Vec<String>) {
    if flag(schema, "x-kubernetes-embedded-resource") {
        // An embedded object keeps its own apiVersion/kind/metadata.
        return prune_object(value, schema, true, path, out);
    }
    match value {
        Value::Object(_) => prune_object(value, schema, root, path, out),
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter_mut().enumerate() {
                    prune_at(item, item_schema, false, format!("{path}[{i}]"), out);
                }
            }
        }
        _ => {}
    }
}

fn prune_object(
    value: &mut Value,
    schema: &Value,
    root: bool,
    path: String,
    out: &mut Vec<String>,
) {
    let Some(map) = value.as_object_mut() else {
        return;
    };
    let properties = schema.get("properties").and_then(Value::as_object);
    let additional = schema.get("additionalProperties").filter(|a| a.is_object());
    let keep_unknown =
        preserves_unknown(schema) || schema.get("additionalProperties") == Some(&json!(true));
    let keys: Vec<String> = map.keys().cloned().collect();
    for key in keys {
        if root && matches!(key.as_str(), "apiVersion" | "kind" | "metadata") {
            continue;
        }
        let child = child_path(&path, &key);
        let sub = properties.and_then(|p| p.get(&key)).or(additional);
        match sub {
            Some(sub) => {
                let v = map.get_mut(&key).expect("listed key");
                prune_at(v, sub, false, child, out);
            }
            None if keep_unknown => {}
            None => {
                map.remove(&key);
                out.push(child);
            }
        }
    }
}

/// Fills absent (or null and not nullable) fields that have a `default`, recursively;
/// defaults apply inside defaults too.
pub fn default(value: &mut Value, schema: &Value) {
    match value {
        Value::Object(map) => {
            if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                for (key, sub) in properties {
                    let null_not_allowed =
                        map.get(key).is_some_and(Value::is_null) && !flag(sub, "nullable");
                    if null_not_allowed {
                        map.remove(key);
                    }
                    if !map.contains_key(key)
                        && let Some(d) = sub.get("default")
                    {
                        map.insert(key.clone(), d.clone());
                    }
                    if let Some(v) = map.get_mut(key) {
                        default(v, sub);
                    }
                }
            }
            if let Some(additional) = schema.get("additionalProperties").filter(|a| a.is_object()) {
                for v in map.values_mut() {
                    default(v, additional);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for item in items {
                    default(item, item_schema);
                }
            }
        }
        _ => {}
    }
}

/// The JSON type name apiextensions' errors use for a value.
fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn type_matches(expected: &str, value: &Value) -> bool {
    match (expected, value) {
        ("object", Value::Object(_))
        | ("array", Value::Array(_))
        | ("string", Value::String(_))
        | ("boolean", Value::Bool(_)) => true,
        ("integer", Value::Number(n)) => {
            n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        ("number", Value::Number(_)) => true,
        _ => false,
    }
}

/// Every violation of `schema` in `value`, as field causes (`spec.replicas: Invalid value…`).
pub fn validate(value: &Value, schema: &Value, path: &str) -> Vec<Cause> {
    let mut causes = Vec::new();
    validate_at(value, schema, path, &mut causes);
    causes
}

fn validate_at(value: &Value, schema: &Value, path: &str, out: &mut Vec<Cause>) {
    let shown = if path.is_empty() { "<root>" } else { path };
    if value.is_null() {
        if !flag(schema, "nullable") && schema.get("type").is_some() {
            let expected = schema["type"].as_str().unwrap_or("");
            out.push(Cause::invalid(
                shown,
                &json!("null"),
                format!("{shown} in body must be of type {expected}: \"null\""),
            ));
        }
        return;
    }
    if flag(schema, "x-kubernetes-int-or-string") {
        if !matches!(value, Value::String(_)) && !type_matches("integer", value) {
            out.push(Cause::invalid(
                shown,
                &json!(type_name(value)),
                format!(
                    "{shown} in body must be of type integer or string: \"{}\"",
                    type_name(value)
                ),
            ));
            return;
        }
    } else if let Some(expected) = schema.get("type").and_then(Value::as_str)
        && !type_matches(expected, value)
    {
        out.push(Cause::invalid(
            shown,
            &json!(type_name(value)),
            format!(
                "{shown} in body must be of type {expected}: \"{}\"",
                type_name(value)
            ),
        ));
        return;
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        let list: Vec<String> = allowed.iter().map(Value::to_string).collect();
        out.push(
            Cause::not_supported(shown, value, &[]).with_message(format!(
                "Unsupported value: {value}: supported values: {}",
                list.join(", ")
            )),
        );
    }
    match value {
        Value::Number(n) => validate_number(n.as_f64().unwrap_or(0.0), value, schema, shown, out),
        Value::String(s) => validate_string(s, schema, shown, out),
        Value::Array(items) => {
            let len = items.len() as u64;
            if let Some(min) = schema.get("minItems").and_then(Value::as_u64)
                && len < min
            {
                out.push(Cause::invalid(
                    shown,
                    value,
                    format!("must have at least {min} items"),
                ));
            }
            if let Some(max) = schema.get("maxItems").and_then(Value::as_u64)
                && len > max
            {
                out.push(Cause::invalid(
                    shown,
                    value,
                    format!("must have at most {max} items"),
                ));
            }
            if flag(schema, "uniqueItems") {
                for (i, item) in items.iter().enumerate() {
                    if items[..i].contains(item) {
                        out.push(Cause::duplicate(format!("{shown}[{i}]"), item));
                    }
                }
            }
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    validate_at(item, item_schema, &format!("{path}[{i}]"), out);
                }
            }
        }
        Value::Object(map) => {
            for key in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(key) = key.as_str()
                    && !map.contains_key(key)
                {
                    out.push(Cause::required(child_path(path, key)));
                }
            }
            let len = map.len() as u64;
            if let Some(min) = schema.get("minProperties").and_then(Value::as_u64)
                && len < min
            {
                out.push(Cause::invalid(
                    shown,
                    value,
                    format!("must have at least {min} properties"),
                ));
            }
            if let Some(max) = schema.get("maxProperties").and_then(Value::as_u64)
                && len > max
            {
                out.push(Cause::invalid(
                    shown,
                    value,
                    format!("must have at most {max} properties"),
                ));
            }
            let properties = schema.get("properties").and_then(Value::as_object);
            let additional = schema.get("additionalProperties").filter(|a| a.is_object());
            for (key, v) in map {
                if let Some(sub) = properties.and_then(|p| p.get(key)).or(additional) {
                    validate_at(v, sub, &child_path(path, key), out);
                }
            }
        }
        _ => {}
    }
    validate_combinators(value, schema, path, shown, out);
}

/// A bound as Go's validators print it: `10`, not `10.0` (CRDs store bounds as floats).
fn number(v: &Value) -> String {
    match v.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
        _ => v.to_string(),
    }
}

fn validate_number(n: f64, value: &Value, schema: &Value, shown: &str, out: &mut Vec<Cause>) {
    let bound = |key| schema.get(key).and_then(Value::as_f64);
    if let Some(min) = bound("minimum") {
        let exclusive = flag(schema, "exclusiveMinimum");
        if n < min || (exclusive && n == min) {
            let op = if exclusive {
                "greater than"
            } else {
                "greater than or equal to"
            };
            out.push(Cause::invalid(
                shown,
                value,
                format!(
                    "{shown} in body should be {op} {}",
                    number(&schema["minimum"])
                ),
            ));
        }
    }
    if let Some(max) = bound("maximum") {
        let exclusive = flag(schema, "exclusiveMaximum");
        if n > max || (exclusive && n == max) {
            let op = if exclusive {
                "less than"
            } else {
                "less than or equal to"
            };
            out.push(Cause::invalid(
                shown,
                value,
                format!(
                    "{shown} in body should be {op} {}",
                    number(&schema["maximum"])
                ),
            ));
        }
    }
    if let Some(m) = bound("multipleOf")
        && m > 0.0
        && (n / m).fract() != 0.0
    {
        out.push(Cause::invalid(
            shown,
            value,
            format!(
                "{shown} in body should be a multiple of {}",
                number(&schema["multipleOf"])
            ),
        ));
    }
}

fn validate_string(s: &str, schema: &Value, shown: &str, out: &mut Vec<Cause>) {
    let value = json!(s);
    let chars = s.chars().count() as u64;
    if let Some(min) = schema.get("minLength").and_then(Value::as_u64)
        && chars < min
    {
        out.push(Cause::invalid(
            shown,
            &value,
            format!("{shown} in body should be at least {min} chars long"),
        ));
    }
    if let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
        && chars > max
    {
        out.push(Cause::invalid(
            shown,
            &value,
            format!("{shown} in body should be at most {max} chars long"),
        ));
    }
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        // The CRD's own validation rejected patterns that do not compile.
        if regex::Regex::new(pattern).is_ok_and(|re| !re.is_match(s)) {
            out.push(Cause::invalid(
                shown,
                &value,
                format!("{shown} in body should match '{pattern}'"),
            ));
        }
    }
}

/// allOf / anyOf / oneOf / not: value constraints only (structural schemas allow no types
/// or properties under them).
fn validate_combinators(
    value: &Value,
    schema: &Value,
    path: &str,
    shown: &str,
    out: &mut Vec<Cause>,
) {
    let passes = |s: &Value| validate(value, s, path).is_empty();
    for s in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        validate_at(value, s, path, out);
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array)
        && !any.iter().any(passes)
    {
        out.push(Cause::invalid(
            shown,
            value,
            format!("{shown} in body must match at least one schema (anyOf)"),
        ));
    }
    if let Some(one) = schema.get("oneOf").and_then(Value::as_array)
        && one.iter().filter(|s| passes(s)).count() != 1
    {
        out.push(Cause::invalid(
            shown,
            value,
            format!("{shown} in body must match exactly one schema (oneOf)"),
        ));
    }
    if let Some(not) = schema.get("not")
        && passes(not)
    {
        out.push(Cause::invalid(
            shown,
            value,
            format!("{shown} in body should not match the schema (not)"),
        ));
    }
}

/// Why `schema` is not structural (every node has a type, unless it preserves unknown fields
/// or is int-or-string; no types or properties under allOf/anyOf/oneOf/not; patterns
/// compile), as causes under `path`.
pub fn structural_errors(schema: &Value, path: &str) -> Vec<Cause> {
    let mut out = Vec::new();
    check_structural(schema, path, &mut out);
    out
}

fn check_structural(schema: &Value, path: &str, out: &mut Vec<Cause>) {
    let Some(map) = schema.as_object() else {
        out.push(Cause::invalid(path, schema, "must be an object"));
        return;
    };
    let typed = map.get("type").and_then(Value::as_str);
    match typed {
        Some("object" | "array" | "string" | "integer" | "number" | "boolean") => {}
        Some(other) => out.push(Cause::not_supported(
            format!("{path}.type"),
            &json!(other),
            &["array", "boolean", "integer", "number", "object", "string"],
        )),
        None if flag(schema, "x-kubernetes-preserve-unknown-fields")
            || flag(schema, "x-kubernetes-int-or-string") => {}
        None => out.push(
            Cause::required(format!("{path}.type"))
                .with_message("Required value: must not be empty for specified object fields"),
        ),
    }
    if let Some(p) = map.get("pattern").and_then(Value::as_str)
        && let Err(e) = regex::Regex::new(p)
    {
        out.push(Cause::invalid(
            format!("{path}.pattern"),
            &json!(p),
            format!("must be a valid regular expression: {e}"),
        ));
    }
    if let Some(properties) = map.get("properties").and_then(Value::as_object) {
        if typed.is_some_and(|t| t != "object") {
            out.push(Cause::forbidden(
                format!("{path}.properties"),
                "must be empty when type is not object",
            ));
        }
        for (k, sub) in properties {
            check_structural(sub, &format!("{path}.properties[{k}]"), out);
        }
    }
    if let Some(items) = map.get("items") {
        check_structural(items, &format!("{path}.items"), out);
    } else if typed == Some("array") {
        out.push(
            Cause::required(format!("{path}.items"))
                .with_message("Required value: must be specified"),
        );
    }
    if let Some(a) = map.get("additionalProperties").filter(|a| a.is_object()) {
        if map.contains_key("properties") {
            out.push(Cause::forbidden(
                format!("{path}.additionalProperties"),
                "additionalProperties and properties are mutual exclusive",
            ));
        }
        check_structural(a, &format!("{path}.additionalProperties"), out);
    }
    for combinator in ["allOf", "anyOf", "oneOf"] {
        for (i, s) in map
            .get(combinator)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            check_value_only(s, &format!("{path}.{combinator}[{i}]"), out);
        }
    }
    if let Some(not) = map.get("not") {
        check_value_only(not, &format!("{path}.not"), out);
    }
}

fn check_value_only(schema: &Value, path: &str, out: &mut Vec<Cause>) {
    for key in [
        "type",
        "default",
        "nullable",
        "additionalProperties",
        "x-kubernetes-preserve-unknown-fields",
    ] {
        if schema.get(key).is_some() {
            out.push(Cause::forbidden(
                format!("{path}.{key}"),
                "must be empty to be structural",
            ));
        }
    }
}

/// The schema of the object at `path` (`spec.replicas`) inside `schema`, if it names one.
pub fn at_path<'a>(schema: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .filter(|s| !s.is_empty())
        .try_fold(schema, |s, key| s.get("properties")?.get(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(c: &Cause) -> String {
        format!("{}: {}", c.field, c.message)
    }

    fn crontab_schema() -> Value {
        json!({"type": "object", "properties": {
            "spec": {"type": "object", "required": ["cronSpec"], "properties": {
                "cronSpec": {"type": "string", "pattern": "^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$"},
                "image": {"type": "string", "minLength": 1},
                "replicas": {"type": "integer", "minimum": 1.0, "maximum": 10.0, "default": 1},
                "mode": {"type": "string", "enum": ["fast", "slow"]},
                "port": {"x-kubernetes-int-or-string": true},
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                "extra": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                "steps": {"type": "array", "maxItems": 2, "items": {"type": "object", "properties": {
                    "name": {"type": "string"}, "retries": {"type": "integer", "default": 3}}}},
            }},
            "status": {"type": "object", "properties": {"replicas": {"type": "integer"}}},
        }})
    }

    #[test]
    fn pruning_drops_unknown_fields_and_keeps_preserved_ones() {
        let mut v = json!({"apiVersion": "x/v1", "kind": "CronTab", "metadata": {"name": "a"},
            "spec": {"cronSpec": "* * * * *", "bogus": 1, "extra": {"anything": [1]},
                "labels": {"a": "b"}, "steps": [{"name": "s", "junk": true}]},
            "top": 1});
        let dropped = prune(&mut v, &crontab_schema(), true);
        assert_eq!(dropped, ["spec.bogus", "spec.steps[0].junk", "top"]);
        assert_eq!(v["spec"]["extra"]["anything"], json!([1]));
        assert_eq!(v["spec"]["labels"]["a"], "b");
        assert_eq!(v["metadata"]["name"], "a");
    }

    #[test]
    fn defaults_fill_absent_and_null_fields_at_every_level() {
        let mut v = json!({"spec": {"cronSpec": "x", "replicas": null, "steps": [{"name": "a"}, {"retries": 0}]}});
        default(&mut v, &crontab_schema());
        assert_eq!(v["spec"]["replicas"], 1);
        assert_eq!(v["spec"]["steps"][0]["retries"], 3);
        assert_eq!(v["spec"]["steps"][1]["retries"], 0);
    }

    #[test]
    fn validation_reports_each_violation_in_kubernetes_wording() {
        let v = json!({"spec": {"cronSpec": 5, "image": "", "replicas": 20, "mode": "odd",
            "port": true, "steps": [{}, {}, {}]}});
        let causes = validate(&v, &crontab_schema(), "");
        let messages: Vec<String> = causes.iter().map(line).collect();
        let all = messages.join("\n");
        for expected in [
            "spec.cronSpec: Invalid value: \"integer\": spec.cronSpec in body must be of type string: \"integer\"",
            "spec.image: Invalid value: \"\": spec.image in body should be at least 1 chars long",
            "spec.replicas: Invalid value: 20: spec.replicas in body should be less than or equal to 10",
            "spec.mode: Unsupported value: \"odd\": supported values: \"fast\", \"slow\"",
            "spec.port: Invalid value: \"boolean\": spec.port in body must be of type integer or string: \"boolean\"",
            "spec.steps: Invalid value:",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in\n{all}");
        }
        let missing = validate(&json!({"spec": {}}), &crontab_schema(), "");
        assert_eq!(line(&missing[0]), "spec.cronSpec: Required value");
        let bad_pattern = validate(
            &json!({"spec": {"cronSpec": "every minute"}}),
            &crontab_schema(),
            "",
        );
        assert!(
            line(&bad_pattern[0]).contains("should match"),
            "{bad_pattern:?}"
        );
        assert!(
            validate(
                &json!({"spec": {"cronSpec": "*/5 * * * *", "port": "http"}}),
                &crontab_schema(),
                ""
            )
            .is_empty()
        );
    }

    #[test]
    fn non_structural_schemas_are_named() {
        let bad = json!({"type": "object", "properties": {
            "spec": {"properties": {"a": {"type": "strin"}}},
            "list": {"type": "array"},
            "re": {"type": "string", "pattern": "("}}});
        let causes: Vec<String> = structural_errors(&bad, "spec.validation.openAPIV3Schema")
            .iter()
            .map(line)
            .collect();
        let all = causes.join("\n");
        assert!(
            all.contains("openAPIV3Schema.properties[spec].type: Required value"),
            "{all}"
        );
        assert!(
            all.contains("properties[a].type: Unsupported value: \"strin\""),
            "{all}"
        );
        assert!(
            all.contains("properties[list].items: Required value"),
            "{all}"
        );
        assert!(
            all.contains("properties[re].pattern: Invalid value"),
            "{all}"
        );
        assert!(structural_errors(&crontab_schema(), "s").is_empty());
    }
}
