//! Per-kind behaviour (kube-apiserver's registry strategies): defaulting, validation, what an
//! update may change, and how deletion goes. The handlers call these hooks around the common
//! metadata rules; a kind with nothing special uses `Plain`.

mod core;
mod validation;
mod workloads;

use serde_json::Value;

use crate::apiserver::errors::Cause;
pub use core::{NAMESPACE, NODE, POD, SECRET, SERVICE};
pub use validation::{
    is_dns_label, is_dns_subdomain, valid_label_value, valid_qualified_name, validate_object_meta,
};
pub use workloads::{
    CRONJOB, DAEMONSET, DEPLOYMENT, JOB, REPLICASET, REPLICATION_CONTROLLER, STATEFULSET, selects,
};

pub trait Strategy: Sync {
    /// On create, after the status was reset: kind-specific initial state.
    fn prepare_create(&self, _obj: &mut Value) {}
    /// On update: keep what a client may not change (beyond the common metadata rules).
    fn prepare_update(&self, _obj: &mut Value, _old: &Value) {}
    /// Defaulting, applied on create and update alike (as the decoder does upstream).
    fn default(&self, _obj: &mut Value) {}
    fn validate(&self, _obj: &Value) -> Vec<Cause> {
        Vec::new()
    }
    fn validate_update(&self, _obj: &Value, _old: &Value) -> Vec<Cause> {
        Vec::new()
    }
    /// Seconds of graceful deletion for this object; 0 deletes at once.
    fn delete_grace(&self, _obj: &Value, _requested: Option<i64>) -> i64 {
        0
    }
    /// Whether something besides `metadata.finalizers` still holds a deleted object (a
    /// namespace's `spec.finalizers`).
    fn deletion_pending(&self, _obj: &Value) -> bool {
        false
    }
    /// What marking an object for deletion changes besides the deletion timestamp.
    fn on_deletion_start(&self, _obj: &mut Value) {}
    /// Create keeps the client's status instead of resetting it (nodes register with theirs).
    fn keeps_status_on_create(&self) -> bool {
        false
    }
    /// Annotation changes bump `metadata.generation` too (deployments).
    fn generation_on_annotations(&self) -> bool {
        false
    }
}

/// No kind-specific behaviour.
pub struct Plain;
impl Strategy for Plain {}
pub static PLAIN: Plain = Plain;

/// Sets `obj[key]` to `value` when absent or null.
pub(crate) fn default_field(obj: &mut Value, key: &str, value: Value) {
    if let Some(m) = obj.as_object_mut()
        && m.get(key).is_none_or(Value::is_null)
    {
        m.insert(key.to_owned(), value);
    }
}

/// The object at `key` (created empty when absent), for nested defaulting.
pub(crate) fn child<'a>(obj: &'a mut Value, key: &str) -> &'a mut Value {
    let m = obj.as_object_mut().expect("an object");
    if !m.get(key).is_some_and(Value::is_object) {
        m.insert(key.to_owned(), Value::Object(Default::default()));
    }
    m.get_mut(key).expect("just inserted")
}
