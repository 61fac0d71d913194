//! The static Pod supervisor: watches the manifests directory (kubeadm's
//! /etc/kubernetes/manifests) and keeps one worker per Pod, restarting a Pod whose manifest
//! changed and stopping one whose manifest went away.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use k8s_openapi::api::core::v1::Pod;
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::container::{self, ContainerSpec};
use super::process::ProcessRecord;
use super::status::StatusBoard;
use crate::config::Paths;
use crate::staticpod;

/// How often the manifests directory is read. Reading a handful of small files is cheap, and
/// polling works on every file system (the kubelet polls too, every 20 s).
const POLL_INTERVAL: Duration = Duration::from_millis(500);
/// The longest a container gets to exit after SIGTERM.
const MAX_GRACE: Duration = Duration::from_secs(30);

struct PodWorker {
    manifest: String,
    stop: watch::Sender<bool>,
    tasks: JoinSet<()>,
}

impl PodWorker {
    fn start(
        name: &str,
        pod: &Pod,
        manifest: String,
        paths: &Paths,
        board: &Arc<StatusBoard>,
    ) -> Self {
        let (stop, stop_rx) = watch::channel(false);
        let mut tasks = JoinSet::new();
        let spec = pod.spec.as_ref().expect("validated by parse_manifest");
        let grace = Duration::from_secs(
            spec.termination_grace_period_seconds
                .unwrap_or(30)
                .clamp(0, MAX_GRACE.as_secs() as i64) as u64,
        );
        board.pod_started(name, pod, &manifest);
        for c in &spec.containers {
            let spec = ContainerSpec::from_container(name, c, grace);
            tasks.spawn(container::supervise(
                spec,
                paths.clone(),
                board.clone(),
                stop_rx.clone(),
            ));
        }
        tracing::info!(
            pod = name,
            containers = spec.containers.len(),
            "pod started"
        );
        PodWorker {
            manifest,
            stop,
            tasks,
        }
    }

    async fn stop(mut self) {
        let _ = self.stop.send(true);
        while self.tasks.join_next().await.is_some() {}
    }
}

pub struct StaticPodSupervisor {
    paths: Paths,
    pods: BTreeMap<String, PodWorker>,
    board: Arc<StatusBoard>,
}

impl StaticPodSupervisor {
    pub fn new(paths: Paths, board: Arc<StatusBoard>) -> Self {
        StaticPodSupervisor {
            paths,
            pods: BTreeMap::new(),
            board,
        }
    }

    /// Runs until `shutdown` resolves, then stops every Pod.
    pub async fn run(mut self, shutdown: impl Future<Output = ()>) {
        self.kill_leftovers();
        tokio::pin!(shutdown);
        loop {
            self.sync().await;
            tokio::select! {
                () = tokio::time::sleep(POLL_INTERVAL) => {}
                () = &mut shutdown => break,
            }
        }
        let workers = std::mem::take(&mut self.pods);
        let stops = workers.into_values().map(PodWorker::stop);
        let mut set = JoinSet::new();
        for s in stops {
            set.spawn(s);
        }
        while set.join_next().await.is_some() {}
        tracing::info!("all pods stopped");
    }

    /// Containers recorded by an agent that died without stopping them (SIGKILL, OOM): stop
    /// them, so that they do not hold ports the new ones need.
    fn kill_leftovers(&self) {
        for path in pid_files(&self.paths) {
            if let Some(record) = ProcessRecord::read(&path)
                && record.is_alive()
            {
                tracing::warn!(pid = record.pid, file = %path.display(), "stopping a container left by a previous agent");
                record.terminate(Duration::from_secs(10));
            }
            let _ = std::fs::remove_file(&path);
        }
    }

    /// Brings running Pods in line with the manifests on disk.
    async fn sync(&mut self) {
        let desired = read_manifests(&self.paths);
        let obsolete: Vec<String> = self
            .pods
            .iter()
            .filter(|(name, w)| {
                desired
                    .get(*name)
                    .is_none_or(|(text, _)| *text != w.manifest)
            })
            .map(|(name, _)| name.clone())
            .collect();
        for name in obsolete {
            if let Some(worker) = self.pods.remove(&name) {
                let why = if desired.contains_key(&name) {
                    "manifest changed"
                } else {
                    "manifest removed"
                };
                tracing::info!(pod = %name, why, "stopping pod");
                worker.stop().await;
                self.board.pod_stopped(&name);
            }
        }
        for (name, (text, pod)) in desired {
            if !self.pods.contains_key(&name) {
                let worker = PodWorker::start(&name, &pod, text, &self.paths, &self.board);
                self.pods.insert(name, worker);
            }
        }
    }
}

/// Every valid manifest, by Pod name. An invalid file is logged and skipped (as the kubelet
/// does) so that one bad edit cannot stop the other components.
fn read_manifests(paths: &Paths) -> BTreeMap<String, (String, Pod)> {
    let mut out = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(paths.manifests_dir()) else {
        return out;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !name.starts_with('.') && (name.ends_with(".yaml") || name.ends_with(".yml"))
        })
        .collect();
    files.sort();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        match staticpod::parse_manifest(&text) {
            Ok(pod) => {
                let name = pod.metadata.name.clone().expect("validated");
                if out.contains_key(&name) {
                    tracing::warn!(file = %file.display(), pod = %name, "duplicate pod name; manifest ignored");
                    continue;
                }
                out.insert(name, (text, pod));
            }
            Err(e) => {
                tracing::warn!(file = %file.display(), error = %e, "invalid static pod manifest; ignored");
            }
        }
    }
    out
}

/// The pid files of recorded containers.
pub fn pid_files(paths: &Paths) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(pods) = std::fs::read_dir(paths.pods_state_dir()) else {
        return out;
    };
    for pod in pods.flatten() {
        if let Ok(files) = std::fs::read_dir(pod.path()) {
            out.extend(
                files
                    .flatten()
                    .map(|f| f.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "pid")),
            );
        }
    }
    out
}
