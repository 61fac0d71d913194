//! The ttl-after-finished controller: a finished Job with `ttlSecondsAfterFinished` is
//! deleted (with its pods, foreground) that many seconds after it completed or failed.

use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::batch::v1::Job;
use kube::api::{Api, DeleteParams, Preconditions};

use super::Context;
use super::job::finished;
use super::runtime::{self, Action, WorkQueue};

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let q = queue.clone();
    ctx.informers.jobs.on_change(move |c| {
        let job = c.object();
        if job
            .spec
            .as_ref()
            .and_then(|s| s.ttl_seconds_after_finished)
            .is_some()
            && finished(job).is_some()
        {
            q.add(runtime::key_of(job));
        }
    });
    let jobs = ctx.informers.jobs.store();
    let ctx = ctx.clone();
    async move {
        jobs.wait_synced().await;
        runtime::run_workers("ttl-after-finished-controller", queue, 2, move |key: String| {
            let (ctx, jobs) = (ctx.clone(), jobs.clone());
            async move {
                let Some(job) = jobs.get(&key) else {
                    return Ok(Action::AwaitChange);
                };
                let Some(ttl) = job.spec.as_ref().and_then(|s| s.ttl_seconds_after_finished) else {
                    return Ok(Action::AwaitChange);
                };
                if job.metadata.deletion_timestamp.is_some() || finished(&job).is_none() {
                    return Ok(Action::AwaitChange);
                }
                let finished_at = job
                    .status
                    .as_ref()
                    .and_then(|s| s.conditions.as_ref())
                    .and_then(|cs| {
                        cs.iter()
                            .filter(|c| c.type_ == "Complete" || c.type_ == "Failed")
                            .filter_map(|c| c.last_transition_time.as_ref())
                            .map(|t| t.0.as_second())
                            .max()
                    })
                    .unwrap_or(0);
                let left = i64::from(ttl) - (super::pod_control::now() - finished_at);
                if left > 0 {
                    return Ok(Action::RequeueAfter(Duration::from_secs(left as u64)));
                }
                let (ns, name) = runtime::split_key(&key);
                let api: Api<Job> = Api::namespaced(ctx.client.clone(), ns);
                let params = DeleteParams {
                    preconditions: Some(Preconditions {
                        uid: job.metadata.uid.clone(),
                        resource_version: None,
                    }),
                    ..DeleteParams::foreground()
                };
                runtime::ignore_not_found(api.delete(name, &params).await)?;
                tracing::info!(job = %key, "deleted finished job after its ttlSecondsAfterFinished");
                Ok(Action::AwaitChange)
            }
        })
        .await
    }
    .boxed()
}
