//! `control-plane`: the static Pod manifests of the API server, controller-manager and
//! scheduler.

use crate::controlplane::COMPONENTS;
use crate::phases::NodeSetup;
use crate::workflow::{Phase, PhaseContext, PhaseFuture, PhaseResult};

pub fn phase<D: NodeSetup>() -> Phase<D> {
    Phase::group(
        "control-plane",
        "Generate all static Pod manifest files necessary to establish the control plane",
        COMPONENTS
            .iter()
            .map(|c| Phase::new(c.phase_name, c.description, run::<D>))
            .collect(),
    )
}

fn run<'a, D: NodeSetup>(d: &'a mut D, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if !d.runs_control_plane() {
            return Ok(());
        }
        let d = d.node().await?;
        let component = COMPONENTS
            .iter()
            .find(|c| c.phase_name == cx.name)
            .expect("sub-phases are built from the table");
        if component.pod_name == "kube-apiserver" {
            write_apiserver_files(&d.paths, cx)?;
        }
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

/// The API server's encryption key and audit policy. Existing files are kept: the encryption
/// configuration holds the keys that decrypt what etcd already stores.
fn write_apiserver_files(paths: &crate::config::Paths, cx: &PhaseContext<'_>) -> PhaseResult {
    let encryption = paths.encryption_config();
    if !encryption.exists() {
        let name = format!(
            "aescbckey-{}",
            time::OffsetDateTime::now_utc().unix_timestamp()
        );
        let config = crate::apiserver::encryption::default_config(&name);
        write_new(&encryption, config.as_bytes())?;
        cx.log(format!(
            "Writing the secrets encryption configuration to {encryption:?}"
        ));
    }
    let policy = paths.audit_policy();
    if !policy.exists() {
        write_new(&policy, crate::apiserver::audit::DEFAULT_POLICY.as_bytes())?;
        cx.log(format!("Writing the audit policy to {policy:?}"));
    }
    Ok(())
}

fn write_new(path: &std::path::Path, contents: &[u8]) -> PhaseResult {
    crate::fsutil::write_atomic(path, contents, crate::fsutil::MODE_SECRET)
        .map_err(|e| format!("cannot write {}: {e}", path.display()).into())
}
