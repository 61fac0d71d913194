//! Bootstrap tokens: `[a-z0-9]{6}.[a-z0-9]{16}`, the id public and the secret not.

use std::fmt;
use std::time::Duration;

/// Default lifetime of a bootstrap token, as kubeadm's.
pub const DEFAULT_TTL: Duration = Duration::from_secs(24 * 3600);
/// The group kubeadm puts joining nodes in.
pub const DEFAULT_GROUP: &str = "system:bootstrappers:kubeadm:default-node-token";
pub const DEFAULT_USAGES: [&str; 2] = ["signing", "authentication"];

/// A parsed token, with the settings the bootstrap-token phase stores alongside it.
#[derive(Clone, PartialEq, Eq)]
pub struct BootstrapToken {
    pub id: String,
    pub secret: String,
    pub description: Option<String>,
    /// Zero means "never expires", as in kubeadm.
    pub ttl: Duration,
    pub usages: Vec<String>,
    pub groups: Vec<String>,
}

impl fmt::Debug for BootstrapToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the secret in logs or debug output.
        f.debug_struct("BootstrapToken")
            .field("id", &self.id)
            .field("ttl", &self.ttl)
            .finish_non_exhaustive()
    }
}

impl BootstrapToken {
    /// Parses `id.secret`; the error says what the format must be.
    pub fn parse_token(token: &str) -> Result<(String, String), String> {
        let valid = |s: &str, len: usize| {
            s.len() == len
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        };
        match token.split_once('.') {
            Some((id, secret)) if valid(id, 6) && valid(secret, 16) => {
                Ok((id.to_owned(), secret.to_owned()))
            }
            _ => Err(
                "a bootstrap token must match [a-z0-9]{6}.[a-z0-9]{16}, e.g. abcdef.0123456789abcdef (generate one with `kubeforge token generate`)"
                    .into(),
            ),
        }
    }

    /// A fresh random token with kubeadm's defaults.
    pub fn generate() -> Self {
        BootstrapToken {
            id: random_token_part(6),
            secret: random_token_part(16),
            description: None,
            ttl: DEFAULT_TTL,
            usages: DEFAULT_USAGES.iter().map(|s| s.to_string()).collect(),
            groups: vec![DEFAULT_GROUP.to_owned()],
        }
    }

    /// `id.secret`, the form users type.
    pub fn token(&self) -> String {
        format!("{}.{}", self.id, self.secret)
    }
}

/// Random characters from `[a-z0-9]`, from the system CSPRNG, without modulo bias.
pub fn random_token_part(len: usize) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut out = String::with_capacity(len);
    let mut buf = [0u8; 64];
    while out.len() < len {
        aws_lc_rs::rand::fill(&mut buf).expect("system random generator failed");
        for &b in &buf {
            // 252 = 7 * 36: reject the top values so every character is equally likely.
            if b < 252 && out.len() < len {
                out.push(ALPHABET[(b % 36) as usize] as char);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tokens_parse() {
        let t = BootstrapToken::generate();
        let (id, secret) = BootstrapToken::parse_token(&t.token()).unwrap();
        assert_eq!(
            (id.as_str(), secret.as_str()),
            (t.id.as_str(), t.secret.as_str())
        );
        assert!(!format!("{t:?}").contains(&t.secret));
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "abc.def",
            "ABCDEF.0123456789abcdef",
            "abcdef0123456789abcdef",
            "abcdef.0123456789abcde!",
        ] {
            assert!(BootstrapToken::parse_token(bad).is_err(), "{bad}");
        }
    }
}
