#!/bin/sh
# Runs the npm jose interoperability checks against a built jose_cli.
# Usage: tests/interop/run.sh /path/to/jose_cli
set -eu
cli=${1:?usage: run.sh /path/to/jose_cli}
case $cli in /*) ;; *) cli=$(pwd)/$cli ;; esac
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then
  npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm ci --no-audit --no-fund
else
  npm install --silent --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund
fi
exec node jose_interop.mjs "$cli"
