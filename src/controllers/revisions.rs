//! ControllerRevisions for StatefulSets and DaemonSets: one per distinct pod template, named
//! `<owner>-<hash>`, numbered in `revision`; returning to an older template makes its revision
//! the newest again (so `kubectl rollout history/undo` work as on Kubernetes).

use std::collections::BTreeMap;

use k8s_openapi::api::apps::v1::ControllerRevision;
use k8s_openapi::api::core::v1::PodTemplateSpec;
use k8s_openapi::apimachinery::pkg::runtime::RawExtension;
use kube::Resource;
use kube::api::{Api, ObjectMeta, Patch, PatchParams, PostParams};
use serde_json::json;

use super::pod_control::{controller_ref, template_hash};
use super::runtime::{self, Store};

pub const HASH_LABEL: &str = "controller-revision-hash";

/// The revision for `template`: (its name, i.e. the pods' `controller-revision-hash` label).
pub async fn ensure<K>(
    client: &kube::Client,
    revisions: &Store<ControllerRevision>,
    owner: &K,
    template: &PodTemplateSpec,
    collision_count: Option<i32>,
) -> runtime::Result<String>
where
    K: Resource<DynamicType = ()>,
{
    let meta = owner.meta();
    let ns = meta.namespace.clone().unwrap_or_default();
    // A collision count of 0 is no collision: the hash must not change when the status
    // first reports it.
    let hash = template_hash(
        &serde_json::to_vec(template).unwrap_or_default(),
        collision_count.filter(|c| *c != 0),
    );
    let name = format!("{}-{hash}", meta.name.as_deref().unwrap_or_default());
    let owned = revisions.controlled_by(meta.uid.as_deref().unwrap_or_default());
    let newest = owned.iter().map(|r| r.revision).max().unwrap_or(0);
    let api: Api<ControllerRevision> = Api::namespaced(client.clone(), &ns);
    if let Some(existing) = owned
        .iter()
        .find(|r| r.metadata.name.as_deref() == Some(&name))
    {
        if existing.revision < newest {
            let patch = json!({"revision": newest + 1});
            api.patch(&name, &PatchParams::default(), &Patch::Merge(patch))
                .await?;
        }
        return Ok(name);
    }
    let mut labels: BTreeMap<String, String> = template
        .metadata
        .as_ref()
        .and_then(|m| m.labels.clone())
        .unwrap_or_default();
    labels.insert(HASH_LABEL.into(), name.clone());
    let mut data = json!({"spec": {"template": template}});
    data["spec"]["template"]["$patch"] = json!("replace");
    let revision = ControllerRevision {
        metadata: ObjectMeta {
            name: Some(name.clone()),
            namespace: Some(ns),
            labels: Some(labels),
            owner_references: Some(vec![controller_ref(owner)]),
            ..Default::default()
        },
        data: Some(RawExtension(data)),
        revision: newest + 1,
    };
    match api.create(&PostParams::default(), &revision).await {
        Ok(_) => Ok(name),
        Err(kube::Error::Api(e)) if e.code == 409 => Ok(name),
        Err(e) => Err(e.into()),
    }
}

/// The pod template a revision recorded.
pub fn template_of(revision: &ControllerRevision) -> Option<PodTemplateSpec> {
    let mut template = revision
        .data
        .as_ref()?
        .0
        .get("spec")?
        .get("template")?
        .clone();
    if let Some(m) = template.as_object_mut() {
        m.remove("$patch");
    }
    serde_json::from_value(template).ok()
}
