//! `control-plane`: the static Pod manifests of the API server, controller-manager and
//! scheduler.

use super::InitData;
use crate::controlplane::COMPONENTS;
use crate::workflow::{Phase, PhaseContext, PhaseFuture};

pub fn phase() -> Phase<InitData> {
    Phase::group(
        "control-plane",
        "Generate all static Pod manifest files necessary to establish the control plane",
        COMPONENTS
            .iter()
            .map(|c| Phase::new(c.phase_name, c.description, run))
            .collect(),
    )
}

fn run<'a>(d: &'a mut InitData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        let component = COMPONENTS
            .iter()
            .find(|c| c.phase_name == cx.name)
            .expect("sub-phases are built from the table");
        let pod = (component.build)(&d.cfg, &d.paths, &d.exe);
        let path = d.paths.manifest(component.pod_name);
        crate::staticpod::write_manifest(&path, &pod)?;
        cx.log(format!(
            "Creating static Pod manifest for {:?}",
            component.pod_name
        ));
        Ok(())
    })
}
