//! Service address allocation: ClusterIPs from the service CIDR and node ports from their
//! range. Each claim is an etcd key (`/registry/ranges/…/<value>`) created in the same
//! transaction as the Service that holds it, so two API servers can never hand out the same
//! address, and a claim is released in the transaction that deletes the Service.

use std::collections::HashSet;
use std::net::IpAddr;

use etcd_client::{Compare, CompareOp, TxnOp};
use ipnet::IpNet;
use serde_json::{Value, json};

use super::errors::{ApiError, ApiResult, Cause};
use super::handlers::Api;
use super::meta;
use super::storage::SideEffects;

const IP_PREFIX: &str = "/registry/ranges/serviceips/";
const PORT_PREFIX: &str = "/registry/ranges/servicenodeports/";
pub const DEFAULT_NODE_PORTS: (u16, u16) = (30000, 32767);

pub struct ServiceAllocator {
    pub cidr: IpNet,
    pub node_ports: (u16, u16),
}

fn ip_key(ip: IpAddr) -> String {
    format!("{IP_PREFIX}{ip}")
}

fn port_key(port: u16) -> String {
    format!("{PORT_PREFIX}{port}")
}

fn random_u64() -> u64 {
    let mut b = [0u8; 8];
    aws_lc_rs::rand::fill(&mut b).expect("system random generator failed");
    u64::from_le_bytes(b)
}

impl ServiceAllocator {
    /// The service CIDR's first address: the `kubernetes` Service's.
    pub fn first_ip(&self) -> IpAddr {
        match self.cidr {
            IpNet::V4(n) => IpAddr::V4(std::net::Ipv4Addr::from(u32::from(n.network()) + 1)),
            IpNet::V6(n) => IpAddr::V6(std::net::Ipv6Addr::from(u128::from(n.network()) + 1)),
        }
    }

    async fn claimed(api: &Api, prefix: &str) -> ApiResult<HashSet<String>> {
        let (items, _, _) = api
            .cache
            .list(prefix, None, 0, None, |_| true)
            .await
            .map_err(super::handlers::cache_error)?;
        Ok(items
            .iter()
            .filter_map(|o| {
                o.value
                    .get("value")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            })
            .collect())
    }

    fn claim(side: &mut SideEffects, key: String, owner: &str, value: &str) {
        side.compares
            .push(Compare::create_revision(key.clone(), CompareOp::Equal, 0));
        side.ops.push(TxnOp::put(
            key,
            serde_json::to_vec(&json!({"value": value, "owner": owner})).expect("serializes"),
            None,
        ));
    }

    /// Fills in `spec.clusterIP(s)`, IP families and node ports of a Service (new, or
    /// updated from `old`), returning the claims to write with it.
    pub async fn allocate(
        &self,
        api: &Api,
        svc: &mut Value,
        old: Option<&Value>,
    ) -> ApiResult<SideEffects> {
        let mut side = SideEffects::default();
        let owner = format!("{}/{}", meta::namespace(svc), meta::name(svc));
        let kind = meta::path_str(svc, "spec.type")
            .unwrap_or("ClusterIP")
            .to_owned();
        let name = meta::name(svc).to_owned();
        let invalid = |c: Cause| ApiError::invalid("Service", "", &name, vec![c]);
        if kind != "ExternalName" {
            let requested = meta::path_str(svc, "spec.clusterIP")
                .unwrap_or("")
                .to_owned();
            let old_ip = old
                .and_then(|o| meta::path_str(o, "spec.clusterIP"))
                .unwrap_or("")
                .to_owned();
            let ip = if requested == "None" {
                None
            } else if !requested.is_empty() {
                let ip: IpAddr = requested.parse().map_err(|_| {
                    invalid(Cause::invalid(
                        "spec.clusterIPs[0]",
                        &json!(requested),
                        "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)",
                    ))
                })?;
                if requested != old_ip {
                    if !self.cidr.contains(&ip) {
                        return Err(invalid(Cause::invalid(
                            "spec.clusterIPs",
                            &json!([requested]),
                            format!(
                                "failed to allocate IP {requested}: the provided IP ({requested}) is not in the valid range. The range of valid IPs is {}",
                                self.cidr
                            ),
                        )));
                    }
                    if Self::claimed(api, IP_PREFIX).await?.contains(&requested) {
                        return Err(invalid(Cause::invalid(
                            "spec.clusterIPs",
                            &json!([requested]),
                            format!(
                                "failed to allocate IP {requested}: provided IP is already allocated"
                            ),
                        )));
                    }
                    Self::claim(&mut side, ip_key(ip), &owner, &requested);
                }
                Some(ip)
            } else {
                let used = Self::claimed(api, IP_PREFIX).await?;
                let ip = self.pick_ip(&used).ok_or_else(|| {
                    invalid(Cause::invalid(
                        "spec.clusterIPs",
                        &json!([]),
                        "failed to allocate IP: range is full",
                    ))
                })?;
                Self::claim(&mut side, ip_key(ip), &owner, &ip.to_string());
                Some(ip)
            };
            let spec = svc["spec"].as_object_mut().expect("defaulted");
            match ip {
                Some(ip) => {
                    spec.insert("clusterIP".into(), json!(ip.to_string()));
                    spec.insert("clusterIPs".into(), json!([ip.to_string()]));
                    spec.insert(
                        "ipFamilies".into(),
                        json!([if ip.is_ipv4() { "IPv4" } else { "IPv6" }]),
                    );
                }
                None => {
                    spec.insert("clusterIPs".into(), json!(["None"]));
                    let family = if matches!(self.cidr, IpNet::V4(_)) {
                        "IPv4"
                    } else {
                        "IPv6"
                    };
                    spec.entry("ipFamilies").or_insert(json!([family]));
                }
            }
            spec.entry("ipFamilyPolicy").or_insert(json!("SingleStack"));
            // A changed address releases the old one.
            if !old_ip.is_empty()
                && old_ip != "None"
                && Some(old_ip.as_str()) != ip.map(|i| i.to_string()).as_deref()
                && let Ok(o) = old_ip.parse()
            {
                side.ops.push(TxnOp::delete(ip_key(o), None));
            }
        }
        if kind == "NodePort" || kind == "LoadBalancer" {
            let used = Self::claimed(api, PORT_PREFIX).await?;
            let old_ports: HashSet<i64> = old
                .and_then(|o| meta::path(o, "spec.ports"))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|p| p.get("nodePort").and_then(Value::as_i64))
                .collect();
            let mut taken: HashSet<u16> = used.iter().filter_map(|s| s.parse().ok()).collect();
            let (lo, hi) = self.node_ports;
            if let Some(ports) = svc["spec"]["ports"].as_array_mut() {
                for (i, p) in ports.iter_mut().enumerate() {
                    // nodePort 0 means "allocate one", as upstream treats it.
                    match p
                        .get("nodePort")
                        .and_then(Value::as_i64)
                        .filter(|n| *n != 0)
                    {
                        Some(np) if old_ports.contains(&np) => {}
                        Some(np) => {
                            let port = u16::try_from(np).ok().filter(|n| (lo..=hi).contains(n)).ok_or_else(|| {
                                invalid(Cause::invalid(format!("spec.ports[{i}].nodePort"), &json!(np), format!("provided port is not in the valid range. The range of valid ports is {lo}-{hi}")))
                            })?;
                            if !taken.insert(port) {
                                return Err(invalid(Cause::invalid(
                                    format!("spec.ports[{i}].nodePort"),
                                    &json!(np),
                                    "provided port is already allocated",
                                )));
                            }
                            Self::claim(&mut side, port_key(port), &owner, &port.to_string());
                        }
                        None => {
                            let span = u64::from(hi - lo) + 1;
                            let start = random_u64() % span;
                            let port = (0..span)
                                .map(|k| lo + ((start + k) % span) as u16)
                                .find(|c| !taken.contains(c))
                                .ok_or_else(|| {
                                    invalid(Cause::invalid(
                                        format!("spec.ports[{i}].nodePort"),
                                        &json!(0),
                                        "range is full",
                                    ))
                                })?;
                            taken.insert(port);
                            p["nodePort"] = json!(port);
                            Self::claim(&mut side, port_key(port), &owner, &port.to_string());
                        }
                    }
                }
            }
        }
        Ok(side)
    }

    fn pick_ip(&self, used: &HashSet<String>) -> Option<IpAddr> {
        let (base, size): (u128, u128) = match self.cidr {
            IpNet::V4(n) => (
                u32::from(n.network()).into(),
                1u128 << (32 - n.prefix_len()),
            ),
            IpNet::V6(n) => (
                u128::from(n.network()),
                1u128 << (128 - n.prefix_len()).min(64),
            ),
        };
        // The network address, the first address (reserved for `kubernetes`) and, for IPv4,
        // the broadcast address are not handed out.
        let usable = size.saturating_sub(3);
        if usable == 0 {
            return None;
        }
        let start = u128::from(random_u64()) % usable;
        (0..usable.min(1 << 20)).find_map(|k| {
            let offset = 2 + (start + k) % usable;
            let ip = match self.cidr {
                IpNet::V4(_) => IpAddr::V4(std::net::Ipv4Addr::from((base + offset) as u32)),
                IpNet::V6(_) => IpAddr::V6(std::net::Ipv6Addr::from(base + offset)),
            };
            (!used.contains(&ip.to_string())).then_some(ip)
        })
    }

    /// The claims a Service holds, deleted with it.
    pub fn release(&self, svc: &Value) -> SideEffects {
        let mut side = SideEffects::default();
        if let Some(ip) =
            meta::path_str(svc, "spec.clusterIP").and_then(|s| s.parse::<IpAddr>().ok())
        {
            side.ops.push(TxnOp::delete(ip_key(ip), None));
        }
        for p in meta::path(svc, "spec.ports")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(np) = p
                .get("nodePort")
                .and_then(Value::as_u64)
                .and_then(|n| u16::try_from(n).ok())
            {
                side.ops.push(TxnOp::delete(port_key(np), None));
            }
        }
        side
    }
}
