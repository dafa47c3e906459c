# Build the offline bundle (one folder) into dist\BriefingStudio\ on Windows:
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path ".venv\Scripts\python.exe")) {
    py -3.11 -m venv .venv
    .venv\Scripts\python.exe -m pip install --quiet --upgrade pip
    .venv\Scripts\python.exe -m pip install --quiet -e .
}
.venv\Scripts\python.exe -m pip install --quiet "pyinstaller==6.22.3"
if (Test-Path "dist\BriefingStudio") { Remove-Item -Recurse -Force "dist\BriefingStudio" }
.venv\Scripts\python.exe -m PyInstaller --noconfirm --clean --log-level WARN `
    --workpath build\pyinstaller --distpath dist packaging\briefing_studio.spec
Write-Host "built: dist\BriefingStudio"
