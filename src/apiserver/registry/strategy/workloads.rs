//! apps/v1 and batch/v1 strategies and core/v1 ReplicationController: defaults
//! (pkg/apis/apps/v1/defaults.go, batch/v1), and the selector rules clients rely on.

use serde_json::{Value, json};

use super::core::{default_pod_spec, validate_pod_spec};
use super::{Strategy, child, default_field};
use crate::apiserver::errors::Cause;
use crate::apiserver::meta;

/// Template pod defaults and validation shared by the controllers' kinds.
fn default_template(spec: &mut Value) {
    let template = child(spec, "template");
    let tspec = child(template, "spec");
    default_pod_spec(tspec);
}

/// `spec.selector` must be set and select the template's labels.
fn validate_selector(obj: &Value, required: bool) -> Vec<Cause> {
    let mut causes = Vec::new();
    let selector = meta::path(obj, "spec.selector");
    let labels = meta::path(obj, "spec.template.metadata.labels").and_then(Value::as_object);
    match selector {
        None | Some(Value::Null) if required => causes.push(Cause::required("spec.selector")),
        Some(sel) => {
            let empty = sel
                .get("matchLabels")
                .and_then(Value::as_object)
                .is_none_or(|m| m.is_empty())
                && sel
                    .get("matchExpressions")
                    .and_then(Value::as_array)
                    .is_none_or(Vec::is_empty);
            if empty {
                // A missing selector decodes as an empty one: upstream reports it as required.
                causes.push(Cause::required("spec.selector"));
            } else if !selects(sel, labels) {
                causes.push(Cause::invalid(
                    "spec.template.metadata.labels",
                    &labels
                        .map(|l| Value::Object(l.clone()))
                        .unwrap_or(json!({})),
                    "`selector` does not match template `labels`",
                ));
            }
        }
        _ => {}
    }
    causes
}

/// Whether a LabelSelector matches a label map.
pub fn selects(sel: &Value, labels: Option<&serde_json::Map<String, Value>>) -> bool {
    let get = |k: &str| labels.and_then(|l| l.get(k)).and_then(Value::as_str);
    let match_labels = sel
        .get("matchLabels")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .all(|(k, v)| get(k) == v.as_str());
    let exprs = sel
        .get("matchExpressions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .all(|e| {
            let key = e["key"].as_str().unwrap_or("");
            let values: Vec<&str> = e["values"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            match e["operator"].as_str().unwrap_or("") {
                "In" => get(key).is_some_and(|v| values.contains(&v)),
                "NotIn" => get(key).is_none_or(|v| !values.contains(&v)),
                "Exists" => get(key).is_some(),
                "DoesNotExist" => get(key).is_none(),
                _ => false,
            }
        });
    match_labels && exprs
}

fn immutable_selector(obj: &Value, old: &Value) -> Vec<Cause> {
    let new = meta::path(obj, "spec.selector");
    if new != meta::path(old, "spec.selector") {
        return vec![Cause::invalid(
            "spec.selector",
            new.unwrap_or(&Value::Null),
            "field is immutable",
        )];
    }
    Vec::new()
}

fn validate_replicas(obj: &Value) -> Vec<Cause> {
    match meta::path(obj, "spec.replicas").and_then(Value::as_i64) {
        Some(r) if r < 0 => vec![Cause::invalid(
            "spec.replicas",
            &json!(r),
            "must be greater than or equal to 0",
        )],
        _ => Vec::new(),
    }
}

pub struct Deployment;
pub static DEPLOYMENT: Deployment = Deployment;

impl Strategy for Deployment {
    fn default(&self, obj: &mut Value) {
        let spec = child(obj, "spec");
        default_field(spec, "replicas", json!(1));
        default_field(spec, "revisionHistoryLimit", json!(10));
        default_field(spec, "progressDeadlineSeconds", json!(600));
        let strategy = child(spec, "strategy");
        default_field(strategy, "type", json!("RollingUpdate"));
        if strategy["type"] == "RollingUpdate" {
            let ru = child(strategy, "rollingUpdate");
            default_field(ru, "maxUnavailable", json!("25%"));
            default_field(ru, "maxSurge", json!("25%"));
        }
        default_template(spec);
    }

    fn validate(&self, obj: &Value) -> Vec<Cause> {
        let mut c = validate_selector(obj, true);
        c.extend(validate_replicas(obj));
        c.extend(validate_pod_spec(
            meta::path(obj, "spec.template.spec"),
            "spec.template.spec",
        ));
        let kind = meta::path_str(obj, "spec.strategy.type").unwrap_or("RollingUpdate");
        if !["RollingUpdate", "Recreate"].contains(&kind) {
            c.push(Cause::not_supported(
                "spec.strategy.type",
                &json!(kind),
                &["Recreate", "RollingUpdate"],
            ));
        }
        if kind == "Recreate" && meta::path(obj, "spec.strategy.rollingUpdate").is_some() {
            c.push(Cause::forbidden(
                "spec.strategy.rollingUpdate",
                "may not be specified when strategy `type` is 'Recreate'",
            ));
        }
        c
    }

    fn validate_update(&self, obj: &Value, old: &Value) -> Vec<Cause> {
        immutable_selector(obj, old)
    }

    fn generation_on_annotations(&self) -> bool {
        true
    }
}

pub struct ReplicaSet;
pub static REPLICASET: ReplicaSet = ReplicaSet;

impl Strategy for ReplicaSet {
    fn default(&self, obj: &mut Value) {
        let spec = child(obj, "spec");
        default_field(spec, "replicas", json!(1));
        default_template(spec);
    }
    fn validate(&self, obj: &Value) -> Vec<Cause> {
        let mut c = validate_selector(obj, true);
        c.extend(validate_replicas(obj));
        c.extend(validate_pod_spec(
            meta::path(obj, "spec.template.spec"),
            "spec.template.spec",
        ));
        c
    }
    fn validate_update(&self, obj: &Value, old: &Value) -> Vec<Cause> {
        immutable_selector(obj, old)
    }
}

pub struct StatefulSet;
pub static STATEFULSET: StatefulSet = StatefulSet;

impl Strategy for StatefulSet {
    fn default(&self, obj: &mut Value) {
        let spec = child(obj, "spec");
        default_field(spec, "replicas", json!(1));
        default_field(spec, "podManagementPolicy", json!("OrderedReady"));
        default_field(spec, "revisionHistoryLimit", json!(10));
        default_field(
            spec,
            "persistentVolumeClaimRetentionPolicy",
            json!({"whenDeleted": "Retain", "whenScaled": "Retain"}),
        );
        let us = child(spec, "updateStrategy");
        default_field(us, "type", json!("RollingUpdate"));
        if us["type"] == "RollingUpdate" {
            let ru = child(us, "rollingUpdate");
            default_field(ru, "partition", json!(0));
        }
        default_template(spec);
    }
    fn validate(&self, obj: &Value) -> Vec<Cause> {
        let mut c = validate_selector(obj, true);
        c.extend(validate_replicas(obj));
        c.extend(validate_pod_spec(
            meta::path(obj, "spec.template.spec"),
            "spec.template.spec",
        ));
        c
    }
    fn validate_update(&self, obj: &Value, old: &Value) -> Vec<Cause> {
        immutable_selector(obj, old)
    }
}

pub struct DaemonSet;
pub static DAEMONSET: DaemonSet = DaemonSet;

impl Strategy for DaemonSet {
    fn default(&self, obj: &mut Value) {
        let spec = child(obj, "spec");
        default_field(spec, "revisionHistoryLimit", json!(10));
        let us = child(spec, "updateStrategy");
        default_field(us, "type", json!("RollingUpdate"));
        if us["type"] == "RollingUpdate" {
            let ru = child(us, "rollingUpdate");
            default_field(ru, "maxUnavailable", json!(1));
            default_field(ru, "maxSurge", json!(0));
        }
        default_template(spec);
    }
    fn validate(&self, obj: &Value) -> Vec<Cause> {
        let mut c = validate_selector(obj, true);
        c.extend(validate_pod_spec(
            meta::path(obj, "spec.template.spec"),
            "spec.template.spec",
        ));
        c
    }
    fn validate_update(&self, obj: &Value, old: &Value) -> Vec<Cause> {
        immutable_selector(obj, old)
    }
}

pub struct ReplicationController;
pub static REPLICATION_CONTROLLER: ReplicationController = ReplicationController;

impl Strategy for ReplicationController {
    fn default(&self, obj: &mut Value) {
        let spec = child(obj, "spec");
        default_field(spec, "replicas", json!(1));
        // The selector and the object's labels default to the template's labels.
        let labels = meta::path(spec, "template.metadata.labels").cloned();
        if let Some(l) = labels {
            default_field(spec, "selector", l.clone());
            if meta::labels(obj).is_none() {
                meta::meta_mut(obj).insert("labels".into(), l);
            }
        }
        if let Some(spec) = obj.get_mut("spec") {
            default_template(spec);
        }
    }
    fn validate(&self, obj: &Value) -> Vec<Cause> {
        let mut c = validate_replicas(obj);
        if meta::path(obj, "spec.selector")
            .and_then(Value::as_object)
            .is_none_or(|m| m.is_empty())
        {
            c.push(Cause::required("spec.selector"));
        }
        c.extend(validate_pod_spec(
            meta::path(obj, "spec.template.spec"),
            "spec.template.spec",
        ));
        c
    }
}

pub struct Job;
pub static JOB: Job = Job;

impl Strategy for Job {
    fn prepare_create(&self, obj: &mut Value) {
        // The job controller's selector: a generated uid label unless the user manages it.
        if meta::path(obj, "spec.manualSelector").and_then(Value::as_bool) == Some(true) {
            return;
        }
        let uid = meta::uid(obj).unwrap_or_default().to_owned();
        let name = meta::name(obj).to_owned();
        let labels = json!({"batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": name, "controller-uid": uid, "job-name": name});
        if let Some(spec) = obj.get_mut("spec") {
            spec["selector"] = json!({"matchLabels": {"batch.kubernetes.io/controller-uid": uid}});
            let tmeta = child(child(spec, "template"), "metadata");
            let tl = child(tmeta, "labels");
            for (k, v) in labels.as_object().expect("literal") {
                tl[k] = v.clone();
            }
        }
    }
    fn default(&self, obj: &mut Value) {
        let spec = child(obj, "spec");
        let parallelism_set = spec.get("parallelism").is_some_and(|v| !v.is_null());
        let completions_set = spec.get("completions").is_some_and(|v| !v.is_null());
        if !completions_set && !parallelism_set {
            spec["completions"] = json!(1);
            spec["parallelism"] = json!(1);
        }
        default_field(spec, "parallelism", json!(1));
        default_field(spec, "backoffLimit", json!(6));
        default_field(spec, "completionMode", json!("NonIndexed"));
        default_field(spec, "suspend", json!(false));
        default_field(spec, "podReplacementPolicy", json!("TerminatingOrFailed"));
        default_field(spec, "manualSelector", Value::Null);
        if spec.get("manualSelector") == Some(&Value::Null)
            && let Some(m) = spec.as_object_mut()
        {
            m.remove("manualSelector");
        }
        default_template(spec);
    }
    fn validate(&self, obj: &Value) -> Vec<Cause> {
        let mut c = validate_pod_spec(meta::path(obj, "spec.template.spec"), "spec.template.spec");
        if let Some(policy) = meta::path_str(obj, "spec.template.spec.restartPolicy")
            && policy == "Always"
        {
            c.push(Cause::not_supported(
                "spec.template.spec.restartPolicy",
                &json!(policy),
                &["OnFailure", "Never"],
            ));
        }
        c
    }
    fn validate_update(&self, obj: &Value, old: &Value) -> Vec<Cause> {
        let mut c = immutable_selector(obj, old);
        let tmpl = |o: &Value| meta::path(o, "spec.template").cloned();
        if tmpl(obj) != tmpl(old) {
            c.push(Cause::invalid(
                "spec.template",
                &Value::Null,
                "field is immutable",
            ));
        }
        c
    }
}

pub struct CronJob;
pub static CRONJOB: CronJob = CronJob;

impl Strategy for CronJob {
    fn default(&self, obj: &mut Value) {
        let spec = child(obj, "spec");
        default_field(spec, "concurrencyPolicy", json!("Allow"));
        default_field(spec, "suspend", json!(false));
        default_field(spec, "successfulJobsHistoryLimit", json!(3));
        default_field(spec, "failedJobsHistoryLimit", json!(1));
        let jt = child(spec, "jobTemplate");
        let js = child(jt, "spec");
        default_template(js);
    }
    fn validate(&self, obj: &Value) -> Vec<Cause> {
        let mut c = Vec::new();
        if meta::path_str(obj, "spec.schedule").is_none_or(str::is_empty) {
            c.push(Cause::required("spec.schedule"));
        }
        c.extend(validate_pod_spec(
            meta::path(obj, "spec.jobTemplate.spec.template.spec"),
            "spec.jobTemplate.spec.template.spec",
        ));
        c
    }
}
