//! The job controller: runs a Job's pods to completion — parallelism, completions,
//! completionMode Indexed, backoffLimit with exponential backoff between retries,
//! activeDeadlineSeconds, podFailurePolicy, suspend — and reports Complete or Failed.
//! Every pod carries the `batch.kubernetes.io/job-tracking` finalizer, and a finished pod is
//! first recorded in `status.uncountedTerminatedPods`, then released, then counted: no pod
//! outcome is lost or counted twice, even if the controller dies between the steps.

mod indexes;
mod policy;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::FutureExt;
use futures::future::BoxFuture;
use k8s_openapi::api::batch::v1::{Job, JobCondition};
use k8s_openapi::api::core::v1::{EnvVar, EnvVarSource, ObjectFieldSelector, Pod};
use kube::api::{Api, Patch, PatchParams};
use serde_json::json;

use super::Context;
use super::pod_control::{self, controller_ref};
use super::runtime::{self, Action, Change, Expectations, Store, WorkQueue, Written};
use crate::events::{self, Recorder};
use policy::Verdict;

const COMPONENT: &str = "job-controller";
pub const TRACKING_FINALIZER: &str = "batch.kubernetes.io/job-tracking";
const INDEX_ANNOTATION: &str = "batch.kubernetes.io/job-completion-index";
const BACKOFF_BASE: Duration = Duration::from_secs(10);
const BACKOFF_MAX: Duration = Duration::from_secs(360);

struct Controller {
    ctx: Arc<Context>,
    jobs: Store<Job>,
    pods: Store<Pod>,
    expectations: Expectations,
    events: Recorder,
    /// Pods this controller deleted (excess, suspend, a finished Job): not failures.
    deleted_by_us: Mutex<HashSet<String>>,
    /// When each Job last saw a new failure (for the retry backoff).
    last_failure: Mutex<HashMap<String, Instant>>,
    /// Jobs whose status this controller wrote (a stale cache must not decide twice).
    written: Written,
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let this = Arc::new(Controller {
        ctx: ctx.clone(),
        jobs: ctx.informers.jobs.store(),
        pods: ctx.informers.pods.store(),
        expectations: Expectations::default(),
        events: ctx.events(COMPONENT),
        deleted_by_us: Mutex::default(),
        last_failure: Mutex::default(),
        written: Written::default(),
    });
    let q = queue.clone();
    ctx.informers
        .jobs
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let (q, c) = (queue.clone(), this.clone());
    ctx.informers.pods.on_change(move |change| {
        let Some(key) = runtime::controller_key(change.object(), "Job") else {
            return;
        };
        match change {
            Change::Applied { old: None, new } if new.metadata.deletion_timestamp.is_none() => {
                c.expectations.creation_observed(&key)
            }
            Change::Applied {
                old: Some(old),
                new,
            } if old.metadata.deletion_timestamp.is_none()
                && new.metadata.deletion_timestamp.is_some() =>
            {
                c.expectations.deletion_observed(&key)
            }
            Change::Deleted(last) => {
                if last.metadata.deletion_timestamp.is_none() {
                    c.expectations.deletion_observed(&key);
                }
                c.lock_deleted()
                    .remove(last.metadata.uid.as_deref().unwrap_or_default());
            }
            _ => {}
        }
        q.add(key);
    });
    async move {
        this.jobs.wait_synced().await;
        this.pods.wait_synced().await;
        let workers = this.ctx.settings.concurrent_syncs;
        runtime::run_workers(COMPONENT, queue, workers, move |key: String| {
            let this = this.clone();
            async move { this.sync(&key).await }
        })
        .await
    }
    .boxed()
}

pub fn finished(job: &Job) -> Option<&str> {
    job.status
        .as_ref()?
        .conditions
        .as_ref()?
        .iter()
        .find(|c| (c.type_ == "Complete" || c.type_ == "Failed") && c.status == "True")
        .map(|c| c.type_.as_str())
}

fn has_finalizer(pod: &Pod) -> bool {
    pod.metadata
        .finalizers
        .iter()
        .flatten()
        .any(|f| f == TRACKING_FINALIZER)
}

fn uid(pod: &Pod) -> String {
    pod.metadata.uid.clone().unwrap_or_default()
}

fn completion_index(pod: &Pod) -> Option<i32> {
    pod.metadata
        .annotations
        .as_ref()?
        .get(INDEX_ANNOTATION)?
        .parse()
        .ok()
}

fn condition(type_: &str, reason: &str, message: &str) -> JobCondition {
    let now = serde_json::from_value(json!(crate::apiserver::meta::now_rfc3339())).ok();
    JobCondition {
        type_: type_.into(),
        status: "True".into(),
        reason: Some(reason.into()),
        message: Some(message.into()),
        last_probe_time: now.clone(),
        last_transition_time: now,
    }
}

/// Sets `c` in `conditions` (replacing one of the same type, keeping its transition time when
/// the status did not change).
fn set_condition(conditions: &mut Vec<JobCondition>, mut c: JobCondition) {
    if let Some(old) = conditions.iter_mut().find(|o| o.type_ == c.type_) {
        if old.status == c.status && old.reason == c.reason {
            return;
        }
        if old.status == c.status {
            c.last_transition_time = old.last_transition_time.clone();
        }
        *old = c;
    } else {
        conditions.push(c);
    }
}

/// What the pods say, once finished pods have been accounted for.
struct Tally {
    succeeded: i32,
    failed: i32,
    completed_indexes: BTreeSet<i32>,
    active: Vec<Arc<Pod>>,
    ready: i32,
    terminating: i32,
    fail_job: Option<String>,
    /// Recorded in `uncountedTerminatedPods` and not yet released.
    uncounted_succeeded: Vec<String>,
    uncounted_failed: Vec<String>,
}

impl Controller {
    fn lock_deleted(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
        self.deleted_by_us.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn api(&self, job: &Job) -> (Api<Job>, Api<Pod>) {
        let ns = job.metadata.namespace.as_deref().unwrap_or_default();
        (
            Api::namespaced(self.ctx.client.clone(), ns),
            Api::namespaced(self.ctx.client.clone(), ns),
        )
    }

    async fn sync(&self, key: &str) -> runtime::Result<Action> {
        let Some(job) = self.jobs.get(key) else {
            self.expectations.forget(key);
            self.last_failure
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(key);
            return Ok(Action::AwaitChange);
        };
        if self.written.is_stale(job.as_ref()) {
            return Ok(Action::RequeueAfter(Duration::from_millis(50)));
        }
        let pods = self
            .pods
            .controlled_by(job.metadata.uid.as_deref().unwrap_or_default());
        let tally = self.account(key, &job, &pods).await?;
        let Some(tally) = tally else {
            // Status moved on (uncounted pods recorded); the watch brings us back.
            return Ok(Action::AwaitChange);
        };
        if finished(&job).is_some() {
            self.delete_active(&job, &tally.active).await?;
            return Ok(Action::AwaitChange);
        }
        self.decide(key, &job, tally).await
    }

    /// Step 1 and 2 of finished-pod tracking: newly finished pods are written to
    /// `uncountedTerminatedPods` (returns `None` after such a write: the next sync continues
    /// from the stored status), then their finalizers are removed; step 3 — counting them —
    /// is part of the status written by [`Controller::decide`].
    async fn account(
        &self,
        key: &str,
        job: &Job,
        pods: &[Arc<Pod>],
    ) -> runtime::Result<Option<Tally>> {
        let status = job.status.clone().unwrap_or_default();
        let uncounted = status.uncounted_terminated_pods.clone().unwrap_or_default();
        let mut unc_succeeded: Vec<String> = uncounted.succeeded.clone().unwrap_or_default();
        let mut unc_failed: Vec<String> = uncounted.failed.clone().unwrap_or_default();
        let spec = job.spec.clone().unwrap_or_default();
        let mut tally = Tally {
            succeeded: status.succeeded.unwrap_or(0),
            failed: status.failed.unwrap_or(0),
            completed_indexes: indexes::parse(status.completed_indexes.as_deref().unwrap_or("")),
            active: Vec::new(),
            ready: 0,
            terminating: 0,
            fail_job: None,
            uncounted_succeeded: Vec::new(),
            uncounted_failed: Vec::new(),
        };
        let indexed = spec.completion_mode.as_deref() == Some("Indexed");
        let mut newly = false;
        let mut release = Vec::new();
        let deleted_by_us = self.lock_deleted().clone();
        for pod in pods {
            let id = uid(pod);
            let phase = pod_control::phase(pod);
            if pod.metadata.deletion_timestamp.is_some()
                && phase != "Succeeded"
                && phase != "Failed"
            {
                tally.terminating += 1;
            } else if pod_control::is_active(pod) {
                if pod_control::is_ready(pod) {
                    tally.ready += 1;
                }
                tally.active.push(pod.clone());
                continue;
            }
            if !has_finalizer(pod) {
                continue;
            }
            if unc_succeeded.contains(&id) || unc_failed.contains(&id) {
                release.push(pod.clone());
                continue;
            }
            match phase {
                "Succeeded" => {
                    unc_succeeded.push(id);
                    newly = true;
                }
                "Failed" => match policy::judge(spec.pod_failure_policy.as_ref(), pod) {
                    Verdict::Ignore => release.push(pod.clone()),
                    Verdict::FailJob(message) => {
                        tally.fail_job = Some(message);
                        unc_failed.push(id);
                        newly = true;
                    }
                    Verdict::Count => {
                        unc_failed.push(id);
                        newly = true;
                    }
                },
                // Deleted before it finished: a failure unless we deleted it ourselves.
                _ if deleted_by_us.contains(&id) => release.push(pod.clone()),
                _ => {
                    unc_failed.push(id);
                    newly = true;
                }
            }
        }
        let (jobs, pods_api) = self.api(job);
        let name = job.metadata.name.as_deref().unwrap_or_default();
        if newly {
            if unc_failed.len() > uncounted.failed.as_ref().map_or(0, Vec::len) {
                self.last_failure
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(key.to_owned(), Instant::now());
            }
            let mut patch = json!({"status": {"uncountedTerminatedPods": {
                "succeeded": unc_succeeded, "failed": unc_failed}}});
            if let Some(message) = &tally.fail_job {
                let mut conditions = status.conditions.clone().unwrap_or_default();
                set_condition(
                    &mut conditions,
                    condition("FailureTarget", "PodFailurePolicy", message),
                );
                patch["status"]["conditions"] = json!(conditions);
            }
            let written = jobs
                .patch_status(name, &PatchParams::default(), &Patch::Merge(patch))
                .await?;
            self.written.record(&written);
            return Ok(None);
        }
        // Release the recorded pods, then count those released.
        let mut released: HashSet<String> = HashSet::new();
        for pod in release {
            let remaining: Vec<String> = pod
                .metadata
                .finalizers
                .iter()
                .flatten()
                .filter(|f| *f != TRACKING_FINALIZER)
                .cloned()
                .collect();
            let patch = json!({"metadata": {
                "finalizers": if remaining.is_empty() { json!(null) } else { json!(remaining) },
                "resourceVersion": pod.metadata.resource_version,
            }});
            let pod_name = pod.metadata.name.as_deref().unwrap_or_default();
            runtime::ignore_not_found(
                pods_api
                    .patch(pod_name, &PatchParams::default(), &Patch::Merge(patch))
                    .await,
            )?;
            released.insert(uid(&pod));
            if let Some(i) =
                completion_index(&pod).filter(|_| pod_control::phase(&pod) == "Succeeded")
            {
                tally.completed_indexes.insert(i);
            }
        }
        // Pods gone entirely were released earlier (or by deletion): count them too.
        let present: HashSet<String> = pods
            .iter()
            .filter(|p| has_finalizer(p))
            .map(|p| uid(p))
            .collect();
        let counted = |list: &mut Vec<String>| {
            let before = list.len();
            list.retain(|id| present.contains(id) && !released.contains(id));
            (before - list.len()) as i32
        };
        tally.succeeded += counted(&mut unc_succeeded);
        tally.failed += counted(&mut unc_failed);
        if indexed {
            tally.succeeded = tally.completed_indexes.len() as i32;
        }
        if let Some(message) = status
            .conditions
            .iter()
            .flatten()
            .find(|c| c.type_ == "FailureTarget" && c.status == "True")
            .and_then(|c| c.message.clone())
        {
            tally.fail_job = Some(message);
        }
        tally.uncounted_succeeded = unc_succeeded;
        tally.uncounted_failed = unc_failed;
        Ok(Some(tally))
    }

    /// Decides from the tally: fail, complete, suspend, or create / delete pods; writes status.
    async fn decide(&self, key: &str, job: &Job, tally: Tally) -> runtime::Result<Action> {
        let spec = job.spec.clone().unwrap_or_default();
        let status = job.status.clone().unwrap_or_default();
        let reference = events::reference(job);
        let mut conditions = status.conditions.clone().unwrap_or_default();
        let mut start_time = status.start_time.as_ref().map(|t| t.0);
        let now = k8s_openapi::jiff::Timestamp::now();
        let mut completion_time = None;
        let mut requeue = Action::AwaitChange;
        let indexed = spec.completion_mode.as_deref() == Some("Indexed");
        let completions = spec.completions;
        let parallelism = spec.parallelism.unwrap_or(1).max(0);
        let backoff_limit = spec.backoff_limit.unwrap_or(6);
        let suspended = spec.suspend == Some(true);
        let active = tally.active.len() as i32;

        let deadline_passed = spec
            .active_deadline_seconds
            .zip(start_time)
            .map(|(secs, start)| {
                let left = secs - (now.as_second() - start.as_second());
                if left > 0 {
                    requeue = Action::RequeueAfter(Duration::from_secs(left as u64));
                }
                left <= 0
            });
        let failure = if let Some(message) = &tally.fail_job {
            Some(("PodFailurePolicy", message.clone()))
        } else if tally.failed > backoff_limit {
            Some((
                "BackoffLimitExceeded",
                "Job has reached the specified backoff limit".to_owned(),
            ))
        } else if deadline_passed == Some(true) && !suspended {
            Some((
                "DeadlineExceeded",
                "Job was active longer than specified deadline".to_owned(),
            ))
        } else {
            None
        };
        let complete = match completions {
            Some(n) => tally.succeeded >= n,
            None => tally.succeeded > 0 && active == 0,
        };

        if let Some((reason, message)) = failure {
            self.delete_active(job, &tally.active).await?;
            set_condition(
                &mut conditions,
                condition("FailureTarget", reason, &message),
            );
            set_condition(&mut conditions, condition("Failed", reason, &message));
            self.events
                .record(&reference, events::WARNING, reason, message);
            requeue = Action::AwaitChange;
        } else if complete {
            self.delete_active(job, &tally.active).await?;
            let msg = "Reached expected number of succeeded pods";
            set_condition(
                &mut conditions,
                condition("SuccessCriteriaMet", "CompletionsReached", msg),
            );
            set_condition(
                &mut conditions,
                condition("Complete", "CompletionsReached", msg),
            );
            completion_time = Some(now);
            self.events.record(
                &reference,
                events::NORMAL,
                "Completed",
                "Job completed".into(),
            );
            requeue = Action::AwaitChange;
        } else if suspended {
            if !tally.active.is_empty() {
                self.delete_active(job, &tally.active).await?;
            }
            let was = conditions
                .iter()
                .any(|c| c.type_ == "Suspended" && c.status == "True");
            if !was {
                set_condition(
                    &mut conditions,
                    condition("Suspended", "JobSuspended", "Job suspended"),
                );
                self.events.record(
                    &reference,
                    events::NORMAL,
                    "Suspended",
                    "Job suspended".into(),
                );
            }
            start_time = None;
            requeue = Action::AwaitChange;
        } else {
            if conditions
                .iter()
                .any(|c| c.type_ == "Suspended" && c.status == "True")
            {
                let mut resumed = condition("Suspended", "JobResumed", "Job resumed");
                resumed.status = "False".into();
                set_condition(&mut conditions, resumed);
                self.events
                    .record(&reference, events::NORMAL, "Resumed", "Job resumed".into());
                start_time = Some(now);
            }
            if start_time.is_none() {
                start_time = Some(now);
                if let Some(secs) = spec.active_deadline_seconds {
                    requeue = Action::RequeueAfter(Duration::from_secs(secs.max(0) as u64));
                }
            }
            if self.expectations.satisfied(key) {
                let want = match completions {
                    Some(n) => parallelism.min(n - tally.succeeded).max(0),
                    None if tally.succeeded > 0 => 0,
                    None => parallelism,
                };
                if active > want {
                    let mut extra = tally.active.clone();
                    extra.sort_by_key(|p| {
                        std::cmp::Reverse(p.metadata.creation_timestamp.as_ref().map(|t| t.0))
                    });
                    extra.truncate((active - want) as usize);
                    self.delete_active(job, &extra).await?;
                } else if active < want {
                    match self.backoff_left(key, tally.failed) {
                        Some(left) => requeue = Action::RequeueAfter(left),
                        None => {
                            let n = (want - active) as usize;
                            self.create(key, job, &tally, n, indexed).await?;
                        }
                    }
                }
            }
        }

        let listed = |ids: &Vec<String>| {
            if ids.is_empty() {
                json!(null)
            } else {
                json!(ids)
            }
        };
        let uncounted = json!({
            "succeeded": listed(&tally.uncounted_succeeded),
            "failed": listed(&tally.uncounted_failed),
        });
        let ts = |t: Option<k8s_openapi::jiff::Timestamp>| {
            t.map(|t| {
                json!(crate::apiserver::meta::format_time(
                    time::OffsetDateTime::from_unix_timestamp(t.as_second())
                        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
                ))
            })
        };
        let finished_now = failure_or_complete(&conditions);
        let new_status = json!({
            "active": if finished_now { 0 } else { active },
            "ready": tally.ready,
            "terminating": tally.terminating,
            "succeeded": tally.succeeded,
            "failed": tally.failed,
            "startTime": ts(start_time),
            "completionTime": ts(completion_time).or_else(|| status.completion_time.as_ref().map(|t| json!(t))),
            "completedIndexes": if indexed { json!(indexes::format(&tally.completed_indexes)) } else { json!(null) },
            "uncountedTerminatedPods": uncounted,
            "conditions": conditions,
        });
        let mut before = serde_json::to_value(&status).unwrap_or_default();
        let mut after = new_status.clone();
        for v in [&mut before, &mut after] {
            if let Some(m) = v.as_object_mut() {
                m.retain(|_, x| {
                    !x.is_null() && *x != json!(0) && *x != json!("") && *x != json!({})
                });
                if let Some(u) = m
                    .get_mut("uncountedTerminatedPods")
                    .and_then(|u| u.as_object_mut())
                {
                    u.retain(|_, x| x.as_array().is_some_and(|a| !a.is_empty()));
                }
                if m.get("uncountedTerminatedPods") == Some(&json!({})) {
                    m.remove("uncountedTerminatedPods");
                }
            }
        }
        if before != after {
            let (jobs, _) = self.api(job);
            let written = runtime::ignore_not_found(
                jobs.patch_status(
                    job.metadata.name.as_deref().unwrap_or_default(),
                    &PatchParams::default(),
                    &Patch::Merge(json!({"status": new_status})),
                )
                .await,
            )?;
            if let Some(written) = written {
                self.written.record(&written);
            }
        }
        Ok(requeue)
    }

    /// With failures behind it, a Job waits 10 s × 2^(failures − 1) (at most 6 min) after the
    /// last one before creating replacements.
    fn backoff_left(&self, key: &str, failed: i32) -> Option<Duration> {
        if failed <= 0 {
            return None;
        }
        let last = *self
            .last_failure
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(key)?;
        let delay = BACKOFF_BASE
            .saturating_mul(1 << (failed - 1).min(10))
            .min(BACKOFF_MAX);
        let elapsed = last.elapsed();
        (elapsed < delay).then(|| delay - elapsed)
    }

    async fn create(
        &self,
        key: &str,
        job: &Job,
        tally: &Tally,
        n: usize,
        indexed: bool,
    ) -> runtime::Result<()> {
        let spec = job.spec.clone().unwrap_or_default();
        let ns = job.metadata.namespace.as_deref().unwrap_or_default();
        let name = job.metadata.name.as_deref().unwrap_or_default();
        let mut template = spec.template.clone();
        template
            .metadata
            .get_or_insert_default()
            .finalizers
            .get_or_insert_default()
            .push(TRACKING_FINALIZER.into());
        let owner = controller_ref(job);
        let pods: Vec<Pod> = if indexed {
            let taken: BTreeSet<i32> = tally
                .active
                .iter()
                .filter_map(|p| completion_index(p))
                .collect();
            (0..spec.completions.unwrap_or(1))
                .filter(|i| !taken.contains(i) && !tally.completed_indexes.contains(i))
                .take(n)
                .map(|i| indexed_pod(&template, owner.clone(), ns, name, i))
                .collect()
        } else {
            (0..n)
                .map(|_| {
                    pod_control::pod_from_template(&template, owner.clone(), ns, format!("{name}-"))
                })
                .collect()
        };
        let n = pods.len();
        self.expectations.expect(key, n, 0);
        let reference = events::reference(job);
        pod_control::create_recorded(
            &self.ctx.client,
            ns,
            pods,
            key,
            &self.expectations,
            &self.events,
            &reference,
        )
        .await?;
        Ok(())
    }

    async fn delete_active(&self, job: &Job, pods: &[Arc<Pod>]) -> runtime::Result<()> {
        if pods.is_empty() {
            return Ok(());
        }
        let ns = job.metadata.namespace.as_deref().unwrap_or_default();
        let names = pods
            .iter()
            .filter_map(|p| p.metadata.name.clone())
            .collect();
        self.lock_deleted().extend(pods.iter().map(|p| uid(p)));
        match pod_control::delete_all(&self.ctx.client, ns, names).await {
            Some(e) => Err(e.into()),
            None => Ok(()),
        }
    }
}

fn failure_or_complete(conditions: &[JobCondition]) -> bool {
    conditions
        .iter()
        .any(|c| (c.type_ == "Complete" || c.type_ == "Failed") && c.status == "True")
}

/// A pod for completion index `i`: named `<job>-<i>-…`, hostname `<job>-<i>`, the index in an
/// annotation, a label and the JOB_COMPLETION_INDEX environment variable.
fn indexed_pod(
    template: &k8s_openapi::api::core::v1::PodTemplateSpec,
    owner: k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference,
    ns: &str,
    job: &str,
    i: i32,
) -> Pod {
    let mut pod = pod_control::pod_from_template(template, owner, ns, format!("{job}-{i}-"));
    pod.metadata
        .annotations
        .get_or_insert_default()
        .insert(INDEX_ANNOTATION.into(), i.to_string());
    pod.metadata
        .labels
        .get_or_insert_default()
        .insert(INDEX_ANNOTATION.into(), i.to_string());
    if let Some(spec) = pod.spec.as_mut() {
        spec.hostname.get_or_insert_with(|| format!("{job}-{i}"));
        let env = EnvVar {
            name: "JOB_COMPLETION_INDEX".into(),
            value: None,
            value_from: Some(EnvVarSource {
                field_ref: Some(ObjectFieldSelector {
                    api_version: None,
                    field_path: format!("metadata.annotations['{INDEX_ANNOTATION}']"),
                }),
                ..Default::default()
            }),
        };
        for c in spec
            .containers
            .iter_mut()
            .chain(spec.init_containers.iter_mut().flatten())
        {
            c.env.get_or_insert_default().push(env.clone());
        }
    }
    pod
}
