//! Admission: what a write must pass after authorization and before storage, per plugin as
//! kube-apiserver's admission chain (mutating plugins first, then validating ones). The
//! object has its defaults and server-set metadata; `old` is the stored object on update.

use serde_json::Value;

use super::errors::ApiResult;
use super::handlers::{Api, Call};

/// Runs the admission chain over a create (`old` = None) or an update.
pub async fn admit(api: &Api, call: &Call, obj: &mut Value, old: Option<&Value>) -> ApiResult<()> {
    let _ = old;
    super::authz::escalation::check(api, call, obj).await
}
