//! Authentication. x509 client certificates (already verified against --client-ca-file by
//! rustls during the handshake): CN is the user, each O a group.

use crate::pki::inspect::ParsedCert;
use crate::serving::ConnInfo;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserInfo {
    pub name: String,
    pub groups: Vec<String>,
}

/// The request's user, or `None` for an anonymous request.
pub fn authenticate(conn: &ConnInfo) -> Option<UserInfo> {
    let leaf = conn.client_certs.as_ref()?.first()?;
    let cert = ParsedCert::from_der(leaf).ok()?;
    if cert.common_name.is_empty() {
        return None;
    }
    let mut groups = cert.organizations;
    groups.push("system:authenticated".into());
    Some(UserInfo {
        name: cert.common_name,
        groups,
    })
}
