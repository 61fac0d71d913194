//! What the scheduler and controller-manager share: their flags for the API connection and
//! the secure health port, and the health server itself (self-signed serving certificate
//! generated in memory, as kube-scheduler does when given none).

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::health::{Check, HealthChecks};
use super::{ConnInfo, Handler, Request, Response};
use crate::kubeconfig::client::ApiClient;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Client(#[from] crate::kubeconfig::client::Error),
    #[error("cannot create the serving certificate: {0}")]
    Certificate(String),
    #[error(transparent)]
    Tls(#[from] crate::tls::Error),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

/// Flags both components take, named as in kube-scheduler and kube-controller-manager.
#[derive(Clone, Debug, clap::Args)]
pub struct ComponentOptions {
    /// Path to kubeconfig file with authorization and master location information
    #[arg(long)]
    pub kubeconfig: PathBuf,
    /// The IP address on which to listen for the --secure-port port
    #[arg(long, default_value = "127.0.0.1")]
    pub bind_address: IpAddr,
    /// The port on which to serve HTTPS health endpoints (/healthz, /livez, /readyz)
    #[arg(long)]
    pub secure_port: Option<u16>,
}

/// Renders the component's Prometheus text metrics.
pub type MetricsRenderer = Arc<dyn Fn() -> String + Send + Sync>;

/// What a component serves on its secure port besides the standard health checks.
#[derive(Default)]
pub struct Extras {
    /// More `/healthz` (and `/livez`) checks, e.g. leader election's.
    pub health: Vec<Check>,
    /// `/metrics`, served only to clients with a certificate signed by the cluster CA (as
    /// kube-scheduler serves it only to authenticated clients).
    pub metrics: Option<MetricsRenderer>,
}

struct HealthServer {
    checks: HealthChecks,
    metrics: Option<MetricsRenderer>,
}

impl Handler for HealthServer {
    async fn handle(&self, req: Request, conn: Arc<ConnInfo>) -> Response {
        if req.uri().path() == "/metrics"
            && let Some(render) = &self.metrics
        {
            if conn.client_certs.is_none() {
                return super::text(
                    http::StatusCode::UNAUTHORIZED,
                    "Unauthorized: /metrics needs a client certificate signed by the cluster CA\n",
                );
            }
            let mut r = super::text(http::StatusCode::OK, render());
            r.headers_mut().insert(
                http::header::CONTENT_TYPE,
                http::HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
            );
            return r;
        }
        match self
            .checks
            .respond(req.uri().path(), req.uri().query())
            .await
        {
            Some(r) => r,
            None => super::text(http::StatusCode::NOT_FOUND, "404 page not found\n"),
        }
    }
}

/// Serves the component's health endpoints until SIGTERM. `/readyz` also checks that the
/// API server answers with the component's own credentials.
pub async fn run_health_server(
    component: &'static str,
    opts: &ComponentOptions,
    default_port: u16,
    extras: Extras,
) -> Result<(), Error> {
    let creds = crate::kubeconfig::Kubeconfig::load(&opts.kubeconfig)
        .and_then(|k| k.credentials(&opts.kubeconfig))
        .map_err(crate::kubeconfig::client::Error::from)?;
    let api = ApiClient::from_credentials(&creds)?.with_timeout(Duration::from_secs(2));
    let addr = SocketAddr::new(opts.bind_address, opts.secure_port.unwrap_or(default_port));
    let key = rcgen::KeyPair::generate().map_err(|e| Error::Certificate(e.to_string()))?;
    let params =
        rcgen::CertificateParams::new(vec![opts.bind_address.to_string(), "localhost".to_owned()])
            .map_err(|e| Error::Certificate(e.to_string()))?;
    let cert = params
        .self_signed(&key)
        .map_err(|e| Error::Certificate(e.to_string()))?;
    let tls = crate::tls::server_config(&cert.pem(), &key.serialize_pem(), Some(&creds.ca_pem))?;
    let api_check = move || {
        let api = api.clone();
        async move {
            let r = api.get("/readyz").await.map_err(|e| e.to_string())?;
            if r.status.is_success() {
                Ok(())
            } else {
                Err(format!("API server answered {}", r.status))
            }
        }
    };
    let mut healthz = vec![Check::ping()];
    healthz.extend(extras.health.iter().cloned());
    let checks = HealthChecks {
        livez: healthz.clone(),
        healthz,
        readyz: vec![Check::ping(), Check::new("apiserver", api_check)],
    };
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| Error::Listen { addr, source })?;
    tracing::info!(%addr, component, "serving health endpoints securely");
    super::serve(
        listener,
        tls,
        Arc::new(HealthServer {
            checks,
            metrics: extras.metrics,
        }),
        super::termination_signal(),
    )
    .await;
    Ok(())
}
