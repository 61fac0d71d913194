//! `etcd snapshot save`: stream the database through etcd's maintenance API into a temp file
//! in the target directory, check etcd's trailing checksum and the database's integrity, then
//! rename it into place and write the sidecar. Any failure leaves the directory as it was.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use aws_lc_rs::digest;
use flate2::Compression;
use flate2::write::GzEncoder;

use super::{Error, Kind, LocalMember, Metadata, Result, hex, io_error, sidecar_path};
use crate::fsutil;

const SHA256_LEN: usize = 32;
const SYNC_EVERY: usize = 64 << 20;

#[derive(Clone, Debug)]
pub struct SaveOptions {
    /// Defaults to `<on-demand|etcd-snapshot>-<member>-<unix time>`, as k3s names them.
    pub name: Option<String>,
    pub dir: PathBuf,
    pub compress: bool,
    pub kind: Kind,
}

pub async fn save(member: &LocalMember, opts: &SaveOptions) -> Result<Metadata> {
    let created = time::OffsetDateTime::now_utc();
    let name = match &opts.name {
        Some(n) => n.clone(),
        None => format!(
            "{}-{}-{}",
            match opts.kind {
                Kind::Manual => "on-demand",
                Kind::Scheduled => "etcd-snapshot",
            },
            member.name,
            created.unix_timestamp()
        ),
    };
    super::validate_name(&name)?;
    let dir = &opts.dir;
    fsutil::create_dir_private(dir).map_err(io_error(dir))?;
    let file_name = format!("{name}.db{}", if opts.compress { ".gz" } else { "" });
    let final_path = dir.join(&file_name);
    let sidecar = sidecar_path(dir, &name);
    if final_path.exists() || sidecar.exists() {
        return Err(Error::Exists {
            name,
            dir: dir.clone(),
        });
    }

    let mut client = member.connect().await?;
    let status = client.status().await.map_err(|e| member.etcd_error(e))?;
    let header = status
        .header()
        .ok_or_else(|| member.etcd_error("status has no header"))?;
    let (cluster_id, member_id) = (header.cluster_id(), header.member_id());
    let etcd_version = status.version().to_owned();

    let temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(|e| write_error(dir, e))?;
    let sink = temp.as_file().try_clone().map_err(io_error(temp.path()))?;
    let started = std::time::Instant::now();
    // Hashing and writing run on their own thread, overlapping with the network; the stream
    // is read to its end, since its last 32 bytes are etcd's checksum.
    let (chunks, mut received_chunks) = tokio::sync::mpsc::channel::<Vec<u8>>(1024);
    let compress = opts.compress;
    let writer = std::thread::spawn(move || -> std::io::Result<(File, Trailer)> {
        let mut out = Output::new(sink, compress);
        let mut tail = Trailer::default();
        let mut unsynced = 0usize;
        while let Some(chunk) = received_chunks.blocking_recv() {
            tail.feed(&chunk);
            out.write_all(&chunk)?;
            // Flush to disk as we go, while the network is the bottleneck, so the final
            // fsync has little left to do.
            unsynced += chunk.len();
            if unsynced >= SYNC_EVERY {
                out.sync_data()?;
                unsynced = 0;
            }
        }
        let file = out.finish()?;
        file.sync_all()?;
        Ok((file, tail))
    });
    let mut stream = client.snapshot().await.map_err(|e| member.etcd_error(e))?;
    while let Some(message) = stream.message().await.map_err(|e| member.etcd_error(e))? {
        if chunks.send(message.blob().to_vec()).await.is_err() {
            break; // the writer stopped: its error is reported below
        }
    }
    drop(chunks);
    let streamed = started.elapsed();
    let written = tokio::task::spawn_blocking(move || writer.join())
        .await
        .ok()
        .and_then(|joined| joined.ok())
        .unwrap_or_else(|| Err(std::io::Error::other("the snapshot writer thread panicked")));
    let (file, tail) = written.map_err(|e| write_error(dir, e))?;
    let synced = started.elapsed();
    let (db_sha, received) = tail.finish()?;

    // Check what is on disk, as restore will read it: every page of the database.
    let verified = if compress {
        super::verify_file(temp.path(), None)?
    } else {
        super::verify::check_written(&file, temp.path(), db_sha.clone())?
    };
    tracing::debug!(
        ?streamed,
        write_and_fsync = ?(synced - streamed),
        verify = ?(started.elapsed() - synced),
        bytes = received,
        "snapshot written and verified"
    );
    if verified.sha256 != db_sha {
        return Err(Error::ChecksumMismatch {
            path: temp.path().to_owned(),
            expected: db_sha,
            actual: verified.sha256,
        });
    }
    let size = file.metadata().map_err(io_error(temp.path()))?.len();
    temp.persist_noclobber(&final_path).map_err(|e| Error::Io {
        path: final_path.clone(),
        source: e.error,
    })?;
    let metadata = Metadata {
        name: name.clone(),
        file: file_name,
        kind: opts.kind,
        member_name: member.name.clone(),
        member_id: format!("{member_id:x}"),
        cluster_id: format!("{cluster_id:x}"),
        revision: verified.revision,
        keys: verified.keys,
        size,
        db_size: verified.db_size,
        sha256: verified.sha256,
        compressed: opts.compress,
        kubeforge_version: crate::version::KUBEFORGE_VERSION.to_owned(),
        etcd_version,
        created_at: created
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
    };
    let json = serde_json::to_vec_pretty(&metadata).expect("metadata serialises");
    if let Err(e) = fsutil::write_atomic(&sidecar, &json, 0o600) {
        let _ = std::fs::remove_file(&final_path);
        return Err(write_error(dir, e));
    }
    Ok(metadata)
}

fn write_error(dir: &Path, e: std::io::Error) -> Error {
    if e.raw_os_error() == Some(nix::libc::ENOSPC) {
        Error::NoSpace {
            dir: dir.to_owned(),
        }
    } else {
        Error::Io {
            path: dir.to_owned(),
            source: e,
        }
    }
}

/// The file being written, plain or gzip (fast level: the point is disk, not ratio).
enum Output {
    Plain(BufWriter<File>),
    Gzip(GzEncoder<BufWriter<File>>),
}

impl Output {
    fn new(file: File, compress: bool) -> Self {
        let buffered = BufWriter::with_capacity(1 << 20, file);
        if compress {
            Output::Gzip(GzEncoder::new(buffered, Compression::fast()))
        } else {
            Output::Plain(buffered)
        }
    }

    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            Output::Plain(w) => w.write_all(bytes),
            Output::Gzip(w) => w.write_all(bytes),
        }
    }

    /// Pushes what is written so far to the disk.
    fn sync_data(&mut self) -> std::io::Result<()> {
        let buffered = match self {
            Output::Plain(w) => w,
            Output::Gzip(w) => w.get_mut(),
        };
        buffered.flush()?;
        buffered.get_ref().sync_data()
    }

    fn finish(self) -> std::io::Result<File> {
        let buffered = match self {
            Output::Plain(w) => w,
            Output::Gzip(w) => w.finish()?,
        };
        buffered.into_inner().map_err(|e| e.into_error())
    }
}

/// Hashes everything but the last 32 bytes of the stream, which are etcd's SHA-256 of the
/// database: the hash is known, and checked, the moment the stream ends.
struct Trailer {
    hasher: digest::Context,
    last: Vec<u8>,
    received: u64,
}

impl Default for Trailer {
    fn default() -> Self {
        Trailer {
            hasher: digest::Context::new(&digest::SHA256),
            last: Vec::with_capacity(2 * SHA256_LEN),
            received: 0,
        }
    }
}

impl Trailer {
    fn feed(&mut self, bytes: &[u8]) {
        self.received += bytes.len() as u64;
        if bytes.len() >= SHA256_LEN {
            self.hasher.update(&self.last);
            let (body, end) = bytes.split_at(bytes.len() - SHA256_LEN);
            self.hasher.update(body);
            self.last.clear();
            self.last.extend_from_slice(end);
        } else {
            self.last.extend_from_slice(bytes);
            let excess = self.last.len().saturating_sub(SHA256_LEN);
            self.hasher.update(&self.last[..excess]);
            self.last.drain(..excess);
        }
    }

    /// The database's SHA-256 (hex), checked against the trailer, and the bytes received.
    fn finish(self) -> Result<(String, u64)> {
        let db_len = self.received.saturating_sub(SHA256_LEN as u64);
        if self.last.len() < SHA256_LEN || !db_len.is_multiple_of(512) || db_len == 0 {
            return Err(Error::Incomplete {
                received: self.received,
            });
        }
        let actual = hex(self.hasher.finish().as_ref());
        if actual != hex(&self.last) {
            return Err(Error::Incomplete {
                received: self.received,
            });
        }
        Ok((actual, self.received))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trailer_is_found_however_the_stream_is_cut() {
        let db: Vec<u8> = (0..4096u32).map(|i| (i % 251) as u8).collect();
        let sum = digest::digest(&digest::SHA256, &db);
        let mut stream = db.clone();
        stream.extend_from_slice(sum.as_ref());
        for chunk in [1, 7, 31, 32, 33, 1000, 5000] {
            let mut t = Trailer::default();
            for c in stream.chunks(chunk) {
                t.feed(c);
            }
            let (sha, received) = t.finish().unwrap();
            assert_eq!(sha, hex(sum.as_ref()));
            assert_eq!(received, stream.len() as u64);
        }
        // A stream cut short has no valid trailer.
        let mut t = Trailer::default();
        t.feed(&stream[..stream.len() - 100]);
        assert!(matches!(t.finish(), Err(Error::Incomplete { .. })));
    }
}
