//! The agent's own endpoint, where the kubelet has its healthz port: plain HTTP on the node's
//! address, port 10248, serving `/healthz` and `/metrics` (Prometheus text) — today the
//! scheduled etcd snapshots' outcomes, so a failing backup shows up in monitoring.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;

use crate::serving::text;

pub const PORT: u16 = 10248;

#[derive(Default)]
pub struct AgentMetrics {
    snapshots_ok: AtomicU64,
    snapshots_failed: AtomicU64,
    last_success_unix: AtomicU64,
    last_failure_unix: AtomicU64,
    last_duration_ms: AtomicU64,
}

fn unix_now() -> u64 {
    time::OffsetDateTime::now_utc().unix_timestamp().max(0) as u64
}

impl AgentMetrics {
    pub fn snapshot_succeeded(&self, took: Duration) {
        self.snapshots_ok.fetch_add(1, Ordering::Relaxed);
        self.last_success_unix.store(unix_now(), Ordering::Relaxed);
        self.last_duration_ms
            .store(took.as_millis() as u64, Ordering::Relaxed);
    }

    pub fn snapshot_failed(&self) {
        self.snapshots_failed.fetch_add(1, Ordering::Relaxed);
        self.last_failure_unix.store(unix_now(), Ordering::Relaxed);
    }

    pub fn render(&self) -> String {
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let mut out = String::new();
        let mut metric = |name: &str, kind: &str, help: &str, value: String| {
            out.push_str(&format!(
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}\n"
            ));
        };
        metric(
            "kubeforge_etcd_snapshot_success_total",
            "counter",
            "Scheduled etcd snapshots saved and verified.",
            get(&self.snapshots_ok).to_string(),
        );
        metric(
            "kubeforge_etcd_snapshot_failures_total",
            "counter",
            "Scheduled etcd snapshots that failed.",
            get(&self.snapshots_failed).to_string(),
        );
        metric(
            "kubeforge_etcd_snapshot_last_success_timestamp_seconds",
            "gauge",
            "Unix time of the last successful scheduled snapshot (0: none yet).",
            get(&self.last_success_unix).to_string(),
        );
        metric(
            "kubeforge_etcd_snapshot_last_failure_timestamp_seconds",
            "gauge",
            "Unix time of the last failed scheduled snapshot (0: none).",
            get(&self.last_failure_unix).to_string(),
        );
        metric(
            "kubeforge_etcd_snapshot_last_duration_seconds",
            "gauge",
            "How long the last successful scheduled snapshot took.",
            format!("{:.3}", get(&self.last_duration_ms) as f64 / 1000.0),
        );
        out
    }
}

/// Serves until the task is dropped; a port already taken is logged, not fatal.
pub async fn serve(address: IpAddr, metrics: Arc<AgentMetrics>) {
    let addr = SocketAddr::new(address, PORT);
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            tracing::warn!(%addr, error = %e, "cannot serve the agent's /healthz and /metrics");
            return;
        }
    };
    loop {
        let Ok((tcp, _)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        let metrics = metrics.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                let metrics = metrics.clone();
                async move {
                    Ok::<_, std::convert::Infallible>(match req.uri().path() {
                        "/healthz" => text(http::StatusCode::OK, "ok"),
                        "/metrics" => text(http::StatusCode::OK, metrics.render()),
                        _ => text(http::StatusCode::NOT_FOUND, "404 page not found\n"),
                    })
                }
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(tcp), service)
                .await;
        });
    }
}
