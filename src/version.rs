//! The Kubernetes version whose API kubeforge implements, and its own build information.
//!
//! `/version` reports this minor so that version-dispatching clients (kubectl's dispatcher picks
//! its binary from it) behave. It is tied to the k8s-openapi feature selected in Cargo.toml:
//! switching that feature without updating these constants does not compile.

k8s_openapi::k8s_if_1_33! {
    pub const KUBERNETES_MAJOR: &str = "1";
    pub const KUBERNETES_MINOR: &str = "33";
    /// The Kubernetes release whose API this build serves.
    pub const KUBERNETES_GIT_VERSION: &str = "v1.33.0";
}

/// kubeforge's own version.
pub const KUBEFORGE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The `gitVersion` reported by `/version`: the Kubernetes release plus our build, as k3s does
/// ("v1.33.0+kubeforge-0.1.0").
pub fn server_git_version() -> String {
    format!("{KUBERNETES_GIT_VERSION}+kubeforge-{KUBEFORGE_VERSION}")
}

/// Go's GOOS/GOARCH spelling of this platform, which clients expect in `/version`.
pub fn platform() -> String {
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        other => other,
    };
    format!("{}/{arch}", std::env::consts::OS)
}

/// The `/version` document: the nine fields of Kubernetes' `version.Info`.
pub fn info_json() -> serde_json::Value {
    serde_json::json!({
        "major": KUBERNETES_MAJOR,
        "minor": KUBERNETES_MINOR,
        "gitVersion": server_git_version(),
        "gitCommit": option_env!("KUBEFORGE_GIT_COMMIT").unwrap_or("unknown"),
        "gitTreeState": option_env!("KUBEFORGE_GIT_TREE_STATE").unwrap_or("unknown"),
        "buildDate": option_env!("KUBEFORGE_BUILD_DATE").unwrap_or("1970-01-01T00:00:00Z"),
        "goVersion": "n/a (built with rustc)",
        "compiler": "rustc",
        "platform": platform(),
    })
}
