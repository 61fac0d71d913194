//! Field ownership (`metadata.managedFields`, FieldsV1) and server-side apply.
//!
//! Every write records which manager set which fields: an Update operation (create, update,
//! patch) takes the fields whose values it changed; an Apply operation owns exactly the
//! fields of its applied configuration. Applying a value that differs from the live one in a
//! field another manager owns is a conflict (409, listing each field and owner) unless
//! `force=true` takes the field over; a field the applier owned and no longer applies is
//! removed from the object when no one else owns it.
//!
//! A field set is kept as a set of paths. Path elements are FieldsV1's: `f:<name>` for a map
//! key, `k:{"<key>":<value>}` for an item of a list merged by key, `v:<json>` for an item of
//! a set of primitives, and `.` for "this item itself".

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::schema::{Field, Strategy, TypeSchema};

pub type Path = Vec<String>;
pub type FieldSet = BTreeSet<Path>;

/// Top-level and metadata fields that are never owned (server-set, or identity).
const IGNORED_TOP: &[&str] = &["apiVersion", "kind"];
const IGNORED_META: &[&str] = &[
    "name",
    "namespace",
    "uid",
    "resourceVersion",
    "generation",
    "creationTimestamp",
    "deletionTimestamp",
    "deletionGracePeriodSeconds",
    "managedFields",
    "selfLink",
];

/// The fields `obj` sets. `status` is left out unless `status_only`, and then only it counts.
pub fn fields_of(obj: &Value, schema: &TypeSchema, status_only: bool) -> FieldSet {
    let mut out = FieldSet::new();
    let Some(m) = obj.as_object() else {
        return out;
    };
    for (k, v) in m {
        if IGNORED_TOP.contains(&k.as_str()) || (k == "status") != status_only {
            continue;
        }
        let path = vec![format!("f:{k}")];
        if k == "metadata" {
            for (mk, mv) in v.as_object().into_iter().flatten() {
                if IGNORED_META.contains(&mk.as_str()) {
                    continue;
                }
                let child = schema.child("metadata");
                walk(
                    mv,
                    child.and_then(|c| c.child(mk)),
                    child.and_then(|c| c.field(mk)),
                    vec![path[0].clone(), format!("f:{mk}")],
                    &mut out,
                );
            }
            continue;
        }
        walk(v, schema.child(k), schema.field(k), path, &mut out);
    }
    out
}

fn walk(
    v: &Value,
    schema: Option<&TypeSchema>,
    field: Option<&Field>,
    path: Path,
    out: &mut FieldSet,
) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, child) in m {
                let mut p = path.clone();
                p.push(format!("f:{k}"));
                walk(
                    child,
                    schema.and_then(|s| s.child(k)),
                    schema.and_then(|s| s.field(k)),
                    p,
                    out,
                );
            }
        }
        Value::Array(items) => match field.map(|f| f.strategy) {
            Some(Strategy::MergeKey(key)) => {
                for item in items {
                    let Some(id) = item.get(key) else { continue };
                    let mut p = path.clone();
                    p.push(format!("k:{}", json!({key: id})));
                    let mut marker = p.clone();
                    marker.push(".".into());
                    out.insert(marker);
                    if let Some(obj) = item.as_object() {
                        for (k, child) in obj {
                            let mut cp = p.clone();
                            cp.push(format!("f:{k}"));
                            walk(
                                child,
                                schema.and_then(|s| s.child(k)),
                                schema.and_then(|s| s.field(k)),
                                cp,
                                out,
                            );
                        }
                    }
                }
            }
            Some(Strategy::MergePrimitives) => {
                for item in items {
                    let mut p = path.clone();
                    p.push(format!("v:{item}"));
                    out.insert(p);
                }
            }
            _ => {
                out.insert(path);
            }
        },
        _ => {
            out.insert(path);
        }
    }
}

/// What an Update from `old` to `new` changed, as two sets: the fields of `new` whose value
/// differs from `old`'s (or that `old` does not set), and the fields of `old` that `new` no
/// longer sets. Only `status` counts when `status_only`, as in [`fields_of`].
///
/// Both objects are walked side by side and equal subtrees are skipped whole, so a binding
/// or a status update of a large object costs a comparison, not two full field sets.
pub fn changes(
    old: &Value,
    new: &Value,
    schema: &TypeSchema,
    status_only: bool,
) -> (FieldSet, FieldSet) {
    let mut d = Diff::default();
    let (Some(om), Some(nm)) = (old.as_object(), new.as_object()) else {
        d.by_sets(old, new, &[], |v, out| {
            out.extend(fields_of(v, schema, status_only))
        });
        return (d.changed, d.removed);
    };
    for k in union(om, nm) {
        if IGNORED_TOP.contains(&k.as_str()) || (k == "status") != status_only {
            continue;
        }
        let (o, n) = (om.get(k), nm.get(k));
        let path = vec![format!("f:{k}")];
        let both_maps = o
            .and_then(Value::as_object)
            .zip(n.and_then(Value::as_object));
        match both_maps {
            Some((om, nm)) if k == "metadata" => {
                let child = schema.child("metadata");
                for mk in union(om, nm) {
                    if IGNORED_META.contains(&mk.as_str()) {
                        continue;
                    }
                    d.value(
                        om.get(mk),
                        nm.get(mk),
                        child.and_then(|c| c.child(mk)),
                        child.and_then(|c| c.field(mk)),
                        vec![path[0].clone(), format!("f:{mk}")],
                    );
                }
            }
            _ if k == "metadata" => {
                // A metadata that is not an object on one side: compare the full sets.
                let one = |v: &Value, out: &mut FieldSet| {
                    let top = json!({"metadata": v});
                    out.extend(fields_of(&top, schema, false));
                };
                let (o, n) = (o.unwrap_or(&Value::Null), n.unwrap_or(&Value::Null));
                let mut sub = Diff::default();
                sub.by_sets(o, n, &path, |v, out| one(v, out));
                d.changed.extend(sub.changed);
                d.removed.extend(sub.removed);
            }
            _ => d.value(o, n, schema.child(k), schema.field(k), path),
        }
    }
    (d.changed, d.removed)
}

/// The keys of two maps, each once.
fn union<'a>(a: &'a Map<String, Value>, b: &'a Map<String, Value>) -> Vec<&'a String> {
    let mut keys: Vec<&String> = a.keys().collect();
    keys.extend(b.keys().filter(|k| !a.contains_key(*k)));
    keys
}

#[derive(Default)]
struct Diff {
    changed: FieldSet,
    removed: FieldSet,
}

impl Diff {
    /// The field at `path`, `o` in the old object and `n` in the new.
    fn value(
        &mut self,
        o: Option<&Value>,
        n: Option<&Value>,
        schema: Option<&TypeSchema>,
        field: Option<&Field>,
        path: Path,
    ) {
        let (o, n) = match (o, n) {
            (None, None) => return,
            (Some(o), None) => return walk(o, schema, field, path, &mut self.removed),
            (None, Some(n)) => return walk(n, schema, field, path, &mut self.changed),
            (Some(o), Some(n)) if o == n => return,
            (Some(o), Some(n)) => (o, n),
        };
        let strategy = field.map(|f| f.strategy);
        match (o, n) {
            (Value::Object(om), Value::Object(nm)) if !om.is_empty() && !nm.is_empty() => {
                self.fields(om, nm, schema, &path)
            }
            (Value::Array(oa), Value::Array(na)) => match strategy {
                Some(Strategy::MergeKey(key)) => self.keyed(oa, na, key, schema, field, path),
                Some(Strategy::MergePrimitives) => {
                    let item = |v: &Value| format!("v:{v}");
                    let olds: BTreeSet<String> = oa.iter().map(item).collect();
                    let news: BTreeSet<String> = na.iter().map(item).collect();
                    let at = |el: &String| {
                        let mut p = path.clone();
                        p.push(el.clone());
                        p
                    };
                    self.changed.extend(news.difference(&olds).map(at));
                    self.removed.extend(olds.difference(&news).map(at));
                }
                // An atomic list: one field.
                _ => {
                    self.changed.insert(path);
                }
            },
            _ if is_leaf(o, strategy) && is_leaf(n, strategy) => {
                self.changed.insert(path);
            }
            // The shape changed (a map became a scalar, say): compare the subtrees' sets.
            _ => self.by_sets(o, n, &path, |v, out| {
                walk(v, schema, field, path.clone(), out)
            }),
        }
    }

    /// The fields of two maps at `path`, each compared with its counterpart.
    fn fields(
        &mut self,
        om: &Map<String, Value>,
        nm: &Map<String, Value>,
        schema: Option<&TypeSchema>,
        path: &[String],
    ) {
        for k in union(om, nm) {
            let mut p = path.to_vec();
            p.push(format!("f:{k}"));
            self.value(
                om.get(k),
                nm.get(k),
                schema.and_then(|s| s.child(k)),
                schema.and_then(|s| s.field(k)),
                p,
            );
        }
    }

    /// A list merged by `key`: items matched by key, as [`value_at`] finds them.
    fn keyed(
        &mut self,
        oa: &[Value],
        na: &[Value],
        key: &str,
        schema: Option<&TypeSchema>,
        field: Option<&Field>,
        path: Path,
    ) {
        let ids = |a: &'_ [Value]| -> Option<Vec<Option<Value>>> {
            let ids: Vec<Option<Value>> = a.iter().map(|i| i.get(key).cloned()).collect();
            let present: Vec<&Value> = ids.iter().flatten().collect();
            let unique = present
                .iter()
                .enumerate()
                .all(|(i, id)| !present[..i].contains(id));
            unique.then_some(ids)
        };
        let (Some(oids), Some(nids)) = (ids(oa), ids(na)) else {
            // Duplicate keys: only the full sets say exactly what changed.
            let (o, n) = (Value::Array(oa.to_vec()), Value::Array(na.to_vec()));
            return self.by_sets(&o, &n, &path, |v, out| {
                walk(v, schema, field, path.clone(), out)
            });
        };
        let item_path = |id: &Value| {
            let mut p = path.clone();
            p.push(format!("k:{}", json!({key: id})));
            p
        };
        // An item's fields (its marker and everything in it), as `walk` lists them.
        let walk_item = |item: &Value, out: &mut FieldSet| {
            let single = Value::Array(vec![item.clone()]);
            walk(&single, schema, field, path.clone(), out);
        };
        for (ni, nid) in na.iter().zip(&nids) {
            let Some(nid) = nid else { continue };
            match oa
                .iter()
                .zip(&oids)
                .find(|(_, oid)| oid.as_ref() == Some(nid))
            {
                None => walk_item(ni, &mut self.changed),
                Some((oi, _)) if oi == ni => {}
                Some((oi, _)) => {
                    let p = item_path(nid);
                    let mut marker = p.clone();
                    marker.push(".".into());
                    self.changed.insert(marker);
                    let empty = Map::new();
                    let om = oi.as_object().unwrap_or(&empty);
                    let nm = ni.as_object().unwrap_or(&empty);
                    self.fields(om, nm, schema, &p);
                }
            }
        }
        for (oi, oid) in oa.iter().zip(&oids) {
            let Some(oid) = oid else { continue };
            if !nids.iter().any(|n| n.as_ref() == Some(oid)) {
                walk_item(oi, &mut self.removed);
            }
        }
    }

    /// The definition itself, for subtrees whose shapes differ: `fields` lists a subtree's
    /// fields (full paths starting with `prefix`).
    fn by_sets(
        &mut self,
        o: &Value,
        n: &Value,
        prefix: &[String],
        fields: impl Fn(&Value, &mut FieldSet),
    ) {
        let (mut olds, mut news) = (FieldSet::new(), FieldSet::new());
        fields(o, &mut olds);
        fields(n, &mut news);
        for p in &news {
            let rel = &p[prefix.len()..];
            if value_at(n, rel) != value_at(o, rel) || !olds.contains(p) {
                self.changed.insert(p.clone());
            }
        }
        self.removed.extend(olds.difference(&news).cloned());
    }
}

/// Whether [`walk`] records `v` as one field (not its parts).
fn is_leaf(v: &Value, strategy: Option<Strategy>) -> bool {
    match v {
        Value::Object(m) => m.is_empty(),
        Value::Array(_) => !matches!(
            strategy,
            Some(Strategy::MergeKey(_)) | Some(Strategy::MergePrimitives)
        ),
        _ => true,
    }
}

/// The value at `path` in `obj` (`.` is the item itself).
pub fn value_at<'a>(obj: &'a Value, path: &[String]) -> Option<&'a Value> {
    let mut cur = obj;
    for el in path {
        if el == "." {
            continue;
        }
        cur = if let Some(name) = el.strip_prefix("f:") {
            cur.get(name)?
        } else if let Some(key) = el.strip_prefix("k:") {
            let want: Map<String, Value> = serde_json::from_str(key).ok()?;
            cur.as_array()?
                .iter()
                .find(|item| want.iter().all(|(k, v)| item.get(k) == Some(v)))?
        } else if let Some(v) = el.strip_prefix("v:") {
            let want: Value = serde_json::from_str(v).ok()?;
            cur.as_array()?.iter().find(|item| **item == want)?
        } else {
            return None;
        };
    }
    Some(cur)
}

/// Removes the field at `path` from `obj` (a map key, a keyed item, a set member).
pub fn remove_at(obj: &mut Value, path: &[String]) {
    let path: Vec<&String> = path.iter().filter(|e| *e != ".").collect();
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut cur = obj;
    for el in parents {
        let next = if let Some(name) = el.strip_prefix("f:") {
            cur.get_mut(name)
        } else if let Some(key) = el.strip_prefix("k:") {
            let Ok(want) = serde_json::from_str::<Map<String, Value>>(key) else {
                return;
            };
            cur.as_array_mut().and_then(|a| {
                a.iter_mut()
                    .find(|item| want.iter().all(|(k, v)| item.get(k) == Some(v)))
            })
        } else {
            None
        };
        let Some(next) = next else { return };
        cur = next;
    }
    if let Some(name) = last.strip_prefix("f:") {
        if let Some(m) = cur.as_object_mut() {
            m.remove(name);
        }
    } else if let Some(key) = last.strip_prefix("k:") {
        if let (Ok(want), Some(a)) = (
            serde_json::from_str::<Map<String, Value>>(key),
            cur.as_array_mut(),
        ) {
            a.retain(|item| !want.iter().all(|(k, v)| item.get(k) == Some(v)));
        }
    } else if let Some(v) = last.strip_prefix("v:")
        && let (Ok(want), Some(a)) = (serde_json::from_str::<Value>(v), cur.as_array_mut())
    {
        a.retain(|item| *item != want);
    }
}

/// FieldsV1 JSON of a set.
pub fn to_fields_v1(set: &FieldSet) -> Value {
    let mut root = Map::new();
    for path in set {
        let mut cur = &mut root;
        for el in path {
            cur = cur
                .entry(el.clone())
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .expect("field sets hold objects");
        }
    }
    Value::Object(root)
}

/// A set from FieldsV1 JSON.
pub fn from_fields_v1(v: &Value) -> FieldSet {
    fn go(v: &Value, path: &mut Path, out: &mut FieldSet) {
        let Some(m) = v.as_object() else { return };
        for (k, child) in m {
            path.push(k.clone());
            if child.as_object().is_some_and(Map::is_empty) {
                out.insert(path.clone());
            } else {
                go(child, path, out);
            }
            path.pop();
        }
    }
    let mut out = FieldSet::new();
    go(v, &mut Vec::new(), &mut out);
    out
}

/// A path as Kubernetes prints it in conflicts: `.spec.containers[name="c"].image`.
pub fn display(path: &[String]) -> String {
    let mut out = String::new();
    for el in path {
        if let Some(name) = el.strip_prefix("f:") {
            out.push('.');
            out.push_str(name);
        } else if let Some(key) = el.strip_prefix("k:") {
            let m: Map<String, Value> = serde_json::from_str(key).unwrap_or_default();
            let parts: Vec<String> = m.iter().map(|(k, v)| format!("{k}={v}")).collect();
            out.push_str(&format!("[{}]", parts.join(",")));
        } else if let Some(v) = el.strip_prefix("v:") {
            out.push_str(&format!("[={v}]"));
        }
    }
    out
}

/// One managedFields entry.
#[derive(Clone, Debug)]
pub struct Entry {
    pub manager: String,
    pub operation: String,
    pub api_version: String,
    pub time: String,
    pub subresource: String,
    pub fields: FieldSet,
}

impl Entry {
    fn key(&self) -> (&str, &str, &str) {
        (&self.manager, &self.operation, &self.subresource)
    }

    fn parse(e: &Value) -> Entry {
        let s = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
        Entry {
            manager: s("manager"),
            operation: s("operation"),
            api_version: s("apiVersion"),
            time: s("time"),
            subresource: s("subresource"),
            fields: e.get("fieldsV1").map(from_fields_v1).unwrap_or_default(),
        }
    }

    fn to_json(&self) -> Value {
        let mut v = json!({
            "manager": self.manager,
            "operation": self.operation,
            "apiVersion": self.api_version,
            "time": self.time,
            "fieldsType": "FieldsV1",
            "fieldsV1": to_fields_v1(&self.fields),
        });
        if !self.subresource.is_empty() {
            v["subresource"] = json!(self.subresource);
        }
        v
    }
}

/// The managedFields of `obj`.
pub fn entries(obj: &Value) -> Vec<Entry> {
    raw_entries(obj).map(Entry::parse).collect()
}

/// The managedFields entries of `obj` as stored (those naming a manager).
fn raw_entries(obj: &Value) -> impl Iterator<Item = &Value> {
    obj.pointer("/metadata/managedFields")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|e| e.get("manager").is_some())
}

/// Whether the set that FieldsV1 `fields` encodes holds `path` — without decoding it.
fn holds(fields: &Value, path: &[String]) -> bool {
    let mut cur = fields;
    for el in path {
        match cur.get(el) {
            Some(child) => cur = child,
            None => return false,
        }
    }
    cur.as_object().is_some_and(Map::is_empty)
}

/// Whether the set that FieldsV1 `fields` encodes is not empty.
fn holds_any(fields: &Value) -> bool {
    fields.as_object().is_some_and(|m| {
        m.values()
            .any(|c| c.as_object().is_some_and(Map::is_empty) || holds_any(c))
    })
}

/// Whether a stored entry reads back as [`Entry::to_json`] writes it (the same keys, in
/// order, all strings but the fields): then it can be kept as it is.
fn is_canonical(e: &Value) -> bool {
    const KEYS: [&str; 7] = [
        "manager",
        "operation",
        "apiVersion",
        "time",
        "fieldsType",
        "fieldsV1",
        "subresource",
    ];
    let Some(m) = e.as_object() else { return false };
    let n = m.len();
    (n == 6 || n == 7)
        && m.iter().zip(KEYS).all(|((k, v), want)| {
            k == want
                && match want {
                    "fieldsV1" => v.is_object(),
                    "fieldsType" => v == "FieldsV1",
                    "subresource" => v.as_str().is_some_and(|s| !s.is_empty()),
                    _ => v.is_string(),
                }
        })
}

/// Writes `entries` (the empty ones dropped) into `obj`.
pub fn set_entries(obj: &mut Value, entries: &[Entry]) {
    let list: Vec<Value> = entries
        .iter()
        .filter(|e| !e.fields.is_empty())
        .map(Entry::to_json)
        .collect();
    let m = crate::apiserver::meta::meta_mut(obj);
    if list.is_empty() {
        m.remove("managedFields");
    } else {
        m.insert("managedFields".into(), Value::Array(list));
    }
}

/// Who writes, and how.
pub struct Writer<'a> {
    pub manager: &'a str,
    pub api_version: &'a str,
    /// The subresource written (`status`, `scale`), else empty; `status` owns status fields.
    pub subresource: &'a str,
}

/// Ownership after an Update operation from `old` (None: create) to `new`.
pub fn record_update(schema: &TypeSchema, w: &Writer<'_>, old: Option<&Value>, new: &mut Value) {
    let status = w.subresource == "status";
    let (changed, removed) = match old {
        None => (fields_of(new, schema, status), FieldSet::new()),
        Some(old) => changes(old, new, schema, status),
    };
    if let Some(old) = old
        && changed.is_empty()
        && removed.is_empty()
    {
        // Nobody's ownership moves: the old entries, as they were.
        let kept = crate::apiserver::meta::meta(old).and_then(|m| m.get("managedFields"));
        let m = crate::apiserver::meta::meta_mut(new);
        match kept {
            Some(list) => m.insert("managedFields".into(), list.clone()),
            None => m.remove("managedFields"),
        };
        return;
    }
    let me = (w.manager, "Update", w.subresource);
    let mut list: Vec<Value> = Vec::new();
    let mut mine: Option<(usize, Entry)> = None;
    let touched = |fields: &Value| changed.iter().chain(&removed).any(|p| holds(fields, p));
    for raw in old.into_iter().flat_map(raw_entries) {
        // An update takes over what it changed; others keep only what it left alone. An
        // entry none of that touches stays as stored, undecoded (most entries, most writes).
        let is_mine = mine.is_none()
            && raw.get("manager").and_then(Value::as_str) == Some(me.0)
            && raw.get("operation").and_then(Value::as_str) == Some(me.1)
            && raw.get("subresource").and_then(Value::as_str).unwrap_or("") == me.2;
        if !is_mine && is_canonical(raw) && raw.get("fieldsV1").is_some_and(|f| !touched(f)) {
            if raw.get("fieldsV1").is_some_and(holds_any) {
                list.push(raw.clone());
            }
            continue;
        }
        let mut entry = Entry::parse(raw);
        entry.fields.retain(|p| !removed.contains(p));
        if is_mine {
            mine = Some((list.len(), entry));
            list.push(Value::Null);
            continue;
        }
        entry.fields.retain(|p| !changed.contains(p));
        if !entry.fields.is_empty() {
            list.push(entry.to_json());
        }
    }
    let (idx, mut entry) = mine.unwrap_or_else(|| {
        list.push(Value::Null);
        let entry = Entry {
            manager: w.manager.to_owned(),
            operation: "Update".into(),
            api_version: w.api_version.to_owned(),
            time: String::new(),
            subresource: w.subresource.to_owned(),
            fields: FieldSet::new(),
        };
        (list.len() - 1, entry)
    });
    entry.fields.extend(changed);
    entry.time = crate::apiserver::meta::now_rfc3339();
    entry.api_version = w.api_version.to_owned();
    if entry.fields.is_empty() {
        list.remove(idx);
    } else {
        list[idx] = entry.to_json();
    }
    let m = crate::apiserver::meta::meta_mut(new);
    if list.is_empty() {
        m.remove("managedFields");
    } else {
        m.insert("managedFields".into(), Value::Array(list));
    }
}

/// A field another manager owns with a different value.
pub struct Conflict {
    pub manager: String,
    pub api_version: String,
    pub path: Path,
}

/// Server-side apply of `config` onto `live` (already strategically merged into `merged`):
/// returns the new object with its managedFields, or the conflicts.
pub fn apply(
    schema: &TypeSchema,
    w: &Writer<'_>,
    live: Option<&Value>,
    config: &Value,
    mut merged: Value,
    force: bool,
) -> Result<Value, Vec<Conflict>> {
    let status = w.subresource == "status";
    let applied = fields_of(config, schema, status);
    let mut list = live.map(entries).unwrap_or_default();
    let me = (w.manager, "Apply", w.subresource);
    let previous: FieldSet = list
        .iter()
        .find(|e| e.key() == me)
        .map(|e| e.fields.clone())
        .unwrap_or_default();
    let mut conflicts = Vec::new();
    let mut taken = FieldSet::new();
    if let Some(live) = live {
        for p in &applied {
            if p.last().is_some_and(|l| l == ".") {
                continue;
            }
            let (have, want) = (value_at(live, p), value_at(config, p));
            if have.is_none() || have == want {
                continue;
            }
            for e in list.iter().filter(|e| e.key() != me) {
                if e.fields.contains(p) {
                    conflicts.push(Conflict {
                        manager: e.manager.clone(),
                        api_version: e.api_version.clone(),
                        path: p.clone(),
                    });
                }
            }
            taken.insert(p.clone());
        }
    }
    if !conflicts.is_empty() && !force {
        return Err(conflicts);
    }
    // Fields this manager stopped applying go, unless someone else still owns them.
    for p in previous.difference(&applied) {
        let shared = list.iter().any(|e| e.key() != me && e.fields.contains(p));
        if !shared {
            remove_at(&mut merged, p);
        }
    }
    for e in list.iter_mut().filter(|e| e.key() != me) {
        e.fields.retain(|p| !taken.contains(p));
    }
    let time = crate::apiserver::meta::now_rfc3339();
    match list.iter_mut().find(|e| e.key() == me) {
        // Re-applying the same configuration changes nothing, not even the time.
        Some(e) if e.fields == applied && e.api_version == w.api_version => {}
        Some(e) => {
            e.fields = applied;
            e.time = time;
            e.api_version = w.api_version.to_owned();
        }
        None => list.push(Entry {
            manager: w.manager.to_owned(),
            operation: "Apply".into(),
            api_version: w.api_version.to_owned(),
            time,
            subresource: w.subresource.to_owned(),
            fields: applied,
        }),
    }
    set_entries(&mut merged, &list);
    Ok(merged)
}

/// kube-apiserver's 409 message for apply conflicts.
pub fn conflict_message(conflicts: &[Conflict]) -> String {
    let n = conflicts.len();
    if n == 1 {
        let c = &conflicts[0];
        return format!(
            "Apply failed with 1 conflict: conflict with {:?} using {}: {}",
            c.manager,
            c.api_version,
            display(&c.path)
        );
    }
    let mut out = format!("Apply failed with {n} conflicts:");
    let mut by_owner: Vec<(&str, &str, Vec<String>)> = Vec::new();
    for c in conflicts {
        match by_owner
            .iter_mut()
            .find(|(m, v, _)| *m == c.manager && *v == c.api_version)
        {
            Some((_, _, paths)) => paths.push(display(&c.path)),
            None => by_owner.push((&c.manager, &c.api_version, vec![display(&c.path)])),
        }
    }
    for (manager, version, paths) in by_owner {
        out.push_str(&format!(" conflicts with {manager:?} using {version}:"));
        for p in paths {
            out.push_str(&format!("\n- {p}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apiserver::patch::schema_for_kind;

    fn w(manager: &str) -> Writer<'_> {
        Writer {
            manager,
            api_version: "apps/v1",
            subresource: "",
        }
    }

    #[test]
    fn field_sets_round_trip_fields_v1() {
        let schema = schema_for_kind("Deployment");
        let obj = json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "d", "labels": {"app": "web"}},
            "spec": {"replicas": 2, "template": {"spec": {"containers": [{"name": "c", "image": "x"}]}}}});
        let set = fields_of(&obj, schema, false);
        let v1 = to_fields_v1(&set);
        assert_eq!(
            v1,
            json!({"f:metadata": {"f:labels": {"f:app": {}}},
                   "f:spec": {"f:replicas": {}, "f:template": {"f:spec": {"f:containers": {"k:{\"name\":\"c\"}": {".": {}, "f:image": {}, "f:name": {}}}}}}})
        );
        assert_eq!(from_fields_v1(&v1), set);
        let image: Path = [
            "f:spec",
            "f:template",
            "f:spec",
            "f:containers",
            "k:{\"name\":\"c\"}",
            "f:image",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(value_at(&obj, &image), Some(&json!("x")));
        assert_eq!(
            display(&image),
            ".spec.template.spec.containers[name=\"c\"].image"
        );
    }

    #[test]
    fn apply_conflicts_force_and_removal() {
        let schema = schema_for_kind("ConfigMap");
        let cfg_a = json!({"metadata": {"name": "c"}, "data": {"a": "1", "b": "1"}});
        let a = apply(schema, &w("alice"), None, &cfg_a, cfg_a.clone(), false)
            .ok()
            .unwrap();
        // Bob applies a different value for a field Alice owns: conflict.
        let cfg_b = json!({"metadata": {"name": "c"}, "data": {"a": "2"}});
        let merged = json!({"metadata": {"name": "c", "managedFields": a["metadata"]["managedFields"]}, "data": {"a": "2", "b": "1"}});
        let conflicts = apply(schema, &w("bob"), Some(&a), &cfg_b, merged.clone(), false)
            .err()
            .unwrap();
        assert_eq!(
            conflict_message(&conflicts),
            "Apply failed with 1 conflict: conflict with \"alice\" using apps/v1: .data.a"
        );
        // Forced, Bob owns data.a; Alice keeps data.b.
        let b = apply(schema, &w("bob"), Some(&a), &cfg_b, merged, true)
            .ok()
            .unwrap();
        let owners = entries(&b);
        assert_eq!(owners.len(), 2);
        assert!(owners[0].fields.iter().all(|p| display(p) == ".data.b"));
        // Alice stops applying data.b: it goes (nobody else owns it).
        let cfg_a2 = json!({"metadata": {"name": "c"}, "data": {}});
        let out = apply(schema, &w("alice"), Some(&b), &cfg_a2, b.clone(), false)
            .ok()
            .unwrap();
        assert_eq!(out["data"], json!({"a": "2"}));
        // The same value is no conflict: shared ownership.
        let cfg_same = json!({"metadata": {"name": "c"}, "data": {"a": "2"}});
        assert!(
            apply(
                schema,
                &w("carol"),
                Some(&out),
                &cfg_same,
                out.clone(),
                false
            )
            .is_ok()
        );
    }

    /// [`changes`] as defined: both full field sets, every field of the new one looked up.
    fn changes_by_definition(
        old: &Value,
        new: &Value,
        schema: &TypeSchema,
        status: bool,
    ) -> (FieldSet, FieldSet) {
        let (olds, news) = (
            fields_of(old, schema, status),
            fields_of(new, schema, status),
        );
        let changed = news
            .iter()
            .filter(|p| value_at(new, p) != value_at(old, p) || !olds.contains(*p))
            .cloned()
            .collect();
        (changed, olds.difference(&news).cloned().collect())
    }

    /// A pod and ~56 edits of it, alone and in pairs: nested maps, lists merged by key and
    /// as sets, atomic lists, shape changes, status.
    fn pod_versions() -> Vec<Value> {
        let base = json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "p", "namespace": "d", "labels": {"a": "1", "b": "2"},
                "finalizers": ["x", "y"], "managedFields": [{"manager": "m"}]},
            "spec": {"containers": [
                    {"name": "c", "image": "i", "ports": [{"containerPort": 80, "protocol": "TCP"}],
                     "args": ["a", "b"], "resources": {"requests": {"cpu": "1"}}},
                    {"name": "d", "image": "j"}],
                "tolerations": [{"key": "k", "operator": "Exists"}],
                "nodeSelector": {}, "volumes": [{"name": "v", "emptyDir": {}}]},
            "status": {"phase": "Pending", "conditions": [{"type": "PodScheduled", "status": "False"}]}});
        let edits: Vec<fn(&mut Value)> = vec![
            |v| v["spec"]["nodeName"] = json!("n1"),
            |v| v["metadata"]["labels"]["a"] = json!("9"),
            |v| drop(v["metadata"]["labels"].as_object_mut().unwrap().remove("b")),
            |v| v["metadata"]["labels"] = json!({}),
            |v| v["metadata"]["labels"] = json!("oops"),
            |v| v["metadata"]["finalizers"] = json!(["y", "z"]),
            |v| v["metadata"]["resourceVersion"] = json!("7"),
            |v| v["metadata"]["managedFields"] = json!([]),
            |v| v["spec"]["containers"][0]["image"] = json!("i2"),
            |v| v["spec"]["containers"][0]["args"] = json!(["b"]),
            |v| v["spec"]["containers"][0]["ports"][0]["containerPort"] = json!(81),
            |v| drop(v["spec"]["containers"].as_array_mut().unwrap().remove(1)),
            |v| v["spec"]["containers"].as_array_mut().unwrap().reverse(),
            |v| v["spec"]["containers"][1]["name"] = json!("c"),
            |v| {
                v["spec"]["containers"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"image": "noname"}))
            },
            |v| v["spec"]["containers"] = json!({"not": "a list"}),
            |v| v["spec"]["tolerations"][0]["effect"] = json!("NoSchedule"),
            |v| v["spec"]["nodeSelector"] = json!({"zone": "a"}),
            |v| v["spec"]["volumes"][0]["emptyDir"] = json!({"medium": "Memory"}),
            |v| v["spec"]["volumes"][0]["emptyDir"] = json!(null),
            |v| v["spec"] = json!(null),
            |v| v["metadata"] = json!(3),
            |v| drop(v.as_object_mut().unwrap().remove("spec")),
            |v| v["status"]["conditions"][0]["status"] = json!("True"),
            |v| {
                v["status"]["conditions"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"type": "Ready"}))
            },
            |v| v["status"]["phase"] = json!("Running"),
            |v| v["kind"] = json!("Other"),
            |_| {},
        ];
        let mut versions = vec![base.clone()];
        for (i, edit) in edits.iter().enumerate() {
            let mut one = base.clone();
            edit(&mut one);
            versions.push(one.clone());
            // and combined with the next edit
            edits[(i + 1) % edits.len()](&mut one);
            versions.push(one);
        }
        versions
    }

    #[test]
    fn the_side_by_side_diff_finds_what_the_field_sets_do() {
        let schema = schema_for_kind("Pod");
        let versions = pod_versions();
        for old in &versions {
            for new in &versions {
                for status in [false, true] {
                    assert_eq!(
                        changes(old, new, schema, status),
                        changes_by_definition(old, new, schema, status),
                        "{old}\n→ {new} (status only: {status})"
                    );
                }
            }
        }
    }

    /// [`record_update`] as defined: every entry decoded, edited and written again.
    fn record_update_by_definition(
        schema: &TypeSchema,
        w: &Writer<'_>,
        old: &Value,
        new: &mut Value,
    ) {
        let status = w.subresource == "status";
        let (changed, removed) = changes_by_definition(old, new, schema, status);
        let mut list = entries(old);
        if changed.is_empty() && removed.is_empty() {
            let kept = old.pointer("/metadata/managedFields").cloned();
            let m = crate::apiserver::meta::meta_mut(new);
            match kept {
                Some(list) => m.insert("managedFields".into(), list),
                None => m.remove("managedFields"),
            };
            return;
        }
        for e in &mut list {
            e.fields.retain(|p| !removed.contains(p));
        }
        let me = (w.manager, "Update", w.subresource);
        let idx = list.iter().position(|e| e.key() == me).unwrap_or_else(|| {
            list.push(Entry {
                manager: w.manager.to_owned(),
                operation: "Update".into(),
                api_version: w.api_version.to_owned(),
                time: String::new(),
                subresource: w.subresource.to_owned(),
                fields: FieldSet::new(),
            });
            list.len() - 1
        });
        for (i, e) in list.iter_mut().enumerate() {
            if i != idx {
                e.fields.retain(|p| !changed.contains(p));
            }
        }
        list[idx].fields.extend(changed);
        list[idx].api_version = w.api_version.to_owned();
        set_entries(new, &list);
    }

    fn without_times(mut v: Value) -> Value {
        if let Some(list) = v
            .pointer_mut("/metadata/managedFields")
            .and_then(Value::as_array_mut)
        {
            for e in list {
                if let Some(m) = e.as_object_mut() {
                    m.remove("time");
                }
            }
        }
        v
    }

    #[test]
    fn entries_left_alone_are_kept_as_stored_with_the_same_result() {
        let schema = schema_for_kind("Pod");
        let versions = pod_versions();
        let writer = |manager, subresource| Writer {
            manager,
            api_version: "v1",
            subresource,
        };
        let writers = [
            writer("creator", ""),
            writer("other", ""),
            writer("third", ""),
            writer("other", "status"),
        ];
        for (i, old) in versions.iter().enumerate() {
            // Two owners: one created an earlier version, the other updated it to `old`.
            let mut created = versions[(i * 7) % versions.len()].clone();
            record_update(schema, &writers[0], None, &mut created);
            let mut owned = old.clone();
            record_update(schema, &writers[1], Some(&created), &mut owned);
            if i % 3 == 0 {
                // Entries as another tool may have written them: not canonical, or empty.
                let extra = json!([
                    {"manager": "legacy", "operation": "Apply",
                     "fieldsV1": {"f:metadata": {"f:labels": {"f:a": {}}}, "f:spec": {"f:nodeName": {}}}},
                    {"manager": "empty", "operation": "Update", "apiVersion": "v1", "time": "t",
                     "fieldsType": "FieldsV1", "fieldsV1": {"f:spec": {}}},
                    {"operation": "Update"}
                ]);
                let m = crate::apiserver::meta::meta_mut(&mut owned);
                let list = m.entry("managedFields").or_insert(json!([]));
                if let Some(list) = list.as_array_mut() {
                    list.extend(extra.as_array().unwrap().iter().cloned());
                }
            }
            for new in &versions {
                for w in &writers {
                    let (mut fast, mut slow) = (new.clone(), new.clone());
                    record_update(schema, w, Some(&owned), &mut fast);
                    record_update_by_definition(schema, w, &owned, &mut slow);
                    assert_eq!(
                        without_times(fast),
                        without_times(slow),
                        "{owned}\n→ {new} by {} {}",
                        w.manager,
                        w.subresource
                    );
                }
            }
        }
    }

    #[test]
    fn updates_take_what_they_change() {
        let schema = schema_for_kind("ConfigMap");
        let mut created = json!({"metadata": {"name": "c"}, "data": {"a": "1", "b": "1"}});
        record_update(schema, &w("creator"), None, &mut created);
        let mut edited = created.clone();
        edited["data"]["a"] = json!("2");
        record_update(schema, &w("editor"), Some(&created), &mut edited);
        let list = entries(&edited);
        assert_eq!(list.len(), 2);
        assert!(list[0].fields.iter().all(|p| display(p) == ".data.b"));
        assert!(list[1].fields.iter().all(|p| display(p) == ".data.a"));
    }
}
