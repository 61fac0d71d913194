//! core/v1 strategies: namespaces, pods, services, secrets, nodes.

use serde_json::{Value, json};

use super::{Strategy, child, default_field};
use crate::apiserver::errors::Cause;
use crate::apiserver::meta;

pub struct Namespace;
pub static NAMESPACE: Namespace = Namespace;

impl Strategy for Namespace {
    fn prepare_create(&self, obj: &mut Value) {
        obj["status"] = json!({"phase": "Active"});
    }

    fn default(&self, obj: &mut Value) {
        let name = meta::name(obj).to_owned();
        let m = meta::meta_mut(obj);
        let labels = m.entry("labels").or_insert_with(|| json!({}));
        if let Some(l) = labels.as_object_mut() {
            l.insert("kubernetes.io/metadata.name".into(), json!(name));
        }
        let spec = child(obj, "spec");
        default_field(spec, "finalizers", json!(["kubernetes"]));
    }

    fn prepare_update(&self, obj: &mut Value, old: &Value) {
        // spec.finalizers change only through /finalize.
        obj["spec"] = old.get("spec").cloned().unwrap_or(json!({}));
    }

    /// The namespace controller empties the namespace, then removes `kubernetes` from
    /// `spec.finalizers` through /finalize; only then does the namespace go.
    fn deletion_pending(&self, obj: &Value) -> bool {
        meta::path(obj, "spec.finalizers")
            .and_then(Value::as_array)
            .is_some_and(|f| !f.is_empty())
    }

    fn on_deletion_start(&self, obj: &mut Value) {
        obj["status"]["phase"] = json!("Terminating");
    }
}

/// PodSpec defaults (pkg/apis/core/v1/defaults.go), also applied to pod templates.
pub fn default_pod_spec(spec: &mut Value) {
    if !spec.is_object() {
        return;
    }
    default_field(spec, "restartPolicy", json!("Always"));
    default_field(spec, "dnsPolicy", json!("ClusterFirst"));
    default_field(spec, "terminationGracePeriodSeconds", json!(30));
    default_field(spec, "schedulerName", json!("default-scheduler"));
    default_field(spec, "securityContext", json!({}));
    for list in ["containers", "initContainers"] {
        if let Some(cs) = spec.get_mut(list).and_then(Value::as_array_mut) {
            for c in cs {
                default_container(c);
            }
        }
    }
    // ServiceAccount admission's defaulting of the account name.
    if spec.get("serviceAccountName").is_none_or(Value::is_null) {
        let sa = spec
            .get("serviceAccount")
            .and_then(Value::as_str)
            .unwrap_or("default")
            .to_owned();
        spec["serviceAccountName"] = json!(sa);
    }
    if spec.get("serviceAccount").is_none_or(Value::is_null) {
        spec["serviceAccount"] = spec["serviceAccountName"].clone();
    }
}

fn default_container(c: &mut Value) {
    if !c.is_object() {
        return;
    }
    default_field(c, "terminationMessagePath", json!("/dev/termination-log"));
    default_field(c, "terminationMessagePolicy", json!("File"));
    let image = c.get("image").and_then(Value::as_str).unwrap_or("");
    let last = image.rsplit('/').next().unwrap_or("");
    let tagged = last.contains(':') && !image.ends_with(":latest");
    let policy = if image.contains('@') || tagged {
        "IfNotPresent"
    } else {
        "Always"
    };
    default_field(c, "imagePullPolicy", json!(policy));
    if let Some(ports) = c.get_mut("ports").and_then(Value::as_array_mut) {
        for p in ports {
            default_field(p, "protocol", json!("TCP"));
        }
    }
    if c.get("resources").is_none() {
        c["resources"] = json!({});
    }
    for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
        if let Some(p) = c.get_mut(probe).filter(|p| p.is_object()) {
            default_field(p, "timeoutSeconds", json!(1));
            default_field(p, "periodSeconds", json!(10));
            default_field(p, "successThreshold", json!(1));
            default_field(p, "failureThreshold", json!(3));
        }
    }
}

/// PodSpec validation shared by pods and templates; `prefix` is the field path of the spec.
pub fn validate_pod_spec(spec: Option<&Value>, prefix: &str) -> Vec<Cause> {
    let mut causes = Vec::new();
    let Some(spec) = spec.filter(|s| s.is_object()) else {
        causes.push(Cause::required(prefix));
        return causes;
    };
    let containers = spec.get("containers").and_then(Value::as_array);
    match containers {
        None => causes.push(Cause::required(format!("{prefix}.containers"))),
        Some(cs) if cs.is_empty() => causes.push(Cause::required(format!("{prefix}.containers"))),
        Some(_) => {}
    }
    let mut seen = std::collections::HashSet::new();
    for list in ["initContainers", "containers"] {
        for (i, c) in spec
            .get(list)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let field = format!("{prefix}.{list}[{i}]");
            let name = c.get("name").and_then(Value::as_str).unwrap_or("");
            if name.is_empty() {
                causes.push(Cause::required(format!("{field}.name")));
            } else if !super::validation::is_dns_label(name) {
                causes.push(Cause::invalid(format!("{field}.name"), &json!(name), "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character"));
            } else if !seen.insert(name.to_owned()) {
                causes.push(Cause::duplicate(format!("{field}.name"), &json!(name)));
            }
            if c.get("image")
                .and_then(Value::as_str)
                .is_none_or(str::is_empty)
            {
                causes.push(Cause::required(format!("{field}.image")));
            }
            for (j, p) in c
                .get("ports")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                let port = p.get("containerPort").and_then(Value::as_i64).unwrap_or(0);
                if !(1..=65535).contains(&port) {
                    causes.push(Cause::invalid(
                        format!("{field}.ports[{j}].containerPort"),
                        &json!(port),
                        "must be between 1 and 65535, inclusive",
                    ));
                }
            }
        }
    }
    if let Some(policy) = spec.get("restartPolicy").and_then(Value::as_str)
        && !["Always", "OnFailure", "Never"].contains(&policy)
    {
        causes.push(Cause::not_supported(
            format!("{prefix}.restartPolicy"),
            &json!(policy),
            &["Always", "OnFailure", "Never"],
        ));
    }
    causes
}

pub struct Pod;
pub static POD: Pod = Pod;

/// What a pod update may change in spec (kube-apiserver allows only these).
const MUTABLE_POD_SPEC: &[&str] = &[
    "activeDeadlineSeconds",
    "tolerations",
    "terminationGracePeriodSeconds",
    "schedulingGates",
];

impl Strategy for Pod {
    fn prepare_create(&self, obj: &mut Value) {
        obj["status"] = json!({"phase": "Pending", "qosClass": qos_class(obj)});
    }

    fn default(&self, obj: &mut Value) {
        default_pod_spec(child(obj, "spec"));
        if let Some(spec) = obj.get_mut("spec") {
            default_field(spec, "enableServiceLinks", json!(true));
        }
    }

    fn validate(&self, obj: &Value) -> Vec<Cause> {
        validate_pod_spec(obj.get("spec"), "spec")
    }

    fn validate_update(&self, obj: &Value, old: &Value) -> Vec<Cause> {
        let strip = |spec: Option<&Value>| -> Value {
            let mut s = spec.cloned().unwrap_or(json!({}));
            if let Some(m) = s.as_object_mut() {
                for k in MUTABLE_POD_SPEC {
                    m.remove(*k);
                }
                for list in ["containers", "initContainers"] {
                    if let Some(cs) = m.get_mut(list).and_then(Value::as_array_mut) {
                        for c in cs {
                            if let Some(c) = c.as_object_mut() {
                                c.remove("image");
                            }
                        }
                    }
                }
            }
            s
        };
        // Binding sets nodeName once; after that it is immutable like the rest.
        let mut old_spec = strip(old.get("spec"));
        if old.get("spec").and_then(|s| s.get("nodeName")).is_none()
            && let (Some(o), Some(n)) = (
                old_spec.as_object_mut(),
                obj.get("spec").and_then(|s| s.get("nodeName")),
            )
        {
            o.insert("nodeName".into(), n.clone());
        }
        if strip(obj.get("spec")) != old_spec {
            return vec![Cause::forbidden(
                "spec",
                "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
            )];
        }
        Vec::new()
    }

    /// Upstream's CheckGracefulDelete: unscheduled or finished pods go at once; others wait
    /// for the kubelet for the requested grace, else the spec's, else 30 s.
    fn delete_grace(&self, obj: &Value, requested: Option<i64>) -> i64 {
        let phase = meta::path_str(obj, "status.phase").unwrap_or("");
        let scheduled = meta::path_str(obj, "spec.nodeName").is_some_and(|n| !n.is_empty());
        if !scheduled || phase == "Succeeded" || phase == "Failed" {
            return 0;
        }
        requested
            .or_else(|| {
                meta::path(obj, "spec.terminationGracePeriodSeconds").and_then(Value::as_i64)
            })
            .unwrap_or(30)
            .max(0)
    }
}

/// The pod's QoS class from its containers' requests and limits.
fn qos_class(pod: &Value) -> &'static str {
    let containers: Vec<&Value> = ["containers", "initContainers"]
        .iter()
        .flat_map(|l| {
            meta::path(pod, &format!("spec.{l}"))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
        })
        .collect();
    let mut any = false;
    let mut guaranteed = true;
    for c in containers {
        let requests = c
            .get("resources")
            .and_then(|r| r.get("requests"))
            .and_then(Value::as_object);
        let limits = c
            .get("resources")
            .and_then(|r| r.get("limits"))
            .and_then(Value::as_object);
        if requests.is_some_and(|r| !r.is_empty()) || limits.is_some_and(|l| !l.is_empty()) {
            any = true;
        }
        for res in ["cpu", "memory"] {
            let limit = limits.and_then(|l| l.get(res));
            let request = requests.and_then(|r| r.get(res)).or(limit);
            if limit.is_none() || request != limit {
                guaranteed = false;
            }
        }
    }
    if !any {
        "BestEffort"
    } else if guaranteed {
        "Guaranteed"
    } else {
        "Burstable"
    }
}

pub struct Service;
pub static SERVICE: Service = Service;

impl Strategy for Service {
    fn prepare_create(&self, obj: &mut Value) {
        obj["status"] = json!({"loadBalancer": {}});
    }

    fn default(&self, obj: &mut Value) {
        let spec = child(obj, "spec");
        default_field(spec, "type", json!("ClusterIP"));
        let kind = spec["type"].as_str().unwrap_or("ClusterIP").to_owned();
        if kind != "ExternalName" {
            default_field(spec, "sessionAffinity", json!("None"));
            default_field(spec, "internalTrafficPolicy", json!("Cluster"));
        }
        if kind == "NodePort" || kind == "LoadBalancer" {
            default_field(spec, "externalTrafficPolicy", json!("Cluster"));
        }
        if kind == "LoadBalancer" {
            default_field(spec, "allocateLoadBalancerNodePorts", json!(true));
        }
        if let Some(ports) = spec.get_mut("ports").and_then(Value::as_array_mut) {
            for p in ports {
                // 0 means "none / allocate one", as upstream reads it.
                if p.get("nodePort") == Some(&json!(0))
                    && let Some(m) = p.as_object_mut()
                {
                    m.remove("nodePort");
                }
                default_field(p, "protocol", json!("TCP"));
                if p.get("targetPort").is_none_or(Value::is_null) {
                    let port = p.get("port").cloned().unwrap_or(Value::Null);
                    p["targetPort"] = port;
                }
            }
        }
    }

    fn prepare_update(&self, obj: &mut Value, old: &Value) {
        // Allocated addresses stay unless the client changes them explicitly.
        for field in ["clusterIP", "clusterIPs", "ipFamilies", "ipFamilyPolicy"] {
            if let Some(v) = meta::path(old, &format!("spec.{field}"))
                && meta::path(obj, &format!("spec.{field}")).is_none()
                && let Some(spec) = obj.get_mut("spec").and_then(Value::as_object_mut)
            {
                spec.insert(field.into(), v.clone());
            }
        }
        // Keep allocated node ports for ports the client still has.
        let old_ports: Vec<Value> = meta::path(old, "spec.ports")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if let Some(ports) = obj
            .get_mut("spec")
            .and_then(|s| s.get_mut("ports"))
            .and_then(Value::as_array_mut)
        {
            for p in ports {
                if p.get("nodePort").is_none()
                    && let Some(o) = old_ports
                        .iter()
                        .find(|o| o["port"] == p["port"] && o["protocol"] == p["protocol"])
                    && let Some(np) = o.get("nodePort")
                {
                    p["nodePort"] = np.clone();
                }
            }
        }
    }

    fn validate(&self, obj: &Value) -> Vec<Cause> {
        let mut causes = Vec::new();
        let kind = meta::path_str(obj, "spec.type").unwrap_or("ClusterIP");
        let allowed = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"];
        if !allowed.contains(&kind) {
            causes.push(Cause::not_supported("spec.type", &json!(kind), &allowed));
        }
        let ports = meta::path(obj, "spec.ports").and_then(Value::as_array);
        let headless = meta::path_str(obj, "spec.clusterIP") == Some("None");
        if kind != "ExternalName" && !headless && ports.is_none_or(Vec::is_empty) {
            causes.push(Cause::required("spec.ports"));
        }
        if kind == "ExternalName"
            && meta::path_str(obj, "spec.externalName").is_none_or(str::is_empty)
        {
            causes.push(Cause::required("spec.externalName"));
        }
        let mut names = std::collections::HashSet::new();
        let many = ports.is_some_and(|p| p.len() > 1);
        for (i, p) in ports.into_iter().flatten().enumerate() {
            let port = p.get("port").and_then(Value::as_i64).unwrap_or(0);
            if !(1..=65535).contains(&port) {
                causes.push(Cause::invalid(
                    format!("spec.ports[{i}].port"),
                    &json!(port),
                    "must be between 1 and 65535, inclusive",
                ));
            }
            let name = p.get("name").and_then(Value::as_str).unwrap_or("");
            if many && name.is_empty() {
                causes.push(Cause::required(format!("spec.ports[{i}].name")));
            } else if !name.is_empty() && !names.insert(name.to_owned()) {
                causes.push(Cause::duplicate(
                    format!("spec.ports[{i}].name"),
                    &json!(name),
                ));
            }
            let proto = p.get("protocol").and_then(Value::as_str).unwrap_or("TCP");
            if !["TCP", "UDP", "SCTP"].contains(&proto) {
                causes.push(Cause::not_supported(
                    format!("spec.ports[{i}].protocol"),
                    &json!(proto),
                    &["SCTP", "TCP", "UDP"],
                ));
            }
        }
        causes
    }

    fn validate_update(&self, obj: &Value, old: &Value) -> Vec<Cause> {
        let old_ip = meta::path_str(old, "spec.clusterIP").unwrap_or("");
        let new_ip = meta::path_str(obj, "spec.clusterIP").unwrap_or("");
        let old_type = meta::path_str(old, "spec.type").unwrap_or("");
        let new_type = meta::path_str(obj, "spec.type").unwrap_or("");
        if !old_ip.is_empty()
            && old_ip != new_ip
            && old_type != "ExternalName"
            && new_type != "ExternalName"
        {
            return vec![Cause::invalid(
                "spec.clusterIPs[0]",
                &json!(new_ip),
                "may not change once set",
            )];
        }
        Vec::new()
    }
}

pub struct Secret;
pub static SECRET: Secret = Secret;

impl Strategy for Secret {
    /// `stringData` is write-only convenience: merged into `data` (base64), winning over the
    /// same key there, and never stored — as kube-apiserver does.
    fn default(&self, obj: &mut Value) {
        default_field(obj, "type", json!("Opaque"));
        let Some(map) = obj.as_object_mut() else {
            return;
        };
        if let Some(Value::Object(strings)) = map.remove("stringData") {
            use base64::Engine;
            let data = map.entry("data").or_insert_with(|| json!({}));
            if !data.is_object() {
                *data = json!({});
            }
            for (k, v) in strings {
                let text = v.as_str().unwrap_or_default();
                data[k.as_str()] =
                    json!(base64::engine::general_purpose::STANDARD.encode(text.as_bytes()));
            }
        }
    }

    fn validate_update(&self, obj: &Value, old: &Value) -> Vec<Cause> {
        if obj.get("type") != old.get("type") {
            return vec![Cause::invalid(
                "type",
                obj.get("type").unwrap_or(&Value::Null),
                "field is immutable",
            )];
        }
        if old.get("immutable") == Some(&json!(true)) && (obj.get("data") != old.get("data")) {
            return vec![Cause::forbidden(
                "data",
                "field is immutable when `immutable` is set",
            )];
        }
        Vec::new()
    }
}

pub struct Node;
pub static NODE: Node = Node;

impl Strategy for Node {
    /// The kubelet registers its Node with a status.
    fn keeps_status_on_create(&self) -> bool {
        true
    }
}
