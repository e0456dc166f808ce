#!/bin/sh
# Make sure this machine has what SafeHash's set-up needs beyond Python and pip (no compiler:
# every dependency comes as a wheel):
#  - Python's venv module (a separate package on Debian and Ubuntu)
#  - the shared libraries Qt loads even when it draws offscreen
#  - for the tests only: a real password store, gnome-keyring (Secret Service), and
#    dbus-run-session, which starts the private session bus it runs on
#    (tests/bank/test_real_keyring.py skips without them); and the accessibility bus as a
#    screen reader meets the window: an X server (Xvfb, with the xcb libraries Qt's X11
#    plugin loads), at-spi2-core and python3-pyatspi (tests/gui/test_atspi.py skips
#    without them, saying which is missing).
# On Debian/Ubuntu as root, missing packages are installed; elsewhere we say what is missing
# (and stop only for what SafeHash itself needs).
set -eu
PYTHON="${PYTHON:-python3}"
missing=""
for_tests=""

"$PYTHON" -c "import venv, ensurepip" >/dev/null 2>&1 || missing="$missing python3-venv"

if [ "$(uname -s)" = "Linux" ]; then
    have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
    have_lib libEGL.so.1 || missing="$missing libegl1"
    have_lib libGL.so.1 || missing="$missing libgl1"
    have_lib libfontconfig.so.1 || missing="$missing libfontconfig1"
    have_lib libxkbcommon.so.0 || missing="$missing libxkbcommon0"
    have_lib libdbus-1.so.3 || missing="$missing libdbus-1-3"
    have_lib libglib-2.0.so.0 || missing="$missing libglib2.0-0"
    fc-list 2>/dev/null | grep -q . || missing="$missing fonts-dejavu-core fontconfig"
    command -v dbus-run-session >/dev/null 2>&1 || for_tests="$for_tests dbus-daemon"
    command -v gnome-keyring-daemon >/dev/null 2>&1 || for_tests="$for_tests gnome-keyring"
    command -v Xvfb >/dev/null 2>&1 || for_tests="$for_tests xvfb xauth"
    for lib in libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
            libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0; do
        have_lib "$(echo "$lib" | sed 's/^\(libxcb-[a-z-]*\)\([0-9]\)$/\1.so.\2/; s/-0$/.so.0/')" \
            || for_tests="$for_tests $lib"
    done
    [ -x /usr/libexec/at-spi-bus-launcher ] || [ -x /usr/lib/at-spi2-core/at-spi-bus-launcher ] \
        || for_tests="$for_tests at-spi2-core"
    /usr/bin/python3 -c "import pyatspi" >/dev/null 2>&1 || for_tests="$for_tests python3-pyatspi"
fi

[ -z "$missing$for_tests" ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "Installing system packages:$missing$for_tests"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing $for_tests
elif [ -z "$missing" ]; then
    echo "The keyring and accessibility tests will skip without:$for_tests" >&2
else
    echo "SafeHash needs these system packages:$missing" >&2
    echo "On Debian or Ubuntu: sudo apt-get install$missing" >&2
    exit 1
fi
