//! Secure serving shared by the API server and the components' health ports: a TLS accept
//! loop over hyper (HTTP/1.1 and HTTP/2), in mini-redis's shape — the caller passes the
//! listener and a shutdown future, so tests can run a server on any address and stop it.

pub mod component;
pub mod health;

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use rustls::pki_types::CertificateDer;
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

pub type Request = hyper::Request<Incoming>;
/// Response bodies are boxed so that a handler can answer with a buffer or a stream (watch).
pub type Body = BoxBody<Bytes, std::io::Error>;
pub type Response = hyper::Response<Body>;

/// A body holding `bytes`.
pub fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into())
        .map_err(|never| match never {})
        .boxed()
}

/// A TLS handshake that takes longer than this is dropped (slowloris protection).
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long in-flight requests may finish after shutdown begins.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);
/// How long connections accepted just before shutdown get to send their first request.
const FIRST_REQUEST_GRACE: Duration = Duration::from_millis(500);

/// What is known about a connection before any request is read.
#[derive(Clone)]
pub struct ConnInfo {
    pub peer: SocketAddr,
    /// The client's verified certificate chain (leaf first), when it presented one.
    pub client_certs: Option<Vec<CertificateDer<'static>>>,
    /// What a handler worked out once per connection (the API server: who the client
    /// certificate names), so a connection's later requests skip it.
    pub memo: std::sync::OnceLock<std::sync::Arc<dyn std::any::Any + Send + Sync>>,
}

impl ConnInfo {
    pub fn new(peer: SocketAddr, client_certs: Option<Vec<CertificateDer<'static>>>) -> Self {
        ConnInfo {
            peer,
            client_certs,
            memo: std::sync::OnceLock::new(),
        }
    }
}

/// Handles one request; implemented by closures and by each server's state.
pub trait Handler: Send + Sync + 'static {
    fn handle(&self, req: Request, conn: Arc<ConnInfo>) -> impl Future<Output = Response> + Send;
}

/// Serves TLS connections from `listener` until `shutdown` resolves, then drains.
pub async fn serve<H: Handler>(
    listener: TcpListener,
    tls: Arc<rustls::ServerConfig>,
    handler: Arc<H>,
    shutdown: impl Future<Output = ()>,
) {
    let acceptor = TlsAcceptor::from(tls);
    let graceful = GracefulShutdown::new();
    let start = |tcp: tokio::net::TcpStream, peer: SocketAddr| {
        let _ = tcp.set_nodelay(true);
        let acceptor = acceptor.clone();
        let handler = handler.clone();
        let watcher = graceful.watcher();
        tokio::spawn(async move {
            let tls = match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(tcp)).await {
                Ok(Ok(tls)) => tls,
                Ok(Err(e)) => {
                    tracing::debug!(%peer, error = %e, "TLS handshake failed");
                    return;
                }
                Err(_) => {
                    tracing::debug!(%peer, "TLS handshake timed out");
                    return;
                }
            };
            let client_certs = tls
                .get_ref()
                .1
                .peer_certificates()
                .map(|c| c.iter().map(|c| c.clone().into_owned()).collect());
            let conn = Arc::new(ConnInfo::new(peer, client_certs));
            let service = service_fn(move |req| {
                let handler = handler.clone();
                let conn = conn.clone();
                async move { Ok::<_, Infallible>(handler.handle(req, conn).await) }
            });
            let builder = auto::Builder::new(TokioExecutor::new());
            let connection = builder.serve_connection_with_upgrades(TokioIo::new(tls), service);
            if let Err(e) = watcher.watch(connection.into_owned()).await {
                tracing::debug!(%peer, error = %e, "connection ended with an error");
            }
        });
    };
    tokio::pin!(shutdown);
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // EMFILE and friends: back off instead of spinning.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        start(tcp, peer);
    }
    // Connections the kernel already queued are taken and served (closing the listener would
    // reset them mid-request); after that none is accepted, so the node-local endpoint or a
    // load balancer fails over to another master at connect time.
    while let Ok(Ok((tcp, peer))) = tokio::time::timeout(Duration::ZERO, listener.accept()).await {
        start(tcp, peer);
    }
    drop(listener);
    // A connection accepted a moment ago has not sent its first request yet, and graceful
    // shutdown closes idle connections: give it the time to be served.
    tokio::time::sleep(FIRST_REQUEST_GRACE).await;
    if tokio::time::timeout(DRAIN_TIMEOUT, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("some connections were still open after {DRAIN_TIMEOUT:?}; closing them");
    }
}

/// A plain-text response.
pub fn text(status: http::StatusCode, body: impl Into<Bytes>) -> Response {
    hyper::Response::builder()
        .status(status)
        .header(http::header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .header("X-Content-Type-Options", "nosniff")
        .body(full(body))
        .expect("static headers are valid")
}

/// A JSON response.
pub fn json(status: http::StatusCode, value: &serde_json::Value) -> Response {
    hyper::Response::builder()
        .status(status)
        .header(http::header::CONTENT_TYPE, "application/json")
        .header("X-Content-Type-Options", "nosniff")
        .body(full(value.to_string()))
        .expect("static headers are valid")
}

/// Resolves on SIGTERM or SIGINT: the components' shutdown signal.
pub async fn termination_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate()).expect("install SIGTERM handler");
    let mut int = signal(SignalKind::interrupt()).expect("install SIGINT handler");
    tokio::select! {
        _ = term.recv() => tracing::info!("SIGTERM received, shutting down"),
        _ = int.recv() => tracing::info!("SIGINT received, shutting down"),
    }
}
