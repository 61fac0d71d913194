//! `kubeforge token generate|create|list|delete`: bootstrap tokens on the cluster, with
//! kubeadm's flags and output.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use k8s_openapi::api::core::v1::Secret;
use kube::Api;
use kube::api::DeleteParams;

use crate::config::bootstrap_token::{DEFAULT_GROUP, DEFAULT_USAGES};
use crate::config::{BootstrapToken, Paths, paths};
use crate::discovery::tokens::{self, StoredToken};

#[derive(Debug, Args)]
pub struct KubeconfigArg {
    /// The kubeconfig to talk to the cluster with (default: <root>/etc/kubernetes/admin.conf)
    #[arg(long, global = true, value_name = "FILE")]
    pub kubeconfig: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Generate and print a bootstrap token, but do not create it on the server
    Generate,
    /// Create a bootstrap token on the server
    Create {
        /// The token to create (default: a random one)
        token: Option<String>,
        /// Print the full join command (for a worker; add --certificate-key for a master)
        #[arg(long)]
        print_join_command: bool,
        /// The duration before the token is deleted (e.g. 30m, 24h; 0 = never)
        #[arg(long, default_value = "24h", value_parser = crate::config::duration::parse)]
        ttl: Duration,
        /// With --print-join-command: print the control-plane join command with this certificate key
        #[arg(long, value_name = "KEY")]
        certificate_key: Option<String>,
        /// A human-friendly description of the token's use
        #[arg(long)]
        description: Option<String>,
        /// Extra groups the token authenticates as (system:bootstrappers:…)
        #[arg(long, value_delimiter = ',', default_value = DEFAULT_GROUP)]
        groups: Vec<String>,
        /// What the token may be used for
        #[arg(long, value_delimiter = ',', default_values_t = DEFAULT_USAGES.map(String::from))]
        usages: Vec<String>,
        #[command(flatten)]
        kubeconfig: KubeconfigArg,
    },
    /// List bootstrap tokens on the server
    List {
        /// Output format
        #[arg(short, long, value_enum, default_value_t)]
        output: Format,
        #[command(flatten)]
        kubeconfig: KubeconfigArg,
    },
    /// Delete bootstrap tokens on the server
    Delete {
        /// Token ids or full tokens
        #[arg(required = true)]
        tokens: Vec<String>,
        #[command(flatten)]
        kubeconfig: KubeconfigArg,
    },
}

#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
}

async fn client(root: &Path, arg: &KubeconfigArg) -> anyhow::Result<(kube::Client, PathBuf)> {
    let path = arg
        .kubeconfig
        .clone()
        .unwrap_or_else(|| Paths::new(root).kubeconfig(paths::ADMIN_CONF));
    if !path.exists() {
        anyhow::bail!(
            "{} does not exist: run this on a control-plane node, or pass --kubeconfig",
            path.display()
        );
    }
    let client = crate::controllers::client(&path).await?;
    Ok((client, path))
}

/// The join command, on one line, for `token` against the cluster `kubeconfig` points at (its
/// server and CA); with a certificate key, the control-plane one.
pub(crate) fn one_line_join_command(
    kubeconfig: &Path,
    token: &str,
    certificate_key: Option<&str>,
) -> anyhow::Result<String> {
    let creds = crate::kubeconfig::Kubeconfig::load(kubeconfig)?.credentials(kubeconfig)?;
    let hash = crate::pki::pin::ca_cert_hash(&creds.ca_pem)
        .with_context(|| format!("{}: the CA does not parse", kubeconfig.display()))?;
    let endpoint = creds
        .server
        .trim_start_matches("https://")
        .trim_end_matches('/');
    Ok(crate::phases::init::show_join_command::join_command(
        endpoint,
        token,
        &hash,
        certificate_key.map(Some),
    )
    .replace(" \\\n\t", " "))
}

pub async fn run(cmd: TokenCommand, root: PathBuf) -> anyhow::Result<()> {
    match cmd {
        TokenCommand::Generate => {
            println!("{}", BootstrapToken::generate().token());
            Ok(())
        }
        TokenCommand::Create {
            token,
            print_join_command,
            ttl,
            certificate_key,
            description,
            groups,
            usages,
            kubeconfig,
        } => {
            let mut t = BootstrapToken::generate();
            if let Some(given) = token {
                let (id, secret) =
                    BootstrapToken::parse_token(&given).map_err(anyhow::Error::msg)?;
                (t.id, t.secret) = (id, secret);
            }
            for group in &groups {
                if !group.starts_with("system:bootstrappers:") {
                    anyhow::bail!(
                        "--groups: {group:?} must start with \"system:bootstrappers:\" (the API server ignores other extra groups of bootstrap tokens)"
                    );
                }
            }
            for usage in &usages {
                if !["signing", "authentication"].contains(&usage.as_str()) {
                    anyhow::bail!("--usages: {usage:?} is not one of signing, authentication");
                }
            }
            if let Some(key) = &certificate_key {
                crate::discovery::shared_certs::parse_key(key)?;
            }
            t.ttl = ttl;
            t.description = description;
            t.groups = groups;
            t.usages = usages;
            let (client, path) = client(&root, &kubeconfig).await?;
            tokens::create_or_update(&client, &t)
                .await
                .context("cannot create the token's Secret")?;
            if print_join_command {
                let command = one_line_join_command(&path, &t.token(), certificate_key.as_deref())?;
                println!("{command}");
            } else {
                println!("{}", t.token());
            }
            Ok(())
        }
        TokenCommand::List { output, kubeconfig } => {
            let (client, _) = client(&root, &kubeconfig).await?;
            let all = tokens::list(&client).await?;
            match output {
                Format::Json => println!("{}", serde_json::to_string_pretty(&json(&all))?),
                Format::Table => print_table(&all),
            }
            Ok(())
        }
        TokenCommand::Delete {
            tokens: ids,
            kubeconfig,
        } => {
            let (client, _) = client(&root, &kubeconfig).await?;
            let api: Api<Secret> = Api::namespaced(client, tokens::NAMESPACE);
            for given in ids {
                let id = given.split_once('.').map_or(given.as_str(), |(id, _)| id);
                if id.len() != 6
                    || !id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                {
                    anyhow::bail!(
                        "{given:?} is not a token id ([a-z0-9]{{6}}) or token ([a-z0-9]{{6}}.[a-z0-9]{{16}})"
                    );
                }
                match api
                    .delete(&tokens::secret_name(id), &DeleteParams::default())
                    .await
                {
                    Ok(_) => println!("bootstrap token {id:?} deleted"),
                    Err(kube::Error::Api(e)) if e.code == 404 => {
                        anyhow::bail!(
                            "bootstrap token {id:?} does not exist (see `kubeforge token list`)"
                        )
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Ok(())
        }
    }
}

fn ttl_text(t: &StoredToken, now: jiff::Timestamp) -> (String, String) {
    match (t.ttl_left(now), t.expiration) {
        (Some(left), Some(at)) => (
            if left.is_zero() {
                "<expired>".into()
            } else {
                crate::config::duration::format(Duration::from_secs(left.as_secs()))
            },
            at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        ),
        _ => ("<forever>".into(), "<never>".into()),
    }
}

fn print_table(all: &[StoredToken]) {
    let now = jiff::Timestamp::now();
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|t| {
            let (ttl, expires) = ttl_text(t, now);
            vec![
                t.token(),
                ttl,
                expires,
                if t.usages.is_empty() {
                    "<none>".into()
                } else {
                    t.usages.join(",")
                },
                if t.description.is_empty() {
                    "<none>".into()
                } else {
                    t.description.clone()
                },
                if t.groups.is_empty() {
                    "<none>".into()
                } else {
                    t.groups.join(",")
                },
            ]
        })
        .collect();
    super::table::print(
        &[
            "TOKEN",
            "TTL",
            "EXPIRES",
            "USAGES",
            "DESCRIPTION",
            "EXTRA GROUPS",
        ],
        &rows,
    );
}

fn json(all: &[StoredToken]) -> serde_json::Value {
    let now = jiff::Timestamp::now();
    serde_json::Value::Array(
        all.iter()
            .map(|t| {
                let (ttl, expires) = ttl_text(t, now);
                serde_json::json!({
                    "token": t.token(),
                    "ttl": ttl,
                    "expires": expires,
                    "usages": t.usages,
                    "description": t.description,
                    "groups": t.groups,
                })
            })
            .collect(),
    )
}
