//! `kubeconfig`: one sub-phase per kubeconfig file kubeadm writes.

use super::InitData;
use crate::kubeconfig::KUBECONFIGS;
use crate::pki::Outcome;
use crate::workflow::{Phase, PhaseContext, PhaseFuture};

pub fn phase() -> Phase<InitData> {
    Phase::group(
        "kubeconfig",
        "Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file",
        KUBECONFIGS
            .iter()
            .map(|spec| Phase::new(spec.name, spec.description, run))
            .collect(),
    )
}

fn run<'a>(d: &'a mut InitData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        let spec = KUBECONFIGS
            .iter()
            .find(|k| k.name == cx.name)
            .expect("sub-phases are built from the table");
        let path = d.paths.kubeconfig(spec.file);
        match spec.ensure(&d.cfg, d.paths.pki_dir(), &path)? {
            Outcome::Generated => cx.log(format!("Writing {:?} kubeconfig file", spec.file)),
            Outcome::UsedExisting => cx.log(format!(
                "Using existing kubeconfig file: {}",
                path.display()
            )),
        }
        Ok(())
    })
}
