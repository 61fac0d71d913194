//! Locating the etcd binary and reading its version.

use std::fmt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::{Error, Result};

/// The oldest etcd we run (Debian 12 ships 3.4).
pub const MIN_VERSION: EtcdVersion = EtcdVersion {
    major: 3,
    minor: 4,
    patch: 0,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct EtcdVersion {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl fmt::Display for EtcdVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

impl EtcdVersion {
    /// Parses `etcd --version` output ("etcd Version: 3.4.23").
    pub fn parse_output(text: &str) -> Option<Self> {
        let line = text.lines().find(|l| l.starts_with("etcd Version:"))?;
        Self::parse(line.trim_start_matches("etcd Version:"))
    }

    /// Parses a version as etcd reports it ("3.4.23", "3.5.0-rc.1").
    pub fn parse(version: &str) -> Option<Self> {
        let mut parts = version.trim().split(['.', '-', '+']);
        Some(EtcdVersion {
            major: parts.next()?.parse().ok()?,
            minor: parts.next()?.parse().ok()?,
            patch: parts.next()?.parse().ok()?,
        })
    }

    /// Whether a progress notification this release sends on request comes after every event
    /// up to its revision. Before 3.4.31 and 3.5.13 it can overtake events still queued for the
    /// watch (etcd issues 15220 and 17507), so a cache trusting it could skip those events.
    pub fn orders_requested_progress(&self) -> bool {
        match (self.major, self.minor) {
            (3, 4) => self.patch >= 31,
            (3, 5) => self.patch >= 13,
            (major, minor) => major > 3 || (major == 3 && minor > 5),
        }
    }
}

/// A usable etcd binary.
#[derive(Clone, Debug)]
pub struct EtcdBinary {
    pub path: PathBuf,
    pub version: EtcdVersion,
}

/// Finds etcd: `explicit` if given, else the first `etcd` on PATH; checks its version.
pub fn find_binary(explicit: Option<&Path>) -> Result<EtcdBinary> {
    let path = match explicit {
        Some(p) => {
            if !is_executable(p) {
                return Err(Error::NotExecutable { path: p.to_owned() });
            }
            std::fs::canonicalize(p).unwrap_or_else(|_| p.to_owned())
        }
        None => search_path("etcd").ok_or(Error::NotFound)?,
    };
    let output = std::process::Command::new(&path)
        .arg("--version")
        .output()
        .map_err(|e| Error::Version {
            path: path.clone(),
            message: e.to_string(),
        })?;
    let text = String::from_utf8_lossy(&output.stdout);
    let version = EtcdVersion::parse_output(&text).ok_or_else(|| Error::Version {
        path: path.clone(),
        message: format!("unexpected output {:?}", text.trim()),
    })?;
    if version < MIN_VERSION {
        return Err(Error::TooOld { found: version });
    }
    Ok(EtcdBinary { path, version })
}

pub(crate) fn search_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

pub(crate) fn is_executable(p: &Path) -> bool {
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_version_output() {
        let v = EtcdVersion::parse_output("etcd Version: 3.4.23\nGit SHA: x\n").unwrap();
        assert_eq!(v.to_string(), "3.4.23");
        assert!(v >= MIN_VERSION);
        assert!(EtcdVersion::parse_output("nonsense").is_none());
    }

    #[test]
    fn requested_progress_is_ordered_from_the_fixed_releases_on() {
        let ordered = |v: &str| EtcdVersion::parse(v).unwrap().orders_requested_progress();
        assert!(!ordered("3.4.23"));
        assert!(!ordered("3.4.30"));
        assert!(ordered("3.4.31"));
        assert!(!ordered("3.5.12"));
        assert!(ordered("3.5.13"));
        assert!(ordered("3.6.0-rc.1"));
        assert!(ordered("4.0.0"));
    }
}
