//! Acceptance with the official Python client: tests/python/client_e2e.py against a cluster.

mod common;

use common::*;

#[test]
fn the_python_client_works_unchanged() {
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let has_client = std::process::Command::new(&python)
        .args(["-c", "import kubernetes"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        has_client,
        "the Python client is missing: pip install kubernetes (scripts/install-deps.sh does)"
    );
    let node = Node::new();
    node.init();
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/client_e2e.py");
    let out = std::process::Command::new(&python)
        .arg(script)
        .env("KUBECONFIG", node.admin_conf())
        .output()
        .unwrap();
    assert_success(&out, "tests/python/client_e2e.py");
    assert!(stdout(&out).contains("python client e2e: ok"));
}
