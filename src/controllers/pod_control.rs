//! Pods made and judged by workload controllers (ReplicaSet, Job): creating them from a
//! template under a controller ownerReference — in slow-start batches (1, 2, 4, …) as
//! client-go's controllers do, so a template the API rejects costs one request, not hundreds —
//! deleting them, and reading their state (active, ready, available).

use futures::{StreamExt, stream};
use k8s_openapi::api::core::v1::{Pod, PodTemplateSpec};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use kube::Resource;
use kube::api::{Api, DeleteParams, ObjectMeta, PostParams};

/// Requests in flight at once within one batch.
const IN_FLIGHT: usize = 64;

/// The ownerReference a controller puts on what it creates.
pub fn controller_ref<K: Resource<DynamicType = ()>>(owner: &K) -> OwnerReference {
    let meta = owner.meta();
    OwnerReference {
        api_version: K::api_version(&()).into_owned(),
        kind: K::kind(&()).into_owned(),
        name: meta.name.clone().unwrap_or_default(),
        uid: meta.uid.clone().unwrap_or_default(),
        controller: Some(true),
        block_owner_deletion: Some(true),
    }
}

/// A new pod from `template`: its labels, annotations, finalizers and spec, owned by `owner`.
pub fn pod_from_template(
    template: &PodTemplateSpec,
    owner: OwnerReference,
    namespace: &str,
    generate_name: String,
) -> Pod {
    let meta = template.metadata.clone().unwrap_or_default();
    Pod {
        metadata: ObjectMeta {
            generate_name: Some(generate_name),
            namespace: Some(namespace.to_owned()),
            labels: meta.labels,
            annotations: meta.annotations,
            finalizers: meta.finalizers,
            owner_references: Some(vec![owner]),
            ..Default::default()
        },
        spec: template.spec.clone(),
        status: None,
    }
}

/// Creates `pods` in slow-start batches; returns how many were created and the first error.
/// Stops after the first batch with a failure (the rest are not attempted).
pub async fn create_batched(
    client: &kube::Client,
    namespace: &str,
    pods: Vec<Pod>,
) -> (Vec<Pod>, Option<kube::Error>) {
    let api: Api<Pod> = Api::namespaced(client.clone(), namespace);
    let mut created = Vec::new();
    let mut pending = pods.into_iter();
    let mut batch = 1;
    loop {
        let chunk: Vec<Pod> = pending.by_ref().take(batch).collect();
        if chunk.is_empty() {
            return (created, None);
        }
        let results: Vec<_> = stream::iter(chunk)
            .map(|pod| {
                let api = api.clone();
                async move { api.create(&PostParams::default(), &pod).await }
            })
            .buffer_unordered(IN_FLIGHT)
            .collect()
            .await;
        let mut error = None;
        for result in results {
            match result {
                Ok(pod) => created.push(pod),
                Err(e) => error = error.or(Some(e)),
            }
        }
        if error.is_some() {
            return (created, error);
        }
        batch *= 2;
    }
}

/// Creates `pods` for the controller whose key is `key` (its `expectations` set beforehand):
/// the expectation of each pod not created is lowered, each created pod is a
/// `SuccessfulCreate` event on `owner` and a failure a `FailedCreate` one, as client-go's pod
/// control records them.
pub async fn create_recorded(
    client: &kube::Client,
    namespace: &str,
    pods: Vec<Pod>,
    key: &str,
    expectations: &super::runtime::Expectations,
    events: &crate::events::Recorder,
    owner: &k8s_openapi::api::core::v1::ObjectReference,
) -> Result<Vec<Pod>, kube::Error> {
    let wanted = pods.len();
    let (created, error) = create_batched(client, namespace, pods).await;
    for _ in created.len()..wanted {
        expectations.creation_observed(key);
    }
    for pod in &created {
        let name = pod.metadata.name.as_deref().unwrap_or_default();
        events.record(
            owner,
            crate::events::NORMAL,
            "SuccessfulCreate",
            format!("Created pod: {name}"),
        );
    }
    match error {
        Some(e) => {
            events.record(
                owner,
                crate::events::WARNING,
                "FailedCreate",
                format!("Error creating: {}", api_message(&e)),
            );
            Err(e)
        }
        None => Ok(created),
    }
}

/// The API server's message for an error (what a user needs in an event).
pub fn api_message(e: &kube::Error) -> String {
    match e {
        kube::Error::Api(s) => s.message.clone(),
        other => other.to_string(),
    }
}

/// Deletes `names` in `namespace` (graceful; already gone is fine); returns the first error.
pub async fn delete_all(
    client: &kube::Client,
    namespace: &str,
    names: Vec<String>,
) -> Option<kube::Error> {
    let api: Api<Pod> = Api::namespaced(client.clone(), namespace);
    let results: Vec<_> = stream::iter(names)
        .map(|name| {
            let api = api.clone();
            async move {
                match api.delete(&name, &DeleteParams::default()).await {
                    Err(kube::Error::Api(e)) if e.code == 404 => Ok(()),
                    other => other.map(|_| ()),
                }
            }
        })
        .buffer_unordered(IN_FLIGHT)
        .collect()
        .await;
    results.into_iter().find_map(Result::err)
}

pub fn phase(pod: &Pod) -> &str {
    pod.status
        .as_ref()
        .and_then(|s| s.phase.as_deref())
        .unwrap_or("Pending")
}

/// Neither finished nor being deleted: counts toward a controller's replicas.
pub fn is_active(pod: &Pod) -> bool {
    pod.metadata.deletion_timestamp.is_none() && !matches!(phase(pod), "Succeeded" | "Failed")
}

fn ready_condition(pod: &Pod) -> Option<&k8s_openapi::api::core::v1::PodCondition> {
    pod.status
        .as_ref()?
        .conditions
        .as_ref()?
        .iter()
        .find(|c| c.type_ == "Ready")
}

pub fn is_ready(pod: &Pod) -> bool {
    ready_condition(pod).is_some_and(|c| c.status == "True")
}

/// Ready for at least `min_ready_seconds` at `now` (seconds since the epoch)?
pub fn availability(pod: &Pod, min_ready_seconds: i32, now: i64) -> Available {
    let Some(c) = ready_condition(pod).filter(|c| c.status == "True") else {
        return Available::No;
    };
    let min = i64::from(min_ready_seconds.max(0));
    let ready_for = c
        .last_transition_time
        .as_ref()
        .map_or(min, |t| now - t.0.as_second());
    if ready_for >= min {
        Available::Yes
    } else {
        Available::After(std::time::Duration::from_secs((min - ready_for) as u64))
    }
}

/// Seconds since the epoch, as the controllers compare them with API timestamps.
pub fn now() -> i64 {
    k8s_openapi::jiff::Timestamp::now().as_second()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Available {
    Yes,
    No,
    /// Ready, and available after this long.
    After(std::time::Duration),
}

/// Kubernetes' pod-template-hash: FNV-1a (32 bit) of the template plus the collision count,
/// its decimal digits mapped onto an alphabet without vowels (so no words appear in names).
pub fn template_hash(template_json: &[u8], collision_count: Option<i32>) -> String {
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let mut hash: u32 = 0x811c_9dc5;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u32::from(*b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    };
    feed(template_json);
    if let Some(c) = collision_count {
        feed(&c.to_le_bytes());
    }
    hash.to_string()
        .bytes()
        .map(|b| ALPHABET[usize::from(b) % ALPHABET.len()] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_changes_with_the_template_and_collisions() {
        let a = template_hash(br#"{"spec":{"containers":[{"image":"a"}]}}"#, None);
        assert_eq!(
            a,
            template_hash(br#"{"spec":{"containers":[{"image":"a"}]}}"#, None)
        );
        assert_ne!(
            a,
            template_hash(br#"{"spec":{"containers":[{"image":"b"}]}}"#, None)
        );
        assert_ne!(
            a,
            template_hash(br#"{"spec":{"containers":[{"image":"a"}]}}"#, Some(1))
        );
        assert!(a.chars().all(|c| "bcdfghjklmnpqrstvwxz2456789".contains(c)));
    }
}
