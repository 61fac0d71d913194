//! Static Pod manifests (kubeadm's util/staticpod): building the control-plane Pods that
//! `<root>/etc/kubernetes/manifests` holds, and reading them back in the agent.

use std::collections::BTreeMap;
use std::path::Path;

use k8s_openapi::api::core::v1::{
    Container, EnvVar, HTTPGetAction, Pod, PodSpec, Probe, ResourceRequirements,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use crate::config::v1beta4::Arg;

/// An HTTP(S) GET probe target.
#[derive(Clone, Debug)]
pub struct HttpProbe {
    pub scheme: &'static str,
    pub host: String,
    pub port: u16,
    pub path: &'static str,
}

/// What differs between the control-plane Pods.
pub struct ComponentPod {
    /// The Pod and container name, e.g. `kube-apiserver`.
    pub name: &'static str,
    /// `image` carries no container image (nothing is pulled); it records what runs.
    pub image: String,
    pub command: Vec<String>,
    pub cpu_request: &'static str,
    pub liveness: Option<HttpProbe>,
    pub readiness: Option<HttpProbe>,
    pub annotations: BTreeMap<String, String>,
    pub env: Vec<(String, String)>,
}

/// A static Pod in kubeadm's shape: kube-system, host network, system-node-critical,
/// `component`/`tier` labels, startup and liveness probes.
pub fn component_pod(c: ComponentPod) -> Pod {
    let labels = BTreeMap::from([
        ("component".to_owned(), c.name.to_owned()),
        ("tier".to_owned(), "control-plane".to_owned()),
    ]);
    let probe = |p: &HttpProbe, initial_delay, period, failure| Probe {
        http_get: Some(HTTPGetAction {
            host: Some(p.host.clone()),
            path: Some(p.path.to_owned()),
            port: IntOrString::Int(p.port.into()),
            scheme: Some(p.scheme.to_owned()),
            ..Default::default()
        }),
        initial_delay_seconds: Some(initial_delay),
        period_seconds: Some(period),
        timeout_seconds: Some(15),
        failure_threshold: Some(failure),
        ..Default::default()
    };
    let env: Vec<EnvVar> = c
        .env
        .into_iter()
        .map(|(name, value)| EnvVar {
            name,
            value: Some(value),
            ..Default::default()
        })
        .collect();
    Pod {
        metadata: ObjectMeta {
            name: Some(c.name.to_owned()),
            namespace: Some("kube-system".to_owned()),
            labels: Some(labels),
            annotations: (!c.annotations.is_empty()).then_some(c.annotations),
            ..Default::default()
        },
        spec: Some(PodSpec {
            host_network: Some(true),
            priority_class_name: Some("system-node-critical".to_owned()),
            termination_grace_period_seconds: Some(30),
            containers: vec![Container {
                name: c.name.to_owned(),
                image: Some(c.image),
                image_pull_policy: Some("Never".to_owned()),
                command: Some(c.command),
                env: (!env.is_empty()).then_some(env),
                resources: Some(ResourceRequirements {
                    requests: Some(BTreeMap::from([(
                        "cpu".to_owned(),
                        Quantity(c.cpu_request.to_owned()),
                    )])),
                    ..Default::default()
                }),
                // Startup gates liveness: probe every second until up (2 minutes at most),
                // then every 10 s, restarting after 8 consecutive failures (kubeadm's values).
                startup_probe: c.liveness.as_ref().map(|p| probe(p, 0, 1, 120)),
                liveness_probe: c.liveness.as_ref().map(|p| probe(p, 0, 10, 8)),
                readiness_probe: c.readiness.as_ref().map(|p| probe(p, 0, 1, 3)),
                ..Default::default()
            }],
            ..Default::default()
        }),
        status: None,
    }
}

/// `--name=value` flags: `base` first, then `extra`; an extra flag replaces every base flag
/// of the same name (kubeadm's extraArgs rule).
pub fn merge_args(base: Vec<(&str, String)>, extra: &[Arg]) -> Vec<String> {
    base.into_iter()
        .filter(|(name, _)| !extra.iter().any(|a| a.name == *name))
        .map(|(name, value)| format!("--{name}={value}"))
        .chain(extra.iter().map(|a| format!("--{}={}", a.name, a.value)))
        .collect()
}

/// Serializes a Pod as a manifest file (0600, as the CIS benchmark asks).
pub fn write_manifest(path: &Path, pod: &Pod) -> std::io::Result<()> {
    let yaml = serde_saphyr::to_string(pod).map_err(std::io::Error::other)?;
    let text = format!(
        "# Written by kubeforge; the agent runs this Pod's containers as processes.\n# Edit it and the agent restarts the component.\n{yaml}"
    );
    crate::fsutil::write_atomic(path, text.as_bytes(), crate::fsutil::MODE_SECRET)
}

/// Marks static Pods so the agent restarts them (a changed manifest restarts its Pod): used
/// after their certificates were renewed.
pub fn mark_for_restart(
    paths: &crate::config::Paths,
    pods: &[&str],
    reason: &str,
) -> std::io::Result<()> {
    for pod in pods {
        let manifest = paths.manifest(pod);
        let Ok(text) = std::fs::read_to_string(&manifest) else {
            continue;
        };
        let mut parsed = parse_manifest(&text)
            .map_err(|e| std::io::Error::other(format!("{}: {e}", manifest.display())))?;
        parsed
            .metadata
            .annotations
            .get_or_insert_with(Default::default)
            .insert("kubeforge.io/restarted-for".into(), reason.to_owned());
        write_manifest(&manifest, &parsed)?;
    }
    Ok(())
}

/// Parses a manifest.
pub fn parse_manifest(text: &str) -> Result<Pod, String> {
    let pod: Pod = serde_saphyr::from_str(text).map_err(|e| e.to_string())?;
    let spec = pod.spec.as_ref().ok_or("the Pod has no spec")?;
    if pod.metadata.name.as_deref().unwrap_or("").is_empty() {
        return Err("metadata.name is required".into());
    }
    if spec.containers.is_empty() {
        return Err("spec.containers is empty".into());
    }
    for c in &spec.containers {
        if c.command.as_ref().is_none_or(|cmd| cmd.is_empty()) {
            return Err(format!(
                "container {:?} has no command: the agent runs commands, not images",
                c.name
            ));
        }
    }
    Ok(pod)
}

/// An `https://host:port` URL, bracketing IPv6 addresses.
pub fn url(scheme: &str, host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("{scheme}://[{host}]:{port}")
    } else {
        format!("{scheme}://{host}:{port}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_args_replace_defaults() {
        let args = merge_args(
            vec![("a", "1".into()), ("b", "2".into())],
            &[Arg {
                name: "b".into(),
                value: "3".into(),
            }],
        );
        assert_eq!(args, ["--a=1", "--b=3"]);
    }

    #[test]
    fn manifests_round_trip() {
        let pod = component_pod(ComponentPod {
            name: "kube-apiserver",
            image: "kubeforge:test".into(),
            command: vec!["/bin/true".into(), "--x=1".into()],
            cpu_request: "250m",
            liveness: Some(HttpProbe {
                scheme: "HTTPS",
                host: "127.0.0.1".into(),
                port: 6443,
                path: "/livez",
            }),
            readiness: None,
            annotations: BTreeMap::new(),
            env: vec![],
        });
        let yaml = serde_saphyr::to_string(&pod).unwrap();
        let back = parse_manifest(&yaml).unwrap();
        assert_eq!(back, pod);
    }
}
