//! Audit logging (`--audit-policy-file`, `--audit-log-path`): one audit.k8s.io/v1 `Event` per
//! request and stage, as JSON lines, at the level the first matching rule of the Policy gives
//! (None, Metadata, Request — with the request body —, RequestResponse — with the response
//! body too). The log rotates at `--audit-log-maxsize` MiB, keeping `--audit-log-maxbackup`
//! old files. Events are written by one task in the background, in order.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;
use tokio::sync::mpsc;

use super::authn::UserInfo;
use super::authz::Attributes;

/// What `init` installs: nothing for health probes, leases and events (noise), metadata only
/// for secrets, configmaps and tokens (never their contents), request bodies for writes, and
/// metadata for everything else.
pub const DEFAULT_POLICY: &str = r#"# Written by kubeforge init; edit it and restart the API server (the agent does so when
# its manifest changes).
apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: ["RequestReceived"]
rules:
- level: None
  nonResourceURLs: ["/healthz*", "/livez*", "/readyz*", "/version"]
- level: None
  resources: [{group: "coordination.k8s.io", resources: ["leases"]}]
- level: None
  resources: [{group: "", resources: ["events"]}, {group: "events.k8s.io", resources: ["events"]}]
- level: Metadata
  resources:
  - {group: "", resources: ["secrets", "configmaps", "serviceaccounts/token"]}
  - {group: "authentication.k8s.io", resources: ["tokenreviews"]}
- level: Metadata
  verbs: ["get", "list", "watch"]
- level: Request
  verbs: ["create", "update", "patch", "delete", "deletecollection"]
- level: Metadata
"#;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read the audit policy {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error("cannot open the audit log {path}: {source}")]
    Open {
        path: PathBuf,
        source: std::io::Error,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Level {
    None,
    Metadata,
    Request,
    RequestResponse,
}

impl Level {
    fn as_str(self) -> &'static str {
        match self {
            Level::None => "None",
            Level::Metadata => "Metadata",
            Level::Request => "Request",
            Level::RequestResponse => "RequestResponse",
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GroupResources {
    #[serde(default)]
    group: String,
    #[serde(default)]
    resources: Vec<String>,
    #[serde(default)]
    resource_names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    level: Level,
    #[serde(default)]
    users: Vec<String>,
    #[serde(default)]
    user_groups: Vec<String>,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    resources: Vec<GroupResources>,
    #[serde(default)]
    namespaces: Vec<String>,
    #[serde(default, rename = "nonResourceURLs")]
    non_resource_urls: Vec<String>,
    #[serde(default)]
    omit_stages: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PolicyFile {
    api_version: String,
    kind: String,
    #[serde(default)]
    rules: Vec<Rule>,
    #[serde(default)]
    omit_stages: Vec<String>,
}

pub struct Policy {
    rules: Vec<Rule>,
    omit_stages: Vec<String>,
}

impl Policy {
    pub fn parse(text: &str) -> Result<Self, String> {
        let p: PolicyFile = serde_saphyr::from_str(text).map_err(|e| e.to_string())?;
        if p.kind != "Policy" || p.api_version != "audit.k8s.io/v1" {
            return Err(format!(
                "expected apiVersion audit.k8s.io/v1, kind Policy; found {}, {}",
                p.api_version, p.kind
            ));
        }
        Ok(Policy {
            rules: p.rules,
            omit_stages: p.omit_stages,
        })
    }

    /// The level of the first rule matching `a`, and the stages it omits.
    fn level(&self, a: &Attributes) -> (Level, Vec<&str>) {
        for r in &self.rules {
            if rule_matches(r, a) {
                let omit = self
                    .omit_stages
                    .iter()
                    .chain(&r.omit_stages)
                    .map(String::as_str)
                    .collect();
                return (r.level, omit);
            }
        }
        (Level::None, vec![])
    }
}

fn rule_matches(r: &Rule, a: &Attributes) -> bool {
    if !r.users.is_empty() && !r.users.contains(&a.user.name) {
        return false;
    }
    if !r.user_groups.is_empty() && !r.user_groups.iter().any(|g| a.user.in_group(g)) {
        return false;
    }
    if !r.verbs.is_empty() && !r.verbs.contains(&a.verb) {
        return false;
    }
    if !a.resource_request {
        // Resource-only rules do not match non-resource requests, and vice versa.
        if !r.resources.is_empty() || !r.namespaces.is_empty() {
            return false;
        }
        return r.non_resource_urls.is_empty()
            || r.non_resource_urls.iter().any(|u| {
                u == &a.path || u.strip_suffix('*').is_some_and(|p| a.path.starts_with(p))
            });
    }
    if !r.non_resource_urls.is_empty() {
        return false;
    }
    if !r.namespaces.is_empty() && !r.namespaces.contains(&a.namespace) {
        return false;
    }
    if r.resources.is_empty() {
        return true;
    }
    let combined = if a.subresource.is_empty() {
        a.resource.clone()
    } else {
        format!("{}/{}", a.resource, a.subresource)
    };
    r.resources.iter().any(|g| {
        g.group == a.group
            && (g.resources.is_empty()
                || g.resources.iter().any(|res| {
                    *res == "*"
                        || *res == combined
                        || (a.subresource.is_empty() && *res == a.resource)
                        || res.strip_prefix("*/") == Some(a.subresource.as_str())
                        || res.strip_suffix("/*") == Some(a.resource.as_str())
                }))
            && (g.resource_names.is_empty() || g.resource_names.contains(&a.name))
    })
}

/// The log's settings (kube-apiserver's --audit-log-* flags).
#[derive(Clone, Debug)]
pub struct LogOptions {
    pub path: PathBuf,
    pub max_size_mib: u64,
    pub max_backups: usize,
}

pub struct Auditor {
    policy: Policy,
    lines: mpsc::Sender<Vec<u8>>,
}

/// One request as the audit log sees it.
pub struct Record {
    pub id: String,
    pub received: String,
    pub attributes: Attributes,
    /// The authenticated user when it impersonated `attributes.user`.
    pub authenticated: Option<UserInfo>,
    pub request_uri: String,
    pub source_ip: String,
    pub user_agent: String,
    pub level: Level,
    pub omit: Vec<String>,
    pub request_object: Option<Value>,
    pub decision: Option<(&'static str, String)>,
    /// Set along the way (e.g. PodSecurity's audit violations).
    pub annotations: Vec<(String, String)>,
}

impl Auditor {
    pub fn start(policy_path: &Path, log: LogOptions) -> Result<Self, Error> {
        let text = std::fs::read_to_string(policy_path).map_err(|source| Error::Read {
            path: policy_path.to_owned(),
            source,
        })?;
        let policy = Policy::parse(&text).map_err(|message| Error::Invalid {
            path: policy_path.to_owned(),
            message,
        })?;
        let writer = LogWriter::open(log)?;
        let (lines, rx) = mpsc::channel(16_384);
        std::thread::Builder::new()
            .name("audit-log".into())
            .spawn(move || writer.run(rx))
            .map_err(|source| Error::Open {
                path: policy_path.to_owned(),
                source,
            })?;
        Ok(Auditor { policy, lines })
    }

    /// Starts a record for the request, or None when the policy says None.
    pub fn begin(
        &self,
        attributes: Attributes,
        authenticated: Option<UserInfo>,
        uri: String,
        source_ip: String,
        user_agent: String,
    ) -> Option<Record> {
        let (level, omit) = self.policy.level(&attributes);
        if level == Level::None {
            return None;
        }
        let record = Record {
            id: super::meta::new_uid(),
            received: now_micro(),
            attributes,
            authenticated,
            request_uri: uri,
            source_ip,
            user_agent,
            level,
            omit: omit.into_iter().map(str::to_owned).collect(),
            request_object: None,
            decision: None,
            annotations: Vec::new(),
        };
        if !record.omits("RequestReceived") {
            self.emit(record.event("RequestReceived", None, None));
        }
        Some(record)
    }

    /// Writes the record's final stage with the response code (and body, at RequestResponse).
    pub fn finish(&self, record: &Record, code: u16, stage: &'static str, response: Option<&[u8]>) {
        if !record.omits(stage) {
            self.emit(record.event(stage, Some(code), response));
        }
    }

    fn emit(&self, event: Event<'_>) {
        let mut line = serde_json::to_vec(&event).expect("events serialize");
        line.push(b'\n');
        // Never lost: when the writer falls behind, a task waits for room in the queue.
        if let Err(mpsc::error::TrySendError::Full(line)) = self.lines.try_send(line) {
            let tx = self.lines.clone();
            tokio::spawn(async move {
                let _ = tx.send(line).await;
            });
        }
    }
}

impl Record {
    fn omits(&self, stage: &str) -> bool {
        self.omit.iter().any(|s| s == stage)
    }

    /// The stage's event, borrowing from the record: serialized straight to the log line
    /// (building a `Value` tree first, and cloning the request object into it, was a visible
    /// share of the API server's CPU per write).
    fn event<'a>(
        &'a self,
        stage: &'a str,
        code: Option<u16>,
        response: Option<&'a [u8]>,
    ) -> Event<'a> {
        let a = &self.attributes;
        let mut annotations = Vec::new();
        if let Some((decision, reason)) = &self.decision {
            annotations.push(("authorization.k8s.io/decision", *decision));
            if !reason.is_empty() {
                annotations.push(("authorization.k8s.io/reason", reason.as_str()));
            }
        }
        for (key, value) in &self.annotations {
            // A key set twice keeps its last value, as in a map.
            match annotations.iter_mut().find(|(k, _)| k == key) {
                Some(entry) => entry.1 = value.as_str(),
                None => annotations.push((key.as_str(), value.as_str())),
            }
        }
        Event {
            kind: "Event",
            api_version: "audit.k8s.io/v1",
            level: self.level.as_str(),
            audit_id: &self.id,
            stage,
            request_uri: &self.request_uri,
            verb: &a.verb,
            user: AuditUser(self.authenticated.as_ref().unwrap_or(&a.user)),
            source_ips: [&self.source_ip],
            user_agent: &self.user_agent,
            request_received_timestamp: &self.received,
            stage_timestamp: now_micro(),
            impersonated_user: self.authenticated.as_ref().map(|_| AuditUser(&a.user)),
            object_ref: a.resource_request.then_some(ObjectRef {
                resource: &a.resource,
                api_version: &a.version,
                namespace: &a.namespace,
                name: &a.name,
                api_group: &a.group,
                subresource: &a.subresource,
            }),
            response_status: code.map(|code| ResponseStatus {
                metadata: Empty {},
                code,
            }),
            request_object: self
                .request_object
                .as_ref()
                .filter(|_| self.level >= Level::Request),
            // Only a JSON body is logged (a protobuf or table response is left out).
            response_object: response
                .filter(|_| self.level >= Level::RequestResponse)
                .and_then(|b| serde_json::from_slice::<Value>(b).ok()),
            annotations: Annotations(annotations),
        }
    }
}

/// An audit.k8s.io/v1 Event, fields in kube-apiserver's order.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Event<'a> {
    kind: &'static str,
    api_version: &'static str,
    level: &'static str,
    #[serde(rename = "auditID")]
    audit_id: &'a str,
    stage: &'a str,
    #[serde(rename = "requestURI")]
    request_uri: &'a str,
    verb: &'a str,
    user: AuditUser<'a>,
    #[serde(rename = "sourceIPs")]
    source_ips: [&'a str; 1],
    user_agent: &'a str,
    request_received_timestamp: &'a str,
    stage_timestamp: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    impersonated_user: Option<AuditUser<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    object_ref: Option<ObjectRef<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_status: Option<ResponseStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_object: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_object: Option<Value>,
    #[serde(skip_serializing_if = "Annotations::is_empty")]
    annotations: Annotations<'a>,
}

/// A user as authentication.k8s.io/v1 UserInfo (uid and extra only when set).
struct AuditUser<'a>(&'a UserInfo);

impl Serialize for AuditUser<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let user = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("username", &user.name)?;
        if !user.uid.is_empty() {
            map.serialize_entry("uid", &user.uid)?;
        }
        map.serialize_entry("groups", &user.groups)?;
        if !user.extra.is_empty() {
            map.serialize_entry("extra", &user.extra)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ObjectRef<'a> {
    resource: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    namespace: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    api_group: &'a str,
    api_version: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    subresource: &'a str,
}

#[derive(Serialize)]
struct ResponseStatus {
    metadata: Empty,
    code: u16,
}

#[derive(Serialize)]
struct Empty {}

/// Annotations as a JSON object, in the order they were added.
struct Annotations<'a>(Vec<(&'a str, &'a str)>);

impl Annotations<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Annotations<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().copied())
    }
}

fn now_micro() -> String {
    let now = time::OffsetDateTime::now_utc();
    let micros = now.microsecond();
    format!(
        "{}.{micros:06}Z",
        super::meta::format_time(now).trim_end_matches('Z')
    )
}

/// The file writer: appends lines, rotates by size.
struct LogWriter {
    options: LogOptions,
    file: std::io::BufWriter<std::fs::File>,
    size: u64,
}

impl LogWriter {
    fn open(options: LogOptions) -> Result<Self, Error> {
        let err = |source| Error::Open {
            path: options.path.clone(),
            source,
        };
        if let Some(dir) = options.path.parent() {
            std::fs::create_dir_all(dir).map_err(err)?;
        }
        let file = open_append(&options.path).map_err(err)?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        Ok(LogWriter {
            file: std::io::BufWriter::new(file),
            options,
            size,
        })
    }

    fn run(mut self, mut rx: mpsc::Receiver<Vec<u8>>) {
        while let Some(line) = rx.blocking_recv() {
            self.write(&line);
            while let Ok(line) = rx.try_recv() {
                self.write(&line);
            }
            if let Err(e) = self.file.flush() {
                tracing::warn!(error = %e, "cannot write the audit log");
            }
        }
    }

    fn write(&mut self, line: &[u8]) {
        if self.options.max_size_mib > 0
            && self.size + line.len() as u64 > self.options.max_size_mib << 20
        {
            self.rotate();
        }
        if self.file.write_all(line).is_ok() {
            self.size += line.len() as u64;
        }
    }

    /// `audit.log` becomes `audit-<time>.log`; the oldest backups beyond the limit go.
    fn rotate(&mut self) {
        let _ = self.file.flush();
        let path = &self.options.path;
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("audit");
        let stamp = time::OffsetDateTime::now_utc().unix_timestamp_nanos();
        let backup = path.with_file_name(format!("{stem}-{stamp}.log"));
        let _ = std::fs::rename(path, &backup);
        if let Some(dir) = path.parent()
            && let Ok(entries) = std::fs::read_dir(dir)
        {
            let mut backups: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with(&format!("{stem}-")) && n.ends_with(".log"))
                })
                .collect();
            backups.sort();
            let excess = backups.len().saturating_sub(self.options.max_backups);
            for old in &backups[..excess] {
                let _ = std::fs::remove_file(old);
            }
        }
        match open_append(path) {
            Ok(f) => {
                self.file = std::io::BufWriter::new(f);
                self.size = 0;
            }
            Err(e) => tracing::warn!(error = %e, "cannot reopen the audit log"),
        }
    }
}

fn open_append(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(path)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn attrs(user: &str, verb: &str, group: &str, resource: &str) -> Attributes {
        Attributes {
            user: UserInfo::new(user, vec!["system:authenticated".into()]),
            verb: verb.into(),
            resource_request: true,
            group: group.into(),
            resource: resource.into(),
            namespace: "default".into(),
            ..Default::default()
        }
    }

    #[test]
    fn default_policy_levels() {
        let p = Policy::parse(DEFAULT_POLICY).unwrap();
        let level = |a: &Attributes| p.level(a).0;
        assert_eq!(level(&attrs("u", "create", "", "secrets")), Level::Metadata);
        assert_eq!(
            level(&attrs("u", "create", "apps", "deployments")),
            Level::Request
        );
        assert_eq!(level(&attrs("u", "list", "", "pods")), Level::Metadata);
        assert_eq!(
            level(&attrs("u", "update", "coordination.k8s.io", "leases")),
            Level::None
        );
        let health = Attributes {
            verb: "get".into(),
            path: "/readyz".into(),
            ..Default::default()
        };
        assert_eq!(level(&health), Level::None);
        assert_eq!(p.level(&health).1, ["RequestReceived"]);
    }

    fn record(level: Level) -> Record {
        let mut attributes = attrs("jane", "create", "apps", "deployments");
        attributes.version = "v1".into();
        Record {
            id: "id-1".into(),
            received: "2026-11-29T10:00:00.000000Z".into(),
            attributes,
            authenticated: Some(UserInfo {
                uid: "42".into(),
                ..UserInfo::new("admin", vec!["system:masters".into()])
            }),
            request_uri: "/apis/apps/v1/namespaces/default/deployments".into(),
            source_ip: "127.0.0.1".into(),
            user_agent: "kubectl".into(),
            level,
            omit: Vec::new(),
            request_object: Some(json!({"kind": "Deployment"})),
            decision: Some(("allow", String::new())),
            annotations: vec![
                (
                    "pod-security.kubernetes.io/audit-violations".into(),
                    "a".into(),
                ),
                (
                    "pod-security.kubernetes.io/audit-violations".into(),
                    "b".into(),
                ),
            ],
        }
    }

    #[test]
    fn events_carry_kube_apiservers_fields() {
        let r = record(Level::RequestResponse);
        let event = serde_json::to_value(r.event(
            "ResponseComplete",
            Some(201),
            Some(br#"{"kind":"Deployment","metadata":{"name":"d"}}"#),
        ))
        .unwrap();
        let stamp = event["stageTimestamp"].as_str().unwrap().to_owned();
        assert!(stamp.ends_with('Z') && stamp.len() == 27, "{stamp}");
        assert_eq!(
            event,
            json!({
                "kind": "Event",
                "apiVersion": "audit.k8s.io/v1",
                "level": "RequestResponse",
                "auditID": "id-1",
                "stage": "ResponseComplete",
                "requestURI": "/apis/apps/v1/namespaces/default/deployments",
                "verb": "create",
                "user": {"username": "admin", "uid": "42", "groups": ["system:masters"]},
                "sourceIPs": ["127.0.0.1"],
                "userAgent": "kubectl",
                "requestReceivedTimestamp": "2026-11-29T10:00:00.000000Z",
                "stageTimestamp": stamp,
                "impersonatedUser": {"username": "jane", "groups": ["system:authenticated"]},
                "objectRef": {
                    "resource": "deployments", "namespace": "default",
                    "apiGroup": "apps", "apiVersion": "v1",
                },
                "responseStatus": {"metadata": {}, "code": 201},
                "requestObject": {"kind": "Deployment"},
                "responseObject": {"kind": "Deployment", "metadata": {"name": "d"}},
                "annotations": {
                    "authorization.k8s.io/decision": "allow",
                    "pod-security.kubernetes.io/audit-violations": "b",
                },
            })
        );
    }

    #[test]
    fn metadata_events_leave_out_bodies_and_what_is_unset() {
        let mut r = record(Level::Metadata);
        r.authenticated = None;
        r.decision = None;
        r.annotations.clear();
        r.attributes.group.clear();
        let event = serde_json::to_value(r.event("RequestReceived", None, Some(b"{}"))).unwrap();
        let keys: Vec<&str> = event
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "kind",
                "apiVersion",
                "level",
                "auditID",
                "stage",
                "requestURI",
                "verb",
                "user",
                "sourceIPs",
                "userAgent",
                "requestReceivedTimestamp",
                "stageTimestamp",
                "objectRef",
            ]
        );
        assert_eq!(
            event["objectRef"],
            json!({"resource": "deployments", "namespace": "default", "apiVersion": "v1"})
        );
    }
}
