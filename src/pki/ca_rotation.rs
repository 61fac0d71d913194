//! Cluster CA rotation, as files on one master: the three stages that replace the cluster CA
//! (with the front-proxy and etcd CAs, and the service-account key) without a moment where two
//! live components distrust each other. `kubeforge certs rotate-ca` moves every node through them in order, one master at a
//! time, and each node's agent applies them here (see `agent::ca_rotation`):
//!
//! 1. `trust`: every trust bundle holds the old and the new CA (`ca.crt` = old + new, every
//!    kubeconfig's certificate-authority-data too), and `sa.pub` gains the new public key. Old
//!    certificates still sign and serve; anything the new CA signs is already accepted.
//! 2. `reissue`: the new CA signs (`ca.crt` = new + old, `ca.key` = new): the API server's
//!    certificates (and the front-proxy client's, by the new front-proxy CA) and every
//!    kubeconfig's client certificate are reissued by it (same keys),
//!    and service-account tokens are signed with the new key.
//! 3. `finish`: the old CA is trusted nowhere (`ca.crt` = new). The old service-account public
//!    key stays in `sa.pub`, so tokens issued before the rotation keep working until they
//!    expire.
//!
//! Each stage is computed from the rotation's material alone, never from what the files hold
//! now, so applying one again (an interrupted rotation resumed) is harmless.

use std::collections::BTreeMap;
use std::path::Path;

use super::renew::{self, RenewOptions, Target};
use super::table::{self, SA_KEY, SA_PUB};
use super::{CertAuthority, Error, Result, read, write};
use crate::fsutil::{MODE_PUBLIC, MODE_SECRET};
use crate::kubeconfig::{KUBECONFIGS, Kubeconfig};

/// The Secret (kube-system) that carries the new CA and service-account key to every master
/// while a rotation runs; deleted when it finishes.
pub const SECRET: &str = "kubeforge-ca-rotation";
/// On a Node: the rotation stage it should be at, `<rotation id>/<stage>`; set by
/// `certs rotate-ca`.
pub const DESIRED_ANNOTATION: &str = "kubeforge.io/ca-rotation";
/// On a Node: the stage its agent has applied, same form; set by the agent.
pub const APPLIED_ANNOTATION: &str = "kubeforge.io/ca-rotation-applied";
/// On a Node: why its agent could not apply the desired stage (removed once it could).
pub const ERROR_ANNOTATION: &str = "kubeforge.io/ca-rotation-error";
/// On the Secret: the rotation's id (the new CA's public-key pin, shortened).
pub const ID_ANNOTATION: &str = "kubeforge.io/ca-rotation-id";

/// The CAs a rotation can replace (rows of the certificate table): the cluster CA always, the
/// front-proxy and (local) etcd CAs when staged or generated.
pub const ROTATABLE: [&str; 3] = ["ca", "front-proxy-ca", "etcd-ca"];
/// The key of the new service-account key in the Secret's data.
pub const NEW_SA_KEY: &str = "sa.key";

/// In order: a node at a later stage is past the earlier ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Trust,
    Reissue,
    Finish,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::Trust, Stage::Reissue, Stage::Finish];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Trust => "trust",
            Stage::Reissue => "reissue",
            Stage::Finish => "finish",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|stage| stage.as_str() == s)
    }
}

/// `<id>/<stage>`, the value of the desired and applied annotations.
pub fn marker(id: &str, stage: Stage) -> String {
    format!("{id}/{}", stage.as_str())
}

/// Splits a marker; `None` when it is not one.
pub fn parse_marker(value: &str) -> Option<(&str, Stage)> {
    let (id, stage) = value.rsplit_once('/')?;
    Some((id, Stage::parse(stage)?))
}

/// Whether an applied marker shows rotation `id` at `stage` or past it.
pub fn reached(applied: Option<&str>, id: &str, stage: Stage) -> bool {
    applied
        .and_then(parse_marker)
        .is_some_and(|(rid, at)| rid == id && at >= stage)
}

/// The id of a rotation to `new_ca_pem`: the first 16 hex digits of its public-key pin.
pub fn rotation_id(new_ca_pem: &str) -> Option<String> {
    let pin = super::pin::ca_cert_hash(new_ca_pem)?;
    Some(pin.trim_start_matches("sha256:")[..16].to_owned())
}

/// One CA a rotation replaces (PEM).
#[derive(Clone)]
pub struct CaChange {
    /// Its row in the certificate table (`ca`, `front-proxy-ca`).
    pub ca: &'static str,
    pub new_cert: String,
    pub new_key: String,
    pub old_cert: String,
}

/// What a rotation replaces: one or more CAs, and the service-account key.
#[derive(Clone)]
pub struct Material {
    pub cas: Vec<CaChange>,
    pub new_sa_key: String,
}

impl Material {
    /// The cluster CA's change (every rotation has one).
    pub fn cluster_ca(&self) -> &CaChange {
        self.cas
            .iter()
            .find(|c| c.ca == "ca")
            .expect("a rotation always replaces the cluster CA")
    }

    /// Checks that the pieces fit: each new CA is a CA with its key and differs from the old
    /// one, and the service-account key parses. `origin` names where they came from, for
    /// errors.
    pub fn validate(&self, origin: &Path) -> Result<()> {
        if !self.cas.iter().any(|c| c.ca == "ca") {
            return Err(Error::Mismatch {
                path: origin.join("ca.crt"),
                reason: "it is missing: a rotation replaces the cluster CA".into(),
            });
        }
        for c in &self.cas {
            let spec = table::spec(c.ca).expect("rotatable CAs are in the table");
            let (cert, key) = (spec.cert_path(origin), spec.key_path(origin));
            CertAuthority::from_pem(&c.new_cert, &c.new_key, &cert, &key)?;
            if super::pin::ca_cert_hash(&c.new_cert) == super::pin::ca_cert_hash(&c.old_cert) {
                return Err(Error::Mismatch {
                    path: cert,
                    reason: "it has the same key as the CA in use: a rotation needs a new CA"
                        .into(),
                });
            }
        }
        rcgen::KeyPair::from_pem(&self.new_sa_key).map_err(|e| Error::Invalid {
            path: origin.join(SA_KEY),
            what: "private key",
            message: e.to_string(),
        })?;
        Ok(())
    }

    /// Whether the etcd CA is replaced: etcd reads its trusted CAs only at start, so the
    /// members restart (one master at a time) when the trust changes.
    pub fn replaces_etcd_ca(&self) -> bool {
        self.cas.iter().any(|c| c.ca == "etcd-ca")
    }

    /// The Secret's data: `<ca>.crt`, `<ca>.key`, `old-<ca>.crt` per CA, and `sa.key`.
    pub fn to_data(&self) -> BTreeMap<String, String> {
        let mut data = BTreeMap::new();
        for c in &self.cas {
            data.insert(format!("{}.crt", c.ca), c.new_cert.clone());
            data.insert(format!("{}.key", c.ca), c.new_key.clone());
            data.insert(format!("old-{}.crt", c.ca), c.old_cert.clone());
        }
        data.insert(NEW_SA_KEY.to_owned(), self.new_sa_key.clone());
        data
    }

    /// Reads `to_data`'s form back.
    pub fn from_data(data: &BTreeMap<String, String>) -> std::result::Result<Self, String> {
        let field = |key: &str| {
            data.get(key)
                .cloned()
                .ok_or_else(|| format!("the rotation's Secret has no {key:?}"))
        };
        let mut cas = Vec::new();
        for ca in ROTATABLE {
            if ca != "ca" && !data.contains_key(&format!("{ca}.crt")) {
                continue;
            }
            cas.push(CaChange {
                ca,
                new_cert: field(&format!("{ca}.crt"))?,
                new_key: field(&format!("{ca}.key"))?,
                old_cert: field(&format!("old-{ca}.crt"))?,
            });
        }
        Ok(Material {
            cas,
            new_sa_key: field(NEW_SA_KEY)?,
        })
    }
}

/// PEM certificates one after the other, each once, in the order given.
pub fn bundle(pems: &[&str]) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    for pem in pems {
        for block in split_pem(pem) {
            if !seen.contains(&block) {
                out.push_str(&block);
                seen.push(block);
            }
        }
    }
    out
}

/// The PEM blocks of a text, each ending with a newline.
pub fn split_pem(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        current.push_str(line);
        current.push('\n');
        if line.starts_with("-----END ") {
            blocks.push(std::mem::take(&mut current));
        }
    }
    blocks
}

/// The kubeconfigs of this node that embed the cluster CA.
fn kubeconfigs(kubernetes_dir: &Path) -> Vec<std::path::PathBuf> {
    KUBECONFIGS
        .iter()
        .map(|k| kubernetes_dir.join(k.file))
        .filter(|p| p.exists())
        .collect()
}

/// Replaces the certificate-authority-data of every cluster in a kubeconfig.
pub fn set_kubeconfig_ca(path: &Path, ca_pem: &str) -> Result<()> {
    let invalid = |message: String| Error::Invalid {
        path: path.to_owned(),
        what: "kubeconfig",
        message,
    };
    let mut config = Kubeconfig::load(path).map_err(|e| invalid(e.to_string()))?;
    config.set_certificate_authority(ca_pem);
    config.write(path).map_err(|e| invalid(e.to_string()))
}

/// The static Pods that read what a stage rewrites only when they start.
pub const RESTARTED: [&str; 3] = [
    "kube-apiserver",
    "kube-controller-manager",
    "kube-scheduler",
];

/// Applies `stage` to a master's certificates directory and kubeconfigs. The caller restarts
/// the `RESTARTED` static Pods afterwards.
pub fn apply_on_master(
    stage: Stage,
    m: &Material,
    pki_dir: &Path,
    kubernetes_dir: &Path,
    opts: &RenewOptions,
) -> Result<()> {
    let new_sa = rcgen::KeyPair::from_pem(&m.new_sa_key).map_err(|e| Error::Invalid {
        path: pki_dir.join(SA_KEY),
        what: "private key",
        message: e.to_string(),
    })?;
    let sa_pub = pki_dir.join(SA_PUB);
    match stage {
        // Verifies with both keys; the old one keeps signing.
        Stage::Trust => {
            let keys = bundle(&[&read(&sa_pub)?, &new_sa.public_key_pem()]);
            write(&sa_pub, &keys, MODE_PUBLIC)?;
        }
        Stage::Reissue => {
            // The new key first: it is the one that signs from now on.
            let keys = bundle(&[&new_sa.public_key_pem(), &read(&sa_pub)?]);
            write(&sa_pub, &keys, MODE_PUBLIC)?;
            write(&pki_dir.join(SA_KEY), &m.new_sa_key, MODE_SECRET)?;
        }
        // The old key stays: tokens it signed keep working until they expire.
        Stage::Finish => {}
    }
    let mut reissue = Vec::new();
    for c in &m.cas {
        let spec = table::spec(c.ca).expect("rotatable CAs are in the table");
        let cert = spec.cert_path(pki_dir);
        // The first certificate of a CA file is the one its key belongs to: the one that signs.
        let trusted = match stage {
            Stage::Trust => bundle(&[&c.old_cert, &c.new_cert]),
            Stage::Reissue => bundle(&[&c.new_cert, &c.old_cert]),
            Stage::Finish => bundle(&[&c.new_cert]),
        };
        write(&cert, &trusted, MODE_PUBLIC)?;
        if stage == Stage::Reissue {
            write(&spec.key_path(pki_dir), &c.new_key, MODE_SECRET)?;
            reissue.extend(
                table::CERTS
                    .iter()
                    .filter(|s| s.ca == Some(c.ca) && s.cert_path(pki_dir).exists())
                    .map(Target::Cert),
            );
            if c.ca == "ca" {
                reissue.extend(
                    KUBECONFIGS
                        .iter()
                        .filter(|k| kubernetes_dir.join(k.file).exists())
                        .map(|k| Target::Kubeconfig(k.file)),
                );
            }
        }
        if c.ca == "ca" {
            for path in kubeconfigs(kubernetes_dir) {
                set_kubeconfig_ca(&path, &trusted)?;
            }
        }
    }
    if !reissue.is_empty() {
        renew::renew(&reissue, pki_dir, kubernetes_dir, opts)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pki::KeyAlgorithm;
    use crate::pki::inspect::ParsedCert;
    use std::time::Duration;

    fn new_ca() -> (String, String) {
        let (ca, key) = CertAuthority::create(
            "kubernetes",
            Duration::from_secs(3600),
            KeyAlgorithm::EcdsaP256,
        )
        .unwrap();
        (ca.cert_pem().to_owned(), key)
    }

    #[test]
    fn bundles_keep_order_and_drop_duplicates() {
        let (a, _) = new_ca();
        let (b, _) = new_ca();
        let ab = bundle(&[&a, &b]);
        assert_eq!(split_pem(&ab).len(), 2);
        assert!(ab.starts_with(split_pem(&a)[0].as_str()));
        assert_eq!(bundle(&[&ab, &b, &a]), ab);
        assert_eq!(bundle(&[&b, &ab]), bundle(&[&b, &a]));
    }

    #[test]
    fn markers_round_trip() {
        for stage in Stage::ALL {
            let m = marker("0123abcd", stage);
            assert_eq!(parse_marker(&m), Some(("0123abcd", stage)));
        }
        assert_eq!(parse_marker("x/other"), None);
        assert!(reached(Some("a/finish"), "a", Stage::Trust));
        assert!(reached(Some("a/trust"), "a", Stage::Trust));
        assert!(!reached(Some("a/trust"), "a", Stage::Reissue));
        assert!(!reached(Some("b/finish"), "a", Stage::Trust));
        assert!(!reached(None, "a", Stage::Trust));
        assert_eq!(parse_marker("nothing"), None);
    }

    fn verifies(cert_pem: &str, ca_pem: &str) -> bool {
        let cert = ParsedCert::from_pem(cert_pem).unwrap();
        let ca = ParsedCert::from_pem(ca_pem).unwrap();
        cert.verify_signed_by(&ca).is_ok()
    }

    fn kubeconfig_ca_and_cert(path: &Path) -> (String, String) {
        let c = Kubeconfig::load(path).unwrap().credentials(path).unwrap();
        (c.ca_pem, c.client_cert_pem.unwrap())
    }

    /// A real node's PKI and kubeconfigs through the three stages.
    #[test]
    fn stages_move_trust_then_signing_then_drop_the_old_ca() {
        let mut docs = crate::config::load::parse_init_documents("", "test").unwrap();
        docs.init.node_registration.name = Some("node-a".into());
        docs.init.local_api_endpoint.advertise_address = Some("127.0.0.9".into());
        crate::config::set_defaults(&mut docs).unwrap();
        let cfg = crate::config::resolve(&docs).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let (pki, kdir) = (dir.path().join("pki"), dir.path().to_owned());
        let ctx = table::SanContext {
            node_name: &cfg.node_name,
            advertise_address: cfg.advertise_address,
            cluster: &cfg.cluster,
        };
        table::generate_all(&ctx, &pki).unwrap();
        for k in KUBECONFIGS {
            k.ensure(&cfg, &pki, &kdir.join(k.file)).unwrap();
        }
        let old = read(&pki.join("ca.crt")).unwrap();
        let old_sa_pub = read(&pki.join(SA_PUB)).unwrap();
        let (new, new_key) = new_ca();
        let sa = KeyAlgorithm::EcdsaP256.generate().unwrap();
        let old_proxy = read(&pki.join("front-proxy-ca.crt")).unwrap();
        let (new_proxy, new_proxy_key) = new_ca();
        let old_etcd = read(&pki.join("etcd/ca.crt")).unwrap();
        let (new_etcd, new_etcd_key) = new_ca();
        let etcd_client = || read(&pki.join("apiserver-etcd-client.crt")).unwrap();
        let m = Material {
            cas: vec![
                CaChange {
                    ca: "ca",
                    new_cert: new.clone(),
                    new_key,
                    old_cert: old.clone(),
                },
                CaChange {
                    ca: "front-proxy-ca",
                    new_cert: new_proxy.clone(),
                    new_key: new_proxy_key,
                    old_cert: old_proxy.clone(),
                },
                CaChange {
                    ca: "etcd-ca",
                    new_cert: new_etcd.clone(),
                    new_key: new_etcd_key,
                    old_cert: old_etcd.clone(),
                },
            ],
            new_sa_key: sa.serialize_pem(),
        };
        assert_eq!(
            Material::from_data(&m.to_data()).unwrap().to_data(),
            m.to_data()
        );
        let proxy_client = || read(&pki.join("front-proxy-client.crt")).unwrap();
        let opts = RenewOptions {
            new_key: false,
            validity: Duration::from_secs(3600),
            algorithm: KeyAlgorithm::EcdsaP256,
            backup_dir: dir.path().join("backup"),
        };
        let admin = kdir.join("admin.conf");
        let apiserver = || read(&pki.join("apiserver.crt")).unwrap();

        apply_on_master(Stage::Trust, &m, &pki, &kdir, &opts).unwrap();
        assert_eq!(read(&pki.join("ca.crt")).unwrap(), bundle(&[&old, &new]));
        let (ca, cert) = kubeconfig_ca_and_cert(&admin);
        assert_eq!(ca, bundle(&[&old, &new]));
        assert!(verifies(&cert, &old) && verifies(&apiserver(), &old));
        assert!(verifies(&proxy_client(), &old_proxy));
        assert_eq!(
            read(&pki.join("etcd/ca.crt")).unwrap(),
            bundle(&[&old_etcd, &new_etcd])
        );
        assert!(verifies(&etcd_client(), &old_etcd));
        assert_eq!(
            read(&pki.join("front-proxy-ca.crt")).unwrap(),
            bundle(&[&old_proxy, &new_proxy])
        );
        assert_eq!(split_pem(&read(&pki.join(SA_PUB)).unwrap()).len(), 2);
        // The old CA still signs.
        CertAuthority::load(&pki.join("ca.crt"), &pki.join("ca.key")).unwrap();

        apply_on_master(Stage::Reissue, &m, &pki, &kdir, &opts).unwrap();
        // Applying a stage again changes nothing that matters (a resumed rotation).
        apply_on_master(Stage::Reissue, &m, &pki, &kdir, &opts).unwrap();
        assert_eq!(read(&pki.join("ca.crt")).unwrap(), bundle(&[&new, &old]));
        let (ca, cert) = kubeconfig_ca_and_cert(&admin);
        assert_eq!(ca, bundle(&[&new, &old]));
        assert!(verifies(&cert, &new) && verifies(&apiserver(), &new));
        assert!(verifies(&proxy_client(), &new_proxy));
        assert!(verifies(&etcd_client(), &new_etcd));
        assert!(verifies(
            &read(&pki.join("etcd/peer.crt")).unwrap(),
            &new_etcd
        ));
        assert!(
            Material::from_data(&m.to_data())
                .unwrap()
                .replaces_etcd_ca()
        );
        let (_, kubelet) = kubeconfig_ca_and_cert(&kdir.join("kubelet.conf"));
        assert!(verifies(&kubelet, &new));
        assert_eq!(read(&pki.join(SA_KEY)).unwrap(), sa.serialize_pem());
        let sa_pub = read(&pki.join(SA_PUB)).unwrap();
        assert!(sa_pub.starts_with(&sa.public_key_pem()) && sa_pub.contains(old_sa_pub.trim()));
        assert!(dir.path().join("backup").exists());

        apply_on_master(Stage::Finish, &m, &pki, &kdir, &opts).unwrap();
        assert_eq!(read(&pki.join("ca.crt")).unwrap(), bundle(&[&new]));
        assert_eq!(kubeconfig_ca_and_cert(&admin).0, bundle(&[&new]));
        assert_eq!(
            read(&pki.join("front-proxy-ca.crt")).unwrap(),
            bundle(&[&new_proxy])
        );
        assert_eq!(
            read(&pki.join("etcd/ca.crt")).unwrap(),
            bundle(&[&new_etcd])
        );
        assert_eq!(split_pem(&read(&pki.join(SA_PUB)).unwrap()).len(), 2);
        CertAuthority::load(&pki.join("ca.crt"), &pki.join("ca.key")).unwrap();
    }

    #[test]
    fn material_is_checked() {
        let (old, _) = new_ca();
        let (new, new_key) = new_ca();
        let (_, other_key) = new_ca();
        let sa = KeyAlgorithm::EcdsaP256.generate().unwrap().serialize_pem();
        let change = CaChange {
            ca: "ca",
            new_cert: new.clone(),
            new_key: new_key.clone(),
            old_cert: old.clone(),
        };
        let with = |change: CaChange| Material {
            cas: vec![change],
            new_sa_key: sa.clone(),
        };
        with(change.clone()).validate(Path::new("/staged")).unwrap();
        let wrong_key = with(CaChange {
            new_key: other_key,
            ..change.clone()
        });
        let e = wrong_key.validate(Path::new("/staged")).unwrap_err();
        assert!(e.to_string().contains("/staged/ca.key"), "{e}");
        let no_cluster_ca = with(CaChange {
            ca: "front-proxy-ca",
            ..change.clone()
        });
        let e = no_cluster_ca.validate(Path::new("/staged")).unwrap_err();
        assert!(e.to_string().contains("/staged/ca.crt"), "{e}");
        let same = with(CaChange {
            old_cert: new.clone(),
            ..change.clone()
        });
        let e = same.validate(Path::new("/staged")).unwrap_err();
        assert!(e.to_string().contains("same key"), "{e}");
    }
}
