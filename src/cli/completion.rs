//! `kubeforge completion <shell>`: generated from the clap tree (the committed files under
//! completions/ are checked against this by a test).

use clap::Args;
use clap_complete::Shell;

#[derive(Debug, Args)]
pub struct CompletionCommand {
    /// bash, zsh or fish
    #[arg(value_parser = ["bash", "zsh", "fish"])]
    pub shell: String,
}

/// The completion script for `shell`.
pub fn generate(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "kubeforge", &mut out);
    out
}

pub fn run(cmd: CompletionCommand) -> anyhow::Result<()> {
    let shell: Shell = cmd.shell.parse().map_err(anyhow::Error::msg)?;
    use std::io::Write;
    std::io::stdout().write_all(&generate(shell))?;
    Ok(())
}
