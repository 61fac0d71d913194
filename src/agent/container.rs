//! One container of a static Pod, run as a supervised child process: started with its
//! `command`+`args` and `env`, logged to a file, restarted with exponential backoff when it
//! exits or fails its liveness probe, and stopped gracefully (SIGTERM, then SIGKILL).

use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use k8s_openapi::api::core::v1::Container;
use tokio::sync::watch;

use super::probe::{self, HttpProbeSpec};
use super::process::ProcessRecord;
use super::status::StatusBoard;
use crate::config::Paths;

/// First restart delay; doubles per consecutive failure up to `MAX_BACKOFF`. Much shorter than
/// the kubelet's 10 s: the control plane should heal in about a second after a crash.
const INITIAL_BACKOFF: Duration = Duration::from_millis(500);
const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// A container that ran this long counts as healthy again: its backoff resets.
const BACKOFF_RESET_AFTER: Duration = Duration::from_secs(60);
const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

pub struct ContainerSpec {
    pub pod: String,
    pub name: String,
    pub argv: Vec<String>,
    pub env: Vec<(String, String)>,
    pub working_dir: Option<String>,
    pub startup: Option<HttpProbeSpec>,
    pub liveness: Option<HttpProbeSpec>,
    pub grace: Duration,
}

impl ContainerSpec {
    pub fn from_container(pod: &str, c: &Container, grace: Duration) -> Self {
        let mut argv = c.command.clone().unwrap_or_default();
        argv.extend(c.args.clone().unwrap_or_default());
        let env = c
            .env
            .iter()
            .flatten()
            .filter_map(|e| match &e.value {
                Some(v) => Some((e.name.clone(), v.clone())),
                None => {
                    tracing::warn!(pod, container = %c.name, var = %e.name, "env valueFrom is not supported; variable skipped");
                    None
                }
            })
            .collect();
        let probe = |p: &Option<k8s_openapi::api::core::v1::Probe>, kind: &str| {
            let p = p.as_ref()?;
            let spec = HttpProbeSpec::from_probe(p);
            if spec.is_none() {
                tracing::warn!(pod, container = %c.name, kind, "only httpGet probes with a numeric port are supported; probe ignored");
            }
            spec
        };
        ContainerSpec {
            pod: pod.to_owned(),
            name: c.name.clone(),
            argv,
            env,
            working_dir: c.working_dir.clone(),
            startup: probe(&c.startup_probe, "startup"),
            liveness: probe(&c.liveness_probe, "liveness"),
            grace,
        }
    }
}

/// Runs the container until `stop` becomes true, reporting its state on `board`.
pub async fn supervise(
    spec: ContainerSpec,
    paths: Paths,
    board: Arc<StatusBoard>,
    mut stop: watch::Receiver<bool>,
) {
    let pid_file = paths.container_pid_file(&spec.pod, &spec.name);
    let log_path = paths.container_log(&spec.pod, &spec.name);
    let mut backoff = INITIAL_BACKOFF;
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        let started = Instant::now();
        match spawn(&spec, &log_path, attempt) {
            Err(e) => {
                tracing::error!(pod = %spec.pod, container = %spec.name, error = %e, "cannot start container");
            }
            Ok(mut child) => {
                let record = child.id().and_then(|pid| ProcessRecord::of(pid as i32));
                if let Some(r) = record
                    && let Err(e) = r.write(&pid_file)
                {
                    tracing::warn!(path = %pid_file.display(), error = %e, "cannot record pid");
                }
                tracing::info!(pod = %spec.pod, container = %spec.name, pid = ?child.id(), attempt, "container started");
                board.update(&spec.pod, &spec.name, |s| {
                    s.running_since = Some(time::OffsetDateTime::now_utc());
                    s.ready = false;
                    s.restarts = attempt - 1;
                });
                let on_started = || board.update(&spec.pod, &spec.name, |s| s.ready = true);
                let probes = probe::until_restart_needed(
                    spec.startup.clone(),
                    spec.liveness.clone(),
                    on_started,
                );
                tokio::select! {
                    status = child.wait() => {
                        tracing::warn!(pod = %spec.pod, container = %spec.name, status = ?status.as_ref().ok(), "container exited");
                        let code = status.ok().and_then(|s| {
                            use std::os::unix::process::ExitStatusExt;
                            s.code().or_else(|| s.signal().map(|sig| 128 + sig))
                        });
                        board.update(&spec.pod, &spec.name, |s| {
                            s.running_since = None;
                            s.ready = false;
                            s.last_exit = Some((code.unwrap_or(-1), time::OffsetDateTime::now_utc()));
                        });
                    }
                    reason = probes => {
                        tracing::warn!(pod = %spec.pod, container = %spec.name, %reason, "restarting container");
                        terminate(&mut child, record, spec.grace).await;
                        board.update(&spec.pod, &spec.name, |s| {
                            s.running_since = None;
                            s.ready = false;
                            s.last_exit = Some((137, time::OffsetDateTime::now_utc()));
                        });
                    }
                    () = stopped(&mut stop) => {
                        terminate(&mut child, record, spec.grace).await;
                        let _ = crate::fsutil::remove_file_if_exists(&pid_file);
                        tracing::info!(pod = %spec.pod, container = %spec.name, "container stopped");
                        return;
                    }
                }
                let _ = crate::fsutil::remove_file_if_exists(&pid_file);
            }
        }
        if started.elapsed() >= BACKOFF_RESET_AFTER {
            backoff = INITIAL_BACKOFF;
        }
        tracing::info!(pod = %spec.pod, container = %spec.name, delay = ?backoff, "back-off before restart");
        tokio::select! {
            () = tokio::time::sleep(backoff) => {}
            () = stopped(&mut stop) => return,
        }
        backoff = (backoff * 2).min(MAX_BACKOFF);
    }
}

fn spawn(
    spec: &ContainerSpec,
    log_path: &std::path::Path,
    attempt: u32,
) -> std::io::Result<tokio::process::Child> {
    use std::io::Write;
    crate::fsutil::create_dir_private(log_path.parent().expect("log path has a parent"))?;
    let mut log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log_path)?;
    writeln!(
        log,
        "---- kubeforge agent: starting {} (attempt {attempt}) ----",
        spec.argv.join(" ")
    )?;
    let (program, args) = spec
        .argv
        .split_first()
        .ok_or_else(|| std::io::Error::other("empty command"))?;
    let mut cmd = tokio::process::Command::new(program);
    cmd.args(args)
        .env_clear()
        .env("PATH", DEFAULT_PATH)
        .stdin(Stdio::null())
        .stdout(Stdio::from(log.try_clone()?))
        .stderr(Stdio::from(log))
        .kill_on_drop(true);
    // Debugging aids follow the agent's own settings.
    for var in ["RUST_LOG", "RUST_BACKTRACE"] {
        if let Some(v) = std::env::var_os(var) {
            cmd.env(var, v);
        }
    }
    cmd.envs(spec.env.iter().map(|(k, v)| (k, v)));
    if let Some(dir) = &spec.working_dir {
        cmd.current_dir(dir);
    }
    cmd.spawn()
}

/// SIGTERM, wait up to `grace`, then SIGKILL; always reaps the child.
async fn terminate(
    child: &mut tokio::process::Child,
    record: Option<ProcessRecord>,
    grace: Duration,
) {
    if let Some(r) = record {
        r.signal(nix::sys::signal::Signal::SIGTERM);
    }
    if tokio::time::timeout(grace, child.wait()).await.is_err() {
        tracing::warn!(pid = ?child.id(), "did not exit after SIGTERM; killing");
        let _ = child.kill().await;
    }
}

/// Resolves once the stop flag is set (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}
