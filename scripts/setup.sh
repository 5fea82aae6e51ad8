#!/usr/bin/env bash
# Installs everything the tests and the demo need on a fresh machine:
# npm packages (from the lock file), Debian's chromium, ripgrep and Kerberos headers
# for code-server and the browser tests, and code-server itself (cached, git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
command -v rg >/dev/null 2>&1 || need_packages+=(ripgrep)
[ -e /usr/include/gssapi/gssapi.h ] || need_packages+=(libkrb5-dev)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "setup: installing Debian packages: ${need_packages[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
  else
    echo "setup: please install these Debian packages first: ${need_packages[*]}" >&2
    exit 1
  fi
fi

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund
fi

if [ -f scripts/code-server/setup.mjs ]; then
  node scripts/code-server/setup.mjs
fi
