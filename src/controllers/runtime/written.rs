//! Read-your-writes for controllers that act on an informer cache: after writing an object, a
//! sync that still sees an older resourceVersion in the cache would decide again from stale
//! state (twice the events, a second scale). It waits for the watch to catch up instead.

use std::collections::HashMap;
use std::sync::Mutex;

use kube::Resource;

use super::key_of;

#[derive(Default)]
pub struct Written {
    versions: Mutex<HashMap<String, u64>>,
}

fn version<K: Resource>(obj: &K) -> u64 {
    obj.meta()
        .resource_version
        .as_deref()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

impl Written {
    /// Remembers the version a write returned.
    pub fn record<K: Resource>(&self, written: &K) {
        self.versions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key_of(written), version(written));
    }

    /// True while the cache holds an older version of `cached` than this controller wrote.
    pub fn is_stale<K: Resource>(&self, cached: &K) -> bool {
        let key = key_of(cached);
        let mut versions = self.versions.lock().unwrap_or_else(|e| e.into_inner());
        match versions.get(&key) {
            Some(&wrote) if wrote > version(cached) => true,
            Some(_) => {
                versions.remove(&key);
                false
            }
            None => false,
        }
    }
}
