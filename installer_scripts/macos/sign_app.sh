#!/bin/sh
# Sign build/dist/SafeHash.app with a Developer ID and the hardened runtime, inside out,
# then prove the signed app still works (its self-test, and hashing a picture).
#
#   CODESIGN_IDENTITY="Developer ID Application: Example Org (TEAMID1234)" \
#       sh installer_scripts/macos/sign_app.sh
#
# Every Mach-O file is signed on its own (libraries first, then executables, then the
# app): `codesign --deep` is discouraged by Apple because it signs nested code with the
# outer code's options. Only the two executables get the entitlements file (which is
# empty, see entitlements.plist). --timestamp is required for notarisation.
set -eu
cd "$(dirname "$0")/../.."
: "${CODESIGN_IDENTITY:?set CODESIGN_IDENTITY to your Developer ID Application identity}"
APP=build/dist/SafeHash.app
ENTITLEMENTS=installer_scripts/macos/entitlements.plist
sign() { codesign --force --timestamp --options runtime --sign "$CODESIGN_IDENTITY" "$@"; }

# 1. Libraries and Python extensions (any Mach-O that is not one of our executables).
find "$APP/Contents" -type f ! -path "$APP/Contents/MacOS/*" |
    while IFS= read -r path; do
        if file -b "$path" | grep -q 'Mach-O'; then sign "$path"; fi
    done
# 2. Qt's frameworks as bundles, after their contents (this seals Info.plist and resources).
find "$APP/Contents" -type d -name '*.framework' |
    while IFS= read -r framework; do sign "$framework"; done
# 3. The executables, then the app itself.
for exe in "$APP"/Contents/MacOS/*; do sign --entitlements "$ENTITLEMENTS" "$exe"; done
sign --entitlements "$ENTITLEMENTS" "$APP"

codesign --verify --deep --strict --verbose=2 "$APP"
# The hardened runtime is enforced from now on, so this is the real test of the entitlements.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/safehash-cli" --self-test
SAMPLE=$(mktemp -d)/sample.png
"${PY:-.venv/bin/python}" -c "from PIL import Image; Image.new('RGB', (64, 48), (200, 80, 40)).save('$SAMPLE')"
"$APP/Contents/MacOS/safehash-cli" hash --json "$SAMPLE"
echo "Signed: $APP"
