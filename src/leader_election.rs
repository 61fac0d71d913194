//! Leader election on a `coordination.k8s.io/v1` Lease, with client-go's semantics, so that
//! with several masters exactly one scheduler (and one controller-manager) acts.
//!
//! A candidate takes the Lease when it does not exist, when it already holds it, or when the
//! holder's record has not changed for `lease_duration` *as observed locally* (client-go's
//! rule: no clock comparison between machines). Every write is a compare-and-swap on the
//! Lease's resourceVersion, so two candidates can never both win. The leader renews every
//! `retry_period`; when no renewal succeeds for `renew_deadline` it has lost and must stop
//! acting at once (the components exit, as kube-scheduler does, and are restarted as
//! candidates). On a graceful stop the leader releases the Lease so a successor need not
//! wait for it to expire.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use k8s_openapi::api::coordination::v1::{Lease, LeaseSpec};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{MicroTime, ObjectMeta};
use kube::api::{Api, PostParams};

/// kube-scheduler's and kube-controller-manager's flags, with their defaults.
#[derive(Clone, Debug, clap::Args)]
pub struct LeaderElectionOptions {
    /// Start a leader election client and gain leadership before executing the main loop
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub leader_elect: bool,
    /// How long non-leaders wait after observing a leadership renewal before trying to take
    /// the lease of a leader that stopped renewing
    #[arg(long, default_value = "15s", value_parser = crate::config::duration::parse)]
    pub leader_elect_lease_duration: Duration,
    /// How long the leader keeps retrying to renew before it stops leading
    #[arg(long, default_value = "10s", value_parser = crate::config::duration::parse)]
    pub leader_elect_renew_deadline: Duration,
    /// How long candidates wait between attempts to acquire or renew leadership
    #[arg(long, default_value = "2s", value_parser = crate::config::duration::parse)]
    pub leader_elect_retry_period: Duration,
    /// The namespace of the Lease object used for leader election
    #[arg(long, default_value = "kube-system")]
    pub leader_elect_resource_namespace: String,
    /// The name of the Lease object used for leader election (default: the component's name)
    #[arg(long)]
    pub leader_elect_resource_name: Option<String>,
}

impl LeaderElectionOptions {
    /// Checks kube's rules: lease duration > renew deadline > retry period × 1.2.
    pub fn validate(&self) -> Result<(), String> {
        if self.leader_elect_lease_duration <= self.leader_elect_renew_deadline {
            return Err(
                "--leader-elect-lease-duration must be greater than --leader-elect-renew-deadline"
                    .into(),
            );
        }
        if self.leader_elect_renew_deadline.as_secs_f64()
            <= self.leader_elect_retry_period.as_secs_f64() * 1.2
        {
            return Err("--leader-elect-renew-deadline must be greater than 1.2 × --leader-elect-retry-period".into());
        }
        if self.leader_elect_retry_period.is_zero() {
            return Err("--leader-elect-retry-period must be greater than zero".into());
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("lost the leader election lease {namespace}/{name}: not renewed within {deadline:?}")]
    Lost {
        namespace: String,
        name: String,
        deadline: Duration,
    },
}

/// One candidate for one Lease.
pub struct LeaderElector {
    api: Api<Lease>,
    name: String,
    namespace: String,
    identity: String,
    lease_duration: Duration,
    renew_deadline: Duration,
    retry_period: Duration,
    /// The holder's record as last seen, and when it was first seen in that state.
    observed: tokio::sync::Mutex<Option<(LeaseSpec, Instant)>>,
    leading: Arc<AtomicBool>,
}

impl LeaderElector {
    pub fn new(
        client: kube::Client,
        opts: &LeaderElectionOptions,
        default_name: &str,
        identity: String,
    ) -> Self {
        let namespace = opts.leader_elect_resource_namespace.clone();
        LeaderElector {
            api: Api::namespaced(client, &namespace),
            name: opts
                .leader_elect_resource_name
                .clone()
                .unwrap_or_else(|| default_name.to_owned()),
            namespace,
            identity,
            lease_duration: opts.leader_elect_lease_duration,
            renew_deadline: opts.leader_elect_renew_deadline,
            retry_period: opts.leader_elect_retry_period,
            observed: tokio::sync::Mutex::new(None),
            leading: Arc::new(AtomicBool::new(false)),
        }
    }

    pub fn identity(&self) -> &str {
        &self.identity
    }

    /// A flag that is true while this candidate leads (for metrics and health).
    pub fn leading_flag(&self) -> Arc<AtomicBool> {
        self.leading.clone()
    }

    /// Waits until this candidate holds the Lease.
    pub async fn acquire(&self) {
        tracing::info!(lease = %format!("{}/{}", self.namespace, self.name), identity = %self.identity, "attempting to acquire the leader lease");
        loop {
            match self.try_acquire_or_renew().await {
                Ok(true) => {
                    self.leading.store(true, Ordering::SeqCst);
                    tracing::info!(lease = %self.name, identity = %self.identity, "successfully acquired the lease");
                    return;
                }
                Ok(false) => {}
                Err(e) => tracing::debug!(error = %e, "leader election attempt failed"),
            }
            tokio::time::sleep(jittered(self.retry_period)).await;
        }
    }

    /// Renews the Lease every retry period; returns the error when leadership is lost.
    pub async fn hold(&self) -> Error {
        let mut last_renewal = Instant::now();
        loop {
            tokio::time::sleep(self.retry_period).await;
            let attempt = tokio::time::timeout(
                self.renew_deadline.saturating_sub(last_renewal.elapsed()),
                self.try_acquire_or_renew(),
            )
            .await;
            match attempt {
                Ok(Ok(true)) => last_renewal = Instant::now(),
                Ok(Ok(false)) => {
                    // Someone else holds it now: we lost it for certain.
                    return self.lost();
                }
                Ok(Err(e)) => tracing::warn!(error = %e, "cannot renew the leader lease"),
                Err(_) => {}
            }
            if last_renewal.elapsed() >= self.renew_deadline {
                return self.lost();
            }
        }
    }

    fn lost(&self) -> Error {
        self.leading.store(false, Ordering::SeqCst);
        Error::Lost {
            namespace: self.namespace.clone(),
            name: self.name.clone(),
            deadline: self.renew_deadline,
        }
    }

    /// Gives the Lease up (graceful stop): the next candidate need not wait for it to expire.
    pub async fn release(&self) {
        if !self.leading.swap(false, Ordering::SeqCst) {
            return;
        }
        let Ok(mut lease) = self.api.get(&self.name).await else {
            return;
        };
        let spec = lease.spec.get_or_insert_with(Default::default);
        if spec.holder_identity.as_deref() != Some(&self.identity) {
            return;
        }
        spec.holder_identity = None;
        spec.lease_duration_seconds = Some(1);
        spec.renew_time = Some(now());
        match self
            .api
            .replace(&self.name, &PostParams::default(), &lease)
            .await
        {
            Ok(_) => tracing::info!(lease = %self.name, "released the leader lease"),
            Err(e) => tracing::warn!(error = %e, "cannot release the leader lease"),
        }
    }

    /// One round of client-go's tryAcquireOrRenew: Ok(true) when this candidate holds the
    /// Lease afterwards, Ok(false) when someone else validly holds it.
    async fn try_acquire_or_renew(&self) -> Result<bool, kube::Error> {
        let duration_seconds = self.lease_duration.as_secs().max(1) as i32;
        let existing = match self.api.get_opt(&self.name).await? {
            Some(lease) => lease,
            None => {
                let lease = Lease {
                    metadata: ObjectMeta {
                        name: Some(self.name.clone()),
                        namespace: Some(self.namespace.clone()),
                        ..Default::default()
                    },
                    spec: Some(LeaseSpec {
                        holder_identity: Some(self.identity.clone()),
                        lease_duration_seconds: Some(duration_seconds),
                        acquire_time: Some(now()),
                        renew_time: Some(now()),
                        lease_transitions: Some(0),
                        ..Default::default()
                    }),
                };
                return match self.api.create(&PostParams::default(), &lease).await {
                    Ok(_) => Ok(true),
                    Err(kube::Error::Api(e)) if e.code == 409 => Ok(false),
                    Err(e) => Err(e),
                };
            }
        };
        let record = existing.spec.clone().unwrap_or_default();
        let holder = record.holder_identity.clone().unwrap_or_default();
        let i_hold = holder == self.identity;
        if !i_hold && !holder.is_empty() && !self.expired(&record).await {
            return Ok(false);
        }
        let mut lease = existing;
        let spec = lease.spec.get_or_insert_with(Default::default);
        if !i_hold {
            spec.holder_identity = Some(self.identity.clone());
            spec.acquire_time = Some(now());
            spec.lease_transitions = Some(record.lease_transitions.unwrap_or(0) + 1);
        }
        spec.lease_duration_seconds = Some(duration_seconds);
        spec.renew_time = Some(now());
        match self
            .api
            .replace(&self.name, &PostParams::default(), &lease)
            .await
        {
            Ok(written) => {
                *self.observed.lock().await =
                    Some((written.spec.unwrap_or_default(), Instant::now()));
                Ok(true)
            }
            // Someone else wrote first: they won this round.
            Err(kube::Error::Api(e)) if e.code == 409 => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// True when `record` has stayed the same for its lease duration, as seen from here.
    async fn expired(&self, record: &LeaseSpec) -> bool {
        let mut observed = self.observed.lock().await;
        let duration =
            Duration::from_secs(record.lease_duration_seconds.unwrap_or(15).max(1) as u64);
        match observed.as_ref() {
            Some((seen, since)) if seen == record => since.elapsed() >= duration,
            _ => {
                *observed = Some((record.clone(), Instant::now()));
                false
            }
        }
    }
}

/// How a component's run ended.
pub enum Outcome<E> {
    /// Its serving ended (SIGTERM), with the server's result; the Lease was released.
    Served(Result<(), E>),
    /// It lost leadership; its work was stopped at once.
    Lost(Error),
}

/// A component's life: `health` is served throughout (candidates answer probes too), `work`
/// runs only while `elector` leads (at once without an elector) and is dropped the moment
/// leadership is lost — another candidate may already be acting.
pub async fn serve_while_leading<E>(
    elector: Option<&LeaderElector>,
    health: impl Future<Output = Result<(), E>>,
    work: impl Future<Output = std::convert::Infallible>,
) -> Outcome<E> {
    let lead = async {
        if let Some(e) = elector {
            e.acquire().await;
        }
        let lost = async {
            match elector {
                Some(e) => e.hold().await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            lost = lost => lost,
            never = work => match never {},
        }
    };
    tokio::select! {
        served = health => {
            if let Some(e) = elector {
                e.release().await;
            }
            Outcome::Served(served)
        }
        lost = lead => Outcome::Lost(lost),
    }
}

/// `<hostname>_<random>`, as client-go's identities are, so that two candidates on one host
/// (tests, or a restarted process) never share one.
pub fn identity() -> String {
    let host = nix::unistd::gethostname()
        .ok()
        .and_then(|h| h.into_string().ok())
        .unwrap_or_else(|| "unknown".into());
    let mut bytes = [0u8; 8];
    aws_lc_rs::rand::fill(&mut bytes).expect("system randomness");
    let suffix: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{host}_{suffix}")
}

fn now() -> MicroTime {
    MicroTime(k8s_openapi::jiff::Timestamp::now())
}

/// `period` plus up to 20% (client-go's JitterFactor 1.2), so candidates do not retry in step.
fn jittered(period: Duration) -> Duration {
    let mut b = [0u8; 1];
    aws_lc_rs::rand::fill(&mut b).expect("system randomness");
    period + period.mul_f64(0.2 * b[0] as f64 / 255.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        le: LeaderElectionOptions,
    }

    #[test]
    fn defaults_are_kube_schedulers() {
        let cli = Cli::parse_from(["x"]);
        assert!(cli.le.leader_elect);
        assert_eq!(cli.le.leader_elect_lease_duration, Duration::from_secs(15));
        assert_eq!(cli.le.leader_elect_renew_deadline, Duration::from_secs(10));
        assert_eq!(cli.le.leader_elect_retry_period, Duration::from_secs(2));
        assert!(cli.le.validate().is_ok());
    }

    #[test]
    fn inconsistent_timings_are_refused() {
        let cli = Cli::parse_from([
            "x",
            "--leader-elect-lease-duration=5s",
            "--leader-elect-renew-deadline=10s",
        ]);
        assert!(cli.le.validate().unwrap_err().contains("lease-duration"));
        let cli = Cli::parse_from([
            "x",
            "--leader-elect-renew-deadline=2s",
            "--leader-elect-retry-period=2s",
        ]);
        assert!(cli.le.validate().unwrap_err().contains("renew-deadline"));
    }
}
