//! The scheduler's Prometheus metrics (names as kube-scheduler's): attempts by result,
//! pending pods by queue, scheduling algorithm latency, preemptions, leader status.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::queue::Pending;

#[derive(Default)]
pub struct Metrics {
    scheduled: AtomicU64,
    unschedulable: AtomicU64,
    error: AtomicU64,
    attempt_micros: AtomicU64,
    attempts: AtomicU64,
    preemption_attempts: AtomicU64,
    preemption_victims: AtomicU64,
}

impl Metrics {
    pub fn observe_attempt(&self, result: &str, took: Duration) {
        match result {
            "scheduled" => &self.scheduled,
            _ => &self.unschedulable,
        }
        .fetch_add(1, Ordering::Relaxed);
        self.attempt_micros
            .fetch_add(took.as_micros() as u64, Ordering::Relaxed);
        self.attempts.fetch_add(1, Ordering::Relaxed);
    }

    pub fn observe_error(&self) {
        self.error.fetch_add(1, Ordering::Relaxed);
    }

    pub fn preempted(&self, victims: usize) {
        self.preemption_attempts.fetch_add(1, Ordering::Relaxed);
        self.preemption_victims
            .fetch_add(victims as u64, Ordering::Relaxed);
    }

    pub fn render(&self, pending: Pending, leading: Option<bool>, events_dropped: u64) -> String {
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let mut out = String::new();
        out.push_str("# HELP scheduler_schedule_attempts_total Number of attempts to schedule pods, by the result.\n# TYPE scheduler_schedule_attempts_total counter\n");
        for (result, v) in [
            ("scheduled", &self.scheduled),
            ("unschedulable", &self.unschedulable),
            ("error", &self.error),
        ] {
            let _ = writeln!(
                out,
                "scheduler_schedule_attempts_total{{profile=\"default-scheduler\",result=\"{result}\"}} {}",
                get(v)
            );
        }
        out.push_str("# HELP scheduler_pending_pods Number of pending pods, by the queue type.\n# TYPE scheduler_pending_pods gauge\n");
        for (queue, n) in [
            ("active", pending.active),
            ("backoff", pending.backoff),
            ("unschedulable", pending.unschedulable),
        ] {
            let _ = writeln!(out, "scheduler_pending_pods{{queue=\"{queue}\"}} {n}");
        }
        out.push_str("# HELP scheduler_scheduling_algorithm_duration_seconds Scheduling algorithm latency in seconds.\n# TYPE scheduler_scheduling_algorithm_duration_seconds summary\n");
        let _ = writeln!(
            out,
            "scheduler_scheduling_algorithm_duration_seconds_sum {}",
            get(&self.attempt_micros) as f64 / 1e6
        );
        let _ = writeln!(
            out,
            "scheduler_scheduling_algorithm_duration_seconds_count {}",
            get(&self.attempts)
        );
        out.push_str("# HELP scheduler_preemption_attempts_total Total preemption attempts in the cluster till now.\n# TYPE scheduler_preemption_attempts_total counter\n");
        let _ = writeln!(
            out,
            "scheduler_preemption_attempts_total {}",
            get(&self.preemption_attempts)
        );
        out.push_str("# HELP scheduler_preemption_victims_total Pods evicted by preemption.\n# TYPE scheduler_preemption_victims_total counter\n");
        let _ = writeln!(
            out,
            "scheduler_preemption_victims_total {}",
            get(&self.preemption_victims)
        );
        out.push_str("# HELP scheduler_events_dropped_total Events not recorded because too many were waiting.\n# TYPE scheduler_events_dropped_total counter\n");
        let _ = writeln!(out, "scheduler_events_dropped_total {events_dropped}");
        if let Some(leading) = leading {
            out.push_str("# HELP leader_election_master_status Gauge of if the reporting system is master of the relevant lease, 0 indicates backup, 1 indicates master.\n# TYPE leader_election_master_status gauge\n");
            let _ = writeln!(
                out,
                "leader_election_master_status{{name=\"kube-scheduler\"}} {}",
                leading as u8
            );
        }
        out
    }
}
