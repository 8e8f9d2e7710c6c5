#!/usr/bin/env bash
# Smoke test of the built application: start it on the sandbox, offscreen, and expect "ready".
# Usage: packaging/smoke.sh [path/to/kapdesk]   (default: build/dist/kapdesk/kapdesk)
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-build/dist/kapdesk/kapdesk}"
if [[ ! -x "$app" ]]; then
  echo "smoke: no built application at $app (run make package)" >&2
  exit 1
fi
home="$(mktemp -d)"
out="$(mktemp)"
trap 'rm -rf "$home" "$out"' EXIT
status=0
QT_QPA_PLATFORM=offscreen KAPDESK_HOME="$home" \
  timeout 60 "$app" --sandbox --exit-after-ready >"$out" 2>&1 || status=$?
cat "$out"
if [[ $status -ne 0 ]]; then
  echo "smoke: FAILED, exit status $status" >&2
  exit 1
fi
if ! grep -q "ready" "$out"; then
  echo "smoke: FAILED, the application did not print 'ready'" >&2
  exit 1
fi
echo "smoke: OK"
