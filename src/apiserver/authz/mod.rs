//! Authorization: may this user do this? `system:masters` may do anything; otherwise the
//! modes of `--authorization-mode` are asked in order (Node, then RBAC, by default) and the
//! first that allows wins. Denials answer 403 with Kubernetes' wording.

pub mod escalation;
pub mod node;
pub mod policy;
pub mod rbac;

use std::sync::Arc;

use super::authn::{MASTERS, UserInfo};
use super::cache::WatchCache;
use super::errors::ApiError;
use super::request::ResourceRequest;

/// What a request asks to do (authorizer.Attributes).
#[derive(Clone, Debug, Default)]
pub struct Attributes {
    pub user: UserInfo,
    pub verb: String,
    pub resource_request: bool,
    pub group: String,
    pub version: String,
    pub resource: String,
    pub subresource: String,
    pub namespace: String,
    pub name: String,
    /// The URL path, for non-resource requests.
    pub path: String,
}

impl Attributes {
    pub fn resource(user: &UserInfo, req: &ResourceRequest) -> Self {
        // As requestinfo.go does: a namespace object is in its own namespace, so a RoleBinding
        // there can grant access to it.
        let namespace = if req.resource == "namespaces" {
            req.name.clone()
        } else {
            req.namespace.clone()
        };
        Attributes {
            user: user.clone(),
            verb: req.verb.as_str().to_owned(),
            resource_request: true,
            group: req.group.clone(),
            version: req.version.clone(),
            resource: req.resource.clone(),
            subresource: req.subresource.clone().unwrap_or_default(),
            namespace: namespace.unwrap_or_default(),
            name: req.name.clone().unwrap_or_default(),
            path: String::new(),
        }
    }

    pub fn non_resource(user: &UserInfo, method: &http::Method, path: &str) -> Self {
        Attributes {
            user: user.clone(),
            verb: method.as_str().to_ascii_lowercase().replace("head", "get"),
            path: path.to_owned(),
            ..Default::default()
        }
    }

    /// kube-apiserver's forbidden message for these attributes.
    pub fn forbidden_message(&self) -> String {
        let user = &self.user.name;
        if !self.resource_request {
            return format!("User {user:?} cannot {} path {:?}", self.verb, self.path);
        }
        let mut resource = self.resource.clone();
        if !self.subresource.is_empty() {
            resource = format!("{resource}/{}", self.subresource);
        }
        let scope = if self.namespace.is_empty() {
            "at the cluster scope".to_owned()
        } else {
            format!("in the namespace {:?}", self.namespace)
        };
        format!(
            "User {user:?} cannot {} resource {resource:?} in API group {:?} {scope}",
            self.verb, self.group
        )
    }

    /// The 403 for a denied request.
    pub fn forbidden(&self, reason: &str) -> ApiError {
        let mut message = self.forbidden_message();
        if !reason.is_empty() {
            message = format!("{message}: {reason}");
        }
        if !self.resource_request {
            return ApiError::forbidden(format!("forbidden: {message}"));
        }
        ApiError::forbidden_resource(&self.group, &self.resource, &self.name, &message)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    AlwaysAllow,
    AlwaysDeny,
    Node,
    Rbac,
}

impl std::str::FromStr for Mode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "AlwaysAllow" => Mode::AlwaysAllow,
            "AlwaysDeny" => Mode::AlwaysDeny,
            "Node" => Mode::Node,
            "RBAC" => Mode::Rbac,
            other => {
                return Err(format!(
                    "unknown authorization mode {other:?}: use AlwaysAllow, AlwaysDeny, Node or RBAC"
                ));
            }
        })
    }
}

/// The outcome, with the reason a denial gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    Deny(String),
}

pub struct Authorizer {
    modes: Vec<Mode>,
    pub rbac: Arc<rbac::Rbac>,
    pub node: node::NodeAuthorizer,
}

impl Authorizer {
    pub fn new(modes: Vec<Mode>, cache: Arc<WatchCache>) -> Self {
        Authorizer {
            modes,
            rbac: rbac::Rbac::start(cache.clone()),
            node: node::NodeAuthorizer { cache },
        }
    }

    pub fn uses_rbac(&self) -> bool {
        self.modes.contains(&Mode::Rbac)
    }

    pub async fn authorize(&self, a: &Attributes) -> Decision {
        if a.user.in_group(MASTERS) {
            return Decision::Allow;
        }
        let mut reason = String::new();
        for mode in &self.modes {
            match mode {
                Mode::AlwaysAllow => return Decision::Allow,
                Mode::AlwaysDeny => return Decision::Deny(String::new()),
                Mode::Node => match self.node.authorize(a).await {
                    node::Verdict::Allow => return Decision::Allow,
                    node::Verdict::NoOpinion(why) => {
                        if !why.is_empty() {
                            reason = why;
                        }
                    }
                },
                Mode::Rbac => {
                    if self.rbac.authorize(a).await {
                        return Decision::Allow;
                    }
                }
            }
        }
        Decision::Deny(reason)
    }
}
