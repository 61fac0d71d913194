//! Kubernetes-style health endpoints: `/healthz`, `/livez`, `/readyz`, each a set of named
//! checks with `?verbose`, `?exclude=<name>` and `/<endpoint>/<check>` for one check.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use http::StatusCode;

use super::{Response, text};

pub type CheckFuture = Pin<Box<dyn Future<Output = Result<(), String>> + Send>>;
pub type CheckFn = Arc<dyn Fn() -> CheckFuture + Send + Sync>;

#[derive(Clone)]
pub struct Check {
    pub name: &'static str,
    pub run: CheckFn,
}

impl Check {
    pub fn new<F, Fut>(name: &'static str, f: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), String>> + Send + 'static,
    {
        Check {
            name,
            run: Arc::new(move || Box::pin(f())),
        }
    }

    /// Always passes: the server is answering.
    pub fn ping() -> Self {
        Check::new("ping", || async { Ok(()) })
    }
}

/// The three endpoints' check lists.
#[derive(Clone, Default)]
pub struct HealthChecks {
    pub healthz: Vec<Check>,
    pub livez: Vec<Check>,
    pub readyz: Vec<Check>,
}

impl HealthChecks {
    /// Answers `path` (with `query`) if it is a health endpoint; `None` otherwise.
    pub async fn respond(&self, path: &str, query: Option<&str>) -> Option<Response> {
        let trimmed = path.trim_end_matches('/');
        let (endpoint, single) = match trimmed.strip_prefix('/')?.split_once('/') {
            Some((e, check)) => (e, Some(check)),
            None => (trimmed.strip_prefix('/')?, None),
        };
        let checks = match endpoint {
            "healthz" => &self.healthz,
            "livez" => &self.livez,
            "readyz" => &self.readyz,
            _ => return None,
        };
        if let Some(name) = single {
            let check = checks.iter().find(|c| c.name == name)?;
            return Some(match (check.run)().await {
                Ok(()) => text(StatusCode::OK, "ok"),
                Err(reason) => {
                    tracing::warn!(check = name, %reason, "health check failed");
                    text(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        format!("internal server error: {name} check failed\n"),
                    )
                }
            });
        }
        let params = Params::parse(query);
        let selected: Vec<&Check> = checks
            .iter()
            .filter(|c| !params.exclude.iter().any(|e| e == c.name))
            .collect();
        let results = join_checks(selected.iter().map(|c| (c.run)()).collect::<Vec<_>>()).await;
        let mut report = String::new();
        let mut failed = false;
        for (check, result) in selected.iter().zip(&results) {
            match result {
                Ok(()) => report.push_str(&format!("[+]{} ok\n", check.name)),
                Err(reason) => {
                    failed = true;
                    // Kubernetes withholds the reason from clients and logs it instead.
                    tracing::warn!(check = check.name, %reason, endpoint, "health check failed");
                    report.push_str(&format!("[-]{} failed: reason withheld\n", check.name));
                }
            }
        }
        for excluded in &params.exclude {
            if checks.iter().any(|c| c.name == excluded) {
                report.push_str(&format!("[+]{excluded} excluded: ok\n"));
            }
        }
        Some(if failed {
            text(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("{report}{endpoint} check failed\n"),
            )
        } else if params.verbose {
            text(StatusCode::OK, format!("{report}{endpoint} check passed\n"))
        } else {
            text(StatusCode::OK, "ok")
        })
    }
}

struct Params {
    verbose: bool,
    exclude: Vec<String>,
}

impl Params {
    fn parse(query: Option<&str>) -> Self {
        let mut p = Params {
            verbose: false,
            exclude: Vec::new(),
        };
        for pair in query.unwrap_or("").split('&').filter(|s| !s.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                "verbose" => p.verbose = v != "false" && v != "0",
                "exclude" => p.exclude.push(v.to_owned()),
                _ => {}
            }
        }
        p
    }
}

/// Runs the checks concurrently (a slow etcd must not serialise the others).
async fn join_checks(futs: Vec<CheckFuture>) -> Vec<Result<(), String>> {
    let handles: Vec<_> = futs.into_iter().map(tokio::spawn).collect();
    let mut out = Vec::with_capacity(handles.len());
    for h in handles {
        out.push(
            h.await
                .unwrap_or_else(|e| Err(format!("check panicked: {e}"))),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    async fn body(r: Response) -> (StatusCode, String) {
        let status = r.status();
        let bytes = r.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8(bytes.to_vec()).unwrap())
    }

    #[tokio::test]
    async fn verbose_lists_checks_and_failures_give_500() {
        let checks = HealthChecks {
            readyz: vec![
                Check::ping(),
                Check::new("etcd", || async { Err("down".to_string()) }),
            ],
            ..Default::default()
        };
        let (code, text) = body(checks.respond("/readyz", None).await.unwrap()).await;
        assert_eq!(code, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(text.contains("[-]etcd failed: reason withheld"), "{text}");
        assert!(text.ends_with("readyz check failed\n"));
        let (code, text) = body(
            checks
                .respond("/readyz", Some("verbose&exclude=etcd"))
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(code, StatusCode::OK);
        assert_eq!(
            text,
            "[+]ping ok\n[+]etcd excluded: ok\nreadyz check passed\n"
        );
        let (code, text) = body(checks.respond("/readyz/ping", None).await.unwrap()).await;
        assert_eq!((code, text.as_str()), (StatusCode::OK, "ok"));
        assert!(checks.respond("/readyz/nope", None).await.is_none());
        assert!(checks.respond("/api", None).await.is_none());
    }
}
