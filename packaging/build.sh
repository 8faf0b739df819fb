#!/usr/bin/env bash
# Build the stand-alone Linux bundle of VNHG Desk with PyInstaller and print its size.
#
#   packaging/build.sh [--dist DIR] [--work DIR] [--archive]
#
#   --dist DIR   where the bundle folder vnhg-desk/ goes (default: dist/)
#   --work DIR   PyInstaller's scratch folder (default: build/pyinstaller/)
#   --archive    also pack vnhg-desk-VERSION-linux-ARCH.tar.gz next to the bundle
#
# Uses $PYTHON (default python3), which must have VNHG Desk and its dependencies
# installed (python -m pip install -e ".[test]"); PyInstaller is installed if missing.
# Windows and macOS bundles are built with the same spec on those systems (docs/install.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
ARCHIVE=0

while [ $# -gt 0 ]; do
  case "$1" in
    --dist) DIST="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --archive) ARCHIVE=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  "$PYTHON" -m pip install -q "pyinstaller>=6.6"
fi

VERSION="$(PYTHONPATH="$ROOT/packaging" "$PYTHON" -c "import bundle_config; print(bundle_config.version())")"
echo "Building VNHG Desk $VERSION into $DIST/vnhg-desk"

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/vnhg-desk.spec"
seconds=$(( $(date +%s) - start ))

BUNDLE="$DIST/vnhg-desk"
# Desktop integration for the user who unpacks the bundle: ./install.sh puts it in the menu.
cp "$ROOT/packaging/linux/install.sh" "$ROOT/packaging/linux/vnhg-desk.desktop" \
  "$ROOT/packaging/linux/vnhg-desk-mime.xml" "$BUNDLE/"
"$BUNDLE/vnhg-desk" --version
# The bundle checks itself: modules, fonts, pdfium, HEIC, hyphenation, Qt plugins.
VNHG_DESK_SELFTEST=1 QT_QPA_PLATFORM=offscreen "$BUNDLE/vnhg-desk"
echo "Build time: ${seconds} s"
echo "Bundle size: $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files)"

if [ "$ARCHIVE" = 1 ]; then
  TARBALL="$DIST/vnhg-desk-$VERSION-linux-$(uname -m).tar.gz"
  tar -C "$DIST" -czf "$TARBALL" vnhg-desk
  echo "Archive: $TARBALL ($(du -sh "$TARBALL" | cut -f1))"
fi
