#!/bin/sh
# Is the Linux release reproducible? Builds the bundle and the .deb twice, from two
# copies of the source tree at different paths (so build paths cannot hide in the
# output), with the same venv and SOURCE_DATE_EPOCH, and compares them.
#
#   sh installer_scripts/linux/check_reproducible.sh        (`make reproducible`)
#   sh installer_scripts/linux/check_reproducible.sh --fresh-venv
#
# --fresh-venv builds the second copy in a new virtual environment installed from PyPI
# with build/constraints.txt (without pip's cache), as a second release machine with the
# same Python would.
#
# Prints both SHA-256 sums; on a difference, every file that differs inside the package.
# Exit status 0 when the two .deb files are identical. Takes a few minutes (xz, twice).
# Copies (not the live checkout) are built so other people's edits during the run
# cannot make the two builds differ. The temporary folder (about 2 GB) is deleted when
# the builds match, and kept, for a closer look (e.g. with diffoscope), when they do not.
set -eu
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PY=${PY:-$ROOT/.venv/bin/python}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export SOURCE_DATE_EPOCH
OUT=$(mktemp -d "${TMPDIR:-/tmp}/safehash-repro.XXXXXX")
echo "SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH; working in $OUT"

# One snapshot of the tree, copied to two paths of different lengths.
mkdir -p "$OUT/a/src" "$OUT/b/a-longer-path/src"
for item in pyproject.toml README.md client resources build installer_scripts; do
    cp -a "$item" "$OUT/a/src/"
done
rm -rf "$OUT/a/src/build/work" "$OUT/a/src/build/dist"
find "$OUT/a/src" -name __pycache__ -prune -exec rm -rf {} +
cp -a "$OUT/a/src/." "$OUT/b/a-longer-path/src/"

build() {  # $1: source tree, $2: python
    (cd "$1" && "$2" build/build_bundle.py >/dev/null && "$2" installer_scripts/linux/build_deb.py)
}
PY_B=$PY
if [ "${1:-}" = "--fresh-venv" ]; then
    BASE=$("$PY" -c 'import sys; print(sys._base_executable)')
    "$BASE" -m venv "$OUT/venv"
    "$OUT/venv/bin/python" -m pip install -q --no-cache-dir -c build/constraints.txt \
        "$OUT/b/a-longer-path/src[build]"
    PY_B=$OUT/venv/bin/python
fi
build "$OUT/a/src" "$PY"
build "$OUT/b/a-longer-path/src" "$PY_B"
DEB_A=$(ls "$OUT"/a/src/build/dist/safehash_*.deb)
DEB_B=$(ls "$OUT"/b/a-longer-path/src/build/dist/safehash_*.deb)
sha256sum "$DEB_A" "$DEB_B"
if cmp -s "$DEB_A" "$DEB_B"; then
    echo "REPRODUCIBLE: the two .deb files are identical."
    rm -rf "$OUT"
    exit 0
fi

echo "NOT REPRODUCIBLE. Files that differ inside the package:"
unpack() {  # $1: a or b, $2: the .deb
    side=$1 deb=$2
    mkdir -p "$OUT/x-$side"
    dpkg-deb -R "$deb" "$OUT/x-$side"
    (cd "$OUT/x-$side" && find . -type f -exec sha256sum {} + | sort -k2) > "$OUT/sums-$side"
    (cd "$OUT/x-$side" && find . | sort) > "$OUT/list-$side"
    dpkg-deb -c "$deb" | awk '{print $1, $2, $4, $5, $6}' > "$OUT/meta-$side"
}
unpack a "$DEB_A"
unpack b "$DEB_B"
diff "$OUT/list-a" "$OUT/list-b" || true
join -1 2 -2 2 "$OUT/sums-a" "$OUT/sums-b" | awk '$2 != $3 {print "  " $1}'
diff "$OUT/meta-a" "$OUT/meta-b" >/dev/null || echo "  (and file metadata: diff $OUT/meta-a $OUT/meta-b)"
echo "Both builds are kept in $OUT"
exit 1
