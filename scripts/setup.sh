#!/usr/bin/env bash
# Set up nnplayground on a fresh Debian/Ubuntu machine: the system libraries Qt needs, then a virtual
# environment in .venv with the package installed (editable).
#   bash scripts/setup.sh          # to run the app
#   bash scripts/setup.sh test     # also the test tools
#   bash scripts/setup.sh bench    # also scikit-learn for the benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."
extra=${1:-}

# Qt's libraries load these at import time (offscreen too); the xcb ones are for a real window on X11.
libs=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
      libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 fonts-dejavu-core)
missing=()
if command -v dpkg >/dev/null 2>&1; then
  for lib in "${libs[@]}"; do dpkg -s "$lib" >/dev/null 2>&1 || missing+=("$lib"); done
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing system libraries: ${missing[*]}" >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
case "$extra" in
  test) spec=".[test]" ;;
  bench) spec=".[test,bench]" ;;
  *) spec="." ;;
esac
.venv/bin/python -m pip install -q -e "$spec"
echo "setup: ready (.venv)" >&2
