//! `certs`: one sub-phase per row of the certificate table, plus `sa`.

use crate::phases::NodeSetup;
use crate::pki::{self, Outcome, table};
use crate::workflow::{Phase, PhaseContext, PhaseFuture};

pub fn phase<D: NodeSetup>() -> Phase<D> {
    let mut phases: Vec<Phase<D>> = table::CERTS
        .iter()
        .map(|spec| Phase::new(spec.name, spec.description, run_cert::<D>))
        .collect();
    phases.push(Phase::new(
        "sa",
        "Generate a private key for signing service account tokens along with its public key",
        run_sa::<D>,
    ));
    Phase::group("certs", "Certificate generation", phases)
}

fn run_cert<'a, D: NodeSetup>(d: &'a mut D, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if !d.runs_control_plane() {
            return Ok(());
        }
        let d = d.node().await?;
        let spec = table::spec(cx.name).expect("sub-phases are built from the table");
        if spec.local_etcd_only
            && !matches!(d.cfg.cluster.etcd, crate::config::EtcdConfig::Local(_))
        {
            cx.log(format!(
                "External etcd mode: skipping the {:?} certificate",
                spec.name
            ));
            return Ok(());
        }
        let what = if spec.is_ca() {
            "certificate authority"
        } else {
            "certificate and key"
        };
        let outcome = spec.ensure(&d.san_context(), d.paths.pki_dir())?;
        match outcome {
            Outcome::Generated => {
                cx.log(format!("Generating {:?} {what}", spec.name));
                if spec.sans != table::SanSet::None {
                    cx.log(format!(
                        "{} serving cert is signed for DNS names and IPs [{}]",
                        spec.name,
                        spec.required_sans(&d.san_context()).join(" ")
                    ));
                }
            }
            Outcome::UsedExisting => cx.log(format!("Using existing {} {what}", spec.name)),
            Outcome::External => cx.log(format!(
                "Using the external {} certificate authority (no key on this node: what it signs must be provided)",
                spec.name
            )),
        }
        Ok(())
    })
}

fn run_sa<'a, D: NodeSetup>(d: &'a mut D, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if !d.runs_control_plane() {
            return Ok(());
        }
        let d = d.node().await?;
        match pki::ensure_service_account_key(
            d.paths.pki_dir(),
            d.cfg.cluster.encryption_algorithm,
        )? {
            Outcome::Generated => cx.log("Generating \"sa\" key and public key"),
            Outcome::UsedExisting | Outcome::External => cx.log("Using the existing \"sa\" key"),
        }
        Ok(())
    })
}
