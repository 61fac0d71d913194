//! CA public-key pins (`sha256:<hex>` of the SubjectPublicKeyInfo), kubeadm's
//! `--discovery-token-ca-cert-hash` format.

/// The pin of a PEM certificate, or `None` if it does not parse.
pub fn ca_cert_hash(cert_pem: &str) -> Option<String> {
    let (_, pem) = x509_parser::pem::parse_x509_pem(cert_pem.as_bytes()).ok()?;
    let cert = pem.parse_x509().ok()?;
    Some(spki_hash(cert.public_key().raw))
}

/// `sha256:<hex>` of DER-encoded SubjectPublicKeyInfo bytes.
pub fn spki_hash(spki_der: &[u8]) -> String {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, spki_der);
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}
