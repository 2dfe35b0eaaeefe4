#!/usr/bin/env bash
# Build the standalone app for this system, for people without Python: one folder, dist/nnplayground/, with
# the executable `nnplayground` (Windows: nnplayground.exe and the console twin nnplayground-cli.exe; macOS: also
# dist/nnplayground.app). Copy or zip the folder; nothing else is needed on the machine that runs it.
#   bash scripts/setup.sh && bash scripts/bundle.sh
# It installs PyInstaller into .venv (the `bundle` extra) and builds from packaging/nnplayground.spec.
# On Windows run it from Git Bash with a .venv made by `py -m venv .venv` (Scripts\python.exe is found too).
set -euo pipefail
cd "$(dirname "$0")/.."

python=.venv/bin/python
[ -x "$python" ] || python=.venv/Scripts/python.exe
if [ ! -x "$python" ]; then
  echo "bundle: no .venv here; run 'bash scripts/setup.sh' first" >&2
  exit 1
fi

log=$(mktemp "${TMPDIR:-/tmp}/nnplayground-bundle.XXXXXX")
trap 'rm -f "$log"' EXIT
run() {  # run WHAT COMMAND...: the output goes to the log, shown only if the command fails
  local what=$1
  shift
  if ! "$@" >"$log" 2>&1; then
    echo "bundle: failed: $what" >&2
    cat "$log" >&2
    exit 1
  fi
}

export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
start=$SECONDS
echo "bundle: installing PyInstaller" >&2
run "pip install .[bundle]" "$python" -m pip install -e ".[bundle]"
echo "bundle: building dist/nnplayground with PyInstaller" >&2
rm -rf dist/nnplayground dist/nnplayground.app build/pyinstaller
run "pyinstaller packaging/nnplayground.spec" "$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/nnplayground.spec
# every resource file inside (the icons, the desktop files, ...), where resources.path() looks for it
inside=$(find dist -path '*/_internal/nnplayground/resources' -type d | head -n 1)
missing=$(cd nnplayground/resources && find . -type f ! -path '*__pycache__*' | while read -r f; do
  [ -f "../../$inside/$f" ] || echo "$f"
done)
if [ -z "$inside" ] || [ -n "$missing" ]; then
  echo "bundle: failed: resources missing from the bundle: ${missing:-all of them}" >&2
  exit 1
fi
echo "bundle: every file of nnplayground/resources is inside ($inside)" >&2
# the desktop entry's installer, for a Linux user who wants the bundle in the menu with its icon and .nnp files
if [ "$(uname -s)" = Linux ]; then
  cp scripts/install_desktop.sh dist/nnplayground/
fi
size=$(du -sh dist/nnplayground | cut -f1)
echo "bundle: ready: dist/nnplayground ($size) in $((SECONDS - start)) s" >&2
