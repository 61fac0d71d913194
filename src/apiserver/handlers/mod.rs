//! The REST handlers: one call per request, dispatched by verb and subresource. The common
//! rules (server-set metadata, preconditions, namespaces, dry run) live here and in the verb
//! modules; kind-specific rules come from the resource's strategy.

pub mod create;
pub mod delete;
mod list;
mod patch;
mod read;
mod subresources;
pub mod update;
mod watch;
pub mod write;

use std::sync::Arc;

use http::HeaderMap;
use hyper::body::Bytes;
use serde_json::Value;

use super::UserInfo;
use super::allocator::ServiceAllocator;
use super::authn::Authenticator;
use super::authn::service_account::Issuer;
use super::authz::Authorizer;
use super::cache::{CacheError, WatchCache};
use super::errors::{ApiError, ApiResult, Qualified};
use super::registry::ResourceDef;
use super::request::{Query, ResourceRequest, Verb};
use super::storage::{Storage, StoreError};
use super::wire::{self, Output};
use crate::serving::Response;

/// Shared state of the REST API.
pub struct Api {
    pub storage: Storage,
    pub cache: Arc<WatchCache>,
    pub services: ServiceAllocator,
    pub authenticator: Arc<Authenticator>,
    pub authorizer: Arc<Authorizer>,
    /// Signs TokenRequest tokens (absent without --service-account-signing-key-file).
    pub token_issuer: Option<Arc<Issuer>>,
    pub admission: crate::apiserver::admission::Chain,
}

/// One request to a resource.
pub struct Call {
    pub def: &'static ResourceDef,
    pub req: ResourceRequest,
    pub query: Query,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub user: UserInfo,
    /// What the request's handling has to say besides its answer.
    pub notes: std::sync::Arc<Notes>,
}

/// Said along the way by the request's handling (admission, mostly): warnings for the client
/// (`Warning: 299` headers, as kubectl prints them) and annotations for its audit event.
#[derive(Debug, Default)]
pub struct Notes {
    warnings: std::sync::Mutex<Vec<String>>,
    audit_annotations: std::sync::Mutex<Vec<(String, String)>>,
}

impl Notes {
    pub fn warn(&self, text: String) {
        self.warnings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(text);
    }

    pub fn annotate_audit(&self, key: &str, value: String) {
        self.audit_annotations
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((key.to_owned(), value));
    }

    pub fn take_warnings(&self) -> Vec<String> {
        std::mem::take(&mut *self.warnings.lock().unwrap_or_else(|e| e.into_inner()))
    }

    pub fn take_audit_annotations(&self) -> Vec<(String, String)> {
        std::mem::take(
            &mut *self
                .audit_annotations
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        )
    }
}

impl Call {
    /// A call the server makes on its own behalf (start-up objects, reconcilers).
    pub fn internal(
        def: &'static ResourceDef,
        verb: Verb,
        namespace: Option<&str>,
        name: Option<&str>,
    ) -> Self {
        Call {
            def,
            req: ResourceRequest {
                group: def.group.to_owned(),
                version: def.version.to_owned(),
                namespace: namespace.map(str::to_owned),
                resource: def.plural.to_owned(),
                name: name.map(str::to_owned),
                subresource: None,
                verb,
            },
            query: Query::default(),
            headers: HeaderMap::new(),
            body: Bytes::new(),
            user: UserInfo::new("system:apiserver", vec!["system:masters".into()]),
            notes: Default::default(),
        }
    }

    pub fn namespace(&self) -> Option<&str> {
        if self.def.namespaced {
            self.req.namespace.as_deref()
        } else {
            None
        }
    }

    pub fn name(&self) -> &str {
        self.req.name.as_deref().unwrap_or("")
    }

    pub fn key(&self) -> String {
        self.def.key(self.namespace(), self.name())
    }

    pub fn qualified(&self) -> Qualified<'_> {
        Qualified {
            group: self.def.group,
            resource: self.def.plural,
            name: self.name(),
        }
    }

    pub fn output(&self) -> Output {
        wire::negotiate(&self.headers, self.query.get("includeObject"))
    }
}

impl Api {
    pub async fn handle(&self, call: Call) -> Response {
        match self.route(&call).await {
            Ok(r) => r,
            Err(e) => e.into_response(),
        }
    }

    async fn route(&self, call: &Call) -> ApiResult<Response> {
        let def = call.def;
        if def.namespaced
            && call.req.namespace.is_none()
            && !matches!(call.req.verb, Verb::List | Verb::Watch)
        {
            // A namespaced object addressed without a namespace.
            return Err(ApiError::unknown_path());
        }
        if !def.namespaced && call.req.namespace.is_some() && def.plural != "namespaces" {
            return Err(ApiError::unknown_path());
        }
        if let Some(sub) = &call.req.subresource {
            let Some(sub) = def.subresource(sub) else {
                return Err(ApiError::unknown_path());
            };
            return subresources::handle(self, call, sub).await;
        }
        if def.review {
            return match call.req.verb {
                Verb::Create => crate::apiserver::reviews::create(self, call).await,
                _ => Err(ApiError::method_not_allowed(format!(
                    "the server does not allow this method on the requested resource ({})",
                    call.req.verb.as_str()
                ))),
            };
        }
        match call.req.verb {
            Verb::Get => read::get(self, call).await,
            Verb::List => list::list(self, call).await,
            Verb::Watch => watch::watch(self, call).await,
            Verb::Create => create::create(self, call).await,
            Verb::Update => update::update(self, call).await,
            Verb::Patch => patch::patch(self, call).await,
            Verb::Delete => delete::delete(self, call).await,
            Verb::DeleteCollection => delete::delete_collection(self, call).await,
        }
    }

    /// A consistent read of one object from etcd.
    pub async fn read(&self, call: &Call) -> ApiResult<Option<super::storage::Stored>> {
        self.storage.get(&call.key()).await.map_err(store_error)
    }

    /// A namespace must exist (404) and not be terminating (403) for creates in it.
    pub async fn check_namespace(&self, call: &Call, creating: bool) -> ApiResult<()> {
        let Some(ns) = call.namespace() else {
            return Ok(());
        };
        let nsdef =
            super::registry::lookup("", "v1", "namespaces").expect("namespaces are registered");
        let key = nsdef.key(None, ns);
        // The watch cache first (upstream's admission uses an informer the same way); a
        // namespace it does not know yet (just created) is looked up in etcd.
        let found = match self.cache.get(&key).await {
            Some(o) => Some(o.value.clone()),
            None => self
                .storage
                .get(&key)
                .await
                .map_err(store_error)?
                .map(|s| s.value),
        };
        match found {
            None => Err(ApiError::not_found(&Qualified {
                group: "",
                resource: "namespaces",
                name: ns,
            })),
            Some(n) if creating && super::meta::is_deleting(&n) => {
                Err(ApiError::forbidden(format!(
                    "{} {:?} is forbidden: unable to create new content in namespace {ns} because it is being terminated",
                    call.def.plural,
                    call.name()
                )))
            }
            Some(_) => Ok(()),
        }
    }
}

/// Maps storage failures to API errors (callers map NotFound/Conflict themselves when they can
/// name the object).
pub fn store_error(e: StoreError) -> ApiError {
    match e {
        StoreError::Compacted => ApiError::expired(e.to_string()),
        StoreError::Unavailable(m) => {
            ApiError::service_unavailable(format!("etcd is unavailable: {m}"))
        }
        other => ApiError::internal(other.to_string()),
    }
}

pub fn cache_error(e: CacheError) -> ApiError {
    match e {
        CacheError::TooOld { .. } => ApiError::expired(e.to_string()),
        CacheError::NotReady | CacheError::Timeout(_) => {
            ApiError::timeout(format!("{e}; try again"))
        }
        CacheError::Store(s) => store_error(s),
    }
}

/// The object an update writes, minus `resourceVersion`: two are the same change if equal.
pub fn same_content(a: &Value, b: &Value) -> bool {
    let (Value::Object(a), Value::Object(b)) = (a, b) else {
        return a == b;
    };
    let meta_equal = |x: Option<&Value>, y: Option<&Value>| match (x, y) {
        (Some(Value::Object(x)), Some(Value::Object(y))) => {
            let count = |m: &serde_json::Map<String, Value>| {
                m.keys().filter(|k| *k != "resourceVersion").count()
            };
            count(x) == count(y)
                && x.iter()
                    .all(|(k, v)| k == "resourceVersion" || y.get(k) == Some(v))
        }
        (x, y) => x == y,
    };
    a.len() == b.len()
        && meta_equal(a.get("metadata"), b.get("metadata"))
        && a.iter()
            .all(|(k, v)| k == "metadata" || b.get(k) == Some(v))
}
