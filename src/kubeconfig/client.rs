//! A minimal HTTPS client built from a kubeconfig: requests with the kubeconfig's CA and client
//! certificate. Used for health checks (wait-control-plane, the components' readiness, probes)
//! and by tests that look at the wire; typed API access goes through kube-rs.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use rustls::pki_types::ServerName;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

use super::{Credentials, Kubeconfig};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Kubeconfig(#[from] super::Error),
    #[error("TLS configuration: {0}")]
    Tls(#[from] crate::tls::Error),
    #[error("invalid server URL {url:?}: {message}")]
    Url { url: String, message: String },
    #[error("cannot connect to {addr}: {source}")]
    Connect {
        addr: String,
        source: std::io::Error,
    },
    #[error("request to {url} failed: {message}")]
    Request { url: String, message: String },
    #[error("request to {url} timed out after {timeout:?}")]
    Timeout { url: String, timeout: Duration },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An HTTPS client for one server.
#[derive(Clone)]
pub struct ApiClient {
    host: String,
    port: u16,
    /// `None` for plain `http://` (only used for probes of local metrics ports).
    tls: Option<(TlsConnector, ServerName<'static>)>,
    token: Option<String>,
    timeout: Duration,
}

/// Status, headers and body of a response.
#[derive(Debug)]
pub struct Response {
    pub status: http::StatusCode,
    pub headers: http::HeaderMap,
    pub body: Bytes,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl ApiClient {
    pub fn from_kubeconfig(path: &Path) -> Result<Self> {
        let creds = Kubeconfig::load(path)?.credentials(path)?;
        Self::from_credentials(&creds)
    }

    pub fn from_credentials(creds: &Credentials) -> Result<Self> {
        let client_cert = match (&creds.client_cert_pem, &creds.client_key_pem) {
            (Some(c), Some(k)) => Some((c.as_str(), k.as_str())),
            _ => None,
        };
        let tls = crate::tls::client_config(&creds.ca_pem, client_cert)?;
        let mut client = Self::new(&creds.server, tls)?;
        client.token = creds.token.clone();
        Ok(client)
    }

    /// A client for `server` (`https://host:port`) with a ready TLS configuration.
    pub fn new(server: &str, tls: Arc<rustls::ClientConfig>) -> Result<Self> {
        let url_err = |message: &str| Error::Url {
            url: server.to_owned(),
            message: message.to_owned(),
        };
        let uri: http::Uri = server.parse().map_err(|_| url_err("not a URL"))?;
        let host = uri
            .host()
            .ok_or_else(|| url_err("no host"))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let (tls, default_port) = match uri.scheme_str() {
            Some("https") => {
                let server_name =
                    ServerName::try_from(host.clone()).map_err(|_| url_err("invalid host name"))?;
                (Some((TlsConnector::from(tls), server_name)), 443)
            }
            Some("http") => (None, 80),
            _ => return Err(url_err("the scheme must be https:// (or http://)")),
        };
        Ok(ApiClient {
            port: uri.port_u16().unwrap_or(default_port),
            host,
            tls,
            token: None,
            timeout: Duration::from_secs(10),
        })
    }

    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub fn base_url(&self) -> String {
        let scheme = if self.tls.is_some() { "https" } else { "http" };
        crate::staticpod::url(scheme, &self.host, self.port)
    }

    /// GET `path_and_query` (e.g. `/readyz?verbose`).
    pub async fn get(&self, path_and_query: &str) -> Result<Response> {
        self.request(http::Method::GET, path_and_query, &[], Vec::new())
            .await
    }

    /// Any request, with extra headers (`Content-Type`, `Accept`) and a body.
    pub async fn request(
        &self,
        method: http::Method,
        path_and_query: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> Result<Response> {
        let url = format!("{}{path_and_query}", self.base_url());
        tokio::time::timeout(
            self.timeout,
            self.send(method, path_and_query, &url, headers, body),
        )
        .await
        .map_err(|_| Error::Timeout {
            url: url.clone(),
            timeout: self.timeout,
        })?
    }

    async fn send(
        &self,
        method: http::Method,
        path_and_query: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> Result<Response> {
        let addr = format!("{}:{}", self.host, self.port);
        let connect_err = |source| Error::Connect {
            addr: addr.clone(),
            source,
        };
        let tcp = TcpStream::connect((self.host.as_str(), self.port))
            .await
            .map_err(connect_err)?;
        tcp.set_nodelay(true).map_err(connect_err)?;
        let request_err = |message: String| Error::Request {
            url: url.to_owned(),
            message,
        };
        let (mut sender, driver) = match &self.tls {
            Some((connector, server_name)) => {
                let tls = connector
                    .connect(server_name.clone(), tcp)
                    .await
                    .map_err(connect_err)?;
                let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tls))
                    .await
                    .map_err(|e| request_err(e.to_string()))?;
                (sender, tokio::spawn(async move { conn.await.map(|_| ()) }))
            }
            None => {
                let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tcp))
                    .await
                    .map_err(|e| request_err(e.to_string()))?;
                (sender, tokio::spawn(async move { conn.await.map(|_| ()) }))
            }
        };
        let mut request = http::Request::builder()
            .method(method)
            .uri(path_and_query)
            .header(http::header::HOST, addr.as_str())
            .header(
                http::header::USER_AGENT,
                concat!("kubeforge/", env!("CARGO_PKG_VERSION")),
            );
        if let Some(token) = &self.token {
            request = request.header(http::header::AUTHORIZATION, format!("Bearer {token}"));
        }
        if !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("accept"))
        {
            request = request.header(http::header::ACCEPT, "application/json, */*");
        }
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        let request = request
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| request_err(e.to_string()))?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| request_err(e.to_string()))?;
        let status = response.status();
        let resp_headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|e| request_err(e.to_string()))?
            .to_bytes();
        driver.abort();
        Ok(Response {
            status,
            headers: resp_headers,
            body,
        })
    }
}
