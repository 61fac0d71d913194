//! Request routing facts: the URL grammar of the Kubernetes API (requestinfo.go's), the verb,
//! and the query parameters clients send.

use std::collections::HashMap;

use http::Method;

use super::errors::ApiError;

/// What a path addresses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// `/api` (legacy core group versions, or aggregated discovery).
    CoreRoot,
    /// `/apis`
    GroupsRoot,
    /// `/apis/<group>`
    Group(String),
    /// `/api/v1` or `/apis/<group>/<version>`
    GroupVersion {
        group: String,
        version: String,
    },
    Resource(ResourceRequest),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    Get,
    List,
    Watch,
    Create,
    Update,
    Patch,
    Delete,
    DeleteCollection,
}

impl Verb {
    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Get => "get",
            Verb::List => "list",
            Verb::Watch => "watch",
            Verb::Create => "create",
            Verb::Update => "update",
            Verb::Patch => "patch",
            Verb::Delete => "delete",
            Verb::DeleteCollection => "deletecollection",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResourceRequest {
    pub group: String,
    pub version: String,
    pub namespace: Option<String>,
    pub resource: String,
    pub name: Option<String>,
    pub subresource: Option<String>,
    pub verb: Verb,
}

/// Parses an API path; `None` when it is not under /api or /apis.
pub fn parse_path(method: &Method, path: &str, query: &Query) -> Option<Result<Target, ApiError>> {
    let trimmed = path.trim_end_matches('/');
    let parts: Vec<&str> = trimmed.split('/').skip(1).collect();
    let (group, version, rest): (String, String, &[&str]) = match parts.as_slice() {
        ["api"] => return Some(Ok(Target::CoreRoot)),
        ["apis"] => return Some(Ok(Target::GroupsRoot)),
        ["apis", group] => return Some(Ok(Target::Group((*group).to_owned()))),
        ["api", version, rest @ ..] => (String::new(), (*version).to_owned(), rest),
        ["apis", group, version, rest @ ..] => ((*group).to_owned(), (*version).to_owned(), rest),
        _ => return None,
    };
    if rest.is_empty() {
        return Some(Ok(Target::GroupVersion { group, version }));
    }
    if rest.iter().any(|p| p.is_empty()) {
        return Some(Err(ApiError::unknown_path()));
    }
    let mut parts = rest;
    let mut namespace = None;
    // `namespaces/<ns>/<resource>/…` addresses a namespaced resource, but
    // `namespaces/<name>/status` and `/finalize` are subresources of the namespace itself.
    if parts[0] == "namespaces" && parts.len() > 1 {
        namespace = Some(parts[1].to_owned());
        if parts.len() > 2 && !matches!(parts[2], "status" | "finalize") {
            parts = &parts[2..];
        }
    }
    let resource = parts[0].to_owned();
    let (name, subresource) = match parts {
        [_] => (None, None),
        [_, name] => (Some((*name).to_owned()), None),
        [_, name, sub] => (Some((*name).to_owned()), Some((*sub).to_owned())),
        _ => return Some(Err(ApiError::unknown_path())),
    };
    // For `namespaces/<name>` itself the name is the namespace, not a scope.
    if resource == "namespaces" {
        namespace = None;
    }
    let collection = name.is_none();
    let verb = match (method, collection) {
        (&Method::GET | &Method::HEAD, true) if query.flag("watch") => Verb::Watch,
        (&Method::GET | &Method::HEAD, true) => Verb::List,
        (&Method::GET | &Method::HEAD, false) => Verb::Get,
        (&Method::POST, _) => Verb::Create,
        (&Method::PUT, false) => Verb::Update,
        (&Method::PATCH, false) => Verb::Patch,
        (&Method::DELETE, false) => Verb::Delete,
        (&Method::DELETE, true) => Verb::DeleteCollection,
        _ => {
            return Some(Err(ApiError::method_not_allowed(format!(
                "the server does not allow this method on the requested resource ({method})"
            ))));
        }
    };
    Some(Ok(Target::Resource(ResourceRequest {
        group,
        version,
        namespace,
        resource,
        name,
        subresource,
        verb,
    })))
}

/// Query parameters, percent-decoded; the last occurrence of a key wins except where a list
/// is meaningful (`dryRun`).
#[derive(Clone, Debug, Default)]
pub struct Query {
    values: HashMap<String, Vec<String>>,
}

impl Query {
    pub fn parse(raw: Option<&str>) -> Self {
        let mut values: HashMap<String, Vec<String>> = HashMap::new();
        for pair in raw.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            values
                .entry(percent_decode(k))
                .or_default()
                .push(percent_decode(v));
        }
        Query { values }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key)?.last().map(String::as_str)
    }

    pub fn all(&self, key: &str) -> &[String] {
        self.values.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// apimachinery's boolean rule: present and not `0`/`false` means true.
    pub fn flag(&self, key: &str) -> bool {
        match self.get(key) {
            None => false,
            Some(v) => !(v == "0" || v.eq_ignore_ascii_case("false")),
        }
    }

    pub fn dry_run(&self) -> bool {
        self.all("dryRun").iter().any(|v| v == "All")
    }

    pub fn int(&self, key: &str) -> Result<Option<i64>, ApiError> {
        match self.get(key) {
            None | Some("") => Ok(None),
            Some(v) => v.parse().map(Some).map_err(|_| {
                ApiError::bad_request(format!("invalid value for {key}: {v:?} is not an integer"))
            }),
        }
    }
}

/// `%XX` and `+` decoding as for `application/x-www-form-urlencoded`.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(method: Method, path: &str) -> Target {
        parse_path(&method, path, &Query::default())
            .unwrap()
            .unwrap()
    }

    fn res(t: Target) -> ResourceRequest {
        match t {
            Target::Resource(r) => r,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn url_grammar() {
        let r = res(parse(Method::GET, "/api/v1/namespaces/default/pods/web"));
        assert_eq!(
            (
                r.namespace.as_deref(),
                r.resource.as_str(),
                r.name.as_deref(),
                r.verb
            ),
            (Some("default"), "pods", Some("web"), Verb::Get)
        );
        let r = res(parse(Method::GET, "/api/v1/namespaces/kube-system"));
        assert_eq!(
            (r.namespace, r.resource.as_str(), r.name.as_deref()),
            (None, "namespaces", Some("kube-system"))
        );
        let r = res(parse(Method::PUT, "/api/v1/namespaces/x/finalize"));
        assert_eq!(
            (
                r.resource.as_str(),
                r.name.as_deref(),
                r.subresource.as_deref()
            ),
            ("namespaces", Some("x"), Some("finalize"))
        );
        let r = res(parse(
            Method::PATCH,
            "/apis/apps/v1/namespaces/d/deployments/web/scale",
        ));
        assert_eq!(
            (r.group.as_str(), r.subresource.as_deref(), r.verb),
            ("apps", Some("scale"), Verb::Patch)
        );
        let r = res(parse(Method::GET, "/api/v1/pods"));
        assert_eq!((r.namespace, r.verb), (None, Verb::List));
        let r = res(parse(Method::DELETE, "/api/v1/namespaces/d/configmaps"));
        assert_eq!(r.verb, Verb::DeleteCollection);
        assert_eq!(
            parse(Method::GET, "/apis/apps/v1"),
            Target::GroupVersion {
                group: "apps".into(),
                version: "v1".into()
            }
        );
        assert!(parse_path(&Method::GET, "/healthz", &Query::default()).is_none());
    }

    #[test]
    fn query_decoding() {
        let q = Query::parse(Some(
            "labelSelector=app%3Dweb%2Ctier+in+(a)&watch=1&dryRun=All&x=false",
        ));
        assert_eq!(q.get("labelSelector"), Some("app=web,tier in (a)"));
        assert!(q.flag("watch") && q.dry_run() && !q.flag("x") && !q.flag("missing"));
    }
}
