//! `agent-start` (kubeadm's kubelet-start): write the node's effective configuration, then
//! start the agent that runs the static Pods.

use crate::agent::service::{self, StartMode};
use crate::phases::NodeSetup;
use crate::workflow::{PhaseContext, PhaseFuture};

pub fn run<'a, D: NodeSetup>(d: &'a mut D, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        let d = d.node().await?;
        let config_path = d.paths.node_config();
        let yaml = crate::config::documents_yaml(&d.docs)?;
        crate::fsutil::write_atomic(&config_path, yaml.as_bytes(), crate::fsutil::MODE_SECRET)?;
        cx.log(format!(
            "Writing the node configuration to {}",
            config_path.display()
        ));
        if d.dry_run {
            cx.log(format!(
                "Would start the agent: {} agent --root-dir {}",
                d.exe.display(),
                d.target_root.display()
            ));
            cx.log(format!(
                "Dry run: the files init would write are in {}:",
                d.paths.root().display()
            ));
            for file in list_files(d.paths.root()) {
                cx.log(format!("  {}", file.display()));
            }
            return Ok(());
        }
        let paths = d.paths.clone();
        let exe = d.exe.clone();
        let (mode, record) =
            tokio::task::spawn_blocking(move || service::start(&paths, &exe)).await??;
        match mode {
            StartMode::Systemd => cx.log(format!(
                "Started {} (pid {})",
                service::UNIT_NAME,
                record.pid
            )),
            StartMode::Detached => cx.log(format!(
                "Started the agent (pid {}); its log is {}",
                record.pid,
                d.paths.agent_log().display()
            )),
            StartMode::AlreadyRunning => cx.log(format!(
                "The agent is already running (pid {}); it picks up the new manifests",
                record.pid
            )),
        }
        Ok(())
    })
}

fn list_files(root: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_owned()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(root) {
                out.push(std::path::Path::new("/").join(rel));
            }
        }
    }
    out.sort();
    out
}
