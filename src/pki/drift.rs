//! Drift: when the configuration's names for this node change (advertise address,
//! controlPlaneEndpoint, certSANs), the serving certificates that carry them are reissued at
//! the agent's next start, as k3s does (kubeadm leaves that to the operator). Only certificates
//! this node signs (CA key present) that lack a name the configuration asks for are touched.
//! Names are added, never dropped (as k3s does: a certificate someone issued with extra names
//! keeps them; to shrink one, delete it and run `init phase certs <name>`); the key is kept,
//! and the replaced files are backed up as `certs renew` does.

use std::path::Path;

use super::Result;
use super::renew::{self, RenewOptions};
use super::table::{self, SanContext, SanSet};

/// One certificate whose names no longer match the configuration.
#[derive(Debug, PartialEq, Eq)]
pub struct Drift {
    pub name: &'static str,
    pub added: Vec<String>,
}

/// The certificates missing names the configuration asks for, with their new names.
fn find(
    ctx: &SanContext<'_>,
    pki_dir: &Path,
) -> Vec<(&'static table::CertSpec, Vec<String>, Drift)> {
    let mut out = Vec::new();
    for spec in table::certs_for(ctx.cluster) {
        let Some(ca) = spec.ca_spec() else { continue };
        if spec.sans == SanSet::None
            || !ca.key_path(pki_dir).exists()
            || !spec.key_path(pki_dir).exists()
        {
            continue;
        }
        let Ok(current) = table::parse_file(&spec.cert_path(pki_dir)) else {
            continue;
        };
        let added: Vec<String> = spec
            .required_sans(ctx)
            .into_iter()
            .filter(|s| !current.has_san(s))
            .collect();
        if !added.is_empty() {
            let names = current.sans.iter().chain(&added).cloned().collect();
            out.push((
                spec,
                names,
                Drift {
                    name: spec.name,
                    added,
                },
            ));
        }
    }
    out
}

/// Reissues every drifted certificate; returns what changed (nothing: an empty list).
pub fn reissue(ctx: &SanContext<'_>, pki_dir: &Path, opts: &RenewOptions) -> Result<Vec<Drift>> {
    let found = find(ctx, pki_dir);
    if found.is_empty() {
        return Ok(Vec::new());
    }
    let changes: Vec<_> = found
        .iter()
        .map(|(spec, wanted, _)| (*spec, wanted.clone()))
        .collect();
    renew::reissue_with_sans(&changes, pki_dir, opts)?;
    Ok(found.into_iter().map(|(_, _, drift)| drift).collect())
}
