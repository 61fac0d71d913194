//! Process records: a pid plus its kernel start time, so a recorded process can be found (or
//! found gone) later without mistaking a recycled pid for it.

use std::path::Path;
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProcessRecord {
    pub pid: i32,
    pub start_time: u64,
}

impl ProcessRecord {
    /// The record of a live process.
    pub fn of(pid: i32) -> Option<Self> {
        let (state, start_time) = stat(pid)?;
        (state != 'Z').then_some(ProcessRecord { pid, start_time })
    }

    /// Whether the recorded process (not merely its pid) still runs.
    pub fn is_alive(&self) -> bool {
        matches!(stat(self.pid), Some((state, start)) if start == self.start_time && state != 'Z')
    }

    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        crate::fsutil::write_atomic(
            path,
            format!("{} {}\n", self.pid, self.start_time).as_bytes(),
            crate::fsutil::MODE_SECRET,
        )
    }

    pub fn read(path: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(path).ok()?;
        let mut parts = text.split_whitespace();
        Some(ProcessRecord {
            pid: parts.next()?.parse().ok()?,
            start_time: parts.next()?.parse().ok()?,
        })
    }

    pub fn signal(&self, signal: Signal) {
        if self.is_alive() {
            let _ = kill(Pid::from_raw(self.pid), signal);
        }
    }

    /// SIGTERM, then SIGKILL after `grace`; returns once the process is gone.
    pub fn terminate(&self, grace: Duration) {
        self.signal(Signal::SIGTERM);
        if !wait_gone(self, grace) {
            self.signal(Signal::SIGKILL);
            wait_gone(self, Duration::from_secs(5));
        }
    }
}

fn wait_gone(record: &ProcessRecord, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    while record.is_alive() {
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    true
}

/// State character and start time (clock ticks since boot) from `/proc/<pid>/stat`.
fn stat(pid: i32) -> Option<(char, u64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    let rest = &text[text.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    // Field 22 of stat is starttime; `rest` begins at field 3.
    let start = fields.get(22 - 3)?.parse().ok()?;
    Some((state, start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_identify_live_processes() {
        let me = ProcessRecord::of(std::process::id() as i32).unwrap();
        assert!(me.is_alive());
        let recycled = ProcessRecord {
            start_time: me.start_time + 1,
            ..me
        };
        assert!(!recycled.is_alive());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.pid");
        me.write(&path).unwrap();
        assert_eq!(ProcessRecord::read(&path), Some(me));
    }

    #[test]
    fn terminate_stops_a_child() {
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        let record = ProcessRecord::of(child.id() as i32).unwrap();
        let reaper = std::thread::spawn(move || child.wait());
        record.terminate(Duration::from_secs(5));
        assert!(!record.is_alive());
        reaper.join().unwrap().unwrap();
    }
}
