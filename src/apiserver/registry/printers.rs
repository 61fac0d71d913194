//! Server-side printing (`meta.k8s.io/v1` Table) with kubectl's usual columns, as
//! pkg/printers/internalversion defines them. Priority-1 columns appear with `-o wide`.

use serde_json::{Value, json};

use crate::apiserver::meta::{self, path, path_str};

#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub name: &'static str,
    pub kind: &'static str,
    pub format: &'static str,
    pub description: &'static str,
    pub priority: u8,
}

const fn col(name: &'static str, kind: &'static str, priority: u8) -> Column {
    Column {
        name,
        kind,
        format: "",
        description: "",
        priority,
    }
}

const NAME: Column = Column {
    name: "Name",
    kind: "string",
    format: "name",
    description: "Name must be unique within a namespace.",
    priority: 0,
};
const AGE: Column = Column {
    name: "Age",
    kind: "string",
    format: "",
    description: "CreationTimestamp is a timestamp representing the server time when this object was created.",
    priority: 0,
};

/// A kind's columns and how to fill a row. `cells` gets the object and the current time.
pub struct Printer {
    pub columns: &'static [Column],
    pub cells: fn(&Value, time::OffsetDateTime) -> Vec<Value>,
}

pub static DEFAULT: Printer = Printer {
    columns: &[NAME, AGE],
    cells: |o, now| vec![json!(meta::name(o)), age(o, now)],
};

/// Go's `duration.HumanDuration`, as the Age column shows it.
pub fn human_duration(seconds: i64) -> String {
    if seconds < -1 {
        return "<invalid>".into();
    }
    let s = seconds.max(0);
    let (m, h, d) = (s / 60, s / 3600, s / 86400);
    if s < 120 {
        format!("{s}s")
    } else if m < 10 {
        if s % 60 == 0 {
            format!("{m}m")
        } else {
            format!("{m}m{}s", s % 60)
        }
    } else if m < 180 {
        format!("{m}m")
    } else if h < 8 {
        if m % 60 == 0 {
            format!("{h}h")
        } else {
            format!("{h}h{}m", m % 60)
        }
    } else if h < 48 {
        format!("{h}h")
    } else if h < 24 * 8 {
        if h % 24 == 0 {
            format!("{d}d")
        } else {
            format!("{d}d{}h", h % 24)
        }
    } else if h < 24 * 365 * 2 {
        format!("{d}d")
    } else if h < 24 * 365 * 8 {
        let y = d / 365;
        if d % 365 == 0 {
            format!("{y}y")
        } else {
            format!("{y}y{}d", d % 365)
        }
    } else {
        format!("{}y", d / 365)
    }
}

pub(crate) fn since(ts: Option<&str>, now: time::OffsetDateTime) -> Value {
    match ts.and_then(meta::parse_time) {
        Some(t) => json!(human_duration((now - t).whole_seconds())),
        None => json!("<unknown>"),
    }
}

fn age(o: &Value, now: time::OffsetDateTime) -> Value {
    since(meta::meta_str(o, "creationTimestamp"), now)
}

fn int(o: &Value, p: &str) -> i64 {
    path(o, p).and_then(Value::as_i64).unwrap_or(0)
}

fn s<'a>(o: &'a Value, p: &str) -> &'a str {
    path_str(o, p).unwrap_or("")
}

fn or_none(v: String) -> Value {
    if v.is_empty() {
        json!("<none>")
    } else {
        json!(v)
    }
}

fn containers(o: &Value, spec: &str) -> (Value, Value) {
    let list = path(o, spec)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let names: Vec<&str> = list.iter().filter_map(|c| c["name"].as_str()).collect();
    let images: Vec<&str> = list.iter().filter_map(|c| c["image"].as_str()).collect();
    (json!(names.join(",")), json!(images.join(",")))
}

/// A LabelSelector as `a=b,c in (d)` (metav1.FormatLabelSelector).
pub fn format_selector(sel: Option<&Value>) -> String {
    let Some(sel) = sel else {
        return String::new();
    };
    let mut parts: Vec<String> = Vec::new();
    if let Some(m) = sel.get("matchLabels").and_then(Value::as_object) {
        parts.extend(
            m.iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or(""))),
        );
    }
    for e in sel
        .get("matchExpressions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let key = e["key"].as_str().unwrap_or("");
        let values: Vec<&str> = e["values"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        match e["operator"].as_str().unwrap_or("") {
            "In" => parts.push(format!("{key} in ({})", values.join(","))),
            "NotIn" => parts.push(format!("{key} notin ({})", values.join(","))),
            "Exists" => parts.push(key.to_owned()),
            "DoesNotExist" => parts.push(format!("!{key}")),
            _ => {}
        }
    }
    parts.join(",")
}

fn map_selector(m: Option<&Value>) -> String {
    m.and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                .collect::<Vec<_>>()
                .join(",")
        })
        .unwrap_or_default()
}

pub static PODS: Printer = Printer {
    columns: &[
        NAME,
        col("Ready", "string", 0),
        col("Status", "string", 0),
        col("Restarts", "string", 0),
        AGE,
        col("IP", "string", 1),
        col("Node", "string", 1),
        col("Nominated Node", "string", 1),
        col("Readiness Gates", "string", 1),
    ],
    cells: |o, now| {
        let statuses = path(o, "status.containerStatuses")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let total = path(o, "spec.containers")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let ready = statuses
            .iter()
            .filter(|c| c["ready"].as_bool() == Some(true))
            .count();
        let restarts: i64 = statuses
            .iter()
            .map(|c| c["restartCount"].as_i64().unwrap_or(0))
            .sum();
        let mut reason = s(o, "status.reason").to_owned();
        if reason.is_empty() {
            reason = s(o, "status.phase").to_owned();
        }
        for c in &statuses {
            if let Some(r) = path_str(c, "state.waiting.reason").filter(|r| !r.is_empty()) {
                reason = r.to_owned();
            } else if let Some(r) = path_str(c, "state.terminated.reason").filter(|r| !r.is_empty())
            {
                reason = r.to_owned();
            }
        }
        if meta::is_deleting(o) {
            reason = if reason == "NodeLost" {
                reason
            } else {
                "Terminating".into()
            };
        }
        let gates = path(o, "spec.readinessGates")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        vec![
            json!(meta::name(o)),
            json!(format!("{ready}/{total}")),
            json!(reason),
            json!(restarts.to_string()),
            age(o, now),
            or_none(s(o, "status.podIP").to_owned()),
            or_none(s(o, "spec.nodeName").to_owned()),
            or_none(s(o, "status.nominatedNodeName").to_owned()),
            if gates == 0 {
                json!("<none>")
            } else {
                json!(format!("0/{gates}"))
            },
        ]
    },
};

pub static DEPLOYMENTS: Printer = Printer {
    columns: &[
        NAME,
        col("Ready", "string", 0),
        col("Up-to-date", "integer", 0),
        col("Available", "integer", 0),
        AGE,
        col("Containers", "string", 1),
        col("Images", "string", 1),
        col("Selector", "string", 1),
    ],
    cells: |o, now| {
        let (names, images) = containers(o, "spec.template.spec.containers");
        vec![
            json!(meta::name(o)),
            json!(format!(
                "{}/{}",
                int(o, "status.readyReplicas"),
                int(o, "spec.replicas")
            )),
            json!(int(o, "status.updatedReplicas")),
            json!(int(o, "status.availableReplicas")),
            age(o, now),
            names,
            images,
            json!(format_selector(path(o, "spec.selector"))),
        ]
    },
};

pub static REPLICASETS: Printer = Printer {
    columns: &[
        NAME,
        col("Desired", "integer", 0),
        col("Current", "integer", 0),
        col("Ready", "integer", 0),
        AGE,
        col("Containers", "string", 1),
        col("Images", "string", 1),
        col("Selector", "string", 1),
    ],
    cells: |o, now| {
        let (names, images) = containers(o, "spec.template.spec.containers");
        let selector = match path(o, "spec.selector") {
            Some(sel)
                if sel.get("matchLabels").is_some() || sel.get("matchExpressions").is_some() =>
            {
                format_selector(Some(sel))
            }
            other => map_selector(other),
        };
        vec![
            json!(meta::name(o)),
            json!(int(o, "spec.replicas")),
            json!(int(o, "status.replicas")),
            json!(int(o, "status.readyReplicas")),
            age(o, now),
            names,
            images,
            json!(selector),
        ]
    },
};

pub static STATEFULSETS: Printer = Printer {
    columns: &[
        NAME,
        col("Ready", "string", 0),
        AGE,
        col("Containers", "string", 1),
        col("Images", "string", 1),
    ],
    cells: |o, now| {
        let (names, images) = containers(o, "spec.template.spec.containers");
        vec![
            json!(meta::name(o)),
            json!(format!(
                "{}/{}",
                int(o, "status.readyReplicas"),
                int(o, "spec.replicas")
            )),
            age(o, now),
            names,
            images,
        ]
    },
};

pub static DAEMONSETS: Printer = Printer {
    columns: &[
        NAME,
        col("Desired", "integer", 0),
        col("Current", "integer", 0),
        col("Ready", "integer", 0),
        col("Up-to-date", "integer", 0),
        col("Available", "integer", 0),
        col("Node Selector", "string", 0),
        AGE,
        col("Containers", "string", 1),
        col("Images", "string", 1),
        col("Selector", "string", 1),
    ],
    cells: |o, now| {
        let (names, images) = containers(o, "spec.template.spec.containers");
        vec![
            json!(meta::name(o)),
            json!(int(o, "status.desiredNumberScheduled")),
            json!(int(o, "status.currentNumberScheduled")),
            json!(int(o, "status.numberReady")),
            json!(int(o, "status.updatedNumberScheduled")),
            json!(int(o, "status.numberAvailable")),
            or_none(map_selector(path(o, "spec.template.spec.nodeSelector"))),
            age(o, now),
            names,
            images,
            json!(format_selector(path(o, "spec.selector"))),
        ]
    },
};

pub static SERVICES: Printer = Printer {
    columns: &[
        NAME,
        col("Type", "string", 0),
        col("Cluster-IP", "string", 0),
        col("External-IP", "string", 0),
        col("Port(s)", "string", 0),
        AGE,
        col("Selector", "string", 1),
    ],
    cells: |o, now| {
        let ports: Vec<String> = path(o, "spec.ports")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| {
                let proto = p["protocol"].as_str().unwrap_or("TCP");
                match p["nodePort"].as_i64() {
                    Some(np) => format!("{}:{np}/{proto}", p["port"]),
                    None => format!("{}/{proto}", p["port"]),
                }
            })
            .collect();
        let external: Vec<String> = path(o, "status.loadBalancer.ingress")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|i| {
                i["ip"]
                    .as_str()
                    .or(i["hostname"].as_str())
                    .map(str::to_owned)
            })
            .chain(
                path(o, "spec.externalIPs")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_str().map(str::to_owned)),
            )
            .collect();
        let kind = s(o, "spec.type");
        let external = if !external.is_empty() {
            external.join(",")
        } else if kind == "LoadBalancer" {
            "<pending>".into()
        } else if kind == "ExternalName" {
            s(o, "spec.externalName").to_owned()
        } else {
            "<none>".into()
        };
        vec![
            json!(meta::name(o)),
            json!(kind),
            or_none(s(o, "spec.clusterIP").to_owned()),
            json!(external),
            or_none(ports.join(",")),
            age(o, now),
            or_none(map_selector(path(o, "spec.selector"))),
        ]
    },
};

pub static NAMESPACES: Printer = Printer {
    columns: &[NAME, col("Status", "string", 0), AGE],
    cells: |o, now| {
        vec![
            json!(meta::name(o)),
            json!(s(o, "status.phase")),
            age(o, now),
        ]
    },
};

pub static NODES: Printer = Printer {
    columns: &[
        NAME,
        col("Status", "string", 0),
        col("Roles", "string", 0),
        AGE,
        col("Version", "string", 0),
        col("Internal-IP", "string", 1),
        col("External-IP", "string", 1),
        col("OS-Image", "string", 1),
        col("Kernel-Version", "string", 1),
        col("Container-Runtime", "string", 1),
    ],
    cells: |o, now| {
        let ready = path(o, "status.conditions")
            .and_then(Value::as_array)
            .and_then(|c| c.iter().find(|c| c["type"] == "Ready"))
            .map(|c| match c["status"].as_str() {
                Some("True") => "Ready",
                _ => "NotReady",
            })
            .unwrap_or("Unknown");
        let mut status = ready.to_owned();
        if path(o, "spec.unschedulable").and_then(Value::as_bool) == Some(true) {
            status.push_str(",SchedulingDisabled");
        }
        let roles: Vec<String> = meta::labels(o)
            .into_iter()
            .flatten()
            .filter_map(|(k, _)| {
                k.strip_prefix("node-role.kubernetes.io/")
                    .map(str::to_owned)
            })
            .collect();
        let address = |t: &str| {
            path(o, "status.addresses")
                .and_then(Value::as_array)
                .and_then(|a| a.iter().find(|x| x["type"] == t))
                .and_then(|x| x["address"].as_str())
                .unwrap_or("<none>")
                .to_owned()
        };
        vec![
            json!(meta::name(o)),
            json!(status),
            or_none(roles.join(",")),
            age(o, now),
            json!(s(o, "status.nodeInfo.kubeletVersion")),
            json!(address("InternalIP")),
            json!(address("ExternalIP")),
            json!(s(o, "status.nodeInfo.osImage")),
            json!(s(o, "status.nodeInfo.kernelVersion")),
            json!(s(o, "status.nodeInfo.containerRuntimeVersion")),
        ]
    },
};

pub static JOBS: Printer = Printer {
    columns: &[
        NAME,
        col("Status", "string", 0),
        col("Completions", "string", 0),
        col("Duration", "string", 0),
        AGE,
        col("Containers", "string", 1),
        col("Images", "string", 1),
        col("Selector", "string", 1),
    ],
    cells: |o, now| {
        let (names, images) = containers(o, "spec.template.spec.containers");
        let condition = |t: &str| {
            path(o, "status.conditions")
                .and_then(Value::as_array)
                .is_some_and(|c| c.iter().any(|c| c["type"] == t && c["status"] == "True"))
        };
        let status = if condition("Complete") {
            "Complete"
        } else if condition("Failed") {
            "Failed"
        } else if condition("Suspended") {
            "Suspended"
        } else if meta::is_deleting(o) {
            "Terminating"
        } else {
            "Running"
        };
        let completions = match path(o, "spec.completions").and_then(Value::as_i64) {
            Some(c) => format!("{}/{c}", int(o, "status.succeeded")),
            None => format!(
                "{}/1 of {}",
                int(o, "status.succeeded"),
                path(o, "spec.parallelism")
                    .and_then(Value::as_i64)
                    .unwrap_or(1)
            ),
        };
        let duration = match (
            path_str(o, "status.startTime").and_then(meta::parse_time),
            path_str(o, "status.completionTime").and_then(meta::parse_time),
        ) {
            (Some(start), Some(end)) => human_duration((end - start).whole_seconds()),
            (Some(start), None) => human_duration((now - start).whole_seconds()),
            _ => String::new(),
        };
        vec![
            json!(meta::name(o)),
            json!(status),
            json!(completions),
            json!(duration),
            age(o, now),
            names,
            images,
            json!(format_selector(path(o, "spec.selector"))),
        ]
    },
};

pub static CRONJOBS: Printer = Printer {
    columns: &[
        NAME,
        col("Schedule", "string", 0),
        col("Timezone", "string", 0),
        col("Suspend", "boolean", 0),
        col("Active", "integer", 0),
        col("Last Schedule", "string", 0),
        AGE,
    ],
    cells: |o, now| {
        vec![
            json!(meta::name(o)),
            json!(s(o, "spec.schedule")),
            or_none(s(o, "spec.timeZone").to_owned()),
            json!(
                path(o, "spec.suspend")
                    .and_then(Value::as_bool)
                    .unwrap_or(false)
            ),
            json!(
                path(o, "status.active")
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len)
            ),
            match path_str(o, "status.lastScheduleTime") {
                Some(t) => since(Some(t), now),
                None => json!("<none>"),
            },
            age(o, now),
        ]
    },
};

pub static EVENTS: Printer = Printer {
    columns: &[
        col("Last Seen", "string", 0),
        col("Type", "string", 0),
        col("Reason", "string", 0),
        col("Object", "string", 0),
        col("Message", "string", 0),
        col("Subobject", "string", 1),
        col("Source", "string", 1),
        col("First Seen", "string", 1),
        col("Count", "string", 1),
        col("Name", "string", 1),
    ],
    cells: |o, now| {
        let last = path_str(o, "lastTimestamp")
            .or(path_str(o, "eventTime"))
            .or(meta::meta_str(o, "creationTimestamp"));
        let object = format!(
            "{}/{}",
            s(o, "involvedObject.kind").to_ascii_lowercase(),
            s(o, "involvedObject.name")
        );
        vec![
            since(last, now),
            json!(s(o, "type")),
            json!(s(o, "reason")),
            json!(object),
            json!(s(o, "message").trim()),
            json!(s(o, "involvedObject.fieldPath")),
            json!(s(o, "source.component")),
            since(path_str(o, "firstTimestamp").or(last), now),
            json!(
                path(o, "count")
                    .and_then(Value::as_i64)
                    .unwrap_or(1)
                    .to_string()
            ),
            json!(meta::name(o)),
        ]
    },
};

/// kube-apiserver's default table convertor (kinds without printers of their own, such as
/// CustomResourceDefinitions): the name and the creation time as written.
pub static CREATED_AT: Printer = Printer {
    columns: &[
        NAME,
        Column {
            name: "Created At",
            kind: "date",
            format: "",
            description: "CreationTimestamp is a timestamp representing the server time when this object was created.",
            priority: 0,
        },
    ],
    cells: |o, _| {
        vec![
            json!(meta::name(o)),
            json!(meta::meta_str(o, "creationTimestamp").unwrap_or("")),
        ]
    },
};

pub static CONFIGMAPS: Printer = Printer {
    columns: &[NAME, col("Data", "integer", 0), AGE],
    cells: |o, now| {
        let n = o
            .get("data")
            .and_then(Value::as_object)
            .map_or(0, |m| m.len())
            + o.get("binaryData")
                .and_then(Value::as_object)
                .map_or(0, |m| m.len());
        vec![json!(meta::name(o)), json!(n), age(o, now)]
    },
};

pub static SECRETS: Printer = Printer {
    columns: &[
        NAME,
        col("Type", "string", 0),
        col("Data", "integer", 0),
        AGE,
    ],
    cells: |o, now| {
        let n = o
            .get("data")
            .and_then(Value::as_object)
            .map_or(0, |m| m.len());
        vec![
            json!(meta::name(o)),
            json!(s(o, "type")),
            json!(n),
            age(o, now),
        ]
    },
};

pub static LEASES: Printer = Printer {
    columns: &[NAME, col("Holder", "string", 0), AGE],
    cells: |o, now| {
        vec![
            json!(meta::name(o)),
            json!(s(o, "spec.holderIdentity")),
            age(o, now),
        ]
    },
};

pub static SERVICEACCOUNTS: Printer = Printer {
    columns: &[NAME, col("Secrets", "string", 0), AGE],
    cells: |o, now| {
        let n = o
            .get("secrets")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        vec![json!(meta::name(o)), json!(n.to_string()), age(o, now)]
    },
};

pub static ENDPOINTS: Printer = Printer {
    columns: &[NAME, col("Endpoints", "string", 0), AGE],
    cells: |o, now| {
        let mut eps = Vec::new();
        for subset in o
            .get("subsets")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let ports: Vec<i64> = subset["ports"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p["port"].as_i64())
                .collect();
            for a in subset["addresses"].as_array().into_iter().flatten() {
                let ip = a["ip"].as_str().unwrap_or("");
                if ports.is_empty() {
                    eps.push(ip.to_owned());
                }
                eps.extend(ports.iter().map(|p| format!("{ip}:{p}")));
            }
        }
        vec![json!(meta::name(o)), or_none(eps.join(",")), age(o, now)]
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_durations_match_go() {
        for (s, want) in [
            (5, "5s"),
            (119, "119s"),
            (150, "2m30s"),
            (600, "10m"),
            (7200, "120m"),
            (3 * 3600 + 60, "3h1m"),
            (30 * 3600, "30h"),
            (3 * 86400 + 3600, "3d1h"),
            (30 * 86400, "30d"),
            (800 * 86400, "2y70d"),
        ] {
            assert_eq!(human_duration(s), want, "{s}");
        }
    }
}
