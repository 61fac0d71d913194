//! `kubeforge reset`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::phases::reset::{ResetData, ResetWorkflow};
use crate::workflow::cli::PhaseSelection;
use crate::workflow::{Progress, Runner};

#[derive(Debug, Args)]
pub struct ResetCommand {
    /// Reset the node without prompting for confirmation
    #[arg(short, long, global = true)]
    pub force: bool,
    /// Remove this master's etcd member even when the members left would have no healthy quorum
    /// (the cluster then stops until they are back); without it, reset refuses and changes nothing
    #[arg(long, global = true)]
    pub allow_quorum_loss: bool,
    /// List of phases to be skipped (comma-separated)
    #[arg(long, value_delimiter = ',', global = true)]
    pub skip_phases: Vec<String>,
    #[command(subcommand)]
    pub sub: Option<ResetSub>,
}

#[derive(Debug, Subcommand)]
pub enum ResetSub {
    /// Use this command to invoke a single phase of the reset workflow
    Phase {
        #[command(subcommand)]
        phase: PhaseSelection<ResetWorkflow>,
    },
}

pub async fn run(cmd: ResetCommand, root: PathBuf) -> anyhow::Result<()> {
    let mut data = ResetData::new(root, cmd.force, cmd.allow_quorum_loss);
    let progress = Progress::detect();
    let runner = Runner::<ResetWorkflow>::default();
    match cmd.sub {
        Some(ResetSub::Phase { phase }) => {
            runner.run_one(&phase.path, &mut data, &progress).await?;
        }
        None => {
            runner.run(&mut data, &progress, &cmd.skip_phases).await?;
        }
    }
    Ok(())
}
