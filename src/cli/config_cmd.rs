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
    /// Print a default join configuration (JoinConfiguration) for `kubeforge join --config`
    JoinDefaults,
}

pub fn run(cmd: ConfigCommand) -> anyhow::Result<()> {
    match cmd {
        ConfigCommand::Print(PrintCommand::InitDefaults) => {
            print!("{}", crate::config::init_defaults_yaml()?);
            Ok(())
        }
        ConfigCommand::Print(PrintCommand::JoinDefaults) => {
            print!("{}", crate::config::join_defaults_yaml()?);
            Ok(())
        }
    }
}
