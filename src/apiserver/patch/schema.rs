//! Strategic-merge facts: which lists merge by which key, which are sets of primitives, which
//! maps clear unlisted keys (`retainKeys`). These are the `patchStrategy`/`patchMergeKey` tags of
//! the Kubernetes API types, kept here as a small type graph from each kind's root; every list
//! not described merges as a whole (replaced), as for any type without tags.

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

#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub strategy: Strategy,
    /// The schema of the field's value (of each element, for lists).
    pub schema: Option<&'static TypeSchema>,
    /// `retainKeys`: keys absent from the patch's `$retainKeys` list are cleared.
    pub retain_keys: bool,
}

#[derive(Debug)]
pub struct TypeSchema {
    pub fields: &'static [Field],
}

impl TypeSchema {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

const fn field(
    name: &'static str,
    strategy: Strategy,
    schema: Option<&'static TypeSchema>,
) -> Field {
    Field {
        name,
        strategy,
        schema,
        retain_keys: false,
    }
}

const fn retained(
    name: &'static str,
    strategy: Strategy,
    schema: Option<&'static TypeSchema>,
) -> Field {
    Field {
        name,
        strategy,
        schema,
        retain_keys: true,
    }
}

use Strategy::{Default as Plain, MergeKey, MergePrimitives};

static OBJECT_META: TypeSchema = TypeSchema {
    fields: &[
        field("finalizers", MergePrimitives, None),
        field("ownerReferences", MergeKey("uid"), None),
    ],
};

/// Any status whose `conditions` merge by `type`.
static STATUS: TypeSchema = TypeSchema {
    fields: &[field("conditions", MergeKey("type"), None)],
};

static CONTAINER: TypeSchema = TypeSchema {
    fields: &[
        field("ports", MergeKey("containerPort"), None),
        field("env", MergeKey("name"), None),
        field("volumeMounts", MergeKey("mountPath"), None),
        field("volumeDevices", MergeKey("devicePath"), None),
    ],
};

static POD_SPEC: TypeSchema = TypeSchema {
    fields: &[
        retained("volumes", MergeKey("name"), None),
        field("initContainers", MergeKey("name"), Some(&CONTAINER)),
        field("containers", MergeKey("name"), Some(&CONTAINER)),
        field("ephemeralContainers", MergeKey("name"), Some(&CONTAINER)),
        field("imagePullSecrets", MergeKey("name"), None),
        field("hostAliases", MergeKey("ip"), None),
        field("topologySpreadConstraints", MergeKey("topologyKey"), None),
        field("schedulingGates", MergeKey("name"), None),
        retained("resourceClaims", MergeKey("name"), None),
    ],
};

static POD_TEMPLATE: TypeSchema = TypeSchema {
    fields: &[
        field("metadata", Plain, Some(&OBJECT_META)),
        field("spec", Plain, Some(&POD_SPEC)),
    ],
};

static WORKLOAD_SPEC: TypeSchema = TypeSchema {
    fields: &[
        field("template", Plain, Some(&POD_TEMPLATE)),
        retained("strategy", Plain, None),
    ],
};

static JOB_TEMPLATE: TypeSchema = TypeSchema {
    fields: &[
        field("metadata", Plain, Some(&OBJECT_META)),
        field("spec", Plain, Some(&WORKLOAD_SPEC)),
    ],
};

static CRONJOB_SPEC: TypeSchema = TypeSchema {
    fields: &[field("jobTemplate", Plain, Some(&JOB_TEMPLATE))],
};

static SERVICE_SPEC: TypeSchema = TypeSchema {
    fields: &[field("ports", MergeKey("port"), None)],
};

static NODE_STATUS: TypeSchema = TypeSchema {
    fields: &[
        field("conditions", MergeKey("type"), None),
        field("addresses", MergeKey("type"), None),
    ],
};

macro_rules! root {
    ($name:ident, $spec:expr, $status:expr) => {
        static $name: TypeSchema = TypeSchema {
            fields: &[
                field("metadata", Plain, Some(&OBJECT_META)),
                field("spec", Plain, $spec),
                field("status", Plain, Some($status)),
            ],
        };
    };
}

root!(POD, Some(&POD_SPEC), &STATUS);
root!(WORKLOAD, Some(&WORKLOAD_SPEC), &STATUS);
root!(CRONJOB, Some(&CRONJOB_SPEC), &STATUS);
root!(SERVICE, Some(&SERVICE_SPEC), &STATUS);
root!(NODE, None, &NODE_STATUS);
root!(POD_TEMPLATE_ROOT, None, &STATUS);
root!(GENERIC, None, &STATUS);

/// The schema at a kind's root.
pub fn schema_for_kind(kind: &str) -> &'static TypeSchema {
    match kind {
        "Pod" => &POD,
        "Deployment"
        | "ReplicaSet"
        | "StatefulSet"
        | "DaemonSet"
        | "ReplicationController"
        | "Job" => &WORKLOAD,
        "CronJob" => &CRONJOB,
        "Service" => &SERVICE,
        "Node" => &NODE,
        "PodTemplate" => &POD_TEMPLATE_ROOT,
        _ => &GENERIC,
    }
}
