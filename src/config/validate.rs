//! Field validators. Each takes the field's YAML path so errors name it.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use ipnet::IpNet;

use super::bootstrap_token::BootstrapToken;
use super::{
    EtcdConfig, ExternalEtcd, HostPort, LocalEtcd, Result, SnapshotPolicy, invalid, paths, v1beta4,
};
use crate::version;

/// RFC 1123 subdomain, as Kubernetes requires of node names and DNS domains.
pub fn dns_subdomain(field: &str, value: &str) -> Result<()> {
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if value.is_empty() || value.len() > 253 || !value.split('.').all(label_ok) {
        return Err(invalid(
            field,
            format!(
                "{value:?} is not a valid RFC 1123 subdomain (lowercase letters, digits, '-' and '.', starting and ending with a letter or digit)"
            ),
        ));
    }
    Ok(())
}

/// A subject alternative name: an IP address or a DNS name (a leading `*.` is allowed).
pub fn san(field: &str, value: &str) -> Result<()> {
    if value.parse::<IpAddr>().is_ok() {
        return Ok(());
    }
    let name = value.strip_prefix("*.").unwrap_or(value);
    dns_subdomain(field, &name.to_ascii_lowercase()).map_err(|_| {
        invalid(
            field,
            format!("{value:?} is neither an IP address nor a DNS name"),
        )
    })
}

pub fn host_port(field: &str, value: &str, default_port: u16) -> Result<HostPort> {
    let (host, port) = split_host_port(value)
        .ok_or_else(|| invalid(field, format!("{value:?} is not host or host:port")))?;
    let port = match port {
        None => default_port,
        Some(p) => p
            .parse::<u16>()
            .ok()
            .filter(|p| *p != 0)
            .ok_or_else(|| invalid(field, format!("{value:?} has an invalid port {p:?}")))?,
    };
    san(field, host)?;
    Ok(HostPort {
        host: host.to_owned(),
        port,
    })
}

fn split_host_port(value: &str) -> Option<(&str, Option<&str>)> {
    if let Some(rest) = value.strip_prefix('[') {
        let (host, after) = rest.split_once(']')?;
        return match after {
            "" => Some((host, None)),
            _ => Some((host, Some(after.strip_prefix(':')?))),
        };
    }
    if value.parse::<IpAddr>().is_ok() {
        return Some((value, None));
    }
    match value.rsplit_once(':') {
        Some((host, port)) => Some((host, Some(port))),
        None => Some((value, None)),
    }
}

pub fn cidr(field: &str, value: &str) -> Result<IpNet> {
    let net: IpNet = value.trim().parse().map_err(|_| {
        invalid(
            field,
            format!("{value:?} is not a CIDR such as 10.96.0.0/12 (dual-stack lists are not supported yet)"),
        )
    })?;
    if net.network() != net.addr() {
        return Err(invalid(
            field,
            format!("{value:?} has host bits set; did you mean {}?", net.trunc()),
        ));
    }
    Ok(net)
}

/// kube-apiserver refuses service ranges with more than 20 host bits (IPv4 /12) and more than
/// 20 bits for IPv6 (/108); refuse them here rather than leave an API server crash-looping.
pub fn service_subnet_size(net: &IpNet) -> Result<()> {
    let (max_prefix, min_prefix) = match net {
        IpNet::V4(_) => (30, 12),
        IpNet::V6(_) => (126, 108),
    };
    if net.prefix_len() < min_prefix || net.prefix_len() > max_prefix {
        return Err(invalid(
            "networking.serviceSubnet",
            format!("{net}: the prefix must be between /{min_prefix} and /{max_prefix}"),
        ));
    }
    Ok(())
}

pub fn absolute_path(field: &str, path: &Path) -> Result<()> {
    if !path.is_absolute() {
        return Err(invalid(
            field,
            format!("{} must be an absolute path", path.display()),
        ));
    }
    Ok(())
}

pub fn kubernetes_version(value: &str) -> Result<()> {
    let wanted = format!(
        "v{}.{}",
        version::KUBERNETES_MAJOR,
        version::KUBERNETES_MINOR
    );
    let normalized = if value.starts_with('v') {
        value.to_owned()
    } else {
        format!("v{value}")
    };
    let minor_matches = normalized == wanted || normalized.starts_with(&format!("{wanted}."));
    if !minor_matches {
        return Err(invalid(
            "kubernetesVersion",
            format!(
                "{value:?}: this kubeforge implements Kubernetes {wanted}; set {} or remove the field",
                version::KUBERNETES_GIT_VERSION
            ),
        ));
    }
    Ok(())
}

pub fn extra_args(field: &str, args: &[v1beta4::Arg]) -> Result<()> {
    for (i, arg) in args.iter().enumerate() {
        if arg.name.is_empty() || arg.name.starts_with('-') || arg.name.contains('=') {
            return Err(invalid(
                &format!("{field}[{i}].name"),
                format!(
                    "{:?}: give the flag name without leading dashes, e.g. \"v\"",
                    arg.name
                ),
            ));
        }
    }
    Ok(())
}

pub fn etcd(e: &v1beta4::Etcd) -> Result<EtcdConfig> {
    match (&e.local, &e.external) {
        (Some(_), Some(_)) => Err(invalid(
            "etcd",
            "etcd.local and etcd.external are mutually exclusive",
        )),
        (_, Some(ext)) => {
            if ext.endpoints.is_empty() {
                return Err(invalid(
                    "etcd.external.endpoints",
                    "at least one endpoint is required",
                ));
            }
            let mut any_https = false;
            for (i, ep) in ext.endpoints.iter().enumerate() {
                let rest = ep
                    .strip_prefix("https://")
                    .inspect(|_| any_https = true)
                    .or_else(|| ep.strip_prefix("http://"));
                let ok = rest.is_some_and(|r| split_host_port(r).is_some_and(|(_, p)| p.is_some()));
                if !ok {
                    return Err(invalid(
                        &format!("etcd.external.endpoints[{i}]"),
                        format!("{ep:?} must be a URL like https://10.0.0.5:2379"),
                    ));
                }
            }
            let file = |field: &str, v: &Option<String>| -> Result<Option<PathBuf>> {
                match v {
                    Some(p) => {
                        let p = PathBuf::from(p);
                        absolute_path(field, &p)?;
                        Ok(Some(p))
                    }
                    None if any_https => Err(invalid(
                        field,
                        "is required for https endpoints (etcd uses client-certificate authentication)",
                    )),
                    None => Ok(None),
                }
            };
            Ok(EtcdConfig::External(ExternalEtcd {
                endpoints: ext.endpoints.clone(),
                ca_file: file("etcd.external.caFile", &ext.ca_file)?,
                cert_file: file("etcd.external.certFile", &ext.cert_file)?,
                key_file: file("etcd.external.keyFile", &ext.key_file)?,
            }))
        }
        (local, None) => {
            let local = local.clone().unwrap_or_default();
            let data_dir = PathBuf::from(
                local
                    .data_dir
                    .as_deref()
                    .unwrap_or(paths::DEFAULT_ETCD_DATA_DIR),
            );
            absolute_path("etcd.local.dataDir", &data_dir)?;
            extra_args("etcd.local.extraArgs", &local.extra_args)?;
            for (i, s) in local.server_cert_sans.iter().enumerate() {
                san(&format!("etcd.local.serverCertSANs[{i}]"), s)?;
            }
            for (i, s) in local.peer_cert_sans.iter().enumerate() {
                san(&format!("etcd.local.peerCertSANs[{i}]"), s)?;
            }
            Ok(EtcdConfig::Local(LocalEtcd {
                data_dir,
                extra_args: local.extra_args,
                server_cert_sans: local.server_cert_sans,
                peer_cert_sans: local.peer_cert_sans,
                snapshots: snapshot_policy(local.snapshots.as_ref())?,
            }))
        }
    }
}

fn snapshot_policy(s: Option<&v1beta4::EtcdSnapshots>) -> Result<SnapshotPolicy> {
    let mut policy = SnapshotPolicy::default();
    let Some(s) = s else {
        return Ok(policy);
    };
    if let Some(text) = &s.schedule {
        policy.schedule = if text.trim().is_empty() {
            None
        } else {
            Some(
                text.parse()
                    .map_err(|e: String| invalid("etcd.local.snapshots.schedule", e))?,
            )
        };
    }
    if let Some(n) = s.retention {
        if n == 0 {
            return Err(invalid(
                "etcd.local.snapshots.retention",
                "must be at least 1 (to turn scheduled snapshots off, set schedule to \"\")",
            ));
        }
        policy.retention = n as usize;
    }
    if let Some(dir) = &s.dir {
        policy.dir = PathBuf::from(dir);
        absolute_path("etcd.local.snapshots.dir", &policy.dir)?;
    }
    policy.compress = s.compress.unwrap_or(false);
    Ok(policy)
}

pub fn bootstrap_token(index: usize, t: &v1beta4::BootstrapToken) -> Result<BootstrapToken> {
    let field = |f: &str| format!("bootstrapTokens[{index}].{f}");
    let (id, secret) =
        BootstrapToken::parse_token(&t.token).map_err(|m| invalid(&field("token"), m))?;
    for usage in &t.usages {
        if usage != "signing" && usage != "authentication" {
            return Err(invalid(
                &field("usages"),
                format!("{usage:?} is not a token usage (signing, authentication)"),
            ));
        }
    }
    for group in &t.groups {
        let ok = group
            .strip_prefix("system:bootstrappers:")
            .is_some_and(|rest| {
                !rest.is_empty()
                    && rest.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b == b':' || b == b'-'
                    })
                    && !rest.ends_with([':', '-'])
            });
        if !ok {
            return Err(invalid(
                &field("groups"),
                format!("{group:?} must match system:bootstrappers:[a-z0-9:-]*[a-z0-9]"),
            ));
        }
    }
    Ok(BootstrapToken {
        id,
        secret,
        description: t.description.clone(),
        ttl: t.ttl.map_or(super::bootstrap_token::DEFAULT_TTL, |d| d.0),
        usages: t.usages.clone(),
        groups: t.groups.clone(),
    })
}
