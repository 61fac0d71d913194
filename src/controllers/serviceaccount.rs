//! The serviceaccount controller: every namespace that is not being deleted has a `default`
//! ServiceAccount (recreated if someone deletes it).

use std::sync::Arc;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::{Namespace, ServiceAccount};
use kube::api::{Api, PostParams};

use super::Context;
use super::runtime::{self, Action, Change, WorkQueue};

const NAME: &str = "default";

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers.namespaces.on_change(move |c| {
        if let Change::Applied { new, .. } = c {
            q.add(runtime::key_of(*new));
        }
    });
    let q = queue.clone();
    ctx.informers.service_accounts.on_change(move |c| {
        if let Change::Deleted(sa) = c
            && sa.metadata.name.as_deref() == Some(NAME)
        {
            q.add(sa.metadata.namespace.clone().unwrap_or_default());
        }
    });
    let namespaces = ctx.informers.namespaces.store();
    let accounts = ctx.informers.service_accounts.store();
    let ctx = ctx.clone();
    async move {
        namespaces.wait_synced().await;
        accounts.wait_synced().await;
        runtime::run_workers("serviceaccount", queue, 2, move |ns: String| {
            let (ctx, namespaces, accounts) = (ctx.clone(), namespaces.clone(), accounts.clone());
            async move {
                let Some(namespace) = namespaces.get(&ns) else {
                    return Ok(Action::AwaitChange);
                };
                if terminating(&namespace) || accounts.get(&format!("{ns}/{NAME}")).is_some() {
                    return Ok(Action::AwaitChange);
                }
                let sa = ServiceAccount {
                    metadata: kube::api::ObjectMeta {
                        name: Some(NAME.into()),
                        namespace: Some(ns.clone()),
                        ..Default::default()
                    },
                    ..Default::default()
                };
                let api: Api<ServiceAccount> = Api::namespaced(ctx.client.clone(), &ns);
                match api.create(&PostParams::default(), &sa).await {
                    Ok(_) => Ok(Action::AwaitChange),
                    // Already there (our cache lags) or the namespace is going away.
                    Err(kube::Error::Api(e)) if e.code == 409 || e.code == 403 => {
                        Ok(Action::AwaitChange)
                    }
                    Err(e) => Err(e.into()),
                }
            }
        })
        .await
    }
    .boxed()
}

pub fn terminating(ns: &Namespace) -> bool {
    ns.metadata.deletion_timestamp.is_some()
        || ns.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Terminating")
}
