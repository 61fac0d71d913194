//! The cronjob controller: creates a Job from a CronJob's template at each time its schedule
//! fires (standard cron syntax and `@hourly`-style macros, in `spec.timeZone` or UTC), honouring
//! startingDeadlineSeconds (a run missed by more than that is skipped), concurrencyPolicy
//! (Allow, Forbid: skip while one runs, Replace: delete the running one) and the successful /
//! failed history limits. A Job's name is derived from its scheduled time, so a run is never
//! created twice, even across a controller restart.

use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use futures::future::BoxFuture;
use jiff::Timestamp;
use k8s_openapi::api::batch::v1::{CronJob, Job};
use k8s_openapi::api::core::v1::ObjectReference;
use kube::api::{Api, DeleteParams, ObjectMeta, PostParams};
use serde_json::json;

use super::Context;
use super::job::finished;
use super::pod_control::api_message;
use super::pod_control::controller_ref;
use super::runtime::{self, Action, Store, WorkQueue, Written};
use crate::cron::Schedule;
use crate::events::{self, Recorder};

const COMPONENT: &str = "cronjob-controller";
const SCHEDULED_AT: &str = "batch.kubernetes.io/cronjob-scheduled-timestamp";
/// More missed runs than this are reported (the latest still runs), as Kubernetes does.
const TOO_MANY_MISSED: usize = 100;

struct Controller {
    ctx: Arc<Context>,
    cron_jobs: Store<CronJob>,
    jobs: Store<Job>,
    events: Recorder,
    written: Written,
}

pub fn start(ctx: &Arc<Context>) -> BoxFuture<'static, ()> {
    let queue = WorkQueue::new();
    let this = Arc::new(Controller {
        ctx: ctx.clone(),
        cron_jobs: ctx.informers.cron_jobs.store(),
        jobs: ctx.informers.jobs.store(),
        events: ctx.events(COMPONENT),
        written: Written::default(),
    });
    let q = queue.clone();
    ctx.informers
        .cron_jobs
        .on_change(move |c| q.add(runtime::key_of(c.object())));
    let q = queue.clone();
    ctx.informers.jobs.on_change(move |c| {
        if let Some(key) = runtime::controller_key(c.object(), "CronJob") {
            q.add(key);
        }
    });
    async move {
        this.cron_jobs.wait_synced().await;
        this.jobs.wait_synced().await;
        runtime::run_workers(COMPONENT, queue, 2, move |key: String| {
            let this = this.clone();
            async move { this.sync(&key).await }
        })
        .await
    }
    .boxed()
}

/// A time zone by IANA name (the system's database), or UTC.
fn zone(name: Option<&str>) -> Result<jiff::tz::TimeZone, String> {
    match name {
        None | Some("") => Ok(jiff::tz::TimeZone::UTC),
        Some(name) => jiff::tz::db()
            .get(name)
            .map_err(|e| format!("unknown time zone {name}: {e}")),
    }
}

/// The first time after `after` that `schedule` fires, read on `zone`'s wall clock.
fn next_fire(
    schedule: &Schedule,
    zone: &jiff::tz::TimeZone,
    after: Timestamp,
) -> Option<Timestamp> {
    let mut from = after;
    for _ in 0..3 {
        let wall = from.to_zoned(zone.clone()).datetime();
        let wall_utc = time::PrimitiveDateTime::new(
            time::Date::from_calendar_date(
                i32::from(wall.year()),
                time::Month::try_from(wall.month() as u8).ok()?,
                wall.day() as u8,
            )
            .ok()?,
            time::Time::from_hms(wall.hour() as u8, wall.minute() as u8, wall.second() as u8)
                .ok()?,
        )
        .assume_utc();
        let next = schedule.next_after(wall_utc)?;
        let civil = jiff::civil::DateTime::new(
            next.year() as i16,
            u8::from(next.month()) as i8,
            next.day() as i8,
            next.hour() as i8,
            next.minute() as i8,
            next.second() as i8,
            0,
        )
        .ok()?;
        let at = zone
            .to_ambiguous_zoned(civil)
            .compatible()
            .ok()?
            .timestamp();
        if at > after {
            return Some(at);
        }
        // A wall-clock time repeated by a DST change: look past it.
        from = at + jiff::SignedDuration::from_secs(60);
    }
    None
}

/// The latest time the schedule fired after `since` (the last run, or creation) and by `now`,
/// not earlier than `now − deadline` (a run missed by more than the starting deadline is
/// skipped); with how many fire times there were.
fn most_recent_due(
    schedule: &Schedule,
    zone: &jiff::tz::TimeZone,
    since: Timestamp,
    now: Timestamp,
    deadline_seconds: Option<i64>,
) -> (Option<Timestamp>, usize) {
    let mut earliest = since;
    if let Some(deadline) = deadline_seconds {
        earliest = earliest.max(now - jiff::SignedDuration::from_secs(deadline));
    }
    let (mut due, mut missed) = (None, 0usize);
    let mut t = earliest;
    while let Some(next) = next_fire(schedule, zone, t).filter(|n| *n <= now) {
        due = Some(next);
        missed += 1;
        t = next;
        if missed > 1000 {
            break;
        }
    }
    (due, missed)
}

fn rfc3339(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

impl Controller {
    async fn sync(&self, key: &str) -> runtime::Result<Action> {
        let Some(cj) = self.cron_jobs.get(key) else {
            return Ok(Action::AwaitChange);
        };
        if cj.metadata.deletion_timestamp.is_some() || self.written.is_stale(cj.as_ref()) {
            return Ok(Action::RequeueAfter(Duration::from_millis(50)));
        }
        let spec = cj.spec.clone().unwrap_or_default();
        let reference = events::reference(cj.as_ref());
        let ns = cj.metadata.namespace.clone().unwrap_or_default();
        let uid = cj.metadata.uid.clone().unwrap_or_default();
        let mut owned: Vec<Arc<Job>> = self.jobs.controlled_by(&uid);
        owned.sort_by_key(|j| j.metadata.creation_timestamp.as_ref().map(|t| t.0));
        let active: Vec<&Arc<Job>> = owned
            .iter()
            .filter(|j| finished(j).is_none() && j.metadata.deletion_timestamp.is_none())
            .collect();
        self.prune_history(&spec, &owned).await?;
        let last_success = owned
            .iter()
            .filter(|j| finished(j) == Some("Complete"))
            .filter_map(|j| j.status.as_ref()?.completion_time.as_ref().map(|t| t.0))
            .max();

        let schedule: Schedule = match spec.schedule.parse() {
            Ok(s) => s,
            Err(e) => {
                self.events.record(
                    &reference,
                    events::WARNING,
                    "UnparseableSchedule",
                    format!("unparseable schedule: {e}"),
                );
                return Ok(Action::AwaitChange);
            }
        };
        let zone = match zone(spec.time_zone.as_deref()) {
            Ok(z) => z,
            Err(e) => {
                self.events
                    .record(&reference, events::WARNING, "UnknownTimeZone", e);
                return Ok(Action::AwaitChange);
            }
        };
        let now = Timestamp::now();
        let mut active_refs: Vec<ObjectReference> = active
            .iter()
            .map(|j| events::reference(j.as_ref()))
            .collect();
        let last_scheduled = cj
            .status
            .as_ref()
            .and_then(|s| s.last_schedule_time.as_ref())
            .map(|t| t.0);
        let mut new_last = last_scheduled;

        if spec.suspend != Some(true) {
            let since = last_scheduled
                .or(cj.metadata.creation_timestamp.as_ref().map(|t| t.0))
                .unwrap_or(now);
            let (due, missed) =
                most_recent_due(&schedule, &zone, since, now, spec.starting_deadline_seconds);
            if missed > TOO_MANY_MISSED {
                self.events.record(&reference, events::WARNING, "TooManyMissedTimes",
                    format!("too many missed start times: {missed}. Set or decrease .spec.startingDeadlineSeconds or check clock skew"));
            }
            if let Some(at) = due {
                let forbid =
                    spec.concurrency_policy.as_deref() == Some("Forbid") && !active.is_empty();
                if forbid {
                    tracing::debug!(cronjob = %key, "a run is still active: skipped (Forbid)");
                } else {
                    if spec.concurrency_policy.as_deref() == Some("Replace") {
                        for job in &active {
                            let name = job.metadata.name.as_deref().unwrap_or_default();
                            let jobs: Api<Job> = Api::namespaced(self.ctx.client.clone(), &ns);
                            runtime::ignore_not_found(
                                jobs.delete(name, &DeleteParams::background()).await,
                            )?;
                            self.events.record(
                                &reference,
                                events::NORMAL,
                                "SuccessfulDelete",
                                format!("Deleted job {name}"),
                            );
                        }
                        active_refs.clear();
                    }
                    let created = self.create_job(&cj, at).await?;
                    active_refs.push(events::reference(&created));
                    new_last = Some(at);
                }
            }
        }

        let status = json!({
            "active": if active_refs.is_empty() { json!(null) } else { json!(active_refs) },
            "lastScheduleTime": new_last.map(rfc3339),
            "lastSuccessfulTime": last_success.map(rfc3339),
        });
        let old = cj.status.clone().unwrap_or_default();
        let old_active: Vec<Option<String>> =
            old.active.iter().flatten().map(|r| r.uid.clone()).collect();
        let new_active: Vec<Option<String>> = active_refs.iter().map(|r| r.uid.clone()).collect();
        let changed = old_active != new_active
            || old.last_schedule_time.as_ref().map(|t| t.0.as_second())
                != new_last.map(|t| t.as_second())
            || old.last_successful_time.as_ref().map(|t| t.0.as_second())
                != last_success.map(|t| t.as_second());
        if changed {
            self.written
                .patch_status(&self.ctx.client, cj.as_ref(), status)
                .await?;
        }
        // Look again at the next fire time.
        Ok(match next_fire(&schedule, &zone, now) {
            Some(next) => {
                let wait = (next.as_second() - now.as_second()).max(0) as u64;
                Action::RequeueAfter(Duration::from_secs(wait) + Duration::from_millis(100))
            }
            None => Action::AwaitChange,
        })
    }

    async fn create_job(&self, cj: &CronJob, at: Timestamp) -> runtime::Result<Job> {
        let ns = cj.metadata.namespace.clone().unwrap_or_default();
        let spec = cj.spec.clone().unwrap_or_default();
        let template = spec.job_template;
        let meta = template.metadata.unwrap_or_default();
        // Named by the scheduled minute, as Kubernetes names them (so a run is created once);
        // only `@every` schedules fire off the minute, and those are named by the second.
        let stamp = if at.as_second() % 60 == 0 {
            at.as_second() / 60
        } else {
            at.as_second()
        };
        let name = format!(
            "{}-{stamp}",
            cj.metadata.name.as_deref().unwrap_or_default()
        );
        let mut annotations = meta.annotations.unwrap_or_default();
        annotations.insert(SCHEDULED_AT.into(), rfc3339(at));
        let job = Job {
            metadata: ObjectMeta {
                name: Some(name.clone()),
                namespace: Some(ns.clone()),
                labels: meta.labels,
                annotations: Some(annotations),
                owner_references: Some(vec![controller_ref(cj)]),
                ..Default::default()
            },
            spec: Some(template.spec.unwrap_or_default()),
            status: None,
        };
        let api: Api<Job> = Api::namespaced(self.ctx.client.clone(), &ns);
        let reference = events::reference(cj);
        match api.create(&PostParams::default(), &job).await {
            Ok(created) => {
                self.events.record(
                    &reference,
                    events::NORMAL,
                    "SuccessfulCreate",
                    format!("Created job {name}"),
                );
                Ok(created)
            }
            // Created by an earlier sync whose status write did not land: the same run.
            Err(kube::Error::Api(e)) if e.code == 409 => Ok(api.get(&name).await?),
            Err(e) => {
                self.events.record(
                    &reference,
                    events::WARNING,
                    "FailedCreate",
                    format!("Error creating job: {}", api_message(&e)),
                );
                Err(e.into())
            }
        }
    }

    /// Keeps the newest successfulJobsHistoryLimit (3) and failedJobsHistoryLimit (1) finished Jobs.
    async fn prune_history(
        &self,
        spec: &k8s_openapi::api::batch::v1::CronJobSpec,
        owned: &[Arc<Job>],
    ) -> runtime::Result<()> {
        for (kind, limit) in [
            ("Complete", spec.successful_jobs_history_limit.unwrap_or(3)),
            ("Failed", spec.failed_jobs_history_limit.unwrap_or(1)),
        ] {
            let done: Vec<&Arc<Job>> = owned
                .iter()
                .filter(|j| finished(j) == Some(kind) && j.metadata.deletion_timestamp.is_none())
                .collect();
            let excess = done.len().saturating_sub(limit.max(0) as usize);
            for job in &done[..excess] {
                let ns = job.metadata.namespace.as_deref().unwrap_or_default();
                let jobs: Api<Job> = Api::namespaced(self.ctx.client.clone(), ns);
                let name = job.metadata.name.as_deref().unwrap_or_default();
                runtime::ignore_not_found(jobs.delete(name, &DeleteParams::background()).await)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_fire_on_the_zone_wall_clock() {
        let every_day_at_9: Schedule = "0 9 * * *".parse().unwrap();
        let after: Timestamp = "2026-06-01T00:00:00Z".parse().unwrap();
        let utc = next_fire(&every_day_at_9, &zone(None).unwrap(), after).unwrap();
        assert_eq!(rfc3339(utc), "2026-06-01T09:00:00Z");
        let tokyo = zone(Some("Asia/Tokyo")).unwrap();
        // 09:00 in Tokyo (UTC+9) is 00:00 UTC; the next after midnight UTC is the day after.
        assert_eq!(
            rfc3339(next_fire(&every_day_at_9, &tokyo, after).unwrap()),
            "2026-06-02T00:00:00Z"
        );
        assert!(
            zone(Some("Mars/Olympus"))
                .unwrap_err()
                .contains("unknown time zone")
        );
        let hourly: Schedule = "@hourly".parse().unwrap();
        assert_eq!(
            rfc3339(next_fire(&hourly, &zone(None).unwrap(), after).unwrap()),
            "2026-06-01T01:00:00Z"
        );
    }

    #[test]
    fn runs_missed_by_more_than_the_starting_deadline_are_skipped() {
        let hourly: Schedule = "0 * * * *".parse().unwrap();
        let utc = zone(None).unwrap();
        let last: Timestamp = "2026-06-01T10:00:00Z".parse().unwrap();
        let now: Timestamp = "2026-06-01T12:30:00Z".parse().unwrap();
        let (due, missed) = most_recent_due(&hourly, &utc, last, now, None);
        assert_eq!(
            (due.map(rfc3339).as_deref(), missed),
            (Some("2026-06-01T12:00:00Z"), 2)
        );
        // 12:00 was missed by 30 minutes: a 10-minute deadline skips it, an hour allows it.
        assert_eq!(most_recent_due(&hourly, &utc, last, now, Some(600)).0, None);
        assert!(
            most_recent_due(&hourly, &utc, last, now, Some(3600))
                .0
                .is_some()
        );
    }
}
