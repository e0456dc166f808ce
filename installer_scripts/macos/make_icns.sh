#!/bin/sh
# build/work/icons/safehash.iconset (made by build/make_icon.py) -> safehash.icns, with
# macOS's own iconutil. build/build_bundle.py runs this on macOS before PyInstaller.
set -eu
cd "$(dirname "$0")/../.."
ICONS=build/work/icons
[ -d "$ICONS/safehash.iconset" ] || "${PY:-.venv/bin/python}" build/make_icon.py "$ICONS"
iconutil --convert icns --output "$ICONS/safehash.icns" "$ICONS/safehash.iconset"
echo "$ICONS/safehash.icns"
