//! The serviceaccount-token controller: a Secret of type `kubernetes.io/service-account-token`
//! annotated with `kubernetes.io/service-account.name` gets a legacy (non-expiring) token for
//! that ServiceAccount — a JWT signed with `--service-account-private-key-file` — plus the
//! cluster CA and the namespace; a token Secret whose ServiceAccount is gone is deleted.

use std::collections::BTreeMap;
use std::sync::Arc;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::ByteString;
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, DeleteParams, PostParams, Preconditions};
use serde_json::json;

use super::Context;
use super::runtime::{self, Action, Change, WorkQueue};
use crate::pki::jwt::TokenSigner;

pub const TOKEN_TYPE: &str = "kubernetes.io/service-account-token";
const NAME_ANNOTATION: &str = "kubernetes.io/service-account.name";
const UID_ANNOTATION: &str = "kubernetes.io/service-account.uid";

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers
        .token_secrets
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    // A ServiceAccount that goes takes its token Secrets with it.
    let (q, secrets) = (queue.clone(), ctx.informers.token_secrets.store());
    ctx.informers.service_accounts.on_change(move |c| {
        if let Change::Deleted(sa) = c {
            let ns = sa.metadata.namespace.clone().unwrap_or_default();
            for secret in secrets.in_namespace(&ns) {
                let names = secret
                    .metadata
                    .annotations
                    .as_ref()
                    .and_then(|a| a.get(NAME_ANNOTATION));
                if names == sa.metadata.name.as_ref() {
                    q.add(runtime::key_of(secret.as_ref()));
                }
            }
        }
    });
    let secrets = ctx.informers.token_secrets.store();
    let accounts = ctx.informers.service_accounts.store();
    let ctx = ctx.clone();
    async move {
        let Some(path) = ctx.settings.service_account_private_key_file.clone() else {
            tracing::warn!("serviceaccount-token: no --service-account-private-key-file; token Secrets are not filled");
            return;
        };
        let signer = match TokenSigner::load(&path) {
            Ok(s) => Arc::new(s),
            Err(e) => {
                tracing::warn!(error = %e, "serviceaccount-token: cannot load the signing key; token Secrets are not filled");
                return;
            }
        };
        secrets.wait_synced().await;
        accounts.wait_synced().await;
        runtime::run_workers("serviceaccount-token", queue, 2, move |key: String| {
            let (ctx, secrets, accounts, signer) = (ctx.clone(), secrets.clone(), accounts.clone(), signer.clone());
            async move {
                let Some(secret) = secrets.get(&key) else {
                    return Ok(Action::AwaitChange);
                };
                let (ns, name) = runtime::split_key(&key);
                let annotations = secret.metadata.annotations.clone().unwrap_or_default();
                let Some(sa_name) = annotations.get(NAME_ANNOTATION) else {
                    return Ok(Action::AwaitChange);
                };
                let api: Api<Secret> = Api::namespaced(ctx.client.clone(), ns);
                let sa = accounts.get(&format!("{ns}/{sa_name}"));
                let sa_uid = sa.as_ref().and_then(|s| s.metadata.uid.clone());
                let wrong_uid = annotations
                    .get(UID_ANNOTATION)
                    .is_some_and(|u| Some(u) != sa_uid.as_ref());
                if sa.is_none() || wrong_uid {
                    // Its ServiceAccount is gone (or is another one by the same name).
                    let params = DeleteParams {
                        preconditions: Some(Preconditions { uid: secret.metadata.uid.clone(), resource_version: None }),
                        ..Default::default()
                    };
                    match api.delete(name, &params).await {
                        Ok(_) | Err(kube::Error::Api(_)) => {}
                        Err(e) => return Err(e.into()),
                    }
                    return Ok(Action::AwaitChange);
                }
                let data = secret.data.clone().unwrap_or_default();
                if data.get("token").is_some_and(|t| !t.0.is_empty()) {
                    return Ok(Action::AwaitChange);
                }
                let claims = json!({
                    "iss": "kubernetes/serviceaccount",
                    "kubernetes.io/serviceaccount/namespace": ns,
                    "kubernetes.io/serviceaccount/secret.name": name,
                    "kubernetes.io/serviceaccount/service-account.name": sa_name,
                    "kubernetes.io/serviceaccount/service-account.uid": sa_uid,
                    "sub": format!("system:serviceaccount:{ns}:{sa_name}"),
                });
                let token = signer
                    .sign(&claims)
                    .map_err(|e| runtime::ReconcileError::Invalid(e.to_string()))?;
                let mut filled = (*secret).clone();
                let mut data: BTreeMap<String, ByteString> = data;
                data.insert("token".into(), ByteString(token.into_bytes()));
                data.insert("ca.crt".into(), ByteString(ctx.root_ca.clone().into_bytes()));
                data.insert("namespace".into(), ByteString(ns.as_bytes().to_vec()));
                filled.data = Some(data);
                filled
                    .metadata
                    .annotations
                    .get_or_insert_default()
                    .insert(UID_ANNOTATION.into(), sa_uid.unwrap_or_default());
                runtime::ignore_not_found(api.replace(name, &PostParams::default(), &filled).await)?;
                Ok(Action::AwaitChange)
            }
        })
        .await
    }
    .boxed()
}
