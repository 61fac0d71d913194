//! `etcd local`: the static Pod manifest for this node's etcd member.

use super::InitData;
use crate::config::EtcdConfig;
use crate::workflow::{Phase, PhaseContext, PhaseFuture};

pub fn phase() -> Phase<InitData> {
    Phase::group(
        "etcd",
        "Generate static Pod manifest file for local etcd",
        vec![Phase::new(
            "local",
            "Generate the static Pod manifest file for a local, single-node etcd instance",
            run_local,
        )],
    )
}

fn run_local<'a>(d: &'a mut InitData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        let EtcdConfig::Local(local) = d.cfg.cluster.etcd.clone() else {
            cx.log("External etcd mode: skipping the local etcd static Pod");
            return Ok(());
        };
        let binary = d.etcd_binary()?.clone();
        let data_dir = d.paths.etcd_data_dir().to_owned();
        crate::fsutil::create_dir_private(&data_dir)?;
        let pod = crate::etcd::local_etcd_pod(
            &binary,
            &d.cfg.node_name,
            d.cfg.advertise_address,
            &d.paths,
            &local,
            None,
        );
        let path = d.paths.manifest("etcd");
        crate::staticpod::write_manifest(&path, &pod)?;
        cx.log(format!(
            "Creating static Pod manifest for local etcd (etcd {}) in {}",
            binary.version,
            d.paths.manifests_dir().display()
        ));
        Ok(())
    })
}
