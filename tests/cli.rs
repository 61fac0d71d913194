//! The command line: help for every command, committed completions in sync with the clap
//! tree, and clear refusals from commands later milestones deliver.

mod common;

use std::process::Command;

use common::*;

fn kubeforge(args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .output()
        .unwrap()
}

/// Every command path of the clap tree, e.g. ["init", "phase", "certs", "apiserver"].
fn command_paths(cmd: &clap::Command, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    for sub in cmd.get_subcommands() {
        let mut path = prefix.clone();
        path.push(sub.get_name().to_owned());
        out.push(path.clone());
        command_paths(sub, path, out);
    }
}

#[test]
fn every_command_has_help() {
    let mut paths = Vec::new();
    command_paths(&kubeforge::cli::command(), Vec::new(), &mut paths);
    assert!(
        paths.len() > 40,
        "the tree looks too small: {}",
        paths.len()
    );
    // Spot-check that the generated phase tree is there.
    for must in [
        vec!["init", "phase", "certs", "etcd-ca"],
        vec!["init", "phase", "kubeconfig", "super-admin"],
        vec!["init", "phase", "control-plane", "scheduler"],
        vec!["reset", "phase", "cleanup-node"],
    ] {
        assert!(paths.iter().any(|p| p == &must), "missing {must:?}");
    }
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        if args.last() == Some(&"help") {
            continue;
        }
        args.push("--help");
        let out = kubeforge(&args);
        assert_success(&out, &args.join(" "));
        assert!(stdout(&out).contains("Usage:"), "{args:?} printed no usage");
    }
}

#[test]
fn committed_completions_match_the_command_tree() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "kubeforge.bash"),
        ("zsh", "_kubeforge"),
        ("fish", "kubeforge.fish"),
    ] {
        let out = kubeforge(&["completion", shell]);
        assert_success(&out, &format!("completion {shell}"));
        let path = dir.join(file);
        if std::env::var_os("KUBEFORGE_UPDATE_COMPLETIONS").is_some() {
            std::fs::write(&path, &out.stdout).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == out.stdout,
            "{} is out of date: run `KUBEFORGE_UPDATE_COMPLETIONS=1 cargo test --test cli` and commit it",
            path.display()
        );
    }
}

#[test]
fn join_config_files_are_read_like_kubeadm_and_checked_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    let root_arg = root.to_str().unwrap();
    // The printed defaults are a JoinConfiguration that reads back.
    let out = kubeforge(&["config", "print", "join-defaults"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let defaults = stdout(&out);
    assert!(defaults.contains("kind: JoinConfiguration"), "{defaults}");
    kubeforge::config::load::parse_join_document(&defaults, "defaults").unwrap();
    let join = |name: &str, text: &str, extra: &[&str]| {
        let file = dir.path().join(name);
        std::fs::write(&file, text).unwrap();
        let mut args = vec![
            "--root-dir",
            root_arg,
            "join",
            "--config",
            file.to_str().unwrap(),
        ];
        args.extend(extra);
        kubeforge(&args)
    };
    let refused = |out: std::process::Output, expect: &str| {
        assert!(!out.status.success(), "accepted, expected {expect:?}");
        assert!(
            stderr(&out).contains(expect),
            "{expect:?}: {}",
            stderr(&out)
        );
        assert!(!root.exists(), "wrote under the root");
    };
    // The defaults pin no CA: the join refuses until one is given.
    refused(
        join("defaults.yaml", &defaults, &[]),
        "--discovery-token-ca-cert-hash is required",
    );
    // A typo names the field; another kind names what join reads; flags the file replaces
    // cannot be given beside it.
    refused(
        join(
            "typo.yaml",
            &defaults.replace("apiServerEndpoint", "apiServerEndpiont"),
            &[],
        ),
        "apiServerEndpiont",
    );
    refused(
        join(
            "init.yaml",
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n",
            &[],
        ),
        "kubeforge join reads JoinConfiguration",
    );
    refused(
        join(
            "mixed.yaml",
            &defaults,
            &["--token", "abcdef.0123456789abcdef", "--control-plane"],
        ),
        "--config cannot be combined with --token, --control-plane",
    );
    // A well-formed file is what join runs with: discovery goes to its endpoint, for as long
    // as its timeouts.discovery says, and nothing is written when it fails.
    let config = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\ndiscovery:\n  bootstrapToken:\n    apiServerEndpoint: 127.0.0.1:1\n    token: abcdef.0123456789abcdef\n    caCertHashes: [sha256:0000000000000000000000000000000000000000000000000000000000000000]\nnodeRegistration: {name: from-file}\ntimeouts: {discovery: 1s}\n";
    let out = join("good.yaml", config, &[]);
    refused(out, "127.0.0.1:1");
}

#[test]
fn join_flags_are_checked_before_anything_is_contacted_or_written() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    let root_arg = root.to_str().unwrap();
    for (args, expect) in [
        (
            vec![
                "join",
                "10.0.0.1:6443",
                "--token",
                "abcdef.0123456789abcdef",
            ],
            "--discovery-token-ca-cert-hash is required",
        ),
        (
            vec![
                "join",
                "10.0.0.1:6443",
                "--token",
                "not-a-token",
                "--discovery-token-ca-cert-hash",
                "sha256:00",
            ],
            "must match [a-z0-9]{6}.[a-z0-9]{16}",
        ),
        (
            vec![
                "join",
                "10.0.0.1:6443",
                "--token",
                "abcdef.0123456789abcdef",
                "--discovery-token-ca-cert-hash",
                "md5:00",
            ],
            "expected sha256:<64 hex digits>",
        ),
        (
            vec!["join", "--token", "abcdef.0123456789abcdef"],
            "the API server endpoint is required",
        ),
        (
            vec![
                "join",
                "10.0.0.1:6443",
                "--token",
                "abcdef.0123456789abcdef",
                "--discovery-token-unsafe-skip-ca-verification",
                "--control-plane",
                "--certificate-key",
                "abc",
            ],
            "64 hex digits",
        ),
    ] {
        let mut full = vec!["--root-dir", root_arg];
        full.extend(args.iter().copied());
        let out = kubeforge(&full);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(stderr(&out).contains(expect), "{args:?}: {}", stderr(&out));
        assert!(!root.exists(), "{args:?} wrote under the root");
    }
}

#[test]
fn token_generate_prints_a_valid_token_and_version_names_the_api() {
    let out = kubeforge(&["token", "generate"]);
    assert_success(&out, "token generate");
    let token = stdout(&out).trim().to_owned();
    let (id, secret) = token.split_once('.').unwrap();
    assert_eq!((id.len(), secret.len()), (6, 16), "{token}");
    assert!(
        token
            .chars()
            .all(|c| c == '.' || c.is_ascii_lowercase() || c.is_ascii_digit())
    );
    let out = kubeforge(&["version"]);
    assert_success(&out, "version");
    assert!(stdout(&out).contains("v1.33"), "{}", stdout(&out));
}

#[test]
fn bad_flags_are_usage_errors() {
    let out = kubeforge(&["init", "--apiserver-advertise-address", "not-an-ip"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--apiserver-advertise-address"),
        "{}",
        stderr(&out)
    );
    let out = kubeforge(&["init", "phase", "certs", "nope"]);
    assert_eq!(out.status.code(), Some(2));
}
