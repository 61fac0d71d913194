//! After `etcd snapshot restore` on one master of several: the restored etcd is a single-member
//! cluster, so the other masters must `reset` and `join` again. Once the restored API server
//! answers, this removes their stale Node objects (the snapshot still shows them Ready), uploads
//! the shared certificates under a fresh key and creates a fresh bootstrap token — those in
//! the snapshot may have expired — and prints the exact commands to run on each.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;
use k8s_openapi::api::core::v1::Node;
use kube::Api;
use kube::api::{DeleteParams, ListParams};

use crate::config::{BootstrapToken, Paths, paths};
use crate::discovery::{shared_certs, tokens};
use crate::phases::init::mark_control_plane::ROLE_LABEL;

/// How long to wait for the restored API server before giving the manual steps instead.
const API_TIMEOUT: Duration = Duration::from_secs(120);

/// Prints how the other masters rejoin. `from_manifest` are the peers the etcd manifest named
/// (a joined master's); the control-plane Nodes in the restored data add the rest (the first
/// master's manifest names only itself).
pub async fn print_instructions(paths: &Paths, this_node: &str, from_manifest: &[String]) {
    let admin = paths.kubeconfig(paths::ADMIN_CONF);
    let agent_running = crate::agent::service::running_agent(paths).is_some();
    let prepared = if agent_running {
        prepare(paths, &admin, this_node, from_manifest).await
    } else {
        Err(anyhow::anyhow!("the agent is not running"))
    };
    match prepared {
        Ok(None) => {}
        Ok(Some(Rejoin {
            masters,
            join_command,
        })) => {
            let names = masters.into_iter().collect::<Vec<_>>().join(", ");
            println!(
                "\nThe other control-plane nodes ({names}) are no longer members; their Node objects were deleted. On each of them run:\n\n  kubeforge reset -f\n  {join_command}\n\n(with the --node-name and --apiserver-advertise-address it first joined with, if any; the token is valid for 24h, the certificate key for 2h; workers need nothing)"
            );
        }
        Err(e) => {
            let names = if from_manifest.is_empty() {
                "the other control-plane nodes, if any".to_owned()
            } else {
                format!(
                    "the other control-plane nodes ({})",
                    from_manifest.join(", ")
                )
            };
            println!(
                "\nCould not prepare the rejoin automatically: {e:#}.\nOnce the control plane here is up, {names} rejoin it this way. Here:\n\n  kubeforge init phase upload-certs --upload-certs\n  kubeforge token create --print-join-command --certificate-key <the key printed above>\n\nthen on each of them:\n\n  kubeforge reset -f\n  <the printed join command>"
            );
        }
    }
}

struct Rejoin {
    /// The other masters: control-plane Nodes in the restored data, and the manifest's peers.
    masters: BTreeSet<String>,
    join_command: String,
}

/// None when this was the only master.
async fn prepare(
    paths: &Paths,
    admin: &Path,
    this_node: &str,
    from_manifest: &[String],
) -> anyhow::Result<Option<Rejoin>> {
    let client = crate::controllers::client(admin).await?;
    let nodes: Api<Node> = Api::all(client.clone());
    let selector = ListParams::default().labels(ROLE_LABEL);
    let deadline = Instant::now() + API_TIMEOUT;
    let listed = loop {
        match nodes.list_metadata(&selector).await {
            Ok(list) => break list,
            Err(e) if Instant::now() > deadline => {
                return Err(e).context(format!(
                    "the restored API server did not answer within {API_TIMEOUT:?}"
                ));
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(500)).await,
        }
    };
    let mut masters: BTreeSet<String> = from_manifest.iter().cloned().collect();
    for node in listed.items {
        let Some(name) = node.metadata.name else {
            continue;
        };
        if name == this_node {
            continue;
        }
        match nodes.delete(&name, &DeleteParams::default()).await {
            Ok(_) => {}
            Err(kube::Error::Api(e)) if e.code == 404 => {}
            Err(e) => return Err(e).context(format!("cannot delete the stale Node {name}")),
        }
        masters.insert(name);
    }
    if masters.is_empty() {
        return Ok(None);
    }
    let key = shared_certs::generate_key();
    crate::phases::init::upload_certs::upload(&client, paths, &shared_certs::parse_key(&key)?)
        .await
        .map_err(|e| anyhow::anyhow!("cannot upload the shared certificates: {e}"))?;
    let token = BootstrapToken {
        description: Some("rejoining control-plane nodes after an etcd restore".into()),
        ..BootstrapToken::generate()
    };
    tokens::create_or_update(&client, &token)
        .await
        .context("cannot create a bootstrap token")?;
    let join_command = super::token::one_line_join_command(admin, &token.token(), Some(&key))?;
    Ok(Some(Rejoin {
        masters,
        join_command,
    }))
}
