//! `wait-control-plane`: wait until every component answers its health endpoint — the API
//! server's /readyz with the admin credentials (which includes etcd), the controller-manager's
//! /healthz and the scheduler's /livez.

use std::time::{Duration, Instant};

use crate::agent::probe::http_get_check;
use crate::config::paths;
use crate::controlplane::{CONTROLLER_MANAGER_PORT, SCHEDULER_PORT};
use crate::kubeconfig::client::ApiClient;
use crate::phases::Failed;
use crate::phases::NodeSetup;
use crate::staticpod::url;
use crate::workflow::progress::human;
use crate::workflow::{PhaseContext, PhaseFuture};

const POLL: Duration = Duration::from_millis(25);

type CheckFuture<'a> = std::pin::Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

pub fn run<'a, D: NodeSetup>(d: &'a mut D, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if !d.runs_control_plane() {
            return Ok(());
        }
        let d = d.node().await?;
        if d.dry_run {
            cx.log("Would wait for the control plane components to become healthy");
            return Ok(());
        }
        let timeout = d.cfg.control_plane_health_timeout;
        cx.log(format!(
            "Waiting for the control plane components to become healthy (up to {})",
            crate::config::duration::format(timeout)
        ));
        let started = Instant::now();
        let host = d.cfg.advertise_address.to_string();
        let admin = d.paths.kubeconfig(paths::ADMIN_CONF);
        // The local API server, not controlPlaneEndpoint: a load balancer in front may not
        // route to this node yet.
        let mut creds = crate::kubeconfig::Kubeconfig::load(&admin)?.credentials(&admin)?;
        creds.server = url("https", &host, d.cfg.bind_port);
        let api = ApiClient::from_credentials(&creds)?.with_timeout(Duration::from_secs(2));
        let api_check = async {
            loop {
                match api.get("/readyz").await {
                    Ok(r) if r.status.is_success() => return Ok::<_, String>(()),
                    Ok(r) => tracing::debug!(status = %r.status, "API server not ready"),
                    Err(e) => tracing::debug!(error = %e, "API server not reachable"),
                }
                tokio::time::sleep(POLL).await;
            }
        };
        let endpoint = |port, path: &'static str| {
            let base = url("https", &host, port);
            async move {
                while http_get_check(&base, path, Duration::from_secs(2))
                    .await
                    .is_err()
                {
                    tokio::time::sleep(POLL).await;
                }
                Ok::<_, String>(())
            }
        };
        let timed = |name: &'static str, fut| async move {
            let ok = matches!(tokio::time::timeout(timeout, fut).await, Ok(Ok(())));
            if ok {
                cx.log(format!(
                    "{name} is healthy after {}",
                    human(started.elapsed())
                ));
            }
            (name, ok)
        };
        let results = tokio::join!(
            timed("kube-apiserver", Box::pin(api_check) as CheckFuture<'_>),
            timed(
                "kube-controller-manager",
                Box::pin(endpoint(CONTROLLER_MANAGER_PORT, "/healthz"))
            ),
            timed(
                "kube-scheduler",
                Box::pin(endpoint(SCHEDULER_PORT, "/livez"))
            ),
        );
        let pending: Vec<&str> = [results.0, results.1, results.2]
            .into_iter()
            .filter(|(_, ok)| !ok)
            .map(|(name, _)| name)
            .collect();
        if !pending.is_empty() {
            return Err(Failed(format!(
                "{} did not become healthy within {}; see their logs under {}",
                pending.join(", "),
                crate::config::duration::format(timeout),
                d.paths.log_dir().display()
            ))
            .into());
        }
        cx.log(format!(
            "All control plane components are healthy after {}",
            human(started.elapsed())
        ));
        Ok(())
    })
}
