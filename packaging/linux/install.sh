#!/usr/bin/env bash
# Install reviewer's desktop entry, AppStream metainfo and icons, and optionally the
# PyInstaller build, following the XDG layout.
#
#   packaging/linux/install.sh                         # files into ~/.local
#   packaging/linux/install.sh --app build/pyinstaller/dist/reviewer
#   sudo packaging/linux/install.sh --prefix /usr/local --app build/pyinstaller/dist/reviewer
#
# Without --app the menu entry starts the `reviewer` found on PATH (e.g. from pip).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
APP_ID=io.github.reviewer.Reviewer
PREFIX="$HOME/.local"
APP=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX=$2; shift 2 ;;
        --app) APP=$2; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
SHARE="$PREFIX/share"

install -Dm644 "$HERE/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$REPO/resources/icons/reviewer.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$REPO"/resources/icons/reviewer-*.png; do
    size=$(basename "$png" .png); size=${size#reviewer-}
    install -Dm644 "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

if [ -n "$APP" ]; then
    [ -x "$APP/reviewer" ] || { echo "install.sh: $APP/reviewer is not a built app" >&2; exit 2; }
    rm -rf "$PREFIX/lib/reviewer"
    mkdir -p "$PREFIX/lib" "$PREFIX/bin"
    cp -a "$APP" "$PREFIX/lib/reviewer"
    ln -sf "$PREFIX/lib/reviewer/reviewer" "$PREFIX/bin/reviewer"
fi

# Refresh the caches when the tools exist; a missing tool only delays the menu update.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$SHARE/icons/hicolor" || true
echo "installed $APP_ID into $PREFIX"
