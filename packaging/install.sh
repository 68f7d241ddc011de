#!/bin/sh
# Put Tijori in this user's desktop menu: two entries (Tijori, and Tijori Signer
# for the air-gapped PC) and their icons. Needs no root and no network; run it
# from the unpacked bundle. Undo with: ./install.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor/scalable/apps"
if [ "${1:-}" = "--remove" ]; then
    for entry in tijori tijori-signer; do
        rm -f "$apps/$entry.desktop" "$icons/$entry.svg"
    done
    echo "Tijori's menu entries were removed; the bundle itself is untouched: $here"
    exit 0
fi
mkdir -p "$apps" "$icons"
for entry in tijori tijori-signer; do
    sed "s|@BUNDLE@|$here|g" "$here/share/$entry.desktop" > "$apps/$entry.desktop"
    chmod 0644 "$apps/$entry.desktop"
    cp "$here/share/$entry.svg" "$icons/$entry.svg"
done
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$apps" >/dev/null 2>&1 || true
fi
echo "Tijori and Tijori Signer are in the desktop menu (entries in $apps)."
echo "The command line: $here/tijori --help"
