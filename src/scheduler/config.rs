//! `--config`: kube-scheduler's KubeSchedulerConfiguration (kubescheduler.config.k8s.io/v1),
//! read strictly (an unknown field is an error, as kube-scheduler's strict decoding makes it),
//! resolved into profiles of plugin instances.

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;

use super::framework::Profile;
use super::plugins::{
    self,
    node_resources::{NodeResourcesFit, Strategy},
};
use crate::config::duration::GoDuration;
use crate::leader_election::LeaderElectionOptions;

pub const API_VERSION: &str = "kubescheduler.config.k8s.io/v1";
pub const DEFAULT_SCHEDULER_NAME: &str = "default-scheduler";

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read the scheduler configuration {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("invalid scheduler configuration {path}: {message}")]
    Invalid { path: String, message: String },
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KubeSchedulerConfiguration {
    pub api_version: String,
    pub kind: String,
    #[serde(default)]
    pub client_connection: Option<ClientConnection>,
    #[serde(default)]
    pub leader_election: Option<LeaderElectionConfig>,
    #[serde(default)]
    pub percentage_of_nodes_to_score: Option<u32>,
    #[serde(default)]
    pub pod_initial_backoff_seconds: Option<u64>,
    #[serde(default)]
    pub pod_max_backoff_seconds: Option<u64>,
    #[serde(default)]
    pub parallelism: Option<u32>,
    #[serde(default)]
    pub profiles: Vec<ProfileConfig>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ClientConnection {
    #[serde(default)]
    pub kubeconfig: Option<String>,
    #[serde(default)]
    pub qps: Option<f64>,
    #[serde(default)]
    pub burst: Option<u32>,
    #[serde(default)]
    pub content_type: Option<String>,
    #[serde(default)]
    pub accept_content_types: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LeaderElectionConfig {
    #[serde(default)]
    pub leader_elect: Option<bool>,
    #[serde(default)]
    pub lease_duration: Option<GoDuration>,
    #[serde(default)]
    pub renew_deadline: Option<GoDuration>,
    #[serde(default)]
    pub retry_period: Option<GoDuration>,
    #[serde(default)]
    pub resource_lock: Option<String>,
    #[serde(default)]
    pub resource_name: Option<String>,
    #[serde(default)]
    pub resource_namespace: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProfileConfig {
    #[serde(default)]
    pub scheduler_name: Option<String>,
    #[serde(default)]
    pub percentage_of_nodes_to_score: Option<u32>,
    #[serde(default)]
    pub plugins: Option<Plugins>,
    #[serde(default)]
    pub plugin_config: Vec<PluginConfig>,
}

/// The extension points. Only multiPoint, filter and score choose plugins here; the others
/// are accepted for compatibility and must name known plugins.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Plugins {
    #[serde(default)]
    pub multi_point: PluginSet,
    #[serde(default)]
    pub filter: PluginSet,
    #[serde(default)]
    pub score: PluginSet,
    #[serde(default)]
    pub pre_enqueue: PluginSet,
    #[serde(default)]
    pub queue_sort: PluginSet,
    #[serde(default)]
    pub pre_filter: PluginSet,
    #[serde(default)]
    pub post_filter: PluginSet,
    #[serde(default)]
    pub pre_score: PluginSet,
    #[serde(default)]
    pub reserve: PluginSet,
    #[serde(default)]
    pub permit: PluginSet,
    #[serde(default)]
    pub pre_bind: PluginSet,
    #[serde(default)]
    pub bind: PluginSet,
    #[serde(default)]
    pub post_bind: PluginSet,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PluginSet {
    #[serde(default)]
    pub enabled: Vec<PluginRef>,
    #[serde(default)]
    pub disabled: Vec<PluginRef>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PluginRef {
    pub name: String,
    #[serde(default)]
    pub weight: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PluginConfig {
    pub name: String,
    #[serde(default)]
    pub args: serde_json::Value,
}

/// Plugins kube-scheduler has that this scheduler does not need (queue sort, binder,
/// preemption are built in; volume binding needs a volume controller): accepted by name.
const BUILT_IN_ELSEWHERE: [&str; 10] = [
    "PrioritySort",
    "DefaultBinder",
    "DefaultPreemption",
    "SchedulingGates",
    "VolumeBinding",
    "VolumeZone",
    "NodeVolumeLimits",
    "EBSLimits",
    "GCEPDLimits",
    "AzureDiskLimits",
];

/// What the scheduler runs with.
pub struct Settings {
    pub profiles: Vec<Profile>,
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
}

impl KubeSchedulerConfiguration {
    pub fn load(path: &Path) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.display().to_string(),
            source,
        })?;
        let invalid = |message: String| Error::Invalid {
            path: path.display().to_string(),
            message,
        };
        let cfg: KubeSchedulerConfiguration =
            serde_saphyr::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        if cfg.api_version != API_VERSION || cfg.kind != "KubeSchedulerConfiguration" {
            return Err(invalid(format!(
                "expected apiVersion {API_VERSION} and kind KubeSchedulerConfiguration, found {:?} {:?}",
                cfg.api_version, cfg.kind
            )));
        }
        cfg.settings().map_err(invalid)?;
        Ok(cfg)
    }

    /// The leader-election flags with this file's values applied (the file wins, as in
    /// kube-scheduler when --config is given).
    pub fn apply_leader_election(&self, opts: &mut LeaderElectionOptions) {
        let Some(le) = &self.leader_election else {
            return;
        };
        if let Some(v) = le.leader_elect {
            opts.leader_elect = v;
        }
        if let Some(d) = le.lease_duration {
            opts.leader_elect_lease_duration = d.0;
        }
        if let Some(d) = le.renew_deadline {
            opts.leader_elect_renew_deadline = d.0;
        }
        if let Some(d) = le.retry_period {
            opts.leader_elect_retry_period = d.0;
        }
        if let Some(n) = &le.resource_name {
            opts.leader_elect_resource_name = Some(n.clone());
        }
        if let Some(n) = &le.resource_namespace {
            opts.leader_elect_resource_namespace = n.clone();
        }
    }

    /// Resolves the profiles; an empty configuration is kube-scheduler's default profile.
    pub fn settings(&self) -> Result<Settings, String> {
        if let Some(p) = self.percentage_of_nodes_to_score.filter(|p| *p > 100) {
            return Err(format!("percentageOfNodesToScore {p} is not in 0..=100"));
        }
        let default_profile = [ProfileConfig::default()];
        let configs: &[ProfileConfig] = if self.profiles.is_empty() {
            &default_profile
        } else {
            &self.profiles
        };
        let mut profiles: Vec<Profile> = Vec::new();
        for (i, cfg) in configs.iter().enumerate() {
            let profile = resolve_profile(cfg, self.percentage_of_nodes_to_score)
                .map_err(|e| format!("profiles[{i}]: {e}"))?;
            if profiles
                .iter()
                .any(|p| p.scheduler_name == profile.scheduler_name)
            {
                return Err(format!(
                    "profiles[{i}]: duplicate schedulerName {:?}",
                    profile.scheduler_name
                ));
            }
            profiles.push(profile);
        }
        let initial = self.pod_initial_backoff_seconds.unwrap_or(1).max(1);
        let max = self.pod_max_backoff_seconds.unwrap_or(10);
        if max < initial {
            return Err(format!(
                "podMaxBackoffSeconds ({max}) must not be below podInitialBackoffSeconds ({initial})"
            ));
        }
        Ok(Settings {
            profiles,
            initial_backoff: Duration::from_secs(initial),
            max_backoff: Duration::from_secs(max),
        })
    }
}

fn check_names(set: &PluginSet, point: &str) -> Result<(), String> {
    let known = plugins::known();
    for p in set.enabled.iter().chain(&set.disabled) {
        if p.name != "*"
            && !known.contains(&p.name.as_str())
            && !BUILT_IN_ELSEWHERE.contains(&p.name.as_str())
        {
            return Err(format!(
                "{point}: unknown plugin {:?} (known: {})",
                p.name,
                known.join(", ")
            ));
        }
    }
    Ok(())
}

/// Applies a set's disabled then enabled lists to `names` (`*` disables all defaults).
fn apply_set(
    names: &mut Vec<(String, i64)>,
    set: &PluginSet,
    applicable: &dyn Fn(&str) -> Option<i64>,
) -> Result<(), String> {
    for d in &set.disabled {
        if d.name == "*" {
            names.clear();
        } else {
            names.retain(|(n, _)| n != &d.name);
        }
    }
    for e in &set.enabled {
        let Some(default_weight) = applicable(&e.name) else {
            continue;
        };
        let weight = e.weight.unwrap_or(default_weight);
        if !(1..=100).contains(&weight) {
            return Err(format!(
                "plugin {:?}: weight {weight} is not in 1..=100",
                e.name
            ));
        }
        match names.iter_mut().find(|(n, _)| n == &e.name) {
            Some(existing) => existing.1 = weight,
            None => names.push((e.name.clone(), weight)),
        }
    }
    Ok(())
}

fn resolve_profile(cfg: &ProfileConfig, global_percentage: Option<u32>) -> Result<Profile, String> {
    let mut fit = NodeResourcesFit::default();
    for pc in &cfg.plugin_config {
        match pc.name.as_str() {
            "NodeResourcesFit" => fit = fit_args(&pc.args)?,
            name if plugins::known().contains(&name) || BUILT_IN_ELSEWHERE.contains(&name) => {}
            name => return Err(format!("pluginConfig: unknown plugin {name:?}")),
        }
    }
    let mut filters: Vec<(String, i64)> = plugins::DEFAULT_FILTERS
        .iter()
        .map(|n| (n.to_string(), 0))
        .collect();
    let mut scores: Vec<(String, i64)> = plugins::DEFAULT_SCORES
        .iter()
        .map(|(n, w)| (n.to_string(), *w))
        .collect();
    if let Some(p) = &cfg.plugins {
        for (set, point) in [
            (&p.multi_point, "multiPoint"),
            (&p.filter, "filter"),
            (&p.score, "score"),
            (&p.pre_enqueue, "preEnqueue"),
            (&p.queue_sort, "queueSort"),
            (&p.pre_filter, "preFilter"),
            (&p.post_filter, "postFilter"),
            (&p.pre_score, "preScore"),
            (&p.reserve, "reserve"),
            (&p.permit, "permit"),
            (&p.pre_bind, "preBind"),
            (&p.bind, "bind"),
            (&p.post_bind, "postBind"),
        ] {
            check_names(set, point)?;
        }
        let is_filter = |n: &str| plugins::DEFAULT_FILTERS.contains(&n).then_some(0);
        let score_weight = |n: &str| {
            plugins::DEFAULT_SCORES
                .iter()
                .find(|(name, _)| *name == n)
                .map(|(_, w)| *w)
        };
        apply_set(&mut filters, &p.multi_point, &is_filter)?;
        apply_set(&mut scores, &p.multi_point, &score_weight)?;
        apply_set(&mut filters, &p.filter, &is_filter)?;
        apply_set(&mut scores, &p.score, &score_weight)?;
    }
    let percentage = cfg.percentage_of_nodes_to_score.or(global_percentage);
    if let Some(p) = percentage.filter(|p| *p > 100) {
        return Err(format!("percentageOfNodesToScore {p} is not in 0..=100"));
    }
    Ok(Profile {
        scheduler_name: cfg
            .scheduler_name
            .clone()
            .unwrap_or_else(|| DEFAULT_SCHEDULER_NAME.into()),
        filters: filters
            .iter()
            .filter_map(|(n, _)| plugins::filter(n, &fit))
            .collect(),
        scorers: scores
            .iter()
            .filter_map(|(n, w)| plugins::score(n, &fit).map(|p| (p, *w)))
            .collect(),
        percentage_of_nodes_to_score: percentage,
    })
}

/// NodeResourcesFitArgs: `scoringStrategy: {type: LeastAllocated|MostAllocated, resources: [{name, weight}]}`.
fn fit_args(args: &serde_json::Value) -> Result<NodeResourcesFit, String> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Args {
        #[serde(default)]
        scoring_strategy: Option<ScoringStrategy>,
    }
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct ScoringStrategy {
        #[serde(rename = "type", default)]
        kind: Option<String>,
        #[serde(default)]
        resources: Vec<ResourceWeight>,
    }
    #[derive(Deserialize)]
    struct ResourceWeight {
        name: String,
        #[serde(default)]
        weight: Option<i64>,
    }
    let mut fit = NodeResourcesFit::default();
    let args: Args =
        serde_json::from_value(args.clone()).map_err(|e| format!("NodeResourcesFit args: {e}"))?;
    if let Some(s) = args.scoring_strategy {
        fit.strategy = match s.kind.as_deref() {
            None | Some("LeastAllocated") => Strategy::LeastAllocated,
            Some("MostAllocated") => Strategy::MostAllocated,
            Some(other) => {
                return Err(format!(
                    "NodeResourcesFit args: scoringStrategy.type {other:?} is not supported (use LeastAllocated or MostAllocated)"
                ));
            }
        };
        if !s.resources.is_empty() {
            fit.resources = s
                .resources
                .into_iter()
                .map(|r| (r.name, r.weight.unwrap_or(1)))
                .collect();
        }
    }
    Ok(fit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(yaml: &str) -> Result<Settings, String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(&path, yaml).unwrap();
        KubeSchedulerConfiguration::load(&path)
            .map_err(|e| e.to_string())?
            .settings()
    }

    const HEADER: &str =
        "apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\n";

    #[test]
    fn default_profile_has_kube_schedulers_plugins() {
        let s = parse(HEADER).unwrap();
        assert_eq!(s.profiles.len(), 1);
        let p = &s.profiles[0];
        assert_eq!(p.scheduler_name, "default-scheduler");
        assert_eq!(p.filters.len(), 9);
        let weights: Vec<(&str, i64)> = p.scorers.iter().map(|(s, w)| (s.name(), *w)).collect();
        assert!(weights.contains(&("TaintToleration", 3)));
        assert!(weights.contains(&("NodeResourcesFit", 1)));
    }

    #[test]
    fn profiles_disable_enable_and_reweigh() {
        let s = parse(&format!(
            "{HEADER}profiles:\n- schedulerName: packer\n  plugins:\n    score:\n      disabled: [{{name: '*'}}]\n      enabled: [{{name: NodeResourcesFit, weight: 5}}]\n  pluginConfig:\n  - name: NodeResourcesFit\n    args: {{scoringStrategy: {{type: MostAllocated}}}}\n- schedulerName: other\n"
        ))
        .unwrap();
        assert_eq!(s.profiles.len(), 2);
        let names: Vec<(&str, i64)> = s.profiles[0]
            .scorers
            .iter()
            .map(|(s, w)| (s.name(), *w))
            .collect();
        assert_eq!(names, vec![("NodeResourcesFit", 5)]);
    }

    #[test]
    fn mistakes_are_named() {
        let e = parse(&format!(
            "{HEADER}profiles:\n- plugins:\n    filter:\n      enabled: [{{name: NoSuchPlugin}}]\n"
        ))
        .err()
        .expect("an error");
        assert!(e.contains("unknown plugin \"NoSuchPlugin\""), "{e}");
        let e = parse(&format!("{HEADER}percentageOfNodesToScore: 150\n"))
            .err()
            .expect("an error");
        assert!(e.contains("percentageOfNodesToScore 150"), "{e}");
        let e = parse(&format!("{HEADER}unknownField: 1\n"))
            .err()
            .expect("an error");
        assert!(e.contains("unknownField"), "{e}");
        let e = parse("apiVersion: v1\nkind: Pod\n")
            .err()
            .expect("an error");
        assert!(e.contains("expected apiVersion"), "{e}");
        let e = parse(&format!("{HEADER}profiles:\n- {{}}\n- {{}}\n"))
            .err()
            .expect("an error");
        assert!(e.contains("duplicate schedulerName"), "{e}");
    }
}
