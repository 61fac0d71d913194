//! The controller runtime: shared informers feed rate-limited work queues drained by a few
//! workers per controller, each running `reconcile(key) -> Result<Action, Error>` — client-go's
//! informer/workqueue model with kube-rs's reconcile shape.

pub mod expectations;
pub mod informer;
pub mod workqueue;
pub mod written;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

pub use expectations::Expectations;
pub use informer::{Change, Informer, Store, controller_key, controller_uid, key_of, split_key};
pub use workqueue::WorkQueue;
pub use written::Written;

/// What a reconcile asks for next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Nothing until the object (or something it depends on) changes.
    AwaitChange,
    /// Look again after this long even without a change (deadlines, minReadySeconds, …).
    RequeueAfter(Duration),
}

/// Why a reconcile failed; the key is retried with backoff.
#[derive(Debug, thiserror::Error)]
pub enum ReconcileError {
    #[error(transparent)]
    Kube(#[from] kube::Error),
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = ReconcileError> = std::result::Result<T, E>;

/// Runs `workers` tasks draining `queue` through `reconcile` until the process ends.
pub async fn run_workers<F, Fut>(
    controller: &'static str,
    queue: Arc<WorkQueue>,
    workers: usize,
    reconcile: F,
) where
    F: Fn(String) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<Action>> + Send + 'static,
{
    let mut tasks = Vec::new();
    for _ in 0..workers {
        let (queue, reconcile) = (queue.clone(), reconcile.clone());
        tasks.push(tokio::spawn(async move {
            loop {
                let key = queue.get().await;
                let result = reconcile(key.clone()).await;
                match result {
                    Ok(action) => {
                        queue.forget(&key);
                        if let Action::RequeueAfter(after) = action {
                            queue.add_after(key.clone(), after);
                        }
                    }
                    Err(e) => {
                        let conflict = matches!(&e, ReconcileError::Kube(kube::Error::Api(s)) if s.code == 409);
                        if conflict {
                            tracing::debug!(controller, %key, error = %e, "conflict; retrying");
                        } else {
                            tracing::warn!(controller, %key, error = %e, "reconcile failed; retrying with backoff");
                        }
                        queue.add_rate_limited(&key);
                    }
                }
                queue.done(&key);
            }
        }));
    }
    futures::future::join_all(tasks).await;
}

/// Whether writing `new` (a JSON status) would change `old`; fields missing from `old` count
/// as 0 (the API omits zero counts).
pub fn status_changed<S: serde::Serialize>(old: &Option<S>, new: &serde_json::Value) -> bool {
    let old = serde_json::to_value(old).unwrap_or_default();
    new.as_object().into_iter().flatten().any(|(k, v)| {
        let was = old.get(k).cloned().unwrap_or(serde_json::json!(0));
        was != *v && !(was.is_null() && *v == serde_json::json!(0))
    })
}

/// 404 as `None`: the object is gone, which for a controller is usually fine.
pub fn ignore_not_found<T>(result: Result<T, kube::Error>) -> Result<Option<T>, kube::Error> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(kube::Error::Api(e)) if e.code == 404 => Ok(None),
        Err(e) => Err(e),
    }
}
