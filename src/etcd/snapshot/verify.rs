//! `etcd snapshot verify`: etcd's trailing checksum, then every page of the database, then the
//! sidecar's record, without touching any data directory.

use std::io::Read;
use std::path::{Path, PathBuf};

use aws_lc_rs::digest;

use super::{Error, Metadata, Result, hex, io_error};
use crate::etcd::bolt;

const SHA256_LEN: usize = 32;
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A snapshot that passed every check.
pub struct Verified {
    pub path: PathBuf,
    /// SHA-256 of the database (hex).
    pub sha256: String,
    pub revision: i64,
    pub keys: u64,
    /// Whether the file is gzip (restore then writes the expanded contents for etcd's tool).
    pub compressed: bool,
    /// Bytes of the database (uncompressed, without the checksum).
    pub db_size: u64,
    /// The database followed by its checksum, as etcd streamed it (decompressed); empty
    /// after `save`'s own check, which reads the file in place.
    pub contents: Vec<u8>,
}

/// Checks `path`; with `sidecar`, also that it is the snapshot the sidecar recorded.
pub fn verify_file(path: &Path, sidecar: Option<&Path>) -> Result<Verified> {
    let raw = std::fs::read(path).map_err(io_error(path))?;
    let compressed = raw.starts_with(&GZIP_MAGIC);
    let contents = if compressed {
        let mut out = Vec::with_capacity(raw.len() * 3);
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .map_err(|e| Error::Corrupt {
                path: path.to_owned(),
                message: format!("the compressed data is damaged: {e}"),
            })?;
        out
    } else {
        raw
    };
    if contents.len() <= SHA256_LEN || !(contents.len() - SHA256_LEN).is_multiple_of(512) {
        if looks_like_bolt(&contents) {
            if contents.len().is_multiple_of(512) {
                return Err(Error::MissingChecksum {
                    path: path.to_owned(),
                });
            }
            return Err(Error::Corrupt {
                path: path.to_owned(),
                message: format!(
                    "the snapshot is truncated ({} bytes: an etcd database followed by its 32-byte checksum cannot end there)",
                    contents.len()
                ),
            });
        }
        return Err(Error::NotASnapshot {
            path: path.to_owned(),
            message: format!(
                "{} bytes is not an etcd database followed by its 32-byte checksum (truncated, or another kind of file)",
                contents.len()
            ),
        });
    }
    let (db, trailer) = contents.split_at(contents.len() - SHA256_LEN);
    // The hash and the page walk are independent: run them on both cores.
    let (actual, checked) = std::thread::scope(|scope| {
        let hashing = scope.spawn(|| hex(digest::digest(&digest::SHA256, db).as_ref()));
        let checked = check_db(db);
        (hashing.join().expect("hashing does not panic"), checked)
    });
    let expected = hex(trailer);
    if actual != expected {
        return Err(if looks_like_bolt(db) {
            Error::ChecksumMismatch {
                path: path.to_owned(),
                expected,
                actual,
            }
        } else {
            Error::NotASnapshot {
                path: path.to_owned(),
                message: "it does not start with an etcd (bbolt) database".into(),
            }
        });
    }
    let (report, revision) = checked.map_err(|e| Error::Corrupt {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    for bucket in ["key", "meta"] {
        if !report.buckets.contains_key(bucket) {
            return Err(Error::NotASnapshot {
                path: path.to_owned(),
                message: format!("a bbolt database without etcd's {bucket:?} bucket"),
            });
        }
    }
    if let Some(sidecar) = sidecar {
        let text = std::fs::read(sidecar).map_err(io_error(sidecar))?;
        let recorded: Metadata = serde_json::from_slice(&text).map_err(|e| Error::Corrupt {
            path: sidecar.to_owned(),
            message: format!("unreadable snapshot metadata: {e}"),
        })?;
        if recorded.sha256 != actual {
            return Err(Error::SidecarMismatch {
                path: path.to_owned(),
                sidecar: sidecar.to_owned(),
                expected: recorded.sha256,
            });
        }
    }
    Ok(Verified {
        path: path.to_owned(),
        sha256: actual,
        revision,
        keys: report.buckets["key"],
        compressed,
        db_size: (contents.len() - SHA256_LEN) as u64,
        contents,
    })
}

/// The check `save` runs on the file it just wrote (uncompressed), whose checksum it already
/// verified on the stream: every page of the database.
pub(super) fn check_written(file: &std::fs::File, path: &Path, sha256: String) -> Result<Verified> {
    let mapped = crate::fsutil::MappedFile::map(file).map_err(io_error(path))?;
    let bytes = mapped.as_ref().map_or(&[][..], |m| m.bytes());
    let db = &bytes[..bytes.len().saturating_sub(SHA256_LEN)];
    let (report, revision) = check_db(db).map_err(|e| Error::Corrupt {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    Ok(Verified {
        path: path.to_owned(),
        sha256,
        revision,
        keys: report.buckets.get("key").copied().unwrap_or(0),
        compressed: false,
        db_size: db.len() as u64,
        contents: Vec::new(),
    })
}

/// Every page of the database, and the revision it holds.
fn check_db(db: &[u8]) -> Result<(bolt::CheckReport, i64), bolt::Corrupt> {
    let view = bolt::Db::from_bytes(db)?;
    let report = view.check()?;
    let revision = super::db_revision(&view)?;
    Ok((report, revision))
}

fn looks_like_bolt(bytes: &[u8]) -> bool {
    bytes.get(16..20) == Some(&0xED0C_DAEDu32.to_le_bytes()[..])
}
