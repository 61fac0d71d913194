//! The `kubeforge` binary: parse, set up logging, run the command on one tokio runtime, map
//! errors to exit codes.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use kubeforge::cli::Cli;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(cli.verbosity, cli.command.is_component());
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(kubeforge::cli::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `--v` picks the level (RUST_LOG, when set, wins). Components log at info by default;
/// one-shot commands only warn, as their progress goes to stdout.
fn init_tracing(verbosity: Option<u8>, component: bool) {
    let level = match verbosity {
        Some(0) => "warn",
        Some(1 | 2) => "info",
        Some(3 | 4) => "debug",
        Some(_) => "trace",
        None if component => "info",
        None => "warn",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new(format!("{level},h2=warn,hyper=warn,tower=warn,rustls=warn"))
    });
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false);
    if component {
        builder.init();
    } else {
        builder.without_time().init();
    }
}
