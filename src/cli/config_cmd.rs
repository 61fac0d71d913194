//! `kubeforge config …`.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print configuration
    #[command(subcommand)]
    Print(PrintCommand),
}

#[derive(Debug, Subcommand)]
pub enum PrintCommand {
    /// Print the default init configuration (InitConfiguration and ClusterConfiguration) for `kubeforge init --config`
    InitDefaults,
    /// Print the default join configuration (arrives with `kubeforge join`)
    JoinDefaults,
}

pub fn run(cmd: ConfigCommand) -> anyhow::Result<()> {
    match cmd {
        ConfigCommand::Print(PrintCommand::InitDefaults) => {
            print!("{}", crate::config::init_defaults_yaml()?);
            Ok(())
        }
        ConfigCommand::Print(PrintCommand::JoinDefaults) => Err(super::planned::not_yet(
            "config print join-defaults",
            "join and HA",
        )),
    }
}
