#!/usr/bin/env bash
# Put VNHG Desk in this user's application menu (and `vnhg-desk` on the PATH), or take it out.
#
#   ./install.sh              menu entry, icons, .vnhg file type, ~/.local/bin/vnhg-desk
#   ./install.sh --uninstall  remove those again (the bundle folder itself stays)
#
# Run it from the unpacked bundle folder (build.sh copies it next to the vnhg-desk program).
# Nothing needs administrator rights; everything goes under ~/.local.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="$HOME/.local/bin"
ICONS="$HERE/_internal/resources/icons"
SIZES="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$DATA/applications/vnhg-desk.desktop" "$DATA/mime/packages/vnhg-desk.xml"
  for size in $SIZES; do
    rm -f "$DATA/icons/hicolor/${size}x${size}/apps/vnhg-desk.png"
  done
  if [ -L "$BIN/vnhg-desk" ]; then rm -f "$BIN/vnhg-desk"; fi
  echo "VNHG Desk is uit het menu gehaald. De map $HERE kunt u nu verwijderen."
else
  if [ ! -x "$HERE/vnhg-desk" ]; then
    echo "install.sh: het programma vnhg-desk staat niet in $HERE" >&2
    exit 1
  fi
  mkdir -p "$DATA/applications" "$DATA/mime/packages" "$BIN"
  for size in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/vnhg-desk-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/vnhg-desk.png"
  done
  cp "$HERE/vnhg-desk-mime.xml" "$DATA/mime/packages/vnhg-desk.xml"
  # The menu entry starts this very bundle, wherever it was unpacked. The Desktop Entry
  # rules: in a quoted argument \ " ` $ get a backslash, % doubles, and every backslash
  # is then doubled once more for the key file.
  program="$HERE/vnhg-desk"
  quoted="${program//\\/\\\\}"
  quoted="${quoted//\"/\\\"}"
  quoted="${quoted//\`/\\\`}"
  quoted="${quoted//\$/\\\$}"
  quoted="${quoted//%/%%}"
  quoted="${quoted//\\/\\\\}"
  plain="${program//\\/\\\\}"
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      "Exec=vnhg-desk "*) printf 'Exec="%s" %s\n' "$quoted" "${line#Exec=vnhg-desk }" ;;
      "TryExec=vnhg-desk") printf 'TryExec=%s\n' "$plain" ;;
      *) printf '%s\n' "$line" ;;
    esac
  done < "$HERE/vnhg-desk.desktop" > "$DATA/applications/vnhg-desk.desktop"
  ln -sfn "$HERE/vnhg-desk" "$BIN/vnhg-desk"
  echo "VNHG Desk staat nu in het menu (Kantoor). Op de opdrachtregel: vnhg-desk --help"
fi

# Let the desktop pick up the changes; these tools are optional.
if command -v update-mime-database >/dev/null; then update-mime-database "$DATA/mime" || true; fi
if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$DATA/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
fi
