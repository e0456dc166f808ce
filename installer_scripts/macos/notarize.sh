#!/bin/sh
# Notarise a signed file with Apple and staple the ticket to it, so Gatekeeper accepts it
# even offline (a survivor may install on a computer with no or filtered internet).
#
#   sh installer_scripts/macos/notarize.sh build/dist/SafeHash.app
#   sh installer_scripts/macos/notarize.sh build/dist/SafeHash-1.2.0.dmg
#
# Credentials, from the environment (first that is set wins):
#   NOTARY_KEYCHAIN_PROFILE   a profile saved once with `xcrun notarytool store-credentials`
#                             (preferred: no secret in the environment)
#   NOTARY_KEY_PATH, NOTARY_KEY_ID, NOTARY_ISSUER   an App Store Connect API key (.p8)
#   NOTARY_APPLE_ID, NOTARY_TEAM_ID, NOTARY_PASSWORD   an Apple ID and app-specific password
set -eu
TARGET=${1:?usage: notarize.sh PATH.app|PATH.dmg}
if [ -n "${NOTARY_KEYCHAIN_PROFILE:-}" ]; then
    set -- --keychain-profile "$NOTARY_KEYCHAIN_PROFILE"
elif [ -n "${NOTARY_KEY_PATH:-}" ]; then
    set -- --key "$NOTARY_KEY_PATH" --key-id "${NOTARY_KEY_ID:?}" --issuer "${NOTARY_ISSUER:?}"
else
    set -- --apple-id "${NOTARY_APPLE_ID:?set NOTARY_KEYCHAIN_PROFILE or another credential}" \
        --team-id "${NOTARY_TEAM_ID:?}" --password "${NOTARY_PASSWORD:?}"
fi

case "$TARGET" in
    *.app)  # notarytool takes a zip, dmg or pkg: zip the app the way Finder would
        UPLOAD=$(mktemp -d)/$(basename "$TARGET").zip
        ditto -c -k --keepParent "$TARGET" "$UPLOAD" ;;
    *) UPLOAD=$TARGET ;;
esac
# --wait: block until Apple answers; the log says why when it is rejected.
OUT=$(xcrun notarytool submit "$UPLOAD" "$@" --wait --output-format json)
echo "$OUT"
field() { printf '%s' "$OUT" | python3 -c "import json, sys; print(json.load(sys.stdin)['$1'])"; }
ID=$(field id)
STATUS=$(field status)
if [ "$STATUS" != "Accepted" ]; then
    xcrun notarytool log "$ID" "$@"
    exit 1
fi
xcrun stapler staple "$TARGET"
xcrun stapler validate "$TARGET"
spctl --assess --type "$( [ "${TARGET%.dmg}" != "$TARGET" ] && echo open || echo execute)" \
    --context context:primary-signature --verbose=2 "$TARGET"
