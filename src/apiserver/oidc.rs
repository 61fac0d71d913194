//! Service-account issuer discovery (kube-apiserver's ServiceAccountIssuerDiscovery): the
//! OpenID Connect discovery document at `/.well-known/openid-configuration` and the keys at
//! `/openid/v1/jwks`, so that systems outside the cluster (a cloud's workload identity, Vault)
//! can verify service-account tokens. RBAC grants them to `system:serviceaccounts`
//! (`system:service-account-issuer-discovery`); a cluster admin may bind them to
//! `system:unauthenticated` to publish them.

use http::StatusCode;
use serde_json::json;

use super::authn::service_account::Verifier;
use crate::serving::Response;

pub const CONFIGURATION_PATH: &str = "/.well-known/openid-configuration";
pub const JWKS_PATH: &str = "/openid/v1/jwks";

/// The answer for `path`, when it is one of the discovery paths and tokens are verified here.
pub fn respond(
    path: &str,
    verifier: Option<&Verifier>,
    jwks_uri: Option<&str>,
    address: &str,
) -> Option<Response> {
    let path = path.trim_end_matches('/');
    if path != CONFIGURATION_PATH && path != JWKS_PATH {
        return None;
    }
    let verifier = verifier?;
    let (body, content_type) = if path == JWKS_PATH {
        (verifier.jwks(), "application/jwk-set+json")
    } else {
        let issuer = verifier.issuers.first().cloned().unwrap_or_default();
        let jwks_uri = jwks_uri
            .map(str::to_owned)
            .unwrap_or_else(|| format!("https://{address}{JWKS_PATH}"));
        let algorithms: Vec<String> = verifier.algorithms();
        (
            json!({
                "issuer": issuer,
                "jwks_uri": jwks_uri,
                "response_types_supported": ["id_token"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": algorithms,
            }),
            "application/json",
        )
    };
    Some(
        hyper::Response::builder()
            .status(StatusCode::OK)
            .header(http::header::CONTENT_TYPE, content_type)
            .header(http::header::CACHE_CONTROL, "public, max-age=3600")
            .body(crate::serving::full(body.to_string()))
            .expect("static headers are valid"),
    )
}
