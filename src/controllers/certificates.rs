//! The CSR controllers: `csr-approving` approves kubelet client certificate requests from
//! bootstrap identities (`system:bootstrap:<id>`, group `system:bootstrappers`) and a node's own
//! renewal requests (`system:node:<name>` asking for itself) — checked to be exactly a kubelet
//! client certificate (CN `system:node:<name>`, O `system:nodes`, client auth, no SANs);
//! `csr-signing` signs approved requests for the built-in signers with the cluster CA
//! (`--cluster-signing-cert-file` / `--cluster-signing-key-file`), for at most
//! `--cluster-signing-duration` (or the request's `expirationSeconds`, if shorter), and marks
//! requests it cannot honour `Failed`.

use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::certificates::v1::{
    CertificateSigningRequest, CertificateSigningRequestCondition,
};
use kube::api::{Api, PostParams};
use rcgen::{ExtendedKeyUsagePurpose, KeyUsagePurpose};
use serde_json::json;

use super::Context;
use super::runtime::{self, Action, Store, WorkQueue, Written};
use crate::pki::{CertAuthority, RequestedCert, read_request};

const KUBELET_CLIENT: &str = "kubernetes.io/kube-apiserver-client-kubelet";
const CLIENT: &str = "kubernetes.io/kube-apiserver-client";
const KUBELET_SERVING: &str = "kubernetes.io/kubelet-serving";
const LEGACY: &str = "kubernetes.io/legacy-unknown";

fn has_condition(csr: &CertificateSigningRequest, type_: &str) -> bool {
    csr.status
        .as_ref()
        .and_then(|s| s.conditions.as_ref())
        .is_some_and(|cs| cs.iter().any(|c| c.type_ == type_ && c.status == "True"))
}

fn request(csr: &CertificateSigningRequest) -> Result<(String, RequestedCert), String> {
    let pem = String::from_utf8(csr.spec.request.0.clone())
        .map_err(|_| "spec.request is not PEM text".to_owned())?;
    let parsed = read_request(&pem)?;
    Ok((pem, parsed))
}

/// Is this exactly a kubelet client certificate request?
fn kubelet_client_shape(
    csr: &CertificateSigningRequest,
    req: &RequestedCert,
) -> Result<(), String> {
    if !req.common_name.starts_with("system:node:") {
        return Err(format!(
            "the common name {:?} does not start with \"system:node:\"",
            req.common_name
        ));
    }
    if req.organizations != ["system:nodes"] {
        return Err(format!(
            "the organization {:?} is not [\"system:nodes\"]",
            req.organizations
        ));
    }
    if !req.dns_names.is_empty() || !req.ip_addresses.is_empty() || req.other_sans > 0 {
        return Err("a kubelet client certificate has no subject alternative names".into());
    }
    let usages = csr.spec.usages.clone().unwrap_or_default();
    let allowed = ["digital signature", "key encipherment", "client auth"];
    if !usages.iter().any(|u| u == "client auth")
        || usages.iter().any(|u| !allowed.contains(&u.as_str()))
    {
        return Err(format!(
            "usages {usages:?} are not those of a kubelet client certificate"
        ));
    }
    Ok(())
}

pub fn start_approving(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers
        .csrs
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let csrs = ctx.informers.csrs.store();
    let ctx = ctx.clone();
    async move {
        csrs.wait_synced().await;
        runtime::run_workers("csrapproving", queue, 2, move |key: String| {
            let (ctx, csrs) = (ctx.clone(), csrs.clone());
            async move { approve(&ctx, &csrs, &key).await }
        })
        .await
    }
    .boxed()
}

async fn approve(
    ctx: &Context,
    csrs: &Store<CertificateSigningRequest>,
    key: &str,
) -> runtime::Result<Action> {
    let Some(csr) = csrs.get(key) else {
        return Ok(Action::AwaitChange);
    };
    if csr.spec.signer_name != KUBELET_CLIENT
        || has_condition(&csr, "Approved")
        || has_condition(&csr, "Denied")
        || has_condition(&csr, "Failed")
    {
        return Ok(Action::AwaitChange);
    }
    let Ok((_, req)) = request(&csr) else {
        return Ok(Action::AwaitChange);
    };
    if kubelet_client_shape(&csr, &req).is_err() {
        return Ok(Action::AwaitChange);
    }
    let user = csr.spec.username.clone().unwrap_or_default();
    let groups = csr.spec.groups.clone().unwrap_or_default();
    let bootstrap =
        user.starts_with("system:bootstrap:") || groups.iter().any(|g| g == "system:bootstrappers");
    let self_renewal = user == req.common_name && groups.iter().any(|g| g == "system:nodes");
    if !bootstrap && !self_renewal {
        return Ok(Action::AwaitChange);
    }
    // As kube-controller-manager's approver: the requester must be allowed to ask, by RBAC
    // (kubeadm binds `nodeclient` to its bootstrap tokens' group and `selfnodeclient` to
    // system:nodes).
    let subresource = if self_renewal {
        "selfnodeclient"
    } else {
        "nodeclient"
    };
    if !requester_may(&ctx.client, &csr, subresource).await? {
        return Ok(Action::AwaitChange);
    }
    let mut approved = (*csr).clone();
    let status = approved.status.get_or_insert_default();
    status
        .conditions
        .get_or_insert_default()
        .push(CertificateSigningRequestCondition {
            type_: "Approved".into(),
            status: "True".into(),
            reason: Some("AutoApproved".into()),
            message: Some(
                "Auto approving kubelet client certificate after SubjectAccessReview.".into(),
            ),
            last_update_time: serde_json::from_value(json!(crate::apiserver::meta::now_rfc3339()))
                .ok(),
            ..Default::default()
        });
    let api: Api<CertificateSigningRequest> = Api::all(ctx.client.clone());
    let name = csr.metadata.name.clone().unwrap_or_default();
    runtime::ignore_not_found(
        api.replace_subresource("approval", &name, &PostParams::default(), &approved)
            .await,
    )?;
    tracing::info!(csr = %name, user = %user, "approved kubelet client certificate request");
    Ok(Action::AwaitChange)
}

pub fn start_signing(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers
        .csrs
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let csrs = ctx.informers.csrs.store();
    let ctx = ctx.clone();
    async move {
        let settings = &ctx.settings;
        let (Some(cert), Some(key)) = (&settings.cluster_signing_cert_file, &settings.cluster_signing_key_file) else {
            tracing::warn!("csrsigning: no --cluster-signing-cert-file/--cluster-signing-key-file; certificate requests are not signed");
            return;
        };
        let ca = match CertAuthority::load(cert, key) {
            Ok(ca) => Arc::new(ca),
            Err(e) => {
                tracing::warn!(error = %e, "csrsigning: cannot load the signing CA; certificate requests are not signed");
                return;
            }
        };
        csrs.wait_synced().await;
        let written = Arc::new(Written::default());
        runtime::run_workers("csrsigning", queue, 2, move |key: String| {
            let (ctx, csrs, ca, written) = (ctx.clone(), csrs.clone(), ca.clone(), written.clone());
            async move { sign(&ctx, &csrs, &ca, &written, &key).await }
        })
        .await
    }
    .boxed()
}

async fn sign(
    ctx: &Context,
    csrs: &Store<CertificateSigningRequest>,
    ca: &CertAuthority,
    written: &Written,
    key: &str,
) -> runtime::Result<Action> {
    let Some(csr) = csrs.get(key) else {
        return Ok(Action::AwaitChange);
    };
    let signer = csr.spec.signer_name.as_str();
    let ours = [KUBELET_CLIENT, CLIENT, KUBELET_SERVING, LEGACY].contains(&signer);
    let issued = csr
        .status
        .as_ref()
        .and_then(|s| s.certificate.as_ref())
        .is_some_and(|c| !c.0.is_empty());
    if !ours
        || issued
        || written.is_stale(csr.as_ref())
        || !has_condition(&csr, "Approved")
        || has_condition(&csr, "Denied")
        || has_condition(&csr, "Failed")
    {
        return Ok(Action::AwaitChange);
    }
    let api: Api<CertificateSigningRequest> = Api::all(ctx.client.clone());
    let name = csr.metadata.name.clone().unwrap_or_default();
    let outcome = request(&csr).and_then(|(pem, req)| {
        let usages = csr.spec.usages.clone().unwrap_or_default();
        match signer {
            KUBELET_CLIENT => kubelet_client_shape(&csr, &req)?,
            KUBELET_SERVING => {
                if !req.common_name.starts_with("system:node:") || req.organizations != ["system:nodes"] {
                    return Err("a kubelet serving certificate is for CN system:node:<name>, O system:nodes".into());
                }
                if !usages.iter().any(|u| u == "server auth") {
                    return Err("a kubelet serving certificate needs the server auth usage".into());
                }
            }
            LEGACY => return Err("the legacy-unknown signer is not honoured (as on Kubernetes 1.22+)".into()),
            _ => {
                if !usages.iter().any(|u| u == "client auth") {
                    return Err("a kube-apiserver client certificate needs the client auth usage".into());
                }
            }
        }
        let mut key_usages = Vec::new();
        let mut extended = Vec::new();
        for usage in &usages {
            match usage.as_str() {
                "digital signature" => key_usages.push(KeyUsagePurpose::DigitalSignature),
                "key encipherment" => key_usages.push(KeyUsagePurpose::KeyEncipherment),
                "client auth" => extended.push(ExtendedKeyUsagePurpose::ClientAuth),
                "server auth" => extended.push(ExtendedKeyUsagePurpose::ServerAuth),
                other => return Err(format!("usage {other:?} is not allowed for signer {signer}")),
            }
        }
        let mut validity = ctx.settings.cluster_signing_duration;
        if let Some(secs) = csr.spec.expiration_seconds {
            // Kubernetes' floor for a requested duration is 10 minutes.
            validity = validity.min(Duration::from_secs(secs.max(600) as u64));
        }
        ca.sign_request(&pem, key_usages, extended, validity)
    });
    let mut updated = (*csr).clone();
    let status = updated.status.get_or_insert_default();
    match outcome {
        Ok(cert) => status.certificate = Some(k8s_openapi::ByteString(cert.into_bytes())),
        Err(message) => {
            status
                .conditions
                .get_or_insert_default()
                .push(CertificateSigningRequestCondition {
                    type_: "Failed".into(),
                    status: "True".into(),
                    reason: Some("SignerValidationFailure".into()),
                    message: Some(message),
                    last_update_time: serde_json::from_value(json!(
                        crate::apiserver::meta::now_rfc3339()
                    ))
                    .ok(),
                    ..Default::default()
                });
        }
    }
    if let Some(done) = runtime::ignore_not_found(
        api.replace_status(&name, &PostParams::default(), &updated)
            .await,
    )? {
        written.record(&done);
    }
    Ok(Action::AwaitChange)
}

/// A SubjectAccessReview: may the CSR's requester `create certificatesigningrequests/<sub>`?
async fn requester_may(
    client: &kube::Client,
    csr: &CertificateSigningRequest,
    subresource: &str,
) -> runtime::Result<bool> {
    use k8s_openapi::api::authorization::v1::SubjectAccessReview;
    let review: SubjectAccessReview = serde_json::from_value(json!({
        "spec": {
            "user": csr.spec.username,
            "groups": csr.spec.groups,
            "uid": csr.spec.uid,
            "extra": csr.spec.extra,
            "resourceAttributes": {
                "group": "certificates.k8s.io",
                "resource": "certificatesigningrequests",
                "subresource": subresource,
                "verb": "create",
            },
        },
    }))
    .map_err(|e| runtime::ReconcileError::Invalid(e.to_string()))?;
    let api: Api<SubjectAccessReview> = Api::all(client.clone());
    let answer = api.create(&PostParams::default(), &review).await?;
    Ok(answer.status.is_some_and(|s| s.allowed))
}
