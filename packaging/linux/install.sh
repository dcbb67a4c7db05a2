#!/usr/bin/env bash
# Install the built ZorgDesk folder for the current user, without root:
#     packaging/linux/install.sh [dist/zorgdesk]
# Program: ~/.local/lib/zorgdesk; command: ~/.local/bin/zorgdesk; menu entry and icon
# under ~/.local/share. The vault (~/.local/share/ZorgDesk) is never touched.
# Remove again with: packaging/linux/install.sh --verwijder
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/lib/zorgdesk"
if [ "${1:-}" = "--verwijder" ]; then
    rm -rf "$target" "$HOME/.local/bin/zorgdesk" "$prefix/applications/zorgdesk.desktop" \
        "$prefix/icons/hicolor/256x256/apps/zorgdesk.png"
    echo "ZorgDesk verwijderd; de kluis in $prefix/ZorgDesk is blijven staan."
    exit 0
fi
source_dir="${1:-$root/dist/zorgdesk}"
[ -x "$source_dir/zorgdesk" ] || { echo "Geen gebouwde ZorgDesk in $source_dir" >&2; exit 1; }
rm -rf "$target"
mkdir -p "$target" "$HOME/.local/bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps"
cp -a "$source_dir/." "$target/"
ln -sf "$target/zorgdesk" "$HOME/.local/bin/zorgdesk"
cp "$root/resources/icons/zorgdesk-256.png" "$prefix/icons/hicolor/256x256/apps/zorgdesk.png"
sed "s|^Exec=zorgdesk|Exec=$target/zorgdesk|" "$here/zorgdesk.desktop" \
    > "$prefix/applications/zorgdesk.desktop"
echo "ZorgDesk geïnstalleerd in $target (start via het menu of met 'zorgdesk')."
