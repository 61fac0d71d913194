//! `control-plane-prepare/download-certs`: the shared CA and service-account keys from
//! `kube-system/kubeadm-certs`, decrypted with `--certificate-key`. Without the key, the
//! user must have copied them by hand (kubeadm's other way), which is checked here.

use super::JoinData;
use crate::discovery::shared_certs;
use crate::phases::{Failed, NodeSetup};
use crate::workflow::{PhaseContext, PhaseFuture};

pub fn run<'a>(d: &'a mut JoinData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if !d.runs_control_plane() {
            return Ok(());
        }
        let key = d.opts.certificate_key.clone();
        let client = d.bootstrap_client().await?;
        let paths = d.node().await?.paths.clone();
        let Some(key) = key else {
            let missing = shared_certs::missing_files(&paths);
            if !missing.is_empty() {
                let list: Vec<String> = missing.iter().map(|p| p.display().to_string()).collect();
                return Err(Failed(format!(
                    "no --certificate-key was given and the files every master shares are missing ({}): pass the certificate key printed by `kubeforge init --upload-certs` (or `kubeforge init phase upload-certs --upload-certs`), or copy them from a master first",
                    list.join(", ")
                ))
                .into());
            }
            cx.log("Using the shared certificates already present (no --certificate-key)");
            return Ok(());
        };
        let key = shared_certs::parse_key(&key)?;
        cx.log(format!(
            "Downloading the certificates in Secret {:?} in the \"kube-system\" Namespace",
            shared_certs::SECRET_NAME
        ));
        let n = shared_certs::download(&client, &paths, &key).await?;
        cx.log(format!(
            "Wrote {n} shared files under {}",
            paths.kubernetes_dir().display()
        ));
        Ok(())
    })
}
