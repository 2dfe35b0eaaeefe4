#!/usr/bin/env bash
# Smoke test of an installed app, run outside the source tree and with a home of its own, as a person would:
# the standalone bundle that scripts/bundle.sh built, or the launchers of a wheel installed into a fresh
# environment (scripts/smoke_wheel.sh).
#   bash scripts/smoke_app.sh [APP [CLI]]    # default dist/nnplayground/nnplayground; CLI (for train) = APP
# 1. --version says this package's version;
# 2. `train --epochs 20 --save` writes a session, and `train --load` reads it back and goes on; `sweep` (where the
#    app has it) trains two runs in its pool of processes;
# 3. the window opens (offscreen), trains for a few seconds in its training process (in a bundle the same
#    executable, spawned by multiprocessing: it must run the training loop, not a second window) and closes;
#    then once more with the saved session, which must open and go on past its epoch.
# Each check prints one "smoke: ..." line; a failed one prints what the app said and exits 1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exe=${1:-$root/dist/nnplayground/nnplayground}
[ -x "$exe" ] || [ ! -x "$exe.exe" ] || exe=$exe.exe
if [ ! -x "$exe" ]; then
  echo "smoke: no app at $exe (for the bundle, run 'bash scripts/bundle.sh' first)" >&2
  exit 1
fi
exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")
cli=${2:-$exe}
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nnplayground-smoke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# settings, autosaves and recent files go here, not into the user's (or CI's) own folders
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
mkdir -p "$HOME"
cd "$tmp"  # nothing of the source tree is at hand

fail() {
  echo "smoke: FAILED: $1" >&2
  [ -f "$tmp/out" ] && cat "$tmp/out" >&2
  exit 1
}
# the epoch the window had reached when --quit-after closed it, from what it printed
closing_epoch() { sed -n 's/^nnplayground: closing at epoch \([0-9]*\)$/\1/p' "$tmp/out"; }

want=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/pyproject.toml")
start=$SECONDS
"$exe" --version >"$tmp/out" 2>&1 || fail "--version"
[ "$(cat "$tmp/out")" = "nnplayground $want" ] || fail "--version said '$(cat "$tmp/out")', not 'nnplayground $want'"
echo "smoke: --version: $(cat "$tmp/out")"

"$cli" train --epochs 20 --seed 3 --save run.nnp --png boundary.png >"$tmp/out" 2>&1 || fail "train --epochs 20"
grep -q '^"epoch": 20,' run.nnp || fail "train did not save a session at epoch 20"
[ "$(head -c 4 boundary.png | tail -c 3)" = PNG ] || fail "train --png did not draw a PNG"  # Qt inside works too
echo "smoke: train: $(tail -n 1 "$tmp/out") -> run.nnp ($(wc -c <run.nnp) bytes), boundary.png"
"$cli" train --load run.nnp --epochs 5 --save more.nnp >"$tmp/out" 2>&1 || fail "train --load run.nnp"
grep -q '^"epoch": 25,' more.nnp || fail "train --load did not go on from epoch 20 to 25"
echo "smoke: train --load: $(tail -n 1 "$tmp/out")"

# `sweep` trains in a pool of processes (multiprocessing's spawn again): once the app has the command, it runs too
if "$cli" sweep --help 2>/dev/null | grep -q -- '--vary'; then
  "$cli" sweep --dataset xor --vary lr=0.03,0.1 --epochs 20 --workers 2 --csv sweep.csv >"$tmp/out" 2>&1 ||
    fail "sweep --vary lr=0.03,0.1 --workers 2"
  [ "$(wc -l <sweep.csv)" -eq 3 ] || fail "sweep did not write one row per run"
  echo "smoke: sweep: $(tail -n 1 "$tmp/out")"
fi

export QT_QPA_PLATFORM=offscreen
timeout 120 "$exe" --play --quit-after 5 --speed max >"$tmp/out" 2>&1 || fail "the window (exit status $?)"
epoch=$(closing_epoch)
[ -n "$epoch" ] && [ "$epoch" -gt 0 ] || fail "the window's training process trained nothing"
echo "smoke: window: trained to epoch $epoch in 5 s, closed cleanly"

timeout 120 "$exe" run.nnp --play --quit-after 3 --speed max >"$tmp/out" 2>&1 || fail "the window with run.nnp ($?)"
epoch=$(closing_epoch)
[ -n "$epoch" ] && [ "$epoch" -gt 20 ] || fail "the window did not go on from run.nnp's epoch 20"
echo "smoke: window with run.nnp: went on from epoch 20 to $epoch"

if "$exe" --help 2>/dev/null | grep -q -- '--lang'; then
  timeout 120 "$exe" --lang zh_CN --quit-after 2 >"$tmp/out" 2>&1 || fail "the window in Chinese ($?)"
  ! grep -q "catalogue could not be loaded" "$tmp/out" || fail "the Chinese catalogue is not in the app"
  echo "smoke: window in Chinese: its catalogue loaded"
fi
echo "smoke: all passed in $((SECONDS - start)) s"
