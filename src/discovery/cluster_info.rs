//! The `kube-public/cluster-info` ConfigMap: the CA and endpoint of the cluster, in a
//! kubeconfig anyone may read, signed by the bootstrap signer with every bootstrap token
//! (`jws-kubeconfig-<token-id>`). A joining node reads it before it trusts anything, then
//! trusts it only if the token's signature matches *and* the CA's public key is pinned by a
//! `--discovery-token-ca-cert-hash` (kubeadm's token discovery).

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use k8s_openapi::api::core::v1::ConfigMap;

use super::{Error, Result};
use crate::controllers::bootstrap_tokens::detached_signature;
use crate::kubeconfig::client::ApiClient;
use crate::kubeconfig::{Cluster, Kubeconfig, NamedCluster};

pub const NAMESPACE: &str = "kube-public";
pub const NAME: &str = "cluster-info";
pub const PATH: &str = "/api/v1/namespaces/kube-public/configmaps/cluster-info";
const SIGNATURE_PREFIX: &str = "jws-kubeconfig-";

/// What discovery establishes: where the cluster is and which CA to trust.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClusterInfo {
    /// `https://host:port`, the cluster's endpoint as init published it.
    pub server: String,
    pub ca_pem: String,
}

/// The kubeconfig published in cluster-info: one unnamed cluster, no users (kubeadm's shape).
pub fn kubeconfig_yaml(server: &str, ca_pem: &str) -> String {
    let config = Kubeconfig {
        api_version: "v1".into(),
        kind: "Config".into(),
        clusters: vec![NamedCluster {
            name: String::new(),
            cluster: Cluster {
                server: server.to_owned(),
                certificate_authority_data: Some(STANDARD.encode(ca_pem)),
                certificate_authority: None,
            },
        }],
        ..Default::default()
    };
    serde_saphyr::to_string(&config).expect("a kubeconfig serializes")
}

/// Reads the cluster out of a kubeconfig's first cluster entry.
pub fn from_kubeconfig(config: &Kubeconfig, origin: &str) -> Result<ClusterInfo> {
    let cluster = config
        .clusters
        .first()
        .ok_or_else(|| Error::Discovery(format!("{origin} names no cluster")))?;
    let ca_b64 = cluster
        .cluster
        .certificate_authority_data
        .as_deref()
        .ok_or_else(|| {
            Error::Discovery(format!("{origin} carries no certificate-authority-data"))
        })?;
    let ca = STANDARD
        .decode(ca_b64.trim())
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| {
            Error::Discovery(format!(
                "{origin}: certificate-authority-data is not base64 PEM"
            ))
        })?;
    Ok(ClusterInfo {
        server: cluster.cluster.server.clone(),
        ca_pem: ca,
    })
}

/// How the joining node decides to trust the CA it discovers.
#[derive(Clone, Debug)]
pub enum CaTrust {
    /// `--discovery-token-ca-cert-hash` values: the CA's key must match one.
    Pins(Vec<String>),
    /// `--discovery-token-unsafe-skip-ca-verification`.
    Unsafe,
}

/// Token discovery against `endpoint` (`host:port`): fetch cluster-info without trusting the
/// server, check the token's signature and the CA pin, then fetch it again over TLS verified
/// with that CA and require the same content.
/// The cluster may not be reachable yet, or not have signed cluster-info with a token just
/// created: both are retried (kubeadm's discovery does the same) until `timeout`; a wrong
/// signature or an unpinned CA fails at once.
pub async fn discover(
    endpoint: &str,
    token_id: &str,
    token_secret: &str,
    trust: &CaTrust,
    timeout: Duration,
) -> Result<ClusterInfo> {
    let server = format!("https://{endpoint}");
    let insecure = crate::tls::insecure_client_config(None).map_err(Error::tls)?;
    let client = ApiClient::new(&server, insecure)
        .map_err(Error::client(&server))?
        .with_timeout(Duration::from_secs(10));
    let deadline = std::time::Instant::now() + timeout;
    let (kubeconfig, signature) = loop {
        let attempt = async {
            let configmap = fetch(&client, &server).await?;
            let mut data = configmap.data.unwrap_or_default();
            let kubeconfig = data.remove("kubeconfig").ok_or_else(|| {
                Error::Discovery(format!(
                    "{server}: the cluster-info ConfigMap has no kubeconfig"
                ))
            })?;
            let signature = data.remove(&format!("{SIGNATURE_PREFIX}{token_id}")).ok_or_else(|| {
                Error::Discovery(format!(
                    "the cluster-info ConfigMap at {server} has no signature for token id {token_id:?}: the token does not exist or has expired; create a new one on a control-plane node with `kubeforge token create --print-join-command`"
                ))
            })?;
            Ok::<_, Error>((kubeconfig, signature))
        };
        match attempt.await {
            Ok(found) => break found,
            Err(e @ (Error::Client { .. } | Error::Discovery(_)))
                if std::time::Instant::now() < deadline =>
            {
                tracing::info!(error = %e, "discovery: retrying");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => return Err(e),
        }
    };
    let kubeconfig = &kubeconfig;
    let expected = detached_signature(kubeconfig, token_id, token_secret);
    if !constant_time_eq(expected.as_bytes(), signature.as_bytes()) {
        return Err(Error::Discovery(format!(
            "the cluster-info signature for token id {token_id:?} does not match the token's secret: check the --token value (nothing was changed on this node)"
        )));
    }
    let parsed: Kubeconfig = serde_saphyr::from_str(kubeconfig).map_err(|e| {
        Error::Discovery(format!("the cluster-info kubeconfig does not parse: {e}"))
    })?;
    let info = from_kubeconfig(&parsed, "the cluster-info kubeconfig")?;
    check_pin(&info.ca_pem, trust)?;

    // Now that the CA is trusted, read cluster-info again over verified TLS.
    let tls = crate::tls::client_config(&info.ca_pem, None).map_err(Error::tls)?;
    let secure = ApiClient::new(&server, tls)
        .map_err(Error::client(&server))?
        .with_timeout(Duration::from_secs(10));
    let again = fetch(&secure, &server).await?;
    if again.data.unwrap_or_default().get("kubeconfig") != Some(kubeconfig) {
        return Err(Error::Discovery(format!(
            "{server} served a different cluster-info over verified TLS: refusing to continue"
        )));
    }
    Ok(info)
}

async fn fetch(client: &ApiClient, server: &str) -> Result<ConfigMap> {
    let response = client.get(PATH).await.map_err(Error::client(server))?;
    if !response.status.is_success() {
        return Err(Error::Discovery(format!(
            "{server} answered {} for the cluster-info ConfigMap: {}",
            response.status,
            response.text().trim()
        )));
    }
    serde_json::from_slice(&response.body)
        .map_err(|e| Error::Discovery(format!("{server}: cluster-info is not a ConfigMap: {e}")))
}

/// One of the CA's certificates must be pinned by one of the hashes (kubeadm's public-key
/// pinning; during a CA rotation cluster-info carries the old and the new CA).
pub fn check_pin(ca_pem: &str, trust: &CaTrust) -> Result<()> {
    let CaTrust::Pins(pins) = trust else {
        return Ok(());
    };
    let actual: Vec<String> = crate::pki::ca_rotation::split_pem(ca_pem)
        .iter()
        .filter_map(|c| crate::pki::pin::ca_cert_hash(c))
        .collect();
    if actual.is_empty() {
        return Err(Error::Discovery(
            "the discovered CA is not a valid certificate".into(),
        ));
    }
    if actual
        .iter()
        .any(|a| pins.iter().any(|p| p.eq_ignore_ascii_case(a)))
    {
        return Ok(());
    }
    Err(Error::Discovery(format!(
        "the cluster CA's public key {} is not pinned by --discovery-token-ca-cert-hash ({}): check the hash printed by `kubeforge init` or `kubeforge token create --print-join-command` (nothing was changed on this node)",
        actual.join(" / "),
        pins.join(", ")
    )))
}

/// Validates the form of a pin (`sha256:` and 64 hex digits).
pub fn validate_pin(pin: &str) -> Result<()> {
    let hex = pin.strip_prefix("sha256:").unwrap_or("");
    if hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(Error::Discovery(format!(
            "invalid --discovery-token-ca-cert-hash {pin:?}: expected sha256:<64 hex digits>"
        )))
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ca_pem() -> String {
        let key = rcgen::KeyPair::generate().unwrap();
        let params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.self_signed(&key).unwrap().pem()
    }

    #[test]
    fn kubeconfig_round_trips() {
        let ca = ca_pem();
        let yaml = kubeconfig_yaml("https://127.0.0.1:6443", &ca);
        let parsed: Kubeconfig = serde_saphyr::from_str(&yaml).unwrap();
        let info = from_kubeconfig(&parsed, "test").unwrap();
        assert_eq!(info.server, "https://127.0.0.1:6443");
        assert_eq!(info.ca_pem, ca);
    }

    #[test]
    fn pins_are_checked() {
        let ca = ca_pem();
        let pin = crate::pki::pin::ca_cert_hash(&ca).unwrap();
        check_pin(&ca, &CaTrust::Pins(vec![pin.clone()])).unwrap();
        check_pin(&ca, &CaTrust::Unsafe).unwrap();
        let other = crate::pki::pin::ca_cert_hash(&ca_pem()).unwrap();
        let err = check_pin(&ca, &CaTrust::Pins(vec![other.clone()])).unwrap_err();
        assert!(err.to_string().contains(&pin), "{err}");
        // A bundle (a CA rotation in progress) passes when any of its CAs is pinned.
        let both = crate::pki::ca_rotation::bundle(&[&ca, &ca_pem()]);
        check_pin(&both, &CaTrust::Pins(vec![pin.clone()])).unwrap();
        assert!(check_pin(&both, &CaTrust::Pins(vec![other])).is_err());
        validate_pin(&pin).unwrap();
        assert!(validate_pin("sha256:abc").is_err());
    }
}
