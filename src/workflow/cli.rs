//! The command-line face of a workflow, generated from its phase tree: `<cmd> phase <name>
//! [<sub>|all]`. `PhaseSelection<W>` plugs into a clap-derive tree as a subcommand type.

use std::marker::PhantomData;

use clap::{ArgMatches, Command, FromArgMatches, Subcommand};

use super::{Phase, Workflow, all_paths};

/// The phase path a user chose, e.g. "certs/apiserver" or "certs/all".
pub struct PhaseSelection<W> {
    pub path: String,
    _workflow: PhantomData<W>,
}

impl<W> std::fmt::Debug for PhaseSelection<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("PhaseSelection").field(&self.path).finish()
    }
}

impl<W> Clone for PhaseSelection<W> {
    fn clone(&self) -> Self {
        PhaseSelection {
            path: self.path.clone(),
            _workflow: PhantomData,
        }
    }
}

fn command_for<D>(phase: &Phase<D>) -> Command {
    let mut cmd = Command::new(phase.name).about(phase.short);
    if phase.phases.is_empty() {
        return cmd;
    }
    if phase.run_all_siblings {
        cmd = cmd.subcommand(Command::new("all").about(format!("Run all {} phases", phase.name)));
    }
    for child in &phase.phases {
        cmd = cmd.subcommand(command_for(child));
    }
    if phase.run.is_none() {
        cmd = cmd.subcommand_required(true).arg_required_else_help(true);
    }
    cmd
}

fn selected(matches: &ArgMatches) -> Option<String> {
    let (name, sub) = matches.subcommand()?;
    Some(match selected(sub) {
        Some(rest) => format!("{name}/{rest}"),
        None => name.to_owned(),
    })
}

impl<W: Workflow> FromArgMatches for PhaseSelection<W> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let path = selected(matches).ok_or_else(|| {
            clap::Error::raw(
                clap::error::ErrorKind::MissingSubcommand,
                format!(
                    "a phase name is required: {}",
                    all_paths(&W::phases()).join(", ")
                ),
            )
        })?;
        Ok(PhaseSelection {
            path,
            _workflow: PhantomData,
        })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl<W: Workflow> Subcommand for PhaseSelection<W> {
    fn augment_subcommands(mut cmd: Command) -> Command {
        for phase in &W::phases() {
            cmd = cmd.subcommand(command_for(phase));
        }
        cmd.subcommand_required(true)
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        W::phases().iter().any(|p| p.name == name)
    }
}

/// `--skip-phases` help text listing the valid names.
pub fn skip_help<W: Workflow>() -> String {
    format!(
        "Phases to skip (comma-separated): {}",
        all_paths(&W::phases()).join(", ")
    )
}
