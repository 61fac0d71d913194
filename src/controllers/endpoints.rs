//! The endpoints controller: every Service with a selector gets an Endpoints object (same name)
//! listing the IPs of its selected pods — ready ones under `addresses`, the others under
//! `notReadyAddresses` (unless publishNotReadyAddresses) — with named target ports resolved per
//! pod, pods grouped into subsets by their resolved ports. Services without a selector are left
//! alone (their Endpoints are the user's), and so is `default/kubernetes` (the API servers').

use std::collections::BTreeMap;
use std::sync::Arc;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::{
    EndpointAddress, EndpointPort, EndpointSubset, Endpoints, ObjectReference, Pod, Service,
};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use kube::api::{Api, DeleteParams, ObjectMeta, PostParams};

use super::Context;
use super::pod_control;
use super::runtime::{self, Action, Change, Store, WorkQueue};

const HEADLESS_LABEL: &str = "service.kubernetes.io/headless";

/// Queues the key of every Service in the pod's namespace that selects it (before or after
/// the change), for the endpoints and endpointslice controllers.
pub fn queue_services_of_pod(
    services: &Store<Service>,
    queue: &WorkQueue,
    change: &Change<'_, Pod>,
) {
    let pod = change.object();
    let ns = pod.metadata.namespace.as_deref().unwrap_or_default();
    let old = match change {
        Change::Applied { old: Some(old), .. } => Some(*old),
        _ => None,
    };
    for svc in services.in_namespace(ns) {
        if selects(&svc, pod) || old.is_some_and(|o| selects(&svc, o)) {
            queue.add(runtime::key_of(svc.as_ref()));
        }
    }
}

fn selector(svc: &Service) -> Option<&BTreeMap<String, String>> {
    svc.spec
        .as_ref()?
        .selector
        .as_ref()
        .filter(|s| !s.is_empty())
}

pub fn selects(svc: &Service, pod: &Pod) -> bool {
    let Some(sel) = selector(svc) else {
        return false;
    };
    let labels = pod.metadata.labels.as_ref();
    sel.iter()
        .all(|(k, v)| labels.and_then(|l| l.get(k)) == Some(v))
}

/// A pod's resolved ports: (name, port, protocol) per Service port.
pub type PortList = Vec<(String, i32, String)>;

/// A selected pod as both controllers see it.
pub struct Member {
    pub pod: Arc<Pod>,
    pub ip: String,
    pub ready: bool,
    pub terminating: bool,
    /// The service's ports with their target resolved against this pod: (name, port, protocol).
    pub ports: PortList,
}

impl Member {
    pub fn target_ref(&self) -> ObjectReference {
        ObjectReference {
            kind: Some("Pod".into()),
            name: self.pod.metadata.name.clone(),
            namespace: self.pod.metadata.namespace.clone(),
            uid: self.pod.metadata.uid.clone(),
            ..Default::default()
        }
    }

    pub fn node_name(&self) -> Option<String> {
        self.pod.spec.as_ref().and_then(|s| s.node_name.clone())
    }
}

/// The pods `svc` selects that have an IP and have not finished (terminating ones included,
/// marked so), with their resolved ports.
pub fn members(svc: &Service, pods: &Store<Pod>) -> Vec<Member> {
    let ns = svc.metadata.namespace.as_deref().unwrap_or_default();
    let spec = svc.spec.clone().unwrap_or_default();
    let publish = spec.publish_not_ready_addresses == Some(true);
    let mut out = Vec::new();
    for pod in pods.in_namespace(ns) {
        if !selects(svc, &pod) || matches!(pod_control::phase(&pod), "Succeeded" | "Failed") {
            continue;
        }
        let Some(ip) = pod
            .status
            .as_ref()
            .and_then(|s| s.pod_ip.clone())
            .filter(|ip| !ip.is_empty())
        else {
            continue;
        };
        let ports = spec
            .ports
            .iter()
            .flatten()
            .filter_map(|p| {
                let port = match &p.target_port {
                    None => p.port,
                    Some(IntOrString::Int(n)) => *n,
                    Some(IntOrString::String(name)) => named_port(&pod, name)?,
                };
                Some((
                    p.name.clone().unwrap_or_default(),
                    port,
                    p.protocol.clone().unwrap_or_else(|| "TCP".into()),
                ))
            })
            .collect();
        let terminating = pod.metadata.deletion_timestamp.is_some();
        out.push(Member {
            ready: publish || (pod_control::is_ready(&pod) && !terminating),
            terminating,
            ip,
            ports,
            pod,
        });
    }
    out.sort_by(|a, b| a.ip.cmp(&b.ip));
    out
}

fn named_port(pod: &Pod, name: &str) -> Option<i32> {
    pod.spec
        .as_ref()?
        .containers
        .iter()
        .flat_map(|c| c.ports.iter().flatten())
        .find(|p| p.name.as_deref() == Some(name))
        .map(|p| p.container_port)
}

pub fn is_headless(svc: &Service) -> bool {
    svc.spec.as_ref().and_then(|s| s.cluster_ip.as_deref()) == Some("None")
}

/// The labels Kubernetes puts on a Service's endpoints: the Service's own, plus the headless
/// marker.
pub fn derived_labels(svc: &Service) -> BTreeMap<String, String> {
    let mut labels = svc.metadata.labels.clone().unwrap_or_default();
    if is_headless(svc) {
        labels.insert(HEADLESS_LABEL.into(), String::new());
    }
    labels
}

fn subsets(svc: &Service, members: &[Member]) -> Vec<EndpointSubset> {
    let headless_without_ports = is_headless(svc)
        && svc
            .spec
            .as_ref()
            .and_then(|s| s.ports.as_ref())
            .is_none_or(Vec::is_empty);
    let mut groups: BTreeMap<PortList, EndpointSubset> = BTreeMap::new();
    for m in members {
        if m.ports.is_empty() && !headless_without_ports {
            continue;
        }
        let publish = svc
            .spec
            .as_ref()
            .is_some_and(|s| s.publish_not_ready_addresses == Some(true));
        if m.terminating && !publish {
            continue;
        }
        let subset = groups
            .entry(m.ports.clone())
            .or_insert_with(|| EndpointSubset {
                ports: (!m.ports.is_empty()).then(|| {
                    m.ports
                        .iter()
                        .map(|(name, port, protocol)| EndpointPort {
                            name: (!name.is_empty()).then(|| name.clone()),
                            port: *port,
                            protocol: Some(protocol.clone()),
                            ..Default::default()
                        })
                        .collect()
                }),
                ..Default::default()
            });
        let pod_spec = m.pod.spec.as_ref();
        let hostname = pod_spec
            .filter(|s| s.subdomain.as_deref() == svc.metadata.name.as_deref())
            .and_then(|s| s.hostname.clone());
        let address = EndpointAddress {
            ip: m.ip.clone(),
            hostname,
            node_name: m.node_name(),
            target_ref: Some(m.target_ref()),
        };
        let list = if m.ready {
            &mut subset.addresses
        } else {
            &mut subset.not_ready_addresses
        };
        list.get_or_insert_default().push(address);
    }
    groups.into_values().collect()
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers
        .services
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let (q, services) = (queue.clone(), ctx.informers.services.store());
    ctx.informers
        .pods
        .on_change(move |c| queue_services_of_pod(&services, &q, c));
    let q = queue.clone();
    ctx.informers
        .endpoints
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let services = ctx.informers.services.store();
    let pods = ctx.informers.pods.store();
    let endpoints = ctx.informers.endpoints.store();
    let ctx = ctx.clone();
    async move {
        services.wait_synced().await;
        pods.wait_synced().await;
        endpoints.wait_synced().await;
        runtime::run_workers(
            "endpoint-controller",
            queue,
            ctx.settings.concurrent_syncs,
            move |key: String| {
                let (ctx, services, pods, endpoints) = (
                    ctx.clone(),
                    services.clone(),
                    pods.clone(),
                    endpoints.clone(),
                );
                async move {
                    if key == "default/kubernetes" {
                        return Ok(Action::AwaitChange);
                    }
                    let (ns, name) = runtime::split_key(&key);
                    let api: Api<Endpoints> = Api::namespaced(ctx.client.clone(), ns);
                    let existing = endpoints.get(&key);
                    let Some(svc) = services.get(&key) else {
                        if existing.is_some() {
                            runtime::ignore_not_found(
                                api.delete(name, &DeleteParams::default()).await,
                            )?;
                        }
                        return Ok(Action::AwaitChange);
                    };
                    if selector(&svc).is_none() {
                        return Ok(Action::AwaitChange);
                    }
                    let subsets = subsets(&svc, &members(&svc, &pods));
                    let labels = derived_labels(&svc);
                    let subsets = (!subsets.is_empty()).then_some(subsets);
                    match existing {
                        Some(e)
                            if e.subsets == subsets
                                && e.metadata.labels.clone().unwrap_or_default() == labels => {}
                        Some(e) => {
                            let mut updated = (*e).clone();
                            updated.subsets = subsets;
                            updated.metadata.labels = Some(labels);
                            api.replace(name, &PostParams::default(), &updated).await?;
                        }
                        None => {
                            let new = Endpoints {
                                metadata: ObjectMeta {
                                    name: Some(name.into()),
                                    namespace: Some(ns.into()),
                                    labels: Some(labels),
                                    ..Default::default()
                                },
                                subsets,
                            };
                            match api.create(&PostParams::default(), &new).await {
                                Ok(_) => {}
                                Err(kube::Error::Api(e)) if e.code == 409 || e.code == 403 => {}
                                Err(e) => return Err(e.into()),
                            }
                        }
                    }
                    Ok(Action::AwaitChange)
                }
            },
        )
        .await
    }
    .boxed()
}
