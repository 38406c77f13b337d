#!/bin/sh
# Install the Debian/Ubuntu packages Qt needs (offscreen, and the xcb plugin on a
# desktop or under Xvfb) plus CJK fonts and Carlito (Calibri's metric twin, so a report
# prints as in Excel), when they are missing and apt-get is usable.
# Elsewhere, name them in one message.
PKGS="libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 \
libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
libxcb-render-util0 libxcb-image0 fonts-noto-cjk fonts-crosextra-carlito"

command -v dpkg-query >/dev/null 2>&1 || {
    echo "note: not a Debian/Ubuntu system; make sure Qt 6's runtime libraries and a CJK font are installed (on Debian: $PKGS)"
    exit 0
}
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=none; fi
if [ "$SUDO" = none ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing system packages Qt needs:$missing — install them with: sudo apt-get install$missing" >&2
    exit 1
fi
echo "==> installing system packages Qt and the report need:$missing"
$SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null \
    || { echo "error: apt-get could not install:$missing" >&2; exit 1; }
