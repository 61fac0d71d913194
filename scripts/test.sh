#!/usr/bin/env bash
# The whole test suite, as CI runs it: install the packages the tests need (real etcd, protoc,
# openssl), then every unit and integration test. kubectl is not a Debian package; the tests
# that use it say so and skip when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
command -v kubectl >/dev/null || echo "NOTICE: kubectl is not on PATH; kubectl checks will be skipped"
cargo test --locked "$@"
