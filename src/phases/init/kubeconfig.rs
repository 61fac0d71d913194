//! `kubeconfig`: one sub-phase per kubeconfig file kubeadm writes.

use crate::kubeconfig::KUBECONFIGS;
use crate::phases::NodeSetup;
use crate::pki::Outcome;
use crate::workflow::{Phase, PhaseContext, PhaseFuture};

pub fn phase<D: NodeSetup>() -> Phase<D> {
    Phase::group(
        "kubeconfig",
        "Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file",
        KUBECONFIGS
            .iter()
            .map(|spec| Phase::new(spec.name, spec.description, run::<D>))
            .collect(),
    )
}

fn run<'a, D: NodeSetup>(d: &'a mut D, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        // super-admin.conf (system:masters) exists on the first master only, as with kubeadm.
        if !d.runs_control_plane() || (cx.name == "super-admin" && !d.is_first_master()) {
            return Ok(());
        }
        let d = d.node().await?;
        let spec = KUBECONFIGS
            .iter()
            .find(|k| k.name == cx.name)
            .expect("sub-phases are built from the table");
        let path = d.paths.kubeconfig(spec.file);
        match spec.ensure(&d.cfg, d.paths.pki_dir(), &path)? {
            Outcome::Generated => cx.log(format!("Writing {:?} kubeconfig file", spec.file)),
            Outcome::UsedExisting | Outcome::External => cx.log(format!(
                "Using existing kubeconfig file: {}",
                path.display()
            )),
        }
        Ok(())
    })
}
