//! The review APIs: create-only kinds that are answered, never stored.
//! - authentication.k8s.io/v1 TokenReview (is this token valid, whose is it?) and
//!   SelfSubjectReview (`kubectl auth whoami`);
//! - authorization.k8s.io/v1 SubjectAccessReview, LocalSubjectAccessReview,
//!   SelfSubjectAccessReview (`kubectl auth can-i`) and SelfSubjectRulesReview
//!   (`kubectl auth can-i --list`);
//! - the TokenRequest subresource `serviceaccounts/<name>/token` (`kubectl create token`).

use http::StatusCode;
use serde_json::{Value, json};

use super::authn::service_account::Binding;
use super::authn::{MASTERS, UserInfo};
use super::authz::node::{NODE_RULES, node_name};
use super::authz::rbac::Rule;
use super::authz::{Attributes, Decision};
use super::errors::{ApiError, ApiResult, Cause, Qualified};
use super::handlers::{Api, Call};
use super::meta;
use super::registry;
use super::wire;
use crate::serving::Response;

fn decode(call: &Call) -> ApiResult<Value> {
    let mut obj = wire::decode_body(&call.headers, &call.body)?;
    wire::check_type(&mut obj, call.def, call.def.kind, &call.def.api_version())?;
    let (obj, _) = super::handlers::write::normalize(call, obj)?;
    Ok(obj)
}

fn answer(call: &Call, mut obj: Value, status: Value) -> ApiResult<Response> {
    obj["apiVersion"] = json!(call.def.api_version());
    obj["kind"] = json!(call.def.kind);
    let m = meta::meta_mut(&mut obj);
    m.entry("creationTimestamp").or_insert(Value::Null);
    obj["status"] = status;
    Ok(wire::value(
        StatusCode::CREATED,
        &meta::canonical_order(obj),
    ))
}

fn invalid(call: &Call, causes: Vec<Cause>) -> ApiError {
    ApiError::invalid(call.def.kind, call.def.group, "", causes)
}

pub async fn create(api: &Api, call: &Call) -> ApiResult<Response> {
    let obj = decode(call)?;
    let spec = obj.get("spec").cloned().unwrap_or(json!({}));
    match call.def.kind {
        "TokenReview" => token_review(api, call, obj, &spec).await,
        "SelfSubjectReview" => {
            let status = json!({"userInfo": call.user.to_json()});
            answer(call, obj, status)
        }
        "SelfSubjectRulesReview" => {
            let ns = spec.get("namespace").and_then(Value::as_str).unwrap_or("");
            let status = rules_review(api, &call.user, ns).await;
            answer(call, obj, status)
        }
        _ => access_review(api, call, obj, &spec).await,
    }
}

async fn token_review(api: &Api, call: &Call, obj: Value, spec: &Value) -> ApiResult<Response> {
    let token = spec.get("token").and_then(Value::as_str).unwrap_or("");
    if token.is_empty() {
        return Err(invalid(call, vec![Cause::required("spec.token")]));
    }
    let wanted: Vec<String> = spec
        .get("audiences")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(Into::into)
        .collect();
    let status = match api.authenticator.review_token(token, &wanted).await {
        Ok((user, audiences)) => {
            json!({"authenticated": true, "user": user.to_json(), "audiences": audiences})
        }
        Err(e) => json!({"authenticated": false, "user": {}, "error": e.to_string()}),
    };
    answer(call, obj, status)
}

/// Attributes from a review's resourceAttributes or nonResourceAttributes.
fn review_attributes(call: &Call, user: UserInfo, spec: &Value) -> ApiResult<Attributes> {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    if let Some(r) = spec.get("resourceAttributes").filter(|v| v.is_object()) {
        let mut namespace = s(r, "namespace");
        if call.def.kind == "LocalSubjectAccessReview" {
            let url_ns = call.namespace().unwrap_or("");
            if namespace.is_empty() {
                namespace = url_ns.to_owned();
            } else if namespace != url_ns {
                return Err(ApiError::bad_request(format!(
                    "spec.resourceAttributes.namespace must match namespace: {url_ns}"
                )));
            }
        }
        return Ok(Attributes {
            user,
            verb: s(r, "verb"),
            resource_request: true,
            group: s(r, "group"),
            version: s(r, "version"),
            resource: s(r, "resource"),
            subresource: s(r, "subresource"),
            namespace,
            name: s(r, "name"),
            path: String::new(),
        });
    }
    if let Some(n) = spec.get("nonResourceAttributes").filter(|v| v.is_object()) {
        return Ok(Attributes {
            user,
            verb: s(n, "verb"),
            path: s(n, "path"),
            ..Default::default()
        });
    }
    Err(invalid(
        call,
        vec![Cause::invalid(
            "spec.resourceAttributes",
            &Value::Null,
            "exactly one of nonResourceAttributes or resourceAttributes must be specified",
        )],
    ))
}

async fn access_review(api: &Api, call: &Call, obj: Value, spec: &Value) -> ApiResult<Response> {
    let user = if call.def.kind == "SelfSubjectAccessReview" {
        call.user.clone()
    } else {
        let name = spec.get("user").and_then(Value::as_str).unwrap_or("");
        let u = UserInfo::from_fields(
            name,
            spec.get("uid").and_then(Value::as_str).unwrap_or(""),
            spec.get("groups").unwrap_or(&Value::Null),
            spec.get("extra").unwrap_or(&Value::Null),
        );
        if u.name.is_empty() && u.groups.is_empty() {
            return Err(invalid(
                call,
                vec![Cause::invalid(
                    "spec.user",
                    &json!(""),
                    "at least one of user or group must be specified",
                )],
            ));
        }
        u
    };
    let a = review_attributes(call, user, spec)?;
    let status = match api.authorizer.authorize(&a).await {
        Decision::Allow => json!({"allowed": true}),
        Decision::Deny(reason) if reason.is_empty() => json!({"allowed": false}),
        Decision::Deny(reason) => json!({"allowed": false, "reason": reason}),
    };
    answer(call, obj, status)
}

/// What `user` may do in `namespace` (SelfSubjectRulesReview's status).
async fn rules_review(api: &Api, user: &UserInfo, namespace: &str) -> Value {
    let mut rules: Vec<Rule> = Vec::new();
    if user.in_group(MASTERS) {
        rules.push(Rule::from_json(
            &json!({"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]}),
        ));
        rules.push(Rule::from_json(
            &json!({"verbs": ["*"], "nonResourceURLs": ["*"]}),
        ));
    }
    if node_name(user).is_some() {
        rules.extend(NODE_RULES.iter().cloned());
    }
    if api.authorizer.uses_rbac() {
        rules.extend(api.authorizer.rbac.rules_for(user, namespace).await);
    }
    let (resource, non_resource): (Vec<&Rule>, Vec<&Rule>) =
        rules.iter().partition(|r| r.non_resource_urls.is_empty());
    let resource_rules: Vec<Value> = resource
        .iter()
        .map(|r| {
            let mut v =
                json!({"verbs": r.verbs, "apiGroups": r.api_groups, "resources": r.resources});
            if !r.resource_names.is_empty() {
                v["resourceNames"] = json!(r.resource_names);
            }
            v
        })
        .collect();
    let non_resource_rules: Vec<Value> = non_resource
        .iter()
        .map(|r| json!({"verbs": r.verbs, "nonResourceURLs": r.non_resource_urls}))
        .collect();
    json!({"resourceRules": resource_rules, "nonResourceRules": non_resource_rules, "incomplete": false})
}

/// TokenRequest: a bound token for the service account, signed with the service-account key.
pub async fn token_request(api: &Api, call: &Call) -> ApiResult<Response> {
    let Some(issuer) = &api.token_issuer else {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "NotFound",
            "the TokenRequest API is not enabled: start the API server with --service-account-signing-key-file",
        ));
    };
    let mut obj = wire::decode_body(&call.headers, &call.body)?;
    if let Some(kind) = obj.get("kind").and_then(Value::as_str)
        && kind != "TokenRequest"
    {
        return Err(ApiError::bad_request(format!(
            "the body is a {kind}, expected TokenRequest"
        )));
    }
    let ns = call.namespace().unwrap_or("");
    let sa = api
        .read(call)
        .await?
        .ok_or_else(|| ApiError::not_found(&call.qualified()))?
        .value;
    let spec = obj.get("spec").cloned().unwrap_or(json!({}));
    let seconds = spec
        .get("expirationSeconds")
        .and_then(Value::as_i64)
        .unwrap_or(3600);
    let mut causes = Vec::new();
    if seconds < 600 {
        causes.push(Cause::invalid(
            "spec.expirationSeconds",
            &json!(seconds),
            "may not specify a duration less than 10 minutes",
        ));
    }
    if seconds > 1 << 32 {
        causes.push(Cause::invalid(
            "spec.expirationSeconds",
            &json!(seconds),
            "may not specify a duration larger than 2^32 seconds",
        ));
    }
    let audiences: Vec<String> = spec
        .get("audiences")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let bound_ref = spec
        .get("boundObjectRef")
        .filter(|b| b.is_object())
        .cloned();
    let mut binding = None;
    if let Some(b) = &bound_ref {
        let kind = b.get("kind").and_then(Value::as_str).unwrap_or("");
        let name = b.get("name").and_then(Value::as_str).unwrap_or("");
        let (plural, namespaced) = match kind {
            "Pod" => ("pods", true),
            "Secret" => ("secrets", true),
            "Node" => ("nodes", false),
            _ => {
                causes.push(Cause::not_supported(
                    "spec.boundObjectRef.kind",
                    &json!(kind),
                    &["Pod", "Secret", "Node"],
                ));
                ("", false)
            }
        };
        if !plural.is_empty() {
            let def = registry::lookup("", "v1", plural).expect("core kinds are registered");
            let key = def.key(namespaced.then_some(ns), name);
            let found = api.storage.get(&key).await.ok().flatten().map(|s| s.value);
            let Some(found) = found else {
                return Err(ApiError::not_found(&Qualified {
                    group: "",
                    resource: plural,
                    name,
                }));
            };
            let uid = meta::uid(&found).unwrap_or("").to_owned();
            if let Some(want) = b.get("uid").and_then(Value::as_str)
                && !want.is_empty()
                && want != uid
            {
                return Err(ApiError::conflict(
                    &Qualified {
                        group: "",
                        resource: plural,
                        name,
                    },
                    &format!(
                        "the UID in the bound object reference ({want}) does not match the UID in record ({uid})"
                    ),
                ));
            }
            binding = Some((kind.to_owned(), name.to_owned(), uid));
        }
    }
    if !causes.is_empty() {
        return Err(ApiError::invalid(
            "TokenRequest",
            "authentication.k8s.io",
            call.name(),
            causes,
        ));
    }
    let sa_uid = meta::uid(&sa).unwrap_or("");
    let (token, exp) = issuer
        .issue(
            (ns, call.name(), sa_uid),
            &audiences,
            seconds,
            binding
                .as_ref()
                .map(|(kind, name, uid)| Binding { kind, name, uid }),
        )
        .map_err(ApiError::internal)?;
    let audiences = if audiences.is_empty() {
        issuer.audiences.clone()
    } else {
        audiences
    };
    let mut spec = spec;
    spec["audiences"] = json!(audiences);
    spec["expirationSeconds"] = json!(seconds);
    spec["boundObjectRef"] = bound_ref.unwrap_or(Value::Null);
    let expiry = time::OffsetDateTime::from_unix_timestamp(exp)
        .map(meta::format_time)
        .unwrap_or_default();
    obj = json!({
        "kind": "TokenRequest",
        "apiVersion": "authentication.k8s.io/v1",
        "metadata": {"name": call.name(), "namespace": ns, "creationTimestamp": meta::now_rfc3339()},
        "spec": spec,
        "status": {"token": token, "expirationTimestamp": expiry},
    });
    Ok(wire::value(StatusCode::CREATED, &obj))
}
