//! This node's etcd member, as its static Pod manifest runs it: the manifest is the truth of
//! the flags (name, data directory, URLs) whatever configuration produced it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use etcd_client::Client;

use super::{Error, Result};
use crate::config::Paths;
use crate::etcd::{ClientTls, HealthClient};

#[derive(Clone, Debug)]
pub struct LocalMember {
    pub name: String,
    /// The etcd binary the manifest runs.
    pub binary: PathBuf,
    pub data_dir: PathBuf,
    pub client_url: String,
    pub peer_url: String,
    /// `--flag=value` pairs of the manifest's command.
    pub flags: BTreeMap<String, String>,
    pki_dir: PathBuf,
}

impl LocalMember {
    /// Reads `<root>/etc/kubernetes/manifests/etcd.yaml`.
    pub fn from_manifest(paths: &Paths) -> Result<Self> {
        let manifest = paths.manifest("etcd");
        let text = match std::fs::read_to_string(&manifest) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::Member(format!(
                    "{} does not exist: this node runs no local etcd member (initialise it with `kubeforge init`, or pass the node's --root-dir; an external etcd is backed up with its own tools)",
                    manifest.display()
                )));
            }
            Err(source) => {
                return Err(Error::Io {
                    path: manifest,
                    source,
                });
            }
        };
        Self::parse(&text, &manifest, paths.pki_dir())
    }

    fn parse(text: &str, manifest: &Path, pki_dir: &Path) -> Result<Self> {
        let bad = |m: String| Error::Member(format!("{}: {m}", manifest.display()));
        let pod = crate::staticpod::parse_manifest(text).map_err(bad)?;
        let command = pod
            .spec
            .as_ref()
            .and_then(|s| s.containers.first())
            .and_then(|c| c.command.clone())
            .unwrap_or_default();
        let flags: BTreeMap<String, String> = command
            .iter()
            .filter_map(|a| a.strip_prefix("--"))
            .filter_map(|a| a.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        let flag = |k: &str| {
            flags
                .get(k)
                .cloned()
                .ok_or_else(|| bad(format!("the etcd command has no --{k}")))
        };
        let first = |v: String| v.split(',').next().unwrap_or_default().to_owned();
        Ok(LocalMember {
            name: flag("name")?,
            binary: PathBuf::from(command.first().cloned().unwrap_or_default()),
            data_dir: PathBuf::from(flag("data-dir")?),
            client_url: first(flag("advertise-client-urls")?),
            peer_url: first(flag("initial-advertise-peer-urls")?),
            pki_dir: pki_dir.to_owned(),
            flags,
        })
    }

    /// The client certificate the API server uses for etcd, and the etcd CA.
    pub fn client_tls(&self) -> Result<ClientTls> {
        ClientTls::apiserver_client(&self.pki_dir).map_err(|(path, e)| super::io_error(path)(e))
    }

    /// An mTLS client for this member alone.
    pub async fn connect(&self) -> Result<Client> {
        let tls = self.client_tls()?;
        // No request timeout: a snapshot stream of a large database takes as long as it takes.
        let options = HealthClient::connect_options(Some(&tls));
        Client::connect([self.client_url.as_str()], Some(options))
            .await
            .map_err(|e| self.etcd_error(e))
    }

    pub fn etcd_error(&self, e: impl std::fmt::Display) -> Error {
        Error::Etcd {
            endpoint: self.client_url.clone(),
            message: e.to_string(),
        }
    }

    /// Whether the member answers a linearizable read now (a quorum exists).
    pub async fn is_healthy(&self) -> bool {
        let Ok(tls) = self.client_tls() else {
            return false;
        };
        HealthClient::new(vec![self.client_url.clone()], Some(tls))
            .check(Duration::from_secs(3))
            .await
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_flags_of_the_manifest() {
        let text = r#"apiVersion: v1
kind: Pod
metadata:
  name: etcd
  namespace: kube-system
spec:
  containers:
  - name: etcd
    command:
    - /usr/bin/etcd
    - --name=node-a
    - --data-dir=/tmp/n/var/lib/etcd
    - --advertise-client-urls=https://127.0.0.5:2379
    - --initial-advertise-peer-urls=https://127.0.0.5:2380
"#;
        let m = LocalMember::parse(text, Path::new("etcd.yaml"), Path::new("/pki")).unwrap();
        assert_eq!(m.name, "node-a");
        assert_eq!(m.data_dir, Path::new("/tmp/n/var/lib/etcd"));
        assert_eq!(m.client_url, "https://127.0.0.5:2379");
        assert_eq!(m.peer_url, "https://127.0.0.5:2380");
        let err = LocalMember::parse(
            &text.replace("    - --name=node-a\n", ""),
            Path::new("etcd.yaml"),
            Path::new("/pki"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("no --name"), "{err}");
    }
}
