//! HTTP(S) probes, as the kubelet runs them: a GET whose status is 200–399 passes. Like the
//! kubelet, HTTPS probes do not verify the server certificate (the component's serving
//! certificate may be self-signed); they carry no credentials.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use k8s_openapi::api::core::v1::Probe;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use crate::kubeconfig::client::ApiClient;

/// A probe's target and timing, resolved from the Pod spec.
#[derive(Clone, Debug)]
pub struct HttpProbeSpec {
    pub url: String,
    pub path: String,
    pub initial_delay: Duration,
    pub period: Duration,
    pub timeout: Duration,
    pub failure_threshold: u32,
}

impl HttpProbeSpec {
    /// Only `httpGet` probes with a numeric port are supported; others are ignored with a
    /// warning by the caller.
    pub fn from_probe(probe: &Probe) -> Option<Self> {
        let get = probe.http_get.as_ref()?;
        let port = match &get.port {
            IntOrString::Int(p) => u16::try_from(*p).ok()?,
            IntOrString::String(_) => return None,
        };
        let scheme = get.scheme.as_deref().unwrap_or("HTTP").to_ascii_lowercase();
        let host = get.host.clone().unwrap_or_else(|| "127.0.0.1".into());
        let secs =
            |v: Option<i32>, default: i32| Duration::from_secs(v.unwrap_or(default).max(0) as u64);
        Some(HttpProbeSpec {
            url: crate::staticpod::url(&scheme, &host, port),
            path: get.path.clone().unwrap_or_else(|| "/".into()),
            initial_delay: secs(probe.initial_delay_seconds, 0),
            period: secs(probe.period_seconds, 10).max(Duration::from_secs(1)),
            timeout: secs(probe.timeout_seconds, 1).max(Duration::from_secs(1)),
            failure_threshold: probe.failure_threshold.unwrap_or(3).max(1) as u32,
        })
    }

    /// One probe attempt.
    pub async fn check(&self) -> Result<(), String> {
        http_get_check(&self.url, &self.path, self.timeout).await
    }
}

/// One kubelet-style HTTP(S) GET check of `base_url` + `path`: 200–399 passes.
pub async fn http_get_check(base_url: &str, path: &str, timeout: Duration) -> Result<(), String> {
    let client = ApiClient::new(base_url, insecure_tls())
        .map_err(|e| e.to_string())?
        .with_timeout(timeout);
    let response = client.get(path).await.map_err(|e| e.to_string())?;
    if response.status.is_success() || response.status.is_redirection() {
        Ok(())
    } else {
        Err(format!(
            "HTTP probe failed with status code {}",
            response.status.as_u16()
        ))
    }
}

/// Waits for the startup probe to pass, then watches liveness; returns only when the
/// container must be restarted, with the reason.
pub async fn until_restart_needed(
    startup: Option<HttpProbeSpec>,
    liveness: Option<HttpProbeSpec>,
    on_started: impl FnOnce(),
) -> String {
    if let Some(startup) = &startup {
        tokio::time::sleep(startup.initial_delay).await;
        let mut failures = 0;
        loop {
            match startup.check().await {
                Ok(()) => break,
                Err(e) => {
                    failures += 1;
                    if failures >= startup.failure_threshold {
                        return format!("startup probe failed {failures} times: {e}");
                    }
                }
            }
            tokio::time::sleep(startup.period).await;
        }
    }
    on_started();
    let Some(liveness) = liveness else {
        return std::future::pending().await;
    };
    if startup.is_none() {
        tokio::time::sleep(liveness.initial_delay).await;
    }
    let mut failures = 0;
    loop {
        tokio::time::sleep(liveness.period).await;
        match liveness.check().await {
            Ok(()) => failures = 0,
            Err(e) => {
                failures += 1;
                tracing::warn!(url = %liveness.url, failures, error = %e, "liveness probe failed");
                if failures >= liveness.failure_threshold {
                    return format!("liveness probe failed {failures} times: {e}");
                }
            }
        }
    }
}

fn insecure_tls() -> Arc<rustls::ClientConfig> {
    static CONFIG: OnceLock<Arc<rustls::ClientConfig>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            crate::tls::insecure_client_config(None).expect("no client certificate to load")
        })
        .clone()
}
