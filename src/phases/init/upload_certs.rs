//! `upload-certs` (with `--upload-certs`): the shared CA and service-account keys, encrypted
//! with a certificate key, into `kube-system/kubeadm-certs` for `join --control-plane`.

use super::InitData;
use crate::config::bootstrap_token::DEFAULT_GROUP;
use crate::discovery::shared_certs;
use crate::phases::rbac;
use crate::workflow::{PhaseContext, PhaseFuture};

const ROLE: &str = "kubeadm:kubeadm-certs";

pub fn run<'a>(d: &'a mut InitData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if !d.upload_certs {
            cx.log("Skipping phase. Please see --upload-certs");
            return Ok(());
        }
        let key_hex = match &d.certificate_key {
            Some(k) => k.clone(),
            None => shared_certs::generate_key(),
        };
        let key = shared_certs::parse_key(&key_hex)?;
        if d.dry_run {
            cx.log(format!(
                "Would store the encrypted certificates in the Secret kube-system/{}",
                shared_certs::SECRET_NAME
            ));
            return Ok(());
        }
        cx.log(format!(
            "Storing the certificates in Secret {:?} in the \"kube-system\" Namespace",
            shared_certs::SECRET_NAME
        ));
        let client = d.client().await?;
        upload(&client, &d.paths, &key).await?;
        cx.log("Using certificate key:");
        cx.progress.println(&key_hex);
        d.certificate_key = Some(key_hex);
        Ok(())
    })
}

/// Uploads the shared certificates under `key`, with the Role that lets bootstrappers read them.
pub(crate) async fn upload(
    client: &kube::Client,
    paths: &crate::config::Paths,
    key: &[u8; shared_certs::KEY_LEN],
) -> Result<(), crate::workflow::PhaseError> {
    shared_certs::upload(client, paths, key).await?;
    let rule = rbac::rule(&["get"], "", "secrets", &[shared_certs::SECRET_NAME]);
    crate::phases::apply(client, &rbac::role("kube-system", ROLE, vec![rule])).await?;
    crate::phases::apply(
        client,
        &rbac::role_binding("kube-system", ROLE, ROLE, vec![rbac::group(DEFAULT_GROUP)]),
    )
    .await?;
    Ok(())
}
