//! CustomResourceDefinitions (apiextensions.k8s.io/v1): what makes a CRD valid, and the
//! controller inside every API server that serves what the CRDs define — apiextensions-
//! apiserver's naming, establishing and finalizer controllers in one loop. It follows the
//! watch cache: each change to a CRD rebuilds the set of served custom resources (discovery,
//! OpenAPI and routing read it), then reports `NamesAccepted`/`Established` in the CRD's
//! status. A deleted CRD stops accepting new objects, its objects are deleted (their own
//! finalizers honoured) and only then does its `customresourcecleanup` finalizer go.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::OnceCell;

use super::Api;
use super::errors::Cause;
use super::handlers::Call;
use super::handlers::delete::{DeleteOptions, delete_one};
use super::handlers::update::{Mode, update_with};
use super::meta;
use super::registry::custom::{self, CustomResource, PrinterColumn, ScalePaths};
use super::registry::strategy::{self, Strategy, is_dns_label, is_dns_subdomain};
use super::registry::{self, NameRule, ResourceDef, SelectorShape, Sub, schema};
use super::request::Verb;

const PREFIX: &str = "/registry/apiextensions.k8s.io/customresourcedefinitions/";
/// The finalizer that holds a deleted CRD until its objects are gone.
pub const CLEANUP_FINALIZER: &str = "customresourcecleanup.apiextensions.k8s.io";
/// How often a terminating CRD's remaining objects are looked at again.
const CLEANUP_EVERY: Duration = Duration::from_secs(1);

/// The strategy of the CustomResourceDefinition kind itself.
pub struct Definition;
pub static DEFINITION: Definition = Definition;

fn spec_str<'a>(obj: &'a Value, path: &str) -> &'a str {
    meta::path_str(obj, path).unwrap_or("")
}

impl Strategy for Definition {
    fn prepare_create(&self, obj: &mut Value) {
        let m = meta::meta_mut(obj);
        let finalizers = m.entry("finalizers").or_insert_with(|| json!([]));
        if let Some(list) = finalizers.as_array_mut()
            && !list.iter().any(|f| f == CLEANUP_FINALIZER)
        {
            list.push(json!(CLEANUP_FINALIZER));
        }
    }

    fn default(&self, obj: &mut Value) {
        let kind = spec_str(obj, "spec.names.kind").to_owned();
        let Some(names) = obj.pointer_mut("/spec/names").filter(|n| n.is_object()) else {
            return;
        };
        strategy::default_field(names, "singular", json!(kind.to_lowercase()));
        strategy::default_field(names, "listKind", json!(format!("{kind}List")));
        if let Some(spec) = obj.get_mut("spec").filter(|s| s.is_object()) {
            strategy::default_field(spec, "conversion", json!({"strategy": "None"}));
        }
    }

    fn validate(&self, obj: &Value) -> Vec<Cause> {
        validate_definition(obj)
    }

    fn validate_update(&self, obj: &Value, old: &Value) -> Vec<Cause> {
        let mut causes = Vec::new();
        for field in ["spec.scope", "spec.group"] {
            if meta::path(obj, field) != meta::path(old, field) {
                causes.push(Cause::invalid(
                    field,
                    meta::path(obj, field).unwrap_or(&Value::Null),
                    "field is immutable",
                ));
            }
        }
        causes
    }
}

fn validate_definition(obj: &Value) -> Vec<Cause> {
    let mut causes = Vec::new();
    let group = spec_str(obj, "spec.group");
    let plural = spec_str(obj, "spec.names.plural");
    let kind = spec_str(obj, "spec.names.kind");
    if meta::name(obj) != format!("{plural}.{group}") {
        causes.push(Cause::invalid(
            "metadata.name",
            &json!(meta::name(obj)),
            "must be spec.names.plural+\".\"+spec.group",
        ));
    }
    if group.is_empty() {
        causes.push(Cause::required("spec.group"));
    } else if !is_dns_subdomain(group) || !group.contains('.') {
        causes.push(Cause::invalid(
            "spec.group",
            &json!(group),
            "should be a domain with at least one dot",
        ));
    } else if registry::RESOURCES.iter().any(|r| r.group == group) {
        causes.push(Cause::invalid(
            "spec.group",
            &json!(group),
            "is served by the API server itself; custom resources need a group of their own",
        ));
    }
    match meta::path(obj, "spec.scope").and_then(Value::as_str) {
        Some("Namespaced" | "Cluster") => {}
        None => causes.push(Cause::required("spec.scope")),
        Some(other) => causes.push(Cause::not_supported(
            "spec.scope",
            &json!(other),
            &["Cluster", "Namespaced"],
        )),
    }
    for (field, value) in [
        ("spec.names.plural", plural),
        ("spec.names.singular", spec_str(obj, "spec.names.singular")),
    ] {
        if value.is_empty() {
            causes.push(Cause::required(field));
        } else if !is_dns_label(value) {
            causes.push(Cause::invalid(
                field,
                &json!(value),
                "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
            ));
        }
    }
    for (i, short) in names_list(obj, "shortNames").iter().enumerate() {
        if !is_dns_label(short) {
            causes.push(Cause::invalid(
                format!("spec.names.shortNames[{i}]"),
                &json!(short),
                "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'",
            ));
        }
    }
    if kind.is_empty() {
        causes.push(Cause::required("spec.names.kind"));
    } else if !kind.chars().next().is_some_and(char::is_alphabetic)
        || !kind.chars().all(char::is_alphanumeric)
    {
        causes.push(Cause::invalid(
            "spec.names.kind",
            &json!(kind),
            "must start with a letter and contain only letters and digits",
        ));
    }
    validate_versions(obj, &mut causes);
    causes
}

fn names_list(obj: &Value, field: &str) -> Vec<String> {
    meta::path(obj, &format!("spec.names.{field}"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_owned))
        .collect()
}

fn validate_versions(obj: &Value, causes: &mut Vec<Cause>) {
    let versions = meta::path(obj, "spec.versions")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if versions.is_empty() {
        causes.push(Cause::required("spec.versions").with_message(
            "Required value: must have exactly one version marked as storage version",
        ));
        return;
    }
    let storage = versions
        .iter()
        .filter(|v| v["storage"].as_bool() == Some(true))
        .count();
    if storage != 1 {
        causes.push(Cause::invalid(
            "spec.versions",
            &json!(versions.iter().map(|v| &v["name"]).collect::<Vec<_>>()),
            "must have exactly one version marked as storage version",
        ));
    }
    if versions.len() > 1 && spec_str(obj, "spec.conversion.strategy") == "Webhook" {
        causes.push(Cause::forbidden(
            "spec.conversion.strategy",
            "webhook conversion is not supported by kubeforge; use the None strategy",
        ));
    }
    let mut seen = Vec::new();
    for (i, v) in versions.iter().enumerate() {
        let at = format!("spec.versions[{i}]");
        let name = v["name"].as_str().unwrap_or("");
        if !is_dns_label(name) {
            causes.push(Cause::invalid(
                format!("{at}.name"),
                &json!(name),
                "must be a DNS-1035 label",
            ));
        }
        if seen.contains(&name) {
            causes.push(Cause::duplicate(format!("{at}.name"), &json!(name)));
        }
        seen.push(name);
        match v.pointer("/schema/openAPIV3Schema") {
            None | Some(Value::Null) => causes.push(
                Cause::required(format!("{at}.schema.openAPIV3Schema"))
                    .with_message("Required value: schemas are required"),
            ),
            Some(s) => {
                causes.extend(schema::structural_errors(
                    s,
                    &format!("{at}.schema.openAPIV3Schema"),
                ));
                if s.get("type").and_then(Value::as_str) != Some("object") {
                    causes.push(Cause::invalid(
                        format!("{at}.schema.openAPIV3Schema.type"),
                        s.get("type").unwrap_or(&Value::Null),
                        "must be object at the root",
                    ));
                }
            }
        }
        if let Some(scale) = v.pointer("/subresources/scale") {
            for (field, prefix, required) in [
                ("specReplicasPath", ".spec.", true),
                ("statusReplicasPath", ".status.", true),
                ("labelSelectorPath", ".s", false),
            ] {
                match scale.get(field).and_then(Value::as_str) {
                    None if required => {
                        causes.push(Cause::required(format!("{at}.subresources.scale.{field}")))
                    }
                    Some(p) if !p.starts_with(prefix) || p.contains('[') => {
                        causes.push(Cause::invalid(
                            format!("{at}.subresources.scale.{field}"),
                            &json!(p),
                            format!("should be a json path under {prefix}"),
                        ))
                    }
                    _ => {}
                }
            }
        }
        for (j, c) in v["additionalPrinterColumns"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let col = format!("{at}.additionalPrinterColumns[{j}]");
            if c["name"].as_str().is_none_or(str::is_empty) {
                causes.push(Cause::required(format!("{col}.name")));
            }
            if c["jsonPath"].as_str().is_none_or(str::is_empty) {
                causes.push(Cause::required(format!("{col}.jsonPath")));
            }
            let kind = c["type"].as_str().unwrap_or("");
            if !matches!(kind, "integer" | "number" | "string" | "boolean" | "date") {
                causes.push(Cause::not_supported(
                    format!("{col}.type"),
                    &json!(kind),
                    &["boolean", "date", "integer", "number", "string"],
                ));
            }
        }
    }
}

/// Kubernetes' version priority: GA before beta before alpha, higher numbers first, other
/// names last in alphabetical order (the first served version is the preferred one).
fn version_order(a: &str, b: &str) -> std::cmp::Ordering {
    fn rank(v: &str) -> Option<(u8, u64, u64)> {
        let rest = v.strip_prefix('v')?;
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let major: u64 = rest[..digits].parse().ok()?;
        let tail = &rest[digits..];
        let (level, minor) = if tail.is_empty() {
            (2, 0)
        } else if let Some(n) = tail.strip_prefix("beta") {
            (1, n.parse().ok()?)
        } else if let Some(n) = tail.strip_prefix("alpha") {
            (0, n.parse().ok()?)
        } else {
            return None;
        };
        Some((level, major, minor))
    }
    match (rank(a), rank(b)) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

fn leak_list(list: Vec<String>) -> &'static [&'static str] {
    Box::leak(
        list.iter()
            .map(|s| leak(s))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

/// The resource table entries a CRD's served versions add. They live for the rest of the
/// process (routing hands out `&'static` entries); a CRD's entries are built again only when
/// its spec changes (a new generation).
fn build(crd: &Value) -> Vec<&'static ResourceDef> {
    let spec = &crd["spec"];
    let mut versions: Vec<&Value> = spec["versions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|v| v["served"].as_bool() == Some(true))
        .collect();
    versions.sort_by(|a, b| {
        version_order(
            a["name"].as_str().unwrap_or(""),
            b["name"].as_str().unwrap_or(""),
        )
    });
    let group = leak(spec_str(crd, "spec.group"));
    let plural = leak(spec_str(crd, "spec.names.plural"));
    let kind = leak(spec_str(crd, "spec.names.kind"));
    let singular = leak(spec_str(crd, "spec.names.singular"));
    let short_names = leak_list(names_list(crd, "shortNames"));
    let categories = leak_list(names_list(crd, "categories"));
    let storage = leak(&format!("{group}/{plural}"));
    let namespaced = spec_str(crd, "spec.scope") == "Namespaced";
    let storage_version = spec["versions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|v| v["storage"].as_bool() == Some(true))
        .and_then(|v| v["name"].as_str())
        .unwrap_or("");
    let storage_api_version = format!("{group}/{storage_version}");
    versions
        .into_iter()
        .map(|v| {
            let columns = v["additionalPrinterColumns"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| PrinterColumn {
                    name: c["name"].as_str().unwrap_or("").to_owned(),
                    kind: c["type"].as_str().unwrap_or("string").to_owned(),
                    format: c["format"].as_str().unwrap_or("").to_owned(),
                    description: c["description"].as_str().unwrap_or("").to_owned(),
                    priority: c["priority"].as_i64().unwrap_or(0),
                    json_path: c["jsonPath"].as_str().unwrap_or("").to_owned(),
                })
                .collect();
            let path = |p: &Value| p.as_str().map(|s| s.trim_start_matches('.').to_owned());
            let scale = v.pointer("/subresources/scale").map(|s| ScalePaths {
                spec_replicas: path(&s["specReplicasPath"]).unwrap_or_default(),
                status_replicas: path(&s["statusReplicasPath"]).unwrap_or_default(),
                label_selector: path(&s["labelSelectorPath"]),
            });
            let status = v.pointer("/subresources/status").is_some();
            let subresources: &'static [Sub] = match (status, scale.is_some()) {
                (true, true) => &[Sub::Status, Sub::Scale],
                (true, false) => &[Sub::Status],
                (false, true) => &[Sub::Scale],
                (false, false) => &[],
            };
            let resource = Box::leak(Box::new(CustomResource::new(
                meta::name(crd).to_owned(),
                storage_api_version.clone(),
                v.pointer("/schema/openAPIV3Schema")
                    .cloned()
                    .unwrap_or(json!({})),
                columns,
                scale,
            )));
            let def: &'static ResourceDef = Box::leak(Box::new(ResourceDef {
                group,
                version: leak(v["name"].as_str().unwrap_or("")),
                kind,
                plural,
                singular,
                short_names,
                namespaced,
                categories,
                subresources,
                generation: true,
                create_on_update: false,
                returns_deleted: false,
                name_rule: NameRule::Subdomain,
                fields: &[],
                printer: &registry::printers::DEFAULT,
                strategy: resource,
                typed: registry::codec::typed::<Value>(),
                scale_selector: SelectorShape::LabelSelector,
                storage: Some(storage),
                review: false,
                custom: Some(resource),
            }));
            def
        })
        .collect()
}

/// A CRD's entries as last built, and what they were built from.
struct Served {
    uid: String,
    generation: i64,
    defs: Vec<&'static ResourceDef>,
}

/// The controller's state across syncs.
#[derive(Default)]
struct Controller {
    served: HashMap<String, Served>,
}

/// Runs the controller; `synced` is set once the CRDs stored at start are served (the
/// `crd-informer-synced` readiness check).
pub async fn run(api: Arc<Api>, synced: Arc<OnceCell<()>>) {
    let mut controller = Controller::default();
    loop {
        while !api.cache.is_ready().await {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let revision = api.cache.revision().await;
        let Ok(start) = api.cache.watch_from(revision).await else {
            continue;
        };
        let mut terminating = controller.sync(&api).await;
        let _ = synced.set(());
        let mut rx = start.receiver;
        loop {
            let wait = if terminating {
                CLEANUP_EVERY
            } else {
                Duration::from_secs(3600)
            };
            let changed = match tokio::time::timeout(wait, rx.recv()).await {
                Ok(Ok(e)) => e.key.starts_with(PREFIX),
                Ok(Err(tokio::sync::broadcast::error::RecvError::Lagged(_))) | Err(_) => true,
                Ok(Err(tokio::sync::broadcast::error::RecvError::Closed)) => break,
            };
            if changed {
                terminating = controller.sync(&api).await;
            }
        }
    }
}

impl Controller {
    /// Serves what the stored CRDs define, reports it in their status and cleans up deleted
    /// ones. Returns whether a CRD is still terminating.
    async fn sync(&mut self, api: &Api) -> bool {
        let Ok((crds, _, _)) = api.cache.list(PREFIX, None, 0, None, |_| true).await else {
            return true;
        };
        let crds: Vec<Value> = crds.iter().map(|c| c.value.clone()).collect();
        let mut all = Vec::new();
        let mut kept = HashMap::new();
        let mut accepted = Vec::new();
        for crd in &crds {
            let name = meta::name(crd).to_owned();
            let uid = meta::meta_str(crd, "uid").unwrap_or("").to_owned();
            let generation = meta::path(crd, "metadata.generation")
                .and_then(Value::as_i64)
                .unwrap_or(0);
            if let Some(conflict) = kind_conflict(crd, &crds) {
                self.report(api, crd, Err(conflict)).await;
                continue;
            }
            let served = match self.served.remove(&name) {
                Some(s) if s.uid == uid && s.generation == generation => s,
                _ => Served {
                    uid,
                    generation,
                    defs: build(crd),
                },
            };
            let deleting = meta::is_deleting(crd);
            for def in &served.defs {
                if let Some(c) = def.custom {
                    c.set_terminating(deleting);
                }
            }
            all.extend(served.defs.iter().copied());
            kept.insert(name, served);
            accepted.push(crd);
        }
        self.served = kept;
        custom::set_served(all);
        let mut terminating = false;
        for crd in accepted {
            self.report(api, crd, Ok(())).await;
            if meta::is_deleting(crd) {
                terminating = true;
                cleanup(api, crd).await;
            }
        }
        terminating
    }

    /// Writes the CRD's status: accepted names, stored versions and the conditions.
    async fn report(&self, api: &Api, crd: &Value, names: Result<(), String>) {
        let Some(def) = registry::lookup("apiextensions.k8s.io", "v1", "customresourcedefinitions")
        else {
            return;
        };
        let mut call = Call::internal(def, Verb::Update, None, Some(meta::name(crd)));
        call.req.subresource = Some("status".into());
        let result = update_with(api, &call, Mode::Prepared, |old| {
            let mut new = old.value.clone();
            new["status"] = desired_status(old.value, &names);
            Ok(new)
        })
        .await;
        if let Err(e) = result
            && e.code != http::StatusCode::NOT_FOUND
        {
            tracing::warn!(crd = meta::name(crd), error = %e.message, "cannot update the CRD's status");
        }
    }
}

/// Another CRD of the same group already uses this kind (or plural as a short name).
fn kind_conflict(crd: &Value, all: &[Value]) -> Option<String> {
    let group = spec_str(crd, "spec.group");
    let kind = spec_str(crd, "spec.names.kind");
    let created = |c: &Value| {
        (
            meta::meta_str(c, "creationTimestamp")
                .unwrap_or("")
                .to_owned(),
            meta::name(c).to_owned(),
        )
    };
    all.iter()
        .filter(|other| meta::name(other) != meta::name(crd))
        .filter(|other| spec_str(other, "spec.group") == group)
        .filter(|other| spec_str(other, "spec.names.kind") == kind)
        .find(|other| created(other) < created(crd))
        .map(|other| format!("\"{kind}\" is already in use by {}", meta::name(other)))
}

/// The status a CRD should have: conditions keep their transition time while unchanged.
fn desired_status(crd: &Value, names: &Result<(), String>) -> Value {
    let old = &crd["status"];
    let now = meta::now_rfc3339();
    let condition = |kind: &str, status: bool, reason: &str, message: &str| {
        let status = if status { "True" } else { "False" };
        let since = old["conditions"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["type"] == kind && c["status"] == status)
            .and_then(|c| c["lastTransitionTime"].as_str())
            .unwrap_or(&now)
            .to_owned();
        json!({"type": kind, "status": status, "lastTransitionTime": since, "reason": reason, "message": message})
    };
    let mut conditions = Vec::new();
    let mut stored: Vec<Value> = old["storedVersions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut status = json!({});
    match names {
        Ok(()) => {
            conditions.push(condition(
                "NamesAccepted",
                true,
                "NoConflicts",
                "no conflicts found",
            ));
            conditions.push(condition(
                "Established",
                true,
                "InitialNamesAccepted",
                "the initial names have been accepted",
            ));
            status["acceptedNames"] = crd["spec"]["names"].clone();
            let storage = crd["spec"]["versions"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|v| v["storage"].as_bool() == Some(true))
                .map(|v| v["name"].clone());
            if let Some(s) = storage
                && !stored.contains(&s)
            {
                stored.push(s);
            }
        }
        Err(conflict) => {
            conditions.push(condition("NamesAccepted", false, "KindConflict", conflict));
            conditions.push(condition(
                "Established",
                false,
                "NotAccepted",
                "not all names are accepted",
            ));
            status["acceptedNames"] = json!({"plural": "", "kind": ""});
        }
    }
    if meta::is_deleting(crd) {
        conditions.push(condition(
            "Terminating",
            true,
            "InstanceDeletionInProgress",
            "CustomResource deletion is in progress",
        ));
    }
    status["conditions"] = Value::Array(conditions);
    status["storedVersions"] = Value::Array(stored);
    status
}

/// Deletes a terminating CRD's objects; once none is left, removes the cleanup finalizer
/// (and with it the CRD).
async fn cleanup(api: &Api, crd: &Value) {
    let group = spec_str(crd, "spec.group");
    let plural = spec_str(crd, "spec.names.plural");
    let prefix = format!("/registry/{group}/{plural}/");
    let Ok((objects, _, _)) = api.cache.list(&prefix, None, 0, None, |_| true).await else {
        return;
    };
    // Any served version deletes objects of every version: they share one storage prefix.
    let Some(def) = custom::served()
        .iter()
        .copied()
        .find(|d| d.group == group && d.plural == plural)
    else {
        return;
    };
    for object in &objects {
        if meta::is_deleting(&object.value) {
            continue; // waiting for its own finalizers
        }
        let namespace = def.namespaced.then(|| meta::namespace(&object.value));
        let call = Call::internal(
            def,
            Verb::Delete,
            namespace,
            Some(meta::name(&object.value)),
        );
        let key = def.key(namespace, meta::name(&object.value));
        if let Err(e) = delete_one(api, &call, &key, &DeleteOptions::default()).await
            && e.code != http::StatusCode::NOT_FOUND
        {
            tracing::warn!(%key, error = %e.message, "cannot delete a custom object of a deleted CRD");
        }
    }
    if !objects.is_empty() {
        return;
    }
    let Some(crd_def) = registry::lookup("apiextensions.k8s.io", "v1", "customresourcedefinitions")
    else {
        return;
    };
    let call = Call::internal(crd_def, Verb::Update, None, Some(meta::name(crd)));
    let result = update_with(api, &call, Mode::Prepared, |old| {
        let mut new = old.value.clone();
        if let Some(list) = new
            .pointer_mut("/metadata/finalizers")
            .and_then(Value::as_array_mut)
        {
            list.retain(|f| f != CLEANUP_FINALIZER);
        }
        Ok(new)
    })
    .await;
    if let Err(e) = result
        && e.code != http::StatusCode::NOT_FOUND
    {
        tracing::warn!(crd = meta::name(crd), error = %e.message, "cannot remove the cleanup finalizer");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crd() -> Value {
        json!({"metadata": {"name": "crontabs.stable.example.com"}, "spec": {
            "group": "stable.example.com", "scope": "Namespaced",
            "names": {"plural": "crontabs", "singular": "crontab", "kind": "CronTab", "shortNames": ["ct"]},
            "versions": [{"name": "v1", "served": true, "storage": true,
                "schema": {"openAPIV3Schema": {"type": "object", "properties": {"spec": {"type": "object"}}}}}]}})
    }

    #[test]
    fn a_valid_definition_passes_and_each_mistake_is_named() {
        assert!(
            validate_definition(&crd()).is_empty(),
            "{:?}",
            validate_definition(&crd())
        );
        let fields = |mutate: fn(&mut Value)| {
            let mut c = crd();
            mutate(&mut c);
            validate_definition(&c)
                .into_iter()
                .map(|c| c.field)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            fields(|c| c["metadata"]["name"] = json!("crontab.stable.example.com")),
            ["metadata.name"]
        );
        assert!(fields(|c| c["spec"]["group"] = json!("apps")).contains(&"spec.group".to_owned()));
        assert_eq!(
            fields(|c| c["spec"]["scope"] = json!("Global")),
            ["spec.scope"]
        );
        assert_eq!(
            fields(|c| c["spec"]["versions"][0]["storage"] = json!(false)),
            ["spec.versions"]
        );
        assert_eq!(
            fields(|c| c["spec"]["versions"][0]["schema"] = Value::Null),
            ["spec.versions[0].schema.openAPIV3Schema"]
        );
        assert_eq!(
            fields(
                |c| c["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"] =
                    json!({})
            ),
            ["spec.versions[0].schema.openAPIV3Schema.properties[spec].type"]
        );
        assert_eq!(
            fields(
                |c| c["spec"]["versions"][0]["subresources"] = json!({"scale": {"specReplicasPath": ".replicas", "statusReplicasPath": ".status.replicas"}})
            ),
            ["spec.versions[0].subresources.scale.specReplicasPath"]
        );
        assert_eq!(
            fields(|c| c["spec"]["names"]["kind"] = json!("cron-tab")),
            ["spec.names.kind"]
        );
    }

    #[test]
    fn versions_are_ordered_by_kubernetes_priority() {
        let mut v = vec!["v1alpha1", "foo", "v2beta1", "v1", "v2", "v1beta2", "v10"];
        v.sort_by(|a, b| version_order(a, b));
        assert_eq!(
            v,
            ["v10", "v2", "v1", "v2beta1", "v1beta2", "v1alpha1", "foo"]
        );
    }

    #[test]
    fn status_reports_names_and_keeps_transition_times() {
        let mut c = crd();
        let first = desired_status(&c, &Ok(()));
        assert_eq!(first["conditions"][1]["type"], "Established");
        assert_eq!(first["conditions"][1]["status"], "True");
        assert_eq!(first["acceptedNames"]["kind"], "CronTab");
        assert_eq!(first["storedVersions"], json!(["v1"]));
        c["status"] = first.clone();
        std::thread::sleep(Duration::from_millis(1100));
        assert_eq!(desired_status(&c, &Ok(())), first);
        let conflict = desired_status(&c, &Err("taken".into()));
        assert_eq!(conflict["conditions"][0]["status"], "False");
    }
}
