//! Scheduled etcd snapshots on masters: at each time of the configured cron schedule, save a
//! snapshot of the local member, then prune the scheduled ones to the retention. A failure is
//! logged, counted in the agent's metrics and recorded as a Warning event on the Node, so it
//! cannot go unnoticed.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::metrics::AgentMetrics;
use crate::config::{EtcdConfig, InitConfig, Paths, paths};
use crate::etcd::snapshot::{self, Kind, LocalMember, SaveOptions};

/// A scheduled snapshot that takes longer than this is abandoned (and reported).
const SAVE_TIMEOUT: Duration = Duration::from_secs(30 * 60);

pub async fn run(paths: Paths, config: InitConfig, metrics: Arc<AgentMetrics>) {
    let EtcdConfig::Local(local) = &config.cluster.etcd else {
        return;
    };
    let policy = &local.snapshots;
    let Some(schedule) = &policy.schedule else {
        tracing::info!(
            "scheduled etcd snapshots are disabled (etcd.local.snapshots.schedule is empty)"
        );
        return;
    };
    let dir: PathBuf = paths::under(paths.root(), &policy.dir);
    tracing::info!(%schedule, retention = policy.retention, dir = %dir.display(), "scheduled etcd snapshots");
    loop {
        let now = time::OffsetDateTime::now_utc();
        let Some(next) = schedule.next_after(now) else {
            tracing::warn!(%schedule, "the snapshot schedule never fires again");
            return;
        };
        let wait = (next - now).try_into().unwrap_or(Duration::ZERO);
        tokio::time::sleep(wait).await;
        let started = std::time::Instant::now();
        let result = take(&paths, &dir, policy.compress, policy.retention).await;
        match result {
            Ok(name) => {
                metrics.snapshot_succeeded(started.elapsed());
                tracing::info!(snapshot = %name, "scheduled etcd snapshot saved");
            }
            Err(message) => {
                metrics.snapshot_failed();
                tracing::warn!(error = %message, "scheduled etcd snapshot failed");
                super::events::warn_node(
                    &paths,
                    &config.node_name,
                    "EtcdSnapshotFailed",
                    &format!("scheduled etcd snapshot failed: {message}"),
                )
                .await;
            }
        }
    }
}

async fn take(
    paths: &Paths,
    dir: &std::path::Path,
    compress: bool,
    retention: usize,
) -> Result<String, String> {
    let member = LocalMember::from_manifest(paths).map_err(|e| e.to_string())?;
    let opts = SaveOptions {
        name: None,
        dir: dir.to_owned(),
        compress,
        kind: Kind::Scheduled,
    };
    let saved = tokio::time::timeout(SAVE_TIMEOUT, snapshot::save(&member, &opts))
        .await
        .map_err(|_| format!("the snapshot did not finish within {SAVE_TIMEOUT:?}"))?
        .map_err(|e| e.to_string())?;
    let pruned = snapshot::prune(dir, retention, false)
        .map_err(|e| format!("snapshot {} saved, but pruning failed: {e}", saved.name))?;
    for old in pruned {
        tracing::info!(snapshot = %old.name, "pruned scheduled etcd snapshot");
    }
    Ok(saved.name)
}
