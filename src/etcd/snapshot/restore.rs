//! `etcd snapshot restore`, kubeadm's documented procedure made one command:
//! verify the snapshot; stop the control plane by moving its static Pod manifests aside (the
//! agent stops what has no manifest, as the kubelet does); keep the old data directory aside;
//! let etcd's own tool build a fresh single-member data directory with a new cluster id; bump
//! its revision past anything clients may have seen and mark the history before it compacted,
//! so watchers relist instead of reusing resourceVersions; then put the manifests back.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Error, LocalMember, Result, Verified, io_error, rev_bytes};
use crate::agent::process::ProcessRecord;
use crate::config::Paths;
use crate::etcd::bolt;

/// Kubernetes' documented bump for restores: more revisions than a cluster makes between a
/// snapshot and its restore.
pub const DEFAULT_REVISION_BUMP: i64 = 1_000_000_000;

#[derive(Clone, Debug)]
pub struct RestoreOptions {
    /// Restore even though the current etcd member is healthy.
    pub force: bool,
    pub revision_bump: i64,
}

#[derive(Debug)]
pub struct RestoreReport {
    pub member: String,
    pub snapshot_revision: i64,
    pub new_revision: i64,
    /// The data directory that was replaced, kept under a new name.
    pub previous_data_dir: Option<PathBuf>,
    /// Other members the old cluster had (from the manifest): they must rejoin.
    pub other_members: Vec<String>,
}

pub async fn restore(
    paths: &Paths,
    verified: &Verified,
    opts: &RestoreOptions,
    say: impl Fn(&str),
) -> Result<RestoreReport> {
    let member = LocalMember::from_manifest(paths)?;
    let tool = restore_tool(&member)?;
    if member.is_healthy().await && !opts.force {
        return Err(Error::Restore(format!(
            "etcd member {} at {} is healthy: restoring replaces all of its data with the snapshot's (revision {}); pass --force to restore anyway, after saving a snapshot of the current state",
            member.name, member.client_url, verified.revision
        )));
    }
    let other_members: Vec<String> = member
        .flags
        .get("initial-cluster")
        .map(|c| {
            c.split(',')
                .filter_map(|m| m.split_once('=').map(|(n, _)| n.to_owned()))
                .filter(|n| *n != member.name)
                .collect()
        })
        .unwrap_or_default();
    let stamp = time::OffsetDateTime::now_utc().unix_timestamp();

    say("stopping the control plane (moving its static Pod manifests aside)");
    let stash = paths.state_dir().join(format!("restore-{stamp}/manifests"));
    let moved = stash_manifests(paths, &stash)?;
    let result = async {
        wait_stopped(paths, Duration::from_secs(90))?;
        replace_data_dir(&member, &tool, verified, opts, stamp, &say)
    }
    .await;
    say("starting the control plane again");
    unstash_manifests(paths, &stash, &moved)?;
    let (previous_data_dir, new_revision) = result?;
    // The restored member runs under the agent, as init left it (after a disaster the agent
    // is often down too).
    if crate::agent::service::running_agent(paths).is_none() {
        let exe = std::env::current_exe().map_err(io_error("/proc/self/exe"))?;
        let (paths, exe2) = (paths.clone(), exe.clone());
        let started =
            tokio::task::spawn_blocking(move || crate::agent::service::start(&paths, &exe2))
                .await
                .map_err(|e| Error::Restore(format!("starting the agent: {e}")))?;
        match started {
            Ok((_, record)) => say(&format!("started the agent (pid {})", record.pid)),
            Err(e) => {
                return Err(Error::Restore(format!(
                    "the data was restored, but the agent ({}) did not start: {e}; start it with `systemctl start kubeforge-agent` or `kubeforge agent`",
                    exe.display()
                )));
            }
        }
    }
    wait_healthy(&member, Duration::from_secs(120)).await?;
    Ok(RestoreReport {
        member: member.name,
        snapshot_revision: verified.revision,
        new_revision,
        previous_data_dir,
        other_members,
    })
}

/// etcdutl (3.5+) or etcdctl (3.4), next to the etcd binary the manifest runs or on PATH.
fn restore_tool(member: &LocalMember) -> Result<PathBuf> {
    for name in ["etcdutl", "etcdctl"] {
        if let Some(dir) = member.binary.parent() {
            let candidate = dir.join(name);
            if crate::etcd::binary::is_executable(&candidate) {
                return Ok(candidate);
            }
        }
        if let Some(found) = crate::etcd::binary::search_path(name) {
            return Ok(found);
        }
    }
    Err(Error::Restore(
        "neither etcdutl nor etcdctl was found next to etcd or on PATH: install etcd's tools (`apt-get install etcd-client` on Debian)".into(),
    ))
}

fn stash_manifests(paths: &Paths, stash: &Path) -> Result<Vec<String>> {
    crate::fsutil::create_dir_private(stash).map_err(io_error(stash))?;
    let dir = paths.manifests_dir();
    let mut moved = Vec::new();
    let entries = std::fs::read_dir(&dir).map_err(io_error(&dir))?;
    for entry in entries {
        let entry = entry.map_err(io_error(&dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".yaml") {
            continue;
        }
        std::fs::rename(entry.path(), stash.join(&name)).map_err(io_error(entry.path()))?;
        moved.push(name);
    }
    Ok(moved)
}

fn unstash_manifests(paths: &Paths, stash: &Path, moved: &[String]) -> Result<()> {
    let dir = paths.manifests_dir();
    for name in moved {
        std::fs::rename(stash.join(name), dir.join(name)).map_err(io_error(dir.join(name)))?;
    }
    let _ = std::fs::remove_dir(stash);
    let _ = stash.parent().map(std::fs::remove_dir);
    Ok(())
}

/// Waits until no container the agent recorded still runs.
fn wait_stopped(paths: &Paths, timeout: Duration) -> Result<()> {
    let deadline = Instant::now() + timeout;
    loop {
        let running: Vec<PathBuf> = crate::agent::pid_files(paths)
            .into_iter()
            .filter(|p| ProcessRecord::read(p).is_some_and(|r| r.is_alive()))
            .collect();
        if running.is_empty() {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(Error::Restore(format!(
                "the control plane did not stop within {timeout:?} (still running: {}); is the agent running? Nothing was changed",
                running
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Moves the data directory aside and builds the restored one; on failure puts the old one
/// back. Returns where the old one went and the restored revision.
fn replace_data_dir(
    member: &LocalMember,
    tool: &Path,
    verified: &Verified,
    opts: &RestoreOptions,
    stamp: i64,
    say: &impl Fn(&str),
) -> Result<(Option<PathBuf>, i64)> {
    let data_dir = &member.data_dir;
    let aside = PathBuf::from(format!("{}.before-restore-{stamp}", data_dir.display()));
    let previous = if data_dir.exists() {
        std::fs::rename(data_dir, &aside).map_err(io_error(data_dir))?;
        say(&format!(
            "kept the old data directory as {}",
            aside.display()
        ));
        Some(aside)
    } else {
        None
    };
    let built = build_data_dir(member, tool, verified, opts, stamp);
    if built.is_err() {
        let _ = std::fs::remove_dir_all(data_dir);
        if let Some(old) = &previous {
            let _ = std::fs::rename(old, data_dir);
        }
    }
    built.map(|rev| (previous, rev))
}

fn build_data_dir(
    member: &LocalMember,
    tool: &Path,
    verified: &Verified,
    opts: &RestoreOptions,
    stamp: i64,
) -> Result<i64> {
    // The tool reads a file: a compressed snapshot is expanded next to the data directory.
    let parent = member.data_dir.parent().unwrap_or(Path::new("/"));
    let expanded = if verified.compressed {
        let file = tempfile::Builder::new()
            .prefix(".kubeforge-restore-")
            .tempfile_in(parent)
            .map_err(io_error(parent))?;
        std::fs::write(file.path(), &verified.contents).map_err(io_error(file.path()))?;
        Some(file)
    } else {
        None
    };
    let input = expanded
        .as_ref()
        .map_or(verified.path.as_path(), |f| f.path());
    let output = std::process::Command::new(tool)
        .env("ETCDCTL_API", "3")
        .arg("snapshot")
        .arg("restore")
        .arg(input)
        .arg(format!("--name={}", member.name))
        .arg(format!(
            "--initial-cluster={}={}",
            member.name, member.peer_url
        ))
        .arg(format!("--initial-advertise-peer-urls={}", member.peer_url))
        // A new token gives the restored cluster a new id: old members cannot rejoin it by
        // mistake.
        .arg(format!("--initial-cluster-token=kubeforge-restore-{stamp}"))
        .arg(format!("--data-dir={}", member.data_dir.display()))
        .output()
        .map_err(io_error(tool))?;
    if !output.status.success() {
        return Err(Error::Restore(format!(
            "{} snapshot restore failed: {}",
            tool.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    bump_revision(&member.data_dir, verified.revision, opts.revision_bump)
}

/// Marks the restored database compacted at `revision + bump`: etcd then starts at that
/// revision, so every resourceVersion it hands out is newer than any the old cluster gave,
/// and a watch from an older one gets 410 Gone and relists.
fn bump_revision(data_dir: &Path, revision: i64, bump: i64) -> Result<i64> {
    let db_path = data_dir.join("member/snap/db");
    let bytes = std::fs::read(&db_path).map_err(io_error(&db_path))?;
    let corrupt = |e: bolt::Corrupt| Error::Corrupt {
        path: db_path.clone(),
        message: e.to_string(),
    };
    let mut db = bolt::Db::from_bytes(bytes).map_err(corrupt)?;
    let new_revision = revision.saturating_add(bump.max(1));
    let marker = rev_bytes(new_revision, 0);
    db.put(b"meta", b"scheduledCompactRev", &marker)
        .map_err(corrupt)?;
    db.put(b"meta", b"finishedCompactRev", &marker)
        .map_err(corrupt)?;
    db.commit().map_err(corrupt)?;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&db_path)
        .map_err(io_error(&db_path))?;
    db.write_changes(&file).map_err(io_error(&db_path))?;
    Ok(new_revision)
}

async fn wait_healthy(member: &LocalMember, timeout: Duration) -> Result<()> {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if member.is_healthy().await {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    Err(Error::Restore(format!(
        "the data was restored, but etcd member {} did not become healthy within {timeout:?}: see its log under /var/log/kubeforge/etcd",
        member.name
    )))
}
