//! ServiceAccount: a pod runs as a service account that exists (`default` unless named), and
//! unless automounting is turned off (on the pod or the account) it gets the projected
//! `kube-api-access-<suffix>` volume — a bound token, the cluster CA and the namespace —
//! mounted at /var/run/secrets/kubernetes.io/serviceaccount in every container. Mirror pods
//! (a node's static pods) may not use service accounts at all.

use std::time::Duration;

use serde_json::{Value, json};

use super::{Operation, Request};
use crate::apiserver::errors::ApiResult;
use crate::apiserver::meta;

const MOUNT_PATH: &str = "/var/run/secrets/kubernetes.io/serviceaccount";
const MIRROR: &str = "kubernetes.io/config.mirror";
/// A namespace's `default` account is created by the controller-manager right after the
/// namespace; a pod created in that instant waits for it this long rather than failing.
const DEFAULT_ACCOUNT_WAIT: Duration = Duration::from_secs(2);

pub async fn admit(req: &Request<'_>, pod: &mut Value) -> ApiResult<()> {
    if req.op != Operation::Create || !req.is("pods") {
        return Ok(());
    }
    let name = meta::name(pod).to_owned();
    let ns = req.call.namespace().unwrap_or("").to_owned();
    let mirror = pod
        .pointer("/metadata/annotations")
        .and_then(|a| a.get(MIRROR))
        .is_some();
    if mirror {
        return Ok(());
    }
    let spec = &pod["spec"];
    let account = spec
        .get("serviceAccountName")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .unwrap_or("default")
        .to_owned();
    let Some(sa) = find_account(req, &ns, &account).await else {
        return Err(req.forbidden(
            &name,
            &format!(
                "error looking up service account {ns}/{account}: serviceaccount \"{account}\" not found"
            ),
        ));
    };
    pod["spec"]["serviceAccountName"] = json!(account);
    pod["spec"]["serviceAccount"] = json!(account);
    let automount = pod
        .pointer("/spec/automountServiceAccountToken")
        .and_then(Value::as_bool)
        .or_else(|| {
            sa.get("automountServiceAccountToken")
                .and_then(Value::as_bool)
        })
        .unwrap_or(true);
    if !automount {
        return Ok(());
    }
    let volumes = pod["spec"]
        .as_object_mut()
        .expect("a pod spec is an object")
        .entry("volumes")
        .or_insert_with(|| json!([]));
    let Some(volumes) = volumes.as_array_mut() else {
        return Ok(());
    };
    let existing = volumes
        .iter()
        .filter_map(|v| v.get("name").and_then(Value::as_str))
        .find(|n| n.starts_with("kube-api-access-"))
        .map(str::to_owned);
    let volume = match existing {
        Some(v) => v,
        None => {
            let v = meta::generate_name("kube-api-access-");
            volumes.push(json!({"name": v, "projected": {"defaultMode": 420, "sources": [
                {"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}},
                {"configMap": {"name": "kube-root-ca.crt", "items": [{"key": "ca.crt", "path": "ca.crt"}]}},
                {"downwardAPI": {"items": [{"path": "namespace", "fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.namespace"}}]}},
            ]}}));
            v
        }
    };
    for kind in ["initContainers", "containers"] {
        let Some(containers) = pod["spec"].get_mut(kind).and_then(Value::as_array_mut) else {
            continue;
        };
        for c in containers {
            let Some(c) = c.as_object_mut() else { continue };
            let mounts = c.entry("volumeMounts").or_insert_with(|| json!([]));
            let Some(mounts) = mounts.as_array_mut() else {
                continue;
            };
            let taken = mounts
                .iter()
                .any(|m| m.get("mountPath").and_then(Value::as_str) == Some(MOUNT_PATH));
            if !taken {
                mounts.push(json!({"name": volume, "readOnly": true, "mountPath": MOUNT_PATH}));
            }
        }
    }
    Ok(())
}

async fn find_account(req: &Request<'_>, ns: &str, name: &str) -> Option<Value> {
    let def = crate::apiserver::registry::lookup("", "v1", "serviceaccounts")?;
    let key = def.key(Some(ns), name);
    let deadline = tokio::time::Instant::now() + DEFAULT_ACCOUNT_WAIT;
    loop {
        if let Some(o) = req.api.cache.get(&key).await {
            return Some(o.value.clone());
        }
        if let Ok(Some(s)) = req.api.storage.get(&key).await {
            return Some(s.value);
        }
        if name != "default" || tokio::time::Instant::now() >= deadline {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
