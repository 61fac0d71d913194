//! The integration-test harness: a node is a fresh root directory and its own loopback
//! address, so tests run in parallel and never touch /etc. Dropping a node kills whatever it
//! started (the agent's whole process group), even when the test failed.

#![allow(dead_code)]

pub mod kms_plugin;

use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{Duration, Instant};

use kubeforge::config::Paths;
use kubeforge::kubeconfig::client::{ApiClient, Response};

pub const BIN: &str = env!("CARGO_BIN_EXE_kubeforge");

/// A distinct 127.X.Y.1 per node: X from the test process, Y counting up within it.
pub fn unique_address() -> Ipv4Addr {
    static NEXT: AtomicU8 = AtomicU8::new(1);
    let x = 20 + (std::process::id() % 200) as u8;
    Ipv4Addr::new(127, x, NEXT.fetch_add(1, Ordering::Relaxed), 1)
}

pub struct Node {
    pub dir: tempfile::TempDir,
    pub address: Ipv4Addr,
}

impl Node {
    pub fn new() -> Self {
        Node {
            dir: tempfile::Builder::new()
                .prefix("kubeforge-test-")
                .tempdir()
                .expect("temp dir"),
            address: unique_address(),
        }
    }

    /// The root given to `--root-dir` (a subdirectory, so "nothing written" is checkable).
    pub fn root(&self) -> PathBuf {
        self.dir.path().join("root")
    }

    pub fn paths(&self) -> Paths {
        Paths::new(&self.root())
    }

    /// The value etcd holds under `key`, read with the node's own etcd client credentials
    /// (bypassing the API server: what is really stored).
    pub fn etcd_value(&self, key: &str) -> Vec<u8> {
        block_on(async {
            let member = kubeforge::etcd::snapshot::LocalMember::from_manifest(&self.paths())
                .expect("the node's etcd member");
            let mut client = member.connect().await.expect("connect to etcd");
            let response = client.get(key, None).await.expect("etcd get");
            match response.kvs().first() {
                Some(kv) => kv.value().to_vec(),
                None => panic!("etcd holds nothing under {key}"),
            }
        })
    }

    /// The binary with a clean environment and this node's root.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .arg("--root-dir")
            .arg(self.root());
        cmd
    }

    /// `kubeforge <args> --apiserver-advertise-address <addr>` (for init and its phases).
    pub fn init_cmd(&self, args: &[&str]) -> Command {
        let mut cmd = self.cmd();
        cmd.args(args)
            .arg("--apiserver-advertise-address")
            .arg(self.address.to_string())
            .arg("--node-name")
            .arg("node-a");
        cmd
    }

    pub fn init(&self) -> Output {
        let out = run(self.init_cmd(&["init"]));
        assert_success(&out, "kubeforge init");
        out
    }

    /// `init --config` with a ClusterConfiguration whose fields are `fields` (YAML lines),
    /// written beside the root. Returns the output: the caller says what must happen.
    pub fn init_with_cluster_config(&self, fields: &str) -> Output {
        let config = self.dir.path().join("cluster-config.yaml");
        std::fs::write(
            &config,
            format!("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n{fields}"),
        )
        .unwrap();
        run(self.init_cmd(&["init", "--config", config.to_str().unwrap()]))
    }

    pub fn reset(&self) -> Output {
        let mut cmd = self.cmd();
        cmd.args(["reset", "-f"]);
        let out = run(cmd);
        assert_success(&out, "kubeforge reset -f");
        out
    }

    pub fn admin_conf(&self) -> PathBuf {
        self.paths().kubeconfig("admin.conf")
    }

    /// A client with the admin credentials.
    pub fn admin_client(&self) -> ApiClient {
        ApiClient::from_kubeconfig(&self.admin_conf()).expect("admin.conf loads")
    }

    /// A client that trusts the cluster CA but presents no certificate.
    pub fn anonymous_client(&self) -> ApiClient {
        let ca = std::fs::read_to_string(self.paths().pki_dir().join("ca.crt")).unwrap();
        let tls = kubeforge::tls::client_config(&ca, None).unwrap();
        ApiClient::new(&format!("https://{}:6443", self.address), tls).unwrap()
    }

    pub fn get(&self, client: &ApiClient, path: &str) -> Response {
        block_on(client.get(path)).unwrap_or_else(|e| panic!("GET {path}: {e}"))
    }

    /// Polls /readyz with the admin credentials until it says ok.
    pub fn wait_ready(&self, timeout: Duration) -> bool {
        let client = self.admin_client().with_timeout(Duration::from_secs(2));
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Ok(r) = block_on(client.get("/readyz"))
                && r.status == 200
                && r.text() == "ok"
            {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    /// The pid the agent recorded for a pod's container.
    pub fn container_pid(&self, pod: &str) -> Option<i32> {
        let text = std::fs::read_to_string(self.paths().container_pid_file(pod, pod)).ok()?;
        text.split_whitespace().next()?.parse().ok()
    }

    pub fn agent_pid(&self) -> Option<i32> {
        let text = std::fs::read_to_string(self.paths().agent_pid_file()).ok()?;
        text.split_whitespace().next()?.parse().ok()
    }

    /// Kills everything this node runs, without going through kubeforge.
    pub fn kill_all(&self) {
        if let Some(pid) = self.agent_pid() {
            // The agent is a session leader: its process group is the whole node.
            let _ = nix::sys::signal::killpg(
                nix::unistd::Pid::from_raw(pid),
                nix::sys::signal::Signal::SIGKILL,
            );
        }
        for pod in [
            "etcd",
            "kube-apiserver",
            "kube-controller-manager",
            "kube-scheduler",
        ] {
            if let Some(pid) = self.container_pid(pod) {
                let _ = nix::sys::signal::kill(
                    nix::unistd::Pid::from_raw(pid),
                    nix::sys::signal::Signal::SIGKILL,
                );
            }
        }
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.kill_all();
    }
}

pub fn run(mut cmd: Command) -> Output {
    cmd.output().expect("run kubeforge")
}

pub fn assert_success(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

/// Every file under `dir`, relative to it, sorted.
pub fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

/// Whether a process exists (and is not a zombie).
pub fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            let rest = &s[s.rfind(')').unwrap() + 2..];
            !rest.starts_with('Z')
        })
        .unwrap_or(false)
}

/// kubectl, if installed (it is not a Debian package; tests using it are skipped visibly
/// without it).
pub fn kubectl() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("kubectl"))
        .find(|p| p.is_file())
}

/// The versioned kubectl binaries the acceptance tests drive (the dispatcher's siblings), or
/// none with a visible notice when kubectl is not installed.
pub fn kubectl_binaries() -> Vec<PathBuf> {
    let dir = Path::new("/usr/lib/google-cloud-sdk/bin");
    let found: Vec<PathBuf> = ["kubectl.1.32", "kubectl.1.33"]
        .iter()
        .map(|b| dir.join(b))
        .filter(|p| p.is_file())
        .collect();
    if found.is_empty() {
        if let Some(k) = kubectl() {
            return vec![k];
        }
        eprintln!("NOTICE: kubectl not found; skipping kubectl acceptance tests");
    }
    found
}

/// Runs kubectl against a node with its admin kubeconfig and a private discovery cache.
pub struct Kubectl<'a> {
    pub bin: PathBuf,
    pub node: &'a Node,
    pub cache: PathBuf,
}

impl<'a> Kubectl<'a> {
    pub fn new(bin: PathBuf, node: &'a Node) -> Self {
        let cache = node.dir.path().join(format!(
            "kubectl-cache-{}",
            bin.file_name().unwrap().to_string_lossy()
        ));
        Kubectl { bin, node, cache }
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(&self.bin);
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.node.dir.path())
            .env("KUBECONFIG", self.node.admin_conf())
            .arg("--cache-dir")
            .arg(&self.cache)
            .args(args);
        c
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().expect("run kubectl");
        assert_success(&out, &format!("{} {}", self.bin.display(), args.join(" ")));
        stdout(&out)
    }

    /// Runs with `input` on stdin; asserts success; returns stdout.
    pub fn ok_stdin(&self, args: &[&str], input: &str) -> String {
        let out = self.run_stdin(args, input);
        assert_success(&out, &format!("{} {}", self.bin.display(), args.join(" ")));
        stdout(&out)
    }

    /// Runs with `input` on stdin; returns the whole output, success or not.
    pub fn run_stdin(&self, args: &[&str], input: &str) -> Output {
        use std::io::Write;
        let mut child = self
            .cmd(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run kubectl");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    /// Runs and returns the whole output, success or not.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("run kubectl")
    }
}

/// A kubeconfig for `user` in `groups`, with a client certificate issued by the node's `ca`
/// (a pki file base name: `ca`, `front-proxy-ca`), beside the node's root.
pub fn cert_kubeconfig(node: &Node, ca: &str, user: &str, groups: &[&str]) -> PathBuf {
    use base64::Engine;
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
    let pki = node.paths().pki_dir().to_owned();
    let authority = kubeforge::pki::CertAuthority::load(
        &pki.join(format!("{ca}.crt")),
        &pki.join(format!("{ca}.key")),
    )
    .unwrap();
    let issued = authority
        .issue(
            &kubeforge::pki::LeafRequest {
                common_name: user.into(),
                organizations: groups.iter().map(|g| g.to_string()).collect(),
                sans: vec![],
                usage: kubeforge::pki::Usage::Client,
                validity: Duration::from_secs(3600),
            },
            kubeforge::pki::KeyAlgorithm::EcdsaP256,
        )
        .unwrap();
    let cluster_ca = std::fs::read_to_string(pki.join("ca.crt")).unwrap();
    let path = node
        .dir
        .path()
        .join(format!("{ca}-{}.conf", user.replace(':', "-")));
    std::fs::write(
        &path,
        format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://{}:6443\n    certificate-authority-data: {}\n\
             users:\n- name: u\n  user:\n    client-certificate-data: {}\n    client-key-data: {}\n\
             contexts:\n- name: x\n  context: {{cluster: c, user: u}}\ncurrent-context: x\n",
            node.address,
            b64(&cluster_ca),
            b64(&issued.cert_pem),
            b64(&issued.key_pem),
        ),
    )
    .unwrap();
    path
}
