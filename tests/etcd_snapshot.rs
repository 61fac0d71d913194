//! etcd backup and restore with real etcd and the real binary: snapshots taken while clients
//! write restore exactly what was acknowledged before them, on a node rebuilt from scratch,
//! with revisions that keep increasing; damaged or foreign files are refused without touching
//! anything; the agent's schedule keeps exactly N snapshots and reports failures.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Output;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use futures::StreamExt;
use k8s_openapi::api::core::v1::{ConfigMap, Event};
use kube::api::{Api, ListParams, PostParams, WatchEvent, WatchParams};
use serde_json::Value;

async fn client(node: &Node) -> kube::Client {
    kubeforge::controllers::client(&node.admin_conf())
        .await
        .expect("admin client")
}

fn snapshot_cmd(node: &Node, args: &[&str]) -> Output {
    let mut cmd = node.cmd();
    cmd.args(["etcd", "snapshot"]).args(args);
    run(cmd)
}

fn snapshot_ok(node: &Node, args: &[&str]) -> String {
    let out = snapshot_cmd(node, args);
    assert_success(&out, &format!("etcd snapshot {}", args.join(" ")));
    stdout(&out)
}

fn list_json(node: &Node, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["list", "-o", "json"];
    args.extend(extra);
    serde_json::from_str(&snapshot_ok(node, &args)).expect("list -o json is JSON")
}

fn snapshots_dir(node: &Node) -> PathBuf {
    node.root().join("var/lib/kubeforge/snapshots")
}

fn data(i: usize) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("index".to_owned(), i.to_string()),
        ("payload".to_owned(), "x".repeat(i % 97)),
    ])
}

/// What a client was told: name → (resourceVersion, data).
type Acknowledged = Arc<Mutex<BTreeMap<String, (i64, BTreeMap<String, String>)>>>;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_snapshot_taken_under_writes_restores_exactly_what_was_acknowledged_before_it() {
    let node = Node::new();
    node.init();
    let kube = client(&node).await;
    let cms: Api<ConfigMap> = Api::namespaced(kube.clone(), "default");

    // Four writers create ConfigMaps until told to stop, recording every acknowledgement.
    let acked: Acknowledged = Arc::default();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let (cms, acked, stop) = (cms.clone(), acked.clone(), stop.clone());
            tokio::spawn(async move {
                let mut i = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let name = format!("w{w}-{i}");
                    let cm = ConfigMap {
                        metadata: kube::api::ObjectMeta {
                            name: Some(name.clone()),
                            ..Default::default()
                        },
                        data: Some(data(i)),
                        ..Default::default()
                    };
                    let created = cms.create(&PostParams::default(), &cm).await.unwrap();
                    let rv: i64 = created.metadata.resource_version.unwrap().parse().unwrap();
                    acked.lock().unwrap().insert(name, (rv, data(i)));
                    i += 1;
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let node_ref = &node;
    let saved =
        tokio::task::block_in_place(|| snapshot_ok(node_ref, &["save", "--name", "under-load"]));
    assert!(saved.contains("Snapshot under-load saved at"), "{saved}");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for w in writers {
        w.await.unwrap();
    }
    let meta = list_json(&node, &[]);
    let snapshot_revision = meta[0]["revision"].as_i64().unwrap();
    let acked = acked.lock().unwrap().clone();
    let newest_seen = acked.values().map(|(rv, _)| *rv).max().unwrap();
    let before: Vec<_> = acked
        .iter()
        .filter(|(_, (rv, _))| *rv <= snapshot_revision)
        .collect();
    let after: Vec<_> = acked
        .iter()
        .filter(|(_, (rv, _))| *rv > snapshot_revision)
        .collect();
    assert!(
        before.len() > 10 && after.len() > 10,
        "writes on both sides of the snapshot: {} before, {} after",
        before.len(),
        after.len()
    );

    // Restoring over a healthy member needs --force, and refusing changes nothing.
    let refused = snapshot_cmd(&node, &["restore", "under-load"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("is healthy") && stderr(&refused).contains("--force"),
        "{}",
        stderr(&refused)
    );
    let written = cms.list(&ListParams::default()).await.unwrap().items;
    let written = written.iter().filter(|c| {
        c.metadata
            .name
            .as_deref()
            .is_some_and(|n| n.starts_with('w'))
    });
    assert_eq!(written.count(), acked.len());

    // Rebuild the node from nothing: reset removes everything but the backups, init makes a
    // new cluster, and the snapshot is restored into it by name.
    node.reset();
    assert!(!node.paths().etcd_data_dir().exists());
    assert!(!node.paths().node_config().exists());
    assert!(
        snapshots_dir(&node).join("under-load.db").exists(),
        "reset keeps snapshots"
    );
    node.init();
    let out =
        tokio::task::block_in_place(|| snapshot_ok(&node, &["restore", "under-load", "--force"]));
    assert!(out.contains("restored from"), "{out}");
    // A lone master: nobody to rejoin, so no token or certificate upload either.
    assert!(!out.contains("kubeforge join"), "{out}");
    assert!(
        out.contains("before-restore"),
        "the replaced data directory is kept: {out}"
    );

    let kube = client(&node).await;
    let cms: Api<ConfigMap> = Api::namespaced(kube.clone(), "default");
    let restored: BTreeMap<String, ConfigMap> = cms
        .list(&ListParams::default())
        .await
        .unwrap()
        .items
        .into_iter()
        .filter(|c| {
            c.metadata
                .name
                .as_deref()
                .is_some_and(|n| n.starts_with('w'))
        })
        .map(|c| (c.metadata.name.clone().unwrap(), c))
        .collect();
    for (name, (rv, d)) in &before {
        let cm = restored.get(*name).unwrap_or_else(|| {
            panic!("{name} (rv {rv}) was acknowledged before the snapshot but is missing")
        });
        assert_eq!(cm.data.as_ref(), Some(d), "{name} has different content");
        assert_eq!(
            cm.metadata.resource_version.as_deref(),
            Some(rv.to_string().as_str())
        );
    }
    for (name, _) in &after {
        assert!(
            !restored.contains_key(*name),
            "{name} was created after the snapshot but exists"
        );
    }
    assert_eq!(restored.len(), before.len());

    // Revisions keep increasing past anything a client saw, and a watch from an old
    // resourceVersion is told to relist (410 Gone) instead of replaying a different history.
    let fresh = cms
        .create(
            &PostParams::default(),
            &ConfigMap {
                metadata: kube::api::ObjectMeta {
                    name: Some("after-restore".into()),
                    ..Default::default()
                },
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let fresh_rv: i64 = fresh.metadata.resource_version.unwrap().parse().unwrap();
    assert!(
        fresh_rv > newest_seen,
        "new resourceVersion {fresh_rv} must exceed {newest_seen}"
    );
    let mut stream = cms
        .watch(
            &WatchParams::default().timeout(5),
            &snapshot_revision.to_string(),
        )
        .await
        .unwrap()
        .boxed();
    match stream.next().await {
        Some(Ok(WatchEvent::Error(e))) => assert_eq!(e.code, 410, "{e:?}"),
        Some(Err(kube::Error::Api(e))) => assert_eq!(e.code, 410, "{e:?}"),
        other => panic!("expected 410 Gone for a watch from before the restore, got {other:?}"),
    }
}

/// The member's data directory, byte for byte in name and size, to show nothing changed.
fn data_dir_listing(node: &Node) -> Vec<String> {
    files_under(node.paths().etcd_data_dir())
        .into_iter()
        .filter(|f| !f.contains("wal/") || f.ends_with(".wal"))
        .collect()
}

#[test]
fn damaged_and_foreign_snapshots_are_refused_and_change_nothing() {
    let node = Node::new();
    node.init();
    snapshot_ok(&node, &["save", "--name", "good"]);
    let good = std::fs::read(snapshots_dir(&node).join("good.db")).unwrap();
    let work = node.dir.path();
    let write = |name: &str, bytes: &[u8]| -> String {
        let p = work.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let mut flipped = good.clone();
    flipped[good.len() / 2] ^= 0x40;
    let cases = [
        (
            write("truncated.db", &good[..good.len() - 5000]),
            "truncated",
        ),
        (write("flipped.db", &flipped), "checksum mismatch"),
        (
            write("no-checksum.db", &good[..good.len() - 32]),
            "no checksum",
        ),
        (
            write("wrong.db", b"apiVersion: v1\nkind: ConfigMap\n"),
            "is not an etcd snapshot",
        ),
        (
            write(
                "ca.crt",
                &std::fs::read(node.paths().pki_dir().join("ca.crt")).unwrap(),
            ),
            "is not an etcd snapshot",
        ),
    ];
    let etcd_pid = node.container_pid("etcd");
    let listing = data_dir_listing(&node);
    for (file, words) in &cases {
        for args in [
            vec!["verify", file.as_str()],
            vec!["restore", file.as_str(), "--force"],
        ] {
            let out = snapshot_cmd(&node, &args);
            assert!(!out.status.success(), "{args:?} succeeded");
            assert!(stderr(&out).contains(words), "{args:?}: {}", stderr(&out));
        }
    }
    // A sidecar that records another database.
    std::fs::copy(
        snapshots_dir(&node).join("good.json"),
        work.join("flipped.json"),
    )
    .unwrap();
    let mut fixed = flipped.clone();
    let db_len = fixed.len() - 32;
    let sum = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &fixed[..db_len]);
    fixed[db_len..].copy_from_slice(sum.as_ref());
    let replaced = write("flipped.db", &fixed);
    let out = snapshot_cmd(&node, &["verify", &replaced]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("differs from the snapshot recorded")
            || stderr(&out).contains("corrupt"),
        "{}",
        stderr(&out)
    );
    // Nothing was stopped, moved or rewritten.
    assert_eq!(node.container_pid("etcd"), etcd_pid);
    assert_eq!(data_dir_listing(&node), listing);
    assert!(
        std::fs::read_dir(node.root().join("var/lib"))
            .unwrap()
            .all(|e| {
                !e.unwrap()
                    .file_name()
                    .to_string_lossy()
                    .contains("before-restore")
            })
    );
    let ok = snapshot_ok(&node, &["verify", "good"]);
    assert!(ok.contains(": ok (revision"), "{ok}");

    // No space left in --dir: a clear error, and no partial file left behind.
    let small = work.join("small");
    std::fs::create_dir(&small).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=16k", "tmpfs"])
        .arg(&small)
        .status()
        .is_ok_and(|s| s.success());
    if mounted {
        let out = snapshot_cmd(
            &node,
            &[
                "save",
                "--name",
                "nospace",
                "--dir",
                small.to_str().unwrap(),
            ],
        );
        let _ = std::process::Command::new("umount").arg(&small).status();
        assert!(!out.status.success());
        assert!(
            stderr(&out).contains("no space left in"),
            "{}",
            stderr(&out)
        );
    } else {
        eprintln!("skipping the no-space case: cannot mount a tmpfs here");
    }
    // Names are checked before anything is written.
    let out = snapshot_cmd(&node, &["save", "--name", "../escape"]);
    assert!(
        stderr(&out).contains("not a valid snapshot name"),
        "{}",
        stderr(&out)
    );
    let out = snapshot_cmd(&node, &["save", "--name", "good"]);
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
}

/// `init` with `etcd.local.snapshots` set to `snapshots` (YAML lines, indented for it).
fn init_with_snapshots(node: &Node, snapshots: &str) -> Output {
    node.init_with_cluster_config(&format!("etcd:\n  local:\n    snapshots:\n{snapshots}"))
}

fn agent_metric(node: &Node, name: &str) -> f64 {
    let url = format!("http://{}:10248/metrics", node.address);
    let out = std::process::Command::new("curl")
        .args(["-sf", &url])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name} ")))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0.0)
}

fn wait_for(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(250));
    }
}

#[test]
fn scheduled_snapshots_keep_exactly_the_newest_n_and_leave_manual_ones() {
    let node = Node::new();
    assert_success(
        &init_with_snapshots(&node, "      schedule: \"@every 2s\"\n      retention: 2\n"),
        "init",
    );
    snapshot_ok(&node, &["save", "--name", "manual-one"]);
    wait_for("four scheduled snapshots", Duration::from_secs(60), || {
        agent_metric(&node, "kubeforge_etcd_snapshot_success_total") >= 4.0
    });
    // A listing taken between a save and its prune may show a third one for a moment.
    let mut all = list_json(&node, &[]);
    for _ in 0..5 {
        if all.iter().filter(|m| m["kind"] == "scheduled").count() == 2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(300));
        all = list_json(&node, &[]);
    }
    let scheduled: Vec<&Value> = all.iter().filter(|m| m["kind"] == "scheduled").collect();
    let manual: Vec<&Value> = all.iter().filter(|m| m["kind"] == "manual").collect();
    assert_eq!(scheduled.len(), 2, "exactly the retention: {all:#?}");
    assert_eq!(manual.len(), 1, "{all:#?}");
    // The survivors are the newest: pause the schedule's effect by reading right after one.
    let last = agent_metric(
        &node,
        "kubeforge_etcd_snapshot_last_success_timestamp_seconds",
    ) as i64;
    let newest = scheduled
        .iter()
        .filter_map(|m| m["name"].as_str()?.rsplit('-').next()?.parse::<i64>().ok())
        .max()
        .unwrap();
    assert!(
        newest >= last - 2,
        "newest kept {newest}, last saved {last}"
    );
    for m in &scheduled {
        let file = snapshots_dir(&node).join(m["file"].as_str().unwrap());
        assert!(file.exists(), "{}", file.display());
    }
    // Every scheduled snapshot is a verified, restorable file.
    let name = scheduled[0]["name"].as_str().unwrap().to_owned();
    let verify = snapshot_cmd(&node, &["verify", &name]);
    // It may just have been pruned by the next round; then the newer one verifies.
    if verify.status.success() {
        assert!(stdout(&verify).contains(": ok"));
    }
    // Manual pruning: manual snapshots only when asked.
    snapshot_ok(&node, &["save", "--name", "manual-two"]);
    let out = snapshot_ok(&node, &["prune", "--retention", "1", "--include-manual"]);
    assert!(out.contains("Snapshot manual-one deleted"), "{out}");
    let names: Vec<String> = list_json(&node, &[])
        .iter()
        .map(|m| m["name"].as_str().unwrap().to_owned())
        .collect();
    assert!(names.contains(&"manual-two".to_owned()), "{names:?}");
    let out = snapshot_ok(&node, &["delete", "manual-two"]);
    assert!(out.contains("Snapshot manual-two deleted"));
    let out = snapshot_cmd(&node, &["delete", "manual-two"]);
    assert!(
        stderr(&out).contains("no snapshot named"),
        "{}",
        stderr(&out)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_scheduled_snapshot_raises_a_node_event_and_a_metric() {
    let node = Node::new();
    // The snapshot directory lies under a regular file: every attempt fails.
    std::fs::create_dir_all(node.root().join("srv")).unwrap();
    std::fs::write(node.root().join("srv/blocked"), "").unwrap();
    let node_ref = &node;
    tokio::task::block_in_place(|| {
        assert_success(
            &init_with_snapshots(
                node_ref,
                "      schedule: \"@every 2s\"\n      dir: /srv/blocked/snapshots\n",
            ),
            "init",
        )
    });
    tokio::task::block_in_place(|| {
        wait_for(
            "a failure in the agent's metrics",
            Duration::from_secs(60),
            || agent_metric(node_ref, "kubeforge_etcd_snapshot_failures_total") >= 1.0,
        )
    });
    let events: Api<Event> = Api::namespaced(client(&node).await, "default");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let found = events
            .list(&ListParams::default())
            .await
            .unwrap()
            .items
            .into_iter()
            .find(|e| e.reason.as_deref() == Some("EtcdSnapshotFailed"));
        if let Some(e) = found {
            assert_eq!(e.type_.as_deref(), Some("Warning"));
            assert_eq!(e.involved_object.kind.as_deref(), Some("Node"));
            assert_eq!(e.involved_object.name.as_deref(), Some("node-a"));
            assert!(e.message.unwrap_or_default().contains("snapshot"));
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no EtcdSnapshotFailed event on the Node"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert_eq!(
        agent_metric(&node, "kubeforge_etcd_snapshot_success_total"),
        0.0
    );
}

#[test]
fn a_bad_snapshot_schedule_is_refused_by_init_naming_the_field() {
    let node = Node::new();
    let out = init_with_snapshots(&node, "      schedule: \"0 */12 * *\"\n");
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("etcd.local.snapshots.schedule"),
        "{}",
        stderr(&out)
    );
    assert!(
        !node.root().exists() || files_under(&node.root()).is_empty(),
        "init wrote files"
    );
}
