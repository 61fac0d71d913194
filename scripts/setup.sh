#!/usr/bin/env bash
# kubeforge's one-command set-up on Debian 12: install what it needs (etcd-server,
# protobuf-compiler, a C compiler), build the release binary, install it as
# /usr/local/bin/kubeforge and run `kubeforge init` with any arguments given here.
#
#   sudo ./scripts/setup.sh                      # init with defaults
#   sudo ./scripts/setup.sh --control-plane-endpoint cp.example.com
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh: run as root (it installs packages and writes /etc/kubernetes)" >&2
  exit 1
fi

./scripts/install-deps.sh

# Debian's etcd-server package starts its own etcd on 127.0.0.1:2379 where systemd runs;
# kubeforge runs etcd itself, so that service is stopped and disabled.
if [ -d /run/systemd/system ] && systemctl is-enabled --quiet etcd 2>/dev/null; then
  systemctl disable --now etcd
fi

cargo build --release --locked
install -m 0755 target/release/kubeforge /usr/local/bin/kubeforge
exec /usr/local/bin/kubeforge init "$@"
