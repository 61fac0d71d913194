//! Stacked-etcd membership: a joining master is added as a learner (it cannot cost the
//! cluster its quorum while it catches up), started with the existing members as its initial
//! cluster, and promoted to a voter once in sync — etcd's recommended way, and kubeadm's.
//! Removal is the first step of `reset` and of `kubeforge etcd member remove`.

use std::time::{Duration, Instant};

use etcd_client::{Client, MemberAddOptions};

use super::{ClientTls, Error, HealthClient, Result};

/// One member, as `etcd member list` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberInfo {
    pub id: u64,
    /// Empty until the member has started.
    pub name: String,
    pub peer_urls: Vec<String>,
    pub client_urls: Vec<String>,
    pub is_learner: bool,
}

fn client_error(e: impl std::fmt::Display) -> Error {
    Error::Client(e.to_string())
}

/// An mTLS client for the first of `endpoints` that answers. One endpoint each: an
/// etcd-client over several endpoints fails calls routed to a dead one, and a membership
/// change is exactly when one may be dead.
pub async fn connect(endpoints: &[String], tls: &ClientTls) -> Result<Client> {
    let options = HealthClient::connect_options(Some(tls)).with_timeout(Duration::from_secs(5));
    let mut errors = Vec::new();
    for endpoint in endpoints {
        match Client::connect([endpoint], Some(options.clone())).await {
            Ok(mut client) => match client.member_list().await {
                Ok(_) => return Ok(client),
                Err(e) => errors.push(format!("{endpoint}: {e}")),
            },
            Err(e) => errors.push(format!("{endpoint}: {e}")),
        }
    }
    Err(Error::Client(format!(
        "no etcd member answered: {}",
        errors.join("; ")
    )))
}

pub async fn list(client: &mut Client) -> Result<Vec<MemberInfo>> {
    let response = client.member_list().await.map_err(client_error)?;
    Ok(response
        .members()
        .iter()
        .map(|m| MemberInfo {
            id: m.id(),
            name: m.name().to_owned(),
            peer_urls: m.peer_urls().to_vec(),
            client_urls: m.client_urls().to_vec(),
            is_learner: m.is_learner(),
        })
        .collect())
}

/// Adds `name` at `peer_url` as a learner, unless a member with that peer URL exists already
/// (a join that failed after this step and is run again). Returns the `--initial-cluster`
/// value the new member must start with, and its id.
pub async fn add_learner(client: &mut Client, name: &str, peer_url: &str) -> Result<(String, u64)> {
    let mut members = list(client).await?;
    let existing = members
        .iter()
        .find(|m| m.peer_urls.iter().any(|u| u == peer_url))
        .map(|m| m.id);
    let id = match existing {
        Some(id) => id,
        None => {
            let response = retry_unhealthy("etcd member add", || {
                let mut c = client.clone();
                let url = peer_url.to_owned();
                async move {
                    c.member_add([url], Some(MemberAddOptions::new().with_is_learner()))
                        .await
                }
            })
            .await?;
            let id = response.member().map(|m| m.id()).unwrap_or_default();
            members = list(client).await?;
            id
        }
    };
    let initial_cluster = members
        .iter()
        .flat_map(|m| {
            let member_name = if m.id == id { name } else { m.name.as_str() };
            m.peer_urls
                .iter()
                .filter(move |_| !member_name.is_empty())
                .map(move |u| format!("{member_name}={u}"))
        })
        .collect::<Vec<_>>()
        .join(",");
    Ok((initial_cluster, id))
}

/// Promotes the learner `id` once it has caught up with the leader (etcd refuses before),
/// retrying until `timeout`.
pub async fn promote(client: &mut Client, id: u64, timeout: Duration) -> Result<()> {
    let deadline = Instant::now() + timeout;
    loop {
        match client.member_promote(id).await {
            Ok(_) => return Ok(()),
            // Already a voter (a re-run): nothing to do.
            Err(e) if e.to_string().contains("not a learner") => return Ok(()),
            Err(e) if Instant::now() >= deadline => {
                return Err(Error::Client(format!(
                    "the new etcd member {id:x} did not catch up within {timeout:?}: {e}"
                )));
            }
            Err(e) => {
                tracing::debug!(error = %e, "etcd learner not ready for promotion yet");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

/// Removes member `id`, waiting while etcd refuses because a member has only just come back
/// ("unhealthy cluster": etcd wants every member connected for a while first).
pub async fn remove(client: &mut Client, id: u64) -> Result<()> {
    retry_unhealthy("etcd member remove", || {
        let mut c = client.clone();
        async move { c.member_remove(id).await }
    })
    .await
    .map(drop)
}

/// Runs `op` again while etcd says the cluster cannot take a membership change now
/// ("unhealthy cluster", "too many learner members", leader changes), for up to 30 s.
async fn retry_unhealthy<T, F, Fut>(what: &str, mut op: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = std::result::Result<T, etcd_client::Error>>,
{
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) => {
                let text = e.to_string();
                let transient = [
                    "unhealthy cluster",
                    "leader changed",
                    "too many learner",
                    "timed out",
                    "no leader",
                ]
                .iter()
                .any(|t| text.contains(t));
                if !transient || Instant::now() >= deadline {
                    return Err(Error::Client(format!("{what}: {text}")));
                }
                tracing::info!(error = %text, "{what}: etcd cannot change its membership yet; retrying");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

/// Whether the members other than `leaving` that answer a health check still form a quorum
/// of the cluster without `leaving` (so removing it does not stop the cluster).
pub async fn quorum_without(members: &[MemberInfo], leaving: u64, tls: &ClientTls) -> bool {
    let remaining: Vec<&MemberInfo> = members
        .iter()
        .filter(|m| m.id != leaving && !m.is_learner)
        .collect();
    let mut healthy = 0;
    for m in &remaining {
        if m.client_urls.is_empty() {
            continue;
        }
        if HealthClient::new(m.client_urls.clone(), Some(tls.clone()))
            .check(Duration::from_secs(2))
            .await
            .is_ok()
        {
            healthy += 1;
        }
    }
    healthy > remaining.len() / 2
}
