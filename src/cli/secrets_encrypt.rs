//! `kubeforge secrets-encrypt status|rotate-keys`: encryption at rest of Secrets, as k3s's
//! command of the same name. `init` enables it (an aescbc key in
//! <root>/etc/kubernetes/encryption-config.yaml); `rotate-keys` adds a new key, restarts the
//! API server with it and re-encrypts every stored Secret, so old keys protect nothing.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Subcommand, ValueEnum};
use etcd_client::{Compare, CompareOp, GetOptions, Txn, TxnOp};
use serde_json::json;

use crate::apiserver::encryption::{self, Encryption};
use crate::config::Paths;
use crate::etcd::snapshot::LocalMember;

const PREFIX: &str = "/registry/secrets/";

#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum SecretsEncryptCommand {
    /// Show whether Secrets are encrypted at rest, the active key, and how many Secrets each key protects
    Status {
        /// Output format
        #[arg(short, long, value_enum, default_value_t)]
        output: Format,
    },
    /// Add a new key, restart the API server with it, and re-encrypt every stored Secret with it
    RotateKeys,
}

pub async fn run(cmd: SecretsEncryptCommand, root: PathBuf) -> anyhow::Result<()> {
    let paths = Paths::new(&root);
    match cmd {
        SecretsEncryptCommand::Status { output } => status(&paths, output).await,
        SecretsEncryptCommand::RotateKeys => rotate(&paths).await,
    }
}

fn load(paths: &Paths) -> anyhow::Result<Option<(String, Encryption)>> {
    let path = paths.encryption_config();
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let enc = Encryption::parse(&text).map_err(|m| anyhow::anyhow!("{}: {m}", path.display()))?;
    Ok(Some((text, enc)))
}

/// Secrets per key, read straight from etcd (`identity` for plain-text values).
/// The local etcd member, a client of it, and every stored Secret as etcd holds it.
async fn stored_secrets(
    paths: &Paths,
) -> anyhow::Result<(LocalMember, etcd_client::Client, etcd_client::GetResponse)> {
    let member = LocalMember::from_manifest(paths)?;
    let mut client = member.connect().await?;
    let resp = client
        .get(PREFIX, Some(GetOptions::new().with_prefix()))
        .await
        .map_err(|e| member.etcd_error(e))?;
    Ok((member, client, resp))
}

async fn count_by_key(paths: &Paths) -> anyhow::Result<Vec<(String, usize)>> {
    let (_, _, resp) = stored_secrets(paths).await?;
    let mut counts: Vec<(String, usize)> = Vec::new();
    for kv in resp.kvs() {
        let key = encryption::stored_with(kv.value()).unwrap_or_else(|| "identity".into());
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    Ok(counts)
}

async fn status(paths: &Paths, output: Format) -> anyhow::Result<()> {
    let Some((_, enc)) = load(paths)? else {
        match output {
            Format::Json => println!("{}", json!({"enabled": false})),
            Format::Table => println!(
                "Encryption Status: Disabled ({} does not exist)",
                paths.encryption_config().display()
            ),
        }
        return Ok(());
    };
    let active = enc.write_provider(PREFIX);
    let counts = count_by_key(paths).await?;
    match output {
        Format::Json => {
            let counts: serde_json::Map<String, serde_json::Value> =
                counts.iter().map(|(k, n)| (k.clone(), json!(n))).collect();
            println!(
                "{}",
                json!({"enabled": active.is_some(), "config": paths.encryption_config(), "activeKey": active, "secretsByKey": counts})
            );
        }
        Format::Table => {
            println!(
                "Encryption Status: {}",
                if active.is_some() {
                    "Enabled"
                } else {
                    "Disabled (identity first)"
                }
            );
            println!("Config: {}", paths.encryption_config().display());
            println!("Active Key: {}\n", active.as_deref().unwrap_or("identity"));
            println!("{:<40} {:>8}", "KEY", "SECRETS");
            for (k, n) in &counts {
                let mark = if Some(k) == active.as_ref() { "*" } else { " " };
                println!("{mark} {k:<38} {n:>8}");
            }
        }
    }
    Ok(())
}

async fn rotate(paths: &Paths) -> anyhow::Result<()> {
    let Some((text, _)) = load(paths)? else {
        bail!(
            "{} does not exist: encryption at rest is not configured on this node (kubeforge init enables it)",
            paths.encryption_config().display()
        );
    };
    if encryption::secrets_use_kms(&text).map_err(|m| anyhow::anyhow!(m))? {
        bail!(
            "{} uses a kms provider: its keys live in the KMS. Rotate the key there; the API server notices the new key id within a minute and encrypts new writes with a new seed",
            paths.encryption_config().display()
        );
    }
    // Every existing key stays (values written with them must stay readable); the new one,
    // of the provider in use (aescbc when there is none), goes first.
    let old_keys = encryption::secrets_keys(&text).map_err(|m| anyhow::anyhow!(m))?;
    let kind = old_keys
        .first()
        .map_or(encryption::Kind::AesCbc, |(kind, _, _)| *kind);
    let name = format!(
        "{}key-{}",
        kind.name(),
        time::OffsetDateTime::now_utc().unix_timestamp()
    );
    let mut keys = vec![(kind, name.clone(), encryption::new_secret())];
    keys.extend(old_keys);
    let config = encryption::config_with(&keys);
    let new = Encryption::parse(&config).map_err(|m| anyhow::anyhow!(m))?;
    // The API server must hold the new key before anything is written with it.
    let path = paths.encryption_config();
    crate::fsutil::write_atomic(&path, config.as_bytes(), crate::fsutil::MODE_SECRET)
        .with_context(|| format!("cannot write {}", path.display()))?;
    println!("[secrets-encrypt] added key {name}; restarting the API server with it");
    restart_apiserver(paths).await?;
    let (member, mut client, resp) = stored_secrets(paths).await?;
    let mut rewritten = 0;
    for kv in resp.kvs() {
        let key = String::from_utf8_lossy(kv.key()).into_owned();
        let plain = new
            .decrypt(&key, kv.value())
            .map_err(|e| anyhow::anyhow!("{key}: {e}"))?;
        if encryption::stored_with(kv.value()).as_deref()
            == Some(&format!("{}:{name}", kind.name()))
        {
            continue;
        }
        let sealed = new
            .encrypt(&key, plain.into_owned())
            .map_err(|e| anyhow::anyhow!("{key}: {e}"))?;
        // Guarded by the revision read: a Secret written meanwhile (already with the new key)
        // is left as it is.
        let txn = Txn::new()
            .when([Compare::mod_revision(
                key.clone(),
                CompareOp::Equal,
                kv.mod_revision(),
            )])
            .and_then([TxnOp::put(key.clone(), sealed, None)]);
        let done = client.txn(txn).await.map_err(|e| member.etcd_error(e))?;
        if done.succeeded() {
            rewritten += 1;
        }
    }
    println!("[secrets-encrypt] re-encrypted {rewritten} secrets with {name}");
    Ok(())
}

/// Restarts the API server (so it reads the new key) and waits for it to serve again.
async fn restart_apiserver(paths: &Paths) -> anyhow::Result<()> {
    let reason = format!(
        "secrets-encrypt rotate-keys at {}",
        time::OffsetDateTime::now_utc().unix_timestamp()
    );
    crate::controlplane::restart_apiserver(
        paths,
        |pod| {
            pod.metadata
                .annotations
                .get_or_insert_with(Default::default)
                .insert("kubeforge.io/restarted-for".into(), reason);
        },
        Duration::from_secs(90),
    )
    .await
    .map_err(|e| {
        anyhow::anyhow!(
            "{e}; the new key is already in {}",
            paths.encryption_config().display()
        )
    })
}
