#!/usr/bin/env bash
# Build the offline bundle (one folder) into dist/BriefingStudio/ on Linux or macOS:
#   bash packaging/build.sh
# Installs the project into .venv first if needed, and PyInstaller into it. PYTHON=... builds
# with another interpreter that already has the project and PyInstaller (the smoke test does).
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
if [ -z "${PYTHON:-}" ]; then
  [ -x .venv/bin/python ] || bash packaging/install.sh
  .venv/bin/python -m pip install --quiet "pyinstaller==6.22.3"
fi
rm -rf build/pyinstaller dist/BriefingStudio
"$python" -m PyInstaller --noconfirm --clean --log-level ERROR \
  --workpath build/pyinstaller --distpath dist packaging/briefing_studio.spec
# Strip debug symbols from the shared libraries, except numpy's (stripping breaks OpenBLAS).
if [ "$(uname -s)" = "Linux" ] && command -v strip >/dev/null; then
  find dist/BriefingStudio/_internal -name "*.so*" -type f \
    ! -path "*/numpy.libs/*" ! -path "*/numpy/*" ! -path "*/pillow.libs/*" \
    -exec strip --strip-unneeded {} + 2>/dev/null || true
fi
echo "built: dist/BriefingStudio ($(du -sh dist/BriefingStudio | cut -f1))"
