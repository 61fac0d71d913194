//! Configuration: kubeadm's v1beta4 documents, their defaults, validation, and the resolved,
//! typed settings every phase works from. Flags override the file; the file overrides defaults.

pub mod bootstrap_token;
pub mod duration;
pub mod load;
pub mod paths;
pub mod v1beta4;
mod validate;

use std::net::{IpAddr, Ipv4Addr, UdpSocket};
use std::path::{Path, PathBuf};
use std::time::Duration;

use ipnet::IpNet;

use crate::pki::KeyAlgorithm;
use crate::version;
pub use bootstrap_token::BootstrapToken;
use duration::GoDuration;
pub use paths::Paths;
use v1beta4::{ClusterConfiguration, InitConfiguration};

pub const DEFAULT_BIND_PORT: u16 = 6443;
pub const DEFAULT_SERVICE_SUBNET: &str = "10.96.0.0/12";
pub const DEFAULT_DNS_DOMAIN: &str = "cluster.local";
pub const DEFAULT_CLUSTER_NAME: &str = "kubernetes";
pub const DEFAULT_CERT_VALIDITY: Duration = Duration::from_secs(365 * 24 * 3600);
pub const DEFAULT_CA_VALIDITY: Duration = Duration::from_secs(10 * 365 * 24 * 3600);
/// kubeadm's `timeouts.controlPlaneComponentHealthCheck` default.
pub const DEFAULT_HEALTH_CHECK_TIMEOUT: Duration = Duration::from_secs(4 * 60);

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read configuration file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{origin}: document {document} (starting at line {first_line}): {message}")]
    Parse {
        origin: String,
        document: usize,
        first_line: usize,
        message: String,
    },
    #[error(
        "{origin}: document {document} has kind {kind:?} (apiVersion {api_version:?}); kubeforge {command} reads {expected}"
    )]
    UnknownKind {
        origin: String,
        document: usize,
        kind: String,
        api_version: String,
        command: &'static str,
        expected: &'static str,
    },
    #[error("{origin}: {message}")]
    Missing { origin: String, message: String },
    #[error("{origin}: {kind} appears more than once")]
    DuplicateKind { origin: String, kind: String },
    #[error(
        "{origin}: {kind} has apiVersion {api_version:?}; kubeforge reads {}",
        v1beta4::API_VERSION
    )]
    UnsupportedApiVersion {
        origin: String,
        kind: String,
        api_version: String,
    },
    #[error("invalid configuration: {field}: {message}")]
    Invalid { field: String, message: String },
    #[error("cannot serialize configuration: {0}")]
    Serialize(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

fn invalid(field: &str, message: impl Into<String>) -> Error {
    Error::Invalid {
        field: field.to_owned(),
        message: message.into(),
    }
}

/// Settings for one node's `init`, resolved and validated.
#[derive(Clone, Debug)]
pub struct InitConfig {
    pub node_name: String,
    pub advertise_address: IpAddr,
    pub bind_port: u16,
    pub ignore_preflight_errors: Vec<String>,
    pub skip_phases: Vec<String>,
    pub bootstrap_tokens: Vec<BootstrapToken>,
    pub control_plane_health_timeout: Duration,
    pub cluster: ClusterConfig,
}

/// Settings shared by every master of the cluster.
#[derive(Clone, Debug)]
pub struct ClusterConfig {
    pub cluster_name: String,
    pub control_plane_endpoint: Option<HostPort>,
    /// As seen from inside the root, e.g. `/etc/kubernetes/pki`.
    pub certificates_dir: PathBuf,
    pub etcd: EtcdConfig,
    pub service_subnet: IpNet,
    pub pod_subnet: Option<IpNet>,
    pub dns_domain: String,
    pub api_server_cert_sans: Vec<String>,
    pub api_server_extra_args: Vec<v1beta4::Arg>,
    pub controller_manager_extra_args: Vec<v1beta4::Arg>,
    pub scheduler_extra_args: Vec<v1beta4::Arg>,
    pub encryption_algorithm: KeyAlgorithm,
    pub certificate_validity: Duration,
    pub ca_certificate_validity: Duration,
}

#[derive(Clone, Debug)]
pub enum EtcdConfig {
    Local(LocalEtcd),
    External(ExternalEtcd),
}

#[derive(Clone, Debug)]
pub struct LocalEtcd {
    /// As seen from inside the root, e.g. `/var/lib/etcd`.
    pub data_dir: PathBuf,
    pub extra_args: Vec<v1beta4::Arg>,
    pub server_cert_sans: Vec<String>,
    pub peer_cert_sans: Vec<String>,
    pub snapshots: SnapshotPolicy,
}

/// The agent's scheduled etcd snapshots.
#[derive(Clone, Debug)]
pub struct SnapshotPolicy {
    /// `None`: scheduled snapshots are off.
    pub schedule: Option<crate::cron::Schedule>,
    pub retention: usize,
    /// As seen from inside the root, e.g. `/var/lib/kubeforge/snapshots`.
    pub dir: PathBuf,
    pub compress: bool,
}

impl Default for SnapshotPolicy {
    fn default() -> Self {
        SnapshotPolicy {
            schedule: Some(
                DEFAULT_SNAPSHOT_SCHEDULE
                    .parse()
                    .expect("the default schedule parses"),
            ),
            retention: DEFAULT_SNAPSHOT_RETENTION,
            dir: PathBuf::from(paths::DEFAULT_SNAPSHOT_DIR),
            compress: false,
        }
    }
}

/// As k3s: every 12 hours, keeping 5.
pub const DEFAULT_SNAPSHOT_SCHEDULE: &str = "0 */12 * * *";
pub const DEFAULT_SNAPSHOT_RETENTION: usize = 5;

/// The configuration `init` recorded on this node (`None` when it has none).
pub fn recorded(root: &Path) -> Result<Option<InitConfig>> {
    let file = Paths::new(root).node_config();
    if !file.exists() {
        return Ok(None);
    }
    let docs = load::read_init_file(&file)?;
    resolve(&docs).map(Some)
}

#[derive(Clone, Debug)]
pub struct ExternalEtcd {
    pub endpoints: Vec<String>,
    pub ca_file: Option<PathBuf>,
    pub cert_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
}

/// `host[:port]` as in controlPlaneEndpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostPort {
    pub host: String,
    pub port: u16,
}

impl std::fmt::Display for HostPort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

impl ClusterConfig {
    pub fn paths(&self, root: &Path) -> Paths {
        let etcd_dir = match &self.etcd {
            EtcdConfig::Local(local) => local.data_dir.as_path(),
            EtcdConfig::External(_) => Path::new(paths::DEFAULT_ETCD_DATA_DIR),
        };
        Paths::with_dirs(root, &self.certificates_dir, etcd_dir)
    }

    /// The first address of the service subnet: the `kubernetes` Service's ClusterIP, which
    /// the API server certificate must name.
    pub fn first_service_ip(&self) -> IpAddr {
        match self.service_subnet {
            IpNet::V4(net) => IpAddr::V4(Ipv4Addr::from(u32::from(net.network()) + 1)),
            IpNet::V6(net) => IpAddr::V6(std::net::Ipv6Addr::from(u128::from(net.network()) + 1)),
        }
    }
}

impl InitConfig {
    /// The address clients use to reach the API server: controlPlaneEndpoint when set,
    /// otherwise this node's advertise address and port.
    pub fn api_endpoint(&self) -> HostPort {
        self.cluster
            .control_plane_endpoint
            .clone()
            .unwrap_or_else(|| self.local_api_endpoint())
    }

    /// This node's own API server address.
    pub fn local_api_endpoint(&self) -> HostPort {
        HostPort {
            host: self.advertise_address.to_string(),
            port: self.bind_port,
        }
    }

    pub fn paths(&self, root: &Path) -> Paths {
        self.cluster.paths(root)
    }
}

/// Values given on the command line; each replaces the matching field of the file.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub advertise_address: Option<IpAddr>,
    pub bind_port: Option<u16>,
    pub node_name: Option<String>,
    pub control_plane_endpoint: Option<String>,
    pub cert_sans: Vec<String>,
    pub service_subnet: Option<String>,
    pub pod_subnet: Option<String>,
    pub dns_domain: Option<String>,
    pub certificates_dir: Option<String>,
    pub token: Option<String>,
    pub token_ttl: Option<Duration>,
    pub skip_phases: Vec<String>,
    pub ignore_preflight_errors: Vec<String>,
}

/// Reads the optional config file, applies flag overrides and defaults, and validates.
/// Returns the resolved settings and the effective documents (written to the node for later
/// commands to read back).
pub fn load_init(
    file: Option<&Path>,
    overrides: &Overrides,
) -> Result<(InitConfig, load::InitDocuments)> {
    let mut docs = match file {
        Some(path) => load::read_init_file(path)?,
        None => load::InitDocuments::default(),
    };
    apply_overrides(&mut docs, overrides);
    set_defaults(&mut docs)?;
    let resolved = resolve(&docs)?;
    Ok((resolved, docs))
}

fn apply_overrides(docs: &mut load::InitDocuments, o: &Overrides) {
    let (init, cluster) = (&mut docs.init, &mut docs.cluster);
    if let Some(a) = o.advertise_address {
        init.local_api_endpoint.advertise_address = Some(a.to_string());
    }
    if let Some(p) = o.bind_port {
        init.local_api_endpoint.bind_port = Some(p);
    }
    if let Some(n) = &o.node_name {
        init.node_registration.name = Some(n.clone());
    }
    if let Some(e) = &o.control_plane_endpoint {
        cluster.control_plane_endpoint = Some(e.clone());
    }
    if !o.cert_sans.is_empty() {
        cluster.api_server.cert_sans = o.cert_sans.clone();
    }
    if let Some(s) = &o.service_subnet {
        cluster.networking.service_subnet = Some(s.clone());
    }
    if let Some(s) = &o.pod_subnet {
        cluster.networking.pod_subnet = Some(s.clone());
    }
    if let Some(d) = &o.dns_domain {
        cluster.networking.dns_domain = Some(d.clone());
    }
    if let Some(d) = &o.certificates_dir {
        cluster.certificates_dir = Some(d.clone());
    }
    if o.token.is_some() || o.token_ttl.is_some() {
        if init.bootstrap_tokens.is_empty() {
            init.bootstrap_tokens
                .push(v1beta4::BootstrapToken::default());
        }
        let first = &mut init.bootstrap_tokens[0];
        if let Some(t) = &o.token {
            first.token = t.clone();
        }
        if let Some(ttl) = o.token_ttl {
            first.ttl = Some(GoDuration(ttl));
        }
    }
    if !o.skip_phases.is_empty() {
        init.skip_phases = o.skip_phases.clone();
    }
    init.node_registration
        .ignore_preflight_errors
        .extend(o.ignore_preflight_errors.iter().cloned());
}

/// Fills every unset field with its default, so the documents show exactly what runs.
/// Dynamic defaults (node name, advertise address, token) are detected here, as kubeadm does.
pub fn set_defaults(docs: &mut load::InitDocuments) -> Result<()> {
    set_static_defaults(&mut docs.init, &mut docs.cluster);
    let init = &mut docs.init;
    if init.node_registration.name.is_none() {
        init.node_registration.name = Some(detect_node_name()?);
    }
    if init.local_api_endpoint.advertise_address.is_none() {
        init.local_api_endpoint.advertise_address = Some(detect_advertise_address()?.to_string());
    }
    if init.bootstrap_tokens.is_empty() {
        init.bootstrap_tokens
            .push(v1beta4::BootstrapToken::default());
    }
    for token in &mut init.bootstrap_tokens {
        if token.token.is_empty() {
            token.token = BootstrapToken::generate().token();
        }
        token
            .ttl
            .get_or_insert(GoDuration(bootstrap_token::DEFAULT_TTL));
        if token.usages.is_empty() {
            token.usages = bootstrap_token::DEFAULT_USAGES.map(String::from).to_vec();
        }
        if token.groups.is_empty() {
            token.groups = vec![bootstrap_token::DEFAULT_GROUP.to_owned()];
        }
    }
    Ok(())
}

/// The defaults that do not depend on the machine.
fn set_static_defaults(init: &mut InitConfiguration, cluster: &mut ClusterConfiguration) {
    init.api_version = v1beta4::API_VERSION.into();
    init.kind = v1beta4::KIND_INIT.into();
    cluster.api_version = v1beta4::API_VERSION.into();
    cluster.kind = v1beta4::KIND_CLUSTER.into();
    init.local_api_endpoint
        .bind_port
        .get_or_insert(DEFAULT_BIND_PORT);
    init.timeouts
        .get_or_insert_with(Default::default)
        .control_plane_component_health_check
        .get_or_insert(GoDuration(DEFAULT_HEALTH_CHECK_TIMEOUT));
    cluster
        .cluster_name
        .get_or_insert_with(|| DEFAULT_CLUSTER_NAME.into());
    cluster
        .kubernetes_version
        .get_or_insert_with(|| version::KUBERNETES_GIT_VERSION.into());
    cluster
        .certificates_dir
        .get_or_insert_with(|| paths::DEFAULT_CERTIFICATES_DIR.into());
    if cluster.etcd.external.is_none() {
        cluster
            .etcd
            .local
            .get_or_insert_with(Default::default)
            .data_dir
            .get_or_insert_with(|| paths::DEFAULT_ETCD_DATA_DIR.into());
    }
    let net = &mut cluster.networking;
    net.service_subnet
        .get_or_insert_with(|| DEFAULT_SERVICE_SUBNET.into());
    net.dns_domain
        .get_or_insert_with(|| DEFAULT_DNS_DOMAIN.into());
    cluster
        .encryption_algorithm
        .get_or_insert_with(|| KeyAlgorithm::default().to_string());
    cluster
        .certificate_validity_period
        .get_or_insert(GoDuration(DEFAULT_CERT_VALIDITY));
    cluster
        .ca_certificate_validity_period
        .get_or_insert(GoDuration(DEFAULT_CA_VALIDITY));
}

/// Validates defaulted documents and turns them into typed settings. Each error names the
/// field as it is spelled in the YAML.
pub fn resolve(docs: &load::InitDocuments) -> Result<InitConfig> {
    let (init, cluster) = (&docs.init, &docs.cluster);
    let node_name = init.node_registration.name.clone().unwrap_or_default();
    validate::dns_subdomain("nodeRegistration.name", &node_name)?;
    let advertise_text = init
        .local_api_endpoint
        .advertise_address
        .as_deref()
        .unwrap_or_default();
    let advertise_address: IpAddr = advertise_text.parse().map_err(|_| {
        invalid(
            "localAPIEndpoint.advertiseAddress",
            format!("{advertise_text:?} is not an IP address"),
        )
    })?;
    if advertise_address.is_unspecified() || advertise_address.is_multicast() {
        return Err(invalid(
            "localAPIEndpoint.advertiseAddress",
            format!("{advertise_address} cannot be advertised; give this node's own address"),
        ));
    }
    let bind_port = init
        .local_api_endpoint
        .bind_port
        .unwrap_or(DEFAULT_BIND_PORT);
    if bind_port == 0 {
        return Err(invalid(
            "localAPIEndpoint.bindPort",
            "must be between 1 and 65535",
        ));
    }
    let mut bootstrap_tokens = Vec::new();
    for (i, t) in init.bootstrap_tokens.iter().enumerate() {
        bootstrap_tokens.push(validate::bootstrap_token(i, t)?);
    }
    let cluster = resolve_cluster(cluster, bind_port)?;
    Ok(InitConfig {
        node_name,
        advertise_address,
        bind_port,
        ignore_preflight_errors: init
            .node_registration
            .ignore_preflight_errors
            .iter()
            .map(|s| s.to_ascii_lowercase())
            .collect(),
        skip_phases: init.skip_phases.clone(),
        bootstrap_tokens,
        control_plane_health_timeout: init
            .timeouts
            .as_ref()
            .and_then(|t| t.control_plane_component_health_check)
            .map_or(DEFAULT_HEALTH_CHECK_TIMEOUT, |d| d.0),
        cluster,
    })
}

fn resolve_cluster(c: &ClusterConfiguration, bind_port: u16) -> Result<ClusterConfig> {
    let cluster_name = c
        .cluster_name
        .clone()
        .unwrap_or_else(|| DEFAULT_CLUSTER_NAME.into());
    validate::dns_subdomain("clusterName", &cluster_name)?;
    if let Some(v) = &c.kubernetes_version {
        validate::kubernetes_version(v)?;
    }
    let control_plane_endpoint = c
        .control_plane_endpoint
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(|s| validate::host_port("controlPlaneEndpoint", s, bind_port))
        .transpose()?;
    let certificates_dir = PathBuf::from(
        c.certificates_dir
            .as_deref()
            .unwrap_or(paths::DEFAULT_CERTIFICATES_DIR),
    );
    validate::absolute_path("certificatesDir", &certificates_dir)?;
    let etcd = validate::etcd(&c.etcd)?;
    let service_subnet = validate::cidr(
        "networking.serviceSubnet",
        c.networking
            .service_subnet
            .as_deref()
            .unwrap_or(DEFAULT_SERVICE_SUBNET),
    )?;
    validate::service_subnet_size(&service_subnet)?;
    let pod_subnet = c
        .networking
        .pod_subnet
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(|s| validate::cidr("networking.podSubnet", s))
        .transpose()?;
    if let Some(pods) = pod_subnet
        && (pods.contains(&service_subnet.network()) || service_subnet.contains(&pods.network()))
    {
        return Err(invalid(
            "networking.podSubnet",
            format!("{pods} overlaps networking.serviceSubnet {service_subnet}"),
        ));
    }
    let dns_domain = c
        .networking
        .dns_domain
        .clone()
        .unwrap_or_else(|| DEFAULT_DNS_DOMAIN.into());
    validate::dns_subdomain("networking.dnsDomain", &dns_domain)?;
    for (i, san) in c.api_server.cert_sans.iter().enumerate() {
        validate::san(&format!("apiServer.certSANs[{i}]"), san)?;
    }
    validate::extra_args("apiServer.extraArgs", &c.api_server.extra_args)?;
    validate::extra_args(
        "controllerManager.extraArgs",
        &c.controller_manager.extra_args,
    )?;
    validate::extra_args("scheduler.extraArgs", &c.scheduler.extra_args)?;
    let encryption_algorithm = match &c.encryption_algorithm {
        Some(text) => text
            .parse::<KeyAlgorithm>()
            .map_err(|m| invalid("encryptionAlgorithm", m))?,
        None => KeyAlgorithm::default(),
    };
    let certificate_validity = c
        .certificate_validity_period
        .map_or(DEFAULT_CERT_VALIDITY, |d| d.0);
    let ca_certificate_validity = c
        .ca_certificate_validity_period
        .map_or(DEFAULT_CA_VALIDITY, |d| d.0);
    if certificate_validity < Duration::from_secs(60) {
        return Err(invalid(
            "certificateValidityPeriod",
            "must be at least 1m0s",
        ));
    }
    if ca_certificate_validity < certificate_validity {
        return Err(invalid(
            "caCertificateValidityPeriod",
            format!(
                "{} is shorter than certificateValidityPeriod {}: a certificate cannot outlive its CA",
                duration::format(ca_certificate_validity),
                duration::format(certificate_validity)
            ),
        ));
    }
    Ok(ClusterConfig {
        cluster_name,
        control_plane_endpoint,
        certificates_dir,
        etcd,
        service_subnet,
        pod_subnet,
        dns_domain,
        api_server_cert_sans: c.api_server.cert_sans.clone(),
        api_server_extra_args: c.api_server.extra_args.clone(),
        controller_manager_extra_args: c.controller_manager.extra_args.clone(),
        scheduler_extra_args: c.scheduler.extra_args.clone(),
        encryption_algorithm,
        certificate_validity,
        ca_certificate_validity,
    })
}

/// The defaults as a printable multi-document YAML (`kubeforge config print init-defaults`).
/// Machine-dependent values (advertise address, node name) are detected on this machine; no
/// token is printed, since init generates a fresh one when the file has none.
pub fn init_defaults_yaml() -> Result<String> {
    let mut docs = load::InitDocuments::default();
    set_static_defaults(&mut docs.init, &mut docs.cluster);
    docs.init.node_registration.name = Some(detect_node_name()?);
    docs.init.local_api_endpoint.advertise_address = Some(
        detect_advertise_address()
            .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
            .to_string(),
    );
    documents_yaml(&docs)
}

/// How long join's discovery waits by default (kubeadm's).
pub const DEFAULT_DISCOVERY_TIMEOUT: Duration = Duration::from_secs(5 * 60);

/// A JoinConfiguration to start from (`kubeforge config print join-defaults`): kubeadm's
/// placeholders for the token and endpoint, this machine's name. It pins no CA: fill in
/// `caCertHashes` with the hash `kubeforge init` printed.
pub fn join_defaults_yaml() -> Result<String> {
    const PLACEHOLDER_TOKEN: &str = "abcdef.0123456789abcdef";
    let config = v1beta4::JoinConfiguration {
        api_version: v1beta4::API_VERSION.into(),
        kind: v1beta4::KIND_JOIN.into(),
        discovery: v1beta4::Discovery {
            bootstrap_token: Some(v1beta4::BootstrapTokenDiscovery {
                token: PLACEHOLDER_TOKEN.into(),
                api_server_endpoint: Some(format!("kube-apiserver:{DEFAULT_BIND_PORT}")),
                ca_cert_hashes: vec![],
                unsafe_skip_ca_verification: false,
            }),
            file: None,
            tls_bootstrap_token: Some(PLACEHOLDER_TOKEN.into()),
        },
        node_registration: v1beta4::NodeRegistration {
            name: Some(detect_node_name()?),
            ignore_preflight_errors: vec![],
        },
        control_plane: None,
        skip_phases: vec![],
        timeouts: Some(v1beta4::Timeouts {
            control_plane_component_health_check: None,
            discovery: Some(GoDuration(DEFAULT_DISCOVERY_TIMEOUT)),
        }),
    };
    serde_saphyr::to_string(&config).map_err(|e| Error::Serialize(e.to_string()))
}

/// Serializes documents as a `---`-separated YAML stream.
pub fn documents_yaml(docs: &load::InitDocuments) -> Result<String> {
    let init = serde_saphyr::to_string(&docs.init).map_err(|e| Error::Serialize(e.to_string()))?;
    let cluster =
        serde_saphyr::to_string(&docs.cluster).map_err(|e| Error::Serialize(e.to_string()))?;
    Ok(format!("{init}---\n{cluster}"))
}

/// The ClusterConfiguration document alone, as upload-config stores it for joining nodes.
pub fn cluster_yaml(docs: &load::InitDocuments) -> Result<String> {
    serde_saphyr::to_string(&docs.cluster).map_err(|e| Error::Serialize(e.to_string()))
}

/// A joining master's settings: the cluster's ClusterConfiguration (from `kubeadm-config`)
/// with this node's own name, address and port from the flags, then the usual defaults.
pub fn load_join(
    cluster_yaml: &str,
    origin: &str,
    overrides: &Overrides,
) -> Result<(InitConfig, load::InitDocuments)> {
    let mut docs = load::parse_init_documents(cluster_yaml, origin)?;
    apply_overrides(&mut docs, overrides);
    set_defaults(&mut docs)?;
    let resolved = resolve(&docs)?;
    Ok((resolved, docs))
}

/// The machine's host name, lower-cased, as kubeadm derives the node name.
pub fn detect_node_name() -> Result<String> {
    let name = nix::unistd::gethostname().map_err(|e| {
        invalid(
            "nodeRegistration.name",
            format!("cannot read the host name: {e}"),
        )
    })?;
    Ok(name.to_string_lossy().trim().to_ascii_lowercase())
}

/// The address of the interface holding the default route (kubeadm's choice). Connecting a
/// UDP socket sends nothing; it only asks the kernel which source address it would use.
pub fn detect_advertise_address() -> Result<IpAddr> {
    // A documentation address (RFC 5737), never a real host, routed like any off-link one.
    let probe = |target: Ipv4Addr| -> std::io::Result<IpAddr> {
        let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))?;
        socket.connect((target, 9))?;
        Ok(socket.local_addr()?.ip())
    };
    let found = [
        Ipv4Addr::new(203, 0, 113, 1),
        Ipv4Addr::new(198, 51, 100, 1),
    ]
    .into_iter()
    .find_map(|t| probe(t).ok().filter(|ip| !ip.is_unspecified()));
    match found {
        Some(ip) => Ok(ip),
        None => Err(invalid(
            "localAPIEndpoint.advertiseAddress",
            "this machine has no default route to take the address from; pass --apiserver-advertise-address",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve_yaml(yaml: &str) -> Result<InitConfig> {
        let mut docs = load::parse_init_documents(yaml, "test")?;
        docs.init.node_registration.name = Some("node-a".into());
        docs.init.local_api_endpoint.advertise_address = Some("127.0.0.9".into());
        set_defaults(&mut docs)?;
        resolve(&docs)
    }

    #[test]
    fn defaults_resolve() {
        let c = resolve_yaml("").unwrap();
        assert_eq!(c.bind_port, 6443);
        assert_eq!(c.cluster.first_service_ip().to_string(), "10.96.0.1");
        assert_eq!(c.cluster.encryption_algorithm, KeyAlgorithm::EcdsaP256);
        assert_eq!(c.bootstrap_tokens.len(), 1);
        assert_eq!(c.api_endpoint().to_string(), "127.0.0.9:6443");
        assert!(matches!(c.cluster.etcd, EtcdConfig::Local(_)));
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            (
                "networking:\n  serviceSubnet: 10.96.0.0/33\n",
                "networking.serviceSubnet",
            ),
            (
                "networking:\n  podSubnet: 10.96.0.0/16\n",
                "networking.podSubnet",
            ),
            ("encryptionAlgorithm: DSA\n", "encryptionAlgorithm"),
            ("controlPlaneEndpoint: \"a b\"\n", "controlPlaneEndpoint"),
            (
                "apiServer:\n  certSANs: [\"bad name!\"]\n",
                "apiServer.certSANs[0]",
            ),
            ("kubernetesVersion: v1.20.0\n", "kubernetesVersion"),
            (
                "certificateValidityPeriod: 1000000h\n",
                "caCertificateValidityPeriod",
            ),
            (
                "etcd:\n  local: {}\n  external:\n    endpoints: [\"https://1.2.3.4:2379\"]\n",
                "etcd",
            ),
        ];
        for (body, field) in cases {
            let yaml =
                format!("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n{body}");
            let err = resolve_yaml(&yaml).unwrap_err().to_string();
            assert!(err.contains(field), "{body:?} gave {err}");
        }
    }

    #[test]
    fn control_plane_endpoint_takes_the_bind_port_by_default() {
        let c = resolve_yaml(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\ncontrolPlaneEndpoint: cp.example.com\n",
        )
        .unwrap();
        assert_eq!(c.api_endpoint().to_string(), "cp.example.com:6443");
    }

    #[test]
    fn printed_defaults_read_back() {
        let text = init_defaults_yaml().unwrap();
        let mut docs = load::parse_init_documents(&text, "defaults").unwrap();
        set_defaults(&mut docs).unwrap();
        resolve(&docs).unwrap();
    }
}
