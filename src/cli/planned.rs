//! Commands of the design whose behaviour later milestones deliver. Their flags and help are
//! in the command tree; running one says plainly that this build cannot do it yet (and
//! changes nothing).

/// The error every planned command returns.
pub fn not_yet(command: &str, milestone: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "`kubeforge {command}` is not available in this build yet (it arrives with the {milestone} milestone); nothing was changed"
    )
}
