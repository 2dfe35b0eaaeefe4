#!/usr/bin/env bash
# Put nnplayground in a Linux desktop's menu, with its icon, and make .nnp session files open in it (with their
# own icon): the freedesktop files of nnplayground/resources/desktop and the icons, copied into the user's data
# folder ($XDG_DATA_HOME, normally ~/.local/share). No root needed; nothing outside that folder changes.
#   bash scripts/install_desktop.sh                 # for .venv/bin/nnplayground (scripts/setup.sh does this)
#   bash scripts/install_desktop.sh --exec PATH     # for another launcher, e.g. a bundle's executable
#   bash scripts/install_desktop.sh --uninstall     # take it all out again
# A bundle built by scripts/bundle.sh carries this script: run it from the bundle's folder for the bundle.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.nnplayground.nnplayground
mime_icon=application-x-nnplayground-session

if [ -d "$here/../nnplayground/resources" ]; then  # in the source tree
  resources=$(cd "$here/../nnplayground/resources" && pwd)
  exe=$(cd "$here/.." && pwd)/.venv/bin/nnplayground
else  # beside a bundle's executable
  resources=$here/_internal/nnplayground/resources
  exe=$here/nnplayground
fi
uninstall=false
while [ $# -gt 0 ]; do
  case "$1" in
    --exec) exe=$2; shift 2 ;;
    --uninstall) uninstall=true; shift ;;
    *) echo "install_desktop: unknown option '$1' (--exec PATH or --uninstall)" >&2; exit 2 ;;
  esac
done

data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications icons=$data/icons/hicolor mime=$data/mime metainfo=$data/metainfo

# The databases a desktop reads these folders through; each tool is optional (a desktop that has none rescans).
refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$apps" >/dev/null 2>&1 || true; fi
}

if $uninstall; then
  rm -f "$apps/$id.desktop" "$metainfo/$id.metainfo.xml" "$mime/packages/$id.xml"
  rm -f "$icons"/*/apps/"$id".png "$icons"/*/apps/"$id".svg "$icons"/*/mimetypes/"$mime_icon".png \
    "$icons"/*/mimetypes/"$mime_icon".svg
  mkdir -p "$mime/packages" && refresh
  echo "install_desktop: removed nnplayground's menu entry, icons and .nnp file type from $data" >&2
  exit 0
fi

if [ ! -d "$resources/desktop" ]; then
  echo "install_desktop: no resources at $resources" >&2
  exit 1
fi
if [ ! -x "$exe" ]; then
  echo "install_desktop: no launcher at $exe (run 'bash scripts/setup.sh' first, or give --exec PATH)" >&2
  exit 1
fi

mkdir -p "$apps" "$mime/packages" "$metainfo"
# The entry starts this very launcher, wherever it is (a menu does not search a virtual environment's bin/),
# quoted as the Desktop Entry spec says: \ " ` $ escaped inside the quotes, then every \ doubled again (the
# file's own string escape), and % doubled.
q=${exe//\\/\\\\}
q=${q//\"/\\\"}
q=${q//\`/\\\`}
q=${q//\$/\\\$}
q=${q//\\/\\\\}
q=${q//%/%%}
while IFS= read -r line; do
  case $line in
    "Exec=nnplayground "*) printf 'Exec="%s" %s\n' "$q" "${line#Exec=nnplayground }" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$resources/desktop/$id.desktop" >"$apps/$id.desktop"
cp "$resources/desktop/$id.metainfo.xml" "$metainfo/"
cp "$resources/desktop/$id.xml" "$mime/packages/"
for png in "$resources"/icons/nnplayground-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$icons/${size}x$size/apps" && cp "$png" "$icons/${size}x$size/apps/$id.png"
done
for png in "$resources"/icons/session-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$icons/${size}x$size/mimetypes" && cp "$png" "$icons/${size}x$size/mimetypes/$mime_icon.png"
done
mkdir -p "$icons/scalable/apps" "$icons/scalable/mimetypes"
cp "$resources/icons/nnplayground.svg" "$icons/scalable/apps/$id.svg"
cp "$resources/icons/session.svg" "$icons/scalable/mimetypes/$mime_icon.svg"
refresh
echo "install_desktop: nnplayground is in the menu (Education), and opens .nnp files; from $exe" >&2
