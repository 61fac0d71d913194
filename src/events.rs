//! core/v1 Events recorded by the control-plane components, from a bounded buffer drained by a
//! few background workers and dropped when too many pile up (as client-go's broadcaster
//! does), so that recording an event never slows the work it describes.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use k8s_openapi::api::core::v1::{Event, ObjectReference};
use kube::api::{Api, PostParams};
use serde_json::json;
use tokio::sync::mpsc;

const EVENT_BUFFER: usize = 1000;
const EVENT_WORKERS: usize = 4;

pub const NORMAL: &str = "Normal";
pub const WARNING: &str = "Warning";

#[derive(Clone)]
pub struct Recorder {
    tx: mpsc::Sender<Event>,
    dropped: Arc<AtomicU64>,
    component: &'static str,
    instance: String,
}

impl Recorder {
    /// Starts the workers; events carry `component` as their source (`default-scheduler`,
    /// `deployment-controller`, …) and `instance` as the reporting instance.
    pub fn start(client: kube::Client, component: &'static str, instance: String) -> Self {
        let (tx, rx) = mpsc::channel::<Event>(EVENT_BUFFER);
        let rx = Arc::new(tokio::sync::Mutex::new(rx));
        for _ in 0..EVENT_WORKERS {
            let (rx, client) = (rx.clone(), client.clone());
            tokio::spawn(async move {
                loop {
                    let Some(event) = rx.lock().await.recv().await else {
                        return;
                    };
                    let ns = event.metadata.namespace.clone().unwrap_or_default();
                    let events: Api<Event> = Api::namespaced(client.clone(), &ns);
                    if let Err(e) = events.create(&PostParams::default(), &event).await {
                        tracing::debug!(error = %e, "cannot record an event");
                    }
                }
            });
        }
        Recorder {
            tx,
            dropped: Arc::new(AtomicU64::new(0)),
            component,
            instance,
        }
    }

    /// The same workers, reporting as another component.
    pub fn for_component(&self, component: &'static str) -> Self {
        Recorder {
            component,
            ..self.clone()
        }
    }

    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// Queues an event about `object`; never waits. Events about cluster-scoped objects
    /// (Nodes) go to the `default` namespace, as Kubernetes records them.
    pub fn record(&self, object: &ObjectReference, kind: &str, reason: &str, message: String) {
        let now = crate::apiserver::meta::now_rfc3339();
        let name = object.name.clone().unwrap_or_default();
        let namespace = object
            .namespace
            .clone()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "default".into());
        let event: Event = serde_json::from_value(json!({
            "metadata": {"generateName": format!("{name}."), "namespace": namespace},
            "involvedObject": object,
            "reason": reason,
            "message": message,
            "type": kind,
            "source": {"component": self.component},
            "firstTimestamp": now,
            "lastTimestamp": now,
            "count": 1,
            "reportingComponent": self.component,
            "reportingInstance": self.instance,
        }))
        .expect("a valid Event");
        if self.tx.try_send(event).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// The reference an event needs to point at a typed object.
pub fn reference<K>(object: &K) -> ObjectReference
where
    K: kube::Resource<DynamicType = ()>,
{
    let meta = object.meta();
    ObjectReference {
        api_version: Some(K::api_version(&()).into_owned()),
        kind: Some(K::kind(&()).into_owned()),
        name: meta.name.clone(),
        namespace: meta.namespace.clone(),
        uid: meta.uid.clone(),
        resource_version: meta.resource_version.clone(),
        ..Default::default()
    }
}
