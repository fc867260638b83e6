#!/usr/bin/env bash
# Installs the Debian packages Paydesk needs, only when one is missing.
#   run:  what Qt needs to open a window
#   test: that, plus a virtual X server, a D-Bus session and a Secret Service daemon (gnome-keyring)
#         for the real-keychain test, and the desktop-file and AppStream validators, and binutils
#         for the frozen-build test.
#   dist: run's, plus binutils (PyInstaller needs objdump on Linux; strip shrinks the build).
set -euo pipefail
what=${1:-run}

run_pkgs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core)
test_pkgs=(xvfb xauth dbus dbus-x11 gnome-keyring desktop-file-utils appstream binutils)
dist_pkgs=(binutils)

pkgs=("${run_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")
[ "$what" = dist ] && pkgs+=("${dist_pkgs[@]}")

command -v dpkg-query >/dev/null || { echo "system-deps: not a Debian-like system; install Qt's runtime libraries yourself." >&2; exit 0; }

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "system-deps: installing ${missing[*]}"
if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "system-deps: missing Debian packages: ${missing[*]} (run as root or install them)" >&2; exit 1
fi
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
