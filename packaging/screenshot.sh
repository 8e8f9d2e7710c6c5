#!/usr/bin/env bash
# The README's screenshot: the real window on the sandbox, under a virtual X server (Xvfb).
# Installs nothing. Needs Xvfb (Debian/Ubuntu: apt-get install xvfb) and Qt's xcb libraries
# (libxcb-cursor0 and friends). Usage: packaging/screenshot.sh [out.png]  (docs/screenshot.png)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshot.png}"
python="${PYTHON:-.venv/bin/python}"
if ! command -v Xvfb >/dev/null; then
  echo "screenshot: Xvfb is missing (Debian/Ubuntu: apt-get install xvfb)" >&2
  exit 1
fi
home="$(mktemp -d)"
# English for the README; a throw-away data folder so no real profile or journal shows.
printf '{"language": "en"}\n' >"$home/settings.json"
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 50); do
  [[ -e "/tmp/.X11-unix/X${display#:}" ]] && break
  sleep 0.1
done
DISPLAY="$display" QT_QPA_PLATFORM=xcb KAPDESK_HOME="$home" LANG=en_US.UTF-8 \
  timeout 120 "$python" packaging/screenshot.py "$out"
