//! kubeadm's phase workflow (cmd/kubeadm/app/cmd/phases/workflow) in Rust: a command is an
//! ordered tree of phases over one typed data struct. The CLI for running a single phase
//! (`kubeforge init phase …`) and `--skip-phases` are generated from the same tree, so a phase
//! run alone behaves exactly as inside the workflow. Generic over the data type: no downcasts.

pub mod cli;
pub mod progress;

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

pub use progress::Progress;

/// What a phase returns: any error, boxed; the runner adds the phase's path as context.
pub type PhaseError = Box<dyn std::error::Error + Send + Sync>;
pub type PhaseResult = Result<(), PhaseError>;
pub type PhaseFuture<'a> = Pin<Box<dyn Future<Output = PhaseResult> + Send + 'a>>;
/// A phase body, written as `fn run<'a>(d: &'a mut D, cx: &'a PhaseContext<'a>) -> PhaseFuture<'a>`.
pub type RunFn<D> = for<'a> fn(&'a mut D, &'a PhaseContext<'a>) -> PhaseFuture<'a>;

/// What a running phase knows about itself. Table-driven phases (one per certificate, one per
/// kubeconfig) share a body and look their row up by `name`.
pub struct PhaseContext<'a> {
    pub name: &'static str,
    pub path: &'a str,
    pub progress: &'a Progress,
}

impl PhaseContext<'_> {
    /// A kubeadm-style progress line: `[certs] Generating "ca" certificate and key`.
    pub fn log(&self, message: impl AsRef<str>) {
        self.progress.log(message);
    }
}

/// One node of a workflow.
pub struct Phase<D> {
    pub name: &'static str,
    pub short: &'static str,
    pub run: Option<RunFn<D>>,
    pub phases: Vec<Phase<D>>,
    /// Offer `<name> all` on the command line to run every child phase.
    pub run_all_siblings: bool,
}

impl<D> Phase<D> {
    pub fn new(name: &'static str, short: &'static str, run: RunFn<D>) -> Self {
        Phase {
            name,
            short,
            run: Some(run),
            phases: Vec::new(),
            run_all_siblings: false,
        }
    }

    /// A phase made only of sub-phases, with an `all` sub-command.
    pub fn group(name: &'static str, short: &'static str, phases: Vec<Phase<D>>) -> Self {
        Phase {
            name,
            short,
            run: None,
            phases,
            run_all_siblings: true,
        }
    }
}

/// A workflow: a name and its phase tree. Implemented by each command's data module.
pub trait Workflow: 'static {
    type Data: Send;
    /// The command, for messages: "init", "reset".
    const NAME: &'static str;
    fn phases() -> Vec<Phase<Self::Data>>;
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The cause is shown in the message and deliberately not chained as `source`, so that
    /// `{:#}` does not print it twice.
    #[error("[{path}] {cause}")]
    Phase { path: String, cause: PhaseError },
    #[error("unknown phase {name:?}; phases are: {}", known.join(", "))]
    UnknownPhase { name: String, known: Vec<String> },
}

/// How long each phase took, in execution order (for the summary and the benchmark).
#[derive(Clone, Debug)]
pub struct PhaseTiming {
    pub path: String,
    pub duration: Duration,
    pub skipped: bool,
}

/// Every phase path of a tree ("certs", "certs/ca", …), in execution order.
pub fn all_paths<D>(phases: &[Phase<D>]) -> Vec<String> {
    fn walk<D>(prefix: &str, phases: &[Phase<D>], out: &mut Vec<String>) {
        for p in phases {
            let path = join(prefix, p.name);
            out.push(path.clone());
            walk(&path, &p.phases, out);
        }
    }
    let mut out = Vec::new();
    walk("", phases, &mut out);
    out
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}/{name}")
    }
}

/// Checks `--skip-phases` values against the tree (`certs/all` is accepted for `certs`).
pub fn validate_skip<D>(phases: &[Phase<D>], skip: &[String]) -> Result<Vec<String>, Error> {
    let known = all_paths(phases);
    skip.iter()
        .map(|s| {
            let normalized = s.strip_suffix("/all").unwrap_or(s).to_owned();
            if known.contains(&normalized) {
                Ok(normalized)
            } else {
                Err(Error::UnknownPhase {
                    name: s.clone(),
                    known: known.clone(),
                })
            }
        })
        .collect()
}

/// Runs a whole workflow, or one phase of it.
pub struct Runner<W: Workflow> {
    phases: Vec<Phase<W::Data>>,
}

impl<W: Workflow> Default for Runner<W> {
    fn default() -> Self {
        Runner {
            phases: W::phases(),
        }
    }
}

impl<W: Workflow> Runner<W> {
    pub fn phases(&self) -> &[Phase<W::Data>] {
        &self.phases
    }

    /// Runs every phase in order, except those in `skip` (and their children).
    pub async fn run(
        &self,
        data: &mut W::Data,
        progress: &Progress,
        skip: &[String],
    ) -> Result<Vec<PhaseTiming>, Error> {
        let skip = validate_skip(&self.phases, skip)?;
        let mut timings = Vec::new();
        run_list(&self.phases, "", data, progress, &skip, &mut timings).await?;
        Ok(timings)
    }

    /// Runs the phase at `path` ("certs/apiserver", or "certs/all" for the whole group) with
    /// its children, exactly as the full workflow would.
    pub async fn run_one(
        &self,
        path: &str,
        data: &mut W::Data,
        progress: &Progress,
    ) -> Result<Vec<PhaseTiming>, Error> {
        let normalized = path.strip_suffix("/all").unwrap_or(path);
        let unknown = || Error::UnknownPhase {
            name: path.to_owned(),
            known: all_paths(&self.phases),
        };
        let mut list = &self.phases;
        let mut found = None;
        for part in normalized.split('/') {
            let phase = list.iter().find(|p| p.name == part).ok_or_else(unknown)?;
            list = &phase.phases;
            found = Some(phase);
        }
        let phase = found.ok_or_else(unknown)?;
        let prefix = normalized.rsplit_once('/').map_or("", |(parent, _)| parent);
        let mut timings = Vec::new();
        run_list(
            std::slice::from_ref(phase),
            prefix,
            data,
            progress,
            &[],
            &mut timings,
        )
        .await?;
        Ok(timings)
    }
}

/// Depth-first: a phase's own body, then its children. Boxed because it recurses.
fn run_list<'a, D: Send>(
    phases: &'a [Phase<D>],
    prefix: &'a str,
    data: &'a mut D,
    progress: &'a Progress,
    skip: &'a [String],
    timings: &'a mut Vec<PhaseTiming>,
) -> Pin<Box<dyn Future<Output = Result<(), Error>> + Send + 'a>> {
    Box::pin(async move {
        for phase in phases {
            let path = join(prefix, phase.name);
            if skip.contains(&path) {
                progress.skipped(&path);
                timings.push(PhaseTiming {
                    path,
                    duration: Duration::ZERO,
                    skipped: true,
                });
                continue;
            }
            let started = Instant::now();
            progress.started(&path);
            if let Some(run) = phase.run {
                let cx = PhaseContext {
                    name: phase.name,
                    path: &path,
                    progress,
                };
                if let Err(cause) = run(data, &cx).await {
                    progress.failed(&path);
                    return Err(Error::Phase { path, cause });
                }
            }
            run_list(&phase.phases, &path, data, progress, skip, timings).await?;
            let duration = started.elapsed();
            progress.finished(&path, duration);
            timings.push(PhaseTiming {
                path,
                duration,
                skipped: false,
            });
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Trace(Vec<&'static str>);
    struct TestFlow;

    fn a<'a>(d: &'a mut Trace, _: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
        Box::pin(async move {
            d.0.push("a");
            Ok(())
        })
    }
    fn b1<'a>(d: &'a mut Trace, _: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
        Box::pin(async move {
            d.0.push("b1");
            Ok(())
        })
    }
    fn b2<'a>(d: &'a mut Trace, _: &'a PhaseContext<'a>) -> PhaseFuture<'a> {
        Box::pin(async move {
            d.0.push("b2");
            Err("boom".into())
        })
    }

    impl Workflow for TestFlow {
        type Data = Trace;
        const NAME: &'static str = "test";
        fn phases() -> Vec<Phase<Trace>> {
            vec![
                Phase::new("a", "first", a),
                Phase::group(
                    "b",
                    "group",
                    vec![Phase::new("one", "b1", b1), Phase::new("two", "b2", b2)],
                ),
            ]
        }
    }

    fn block<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn runs_in_order_and_names_the_failing_phase() {
        let runner = Runner::<TestFlow>::default();
        let mut trace = Trace::default();
        let err = block(runner.run(&mut trace, &Progress::silent(), &[])).unwrap_err();
        assert_eq!(trace.0, ["a", "b1", "b2"]);
        assert!(err.to_string().starts_with("[b/two] boom"), "{err}");
    }

    #[test]
    fn skip_removes_a_phase_and_its_children() {
        let runner = Runner::<TestFlow>::default();
        let mut trace = Trace::default();
        let timings = block(runner.run(&mut trace, &Progress::silent(), &["b".into()])).unwrap();
        assert_eq!(trace.0, ["a"]);
        assert!(timings.iter().any(|t| t.path == "b" && t.skipped));
        let mut trace = Trace::default();
        block(runner.run(&mut trace, &Progress::silent(), &["b/two".into()])).unwrap();
        assert_eq!(trace.0, ["a", "b1"]);
    }

    #[test]
    fn unknown_skip_is_an_error() {
        let runner = Runner::<TestFlow>::default();
        let err = block(runner.run(&mut Trace::default(), &Progress::silent(), &["c".into()]))
            .unwrap_err();
        assert!(err.to_string().contains("b/one"), "{err}");
    }

    #[test]
    fn run_one_runs_exactly_that_subtree() {
        let runner = Runner::<TestFlow>::default();
        let mut trace = Trace::default();
        block(runner.run_one("b/one", &mut trace, &Progress::silent())).unwrap();
        assert_eq!(trace.0, ["b1"]);
        let mut trace = Trace::default();
        let _ = block(runner.run_one("b/all", &mut trace, &Progress::silent()));
        assert_eq!(trace.0, ["b1", "b2"]);
        assert_eq!(all_paths(runner.phases()), ["a", "b", "b/one", "b/two"]);
    }
}
