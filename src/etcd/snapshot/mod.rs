//! etcd snapshots: save (streamed through the maintenance API, verified, written atomically
//! with a metadata sidecar), the snapshot directory (list, delete, prune), verify and restore.
//!
//! A snapshot file is what etcd streams: the bbolt database followed by the SHA-256 of the
//! database, which restore requires. Next to `<name>.db` (or `<name>.db.gz` when compressed)
//! lies `<name>.json`, the [`Metadata`].

pub mod member;
pub mod restore;
mod save;
mod store;
pub(crate) mod verify;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use member::LocalMember;
pub use save::{SaveOptions, save};
pub use store::{delete, list, prune, resolve};
pub use verify::{Verified, verify_file};

/// Snapshot names: what k3s accepts, safe as file names.
pub fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 200
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(Error::BadName(name.to_owned()))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Taken by `kubeforge etcd snapshot save`; pruned only when asked.
    Manual,
    /// Taken by the agent on its schedule; pruned to the configured retention.
    Scheduled,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Kind::Manual => "manual",
            Kind::Scheduled => "scheduled",
        })
    }
}

/// The sidecar written next to each snapshot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    pub name: String,
    /// The snapshot's file name, in the same directory as this sidecar.
    pub file: String,
    pub kind: Kind,
    /// The etcd member it was taken from.
    pub member_name: String,
    pub member_id: String,
    pub cluster_id: String,
    /// The etcd revision the snapshot holds.
    pub revision: i64,
    /// Keys in the database (every revision kept, not only live objects).
    pub keys: u64,
    /// Bytes of the file on disk.
    pub size: u64,
    /// Bytes of the database (uncompressed).
    pub db_size: u64,
    /// SHA-256 of the database: etcd's own checksum, also appended to the file.
    pub sha256: String,
    pub compressed: bool,
    pub kubeforge_version: String,
    pub etcd_version: String,
    /// RFC 3339, UTC.
    pub created_at: String,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "{0:?} is not a valid snapshot name: use letters, digits, '-', '_' and '.', not starting with '.'"
    )]
    BadName(String),
    #[error(
        "a snapshot named {name:?} already exists in {dir}: choose another --name or delete it first"
    )]
    Exists { name: String, dir: PathBuf },
    #[error("no snapshot named {name:?} in {dir} (see `kubeforge etcd snapshot list`)")]
    NotFound { name: String, dir: PathBuf },
    #[error(
        "no space left in {dir} while writing the snapshot: free space or choose another --dir (nothing was written)"
    )]
    NoSpace { dir: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("etcd at {endpoint}: {message}")]
    Etcd { endpoint: String, message: String },
    #[error(
        "the snapshot stream from etcd ended after {received} bytes without its checksum: the snapshot is incomplete and was discarded"
    )]
    Incomplete { received: u64 },
    #[error(
        "{path} has no checksum at its end (a complete etcd snapshot ends with the SHA-256 of its database): it is truncated, or a copy of a data directory's db file rather than a snapshot"
    )]
    MissingChecksum { path: PathBuf },
    #[error(
        "{path}: checksum mismatch (the database's SHA-256 is {actual}, the snapshot says {expected}): the file is damaged"
    )]
    ChecksumMismatch {
        path: PathBuf,
        expected: String,
        actual: String,
    },
    #[error(
        "{path}: the database is intact but differs from the snapshot recorded in {sidecar} (SHA-256 {expected}): it was replaced or the sidecar belongs to another snapshot"
    )]
    SidecarMismatch {
        path: PathBuf,
        sidecar: PathBuf,
        expected: String,
    },
    #[error("{path} is not an etcd snapshot: {message}")]
    NotASnapshot { path: PathBuf, message: String },
    #[error("{path}: {message}")]
    Corrupt { path: PathBuf, message: String },
    /// This node's etcd member cannot be found or read.
    #[error("{0}")]
    Member(String),
    #[error("{0}")]
    Restore(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

pub(crate) fn io_error(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Error {
    let path = path.into();
    move |source| Error::Io { path, source }
}

/// Lower-case hex, as etcd prints ids and sha256sum prints digests.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The revision a database holds: its newest key revision, or the compacted revision when
/// that is higher (after a restore that bumped it).
pub(crate) fn db_revision(db: &crate::etcd::bolt::Db) -> Result<i64, crate::etcd::bolt::Corrupt> {
    let newest = db.last(b"key")?.map(|(k, _)| rev_main(&k)).unwrap_or(0);
    let compacted = db
        .get(b"meta", b"finishedCompactRev")?
        .map(|v| rev_main(&v))
        .unwrap_or(0);
    Ok(newest.max(compacted))
}

/// etcd's revision key: main revision (8 bytes, big-endian), '_', sub revision.
pub(crate) fn rev_main(key: &[u8]) -> i64 {
    key.get(..8)
        .map(|b| i64::from_be_bytes(b.try_into().expect("8 bytes")))
        .unwrap_or(0)
}

pub(crate) fn rev_bytes(main: i64, sub: i64) -> Vec<u8> {
    let mut b = Vec::with_capacity(17);
    b.extend_from_slice(&main.to_be_bytes());
    b.push(b'_');
    b.extend_from_slice(&sub.to_be_bytes());
    b
}

/// Where snapshot files of `name` live in `dir`.
pub(crate) fn sidecar_path(dir: &std::path::Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.json"))
}
