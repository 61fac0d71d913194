//! Audit logging (`--audit-policy-file`, `--audit-log-path`): one audit.k8s.io/v1 `Event` per
//! request and stage, as JSON lines, at the level the first matching rule of the Policy gives
//! (None, Metadata, Request — with the request body —, RequestResponse — with the response
//! body too). The log rotates at `--audit-log-maxsize` MiB, keeping `--audit-log-maxbackup`
//! old files. Events are written by one task in the background, in order.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{Value, json};
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

    fn emit(&self, event: Value) {
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

    fn event(&self, stage: &str, code: Option<u16>, response: Option<&[u8]>) -> Value {
        let a = &self.attributes;
        let mut e = json!({
            "kind": "Event",
            "apiVersion": "audit.k8s.io/v1",
            "level": self.level.as_str(),
            "auditID": self.id,
            "stage": stage,
            "requestURI": self.request_uri,
            "verb": a.verb,
            "user": self.authenticated.as_ref().unwrap_or(&a.user).to_json(),
            "sourceIPs": [self.source_ip],
            "userAgent": self.user_agent,
            "requestReceivedTimestamp": self.received,
            "stageTimestamp": now_micro(),
        });
        if self.authenticated.is_some() {
            e["impersonatedUser"] = a.user.to_json();
        }
        if a.resource_request {
            let mut obj = json!({"resource": a.resource, "apiVersion": a.version});
            for (k, v) in [
                ("namespace", &a.namespace),
                ("name", &a.name),
                ("apiGroup", &a.group),
                ("subresource", &a.subresource),
            ] {
                if !v.is_empty() {
                    obj[k] = json!(v);
                }
            }
            e["objectRef"] = obj;
        }
        if let Some(code) = code {
            e["responseStatus"] = json!({"metadata": {}, "code": code});
        }
        if self.level >= Level::Request
            && let Some(v) = &self.request_object
        {
            e["requestObject"] = v.clone();
        }
        if self.level >= Level::RequestResponse
            && let Some(v) = response.and_then(|b| serde_json::from_slice::<Value>(b).ok())
        {
            e["responseObject"] = v;
        }
        let mut ann = serde_json::Map::new();
        if let Some((decision, reason)) = &self.decision {
            ann.insert("authorization.k8s.io/decision".into(), json!(decision));
            if !reason.is_empty() {
                ann.insert("authorization.k8s.io/reason".into(), json!(reason));
            }
        }
        for (key, value) in &self.annotations {
            ann.insert(key.clone(), json!(value));
        }
        if !ann.is_empty() {
            e["annotations"] = Value::Object(ann);
        }
        e
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
}
