//! `kubeforge apiserver`: the Kubernetes REST API on etcd. Requests pass authentication
//! (front-proxy headers, x509 client certificates, bootstrap tokens, service-account tokens;
//! otherwise anonymous), impersonation, and authorization (Node, then RBAC), then go to
//! health/version/metrics, discovery, OpenAPI, or the REST handlers driven by the resource
//! table, whose writes pass admission; state lives in etcd and is served from a watch cache.

pub mod admission;
pub mod allocator;
pub mod audit;
pub mod authn;
pub mod authz;
mod bootstrap;
pub mod cache;
pub mod crd;
mod discovery;
pub mod encryption;
pub mod errors;
#[cfg(test)]
mod fuzz;
pub mod handlers;
mod handoff;
pub mod kms;
pub mod meta;
mod metrics;
mod oidc;
mod openapi;
pub mod patch;
mod protobuf;
pub mod registry;
pub mod request;
pub(crate) mod reviews;
pub mod selectors;
pub mod storage;
pub mod wire;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use http::{Method, StatusCode};
use http_body_util::BodyExt;
use ipnet::IpNet;
use tokio::sync::Semaphore;

use crate::serving::health::{Check, HealthChecks};
use crate::serving::{self, ConnInfo, Handler, Request, Response};
pub use authn::UserInfo;
use authn::{Authenticator, Identity};
use authz::{Attributes, Authorizer, Decision};
use errors::ApiError;
use handlers::{Api, Call};
use request::{Query, Target, Verb};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Tls(#[from] crate::tls::Error),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("etcd: {0}")]
    Storage(#[from] storage::StoreError),
    #[error("invalid --service-node-port-range {0:?}: use <low>-<high>, e.g. 30000-32767")]
    NodePortRange(String),
    #[error("--service-account-key-file: {0}")]
    ServiceAccountKeys(String),
    #[error("--service-account-signing-key-file: {0}")]
    SigningKey(#[from] crate::pki::Error),
    #[error(
        "--service-account-signing-key-file needs --service-account-issuer and the matching public key in --service-account-key-file"
    )]
    IssuerMissing,
    #[error("--audit-policy-file: {0}")]
    Audit(#[from] audit::Error),
    #[error("--audit-policy-file needs --audit-log-path (where to write the events)")]
    AuditLogMissing,
    #[error("--encryption-provider-config: {0}")]
    Encryption(#[from] encryption::Error),
    #[error("--requestheader-client-ca-file holds no certificate")]
    RequestHeaderCa,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Largest request body accepted (kube-apiserver's default is 3 MiB).
pub const MAX_BODY: usize = 3 * 1024 * 1024;
/// How much of an oversized body is still read (and dropped) so that the client, which is
/// still sending it, gets to read the 413 instead of a broken connection.
const DRAIN_LIMIT: usize = 64 * 1024 * 1024;
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// The request body, up to MAX_BODY; past it a 413 `Status`, once the rest has been drained.
async fn read_body(mut body: hyper::body::Incoming) -> Result<hyper::body::Bytes, Response> {
    let mut collected = Vec::new();
    let mut too_large = false;
    let mut seen = 0usize;
    let reading = async {
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| {
                ApiError::bad_request(format!("cannot read the request body: {e}")).into_response()
            })?;
            let Ok(data) = frame.into_data() else {
                continue;
            };
            seen += data.len();
            if seen > MAX_BODY {
                too_large = true;
                collected.clear();
                if seen > DRAIN_LIMIT {
                    break;
                }
            } else {
                collected.extend_from_slice(&data);
            }
        }
        Ok(())
    };
    match tokio::time::timeout(DRAIN_TIMEOUT, reading).await {
        Ok(Err(response)) => return Err(response),
        Ok(Ok(())) | Err(_) if too_large => {
            return Err(ApiError::too_large(MAX_BODY).into_response());
        }
        Ok(Ok(())) => {}
        Err(_) => {
            return Err(
                ApiError::bad_request("the request body did not arrive in time").into_response(),
            );
        }
    }
    Ok(collected.into())
}

/// kube-apiserver's flags, those this build uses (names as kube-apiserver spells them).
#[derive(Clone, Debug, clap::Args)]
pub struct Options {
    /// The IP address on which to advertise the apiserver to members of the cluster
    #[arg(long)]
    pub advertise_address: IpAddr,
    /// The IP address on which to listen for the --secure-port port (defaults to the advertise address)
    #[arg(long)]
    pub bind_address: Option<IpAddr>,
    /// The port on which to serve HTTPS with authentication and authorization
    #[arg(long, default_value_t = 6443)]
    pub secure_port: u16,
    /// File containing the default x509 certificate for HTTPS
    #[arg(long)]
    pub tls_cert_file: PathBuf,
    /// File containing the default x509 private key matching --tls-cert-file
    #[arg(long)]
    pub tls_private_key_file: PathBuf,
    /// Client certificates signed by this CA authenticate as CN=user, O=groups
    #[arg(long)]
    pub client_ca_file: PathBuf,
    /// etcd servers to connect to (scheme://ip:port), comma separated
    #[arg(long, value_delimiter = ',', required = true)]
    pub etcd_servers: Vec<String>,
    /// SSL Certificate Authority file used to secure etcd communication
    #[arg(long)]
    pub etcd_cafile: Option<PathBuf>,
    /// SSL certification file used to secure etcd communication
    #[arg(long)]
    pub etcd_certfile: Option<PathBuf>,
    /// SSL key file used to secure etcd communication
    #[arg(long)]
    pub etcd_keyfile: Option<PathBuf>,
    /// A CIDR IP range from which to assign service cluster IPs
    #[arg(long, default_value = "10.96.0.0/12")]
    pub service_cluster_ip_range: IpNet,
    /// A port range to reserve for services with NodePort visibility
    #[arg(long, default_value = "30000-32767")]
    pub service_node_port_range: String,
    /// The maximum number of non-mutating requests in flight at a given time
    #[arg(long, default_value_t = 400)]
    pub max_requests_inflight: usize,
    /// The maximum number of mutating requests in flight at a given time
    #[arg(long, default_value_t = 200)]
    pub max_mutating_requests_inflight: usize,
    /// How long a non-watch request may take before it is answered with a 504 Timeout
    #[arg(long, default_value = "1m0s", value_parser = parse_duration)]
    pub request_timeout: Duration,
    /// audit.k8s.io/v1 Policy deciding what is logged; no audit log without it
    #[arg(long)]
    pub audit_policy_file: Option<PathBuf>,
    /// Where audit events are written as JSON lines
    #[arg(long)]
    pub audit_log_path: Option<PathBuf>,
    /// Size in MiB at which the audit log is rotated (0: never)
    #[arg(long, default_value_t = 100)]
    pub audit_log_maxsize: u64,
    /// Rotated audit logs kept
    #[arg(long, default_value_t = 10)]
    pub audit_log_maxbackup: usize,
    /// EncryptionConfiguration (apiserver.config.k8s.io/v1) for encrypting resources in etcd
    #[arg(long)]
    pub encryption_provider_config: Option<PathBuf>,
    /// Admission plugins to enable besides the default ones (all implemented plugins are on by default)
    #[arg(long, value_delimiter = ',')]
    pub enable_admission_plugins: Vec<admission::Plugin>,
    /// Admission plugins to turn off (comma separated)
    #[arg(long, value_delimiter = ',')]
    pub disable_admission_plugins: Vec<admission::Plugin>,
    /// Ordered authorizers: AlwaysAllow, AlwaysDeny, Node, RBAC (comma separated)
    #[arg(long, value_delimiter = ',', default_value = "Node,RBAC")]
    pub authorization_mode: Vec<authz::Mode>,
    /// Requests without credentials are served as system:anonymous (what RBAC allows it)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub anonymous_auth: bool,
    /// Public (or private) keys that verify service-account tokens; repeatable
    #[arg(long)]
    pub service_account_key_file: Vec<PathBuf>,
    /// Private key that signs tokens of the TokenRequest API (serviceaccounts/token)
    #[arg(long)]
    pub service_account_signing_key_file: Option<PathBuf>,
    /// Issuer of service-account tokens; the first signs, all are accepted; repeatable
    #[arg(long)]
    pub service_account_issuer: Vec<String>,
    /// The jwks_uri of the issuer discovery document (default: https://<this server>/openid/v1/jwks)
    #[arg(long, value_name = "URL")]
    pub service_account_jwks_uri: Option<String>,
    /// Audiences this server accepts in bound tokens (default: the first issuer)
    #[arg(long, value_delimiter = ',')]
    pub api_audiences: Vec<String>,
    /// Longest lifetime a TokenRequest may ask for (0: no limit)
    #[arg(long, default_value = "0s", value_parser = parse_duration)]
    pub service_account_max_token_expiration: Duration,
    /// CA of the front proxy: its client certificates may assert a user in request headers
    #[arg(long)]
    pub requestheader_client_ca_file: Option<PathBuf>,
    /// Client certificate common names allowed to act as the front proxy (empty: any)
    #[arg(long, value_delimiter = ',')]
    pub requestheader_allowed_names: Vec<String>,
    /// Request headers that carry the user name (front proxy)
    #[arg(long, value_delimiter = ',', default_value = "X-Remote-User")]
    pub requestheader_username_headers: Vec<String>,
    /// Request headers that carry the groups (front proxy)
    #[arg(long, value_delimiter = ',', default_value = "X-Remote-Group")]
    pub requestheader_group_headers: Vec<String>,
    /// Request header prefixes of the user's extra attributes (front proxy)
    #[arg(long, value_delimiter = ',', default_value = "X-Remote-Extra-")]
    pub requestheader_extra_headers_prefix: Vec<String>,
}

fn parse_duration(s: &str) -> std::result::Result<Duration, String> {
    crate::config::duration::parse(s)
}

impl Options {
    pub fn listen_addr(&self) -> SocketAddr {
        SocketAddr::new(
            self.bind_address.unwrap_or(self.advertise_address),
            self.secure_port,
        )
    }

    fn node_ports(&self) -> Result<(u16, u16)> {
        let bad = || Error::NodePortRange(self.service_node_port_range.clone());
        let (lo, hi) = self
            .service_node_port_range
            .split_once('-')
            .ok_or_else(bad)?;
        let (lo, hi): (u16, u16) = (
            lo.trim().parse().map_err(|_| bad())?,
            hi.trim().parse().map_err(|_| bad())?,
        );
        if lo == 0 || lo > hi {
            return Err(bad());
        }
        Ok((lo, hi))
    }
}

fn read(path: &PathBuf) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.clone(),
        source,
    })
}

/// Runs the API server until SIGTERM/SIGINT.
pub async fn run(opts: Options) -> Result<()> {
    let addr = opts.listen_addr();
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| Error::Listen { addr, source })?;
    let server = ApiServer::new(&opts).await?;
    tracing::info!(%addr, etcd = ?opts.etcd_servers, "serving securely");
    server.serve(listener, serving::termination_signal()).await;
    Ok(())
}

/// The API server: TLS, the REST API state, health checks, limits and metrics.
pub struct ApiServer {
    tls: Arc<rustls::ServerConfig>,
    health: HealthChecks,
    api: Arc<Api>,
    address: String,
    /// `--service-account-jwks-uri`.
    jwks_uri: Option<String>,
    metrics: metrics::Metrics,
    readonly_slots: Semaphore,
    mutating_slots: Semaphore,
    request_timeout: Duration,
    auditor: Option<audit::Auditor>,
}

impl ApiServer {
    pub async fn new(opts: &Options) -> Result<Self> {
        // Re-read when `certs renew` replaces the files: no restart needed.
        // The front proxy's CA is trusted beside the client CA; which of the two issued a
        // client certificate decides how it authenticates.
        let mut client_cas = read(&opts.client_ca_file)?;
        let proxy_ca = match &opts.requestheader_client_ca_file {
            Some(path) => Some(read(path)?),
            None => None,
        };
        if let Some(pem) = &proxy_ca {
            client_cas = format!("{}\n{pem}", client_cas.trim_end());
        }
        let tls = crate::tls::reloading_server_config(
            &opts.tls_cert_file,
            &opts.tls_private_key_file,
            Some(&client_cas),
        )?;
        let etcd_tls = match (&opts.etcd_cafile, &opts.etcd_certfile, &opts.etcd_keyfile) {
            (Some(ca), Some(cert), Some(key)) => Some(crate::etcd::ClientTls {
                ca_pem: read(ca)?,
                cert_pem: read(cert)?,
                key_pem: read(key)?,
            }),
            _ => None,
        };
        let encryption = match &opts.encryption_provider_config {
            Some(path) => Some(encryption::Encryption::load(path)?),
            None => None,
        };
        let storage = storage::Storage::connect(&opts.etcd_servers, etcd_tls.as_ref())
            .await?
            .with_encryption(encryption);
        let cache = cache::WatchCache::start(storage.clone());
        let authenticator = Arc::new(authenticator(opts, &cache, &storage, proxy_ca.as_deref())?);
        let authorizer = Arc::new(Authorizer::new(
            opts.authorization_mode.clone(),
            cache.clone(),
        ));
        let api = Arc::new(Api {
            storage,
            cache: cache.clone(),
            services: allocator::ServiceAllocator {
                cidr: opts.service_cluster_ip_range,
                node_ports: opts.node_ports()?,
            },
            authenticator,
            authorizer,
            token_issuer: token_issuer(opts)?.map(Arc::new),
            admission: admission::Chain::new(
                &opts.enable_admission_plugins,
                &opts.disable_admission_plugins,
            ),
        });
        let bootstrapped = Arc::new(tokio::sync::OnceCell::new());
        {
            let (api, done) = (api.clone(), bootstrapped.clone());
            let (advertise, port) = (opts.advertise_address, opts.secure_port);
            tokio::spawn(async move {
                while !api.cache.is_ready().await {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                bootstrap::run(&api, advertise, port).await;
                authz::policy::reconcile(&api).await;
                let _ = done.set(());
                tokio::spawn(bootstrap::endpoint_reconciler(api.clone(), advertise, port));
                tokio::spawn(bootstrap::compactor(api));
            });
        }
        let kms = api.storage.kms_providers();
        for provider in &kms {
            tokio::spawn(provider.clone().run());
        }
        let kms_check = move || {
            let kms = kms.clone();
            async move {
                kms.iter()
                    .map(|p| {
                        p.health()
                            .map_err(|e| format!("kms provider {:?}: {e}", p.name))
                    })
                    .collect::<std::result::Result<Vec<()>, String>>()
                    .map(|_| ())
            }
        };
        let crds_synced = Arc::new(tokio::sync::OnceCell::new());
        tokio::spawn(crd::run(api.clone(), crds_synced.clone()));
        let etcd = crate::etcd::HealthClient::new(opts.etcd_servers.clone(), etcd_tls);
        let etcd_check = move || {
            let etcd = etcd.clone();
            async move { etcd.check(Duration::from_secs(2)).await }
        };
        let cache_check = move || {
            let cache = cache.clone();
            async move {
                if cache.is_ready().await {
                    Ok(())
                } else {
                    Err("the watch cache has not synced".to_string())
                }
            }
        };
        let bootstrap_check = move || {
            let done = bootstrapped.clone();
            async move {
                if done.initialized() {
                    Ok(())
                } else {
                    Err("start-up objects are not created yet".to_string())
                }
            }
        };
        let crd_check = move || {
            let done = crds_synced.clone();
            async move {
                if done.initialized() {
                    Ok(())
                } else {
                    Err("the stored CustomResourceDefinitions are not served yet".to_string())
                }
            }
        };
        let health = HealthChecks {
            healthz: vec![
                Check::ping(),
                Check::new("etcd", etcd_check.clone()),
                Check::new("kms-providers", kms_check.clone()),
            ],
            // etcd is left out of liveness on purpose: restarting the API server does not
            // bring etcd back, it only adds a restart loop on top of an outage.
            livez: vec![Check::ping()],
            readyz: vec![
                Check::ping(),
                Check::new("etcd", etcd_check),
                Check::new("informer-sync", cache_check),
                Check::new("poststarthook/bootstrap-objects", bootstrap_check),
                Check::new("poststarthook/crd-informer-synced", crd_check),
                Check::new("kms-providers", kms_check),
            ],
        };
        Ok(ApiServer {
            tls,
            health,
            api,
            address: opts.listen_addr().to_string(),
            jwks_uri: opts.service_account_jwks_uri.clone(),
            metrics: metrics::Metrics::default(),
            readonly_slots: Semaphore::new(opts.max_requests_inflight.max(1)),
            mutating_slots: Semaphore::new(opts.max_mutating_requests_inflight.max(1)),
            request_timeout: opts.request_timeout,
            auditor: auditor(opts)?,
        })
    }

    /// Serves on `listener` until `shutdown` resolves.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()>,
    ) {
        let tls = self.tls.clone();
        serving::serve(listener, tls, Arc::new(self), shutdown).await;
    }

    async fn route(
        &self,
        req: Request,
        user: UserInfo,
        labels: &mut metrics::RequestLabels,
        mut audit: Option<&mut audit::Record>,
    ) -> Response {
        let path = req.uri().path().to_owned();
        let query = Query::parse(req.uri().query());
        let method = req.method().clone();
        let read_only = matches!(method, Method::GET | Method::HEAD);
        let target = request::parse_path(&method, &path, &query);
        // Health and version are public; everything else is authorized: paths as
        // non-resource URLs, resources by verb, group, resource, namespace and name.
        if !(read_only && is_public(&path)) {
            let attributes = match &target {
                Some(Ok(Target::Resource(rr))) => Attributes::resource(&user, rr),
                _ => Attributes::non_resource(&user, &method, &path),
            };
            let decision = self.api.authorizer.authorize(&attributes).await;
            if let Some(record) = audit.as_deref_mut() {
                record.decision = Some(match &decision {
                    Decision::Allow => ("allow", String::new()),
                    Decision::Deny(reason) => ("forbid", reason.clone()),
                });
            }
            if let Decision::Deny(reason) = decision {
                if user.is_anonymous() {
                    return unauthorized();
                }
                return attributes.forbidden(&reason).into_response();
            }
        }
        if read_only {
            if path == "/version" || path == "/version/" {
                return serving::json(StatusCode::OK, &crate::version::info_json());
            }
            if let Some(response) = self.health.respond(&path, req.uri().query()).await {
                return response;
            }
            if path == "/metrics" {
                return serving::text(StatusCode::OK, self.metrics.render());
            }
            if let Some(response) = oidc::respond(
                &path,
                self.api.authenticator.service_accounts.as_ref(),
                self.jwks_uri.as_deref(),
                &self.address,
            ) {
                return response;
            }
            if path == "/openapi/v3" || path == "/openapi/v3/" {
                return openapi::index();
            }
            if let Some(rest) = path.strip_prefix("/openapi/v3/") {
                return openapi::group_version(rest).unwrap_or_else(ApiError::into_response);
            }
        }
        let Some(target) = target else {
            return ApiError::unknown_path().into_response();
        };
        let target = match target {
            Ok(t) => t,
            Err(e) => return e.into_response(),
        };
        let rr = match target {
            Target::CoreRoot if read_only => {
                return discovery::core_root(req.headers(), &self.address);
            }
            Target::GroupsRoot if read_only => return discovery::groups_root(req.headers()),
            Target::Group(g) if read_only => {
                return discovery::group(&g).unwrap_or_else(ApiError::into_response);
            }
            Target::GroupVersion { group, version } if read_only => {
                return discovery::group_version(&group, &version)
                    .unwrap_or_else(ApiError::into_response);
            }
            Target::Resource(rr) => rr,
            _ => {
                return ApiError::method_not_allowed(
                    "the server does not allow this method on the requested resource",
                )
                .into_response();
            }
        };
        *labels = metrics::RequestLabels {
            verb: rr.verb.as_str().to_ascii_uppercase(),
            group: rr.group.clone(),
            version: rr.version.clone(),
            resource: rr.resource.clone(),
            subresource: rr.subresource.clone().unwrap_or_default(),
            scope: if rr.name.is_some() {
                "resource"
            } else if rr.namespace.is_some() {
                "namespace"
            } else {
                "cluster"
            },
        };
        let Some(def) = registry::lookup(&rr.group, &rr.version, &rr.resource) else {
            return ApiError::unknown_path().into_response();
        };
        let mutating = !matches!(rr.verb, Verb::Get | Verb::List | Verb::Watch);
        let watch = rr.verb == Verb::Watch;
        // Watches are long-running and not counted against the in-flight limits.
        let slots = if mutating {
            &self.mutating_slots
        } else {
            &self.readonly_slots
        };
        let _permit = if watch {
            None
        } else {
            match slots.try_acquire() {
                Ok(p) => Some(p),
                Err(_) => return ApiError::too_many_requests(1).into_response(),
            }
        };
        let headers = req.headers().clone();
        let body = match read_body(req.into_body()).await {
            Ok(b) => b,
            Err(response) => return response,
        };
        if let Some(record) = audit.as_deref_mut()
            && record.level >= audit::Level::Request
        {
            // Decoded (kubectl's typed clients send protobuf), as the log is JSON.
            record.request_object = wire::decode_body(&headers, &body).ok();
        }
        let notes = std::sync::Arc::new(handlers::Notes::default());
        let call = Call {
            def,
            req: rr,
            query,
            headers,
            body,
            user,
            notes: notes.clone(),
        };
        if watch {
            return self.api.handle(call).await;
        }
        let response = match tokio::time::timeout(self.request_timeout, self.api.handle(call)).await
        {
            Ok(r) => r,
            Err(_) => ApiError::timeout(format!(
                "the request did not complete within the allotted timeout of {}",
                crate::config::duration::format(self.request_timeout)
            ))
            .into_response(),
        };
        if let Some(record) = audit {
            record.annotations = notes.take_audit_annotations();
        }
        handlers::write::with_warnings(response, &notes.take_warnings())
    }
}

fn auditor(opts: &Options) -> Result<Option<audit::Auditor>> {
    let Some(policy) = &opts.audit_policy_file else {
        return Ok(None);
    };
    let path = opts.audit_log_path.clone().ok_or(Error::AuditLogMissing)?;
    Ok(Some(audit::Auditor::start(
        policy,
        audit::LogOptions {
            path,
            max_size_mib: opts.audit_log_maxsize,
            max_backups: opts.audit_log_maxbackup,
        },
    )?))
}

/// What a request asks to do, for authorization and audit.
fn attributes_of(user: &UserInfo, method: &Method, path: &str, query: &Query) -> Attributes {
    match request::parse_path(method, path, query) {
        Some(Ok(Target::Resource(rr))) => Attributes::resource(user, &rr),
        _ => Attributes::non_resource(user, method, path),
    }
}

fn unauthorized() -> Response {
    ApiError::new(StatusCode::UNAUTHORIZED, "Unauthorized", "Unauthorized").into_response()
}

fn authenticator(
    opts: &Options,
    cache: &Arc<cache::WatchCache>,
    storage: &storage::Storage,
    proxy_ca: Option<&str>,
) -> Result<Authenticator> {
    let mut keys = Vec::new();
    for path in &opts.service_account_key_file {
        keys.extend(authn::service_account::load_keys(path).map_err(Error::ServiceAccountKeys)?);
    }
    let issuers = issuers(opts);
    let service_accounts = if keys.is_empty() {
        None
    } else {
        Some(
            authn::service_account::Verifier::new(
                keys,
                issuers.clone(),
                audiences(opts, &issuers),
                storage.clone(),
            )
            .map_err(Error::ServiceAccountKeys)?,
        )
    };
    let request_header = match proxy_ca {
        Some(pem) => Some(authn::RequestHeader {
            ca_subject: authn::subject_of(pem).ok_or_else(|| Error::RequestHeaderCa)?,
            allowed_names: opts.requestheader_allowed_names.clone(),
            username_headers: opts.requestheader_username_headers.clone(),
            group_headers: opts.requestheader_group_headers.clone(),
            extra_prefixes: opts.requestheader_extra_headers_prefix.clone(),
        }),
        None => None,
    };
    Ok(Authenticator {
        cache: cache.clone(),
        service_accounts,
        request_header,
        anonymous: opts.anonymous_auth,
    })
}

fn issuers(opts: &Options) -> Vec<String> {
    if opts.service_account_issuer.is_empty() {
        vec![authn::service_account::DEFAULT_ISSUER.to_owned()]
    } else {
        opts.service_account_issuer.clone()
    }
}

fn audiences(opts: &Options, issuers: &[String]) -> Vec<String> {
    if opts.api_audiences.is_empty() {
        issuers[..1].to_vec()
    } else {
        opts.api_audiences.clone()
    }
}

fn token_issuer(opts: &Options) -> Result<Option<authn::service_account::Issuer>> {
    let Some(path) = &opts.service_account_signing_key_file else {
        return Ok(None);
    };
    if opts.service_account_key_file.is_empty() {
        return Err(Error::IssuerMissing);
    }
    let issuers = issuers(opts);
    Ok(Some(authn::service_account::Issuer {
        signer: crate::pki::jwt::TokenSigner::load(path)?,
        issuer: issuers[0].clone(),
        audiences: audiences(opts, &issuers),
        max_expiration: opts.service_account_max_token_expiration.as_secs() as i64,
    }))
}

/// Paths anyone may GET: health and version, as kube-apiserver's `system:public-info-viewer`.
fn is_public(path: &str) -> bool {
    let base = path.trim_end_matches('/');
    ["/healthz", "/livez", "/readyz"]
        .iter()
        .any(|p| base == *p || base.starts_with(&format!("{p}/")))
        || base == "/version"
}

impl Handler for ApiServer {
    async fn handle(&self, req: Request, conn: Arc<ConnInfo>) -> Response {
        let started = Instant::now();
        let user = match self
            .api
            .authenticator
            .authenticate(&conn, req.headers())
            .await
        {
            Identity::User(u) => u,
            Identity::Anonymous => UserInfo::anonymous(),
            Identity::Refused(e) => {
                tracing::debug!(peer = %conn.peer, error = %e, "authentication failed");
                return unauthorized();
            }
        };
        let authenticated = user.clone();
        let user = match authn::impersonation::impersonate(
            &self.api.authorizer,
            user,
            req.headers(),
        )
        .await
        {
            Ok(u) => u,
            Err(e) => return e.into_response(),
        };
        let mut record = self.auditor.as_ref().and_then(|a| {
            let uri = req.uri();
            let attributes =
                attributes_of(&user, req.method(), uri.path(), &Query::parse(uri.query()));
            let agent = req
                .headers()
                .get(http::header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned();
            a.begin(
                attributes,
                (authenticated != user).then_some(authenticated),
                uri.to_string(),
                conn.peer.ip().to_string(),
                agent,
            )
        });
        let mut labels = metrics::RequestLabels {
            verb: req.method().as_str().to_owned(),
            group: String::new(),
            version: String::new(),
            resource: String::new(),
            subresource: String::new(),
            scope: "",
        };
        let mut response = self.route(req, user, &mut labels, record.as_mut()).await;
        if let (Some(auditor), Some(record)) = (&self.auditor, &record) {
            response = audit_response(auditor, record, response).await;
        }
        if !labels.resource.is_empty() {
            self.metrics
                .observe(labels, response.status().as_u16(), started.elapsed());
        }
        response
    }
}

/// Logs the response stage; at RequestResponse the (non-streaming) body is read and put back.
async fn audit_response(
    auditor: &audit::Auditor,
    record: &audit::Record,
    response: Response,
) -> Response {
    let code = response.status().as_u16();
    if record.attributes.verb == "watch" {
        auditor.finish(record, code, "ResponseStarted", None);
        return response;
    }
    if record.level < audit::Level::RequestResponse {
        auditor.finish(record, code, "ResponseComplete", None);
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = body
        .collect()
        .await
        .map(|c| c.to_bytes())
        .unwrap_or_default();
    auditor.finish(record, code, "ResponseComplete", Some(&bytes));
    Response::from_parts(parts, serving::full(bytes))
}
