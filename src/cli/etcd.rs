//! `kubeforge etcd snapshot save|list|delete|prune|verify|restore` and `etcd member list|remove`.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};

use crate::config::{self, EtcdConfig, Paths, SnapshotPolicy, paths::under};
use crate::etcd::snapshot::{self, Kind, LocalMember, Metadata, SaveOptions, restore};

#[derive(Debug, Subcommand)]
pub enum EtcdCommand {
    /// Save, list, verify, prune and restore etcd snapshots
    #[command(subcommand)]
    Snapshot(SnapshotCommand),
    /// List and remove etcd members
    #[command(subcommand)]
    Member(MemberCommand),
}

#[derive(Debug, Args)]
pub struct DirArg {
    /// Snapshot directory (default: etcd.local.snapshots.dir of the cluster configuration, else /var/lib/kubeforge/snapshots)
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum ListFormat {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum SnapshotCommand {
    /// Take a snapshot of this node's etcd member: streamed, checksum- and integrity-verified, written atomically
    Save {
        /// Snapshot name (default: on-demand-<member>-<unix time>)
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        dir: DirArg,
        /// Compress the snapshot with gzip (<name>.db.gz)
        #[arg(long)]
        compress: bool,
    },
    /// List the snapshots in the snapshot directory
    #[command(alias = "ls")]
    List {
        #[command(flatten)]
        dir: DirArg,
        /// Output format
        #[arg(short, long, value_enum, default_value_t)]
        output: ListFormat,
    },
    /// Delete snapshots by name
    #[command(alias = "rm")]
    Delete {
        #[arg(required = true)]
        names: Vec<String>,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Delete all but the newest N scheduled snapshots (manual ones only with --include-manual)
    Prune {
        /// How many to keep (default: etcd.local.snapshots.retention, else 5)
        #[arg(long)]
        retention: Option<usize>,
        /// Prune manual snapshots too (counted separately, keeping the newest N of them)
        #[arg(long)]
        include_manual: bool,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Check a snapshot's checksum and the integrity of its database without restoring it
    Verify {
        /// A snapshot name from `snapshot list`, or a file path
        snapshot: String,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Restore this node's etcd member from a snapshot (a new single-member cluster)
    Restore {
        /// A snapshot name from `snapshot list`, or a file path
        snapshot: String,
        #[command(flatten)]
        dir: DirArg,
        /// Restore even though the current etcd member is healthy
        #[arg(long)]
        force: bool,
        /// How far past the snapshot's revision the restored cluster starts (clients never see a resourceVersion reused)
        #[arg(long, default_value_t = restore::DEFAULT_REVISION_BUMP, value_name = "REVISIONS")]
        bump_revision: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// List the etcd cluster's members (through this node's member)
    List {
        /// Output format
        #[arg(short, long, value_enum, default_value_t)]
        output: ListFormat,
    },
    /// Remove the member of a dead master that cannot run `kubeforge reset` itself
    Remove {
        /// The member's name (its node name) or hex id, as `etcd member list` shows
        name: String,
        /// Remove it even if the remaining members would not have a quorum
        #[arg(long)]
        force: bool,
    },
}

async fn member(cmd: MemberCommand, root: &Path) -> anyhow::Result<()> {
    use crate::etcd::membership;
    let (paths, _) = node_settings(root)?;
    let local = LocalMember::from_manifest(&paths)?;
    let tls = local.client_tls()?;
    let mut client = membership::connect(std::slice::from_ref(&local.client_url), &tls).await?;
    let members = membership::list(&mut client).await?;
    match cmd {
        MemberCommand::List { output } => match output {
            ListFormat::Json => {
                let all: Vec<_> = members
                    .iter()
                    .map(|m| {
                        serde_json::json!({
                            "id": format!("{:x}", m.id),
                            "name": m.name,
                            "peerURLs": m.peer_urls,
                            "clientURLs": m.client_urls,
                            "isLearner": m.is_learner,
                        })
                    })
                    .collect();
                println!("{}", serde_json::to_string_pretty(&all)?);
            }
            ListFormat::Table => {
                let rows: Vec<Vec<String>> = members
                    .iter()
                    .map(|m| {
                        vec![
                            format!("{:x}", m.id),
                            if m.name.is_empty() {
                                "<unstarted>".into()
                            } else {
                                m.name.clone()
                            },
                            if m.is_learner { "learner" } else { "voter" }.into(),
                            m.peer_urls.join(","),
                            m.client_urls.join(","),
                        ]
                    })
                    .collect();
                super::table::print(&["ID", "NAME", "ROLE", "PEER URLS", "CLIENT URLS"], &rows);
            }
        },
        MemberCommand::Remove { name, force } => {
            let Some(target) = members
                .iter()
                .find(|m| m.name == name || format!("{:x}", m.id) == name)
            else {
                let known: Vec<String> = members
                    .iter()
                    .map(|m| format!("{} ({:x})", m.name, m.id))
                    .collect();
                anyhow::bail!(
                    "no etcd member is named {name:?}; members are: {}",
                    known.join(", ")
                );
            };
            if target.name == local.name {
                anyhow::bail!(
                    "{name:?} is this node's own member: run `kubeforge reset` here instead"
                );
            }
            if !force && !membership::quorum_without(&members, target.id, &tls).await {
                anyhow::bail!(
                    "removing {name:?} would leave the cluster without a healthy quorum; pass --force to remove it anyway"
                );
            }
            membership::remove(&mut client, target.id).await?;
            println!("Removed etcd member {name} ({:x})", target.id);
        }
    }
    Ok(())
}

/// This node's paths and snapshot policy, from the configuration init recorded.
fn node_settings(root: &Path) -> anyhow::Result<(Paths, SnapshotPolicy)> {
    let recorded = config::recorded(root).with_context(|| {
        format!(
            "cannot read the configuration init recorded in {}",
            Paths::new(root).node_config().display()
        )
    })?;
    Ok(match recorded {
        Some(cfg) => match &cfg.cluster.etcd {
            EtcdConfig::Local(local) => (cfg.paths(root), local.snapshots.clone()),
            EtcdConfig::External(_) => anyhow::bail!(
                "this cluster uses an external etcd (etcd.external): back it up with that etcd's own tools"
            ),
        },
        None => (Paths::new(root), SnapshotPolicy::default()),
    })
}

fn snapshot_dir(root: &Path, policy: &SnapshotPolicy, arg: &DirArg) -> PathBuf {
    arg.dir.clone().unwrap_or_else(|| under(root, &policy.dir))
}

pub async fn run(cmd: EtcdCommand, root: PathBuf) -> anyhow::Result<()> {
    let cmd = match cmd {
        EtcdCommand::Snapshot(cmd) => cmd,
        EtcdCommand::Member(cmd) => return member(cmd, &root).await,
    };
    let (paths, policy) = node_settings(&root)?;
    match cmd {
        SnapshotCommand::Save {
            name,
            dir,
            compress,
        } => {
            let member = LocalMember::from_manifest(&paths)?;
            let opts = SaveOptions {
                name,
                dir: snapshot_dir(&root, &policy, &dir),
                compress,
                kind: Kind::Manual,
            };
            let m = snapshot::save(&member, &opts).await?;
            println!(
                "Snapshot {} saved at {} (revision {}, {}, sha256 {})",
                m.name,
                opts.dir.join(&m.file).display(),
                m.revision,
                human_size(m.size),
                m.sha256
            );
        }
        SnapshotCommand::List { dir, output } => {
            let dir = snapshot_dir(&root, &policy, &dir);
            let all = snapshot::list(&dir)?;
            match output {
                ListFormat::Json => println!("{}", serde_json::to_string_pretty(&all)?),
                ListFormat::Table => print_table(&dir, &all),
            }
        }
        SnapshotCommand::Delete { names, dir } => {
            let dir = snapshot_dir(&root, &policy, &dir);
            for name in names {
                let m = snapshot::delete(&dir, &name)?;
                println!("Snapshot {} deleted", m.name);
            }
        }
        SnapshotCommand::Prune {
            retention,
            include_manual,
            dir,
        } => {
            let dir = snapshot_dir(&root, &policy, &dir);
            let keep = retention.unwrap_or(policy.retention);
            if keep == 0 {
                anyhow::bail!(
                    "--retention must be at least 1 (use `snapshot delete` to remove them all)"
                );
            }
            let deleted = snapshot::prune(&dir, keep, include_manual)?;
            for m in &deleted {
                println!("Snapshot {} deleted", m.name);
            }
            println!(
                "{} snapshot(s) deleted, keeping the newest {keep}",
                deleted.len()
            );
        }
        SnapshotCommand::Verify { snapshot: s, dir } => {
            let dir = snapshot_dir(&root, &policy, &dir);
            let (file, sidecar) = snapshot::resolve(&dir, &s)?;
            let v = tokio::task::spawn_blocking(move || {
                snapshot::verify_file(&file, sidecar.as_deref())
            })
            .await??;
            println!(
                "{}: ok (revision {}, {} keys, database {}, sha256 {})",
                v.path.display(),
                v.revision,
                v.keys,
                human_size(v.db_size),
                v.sha256
            );
        }
        SnapshotCommand::Restore {
            snapshot: s,
            dir,
            force,
            bump_revision,
        } => {
            if bump_revision < 0 {
                anyhow::bail!("--bump-revision must not be negative");
            }
            let dir = snapshot_dir(&root, &policy, &dir);
            let (file, sidecar) = snapshot::resolve(&dir, &s)?;
            println!("[restore] verifying {}", file.display());
            let verified = tokio::task::spawn_blocking(move || {
                snapshot::verify_file(&file, sidecar.as_deref())
            })
            .await??;
            let opts = restore::RestoreOptions {
                force,
                revision_bump: bump_revision,
            };
            let report = restore::restore(&paths, &verified, &opts, |line| {
                println!("[restore] {line}")
            })
            .await?;
            println!(
                "\netcd member {} restored from {} (snapshot revision {}); it now runs as a new single-member cluster at revision {}.",
                report.member,
                verified.path.display(),
                report.snapshot_revision,
                report.new_revision
            );
            if let Some(old) = &report.previous_data_dir {
                println!(
                    "The previous data directory is kept at {} (delete it once the cluster is healthy).",
                    old.display()
                );
            }
            super::rejoin::print_instructions(&paths, &report.member, &report.other_members).await;
        }
    }
    Ok(())
}

fn print_table(dir: &Path, all: &[Metadata]) {
    if all.is_empty() {
        println!("No snapshots in {}", dir.display());
        return;
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|m| {
            vec![
                m.name.clone(),
                m.kind.to_string(),
                m.revision.to_string(),
                human_size(m.size),
                m.created_at.clone(),
                dir.join(&m.file).display().to_string(),
            ]
        })
        .collect();
    super::table::print(
        &["NAME", "KIND", "REVISION", "SIZE", "CREATED", "LOCATION"],
        &rows,
    );
}

fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut v = bytes as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}
