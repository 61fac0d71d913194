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

    /// Merge-patches `obj`'s status with `status` (gone is fine) and remembers the version
    /// written.
    pub async fn patch_status<K>(
        &self,
        client: &kube::Client,
        obj: &K,
        status: serde_json::Value,
    ) -> Result<(), kube::Error>
    where
        K: Resource<DynamicType = (), Scope = k8s_openapi::NamespaceResourceScope>
            + Clone
            + serde::de::DeserializeOwned
            + std::fmt::Debug,
    {
        let meta = obj.meta();
        let api: kube::Api<K> = kube::Api::namespaced(
            client.clone(),
            meta.namespace.as_deref().unwrap_or_default(),
        );
        let patch = kube::api::Patch::Merge(serde_json::json!({ "status": status }));
        let name = meta.name.as_deref().unwrap_or_default();
        let params = kube::api::PatchParams::default();
        if let Some(written) =
            super::ignore_not_found(api.patch_status(name, &params, &patch).await)?
        {
            self.record(&written);
        }
        Ok(())
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
