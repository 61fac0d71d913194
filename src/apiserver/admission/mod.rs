//! Admission: what a write must pass after authorization and before storage, plugin by plugin
//! as kube-apiserver's chain runs them (mutating plugins first, then validating ones). The
//! object reaching a plugin has its defaults and server-set metadata; `old` is the stored
//! object on update and delete. A refusal is a 403 (or 422) `Status` and nothing is written.

mod default_tolerations;
mod limit_ranger;
mod namespace_lifecycle;
mod node_restriction;
mod pod_security;
mod priority;
mod resource_quota;
mod service_account;

use serde_json::Value;

use super::errors::{ApiError, ApiResult};
use super::handlers::{Api, Call};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operation {
    Create,
    Update,
    Delete,
}

/// The plugins this server implements, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plugin {
    NamespaceLifecycle,
    LimitRanger,
    ServiceAccount,
    NodeRestriction,
    DefaultTolerationSeconds,
    Priority,
    PodSecurity,
    ResourceQuota,
}

impl Plugin {
    pub const ALL: [Plugin; 8] = [
        Plugin::NamespaceLifecycle,
        Plugin::LimitRanger,
        Plugin::ServiceAccount,
        Plugin::NodeRestriction,
        Plugin::DefaultTolerationSeconds,
        Plugin::Priority,
        Plugin::PodSecurity,
        Plugin::ResourceQuota,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Plugin::NamespaceLifecycle => "NamespaceLifecycle",
            Plugin::LimitRanger => "LimitRanger",
            Plugin::ServiceAccount => "ServiceAccount",
            Plugin::NodeRestriction => "NodeRestriction",
            Plugin::DefaultTolerationSeconds => "DefaultTolerationSeconds",
            Plugin::Priority => "Priority",
            Plugin::PodSecurity => "PodSecurity",
            Plugin::ResourceQuota => "ResourceQuota",
        }
    }

    /// kube-apiserver's default set (NodeRestriction is added by kubeadm, and here).
    fn default_enabled(self) -> bool {
        true
    }
}

impl std::str::FromStr for Plugin {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Plugin::ALL
            .into_iter()
            .find(|p| p.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Plugin::ALL.iter().map(|p| p.name()).collect();
                format!(
                    "unknown admission plugin {s:?}: this server implements {}",
                    names.join(", ")
                )
            })
    }
}

/// The enabled plugins.
#[derive(Clone, Debug)]
pub struct Chain {
    enabled: Vec<Plugin>,
}

impl Chain {
    pub fn new(enable: &[Plugin], disable: &[Plugin]) -> Self {
        Chain {
            enabled: Plugin::ALL
                .into_iter()
                .filter(|p| (p.default_enabled() || enable.contains(p)) && !disable.contains(p))
                .collect(),
        }
    }

    fn on(&self, p: Plugin) -> bool {
        self.enabled.contains(&p)
    }
}

impl Default for Chain {
    fn default() -> Self {
        Chain::new(&[], &[])
    }
}

/// What a plugin sees of one request.
pub struct Request<'a> {
    pub api: &'a Api,
    pub call: &'a Call,
    pub op: Operation,
    pub old: Option<&'a Value>,
}

impl Request<'_> {
    /// `resource` in the core group, without a subresource.
    fn is(&self, resource: &str) -> bool {
        self.call.def.group.is_empty()
            && self.call.def.plural == resource
            && self.call.req.subresource.is_none()
    }

    fn subresource(&self) -> &str {
        self.call.req.subresource.as_deref().unwrap_or("")
    }

    /// The 403 for `obj`: `<resource> "<name>" is forbidden: <why>`.
    fn forbidden(&self, name: &str, why: &str) -> ApiError {
        ApiError::forbidden_resource(self.call.def.group, self.call.def.plural, name, why)
    }
}

/// Runs the chain over a create (`old` = None) or an update of `obj`. (Boxed: a plugin's own
/// writes — charging a quota — pass admission again, and a recursive future needs a fixed
/// type.)
pub fn admit<'a>(
    api: &'a Api,
    call: &'a Call,
    obj: &'a mut Value,
    old: Option<&'a Value>,
) -> futures::future::BoxFuture<'a, ApiResult<()>> {
    Box::pin(run_chain(api, call, obj, old))
}

async fn run_chain(api: &Api, call: &Call, obj: &mut Value, old: Option<&Value>) -> ApiResult<()> {
    let chain = &api.admission;
    let op = if old.is_some() {
        Operation::Update
    } else {
        Operation::Create
    };
    let req = Request { api, call, op, old };
    // Mutating plugins.
    if chain.on(Plugin::LimitRanger) {
        limit_ranger::admit(&req, obj).await?;
    }
    if chain.on(Plugin::ServiceAccount) {
        service_account::admit(&req, obj).await?;
    }
    if chain.on(Plugin::DefaultTolerationSeconds) {
        default_tolerations::admit(&req, obj);
    }
    if chain.on(Plugin::Priority) {
        priority::admit(&req, obj).await?;
    }
    // Validating plugins.
    if chain.on(Plugin::NodeRestriction) {
        node_restriction::validate(&req, Some(obj))?;
    }
    super::authz::escalation::check(api, call, obj).await?;
    if chain.on(Plugin::PodSecurity) {
        pod_security::validate(&req, obj).await?;
    }
    if chain.on(Plugin::ResourceQuota) {
        resource_quota::validate(&req, obj).await?;
    }
    Ok(())
}

/// Runs the validating plugins that care about deletions.
pub async fn admit_delete(api: &Api, call: &Call, old: &Value) -> ApiResult<()> {
    let chain = &api.admission;
    let req = Request {
        api,
        call,
        op: Operation::Delete,
        old: Some(old),
    };
    if chain.on(Plugin::NamespaceLifecycle) {
        namespace_lifecycle::validate_delete(&req, old)?;
    }
    if chain.on(Plugin::NodeRestriction) {
        node_restriction::validate(&req, None)?;
    }
    Ok(())
}
