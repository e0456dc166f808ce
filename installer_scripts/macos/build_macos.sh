#!/bin/sh
# The whole macOS release on a Mac: bundle and .app, signature, notarisation of the app,
# .dmg, notarisation of the .dmg. Run once on Apple silicon and once on an Intel Mac
# (numpy and scipy publish no universal2 wheels, so the app is built per architecture).
#
#   CODESIGN_IDENTITY="Developer ID Application: ..." NOTARY_KEYCHAIN_PROFILE=safehash \
#       sh installer_scripts/macos/build_macos.sh
#
# Without CODESIGN_IDENTITY it stops after an unsigned .app and .dmg, for testing only:
# an unsigned app shows "cannot be opened because the developer cannot be verified".
set -eu
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
export PY
"$PY" -m pip install -q -c build/constraints.txt -e '.[build]'
"$PY" scripts/i18n.py compile   # the .qm files and languages.json (`make translations`)
"$PY" build/build_bundle.py
QT_QPA_PLATFORM=offscreen build/dist/SafeHash.app/Contents/MacOS/safehash-cli --self-test
if [ -z "${CODESIGN_IDENTITY:-}" ]; then
    echo "CODESIGN_IDENTITY is not set: building an UNSIGNED .dmg (not for release)" >&2
    sh installer_scripts/macos/make_dmg.sh
    exit 0
fi
sh installer_scripts/macos/sign_app.sh
sh installer_scripts/macos/notarize.sh build/dist/SafeHash.app
DMG=$(sh installer_scripts/macos/make_dmg.sh | tail -1)
sh installer_scripts/macos/notarize.sh "$DMG"
shasum -a 256 "$DMG"
