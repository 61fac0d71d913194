//! `kubeforge apiserver`: the Kubernetes API server. This is its secure-serving skeleton:
//! TLS with client-certificate authentication, the health endpoints (which really ask etcd),
//! `/version`, and a `Status` for everything else. The REST API itself arrives with the API
//! server issue.

mod authn;
pub mod cache;
pub mod errors;
pub mod meta;
pub mod patch;
pub mod registry;
pub mod request;
pub mod selectors;
mod status;
pub mod storage;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use http::{Method, StatusCode};

use crate::serving::health::{Check, HealthChecks};
use crate::serving::{self, ConnInfo, Handler, Request, Response};
pub use authn::UserInfo;

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
    #[error("etcd client: {0}")]
    Etcd(#[from] crate::etcd::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

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
}

impl Options {
    pub fn listen_addr(&self) -> SocketAddr {
        SocketAddr::new(
            self.bind_address.unwrap_or(self.advertise_address),
            self.secure_port,
        )
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
    let server = ApiServer::new(&opts)?;
    tracing::info!(%addr, etcd = ?opts.etcd_servers, "serving securely");
    server.serve(listener, serving::termination_signal()).await;
    Ok(())
}

/// The API server's state: TLS configuration and its etcd client.
pub struct ApiServer {
    tls: Arc<rustls::ServerConfig>,
    health: HealthChecks,
}

impl ApiServer {
    pub fn new(opts: &Options) -> Result<Self> {
        let tls = crate::tls::server_config(
            &read(&opts.tls_cert_file)?,
            &read(&opts.tls_private_key_file)?,
            Some(&read(&opts.client_ca_file)?),
        )?;
        let etcd_tls = match (&opts.etcd_cafile, &opts.etcd_certfile, &opts.etcd_keyfile) {
            (Some(ca), Some(cert), Some(key)) => Some(crate::etcd::ClientTls {
                ca_pem: read(ca)?,
                cert_pem: read(cert)?,
                key_pem: read(key)?,
            }),
            _ => None,
        };
        let etcd = crate::etcd::HealthClient::new(opts.etcd_servers.clone(), etcd_tls);
        let etcd_check = move || {
            let etcd = etcd.clone();
            async move { etcd.check(Duration::from_secs(2)).await }
        };
        let health = HealthChecks {
            healthz: vec![Check::ping(), Check::new("etcd", etcd_check.clone())],
            // etcd is left out of liveness on purpose: restarting the API server does not
            // bring etcd back, it only adds a restart loop on top of an outage.
            livez: vec![Check::ping()],
            readyz: vec![Check::ping(), Check::new("etcd", etcd_check)],
        };
        Ok(ApiServer { tls, health })
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
        let user = authn::authenticate(&conn);
        let path = req.uri().path().to_owned();
        let query = req.uri().query().map(str::to_owned);
        let read_only = matches!(*req.method(), Method::GET | Method::HEAD);
        if user.is_none() && !(read_only && is_public(&path)) {
            return status::unauthorized();
        }
        if read_only {
            if path == "/version" || path == "/version/" {
                return serving::json(StatusCode::OK, &crate::version::info_json());
            }
            if let Some(response) = self.health.respond(&path, query.as_deref()).await {
                return response;
            }
        }
        status::not_found()
    }
}
