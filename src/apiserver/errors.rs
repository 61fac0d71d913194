//! API errors and their `Status` bodies, with Kubernetes' exact conventions: key order
//! `kind, apiVersion, metadata, status, message, reason, details, code`, compact JSON ending in a
//! newline, `details.kind` holding the resource (plural) except for `Invalid`, which names the
//! Kind, and messages worded as apimachinery's constructors word them.

use http::StatusCode;
use serde_json::{Map, Value, json};

use crate::serving::{Response, full};

/// Identifies an object in messages and details: `deployments.apps "web"`.
#[derive(Clone, Debug, Default)]
pub struct Qualified<'a> {
    pub group: &'a str,
    pub resource: &'a str,
    pub name: &'a str,
}

impl Qualified<'_> {
    /// `configmaps` or `deployments.apps`, as in upstream messages.
    pub fn group_resource(&self) -> String {
        if self.group.is_empty() {
            self.resource.to_owned()
        } else {
            format!("{}.{}", self.resource, self.group)
        }
    }

    fn details(&self) -> Value {
        let mut d = Map::new();
        if !self.name.is_empty() {
            d.insert("name".into(), json!(self.name));
        }
        if !self.group.is_empty() {
            d.insert("group".into(), json!(self.group));
        }
        d.insert("kind".into(), json!(self.resource));
        Value::Object(d)
    }
}

/// One reason a request was invalid, with the field it concerns.
#[derive(Clone, Debug, PartialEq)]
pub struct Cause {
    /// `FieldValueRequired`, `FieldValueInvalid`, `FieldValueNotSupported`, `FieldValueForbidden`,
    /// `FieldValueDuplicate`, `FieldValueTooLong`.
    pub reason: &'static str,
    pub field: String,
    pub message: String,
}

impl Cause {
    pub fn required(field: impl Into<String>) -> Self {
        Cause {
            reason: "FieldValueRequired",
            field: field.into(),
            message: "Required value".into(),
        }
    }

    pub fn invalid(field: impl Into<String>, value: &Value, detail: impl AsRef<str>) -> Self {
        let shown = match value {
            Value::String(s) => format!("{s:?}"),
            other => other.to_string(),
        };
        Cause {
            reason: "FieldValueInvalid",
            field: field.into(),
            message: format!("Invalid value: {shown}: {}", detail.as_ref()),
        }
    }

    pub fn not_supported(field: impl Into<String>, value: &Value, supported: &[&str]) -> Self {
        let list: Vec<String> = supported.iter().map(|s| format!("{s:?}")).collect();
        Cause {
            reason: "FieldValueNotSupported",
            field: field.into(),
            message: format!(
                "Unsupported value: {value}: supported values: {}",
                list.join(", ")
            ),
        }
    }

    pub fn forbidden(field: impl Into<String>, detail: impl Into<String>) -> Self {
        Cause {
            reason: "FieldValueForbidden",
            field: field.into(),
            message: format!("Forbidden: {}", detail.into()),
        }
    }

    pub fn duplicate(field: impl Into<String>, value: &Value) -> Self {
        Cause {
            reason: "FieldValueDuplicate",
            field: field.into(),
            message: format!("Duplicate value: {value}"),
        }
    }

    /// The same cause with another message.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    /// `spec.selector: Required value`, as the error message lists it.
    fn summary(&self) -> String {
        format!("{}: {}", self.field, self.message)
    }
}

/// An error answered with a `Status`.
#[derive(Clone, Debug)]
pub struct ApiError {
    pub code: StatusCode,
    pub reason: &'static str,
    pub message: String,
    pub details: Option<Box<Value>>,
    /// For 429: seconds the client should wait (also sent as Retry-After).
    pub retry_after: Option<u64>,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(code: StatusCode, reason: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            code,
            reason,
            message: message.into(),
            details: None,
            retry_after: None,
        }
    }

    fn with_details(mut self, details: Value) -> Self {
        self.details = Some(Box::new(details));
        self
    }

    pub fn not_found(q: &Qualified<'_>) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "NotFound",
            format!("{} {:?} not found", q.group_resource(), q.name),
        )
        .with_details(q.details())
    }

    /// The unknown-URL 404, with empty details as upstream sends it.
    pub fn unknown_path() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "NotFound",
            "the server could not find the requested resource",
        )
        .with_details(json!({}))
    }

    pub fn already_exists(q: &Qualified<'_>) -> Self {
        Self::new(
            StatusCode::CONFLICT,
            "AlreadyExists",
            format!("{} {:?} already exists", q.group_resource(), q.name),
        )
        .with_details(q.details())
    }

    pub fn conflict(q: &Qualified<'_>, why: &str) -> Self {
        Self::new(
            StatusCode::CONFLICT,
            "Conflict",
            format!(
                "Operation cannot be fulfilled on {} {:?}: {why}",
                q.group_resource(),
                q.name
            ),
        )
        .with_details(q.details())
    }

    /// The optimistic-concurrency failure.
    /// Server-side apply's 409: the conflicting fields and managers, one cause each.
    pub fn apply_conflict(q: &Qualified<'_>, message: &str, causes: Vec<Value>) -> Self {
        let mut details = q.details();
        details["causes"] = Value::Array(causes);
        Self::new(StatusCode::CONFLICT, "Conflict", message).with_details(details)
    }

    pub fn modified(q: &Qualified<'_>) -> Self {
        Self::conflict(
            q,
            "the object has been modified; please apply your changes to the latest version and try again",
        )
    }

    /// 422 with causes: `Deployment.apps "x" is invalid: spec.selector: Required value`.
    pub fn invalid(kind: &str, group: &str, name: &str, causes: Vec<Cause>) -> Self {
        let qualified_kind = if group.is_empty() {
            kind.to_owned()
        } else {
            format!("{kind}.{group}")
        };
        let summary = match causes.as_slice() {
            [one] => one.summary(),
            many => format!(
                "[{}]",
                many.iter()
                    .map(Cause::summary)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let mut details = Map::new();
        details.insert("name".into(), json!(name));
        if !group.is_empty() {
            details.insert("group".into(), json!(group));
        }
        details.insert("kind".into(), json!(kind));
        details.insert(
            "causes".into(),
            Value::Array(
                causes
                    .iter()
                    .map(|c| json!({"reason": c.reason, "message": c.message, "field": c.field}))
                    .collect(),
            ),
        );
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Invalid",
            format!("{qualified_kind} {name:?} is invalid: {summary}"),
        )
        .with_details(Value::Object(details))
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "BadRequest", message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "Forbidden", message)
    }

    /// apimachinery's NewForbidden for a resource: `<resource>[.<group>] ["<name>"] is
    /// forbidden: <why>`, with the resource in the details.
    pub fn forbidden_resource(group: &str, resource: &str, name: &str, why: &str) -> Self {
        let qualified = if group.is_empty() {
            resource.to_owned()
        } else {
            format!("{resource}.{group}")
        };
        let message = if name.is_empty() {
            format!("{qualified} is forbidden: {why}")
        } else {
            format!("{qualified} {name:?} is forbidden: {why}")
        };
        let mut details = json!({"kind": resource});
        if !name.is_empty() {
            details["name"] = json!(name);
        }
        if !group.is_empty() {
            details["group"] = json!(group);
        }
        Self::forbidden(message).with_details(details)
    }

    pub fn method_not_allowed(message: impl Into<String>) -> Self {
        Self::new(StatusCode::METHOD_NOT_ALLOWED, "MethodNotAllowed", message)
    }

    pub fn unsupported_media_type(content_type: &str, accepted: &[&str]) -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnsupportedMediaType",
            format!(
                "the body of the request was in an unknown format ({content_type:?}) - accepted media types include: {}",
                accepted.join(", ")
            ),
        )
    }

    pub fn not_acceptable(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_ACCEPTABLE, "NotAcceptable", message)
    }

    /// 410 for a compacted resourceVersion or continue token.
    pub fn expired(message: impl Into<String>) -> Self {
        Self::new(StatusCode::GONE, "Expired", message)
    }

    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "RequestEntityTooLarge",
            format!("the request body is larger than the limit of {limit} bytes"),
        )
    }

    pub fn too_many_requests(retry_after: u64) -> Self {
        let mut e = Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "TooManyRequests",
            "the server has received too many requests and has asked us to try again later",
        )
        .with_details(json!({"retryAfterSeconds": retry_after}));
        e.retry_after = Some(retry_after);
        e
    }

    pub fn timeout(message: impl Into<String>) -> Self {
        Self::new(StatusCode::GATEWAY_TIMEOUT, "Timeout", message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", message)
    }

    pub fn service_unavailable(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "ServiceUnavailable",
            message,
        )
    }

    /// The `Status` object, in upstream key order.
    pub fn status(&self) -> Value {
        let mut m = Map::new();
        m.insert("kind".into(), json!("Status"));
        m.insert("apiVersion".into(), json!("v1"));
        m.insert("metadata".into(), json!({}));
        m.insert("status".into(), json!("Failure"));
        m.insert("message".into(), json!(self.message));
        m.insert("reason".into(), json!(self.reason));
        if let Some(d) = &self.details {
            m.insert("details".into(), (**d).clone());
        }
        m.insert("code".into(), json!(self.code.as_u16()));
        Value::Object(m)
    }

    pub fn into_response(self) -> Response {
        let mut body = serde_json::to_vec(&self.status()).expect("Status serializes");
        body.push(b'\n');
        let mut builder = hyper::Response::builder()
            .status(self.code)
            .header(http::header::CONTENT_TYPE, "application/json")
            .header("X-Content-Type-Options", "nosniff");
        if let Some(s) = self.retry_after {
            builder = builder.header(http::header::RETRY_AFTER, s.to_string());
        }
        builder.body(full(body)).expect("static headers are valid")
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code.as_u16())
    }
}

/// The success `Status` a DELETE returns when the object is gone at once.
pub fn success_status(q: &Qualified<'_>, uid: Option<&str>) -> Value {
    let mut details = q.details();
    if let (Some(uid), Value::Object(d)) = (uid, &mut details) {
        d.insert("uid".into(), json!(uid));
    }
    json!({
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Success",
        "details": details,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn already_exists_matches_upstream_bytes() {
        let e = ApiError::already_exists(&Qualified {
            group: "",
            resource: "services",
            name: "svc-2",
        });
        let mut body = serde_json::to_string(&e.status()).unwrap();
        body.push('\n');
        assert_eq!(
            body,
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"services \\\"svc-2\\\" already exists\",\"reason\":\"AlreadyExists\",\"details\":{\"name\":\"svc-2\",\"kind\":\"services\"},\"code\":409}\n"
        );
    }

    #[test]
    fn invalid_names_the_kind_and_fields() {
        let e = ApiError::invalid(
            "Deployment",
            "apps",
            "x",
            vec![Cause::required("spec.selector")],
        );
        assert_eq!(
            e.message,
            "Deployment.apps \"x\" is invalid: spec.selector: Required value"
        );
        assert_eq!(e.status()["details"]["kind"], "Deployment");
    }
}
