#!/usr/bin/env bash
# Install Briefing Studio into ./.venv on a Debian/Ubuntu machine.
#   bash packaging/install.sh          the app
#   bash packaging/install.sh --dev    the app plus the test and lint tools
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

# System packages, installed only when missing: a Python with venv support, the libraries Qt
# needs to draw (also offscreen, for the tests), and with --dev LibreOffice and its fonts.
apt_packages=()
python3 -c 'import venv, ensurepip' 2>/dev/null || apt_packages+=(python3-venv python3-pip)
for package in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0; do
  dpkg -s "$package" >/dev/null 2>&1 || apt_packages+=("$package")
done
# For the tests (--dev): LibreOffice reads our Word files back, with Carlito (Calibri's widths)
# and a Chinese face in place of the fonts the files name.
if [ -n "$extras" ]; then
  command -v soffice >/dev/null 2>&1 || apt_packages+=(libreoffice-writer-nogui)
  for package in fonts-crosextra-carlito fonts-wqy-microhei; do
    dpkg -s "$package" >/dev/null 2>&1 || apt_packages+=("$package")
  done
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${apt_packages[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".${extras}"
echo "installed: $(.venv/bin/briefing --version)"
