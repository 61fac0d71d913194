//! A Deployment's status from its ReplicaSets, and its two conditions: Available (at least
//! replicas − maxUnavailable pods available) and Progressing (new ReplicaSet created, rolling,
//! done, paused, or timed out after progressDeadlineSeconds) — the fields `kubectl rollout
//! status` and `kubectl wait` read.

use std::time::Duration;

use k8s_openapi::api::apps::v1::{Deployment, DeploymentCondition};
use kube::api::{Api, Patch, PatchParams};
use serde_json::json;

use super::{Controller, Plan, Progress, name_of, replicas_of};
use crate::controllers::runtime::{self, Action};

struct Counts {
    replicas: i32,
    updated: i32,
    ready: i32,
    available: i32,
    unavailable: i32,
}

fn counts(plan: &Plan) -> Counts {
    let all = plan.olds.iter().chain(plan.new.iter());
    let (mut replicas, mut ready, mut available, mut spec_total) = (0, 0, 0, 0);
    for rs in all {
        let s = rs.status.clone().unwrap_or_default();
        replicas += s.replicas;
        ready += s.ready_replicas.unwrap_or(0);
        available += s.available_replicas.unwrap_or(0);
        spec_total += replicas_of(rs);
    }
    let updated = plan
        .new
        .as_ref()
        .and_then(|rs| rs.status.as_ref())
        .map_or(0, |s| s.replicas);
    Counts {
        replicas,
        updated,
        ready,
        available,
        unavailable: (spec_total - available).max(0),
    }
}

/// Every pod updated, available, and no old pod left.
pub(super) fn complete(plan: &Plan) -> bool {
    let c = counts(plan);
    c.updated == plan.replicas && c.replicas == plan.replicas && c.available == plan.replicas
}

fn condition(type_: &str, status: &str, reason: &str, message: String) -> DeploymentCondition {
    DeploymentCondition {
        type_: type_.into(),
        status: status.into(),
        reason: Some(reason.into()),
        message: Some(message),
        ..Default::default()
    }
}

/// Carries the timestamps over from `old` when nothing about the condition changed.
fn stamp(
    mut new: DeploymentCondition,
    old: Option<&DeploymentCondition>,
    now: &str,
) -> DeploymentCondition {
    use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
    let now_time: Option<Time> = serde_json::from_value(json!(now)).ok();
    match old {
        Some(o) if o.status == new.status && o.reason == new.reason && o.message == new.message => {
            new.last_transition_time = o.last_transition_time.clone();
            new.last_update_time = o.last_update_time.clone();
        }
        Some(o) if o.status == new.status => {
            new.last_transition_time = o.last_transition_time.clone();
            new.last_update_time = now_time;
        }
        _ => {
            new.last_transition_time = now_time.clone();
            new.last_update_time = now_time;
        }
    }
    new
}

pub(super) async fn update(
    controller: &Controller,
    plan: &Plan,
    progress: Progress,
) -> runtime::Result<Action> {
    let d = &plan.deployment;
    let old = d.status.clone().unwrap_or_default();
    let c = counts(plan);
    let now = crate::apiserver::meta::now_rfc3339();
    let old_conditions = old.conditions.clone().unwrap_or_default();
    let find = |t: &str| old_conditions.iter().find(|c| c.type_ == t);
    let spec = d.spec.clone().unwrap_or_default();
    let rs_label = plan
        .new
        .as_ref()
        .map(|rs| name_of(rs).to_owned())
        .unwrap_or_default();

    let available = if c.available >= plan.replicas - plan.unavailable {
        condition(
            "Available",
            "True",
            "MinimumReplicasAvailable",
            "Deployment has minimum availability.".into(),
        )
    } else {
        condition(
            "Available",
            "False",
            "MinimumReplicasUnavailable",
            "Deployment does not have minimum availability.".into(),
        )
    };
    let previous = find("Progressing");
    let moved = c.updated != old.updated_replicas.unwrap_or(0)
        || c.available != old.available_replicas.unwrap_or(0)
        || c.ready != old.ready_replicas.unwrap_or(0)
        || c.replicas != old.replicas.unwrap_or(0)
        || progress == Progress::Scaled;
    let deadline = spec.progress_deadline_seconds.unwrap_or(600);
    let mut requeue = Action::AwaitChange;
    let progressing = if spec.paused == Some(true) {
        condition(
            "Progressing",
            "Unknown",
            "DeploymentPaused",
            "Deployment is paused".into(),
        )
    } else if previous.and_then(|p| p.reason.as_deref()) == Some("DeploymentPaused") {
        condition(
            "Progressing",
            "True",
            "DeploymentResumed",
            "Deployment is resumed".into(),
        )
    } else if let Progress::Created(name) = &progress {
        condition(
            "Progressing",
            "True",
            "NewReplicaSetCreated",
            format!("Created new replica set {name:?}"),
        )
    } else if complete(plan) {
        condition(
            "Progressing",
            "True",
            "NewReplicaSetAvailable",
            format!("ReplicaSet {rs_label:?} has successfully progressed."),
        )
    } else if moved || previous.is_none() {
        condition(
            "Progressing",
            "True",
            "ReplicaSetUpdated",
            format!("ReplicaSet {rs_label:?} is progressing."),
        )
    } else {
        let since = previous
            .and_then(|p| p.last_update_time.as_ref())
            .map_or(0, |t| t.0.as_second());
        let left = i64::from(deadline) - (super::super::pod_control::now() - since);
        if left <= 0 {
            condition(
                "Progressing",
                "False",
                "ProgressDeadlineExceeded",
                format!("ReplicaSet {rs_label:?} has timed out progressing."),
            )
        } else {
            requeue = Action::RequeueAfter(Duration::from_secs(left as u64 + 1));
            previous.cloned().expect("checked above")
        }
    };
    if matches!(requeue, Action::AwaitChange)
        && progressing.reason.as_deref() != Some("NewReplicaSetAvailable")
        && progressing.reason.as_deref() != Some("ProgressDeadlineExceeded")
        && spec.paused != Some(true)
    {
        requeue = Action::RequeueAfter(Duration::from_secs(u64::from(deadline.max(0) as u32) + 1));
    }
    let conditions = vec![
        stamp(available, find("Available"), &now),
        stamp(progressing, previous, &now),
    ];
    let status = json!({
        "observedGeneration": d.metadata.generation.unwrap_or(0),
        "replicas": c.replicas,
        "updatedReplicas": c.updated,
        "readyReplicas": c.ready,
        "availableReplicas": c.available,
        "unavailableReplicas": c.unavailable,
        "conditions": conditions,
        "collisionCount": old.collision_count,
    });
    let mut before = serde_json::to_value(&old).unwrap_or_default();
    let mut after = status.clone();
    for v in [&mut before, &mut after] {
        if let Some(m) = v.as_object_mut() {
            m.retain(|_, x| !x.is_null() && *x != json!(0));
        }
    }
    if before != after {
        let api: Api<Deployment> = Api::namespaced(
            controller.ctx.client.clone(),
            d.metadata.namespace.as_deref().unwrap_or_default(),
        );
        runtime::ignore_not_found(
            api.patch_status(
                d.metadata.name.as_deref().unwrap_or_default(),
                &PatchParams::default(),
                &Patch::Merge(json!({"status": status})),
            )
            .await,
        )?;
    }
    Ok(requeue)
}
