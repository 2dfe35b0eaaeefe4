#!/usr/bin/env bash
# Set up nnplayground on a fresh Debian/Ubuntu machine: the system libraries Qt needs, then a virtual
# environment in .venv with the package installed (editable).
#   bash scripts/setup.sh          # to run the app; on Linux also its menu entry, icon and .nnp file type
#                                  # (scripts/install_desktop.sh, into ~/.local/share; --uninstall takes them out)
#   bash scripts/setup.sh test     # also the test tools
#   bash scripts/setup.sh bench    # also scikit-learn for the benchmarks
# One line per step; a step that fails prints its tool's whole output (kept in a temporary log until then).
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  "") spec="." name="nnplayground" ;;
  test) spec=".[test]" name="nnplayground[test]" ;;
  bench) spec=".[test,bench]" name="nnplayground[test,bench]" ;;
  *) echo "setup: unknown option '$1' (nothing, 'test' or 'bench')" >&2; exit 2 ;;
esac

log=$(mktemp "${TMPDIR:-/tmp}/nnplayground-setup.XXXXXX")
trap 'rm -f "$log"' EXIT

# run WHAT COMMAND...: the command's output goes to the log, and is shown only if it fails.
run() {
  local what=$1
  shift
  if ! "$@" >"$log" 2>&1; then
    echo "setup: failed: $what" >&2
    cat "$log" >&2
    exit 1
  fi
}

# Qt's libraries load these at import time (offscreen too); the xcb ones are for a real window on X11;
# WenQuanYi Micro Hei (5 MB) draws the Chinese interface (Preferences > Language > 简体中文) where no CJK font is.
libs=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
      libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 fonts-dejavu-core fonts-wqy-microhei)
missing=()
if command -v dpkg >/dev/null 2>&1; then
  for lib in "${libs[@]}"; do dpkg -s "$lib" >/dev/null 2>&1 || missing+=("$lib"); done
  # Debian's own Python makes virtual environments only with python3-venv (a fresh machine may lack Python too)
  if ! command -v python3 >/dev/null 2>&1; then
    missing+=(python3 python3-venv)
  elif ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
    missing+=(python3-venv)
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: these system packages are missing and installing them needs root or sudo: ${missing[*]}" >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  echo "setup: installing system libraries: ${missing[*]}" >&2
  run "apt-get update" "${sudo[@]}" apt-get update -q
  run "apt-get install ${missing[*]}" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
echo "setup: system libraries ok" >&2
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "setup: no Chinese font found: for the Chinese interface install one (Debian/Ubuntu: fonts-wqy-microhei" \
    "or fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts)" >&2
fi

# pip's own notes (a machine-wide index that is not there, an editable install's advice) are not the
# newcomer's business unless something fails; then the log shows all of it.
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
echo "setup: virtual environment .venv" >&2
run "python3 -m venv .venv" python3 -m venv .venv
run "pip install --upgrade pip" .venv/bin/python -m pip install --upgrade pip
echo "setup: installing $name" >&2
run "pip install -e $spec" .venv/bin/python -m pip install -e "$spec"
if [ -z "${1:-}" ] && [ "$(uname -s)" = Linux ]; then
  bash scripts/install_desktop.sh
fi
echo "setup: ready (.venv/bin/nnplayground)" >&2
