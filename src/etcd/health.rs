//! A long-lived etcd client for health checks. Connecting is lazy and reconnection automatic
//! (tonic's channel), so a check against a restarting etcd just fails until it is back.

use std::sync::Arc;
use std::time::Duration;

use etcd_client::{Certificate, Client, ConnectOptions, Identity, TlsOptions};
use tokio::sync::Mutex;

/// Client TLS material for etcd, PEM.
#[derive(Clone)]
pub struct ClientTls {
    pub ca_pem: String,
    pub cert_pem: String,
    pub key_pem: String,
}

impl ClientTls {
    /// The API server's etcd client certificate and the etcd CA under `pki_dir`; the error
    /// names the file that could not be read.
    pub fn apiserver_client(
        pki_dir: &std::path::Path,
    ) -> Result<Self, (std::path::PathBuf, std::io::Error)> {
        let read = |name: &str, key: bool| {
            let spec = crate::pki::table::spec(name).expect("etcd rows are in the table");
            let path = if key {
                spec.key_path(pki_dir)
            } else {
                spec.cert_path(pki_dir)
            };
            std::fs::read_to_string(&path).map_err(|e| (path, e))
        };
        Ok(ClientTls {
            ca_pem: read("etcd-ca", false)?,
            cert_pem: read("apiserver-etcd-client", false)?,
            key_pem: read("apiserver-etcd-client", true)?,
        })
    }
}

#[derive(Clone)]
pub struct HealthClient {
    endpoints: Vec<String>,
    tls: Option<ClientTls>,
    client: Arc<Mutex<Option<Client>>>,
}

impl HealthClient {
    pub fn new(endpoints: Vec<String>, tls: Option<ClientTls>) -> Self {
        HealthClient {
            endpoints,
            tls,
            client: Arc::new(Mutex::new(None)),
        }
    }

    /// Connect options: mTLS when configured, short timeouts so health answers promptly.
    pub fn connect_options(tls: Option<&ClientTls>) -> ConnectOptions {
        let mut options = ConnectOptions::new()
            .with_connect_timeout(Duration::from_secs(2))
            .with_keep_alive(Duration::from_secs(10), Duration::from_secs(5));
        if let Some(t) = tls {
            options = options.with_tls(
                TlsOptions::new()
                    .ca_certificate(Certificate::from_pem(&t.ca_pem))
                    .identity(Identity::from_pem(&t.cert_pem, &t.key_pem)),
            );
        }
        options
    }

    async fn client(&self) -> Result<Client, String> {
        let mut guard = self.client.lock().await;
        if let Some(c) = guard.as_ref() {
            return Ok(c.clone());
        }
        let c = Client::connect(
            &self.endpoints,
            Some(Self::connect_options(self.tls.as_ref())),
        )
        .await
        .map_err(|e| e.to_string())?;
        *guard = Some(c.clone());
        Ok(c)
    }

    /// A linearizable read, which needs a leader and a quorum: what "etcd is healthy" means
    /// to the API server.
    pub async fn check(&self, timeout: Duration) -> Result<(), String> {
        let attempt = async {
            let mut kv = self.client().await?.kv_client();
            kv.get("health", None).await.map_err(|e| e.to_string())?;
            Ok::<(), String>(())
        };
        match tokio::time::timeout(timeout, attempt).await {
            Ok(result) => result,
            Err(_) => Err(format!("etcd did not answer within {timeout:?}")),
        }
    }
}
