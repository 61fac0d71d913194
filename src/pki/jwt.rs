//! Service-account tokens: JWTs signed with the service-account key (`sa.key`), ES256 for
//! ECDSA P-256 keys and RS256 for RSA keys, with Kubernetes' key id (base64url of the SHA-256 of
//! the public key's DER), so that any verifier holding `sa.pub` accepts them.

use std::path::Path;

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{self, EcdsaKeyPair, RsaKeyPair};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rcgen::PublicKeyData;

use super::{Error, Result, read};

enum Key {
    Ecdsa(EcdsaKeyPair),
    Rsa(RsaKeyPair),
}

pub struct TokenSigner {
    key: Key,
    key_id: String,
}

/// Kubernetes' `kid` for a public key: base64url(SHA-256(SubjectPublicKeyInfo DER)).
pub fn key_id(spki_der: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(aws_lc_rs::digest::digest(
        &aws_lc_rs::digest::SHA256,
        spki_der,
    ))
}

impl TokenSigner {
    /// Loads the signing key (PKCS#8 PEM, as init writes `sa.key`).
    pub fn load(path: &Path) -> Result<Self> {
        let invalid = |message: String| Error::Invalid {
            path: path.to_owned(),
            what: "service-account signing key",
            message,
        };
        let pair = rcgen::KeyPair::from_pem(&read(path)?).map_err(|e| invalid(e.to_string()))?;
        let der = pair.serialize_der();
        let key = if pair.algorithm() == &rcgen::PKCS_ECDSA_P256_SHA256 {
            Key::Ecdsa(
                EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, &der)
                    .map_err(|e| invalid(e.to_string()))?,
            )
        } else if pair.algorithm() == &rcgen::PKCS_RSA_SHA256 {
            Key::Rsa(RsaKeyPair::from_pkcs8(&der).map_err(|e| invalid(e.to_string()))?)
        } else {
            return Err(invalid(
                "only ECDSA P-256 and RSA keys sign service-account tokens".into(),
            ));
        };
        Ok(TokenSigner {
            key,
            key_id: key_id(&pair.subject_public_key_info()),
        })
    }

    /// A compact JWT carrying `claims`.
    pub fn sign(&self, claims: &serde_json::Value) -> Result<String> {
        let alg = match self.key {
            Key::Ecdsa(_) => "ES256",
            Key::Rsa(_) => "RS256",
        };
        let header = serde_json::json!({"alg": alg, "kid": self.key_id});
        let input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let rng = SystemRandom::new();
        let sig = match &self.key {
            Key::Ecdsa(k) => k.sign(&rng, input.as_bytes()).map(|s| s.as_ref().to_vec()),
            Key::Rsa(k) => {
                let mut out = vec![0; k.public_modulus_len()];
                k.sign(
                    &signature::RSA_PKCS1_SHA256,
                    &rng,
                    input.as_bytes(),
                    &mut out,
                )
                .map(|()| out)
            }
        }
        .map_err(|_| Error::Invalid {
            path: Default::default(),
            what: "service-account token",
            message: "signing failed".into(),
        })?;
        Ok(format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig)))
    }
}
