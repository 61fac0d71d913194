//! The root-ca-cert-publisher: every namespace has a `kube-root-ca.crt` ConfigMap holding the
//! cluster's CA bundle, so that pods can verify the API server (projected service-account
//! volumes mount it). Edits and deletions are undone.

use std::collections::BTreeMap;
use std::sync::Arc;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, ObjectMeta, PostParams};

use super::Context;
use super::runtime::{self, Action, Change, WorkQueue};
use super::serviceaccount::terminating;

pub const CONFIGMAP: &str = "kube-root-ca.crt";
const DESCRIPTION: &str = "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.";

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers.namespaces.on_change(move |c| {
        if let Change::Applied { new, .. } = c {
            q.add(runtime::key_of(*new));
        }
    });
    let q = queue.clone();
    ctx.informers.root_ca_configmaps.on_change(move |c| {
        q.add(c.object().metadata.namespace.clone().unwrap_or_default());
    });
    let namespaces = ctx.informers.namespaces.store();
    let configmaps = ctx.informers.root_ca_configmaps.store();
    let ctx = ctx.clone();
    async move {
        namespaces.wait_synced().await;
        configmaps.wait_synced().await;
        runtime::run_workers("root-ca-cert-publisher", queue, 2, move |ns: String| {
            let (ctx, namespaces, configmaps) =
                (ctx.clone(), namespaces.clone(), configmaps.clone());
            async move {
                let Some(namespace) = namespaces.get(&ns) else {
                    return Ok(Action::AwaitChange);
                };
                if terminating(&namespace) {
                    return Ok(Action::AwaitChange);
                }
                let data = BTreeMap::from([("ca.crt".to_owned(), ctx.root_ca.clone())]);
                let annotations =
                    BTreeMap::from([("kubernetes.io/description".to_owned(), DESCRIPTION.into())]);
                let api: Api<ConfigMap> = Api::namespaced(ctx.client.clone(), &ns);
                let result = match configmaps.get(&format!("{ns}/{CONFIGMAP}")) {
                    Some(cm) if cm.data.as_ref() == Some(&data) => return Ok(Action::AwaitChange),
                    Some(cm) => {
                        let mut cm = (*cm).clone();
                        cm.data = Some(data);
                        cm.metadata
                            .annotations
                            .get_or_insert_default()
                            .extend(annotations);
                        api.replace(CONFIGMAP, &PostParams::default(), &cm).await
                    }
                    None => {
                        let cm = ConfigMap {
                            metadata: ObjectMeta {
                                name: Some(CONFIGMAP.into()),
                                namespace: Some(ns.clone()),
                                annotations: Some(annotations),
                                ..Default::default()
                            },
                            data: Some(data),
                            ..Default::default()
                        };
                        api.create(&PostParams::default(), &cm).await
                    }
                };
                match result {
                    Ok(_) => Ok(Action::AwaitChange),
                    Err(kube::Error::Api(e)) if e.code == 403 || e.code == 404 => {
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
