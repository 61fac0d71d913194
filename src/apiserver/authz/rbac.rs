//! RBAC as Kubernetes evaluates it (plugin/pkg/auth/authorizer/rbac): a request is allowed
//! when some rule of a role bound to the user — by a ClusterRoleBinding, or by a RoleBinding
//! in the request's namespace — matches its verb, API group, resource/subresource and name
//! (or its non-resource path). Nothing denies: no match means no opinion.
//!
//! Bindings and roles are read from the watch cache into an index keyed by subject, rebuilt
//! when an RBAC object changes, so a decision is a few hash lookups.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};

use serde_json::{Value, json};

use super::Attributes;
use crate::apiserver::authn::UserInfo;
use crate::apiserver::cache::WatchCache;
use crate::apiserver::meta;

const PREFIXES: [&str; 4] = [
    "/registry/clusterroles/",
    "/registry/clusterrolebindings/",
    "/registry/roles/",
    "/registry/rolebindings/",
];

/// One PolicyRule.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rule {
    pub verbs: Vec<String>,
    pub api_groups: Vec<String>,
    pub resources: Vec<String>,
    pub resource_names: Vec<String>,
    pub non_resource_urls: Vec<String>,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

impl Rule {
    pub fn from_json(v: &Value) -> Self {
        Rule {
            verbs: strings(v.get("verbs")),
            api_groups: strings(v.get("apiGroups")),
            resources: strings(v.get("resources")),
            resource_names: strings(v.get("resourceNames")),
            non_resource_urls: strings(v.get("nonResourceURLs")),
        }
    }

    pub fn to_json(&self) -> Value {
        let mut m = serde_json::Map::new();
        m.insert("verbs".into(), json!(self.verbs));
        for (k, v) in [
            ("apiGroups", &self.api_groups),
            ("resources", &self.resources),
            ("resourceNames", &self.resource_names),
            ("nonResourceURLs", &self.non_resource_urls),
        ] {
            if !v.is_empty() {
                m.insert(k.into(), json!(v));
            }
        }
        Value::Object(m)
    }

    fn verb_matches(&self, verb: &str) -> bool {
        self.verbs.iter().any(|v| v == "*" || v == verb)
    }

    /// rbac.RuleAllows.
    pub fn allows(&self, a: &Attributes) -> bool {
        if !self.verb_matches(&a.verb) {
            return false;
        }
        if !a.resource_request {
            return self.non_resource_urls.iter().any(|u| {
                u == "*"
                    || *u == a.path
                    || u.strip_suffix('*').is_some_and(|p| a.path.starts_with(p))
            });
        }
        if !self.api_groups.iter().any(|g| g == "*" || *g == a.group) {
            return false;
        }
        let combined = if a.subresource.is_empty() {
            a.resource.clone()
        } else {
            format!("{}/{}", a.resource, a.subresource)
        };
        let resource_ok = self.resources.iter().any(|r| {
            r == "*"
                || *r == combined
                || (!a.subresource.is_empty() && *r == format!("*/{}", a.subresource))
        });
        resource_ok && (self.resource_names.is_empty() || self.resource_names.contains(&a.name))
    }
}

/// The rules of a role, shared by every binding that references it.
type Rules = Arc<Vec<Rule>>;

enum Subject {
    User(String),
    Group(String),
}

/// The subjects of a binding, service accounts turned into their user names.
fn subjects(binding: &Value) -> Vec<Subject> {
    let Some(list) = binding.get("subjects").and_then(Value::as_array) else {
        return vec![];
    };
    list.iter()
        .filter_map(|s| {
            let name = s.get("name").and_then(Value::as_str)?.to_owned();
            match s.get("kind").and_then(Value::as_str)? {
                "User" => Some(Subject::User(name)),
                "Group" => Some(Subject::Group(name)),
                "ServiceAccount" => {
                    let ns = s
                        .get("namespace")
                        .and_then(Value::as_str)
                        .filter(|n| !n.is_empty())
                        .unwrap_or(meta::namespace(binding));
                    Some(Subject::User(format!("system:serviceaccount:{ns}:{name}")))
                }
                _ => None,
            }
        })
        .collect()
}

fn role_rules(role: &Value) -> Rules {
    Arc::new(
        role.get("rules")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(Rule::from_json).collect())
            .unwrap_or_default(),
    )
}

/// Rule sets by subject; looked up by `&str`, so a decision allocates nothing.
#[derive(Default)]
struct Bindings {
    users: HashMap<String, Vec<Rules>>,
    groups: HashMap<String, Vec<Rules>>,
}

impl Bindings {
    fn add(&mut self, binding: &Value, rules: Rules) {
        for s in subjects(binding) {
            let (map, name) = match s {
                Subject::User(n) => (&mut self.users, n),
                Subject::Group(n) => (&mut self.groups, n),
            };
            map.entry(name).or_default().push(rules.clone());
        }
    }

    /// Every rule set bound to the user or one of its groups.
    fn for_user<'a>(&'a self, user: &'a UserInfo) -> impl Iterator<Item = &'a Rules> + 'a {
        self.users
            .get(user.name.as_str())
            .into_iter()
            .flatten()
            .chain(
                user.groups
                    .iter()
                    .filter_map(|g| self.groups.get(g.as_str()))
                    .flatten(),
            )
    }
}

/// The RBAC state at one cache revision.
#[derive(Default)]
struct Snapshot {
    revision: i64,
    cluster: Bindings,
    namespaced: HashMap<String, Bindings>,
}

pub struct Rbac {
    cache: Arc<WatchCache>,
    snapshot: RwLock<Arc<Snapshot>>,
    dirty: AtomicBool,
}

impl Rbac {
    /// The index, and the task that marks it stale whenever an RBAC object changes.
    pub fn start(cache: Arc<WatchCache>) -> Arc<Self> {
        let rbac = Arc::new(Rbac {
            cache,
            snapshot: RwLock::new(Arc::default()),
            dirty: AtomicBool::new(true),
        });
        tokio::spawn(rbac.clone().follow());
        rbac
    }

    async fn follow(self: Arc<Self>) {
        loop {
            while !self.cache.is_ready().await {
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            let revision = self.cache.revision().await;
            let Ok(start) = self.cache.watch_from(revision).await else {
                continue;
            };
            self.dirty.store(true, Ordering::Release);
            let mut rx = start.receiver;
            loop {
                match rx.recv().await {
                    Ok(e) if PREFIXES.iter().any(|p| e.key.starts_with(p)) => {
                        self.dirty.store(true, Ordering::Release);
                    }
                    Ok(_) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                        self.dirty.store(true, Ordering::Release);
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
                }
            }
        }
    }

    async fn rebuild(&self) -> Arc<Snapshot> {
        let mut snap = Snapshot {
            revision: self.cache.revision().await,
            ..Default::default()
        };
        let list = |prefix: &'static str| async move {
            self.cache
                .list(prefix, None, 0, None, |_| true)
                .await
                .map(|(objs, _, _)| objs)
                .unwrap_or_default()
        };
        let cluster_roles: HashMap<String, Rules> = list(PREFIXES[0])
            .await
            .iter()
            .map(|o| (meta::name(&o.value).to_owned(), role_rules(&o.value)))
            .collect();
        let roles: HashMap<(String, String), Rules> = list(PREFIXES[2])
            .await
            .iter()
            .map(|o| {
                let key = (
                    meta::namespace(&o.value).to_owned(),
                    meta::name(&o.value).to_owned(),
                );
                (key, role_rules(&o.value))
            })
            .collect();
        let role_ref = |b: &Value| -> (String, String) {
            let r = b.get("roleRef");
            let s = |k| {
                r.and_then(|r| r.get(k))
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned()
            };
            (s("kind"), s("name"))
        };
        for o in list(PREFIXES[1]).await {
            let (kind, name) = role_ref(&o.value);
            if let (true, Some(rules)) = (kind == "ClusterRole", cluster_roles.get(&name)) {
                snap.cluster.add(&o.value, rules.clone());
            }
        }
        for o in list(PREFIXES[3]).await {
            let ns = meta::namespace(&o.value).to_owned();
            let (kind, name) = role_ref(&o.value);
            let rules = match kind.as_str() {
                "ClusterRole" => cluster_roles.get(&name),
                "Role" => roles.get(&(ns.clone(), name)),
                _ => None,
            };
            if let Some(rules) = rules {
                snap.namespaced
                    .entry(ns)
                    .or_default()
                    .add(&o.value, rules.clone());
            }
        }
        let snap = Arc::new(snap);
        *self.snapshot.write().expect("not poisoned") = snap.clone();
        snap
    }

    async fn current(&self) -> Arc<Snapshot> {
        if self.dirty.swap(false, Ordering::AcqRel) {
            return self.rebuild().await;
        }
        self.snapshot.read().expect("not poisoned").clone()
    }

    fn allows(snap: &Snapshot, a: &Attributes) -> bool {
        let any = |b: &Bindings| {
            b.for_user(&a.user)
                .any(|rules| rules.iter().any(|r| r.allows(a)))
        };
        any(&snap.cluster)
            || (!a.namespace.is_empty() && snap.namespaced.get(&a.namespace).is_some_and(any))
    }

    /// Whether RBAC allows `a`. A denial is re-checked against a cache that has caught up with
    /// etcd, so a role or binding that was just written (and acknowledged) counts.
    pub async fn authorize(&self, a: &Attributes) -> bool {
        let snap = self.current().await;
        if Self::allows(&snap, a) {
            return true;
        }
        if a.user.is_anonymous() {
            return false;
        }
        let timeout = std::time::Duration::from_secs(1);
        match self.cache.consistent_revision(timeout).await {
            Ok(rev) if rev > snap.revision => Self::allows(&*self.rebuild().await, a),
            _ => false,
        }
    }

    /// Every rule that applies to `user` in `namespace` (cluster-wide ones included), for
    /// SelfSubjectRulesReview and escalation checks.
    pub async fn rules_for(&self, user: &UserInfo, namespace: &str) -> Vec<Rule> {
        let snap = self.current().await;
        let mut out: Vec<Rule> = Vec::new();
        let mut push = |b: &Bindings| {
            for rules in b.for_user(user) {
                for r in rules.iter() {
                    if !out.contains(r) {
                        out.push(r.clone());
                    }
                }
            }
        };
        push(&snap.cluster);
        if let Some(b) = snap.namespaced.get(namespace) {
            push(b);
        }
        out
    }
}

/// Whether `owner` covers every permission `requested` grants (rbac's validation.Covers):
/// each (verb, group, resource, name) or (verb, URL) of `requested` is allowed by some owner
/// rule, wildcards matched literally on the requested side.
pub fn covers(owner: &[Rule], requested: &Rule) -> Vec<Rule> {
    let mut missing = Vec::new();
    for verb in &requested.verbs {
        let atom = |f: &dyn Fn(&Rule) -> bool| owner.iter().any(|o| o.verb_matches(verb) && f(o));
        for url in &requested.non_resource_urls {
            let ok = atom(&|o| {
                o.non_resource_urls.iter().any(|u| {
                    u == "*" || u == url || u.strip_suffix('*').is_some_and(|p| url.starts_with(p))
                })
            });
            if !ok {
                missing.push(Rule {
                    verbs: vec![verb.clone()],
                    non_resource_urls: vec![url.clone()],
                    ..Default::default()
                });
            }
        }
        for group in &requested.api_groups {
            for resource in &requested.resources {
                let names: Vec<Option<&String>> = if requested.resource_names.is_empty() {
                    vec![None]
                } else {
                    requested.resource_names.iter().map(Some).collect()
                };
                for name in names {
                    let ok = atom(&|o| {
                        o.api_groups.iter().any(|g| g == "*" || g == group)
                            && o.resources.iter().any(|r| {
                                r == "*"
                                    || r == resource
                                    || resource
                                        .split_once('/')
                                        .is_some_and(|(_, sub)| *r == format!("*/{sub}"))
                            })
                            && (o.resource_names.is_empty()
                                || name.is_some_and(|n| o.resource_names.contains(n)))
                    });
                    if !ok {
                        missing.push(Rule {
                            verbs: vec![verb.clone()],
                            api_groups: vec![group.clone()],
                            resources: vec![resource.clone()],
                            resource_names: name.cloned().into_iter().collect(),
                            ..Default::default()
                        });
                    }
                }
            }
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(v: Value) -> Rule {
        Rule::from_json(&v)
    }

    fn attrs(verb: &str, group: &str, resource: &str, sub: &str, name: &str) -> Attributes {
        Attributes {
            user: UserInfo::new("u", vec![]),
            verb: verb.into(),
            resource_request: true,
            group: group.into(),
            resource: resource.into(),
            subresource: sub.into(),
            name: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn rule_matching() {
        let r = rule(json!({"verbs": ["get", "list"], "apiGroups": [""], "resources": ["pods"]}));
        assert!(r.allows(&attrs("get", "", "pods", "", "x")));
        assert!(!r.allows(&attrs("delete", "", "pods", "", "x")));
        assert!(!r.allows(&attrs("get", "apps", "pods", "", "x")));
        // A subresource needs its own entry.
        assert!(!r.allows(&attrs("get", "", "pods", "log", "x")));
        let r = rule(json!({"verbs": ["*"], "apiGroups": ["*"], "resources": ["*/scale"]}));
        assert!(r.allows(&attrs("update", "apps", "deployments", "scale", "x")));
        assert!(!r.allows(&attrs("update", "apps", "deployments", "", "x")));
        let r = rule(
            json!({"verbs": ["get"], "apiGroups": [""], "resources": ["configmaps"], "resourceNames": ["a"]}),
        );
        assert!(r.allows(&attrs("get", "", "configmaps", "", "a")));
        assert!(!r.allows(&attrs("get", "", "configmaps", "", "b")));
        assert!(!r.allows(&attrs("list", "", "configmaps", "", "")));
        let r = rule(json!({"verbs": ["get"], "nonResourceURLs": ["/healthz", "/apis/*"]}));
        let path = |p: &str| Attributes {
            verb: "get".into(),
            path: p.into(),
            ..Default::default()
        };
        assert!(r.allows(&path("/healthz")) && r.allows(&path("/apis/apps")));
        assert!(!r.allows(&path("/metrics")) && !r.allows(&path("/healthz/etcd")));
    }

    #[test]
    fn coverage() {
        let owner = [rule(
            json!({"verbs": ["get", "list"], "apiGroups": [""], "resources": ["pods", "services"]}),
        )];
        assert!(
            covers(
                &owner,
                &rule(json!({"verbs": ["get"], "apiGroups": [""], "resources": ["pods"]}))
            )
            .is_empty()
        );
        let missing = covers(
            &owner,
            &rule(json!({"verbs": ["get", "delete"], "apiGroups": [""], "resources": ["pods"]})),
        );
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].verbs, ["delete"]);
        // Asking for "*" needs "*".
        assert!(
            !covers(
                &owner,
                &rule(json!({"verbs": ["*"], "apiGroups": [""], "resources": ["pods"]}))
            )
            .is_empty()
        );
        let admin = [
            rule(json!({"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]})),
            rule(json!({"verbs": ["*"], "nonResourceURLs": ["*"]})),
        ];
        assert!(
            covers(
                &admin,
                &rule(json!({"verbs": ["*"], "nonResourceURLs": ["/metrics"]}))
            )
            .is_empty()
        );
    }
}
