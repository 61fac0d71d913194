//! Object metadata on untyped objects (`serde_json::Value`): the accessors every handler and
//! strategy uses, the server-set fields, and Kubernetes' key order.

use serde_json::{Map, Value, json};

/// `metadata` of an object, created when missing.
pub fn meta_mut(obj: &mut Value) -> &mut Map<String, Value> {
    let root = obj.as_object_mut().expect("objects are JSON objects");
    if !root.get("metadata").is_some_and(Value::is_object) {
        root.insert("metadata".into(), json!({}));
    }
    root.get_mut("metadata")
        .and_then(Value::as_object_mut)
        .expect("just ensured")
}

pub fn meta(obj: &Value) -> Option<&Map<String, Value>> {
    obj.get("metadata").and_then(Value::as_object)
}

pub fn meta_str<'a>(obj: &'a Value, field: &str) -> Option<&'a str> {
    meta(obj)?.get(field)?.as_str()
}

pub fn name(obj: &Value) -> &str {
    meta_str(obj, "name").unwrap_or("")
}

pub fn namespace(obj: &Value) -> &str {
    meta_str(obj, "namespace").unwrap_or("")
}

pub fn uid(obj: &Value) -> Option<&str> {
    meta_str(obj, "uid")
}

pub fn resource_version(obj: &Value) -> &str {
    meta_str(obj, "resourceVersion").unwrap_or("")
}

pub fn set_str(obj: &mut Value, field: &str, value: impl Into<String>) {
    meta_mut(obj).insert(field.into(), Value::String(value.into()));
}

pub fn remove(obj: &mut Value, field: &str) {
    if let Some(m) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
        m.remove(field);
    }
}

pub fn labels(obj: &Value) -> Option<&Map<String, Value>> {
    meta(obj)?.get("labels")?.as_object()
}

pub fn finalizers(obj: &Value) -> Vec<String> {
    meta(obj)
        .and_then(|m| m.get("finalizers"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

pub fn is_deleting(obj: &Value) -> bool {
    meta(obj).is_some_and(|m| m.get("deletionTimestamp").is_some_and(|t| !t.is_null()))
}

/// A value at a dotted path (`spec.nodeName`), for field selectors and printers.
pub fn path<'a>(obj: &'a Value, dotted: &str) -> Option<&'a Value> {
    dotted.split('.').try_fold(obj, |v, part| v.get(part))
}

pub fn path_str<'a>(obj: &'a Value, dotted: &str) -> Option<&'a str> {
    path(obj, dotted)?.as_str()
}

/// Sets the value at a dotted path, creating the objects on the way (replacing non-objects).
pub fn set_path(obj: &mut Value, dotted: &str, value: Value) {
    let mut parts = dotted.split('.').peekable();
    let mut current = obj;
    while let Some(part) = parts.next() {
        if !current.is_object() {
            *current = Value::Object(Default::default());
        }
        let map = current.as_object_mut().expect("made an object");
        if parts.peek().is_none() {
            map.insert(part.to_owned(), value);
            return;
        }
        current = map
            .entry(part)
            .or_insert_with(|| Value::Object(Default::default()));
    }
}

/// RFC 3339 UTC with whole seconds (`metav1.Time`).
pub fn now_rfc3339() -> String {
    format_time(time::OffsetDateTime::now_utc())
}

pub fn format_time(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        t.month() as u8,
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Parses `metav1.Time`/`MicroTime` text (RFC 3339).
pub fn parse_time(text: &str) -> Option<time::OffsetDateTime> {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()
}

/// A random RFC 4122 version-4 UUID.
pub fn new_uid() -> String {
    let mut b = [0u8; 16];
    aws_lc_rs::rand::fill(&mut b).expect("system random generator failed");
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// `generateName` + 5 characters from upstream's alphabet (no vowels, no look-alikes).
pub fn generate_name(prefix: &str) -> String {
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let prefix: String = prefix.chars().take(58).collect();
    let mut out = prefix;
    let mut buf = [0u8; 16];
    aws_lc_rs::rand::fill(&mut buf).expect("system random generator failed");
    let mut n = 0;
    for b in buf {
        // 243 = 9 * 27: unbiased.
        if b < 243 && n < 5 {
            out.push(ALPHABET[(b % 27) as usize] as char);
            n += 1;
        }
    }
    while n < 5 {
        out.push('x');
        n += 1;
    }
    out
}

/// Go's ObjectMeta field order, which upstream responses follow.
const META_ORDER: &[&str] = &[
    "name",
    "generateName",
    "namespace",
    "selfLink",
    "uid",
    "resourceVersion",
    "generation",
    "creationTimestamp",
    "deletionTimestamp",
    "deletionGracePeriodSeconds",
    "labels",
    "annotations",
    "ownerReferences",
    "finalizers",
    "managedFields",
];

/// Puts `kind, apiVersion, metadata` first (kube-rs checks that an object starts with
/// `{"kind":`) and metadata's fields in Go's order; other fields keep their order.
pub fn canonical_order(obj: Value) -> Value {
    let Value::Object(mut root) = obj else {
        return obj;
    };
    let mut out = Map::with_capacity(root.len());
    for key in ["kind", "apiVersion"] {
        if let Some(v) = root.shift_remove(key) {
            out.insert(key.into(), v);
        }
    }
    if let Some(m) = root.shift_remove("metadata") {
        out.insert("metadata".into(), order_meta(m));
    }
    for (k, v) in root {
        out.insert(k, v);
    }
    Value::Object(out)
}

fn order_meta(m: Value) -> Value {
    let Value::Object(mut m) = m else {
        return m;
    };
    let mut out = Map::with_capacity(m.len());
    for key in META_ORDER {
        if let Some(v) = m.shift_remove(*key) {
            out.insert((*key).into(), v);
        }
    }
    for (k, v) in m {
        out.insert(k, v);
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_names_and_uids_have_upstream_shape() {
        let n = generate_name("web-");
        assert_eq!(n.len(), 9);
        assert!(
            n[4..]
                .chars()
                .all(|c| "bcdfghjklmnpqrstvwxz2456789".contains(c))
        );
        let u = new_uid();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
    }

    #[test]
    fn canonical_order_puts_kind_first() {
        let v = canonical_order(
            json!({"apiVersion":"v1","metadata":{"uid":"u","name":"n"},"kind":"Pod","spec":{}}),
        );
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"kind":"Pod","apiVersion":"v1","metadata":{"name":"n","uid":"u"},"spec":{}}"#
        );
    }

    #[test]
    fn times_are_whole_seconds_utc() {
        let t = parse_time("2025-01-02T03:04:05.123+01:00").unwrap();
        assert_eq!(format_time(t), "2025-01-02T02:04:05Z");
    }
}
