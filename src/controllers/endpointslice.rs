//! The endpointslice controller: every Service with a selector gets EndpointSlices (at most 100
//! endpoints each, one set per distinct resolved port list) for its selected pods — ready,
//! serving and terminating conditions per endpoint — labelled with the Service's name and
//! owned by the Service. Existing slices are updated in place, surplus ones deleted.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::Service;
use k8s_openapi::api::discovery::v1::{Endpoint, EndpointConditions, EndpointPort, EndpointSlice};
use kube::api::{Api, DeleteParams, ObjectMeta, PostParams};

use super::Context;
use super::endpoints::{Member, PortList, derived_labels, members, queue_services_of_pod};
use super::pod_control::{self, controller_ref};
use super::runtime::{self, Action, WorkQueue};

pub const MANAGED_BY_LABEL: &str = "endpointslice.kubernetes.io/managed-by";
pub const MANAGED_BY: &str = "endpointslice-controller.k8s.io";
const SERVICE_NAME_LABEL: &str = "kubernetes.io/service-name";
const MAX_ENDPOINTS: usize = 100;

/// Per Service: the slices created and not yet seen by the informer, since when.
type Unseen = Mutex<HashMap<String, (Vec<String>, Instant)>>;

fn endpoint(m: &Member) -> Endpoint {
    Endpoint {
        addresses: vec![m.ip.clone()],
        conditions: Some(EndpointConditions {
            ready: Some(m.ready),
            serving: Some(pod_control::is_ready(&m.pod)),
            terminating: Some(m.terminating),
        }),
        node_name: m.node_name(),
        target_ref: Some(m.target_ref()),
        hostname: None,
        ..Default::default()
    }
}

/// The slices `svc` should have: (addressType, ports, endpoints) per slice.
fn desired(
    svc: &Service,
    members: &[Member],
) -> Vec<(String, Option<Vec<EndpointPort>>, Vec<Endpoint>)> {
    let mut groups: BTreeMap<(String, PortList), Vec<Endpoint>> = BTreeMap::new();
    for m in members {
        let family = if m.ip.contains(':') { "IPv6" } else { "IPv4" };
        groups
            .entry((family.into(), m.ports.clone()))
            .or_default()
            .push(endpoint(m));
    }
    let mut out = Vec::new();
    for ((family, ports), endpoints) in groups {
        let ports: Vec<EndpointPort> = ports
            .into_iter()
            .map(|(name, port, protocol)| EndpointPort {
                name: Some(name),
                port: Some(port),
                protocol: Some(protocol),
                app_protocol: None,
            })
            .collect();
        for chunk in endpoints.chunks(MAX_ENDPOINTS) {
            out.push((family.clone(), Some(ports.clone()), chunk.to_vec()));
        }
    }
    if out.is_empty() {
        // An empty placeholder, so that consumers see the Service has no endpoints.
        let family = svc
            .spec
            .as_ref()
            .and_then(|s| s.ip_families.as_ref())
            .and_then(|f| f.first().cloned())
            .unwrap_or_else(|| "IPv4".into());
        out.push((family, None, Vec::new()));
    }
    out
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
    ctx.informers.endpoint_slices.on_change(move |c| {
        let slice = c.object();
        if let Some(svc) = slice
            .metadata
            .labels
            .as_ref()
            .and_then(|l| l.get(SERVICE_NAME_LABEL))
        {
            let ns = slice.metadata.namespace.as_deref().unwrap_or_default();
            q.add(format!("{ns}/{svc}"));
        }
    });
    let services = ctx.informers.services.store();
    let pods = ctx.informers.pods.store();
    let slices = ctx.informers.endpoint_slices.store();
    let ctx = ctx.clone();
    // Slices created but not yet seen by the informer, per Service: until they show up a sync
    // would not know them and create duplicates.
    let unseen: Arc<Unseen> = Arc::default();
    async move {
        services.wait_synced().await;
        pods.wait_synced().await;
        slices.wait_synced().await;
        runtime::run_workers(
            "endpointslice-controller",
            queue,
            ctx.settings.concurrent_syncs,
            move |key: String| {
                let (ctx, services, pods, slices, unseen) = (
                    ctx.clone(),
                    services.clone(),
                    pods.clone(),
                    slices.clone(),
                    unseen.clone(),
                );
                async move {
                    let (ns, name) = runtime::split_key(&key);
                    {
                        let mut unseen = unseen.lock().unwrap_or_else(|e| e.into_inner());
                        if let Some((names, since)) = unseen.get_mut(&key) {
                            names.retain(|n| slices.get(&format!("{ns}/{n}")).is_none());
                            if names.is_empty() || since.elapsed() > Duration::from_secs(5) {
                                unseen.remove(&key);
                            } else {
                                return Ok(Action::RequeueAfter(Duration::from_millis(50)));
                            }
                        }
                    }
                    let api: Api<EndpointSlice> = Api::namespaced(ctx.client.clone(), ns);
                    let mut existing: Vec<Arc<EndpointSlice>> = slices
                        .in_namespace(ns)
                        .into_iter()
                        .filter(|s| {
                            s.metadata
                                .labels
                                .as_ref()
                                .and_then(|l| l.get(SERVICE_NAME_LABEL))
                                .map(String::as_str)
                                == Some(name)
                                && s.metadata.deletion_timestamp.is_none()
                        })
                        .collect();
                    existing.sort_by(|a, b| a.metadata.name.cmp(&b.metadata.name));
                    let svc = services.get(&key);
                    let wanted = match &svc {
                        Some(svc)
                            if svc
                                .spec
                                .as_ref()
                                .and_then(|s| s.selector.as_ref())
                                .is_some_and(|s| !s.is_empty()) =>
                        {
                            desired(svc, &members(svc, &pods))
                        }
                        Some(_) => return Ok(Action::AwaitChange),
                        None => Vec::new(),
                    };
                    let mut labels = svc.as_deref().map(derived_labels).unwrap_or_default();
                    labels.insert(SERVICE_NAME_LABEL.into(), name.into());
                    labels.insert(MANAGED_BY_LABEL.into(), MANAGED_BY.into());
                    let mut old = existing.into_iter();
                    for (family, ports, endpoints) in wanted {
                        match old.next() {
                            Some(slice) => {
                                if slice.address_type == family
                                    && slice.ports == ports
                                    && slice.endpoints == endpoints
                                    && slice.metadata.labels.as_ref() == Some(&labels)
                                {
                                    continue;
                                }
                                let mut updated = (*slice).clone();
                                updated.address_type = family;
                                updated.ports = ports;
                                updated.endpoints = endpoints;
                                updated.metadata.labels = Some(labels.clone());
                                let slice_name = slice.metadata.name.clone().unwrap_or_default();
                                api.replace(&slice_name, &PostParams::default(), &updated)
                                    .await?;
                            }
                            None => {
                                let svc = svc
                                    .as_deref()
                                    .expect("slices are only wanted for a Service");
                                let slice = EndpointSlice {
                                    metadata: ObjectMeta {
                                        generate_name: Some(format!("{name}-")),
                                        namespace: Some(ns.into()),
                                        labels: Some(labels.clone()),
                                        owner_references: Some(vec![controller_ref(svc)]),
                                        ..Default::default()
                                    },
                                    address_type: family,
                                    endpoints,
                                    ports,
                                };
                                match api.create(&PostParams::default(), &slice).await {
                                    Ok(created) => {
                                        let mut unseen =
                                            unseen.lock().unwrap_or_else(|e| e.into_inner());
                                        let entry = unseen
                                            .entry(key.clone())
                                            .or_insert_with(|| (Vec::new(), Instant::now()));
                                        entry.0.extend(created.metadata.name);
                                    }
                                    Err(kube::Error::Api(e)) if e.code == 403 => {}
                                    Err(e) => return Err(e.into()),
                                }
                            }
                        }
                    }
                    for surplus in old {
                        let slice_name = surplus.metadata.name.clone().unwrap_or_default();
                        runtime::ignore_not_found(
                            api.delete(&slice_name, &DeleteParams::default()).await,
                        )?;
                    }
                    Ok(Action::AwaitChange)
                }
            },
        )
        .await
    }
    .boxed()
}
