#!/bin/sh
# build/dist/SafeHash.app -> build/dist/SafeHash-<version>.dmg: the app beside a link to
# /Applications, so installing is one drag. The .dmg is signed too (Gatekeeper checks
# the container first); notarize.sh then notarises and staples it.
#
#   CODESIGN_IDENTITY=... sh installer_scripts/macos/make_dmg.sh
set -eu
cd "$(dirname "$0")/../.."
APP=build/dist/SafeHash.app
VERSION=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")
DMG=build/dist/SafeHash-$VERSION.dmg
STAGE=$(mktemp -d)
ditto "$APP" "$STAGE/SafeHash.app"   # ditto keeps the signatures' extended attributes
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
# ULMO (LZMA): the smallest download; opens on macOS 10.15 and later (we need 13).
hdiutil create -volname SafeHash -srcfolder "$STAGE" -fs HFS+ -format ULMO -ov "$DMG"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
echo "$DMG"
