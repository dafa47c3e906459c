#!/usr/bin/env bash
# Run the benchmark on a fresh Debian/Ubuntu machine: install the app, LibreOffice (for the
# side-by-side with today's Word-to-PDF path) and Qt's system libraries when missing, then
# measure. Arguments go to `python -m bench` (see --help); results land in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install.sh
if ! command -v soffice >/dev/null 2>&1 && ! command -v libreoffice >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui
fi
exec .venv/bin/python -m bench "$@"
