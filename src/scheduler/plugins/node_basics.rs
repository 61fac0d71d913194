//! Filters that look at one node alone: NodeUnschedulable, NodeName, NodePorts and
//! VolumeRestrictions (exclusive volumes the API describes: GCE PD, AWS EBS, RBD, iSCSI).

use k8s_openapi::api::core::v1::Taint;

use super::taint_toleration::tolerates;
use crate::scheduler::cache::NodeInfo;
use crate::scheduler::framework::{Cycle, FilterPlugin, NodeFilter, Unfit};
use crate::scheduler::pod_info::PodInfo;

pub struct NodeUnschedulable;

impl FilterPlugin for NodeUnschedulable {
    fn name(&self) -> &'static str {
        "NodeUnschedulable"
    }

    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit> {
        // A pod tolerating the cordon taint may go to a cordoned node (as DaemonSets do).
        let cordon = Taint {
            key: "node.kubernetes.io/unschedulable".into(),
            effect: "NoSchedule".into(),
            ..Default::default()
        };
        if cx.pod.tolerations.iter().any(|t| tolerates(t, &cordon)) {
            return Ok(None);
        }
        Ok(Some(Box::new(|node: &NodeInfo| {
            if node.unschedulable {
                Err(Unfit::unresolvable("node(s) were unschedulable"))
            } else {
                Ok(())
            }
        })))
    }
}

pub struct NodeName;

impl FilterPlugin for NodeName {
    fn name(&self) -> &'static str {
        "NodeName"
    }

    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit> {
        let wanted = cx.pod.node_name.as_str();
        if wanted.is_empty() {
            return Ok(None);
        }
        Ok(Some(Box::new(move |node: &NodeInfo| {
            if node.name == wanted {
                Ok(())
            } else {
                Err(Unfit::unresolvable(
                    "node(s) didn't match the requested node name",
                ))
            }
        })))
    }
}

pub struct NodePorts;

impl FilterPlugin for NodePorts {
    fn name(&self) -> &'static str {
        "NodePorts"
    }

    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit> {
        let pod: &'a PodInfo = cx.pod;
        if pod.host_ports.is_empty() {
            return Ok(None);
        }
        Ok(Some(Box::new(move |node: &NodeInfo| {
            let taken = pod
                .host_ports
                .iter()
                .any(|want| node.used_ports.iter().any(|used| used.conflicts(want)));
            if taken {
                Err(Unfit::resolvable(
                    "node(s) didn't have free ports for the requested pod ports",
                ))
            } else {
                Ok(())
            }
        })))
    }
}

pub struct VolumeRestrictions;

impl FilterPlugin for VolumeRestrictions {
    fn name(&self) -> &'static str {
        "VolumeRestrictions"
    }

    fn prepare<'a>(&self, cx: &Cycle<'a>) -> Result<Option<Box<dyn NodeFilter + 'a>>, Unfit> {
        let pod: &'a PodInfo = cx.pod;
        if pod.exclusive_volumes.is_empty() {
            return Ok(None);
        }
        Ok(Some(Box::new(move |node: &NodeInfo| {
            // The same disk may be mounted by several pods only when all of them read only.
            let conflict = pod.exclusive_volumes.iter().any(|(id, ro)| {
                node.pods.iter().any(|p| {
                    p.exclusive_volumes
                        .iter()
                        .any(|(other, other_ro)| other == id && !(*ro && *other_ro))
                })
            });
            if conflict {
                Err(Unfit::resolvable("node(s) had no available disk"))
            } else {
                Ok(())
            }
        })))
    }
}
