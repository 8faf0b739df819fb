#!/usr/bin/env bash
# Build "VNHG Desk.app" and a disk image for it. Runs on macOS only (PyInstaller cannot
# cross-build, and hdiutil is Apple's). The app's Info.plist (bundle id info.vnhg.desk,
# version, the .vnhg document type) comes from packaging/bundle_config.py via the spec.
#
#   packaging/macos/build-dmg.sh     ->  dist/VNHG Desk.app, dist/vnhg-desk-VERSION-macos.dmg
#
# Unsigned: Gatekeeper asks the user to confirm the first start (right-click, Open). For
# signing and notarisation set codesign_identity in the spec and run `xcrun notarytool`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
if [ "$(uname -s)" != "Darwin" ]; then
  echo "build-dmg.sh: alleen op macOS" >&2
  exit 2
fi
VERSION="$(PYTHONPATH="$ROOT/packaging" "$PYTHON" -c "import bundle_config; print(bundle_config.version())")"

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/vnhg-desk.spec"
"$ROOT/dist/VNHG Desk.app/Contents/MacOS/vnhg-desk" --version
VNHG_DESK_SELFTEST=1 QT_QPA_PLATFORM=offscreen "$ROOT/dist/VNHG Desk.app/Contents/MacOS/vnhg-desk"

STAGING="$(mktemp -d)"
cp -R "$ROOT/dist/VNHG Desk.app" "$STAGING/"
ln -s /Applications "$STAGING/Programma's"
hdiutil create -volname "VNHG Desk $VERSION" -srcfolder "$STAGING" -ov -format UDZO \
  "$ROOT/dist/vnhg-desk-$VERSION-macos.dmg"
rm -rf "$STAGING"
du -sh "$ROOT/dist/VNHG Desk.app" "$ROOT/dist/vnhg-desk-$VERSION-macos.dmg"
