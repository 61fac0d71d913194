#!/usr/bin/env bash
# Installs the Debian packages kubeforge builds and tests with, only those missing
# (idempotent): etcd-server (the real etcd the control plane runs), etcd-client (etcdctl,
# which builds a restored member's data directory), protobuf-compiler (etcd's
# gRPC API is generated at build time; libprotobuf-dev holds the google/protobuf/*.proto
# files it imports, only a recommendation of protobuf-compiler), gcc and pkg-config (aws-lc builds C), openssl (the
# tests verify certificates with it), and the Python kubernetes client (from PyPI).
set -euo pipefail
packages=(etcd-server etcd-client protobuf-compiler libprotobuf-dev gcc pkg-config openssl ca-certificates)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "install-deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The official Python client, for the acceptance test that drives it (tests/python.rs).
if ! python3 -c "import kubernetes" 2>/dev/null; then
  echo "install-deps: installing the Python kubernetes client"
  python3 -m pip install --quiet kubernetes
fi
