//! Impersonation (`kubectl --as`, `--as-group`, `--as-uid`): the `Impersonate-*` headers make
//! the request run as another user, once the real user is authorized to `impersonate` each
//! piece — `users`, `groups` and `serviceaccounts` in the core group, `uids` and
//! `userextras/<key>` in authentication.k8s.io.

use std::collections::BTreeMap;

use http::HeaderMap;

use super::service_account::split_user;
use super::{ANONYMOUS, AUTHENTICATED, UNAUTHENTICATED, UserInfo};
use crate::apiserver::authz::{Attributes, Authorizer, Decision};
use crate::apiserver::errors::ApiError;

const USER: &str = "impersonate-user";
const GROUP: &str = "impersonate-group";
const UID: &str = "impersonate-uid";
const EXTRA: &str = "impersonate-extra-";

/// The user the request acts as: `user` itself when no impersonation header is present.
pub async fn impersonate(
    authorizer: &Authorizer,
    user: UserInfo,
    headers: &HeaderMap,
) -> Result<UserInfo, ApiError> {
    let values = |name: &str| -> Vec<String> {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect()
    };
    let name = values(USER).into_iter().next();
    let groups = values(GROUP);
    let uid = values(UID).into_iter().next();
    let mut extra: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (h, v) in headers {
        if let (Some(key), Ok(v)) = (h.as_str().strip_prefix(EXTRA), v.to_str()) {
            extra
                .entry(crate::apiserver::request::percent_decode(key))
                .or_default()
                .push(v.to_owned());
        }
    }
    let Some(name) = name else {
        if !groups.is_empty() || uid.is_some() || !extra.is_empty() {
            return Err(ApiError::bad_request(
                "requested impersonation of groups, uid or extra without impersonating a user",
            ));
        }
        return Ok(user);
    };
    let check = |resource: &'static str, group: &'static str, ns: String, target: String| {
        let (resource, sub) = resource.split_once('/').unwrap_or((resource, ""));
        Attributes {
            user: user.clone(),
            verb: "impersonate".into(),
            resource_request: true,
            group: group.into(),
            resource: resource.into(),
            subresource: sub.into(),
            namespace: ns,
            name: target,
            ..Default::default()
        }
    };
    let mut wanted = Vec::new();
    match split_user(&name) {
        Some((ns, sa)) => wanted.push(check("serviceaccounts", "", ns.into(), sa.into())),
        None => wanted.push(check("users", "", String::new(), name.clone())),
    }
    for g in &groups {
        wanted.push(check("groups", "", String::new(), g.clone()));
    }
    if let Some(u) = &uid {
        wanted.push(check(
            "uids",
            "authentication.k8s.io",
            String::new(),
            u.clone(),
        ));
    }
    for (key, vals) in &extra {
        for v in vals {
            let mut a = check(
                "userextras",
                "authentication.k8s.io",
                String::new(),
                v.clone(),
            );
            a.subresource = key.clone();
            wanted.push(a);
        }
    }
    for a in &wanted {
        if let Decision::Deny(reason) = authorizer.authorize(a).await {
            return Err(a.forbidden(&reason));
        }
    }
    let mut groups = groups;
    if groups.is_empty()
        && let Some((ns, _)) = split_user(&name)
    {
        groups = vec![
            "system:serviceaccounts".into(),
            format!("system:serviceaccounts:{ns}"),
        ];
    }
    let implicit = if name == ANONYMOUS {
        UNAUTHENTICATED
    } else {
        AUTHENTICATED
    };
    if !groups.iter().any(|g| g == implicit) {
        groups.push(implicit.into());
    }
    Ok(UserInfo {
        name,
        uid: uid.unwrap_or_default(),
        groups,
        extra,
    })
}
