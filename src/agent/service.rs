//! Starting and stopping the agent itself: a systemd service (from templates/) when systemd
//! runs the machine and the root is `/`, otherwise a detached process in its own session whose
//! pid file doubles as a single-instance lock.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;

use super::process::ProcessRecord;
use super::supervisor::pid_files;
use super::{Error, Result};
use crate::config::Paths;

pub const UNIT_NAME: &str = "kubeforge-agent.service";
const UNIT_TEMPLATE: &str = include_str!("../../templates/kubeforge-agent.service");

/// The agent's hold on its pid file; released (and the file removed) on drop.
pub struct PidLock {
    _file: File,
    path: PathBuf,
}

impl PidLock {
    /// Takes the lock and records this process, or fails if another agent holds it.
    pub fn acquire(paths: &Paths) -> Result<Self> {
        let path = paths.agent_pid_file();
        crate::fsutil::create_dir_private(path.parent().expect("pid file has a parent")).map_err(
            |source| Error::Io {
                path: path.clone(),
                source,
            },
        )?;
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
        // `running_agent` probes hold a shared lock for an instant; while no agent has
        // recorded itself, a busy lock is such a probe (init polls while this agent starts):
        // retry briefly instead of giving up.
        let patience = Instant::now() + Duration::from_secs(2);
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) => {
                    let holder = ProcessRecord::read(&path);
                    if holder.is_some() || Instant::now() >= patience {
                        return Err(Error::AlreadyRunning {
                            pid: holder.map(|r| r.pid),
                        });
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(TryLockError::Error(source)) => return Err(Error::Io { path, source }),
            }
        }
        let me = ProcessRecord::of(std::process::id() as i32).expect("this process exists");
        file.set_len(0)
            .and_then(|()| file.write_all(format!("{} {}\n", me.pid, me.start_time).as_bytes()))
            .map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
        Ok(PidLock { _file: file, path })
    }
}

impl Drop for PidLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The running agent of this root, if any (someone holds the pid file's lock).
pub fn running_agent(paths: &Paths) -> Option<ProcessRecord> {
    let path = paths.agent_pid_file();
    let file = File::open(&path).ok()?;
    match file.try_lock_shared() {
        Ok(()) => None,
        Err(TryLockError::WouldBlock) => ProcessRecord::read(&path),
        Err(TryLockError::Error(_)) => None,
    }
}

/// Overrides how the agent is run: `systemd` or `process` (default: systemd when it runs the
/// machine and the root is `/`, a detached process otherwise).
pub const INIT_SYSTEM_ENV: &str = "KUBEFORGE_INIT_SYSTEM";

/// Whether the agent is run by systemd on this machine for this root.
pub fn uses_systemd(paths: &Paths) -> bool {
    match std::env::var(INIT_SYSTEM_ENV).as_deref() {
        Ok("systemd") => true,
        Ok("process") => false,
        _ => paths.root() == Path::new("/") && Path::new("/run/systemd/system").is_dir(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartMode {
    Systemd,
    Detached,
    AlreadyRunning,
}

/// Starts the agent for `paths` (or leaves a running one, which picks up new manifests by
/// itself) and waits until it holds its lock.
pub fn start(paths: &Paths, exe: &Path) -> Result<(StartMode, ProcessRecord)> {
    if let Some(record) = running_agent(paths) {
        return Ok((StartMode::AlreadyRunning, record));
    }
    let mode;
    let mut child = None;
    if uses_systemd(paths) {
        install_unit(paths, exe)?;
        systemctl(&["daemon-reload"])?;
        systemctl(&["enable", UNIT_NAME])?;
        systemctl(&["restart", UNIT_NAME])?;
        mode = StartMode::Systemd;
    } else {
        child = Some(spawn_detached(paths, exe)?);
        mode = StartMode::Detached;
    }
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(record) = running_agent(paths) {
            return Ok((mode, record));
        }
        if let Some(c) = child.as_mut()
            && let Ok(Some(status)) = c.try_wait()
        {
            return Err(Error::StartFailed {
                message: format!("the agent exited with {status}"),
                log: log_tail(&paths.agent_log()),
            });
        }
        if Instant::now() >= deadline {
            return Err(Error::StartFailed {
                message: "the agent did not take its lock within 15s".into(),
                log: log_tail(&paths.agent_log()),
            });
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn spawn_detached(paths: &Paths, exe: &Path) -> Result<std::process::Child> {
    let log_path = paths.agent_log();
    let io_err = |source| Error::Io {
        path: log_path.clone(),
        source,
    };
    crate::fsutil::create_dir_private(&paths.log_dir()).map_err(io_err)?;
    let log = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log_path)
        .map_err(io_err)?;
    let mut cmd = Command::new(exe);
    cmd.arg("agent")
        .arg("--root-dir")
        .arg(paths.root())
        .stdin(Stdio::null())
        .stdout(log.try_clone().map_err(io_err)?)
        .stderr(log);
    // Its own session: it outlives the terminal that ran init, and the agent with its
    // components forms one process group (what a host-loss test kills).
    // SAFETY: setsid is async-signal-safe and touches no memory of the parent.
    unsafe {
        cmd.pre_exec(|| {
            nix::unistd::setsid()
                .map(|_| ())
                .map_err(|e| std::io::Error::from_raw_os_error(e as i32))
        });
    }
    cmd.spawn().map_err(|source| Error::Io {
        path: exe.to_owned(),
        source,
    })
}

fn install_unit(paths: &Paths, exe: &Path) -> Result<()> {
    let unit = UNIT_TEMPLATE
        .replace("{{EXE}}", &exe.display().to_string())
        .replace("{{ROOT}}", &paths.root().display().to_string());
    let path = paths.systemd_unit();
    crate::fsutil::write_atomic(&path, unit.as_bytes(), crate::fsutil::MODE_PUBLIC)
        .map_err(|source| Error::Io { path, source })
}

fn systemctl(args: &[&str]) -> Result<()> {
    let output = Command::new("systemctl")
        .args(args)
        .output()
        .map_err(|source| Error::Io {
            path: PathBuf::from("systemctl"),
            source,
        })?;
    if !output.status.success() {
        return Err(Error::Systemctl {
            args: args.join(" "),
            message: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        });
    }
    Ok(())
}

/// What `stop` found and did.
#[derive(Debug, Default)]
pub struct StopReport {
    pub agent: Option<i32>,
    pub systemd_unit_removed: bool,
    pub leftover_containers: usize,
}

/// Stops the agent (service or process) and every container it recorded.
pub fn stop(paths: &Paths, timeout: Duration) -> Result<StopReport> {
    let mut report = StopReport::default();
    let agent = running_agent(paths);
    report.agent = agent.map(|a| a.pid);
    let unit = paths.systemd_unit();
    if unit.exists() {
        // Best effort: systemd may not be running (a chroot, a container).
        let _ = systemctl(&["disable", "--now", UNIT_NAME]);
        crate::fsutil::remove_file_if_exists(&unit).map_err(|source| Error::Io {
            path: unit.clone(),
            source,
        })?;
        let _ = systemctl(&["daemon-reload"]);
        report.systemd_unit_removed = true;
    }
    if let Some(agent) = agent
        && running_agent(paths).is_some()
    {
        agent.signal(Signal::SIGTERM);
        let deadline = Instant::now() + timeout;
        while running_agent(paths).is_some() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        if running_agent(paths).is_some() {
            tracing::warn!(
                pid = agent.pid,
                "the agent did not stop in time; killing its process group"
            );
            let _ = killpg(Pid::from_raw(agent.pid), Signal::SIGKILL);
        }
    }
    for path in pid_files(paths) {
        if let Some(record) = ProcessRecord::read(&path)
            && record.is_alive()
        {
            record.terminate(Duration::from_secs(10));
            report.leftover_containers += 1;
        }
        let _ = std::fs::remove_file(&path);
    }
    Ok(report)
}

/// The last lines of a log, for error messages.
pub fn log_tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_momentary_probe_does_not_stop_the_agent_but_a_recorded_agent_does() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::new(dir.path());
        let pid_file = paths.agent_pid_file();
        std::fs::create_dir_all(pid_file.parent().unwrap()).unwrap();
        // What `running_agent` does while init waits: a shared lock on the still empty file.
        let probe = File::create(&pid_file).unwrap();
        probe.lock_shared().unwrap();
        let releaser = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            drop(probe);
        });
        let lock = PidLock::acquire(&paths).expect("the agent waits out the probe");
        releaser.join().unwrap();
        let me = std::process::id() as i32;
        assert_eq!(running_agent(&paths).map(|r| r.pid), Some(me));
        // A second agent finds this one recorded: refused at once, naming it.
        match PidLock::acquire(&paths) {
            Err(Error::AlreadyRunning { pid }) => assert_eq!(pid, Some(me)),
            Err(e) => panic!("unexpected error: {e}"),
            Ok(_) => panic!("two agents for one root"),
        }
        drop(lock);
    }
}
