# Build ZorgDesk and its installer on Windows (PowerShell, from the repository root):
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
# Needs Python 3.11 and Inno Setup 6 (iscc.exe on PATH or in its default folder).
$ErrorActionPreference = "Stop"
python -m venv .venv-build
.\.venv-build\Scripts\python -m pip install -e ".[packaging]"
.\.venv-build\Scripts\python packaging\build.py
.\.venv-build\Scripts\python packaging\smoke_test.py dist\zorgdesk
$version = .\.venv-build\Scripts\python -c "import zorgdesk; print(zorgdesk.__version__)"
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\zorgdesk.iss
