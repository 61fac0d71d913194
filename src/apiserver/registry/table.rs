//! The built-in resources. Order matters: discovery lists groups in first-seen order, and
//! within a group version resources appear as here.

use k8s_openapi::api::{
    apps::v1 as apps, authentication::v1 as authentication, authorization::v1 as authorization,
    autoscaling::v2 as autoscaling, batch::v1 as batch, certificates::v1 as certificates,
    coordination::v1 as coordination, core::v1 as core, discovery::v1 as discovery,
    events::v1 as events, networking::v1 as networking, policy::v1 as policy, rbac::v1 as rbac,
    scheduling::v1 as scheduling, storage::v1 as storage,
};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1 as apiextensions;
use k8s_openapi::kube_aggregator::pkg::apis::apiregistration::v1 as apiregistration;

use super::codec::{Typed, typed};
use super::printers::{self, DEFAULT};
use super::strategy::{self, PLAIN};
use super::{NameRule, ResourceDef, SelectorShape, Sub};

const ALL: &[&str] = &["all"];
const STATUS: &[Sub] = &[Sub::Status];
const STATUS_SCALE: &[Sub] = &[Sub::Status, Sub::Scale];
const NONE: &[Sub] = &[];

/// A resource with the common settings; entries override what differs.
const fn base(
    group: &'static str,
    version: &'static str,
    kind: &'static str,
    plural: &'static str,
    singular: &'static str,
    namespaced: bool,
    typed: Typed,
) -> ResourceDef {
    ResourceDef {
        group,
        version,
        kind,
        plural,
        singular,
        short_names: &[],
        namespaced,
        categories: &[],
        subresources: NONE,
        generation: false,
        create_on_update: false,
        returns_deleted: false,
        name_rule: NameRule::Subdomain,
        fields: &[],
        printer: &DEFAULT,
        strategy: &PLAIN,
        typed,
        scale_selector: SelectorShape::LabelSelector,
        storage: None,
        review: false,
        custom: None,
    }
}

pub static RESOURCES: &[ResourceDef] = &[
    // core/v1
    ResourceDef {
        returns_deleted: true,
        short_names: &["ns"],
        subresources: &[Sub::Status, Sub::Finalize],
        name_rule: NameRule::Label,
        fields: &[("status.phase", "")],
        printer: &printers::NAMESPACES,
        strategy: &strategy::NAMESPACE,
        ..base(
            "",
            "v1",
            "Namespace",
            "namespaces",
            "namespace",
            false,
            typed::<core::Namespace>(),
        )
    },
    ResourceDef {
        returns_deleted: true,
        short_names: &["po"],
        categories: ALL,
        subresources: &[Sub::Status, Sub::Binding, Sub::Eviction],
        generation: true,
        fields: &[
            ("spec.nodeName", ""),
            ("spec.restartPolicy", ""),
            ("spec.schedulerName", ""),
            ("spec.serviceAccountName", ""),
            ("spec.hostNetwork", "false"),
            ("status.phase", ""),
            ("status.podIP", ""),
            ("status.podIPs", ""),
            ("status.nominatedNodeName", ""),
        ],
        printer: &printers::PODS,
        strategy: &strategy::POD,
        ..base("", "v1", "Pod", "pods", "pod", true, typed::<core::Pod>())
    },
    ResourceDef {
        short_names: &["no"],
        subresources: STATUS,
        fields: &[("spec.unschedulable", "false")],
        printer: &printers::NODES,
        strategy: &strategy::NODE,
        ..base(
            "",
            "v1",
            "Node",
            "nodes",
            "node",
            false,
            typed::<core::Node>(),
        )
    },
    ResourceDef {
        returns_deleted: true,
        short_names: &["svc"],
        categories: ALL,
        subresources: STATUS,
        name_rule: NameRule::Label,
        fields: &[("spec.clusterIP", ""), ("spec.type", "")],
        printer: &printers::SERVICES,
        strategy: &strategy::SERVICE,
        ..base(
            "",
            "v1",
            "Service",
            "services",
            "service",
            true,
            typed::<core::Service>(),
        )
    },
    ResourceDef {
        short_names: &["ep"],
        create_on_update: true,
        printer: &printers::ENDPOINTS,
        ..base(
            "",
            "v1",
            "Endpoints",
            "endpoints",
            "endpoints",
            true,
            typed::<core::Endpoints>(),
        )
    },
    ResourceDef {
        short_names: &["cm"],
        printer: &printers::CONFIGMAPS,
        ..base(
            "",
            "v1",
            "ConfigMap",
            "configmaps",
            "configmap",
            true,
            typed::<core::ConfigMap>(),
        )
    },
    ResourceDef {
        fields: &[("type", "")],
        printer: &printers::SECRETS,
        strategy: &strategy::SECRET,
        ..base(
            "",
            "v1",
            "Secret",
            "secrets",
            "secret",
            true,
            typed::<core::Secret>(),
        )
    },
    ResourceDef {
        returns_deleted: true,
        short_names: &["sa"],
        subresources: &[Sub::Token],
        printer: &printers::SERVICEACCOUNTS,
        ..base(
            "",
            "v1",
            "ServiceAccount",
            "serviceaccounts",
            "serviceaccount",
            true,
            typed::<core::ServiceAccount>(),
        )
    },
    ResourceDef {
        short_names: &["ev"],
        create_on_update: true,
        fields: &[
            ("involvedObject.kind", ""),
            ("involvedObject.namespace", ""),
            ("involvedObject.name", ""),
            ("involvedObject.uid", ""),
            ("involvedObject.apiVersion", ""),
            ("involvedObject.resourceVersion", ""),
            ("involvedObject.fieldPath", ""),
            ("reason", ""),
            ("reportingComponent", ""),
            ("source", ""),
            ("type", ""),
        ],
        printer: &printers::EVENTS,
        ..base(
            "",
            "v1",
            "Event",
            "events",
            "event",
            true,
            typed::<core::Event>(),
        )
    },
    ResourceDef {
        short_names: &["rc"],
        categories: ALL,
        subresources: STATUS_SCALE,
        generation: true,
        fields: &[("status.replicas", "0")],
        printer: &printers::REPLICASETS,
        strategy: &strategy::REPLICATION_CONTROLLER,
        scale_selector: SelectorShape::Map,
        ..base(
            "",
            "v1",
            "ReplicationController",
            "replicationcontrollers",
            "replicationcontroller",
            true,
            typed::<core::ReplicationController>(),
        )
    },
    ResourceDef {
        short_names: &["limits"],
        ..base(
            "",
            "v1",
            "LimitRange",
            "limitranges",
            "limitrange",
            true,
            typed::<core::LimitRange>(),
        )
    },
    ResourceDef {
        short_names: &["quota"],
        subresources: STATUS,
        ..base(
            "",
            "v1",
            "ResourceQuota",
            "resourcequotas",
            "resourcequota",
            true,
            typed::<core::ResourceQuota>(),
        )
    },
    ResourceDef {
        short_names: &["pv"],
        subresources: STATUS,
        ..base(
            "",
            "v1",
            "PersistentVolume",
            "persistentvolumes",
            "persistentvolume",
            false,
            typed::<core::PersistentVolume>(),
        )
    },
    ResourceDef {
        short_names: &["pvc"],
        subresources: STATUS,
        ..base(
            "",
            "v1",
            "PersistentVolumeClaim",
            "persistentvolumeclaims",
            "persistentvolumeclaim",
            true,
            typed::<core::PersistentVolumeClaim>(),
        )
    },
    // apps/v1
    ResourceDef {
        short_names: &["deploy"],
        categories: ALL,
        subresources: STATUS_SCALE,
        generation: true,
        printer: &printers::DEPLOYMENTS,
        strategy: &strategy::DEPLOYMENT,
        ..base(
            "apps",
            "v1",
            "Deployment",
            "deployments",
            "deployment",
            true,
            typed::<apps::Deployment>(),
        )
    },
    ResourceDef {
        short_names: &["rs"],
        categories: ALL,
        subresources: STATUS_SCALE,
        generation: true,
        printer: &printers::REPLICASETS,
        strategy: &strategy::REPLICASET,
        ..base(
            "apps",
            "v1",
            "ReplicaSet",
            "replicasets",
            "replicaset",
            true,
            typed::<apps::ReplicaSet>(),
        )
    },
    ResourceDef {
        short_names: &["sts"],
        categories: ALL,
        subresources: STATUS_SCALE,
        generation: true,
        printer: &printers::STATEFULSETS,
        strategy: &strategy::STATEFULSET,
        ..base(
            "apps",
            "v1",
            "StatefulSet",
            "statefulsets",
            "statefulset",
            true,
            typed::<apps::StatefulSet>(),
        )
    },
    ResourceDef {
        short_names: &["ds"],
        categories: ALL,
        subresources: STATUS,
        generation: true,
        printer: &printers::DAEMONSETS,
        strategy: &strategy::DAEMONSET,
        ..base(
            "apps",
            "v1",
            "DaemonSet",
            "daemonsets",
            "daemonset",
            true,
            typed::<apps::DaemonSet>(),
        )
    },
    ResourceDef {
        ..base(
            "apps",
            "v1",
            "ControllerRevision",
            "controllerrevisions",
            "controllerrevision",
            true,
            typed::<apps::ControllerRevision>(),
        )
    },
    // batch/v1
    ResourceDef {
        categories: ALL,
        subresources: STATUS,
        generation: true,
        fields: &[("status.successful", "0")],
        printer: &printers::JOBS,
        strategy: &strategy::JOB,
        ..base(
            "batch",
            "v1",
            "Job",
            "jobs",
            "job",
            true,
            typed::<batch::Job>(),
        )
    },
    ResourceDef {
        short_names: &["cj"],
        categories: ALL,
        subresources: STATUS,
        generation: true,
        printer: &printers::CRONJOBS,
        strategy: &strategy::CRONJOB,
        ..base(
            "batch",
            "v1",
            "CronJob",
            "cronjobs",
            "cronjob",
            true,
            typed::<batch::CronJob>(),
        )
    },
    // autoscaling/v2
    ResourceDef {
        short_names: &["hpa"],
        categories: ALL,
        subresources: STATUS,
        generation: true,
        ..base(
            "autoscaling",
            "v2",
            "HorizontalPodAutoscaler",
            "horizontalpodautoscalers",
            "horizontalpodautoscaler",
            true,
            typed::<autoscaling::HorizontalPodAutoscaler>(),
        )
    },
    // coordination.k8s.io/v1
    ResourceDef {
        create_on_update: true,
        printer: &printers::LEASES,
        ..base(
            "coordination.k8s.io",
            "v1",
            "Lease",
            "leases",
            "lease",
            true,
            typed::<coordination::Lease>(),
        )
    },
    // discovery.k8s.io/v1
    ResourceDef {
        create_on_update: true,
        ..base(
            "discovery.k8s.io",
            "v1",
            "EndpointSlice",
            "endpointslices",
            "endpointslice",
            true,
            typed::<discovery::EndpointSlice>(),
        )
    },
    // events.k8s.io/v1 (stored apart from core events in this build)
    ResourceDef {
        short_names: &["ev"],
        create_on_update: true,
        fields: &[("reason", ""), ("type", ""), ("reportingController", "")],
        storage: Some("events.k8s.io/events"),
        ..base(
            "events.k8s.io",
            "v1",
            "Event",
            "events",
            "event",
            true,
            typed::<events::Event>(),
        )
    },
    // policy/v1
    ResourceDef {
        short_names: &["pdb"],
        subresources: STATUS,
        generation: true,
        ..base(
            "policy",
            "v1",
            "PodDisruptionBudget",
            "poddisruptionbudgets",
            "poddisruptionbudget",
            true,
            typed::<policy::PodDisruptionBudget>(),
        )
    },
    // networking.k8s.io/v1
    ResourceDef {
        short_names: &["ing"],
        subresources: STATUS,
        generation: true,
        ..base(
            "networking.k8s.io",
            "v1",
            "Ingress",
            "ingresses",
            "ingress",
            true,
            typed::<networking::Ingress>(),
        )
    },
    ResourceDef {
        short_names: &["netpol"],
        generation: true,
        ..base(
            "networking.k8s.io",
            "v1",
            "NetworkPolicy",
            "networkpolicies",
            "networkpolicy",
            true,
            typed::<networking::NetworkPolicy>(),
        )
    },
    ResourceDef {
        ..base(
            "networking.k8s.io",
            "v1",
            "IngressClass",
            "ingressclasses",
            "ingressclass",
            false,
            typed::<networking::IngressClass>(),
        )
    },
    // scheduling.k8s.io/v1
    ResourceDef {
        short_names: &["pc"],
        ..base(
            "scheduling.k8s.io",
            "v1",
            "PriorityClass",
            "priorityclasses",
            "priorityclass",
            false,
            typed::<scheduling::PriorityClass>(),
        )
    },
    // storage.k8s.io/v1
    ResourceDef {
        returns_deleted: true,
        short_names: &["sc"],
        ..base(
            "storage.k8s.io",
            "v1",
            "StorageClass",
            "storageclasses",
            "storageclass",
            false,
            typed::<storage::StorageClass>(),
        )
    },
    // apiregistration.k8s.io/v1
    ResourceDef {
        subresources: STATUS,
        ..base(
            "apiregistration.k8s.io",
            "v1",
            "APIService",
            "apiservices",
            "apiservice",
            false,
            typed::<apiregistration::APIService>(),
        )
    },
    // apiextensions.k8s.io/v1
    ResourceDef {
        short_names: &["crd", "crds"],
        categories: &["api-extensions"],
        subresources: STATUS,
        generation: true,
        printer: &printers::CREATED_AT,
        strategy: &crate::apiserver::crd::DEFINITION,
        storage: Some("apiextensions.k8s.io/customresourcedefinitions"),
        ..base(
            "apiextensions.k8s.io",
            "v1",
            "CustomResourceDefinition",
            "customresourcedefinitions",
            "customresourcedefinition",
            false,
            typed::<apiextensions::CustomResourceDefinition>(),
        )
    },
    // rbac.authorization.k8s.io/v1 (stored; enforced by the authorization issue)
    ResourceDef {
        create_on_update: true,
        name_rule: NameRule::PathSegment,
        ..base(
            "rbac.authorization.k8s.io",
            "v1",
            "Role",
            "roles",
            "role",
            true,
            typed::<rbac::Role>(),
        )
    },
    ResourceDef {
        create_on_update: true,
        name_rule: NameRule::PathSegment,
        ..base(
            "rbac.authorization.k8s.io",
            "v1",
            "RoleBinding",
            "rolebindings",
            "rolebinding",
            true,
            typed::<rbac::RoleBinding>(),
        )
    },
    ResourceDef {
        create_on_update: true,
        name_rule: NameRule::PathSegment,
        ..base(
            "rbac.authorization.k8s.io",
            "v1",
            "ClusterRole",
            "clusterroles",
            "clusterrole",
            false,
            typed::<rbac::ClusterRole>(),
        )
    },
    ResourceDef {
        create_on_update: true,
        name_rule: NameRule::PathSegment,
        ..base(
            "rbac.authorization.k8s.io",
            "v1",
            "ClusterRoleBinding",
            "clusterrolebindings",
            "clusterrolebinding",
            false,
            typed::<rbac::ClusterRoleBinding>(),
        )
    },
    // authentication.k8s.io/v1 and authorization.k8s.io/v1: reviews, answered and not stored
    ResourceDef {
        review: true,
        ..base(
            "authentication.k8s.io",
            "v1",
            "TokenReview",
            "tokenreviews",
            "tokenreview",
            false,
            typed::<authentication::TokenReview>(),
        )
    },
    ResourceDef {
        review: true,
        ..base(
            "authentication.k8s.io",
            "v1",
            "SelfSubjectReview",
            "selfsubjectreviews",
            "selfsubjectreview",
            false,
            typed::<authentication::SelfSubjectReview>(),
        )
    },
    ResourceDef {
        review: true,
        ..base(
            "authorization.k8s.io",
            "v1",
            "LocalSubjectAccessReview",
            "localsubjectaccessreviews",
            "localsubjectaccessreview",
            true,
            typed::<authorization::LocalSubjectAccessReview>(),
        )
    },
    ResourceDef {
        review: true,
        ..base(
            "authorization.k8s.io",
            "v1",
            "SelfSubjectAccessReview",
            "selfsubjectaccessreviews",
            "selfsubjectaccessreview",
            false,
            typed::<authorization::SelfSubjectAccessReview>(),
        )
    },
    ResourceDef {
        review: true,
        ..base(
            "authorization.k8s.io",
            "v1",
            "SelfSubjectRulesReview",
            "selfsubjectrulesreviews",
            "selfsubjectrulesreview",
            false,
            typed::<authorization::SelfSubjectRulesReview>(),
        )
    },
    ResourceDef {
        review: true,
        ..base(
            "authorization.k8s.io",
            "v1",
            "SubjectAccessReview",
            "subjectaccessreviews",
            "subjectaccessreview",
            false,
            typed::<authorization::SubjectAccessReview>(),
        )
    },
    // certificates.k8s.io/v1
    ResourceDef {
        short_names: &["csr"],
        subresources: &[Sub::Status, Sub::Approval],
        fields: &[("spec.signerName", "")],
        ..base(
            "certificates.k8s.io",
            "v1",
            "CertificateSigningRequest",
            "certificatesigningrequests",
            "certificatesigningrequest",
            false,
            typed::<certificates::CertificateSigningRequest>(),
        )
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_are_unique_per_group_version_and_storage_keys_unique() {
        let mut seen = std::collections::HashSet::new();
        let mut keys = std::collections::HashSet::new();
        for r in RESOURCES {
            assert!(
                seen.insert((r.group, r.version, r.plural)),
                "{} twice",
                r.plural
            );
            assert!(
                keys.insert(r.key_prefix()),
                "storage prefix {} twice",
                r.key_prefix()
            );
        }
    }
}
