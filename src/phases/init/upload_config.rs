//! `upload-config`: the cluster settings every master must share, as kubeadm stores them —
//! the `kube-system/kubeadm-config` ConfigMap holding the ClusterConfiguration — readable by
//! joining nodes (bootstrap tokens) and by nodes.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::ObjectMeta;

use super::InitData;
use crate::config::bootstrap_token::DEFAULT_GROUP;
use crate::phases::rbac;
use crate::workflow::{PhaseContext, PhaseFuture};

pub const CONFIG_MAP: &str = "kubeadm-config";
pub const CLUSTER_CONFIGURATION_KEY: &str = "ClusterConfiguration";
const ROLE: &str = "kubeadm:nodes-kubeadm-config";

pub fn run<'a>(d: &'a mut InitData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        let yaml = crate::config::cluster_yaml(&d.docs)?;
        if d.dry_run {
            cx.log(format!(
                "Would store the ClusterConfiguration in the ConfigMap kube-system/{CONFIG_MAP}"
            ));
            return Ok(());
        }
        cx.log(format!(
            "Storing the configuration used in ConfigMap {CONFIG_MAP:?} in the \"kube-system\" Namespace"
        ));
        let client = d.client().await?;
        let configmap = ConfigMap {
            metadata: ObjectMeta {
                name: Some(CONFIG_MAP.into()),
                namespace: Some("kube-system".into()),
                ..Default::default()
            },
            data: Some(BTreeMap::from([(CLUSTER_CONFIGURATION_KEY.into(), yaml)])),
            ..Default::default()
        };
        crate::phases::apply(&client, &configmap).await?;
        let rule = rbac::rule(&["get"], "", "configmaps", &[CONFIG_MAP]);
        crate::phases::apply(&client, &rbac::role("kube-system", ROLE, vec![rule])).await?;
        let subjects = vec![rbac::group(DEFAULT_GROUP), rbac::group("system:nodes")];
        crate::phases::apply(
            &client,
            &rbac::role_binding("kube-system", ROLE, ROLE, subjects),
        )
        .await?;
        Ok(())
    })
}
