//! The snapshot directory: each snapshot is its file plus a `<name>.json` sidecar; listing,
//! deleting and pruning go by the sidecars.

use std::path::{Path, PathBuf};

use super::{Error, Kind, Metadata, Result, io_error, sidecar_path};

/// Every snapshot in `dir` with a readable sidecar, oldest first.
pub fn list(dir: &Path) -> Result<Vec<Metadata>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::Io {
                path: dir.to_owned(),
                source: e,
            });
        }
    };
    let mut found = Vec::new();
    for entry in entries {
        let path = entry.map_err(io_error(dir))?.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let Ok(text) = std::fs::read(&path) else {
            continue;
        };
        match serde_json::from_slice::<Metadata>(&text) {
            Ok(m) if dir.join(&m.file).exists() => found.push(m),
            Ok(m) => {
                tracing::warn!(snapshot = %m.name, "sidecar without its snapshot file; skipped")
            }
            Err(e) => {
                tracing::warn!(file = %path.display(), error = %e, "not a snapshot sidecar; skipped")
            }
        }
    }
    found.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.name.cmp(&b.name)));
    Ok(found)
}

/// A snapshot given by name (in `dir`) or by path: its file and, when known, its sidecar.
pub fn resolve(dir: &Path, name_or_path: &str) -> Result<(PathBuf, Option<PathBuf>)> {
    if !name_or_path.contains('/') {
        let sidecar = sidecar_path(dir, name_or_path);
        if let Ok(text) = std::fs::read(&sidecar)
            && let Ok(m) = serde_json::from_slice::<Metadata>(&text)
        {
            return Ok((dir.join(m.file), Some(sidecar)));
        }
    }
    let path = PathBuf::from(name_or_path);
    if !path.is_file() {
        return Err(Error::NotFound {
            name: name_or_path.to_owned(),
            dir: dir.to_owned(),
        });
    }
    // A path into a snapshot directory still gets its sidecar checked.
    let stem = path
        .file_name()
        .and_then(|n| n.to_str())
        .map(|n| n.trim_end_matches(".gz").trim_end_matches(".db").to_owned());
    let sidecar = stem
        .map(|s| sidecar_path(path.parent().unwrap_or(Path::new(".")), &s))
        .filter(|s| s.is_file());
    Ok((path, sidecar))
}

/// Removes a snapshot's file and sidecar.
pub fn delete(dir: &Path, name: &str) -> Result<Metadata> {
    let found = list(dir)?
        .into_iter()
        .find(|m| m.name == name)
        .ok_or_else(|| Error::NotFound {
            name: name.to_owned(),
            dir: dir.to_owned(),
        })?;
    let file = dir.join(&found.file);
    std::fs::remove_file(&file).map_err(io_error(&file))?;
    let sidecar = sidecar_path(dir, name);
    std::fs::remove_file(&sidecar).map_err(io_error(&sidecar))?;
    Ok(found)
}

/// Deletes all but the `retention` newest scheduled snapshots (and manual ones too when
/// `include_manual`, counted separately); returns what was deleted.
pub fn prune(dir: &Path, retention: usize, include_manual: bool) -> Result<Vec<Metadata>> {
    let all = list(dir)?;
    let mut deleted = Vec::new();
    for kind in [Kind::Scheduled, Kind::Manual] {
        if kind == Kind::Manual && !include_manual {
            continue;
        }
        let of_kind: Vec<&Metadata> = all.iter().filter(|m| m.kind == kind).collect();
        let excess = of_kind.len().saturating_sub(retention);
        for m in &of_kind[..excess] {
            match delete(dir, &m.name) {
                Ok(gone) => deleted.push(gone),
                // Pruned meanwhile by someone else (the agent's schedule): already done.
                Err(Error::NotFound { .. }) => {}
                Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(deleted)
}
