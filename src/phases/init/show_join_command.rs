//! `show-join-command`: how to use the cluster, and the command that adds masters.

use super::InitData;
use crate::config::paths;
use crate::phases::Failed;
use crate::pki::{pin, table};
use crate::workflow::{PhaseContext, PhaseFuture};

pub fn run<'a>(d: &'a mut InitData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        let ca = table::spec("ca").expect("the table has a ca row");
        let ca_path = ca.cert_path(d.paths.pki_dir());
        let ca_pem = std::fs::read_to_string(&ca_path)?;
        let hash = pin::ca_cert_hash(&ca_pem)
            .ok_or_else(|| Failed(format!("{} is not a valid certificate", ca_path.display())))?;
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
        let p = cx.progress;
        p.println("");
        p.println(heading);
        p.println("");
        p.println("To start using your cluster, run:");
        p.println("");
        p.println(&format!("  export KUBECONFIG={}", admin.display()));
        p.println("  kubectl get --raw /readyz");
        p.println("");
        p.println("You can now join any number of control-plane nodes by running the following on each as root:");
        p.println("");
        p.println(&format!(
            "  kubeforge join {} --token {token} \\\n\t--discovery-token-ca-cert-hash {hash} \\\n\t--control-plane",
            d.cfg.api_endpoint()
        ));
        p.println("");
        p.println("(`kubeforge join` and the bootstrap token it needs arrive with the HA milestone; this build prints the command so that the CA hash can be checked.)");
        Ok(())
    })
}
