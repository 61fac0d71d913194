//! The node-local API endpoint (k3s's agent load balancer): a TCP proxy on `<node
//! address>:6444` that forwards each connection to a healthy API server, so that the node's
//! own clients keep working when any one master goes away. TLS passes through untouched —
//! clients verify the API server's certificate for the name `kubernetes`, which every API
//! server certificate carries. The set of API servers is learned from the `default/kubernetes`
//! Endpoints (which each API server keeps current with its lease), seeded from kubelet.conf;
//! this node's own API server, when it runs one, is preferred.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use k8s_openapi::api::core::v1::Endpoints;
use kube::Api;
use tokio::net::{TcpListener, TcpStream};

pub const PORT: u16 = 6444;
/// The name clients verify: in every API server certificate's SANs.
pub const SERVER_NAME: &str = "kubernetes";
const CONNECT_TIMEOUT: Duration = Duration::from_secs(1);
/// How long an API server that refused a connection is tried only after the others.
const DOWN_FOR: Duration = Duration::from_secs(5);
const REFRESH_EVERY: Duration = Duration::from_secs(5);

#[derive(Default)]
struct Upstreams {
    list: Vec<String>,
    down_until: HashMap<String, Instant>,
    next: usize,
}

pub struct ApiProxy {
    local: Option<String>,
    upstreams: Mutex<Upstreams>,
}

impl ApiProxy {
    /// `seeds`: `host:port` of API servers known before the Endpoints can be read; `local`:
    /// this node's own API server, tried first.
    pub fn new(local: Option<String>, seeds: Vec<String>) -> Arc<Self> {
        let proxy = Arc::new(ApiProxy {
            local,
            upstreams: Mutex::default(),
        });
        proxy.set_upstreams(seeds);
        proxy
    }

    pub fn set_upstreams(&self, mut list: Vec<String>) {
        if let Some(local) = &self.local
            && !list.contains(local)
        {
            list.push(local.clone());
        }
        list.sort();
        list.dedup();
        let mut u = self.upstreams.lock().expect("proxy lock");
        if u.list != list {
            tracing::info!(upstreams = ?list, "node-local API endpoint: API servers");
            u.list = list;
        }
    }

    pub fn upstreams(&self) -> Vec<String> {
        self.upstreams.lock().expect("proxy lock").list.clone()
    }

    /// The order to try: the local API server, then the others in turn (spreading
    /// connections), those that failed recently last.
    fn candidates(&self) -> Vec<String> {
        let mut u = self.upstreams.lock().expect("proxy lock");
        let now = Instant::now();
        u.down_until.retain(|_, until| *until > now);
        let n = u.list.len().max(1);
        u.next = (u.next + 1) % n;
        let start = u.next;
        let mut others: Vec<String> = (0..u.list.len())
            .map(|i| u.list[(start + i) % u.list.len()].clone())
            .filter(|a| Some(a) != self.local.as_ref())
            .collect();
        if let Some(local) = &self.local {
            others.insert(0, local.clone());
        }
        let (healthy, down): (Vec<String>, Vec<String>) = others
            .into_iter()
            .partition(|a| !u.down_until.contains_key(a));
        healthy.into_iter().chain(down).collect()
    }

    fn mark_down(&self, addr: &str) {
        let mut u = self.upstreams.lock().expect("proxy lock");
        u.down_until
            .insert(addr.to_owned(), Instant::now() + DOWN_FOR);
    }
}

/// Accepts connections until the task is dropped.
pub async fn serve(listener: TcpListener, proxy: Arc<ApiProxy>) {
    loop {
        let Ok((client, _)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let proxy = proxy.clone();
        tokio::spawn(async move {
            let _ = client.set_nodelay(true);
            for addr in proxy.candidates() {
                match tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(&addr)).await {
                    Ok(Ok(upstream)) => {
                        let _ = upstream.set_nodelay(true);
                        let (mut a, mut b) = (client, upstream);
                        let _ = tokio::io::copy_bidirectional(&mut a, &mut b).await;
                        return;
                    }
                    _ => {
                        tracing::debug!(%addr, "API server unreachable; trying the next");
                        proxy.mark_down(&addr);
                    }
                }
            }
            tracing::warn!("node-local API endpoint: no API server is reachable");
        });
    }
}

/// Keeps the upstreams equal to the `default/kubernetes` Endpoints, read with `kubeconfig`'s
/// credentials through the endpoint itself. The client is built afresh after a failure: the
/// node's certificate or CA may have been replaced (renewal, CA rotation).
pub async fn follow_endpoints(proxy: Arc<ApiProxy>, kubeconfig: PathBuf, addr: SocketAddr) {
    let mut api: Option<Api<Endpoints>> = None;
    loop {
        if api.is_none() {
            api = client(&kubeconfig, addr)
                .await
                .ok()
                .map(|c| Api::namespaced(c, "default"));
        }
        let read = match &api {
            Some(api) => api.get_opt("kubernetes").await,
            None => Ok(None),
        };
        if read.is_err() {
            api = None;
        }
        if let Ok(Some(ep)) = read {
            let list: Vec<String> = ep
                .subsets
                .unwrap_or_default()
                .iter()
                .flat_map(|s| {
                    let port = s
                        .ports
                        .as_ref()
                        .and_then(|p| p.iter().find(|p| p.name.as_deref() == Some("https")))
                        .map_or(6443, |p| p.port);
                    s.addresses
                        .iter()
                        .flatten()
                        .filter_map(move |a| {
                            let ip = a.ip.parse().ok()?;
                            Some(SocketAddr::new(ip, port as u16).to_string())
                        })
                        .collect::<Vec<_>>()
                })
                .collect();
            if !list.is_empty() {
                proxy.set_upstreams(list);
            }
        }
        tokio::time::sleep(REFRESH_EVERY).await;
    }
}

/// A kube-rs client with `kubeconfig`'s credentials that goes through the node-local
/// endpoint at `addr`.
pub async fn client(kubeconfig: &Path, addr: SocketAddr) -> Result<kube::Client, String> {
    let config = client_config(kubeconfig, Some(addr)).await?;
    kube::Client::try_from(config).map_err(|e| e.to_string())
}

/// `kubeconfig`'s client configuration, aimed at the node-local endpoint `addr` if given.
pub async fn client_config(
    kubeconfig: &Path,
    addr: Option<SocketAddr>,
) -> Result<kube::Config, String> {
    let file = kube::config::Kubeconfig::read_from(kubeconfig).map_err(|e| e.to_string())?;
    let mut config = kube::Config::from_custom_kubeconfig(file, &Default::default())
        .await
        .map_err(|e| e.to_string())?;
    if let Some(addr) = addr {
        config.cluster_url = format!("https://{addr}")
            .parse()
            .map_err(|e| format!("{e}"))?;
        config.tls_server_name = Some(SERVER_NAME.into());
    }
    Ok(config)
}

/// `host:port` of a kubeconfig's server.
pub fn server_of(kubeconfig: &Path) -> Option<String> {
    let config = crate::kubeconfig::Kubeconfig::load(kubeconfig).ok()?;
    let uri: http::Uri = config.clusters.first()?.cluster.server.parse().ok()?;
    let host = uri.host()?;
    Some(format!("{host}:{}", uri.port_u16().unwrap_or(443)))
}
