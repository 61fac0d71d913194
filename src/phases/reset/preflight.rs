//! Reset's confirmation: a prompt on a terminal, `--force` otherwise.

use std::io::{BufRead, IsTerminal, Write};

use super::ResetData;
use crate::phases::Failed;
use crate::workflow::{PhaseContext, PhaseFuture};

pub fn run<'a>(d: &'a mut ResetData, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
    Box::pin(async move {
        if d.force {
            return Ok(());
        }
        if !std::io::stdin().is_terminal() {
            return Err(
                Failed("refusing to reset without confirmation: pass -f/--force".into()).into(),
            );
        }
        cx.log(format!(
            "Changes made to this host by 'kubeforge init' under {} will be reverted.",
            d.paths.root().display()
        ));
        print!("[reset] Are you sure you want to proceed? [y/N]: ");
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
            return Err(Failed("aborted by the user".into()).into());
        }
        Ok(())
    })
}
