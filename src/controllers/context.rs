//! What every controller gets: the client, the event recorder, the shared informers and the
//! settings.

use std::sync::Arc;

use k8s_openapi::api::apps::v1::{
    ControllerRevision, DaemonSet, Deployment, ReplicaSet, StatefulSet,
};
use k8s_openapi::api::batch::v1::{CronJob, Job};
use k8s_openapi::api::certificates::v1::CertificateSigningRequest;
use k8s_openapi::api::coordination::v1::Lease;
use k8s_openapi::api::core::v1::{
    ConfigMap, Endpoints, Namespace, Node, Pod, ReplicationController, ResourceQuota, Secret,
    Service, ServiceAccount,
};
use k8s_openapi::api::discovery::v1::EndpointSlice;
use k8s_openapi::api::policy::v1::PodDisruptionBudget;
use k8s_openapi::api::rbac::v1::ClusterRole;
use kube::api::Api;
use kube::runtime::watcher;

use super::Settings;
use super::runtime::Informer;
use crate::events::Recorder;

pub struct Context {
    pub client: kube::Client,
    pub recorder: Recorder,
    pub informers: Informers,
    pub settings: Settings,
    /// The CA bundle published as `kube-root-ca.crt`.
    pub root_ca: String,
}

impl Context {
    pub fn new(
        client: kube::Client,
        identity: String,
        settings: Settings,
        root_ca: String,
    ) -> Arc<Self> {
        Arc::new(Context {
            recorder: Recorder::start(client.clone(), "kube-controller-manager", identity),
            informers: Informers::new(&client),
            client,
            settings,
            root_ca,
        })
    }

    /// The recorder, reporting as `component` (`deployment-controller`, …).
    pub fn events(&self, component: &'static str) -> Recorder {
        self.recorder.for_component(component)
    }
}

/// One informer per resource type, started only if some enabled controller uses it.
pub struct Informers {
    pub pods: Arc<Informer<Pod>>,
    pub nodes: Arc<Informer<Node>>,
    pub namespaces: Arc<Informer<Namespace>>,
    pub services: Arc<Informer<Service>>,
    pub endpoints: Arc<Informer<Endpoints>>,
    pub endpoint_slices: Arc<Informer<EndpointSlice>>,
    pub service_accounts: Arc<Informer<ServiceAccount>>,
    pub root_ca_configmaps: Arc<Informer<ConfigMap>>,
    pub replica_sets: Arc<Informer<ReplicaSet>>,
    pub replication_controllers: Arc<Informer<ReplicationController>>,
    pub deployments: Arc<Informer<Deployment>>,
    pub jobs: Arc<Informer<Job>>,
    pub cron_jobs: Arc<Informer<CronJob>>,
    pub stateful_sets: Arc<Informer<StatefulSet>>,
    pub daemon_sets: Arc<Informer<DaemonSet>>,
    pub controller_revisions: Arc<Informer<ControllerRevision>>,
    pub node_leases: Arc<Informer<Lease>>,
    pub csrs: Arc<Informer<CertificateSigningRequest>>,
    pub pdbs: Arc<Informer<PodDisruptionBudget>>,
    pub quotas: Arc<Informer<ResourceQuota>>,
    pub cluster_roles: Arc<Informer<ClusterRole>>,
    /// Service-account token Secrets, all namespaces.
    pub token_secrets: Arc<Informer<Secret>>,
    /// kube-system Secrets (bootstrap tokens live there).
    pub kube_system_secrets: Arc<Informer<Secret>>,
    /// kube-public ConfigMaps (cluster-info).
    pub kube_public_configmaps: Arc<Informer<ConfigMap>>,
}

impl Informers {
    fn new(client: &kube::Client) -> Self {
        let all = watcher::Config::default();
        let c = client;
        Informers {
            pods: Informer::watching("pods", Api::all(c.clone()), all.clone()),
            nodes: Informer::watching("nodes", Api::all(c.clone()), all.clone()),
            namespaces: Informer::watching("namespaces", Api::all(c.clone()), all.clone()),
            services: Informer::watching("services", Api::all(c.clone()), all.clone()),
            endpoints: Informer::watching("endpoints", Api::all(c.clone()), all.clone()),
            endpoint_slices: Informer::watching(
                "endpointslices",
                Api::all(c.clone()),
                all.clone().labels(&format!(
                    "{}={}",
                    super::endpointslice::MANAGED_BY_LABEL,
                    super::endpointslice::MANAGED_BY
                )),
            ),
            service_accounts: Informer::watching(
                "serviceaccounts",
                Api::all(c.clone()),
                all.clone(),
            ),
            root_ca_configmaps: Informer::watching(
                "configmaps",
                Api::all(c.clone()),
                all.clone()
                    .fields(&format!("metadata.name={}", super::root_ca::CONFIGMAP)),
            ),
            replica_sets: Informer::watching("replicasets", Api::all(c.clone()), all.clone()),
            replication_controllers: Informer::watching(
                "replicationcontrollers",
                Api::all(c.clone()),
                all.clone(),
            ),
            deployments: Informer::watching("deployments", Api::all(c.clone()), all.clone()),
            jobs: Informer::watching("jobs", Api::all(c.clone()), all.clone()),
            cron_jobs: Informer::watching("cronjobs", Api::all(c.clone()), all.clone()),
            stateful_sets: Informer::watching("statefulsets", Api::all(c.clone()), all.clone()),
            daemon_sets: Informer::watching("daemonsets", Api::all(c.clone()), all.clone()),
            controller_revisions: Informer::watching(
                "controllerrevisions",
                Api::all(c.clone()),
                all.clone(),
            ),
            node_leases: Informer::watching(
                "leases",
                Api::namespaced(c.clone(), "kube-node-lease"),
                all.clone(),
            ),
            csrs: Informer::watching(
                "certificatesigningrequests",
                Api::all(c.clone()),
                all.clone(),
            ),
            pdbs: Informer::watching("poddisruptionbudgets", Api::all(c.clone()), all.clone()),
            quotas: Informer::watching("resourcequotas", Api::all(c.clone()), all.clone()),
            cluster_roles: Informer::watching("clusterroles", Api::all(c.clone()), all.clone()),
            token_secrets: Informer::watching(
                "secrets",
                Api::all(c.clone()),
                all.clone()
                    .fields(&format!("type={}", super::serviceaccount_token::TOKEN_TYPE)),
            ),
            kube_system_secrets: Informer::watching(
                "secrets",
                Api::namespaced(c.clone(), "kube-system"),
                all.clone()
                    .fields(&format!("type={}", super::bootstrap_tokens::TOKEN_TYPE)),
            ),
            kube_public_configmaps: Informer::watching(
                "configmaps",
                Api::namespaced(c.clone(), "kube-public"),
                all,
            ),
        }
    }

    pub fn start(&self) {
        self.pods.start();
        self.nodes.start();
        self.namespaces.start();
        self.services.start();
        self.endpoints.start();
        self.endpoint_slices.start();
        self.service_accounts.start();
        self.root_ca_configmaps.start();
        self.replica_sets.start();
        self.replication_controllers.start();
        self.deployments.start();
        self.jobs.start();
        self.cron_jobs.start();
        self.stateful_sets.start();
        self.daemon_sets.start();
        self.controller_revisions.start();
        self.node_leases.start();
        self.csrs.start();
        self.pdbs.start();
        self.quotas.start();
        self.token_secrets.start();
        self.kube_system_secrets.start();
        self.kube_public_configmaps.start();
        self.cluster_roles.start();
    }
}
