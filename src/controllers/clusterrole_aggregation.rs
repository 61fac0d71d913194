//! The clusterrole-aggregation controller: a ClusterRole with an `aggregationRule` gets, as its
//! rules, the rules of every ClusterRole its selectors match (in name order, without repeats).
//! This is how `admin`, `edit` and `view` pick up the permissions of roles labelled
//! `rbac.authorization.k8s.io/aggregate-to-<role>: "true"`, including CRDs' roles.

use std::sync::Arc;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::rbac::v1::{ClusterRole, PolicyRule};
use kube::api::{Api, PostParams};

use super::Context;
use super::runtime::{self, Action, WorkQueue};

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let roles = ctx.informers.cluster_roles.store();
    {
        // Any role's change may change what an aggregated role should hold.
        let (q, roles) = (queue.clone(), roles.clone());
        ctx.informers.cluster_roles.on_change(move |_| {
            for r in roles.list() {
                if r.aggregation_rule.is_some() {
                    q.add(runtime::key_of(&*r));
                }
            }
        });
    }
    let ctx = ctx.clone();
    async move {
        roles.wait_synced().await;
        for r in roles.list() {
            if r.aggregation_rule.is_some() {
                queue.add(runtime::key_of(&*r));
            }
        }
        runtime::run_workers("clusterrole-aggregation", queue, 1, move |name: String| {
            let (ctx, roles) = (ctx.clone(), roles.clone());
            async move {
                let Some(role) = roles.get(&name) else {
                    return Ok(Action::AwaitChange);
                };
                let Some(rule) = &role.aggregation_rule else {
                    return Ok(Action::AwaitChange);
                };
                let selectors = rule.cluster_role_selectors.clone().unwrap_or_default();
                let mut sources: Vec<Arc<ClusterRole>> = roles
                    .list()
                    .into_iter()
                    .filter(|r| r.metadata.name != role.metadata.name)
                    .filter(|r| {
                        let labels = r.metadata.labels.clone().unwrap_or_default();
                        selectors
                            .iter()
                            .any(|s| crate::label_selector::matches(s, &labels))
                    })
                    .collect();
                sources.sort_by(|a, b| a.metadata.name.cmp(&b.metadata.name));
                let mut rules: Vec<PolicyRule> = Vec::new();
                for r in sources {
                    for rule in r.rules.iter().flatten() {
                        if !rules.contains(rule) {
                            rules.push(rule.clone());
                        }
                    }
                }
                if role.rules.as_deref().unwrap_or_default() == rules.as_slice() {
                    return Ok(Action::AwaitChange);
                }
                let mut updated = (*role).clone();
                updated.rules = Some(rules);
                let api: Api<ClusterRole> = Api::all(ctx.client.clone());
                match api.replace(&name, &PostParams::default(), &updated).await {
                    Ok(_) => Ok(Action::AwaitChange),
                    Err(kube::Error::Api(e)) if e.code == 404 => Ok(Action::AwaitChange),
                    Err(e) => Err(e.into()),
                }
            }
        })
        .await
    }
    .boxed()
}
