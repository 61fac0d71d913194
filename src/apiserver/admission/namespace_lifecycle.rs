//! NamespaceLifecycle: nothing is created in a namespace that does not exist or is being
//! deleted (checked on every create, `Api::check_namespace`), and the system namespaces
//! (`default`, `kube-system`, `kube-public`) cannot be deleted.

use serde_json::Value;

use super::Request;
use crate::apiserver::errors::ApiResult;
use crate::apiserver::meta;

const IMMORTAL: [&str; 3] = ["default", "kube-system", "kube-public"];

pub fn validate_delete(req: &Request<'_>, old: &Value) -> ApiResult<()> {
    let name = meta::name(old);
    if req.is("namespaces") && IMMORTAL.contains(&name) {
        return Err(req.forbidden(name, "this namespace may not be deleted"));
    }
    Ok(())
}
