//! `show-join-command`: how to use the cluster, and the commands that add masters and workers.

use super::InitData;
use crate::config::paths;
use crate::phases::Failed;
use crate::pki::{pin, table};
use crate::workflow::{PhaseContext, PhaseFuture};

/// `kubeforge join …`, with `--control-plane [--certificate-key K]` for a master.
pub fn join_command(
    endpoint: &str,
    token: &str,
    ca_hash: &str,
    control_plane: Option<Option<&str>>,
) -> String {
    let mut cmd = format!(
        "kubeforge join {endpoint} --token {token} \\\n\t--discovery-token-ca-cert-hash {ca_hash}"
    );
    match control_plane {
        Some(Some(key)) => cmd.push_str(&format!(" \\\n\t--control-plane --certificate-key {key}")),
        Some(None) => cmd.push_str(" \\\n\t--control-plane"),
        None => {}
    }
    cmd
}

/// The `sha256:` pin of the cluster CA under `pki_dir`.
pub fn ca_hash(pki_dir: &std::path::Path) -> Result<String, Failed> {
    let ca = table::spec("ca").expect("the table has a ca row");
    let ca_path = ca.cert_path(pki_dir);
    let ca_pem = std::fs::read_to_string(&ca_path)
        .map_err(|e| Failed(format!("cannot read {}: {e}", ca_path.display())))?;
    pin::ca_cert_hash(&ca_pem)
        .ok_or_else(|| Failed(format!("{} is not a valid certificate", ca_path.display())))
}

pub fn run<'a>(d: &'a mut InitData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        let hash = ca_hash(d.paths.pki_dir())?;
        let token = d
            .cfg
            .bootstrap_tokens
            .first()
            .map(|t| t.token())
            .ok_or_else(|| Failed("no bootstrap token is configured".into()))?;
        let admin = d.target_paths().kubeconfig(paths::ADMIN_CONF);
        let heading = if d.dry_run {
            "Dry run complete: nothing was written outside the temporary directory above."
        } else {
            "Your Kubernetes control-plane has initialized successfully!"
        };
        let endpoint = d.cfg.api_endpoint().to_string();
        let p = cx.progress;
        p.println("");
        p.println(heading);
        p.println("");
        p.println("To start using your cluster, run:");
        p.println("");
        p.println(&format!("  export KUBECONFIG={}", admin.display()));
        p.println("  kubectl get nodes");
        p.println("");
        p.println("You can now join any number of control-plane nodes by running the following on each as root:");
        p.println("");
        let key = d.certificate_key.as_deref();
        p.println(&format!(
            "  {}",
            join_command(&endpoint, &token, &hash, Some(key))
        ));
        p.println("");
        if key.is_some() {
            p.println("Please note that the certificate-key gives access to cluster sensitive data, keep it secret!");
            p.println("As a safeguard, uploaded-certs will be deleted in two hours; if necessary, you can use");
            p.println(
                "\"kubeforge init phase upload-certs --upload-certs\" to reload certs afterward.",
            );
        } else {
            p.println("The certificates were not uploaded: run `kubeforge init phase upload-certs --upload-certs`");
            p.println("and add `--certificate-key <key>` to the command above (or copy the CAs and sa.key by hand).");
        }
        p.println("");
        p.println("Then you can join any number of worker nodes by running the following on each as root:");
        p.println("");
        p.println(&format!(
            "  {}",
            join_command(&endpoint, &token, &hash, None)
        ));
        Ok(())
    })
}
