//! Reading kubeadm configuration files: multi-document YAML, one typed struct per `kind`.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::v1beta4::{self, ClusterConfiguration, InitConfiguration, TypeMeta};
use super::{Error, Result};

/// The documents of an init configuration file; a missing kind is left at its defaults.
#[derive(Debug, Default)]
pub struct InitDocuments {
    pub init: InitConfiguration,
    pub cluster: ClusterConfiguration,
}

/// Reads `path` (`-` for stdin) and returns its InitConfiguration and ClusterConfiguration.
pub fn read_init_file(path: &Path) -> Result<InitDocuments> {
    parse_init_documents(&read_source(path)?, &path.display().to_string())
}

/// The text of a configuration file, or of stdin for `-`.
fn read_source(path: &Path) -> Result<String> {
    if path == Path::new("-") {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(path)
    }
    .map_err(|source| Error::Read {
        path: path.to_owned(),
        source,
    })
}

/// Parses the documents in `text`; `origin` names the file in error messages.
pub fn parse_init_documents(text: &str, origin: &str) -> Result<InitDocuments> {
    let mut docs = InitDocuments::default();
    let (mut seen_init, mut seen_cluster) = (false, false);
    for (index, doc) in split_documents(text).into_iter().enumerate() {
        let number = index + 1;
        if doc.text.trim().is_empty() || is_only_comments(doc.text) {
            continue;
        }
        let meta: TypeMeta = parse_doc(doc.text, origin, number, doc.first_line)?;
        let seen = match meta.kind.as_str() {
            v1beta4::KIND_INIT => &mut seen_init,
            v1beta4::KIND_CLUSTER => &mut seen_cluster,
            _ => {
                return Err(Error::UnknownKind {
                    origin: origin.to_owned(),
                    document: number,
                    kind: meta.kind,
                    api_version: meta.api_version,
                    command: "init",
                    expected: "InitConfiguration and ClusterConfiguration",
                });
            }
        };
        if std::mem::replace(seen, true) {
            return Err(Error::DuplicateKind {
                origin: origin.to_owned(),
                kind: meta.kind,
            });
        }
        if meta.api_version != v1beta4::API_VERSION {
            return Err(Error::UnsupportedApiVersion {
                origin: origin.to_owned(),
                kind: meta.kind,
                api_version: meta.api_version,
            });
        }
        if meta.kind == v1beta4::KIND_INIT {
            docs.init = parse_doc(doc.text, origin, number, doc.first_line)?;
        } else {
            docs.cluster = parse_doc(doc.text, origin, number, doc.first_line)?;
        }
    }
    Ok(docs)
}

/// Reads `path` (`-` for stdin): one JoinConfiguration (kubeadm join --config).
pub fn read_join_file(path: &Path) -> Result<v1beta4::JoinConfiguration> {
    parse_join_document(&read_source(path)?, &path.display().to_string())
}

/// Parses the JoinConfiguration in `text`; `origin` names the file in error messages.
pub fn parse_join_document(text: &str, origin: &str) -> Result<v1beta4::JoinConfiguration> {
    let mut found = None;
    for (index, doc) in split_documents(text).into_iter().enumerate() {
        let number = index + 1;
        if doc.text.trim().is_empty() || is_only_comments(doc.text) {
            continue;
        }
        let meta: TypeMeta = parse_doc(doc.text, origin, number, doc.first_line)?;
        if meta.kind != v1beta4::KIND_JOIN {
            return Err(Error::UnknownKind {
                origin: origin.to_owned(),
                document: number,
                kind: meta.kind,
                api_version: meta.api_version,
                command: "join",
                expected: "JoinConfiguration",
            });
        }
        if meta.api_version != v1beta4::API_VERSION {
            return Err(Error::UnsupportedApiVersion {
                origin: origin.to_owned(),
                kind: meta.kind,
                api_version: meta.api_version,
            });
        }
        if found.is_some() {
            return Err(Error::DuplicateKind {
                origin: origin.to_owned(),
                kind: meta.kind,
            });
        }
        found = Some(parse_doc(doc.text, origin, number, doc.first_line)?);
    }
    found.ok_or_else(|| Error::Missing {
        origin: origin.to_owned(),
        message: format!(
            "no JoinConfiguration ({}) found: `kubeforge config print join-defaults` prints one",
            v1beta4::API_VERSION
        ),
    })
}

struct Document<'a> {
    text: &'a str,
    /// 1-based line of the document's first line in the whole file.
    first_line: usize,
}

/// Splits on `---` separator lines, as kubeadm does, keeping each document's starting line so
/// that error positions can be reported against the whole file.
fn split_documents(text: &str) -> Vec<Document<'_>> {
    let mut docs = Vec::new();
    let mut start = 0;
    let mut start_line = 1;
    let mut offset = 0;
    for (line_index, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed.starts_with("--- ") {
            docs.push(Document {
                text: &text[start..offset],
                first_line: start_line,
            });
            start = offset + line.len();
            start_line = line_index + 2;
        }
        offset += line.len();
    }
    docs.push(Document {
        text: &text[start..],
        first_line: start_line,
    });
    docs
}

fn is_only_comments(text: &str) -> bool {
    text.lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
}

fn parse_doc<T: DeserializeOwned>(
    text: &str,
    origin: &str,
    document: usize,
    first_line: usize,
) -> Result<T> {
    serde_saphyr::from_str(text).map_err(|e| Error::Parse {
        origin: origin.to_owned(),
        document,
        first_line,
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_kinds() {
        let docs = parse_init_documents(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint:\n  bindPort: 7443\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  dnsDomain: example.local\n",
            "test",
        )
        .unwrap();
        assert_eq!(docs.init.local_api_endpoint.bind_port, Some(7443));
        assert_eq!(
            docs.cluster.networking.dns_domain.as_deref(),
            Some("example.local")
        );
    }

    #[test]
    fn unknown_field_is_named() {
        let err = parse_init_documents(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnett: 10.0.0.0/16\n",
            "test",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("podSubnett"), "{err}");
    }

    #[test]
    fn unknown_kind_and_version_are_errors() {
        let err = parse_init_documents("apiVersion: v1\nkind: Pod\n", "t").unwrap_err();
        assert!(err.to_string().contains("Pod"), "{err}");
        let err = parse_init_documents(
            "apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\n",
            "t",
        )
        .unwrap_err();
        assert!(err.to_string().contains("v1beta3"), "{err}");
    }
}
