#!/usr/bin/env bash
# The wheel runs outside the source tree: build it (pip wheel, as a package index would get it), install it into
# a fresh virtual environment in a temporary folder, and run scripts/smoke_app.sh on the launchers it installed
# (the window's `nnplayground`, and `nnplayground-cli` for train), from another folder.
#   bash scripts/smoke_wheel.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=${PYTHON:-python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nnplayground-wheel.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
start=$SECONDS

# from a copy of what the source tree ships, so no build/ or egg-info is left in it
mkdir "$tmp/tree"
cp pyproject.toml README.md LICENSE "$tmp/tree/"
cp -r nnplayground "$tmp/tree/"
find "$tmp/tree" -name __pycache__ -prune -exec rm -rf {} +
"$python" -m pip wheel --no-deps --quiet --wheel-dir "$tmp/wheel" "$tmp/tree" >"$tmp/log" 2>&1 || {
  cat "$tmp/log" >&2
  exit 1
}
wheel=$(ls "$tmp"/wheel/nnplayground-*.whl)
echo "smoke: wheel: $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB)"

"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet "$wheel" >"$tmp/log" 2>&1 || {
  cat "$tmp/log" >&2
  exit 1
}
cd "$tmp"
where=$("$tmp/venv/bin/python" -c "import nnplayground.resources as r; print(r.path('icons', 'nnplayground.svg'))")
case $where in
  "$tmp/venv/"*) echo "smoke: installed into a fresh environment; the resources are read from $where" ;;
  *) echo "smoke: FAILED: the installed package reads its resources from $where" >&2; exit 1 ;;
esac
echo "smoke: wheel built and installed in $((SECONDS - start)) s"
bash "$root/scripts/smoke_app.sh" "$tmp/venv/bin/nnplayground" "$tmp/venv/bin/nnplayground-cli"
