//! File-system helpers shared by every writer: atomic writes with explicit permissions.
//!
//! kubeadm's rule, kept here: keys and kubeconfigs 0600, certificates and manifests 0644 (the
//! CIS benchmark asks for 0600 on manifests too, so we use it there), directories 0700. A write is
//! a temp file in the same directory, fsync, then rename, so a crash never leaves half a key.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Permission bits for secrets: private keys and kubeconfigs.
pub const MODE_SECRET: u32 = 0o600;
/// Permission bits for public material: certificates and public keys.
pub const MODE_PUBLIC: u32 = 0o644;
/// Permission bits for directories we create.
pub const MODE_DIR: u32 = 0o700;

/// Creates `dir` and its missing parents with mode 0700 (existing directories are left as they are).
pub fn create_dir_private(dir: &Path) -> io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(MODE_DIR)
        .create(dir)
}

/// Writes `contents` to `path` atomically with permission bits `mode`, creating parents (0700).
pub fn write_atomic(path: &Path, contents: &[u8], mode: u32) -> io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    create_dir_private(dir)?;
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no file name"))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(mode)
            .open(&tmp)?;
        // The umask may have narrowed `mode`; a pre-existing temp file may have other bits.
        file.set_permissions(fs::Permissions::from_mode(mode))?;
        file.write_all(contents)?;
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        // Make the rename itself durable.
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Removes a file, treating "not found" as success.
pub fn remove_file_if_exists(path: &Path) -> io::Result<bool> {
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Removes a directory tree, treating "not found" as success.
pub fn remove_dir_all_if_exists(path: &Path) -> io::Result<bool> {
    match fs::remove_dir_all(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Removes `dir` only if it is empty (used to tidy directories we created without touching
/// anything a user put there).
pub fn remove_dir_if_empty(dir: &Path) -> io::Result<bool> {
    match fs::remove_dir(dir) {
        Ok(()) => Ok(true),
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::DirectoryNotEmpty
            ) =>
        {
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

/// A file mapped read-only into memory: large files are checked in place, without copying
/// them into the heap.
pub struct MappedFile {
    ptr: std::ptr::NonNull<std::ffi::c_void>,
    len: usize,
}

impl MappedFile {
    /// Maps `file` whole. The caller must own the file: it must not be truncated or written
    /// while mapped (kubeforge maps only files it just wrote and still holds).
    pub fn map(file: &File) -> io::Result<Option<Self>> {
        let len = file.metadata()?.len() as usize;
        let Some(length) = std::num::NonZeroUsize::new(len) else {
            return Ok(None);
        };
        use nix::sys::mman::{MapFlags, ProtFlags, mmap};
        // SAFETY: a fresh private read-only mapping of a whole file; the slice it backs lives
        // no longer than this value, and callers guarantee nobody truncates the file meanwhile.
        let ptr = unsafe {
            mmap(
                None,
                length,
                ProtFlags::PROT_READ,
                MapFlags::MAP_PRIVATE | MapFlags::MAP_POPULATE,
                file,
                0,
            )
        }
        .map_err(io::Error::from)?;
        Ok(Some(MappedFile { ptr, len }))
    }

    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the mapping is `len` readable bytes and lives as long as `self`.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr().cast::<u8>(), self.len) }
    }
}

impl Drop for MappedFile {
    fn drop(&mut self) {
        // SAFETY: unmapping exactly the mapping made in `map`, once.
        let _ = unsafe { nix::sys::mman::munmap(self.ptr, self.len) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_sets_mode_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/key.pem");
        write_atomic(&path, b"one", MODE_SECRET).unwrap();
        write_atomic(&path, b"two", MODE_SECRET).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let parent = fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(parent, 0o700);
        // No temp files are left behind.
        assert_eq!(fs::read_dir(path.parent().unwrap()).unwrap().count(), 1);
    }
}
