//! Phase progress for people: an indicatif spinner per top-level phase with its duration when
//! stdout is a terminal, plain lines otherwise (logs, CI, tests).

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

enum Mode {
    Terminal,
    Plain,
    Silent,
}

pub struct Progress {
    mode: Mode,
    bar: Mutex<Option<ProgressBar>>,
    current: Mutex<String>,
}

impl Progress {
    /// Terminal mode when stdout is a terminal, plain lines otherwise.
    pub fn detect() -> Self {
        let mode = if std::io::stdout().is_terminal() {
            Mode::Terminal
        } else {
            Mode::Plain
        };
        Self::with_mode(mode)
    }

    /// Prints nothing (unit tests, benchmarks).
    pub fn silent() -> Self {
        Self::with_mode(Mode::Silent)
    }

    fn with_mode(mode: Mode) -> Self {
        Progress {
            mode,
            bar: Mutex::new(None),
            current: Mutex::new(String::new()),
        }
    }

    /// A message from the running phase, prefixed kubeadm-style with its top-level phase:
    /// `[certs] Generating "ca" certificate and key`.
    pub fn log(&self, message: impl AsRef<str>) {
        let top = self.current.lock().unwrap().clone();
        let line = if top.is_empty() {
            message.as_ref().to_owned()
        } else {
            format!("[{top}] {}", message.as_ref())
        };
        self.println(&line);
    }

    /// A line of output as it is (no prefix), e.g. the join command.
    pub fn println(&self, line: &str) {
        match self.mode {
            Mode::Silent => {}
            Mode::Plain => {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{line}");
            }
            Mode::Terminal => match &*self.bar.lock().unwrap() {
                Some(bar) => bar.println(line),
                None => println!("{line}"),
            },
        }
    }

    pub(super) fn started(&self, path: &str) {
        let top = top_level(path);
        *self.current.lock().unwrap() = top.to_owned();
        if path != top {
            return;
        }
        if let Mode::Terminal = self.mode {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner:.cyan} {msg} {elapsed:.dim}")
                    .expect("valid template"),
            );
            bar.set_message(top.to_owned());
            bar.enable_steady_tick(Duration::from_millis(80));
            *self.bar.lock().unwrap() = Some(bar);
        }
    }

    pub(super) fn finished(&self, path: &str, duration: Duration) {
        if path != top_level(path) {
            return;
        }
        let text = format!("{path} ({})", human(duration));
        match self.mode {
            Mode::Silent => {}
            Mode::Plain => self.println(&format!("[{path}] done in {}", human(duration))),
            Mode::Terminal => {
                if let Some(bar) = self.bar.lock().unwrap().take() {
                    bar.set_style(ProgressStyle::with_template("{msg}").expect("valid template"));
                    bar.finish_with_message(format!("✓ {text}"));
                }
            }
        }
    }

    pub(super) fn failed(&self, path: &str) {
        if let Some(bar) = self.bar.lock().unwrap().take() {
            bar.set_style(ProgressStyle::with_template("{msg}").expect("valid template"));
            bar.finish_with_message(format!("✗ {}", top_level(path)));
        }
    }

    pub(super) fn skipped(&self, path: &str) {
        *self.current.lock().unwrap() = String::new();
        if !matches!(self.mode, Mode::Silent) {
            self.println(&format!("[{path}] skipped"));
        }
    }
}

fn top_level(path: &str) -> &str {
    path.split('/').next().unwrap_or(path)
}

/// "850ms", "1.42s".
pub fn human(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{}ms", d.as_millis())
    } else {
        format!("{:.2}s", d.as_secs_f64())
    }
}
