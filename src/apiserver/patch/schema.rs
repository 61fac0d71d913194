//! Strategic-merge facts: which lists merge by which key, which are sets of primitives, which
//! maps clear unlisted keys (`retainKeys`). They are the `patchStrategy`/`patchMergeKey` tags of
//! the Kubernetes API types, kept here as one table keyed by OpenAPI definition name. The type
//! graph that connects definitions comes from the types' own schemas (k8s-openapi through
//! schemars), so a fact applies wherever its type appears (a PodSpec in a Pod, a Deployment's
//! template, a CronJob's job template…). The same facts annotate the OpenAPI documents
//! (`x-kubernetes-patch-strategy`, `x-kubernetes-patch-merge-key`), which kubectl reads to
//! compute `apply` patches.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;

use crate::apiserver::registry::RESOURCES;

/// How a field merges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    /// Lists are replaced, maps merge recursively.
    Default,
    /// A list of objects merged element-wise by this key.
    MergeKey(&'static str),
    /// A list of primitives merged as a set.
    MergePrimitives,
}

use Strategy::{MergeKey, MergePrimitives};

/// (definition, field, strategy, retainKeys)
pub const FACTS: &[(&str, &str, Strategy, bool)] = &[
    (
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
        "finalizers",
        MergePrimitives,
        false,
    ),
    (
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
        "ownerReferences",
        MergeKey("uid"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodSpec",
        "volumes",
        MergeKey("name"),
        true,
    ),
    (
        "io.k8s.api.core.v1.PodSpec",
        "initContainers",
        MergeKey("name"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodSpec",
        "containers",
        MergeKey("name"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodSpec",
        "ephemeralContainers",
        MergeKey("name"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodSpec",
        "imagePullSecrets",
        MergeKey("name"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodSpec",
        "hostAliases",
        MergeKey("ip"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodSpec",
        "topologySpreadConstraints",
        MergeKey("topologyKey"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodSpec",
        "schedulingGates",
        MergeKey("name"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodSpec",
        "resourceClaims",
        MergeKey("name"),
        true,
    ),
    (
        "io.k8s.api.core.v1.Container",
        "ports",
        MergeKey("containerPort"),
        false,
    ),
    (
        "io.k8s.api.core.v1.Container",
        "env",
        MergeKey("name"),
        false,
    ),
    (
        "io.k8s.api.core.v1.Container",
        "volumeMounts",
        MergeKey("mountPath"),
        false,
    ),
    (
        "io.k8s.api.core.v1.Container",
        "volumeDevices",
        MergeKey("devicePath"),
        false,
    ),
    (
        "io.k8s.api.core.v1.EphemeralContainer",
        "env",
        MergeKey("name"),
        false,
    ),
    (
        "io.k8s.api.core.v1.EphemeralContainer",
        "volumeMounts",
        MergeKey("mountPath"),
        false,
    ),
    (
        "io.k8s.api.core.v1.EphemeralContainer",
        "volumeDevices",
        MergeKey("devicePath"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodStatus",
        "podIPs",
        MergeKey("ip"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PodStatus",
        "hostIPs",
        MergeKey("ip"),
        false,
    ),
    (
        "io.k8s.api.core.v1.ServiceSpec",
        "ports",
        MergeKey("port"),
        false,
    ),
    (
        "io.k8s.api.core.v1.ServiceStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.core.v1.NodeSpec",
        "podCIDRs",
        MergePrimitives,
        false,
    ),
    (
        "io.k8s.api.core.v1.NodeStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.core.v1.NodeStatus",
        "addresses",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.core.v1.NamespaceStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.core.v1.PersistentVolumeClaimStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.core.v1.ReplicationControllerStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.apps.v1.DeploymentSpec",
        "strategy",
        Strategy::Default,
        true,
    ),
    (
        "io.k8s.api.apps.v1.DeploymentStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.apps.v1.ReplicaSetStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.apps.v1.StatefulSetStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.apps.v1.DaemonSetStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.batch.v1.JobStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
    (
        "io.k8s.api.policy.v1.PodDisruptionBudgetStatus",
        "conditions",
        MergeKey("type"),
        false,
    ),
];

#[derive(Debug)]
pub struct Field {
    pub strategy: Strategy,
    /// The definition of the field's value (of each element, for lists).
    pub child: Option<String>,
    /// `retainKeys`: keys absent from the patch's `$retainKeys` list are cleared.
    pub retain_keys: bool,
}

/// One definition's fields.
#[derive(Debug, Default)]
pub struct TypeSchema {
    fields: HashMap<String, Field>,
}

impl TypeSchema {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.get(name)
    }

    /// The schema of a field's value.
    pub fn child(&self, name: &str) -> Option<&'static TypeSchema> {
        lookup(self.field(name)?.child.as_deref()?)
    }
}

struct Graph {
    types: HashMap<String, TypeSchema>,
    roots: HashMap<&'static str, String>,
}

/// The definition a property refers to: `$ref`, `allOf: [{$ref}]` (OpenAPI 3.0 keeps
/// siblings of a reference that way), or the same inside `items`.
fn definition_of(v: &Value) -> Option<String> {
    let direct = |v: &Value| -> Option<String> {
        let r = v
            .get("$ref")
            .or_else(|| v.get("allOf")?.as_array()?.first()?.get("$ref"))?;
        r.as_str()?.rsplit('/').next().map(str::to_owned)
    };
    direct(v).or_else(|| direct(v.get("items")?))
}

fn graph() -> &'static Graph {
    static GRAPH: OnceLock<Graph> = OnceLock::new();
    GRAPH.get_or_init(|| {
        let mut generator = schemars::generate::SchemaSettings::openapi3().into_generator();
        let mut roots = HashMap::new();
        for r in RESOURCES {
            let root = (r.typed.schema)(&mut generator);
            if let Some(name) = definition_of(root.as_value()) {
                roots.entry(r.kind).or_insert(name);
            }
        }
        let types = generator
            .take_definitions(true)
            .into_iter()
            .map(|(name, schema)| {
                let fields = schema
                    .get("properties")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                    .map(|(field, prop)| {
                        let fact = FACTS.iter().find(|(d, f, _, _)| *d == name && f == field);
                        let info = Field {
                            strategy: fact.map_or(Strategy::Default, |f| f.2),
                            child: definition_of(prop),
                            retain_keys: fact.is_some_and(|f| f.3),
                        };
                        (field.clone(), info)
                    })
                    .collect();
                (name, TypeSchema { fields })
            })
            .collect();
        Graph { types, roots }
    })
}

fn lookup(definition: &str) -> Option<&'static TypeSchema> {
    graph().types.get(definition)
}

/// The schema at a kind's root (an empty one for kinds without facts: maps merge, lists replace).
pub fn schema_for_kind(kind: &str) -> &'static TypeSchema {
    static EMPTY: OnceLock<TypeSchema> = OnceLock::new();
    graph()
        .roots
        .get(kind)
        .and_then(|name| lookup(name))
        .unwrap_or_else(|| EMPTY.get_or_init(TypeSchema::default))
}

/// Annotates OpenAPI definitions with the facts (`x-kubernetes-patch-strategy`,
/// `x-kubernetes-patch-merge-key`).
pub fn annotate(definitions: &mut serde_json::Map<String, Value>) {
    for (definition, field, strategy, retain) in FACTS {
        let Some(prop) = definitions
            .get_mut(*definition)
            .and_then(|d| d.get_mut("properties"))
            .and_then(|p| p.get_mut(*field))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        let mut parts = Vec::new();
        match strategy {
            MergeKey(key) => {
                parts.push("merge");
                prop.insert(
                    "x-kubernetes-patch-merge-key".into(),
                    Value::String((*key).into()),
                );
            }
            MergePrimitives => parts.push("merge"),
            Strategy::Default => {}
        }
        if *retain {
            parts.push("retainKeys");
        }
        if !parts.is_empty() {
            prop.insert(
                "x-kubernetes-patch-strategy".into(),
                Value::String(parts.join(",")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_names_a_real_field() {
        let g = graph();
        for (definition, field, _, _) in FACTS {
            let t = g
                .types
                .get(*definition)
                .unwrap_or_else(|| panic!("{definition} is not a definition"));
            assert!(
                t.field(field).is_some(),
                "{definition} has no field {field}"
            );
        }
        let pod_spec = schema_for_kind("Deployment")
            .child("spec")
            .and_then(|s| s.child("template"))
            .and_then(|t| t.child("spec"))
            .unwrap();
        assert_eq!(
            pod_spec.field("containers").unwrap().strategy,
            MergeKey("name")
        );
    }
}
