# Build the Windows bundle and its installer. Runs on Windows only (PyInstaller cannot
# cross-build). Needs Python 3.10+ and Inno Setup 6 (https://jrsoftware.org/isinfo.php).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#   ->  dist\vnhg-desk\ (vnhg-desk.exe, vnhg-desk-cli.exe) and dist\vnhg-desk-VERSION-setup.exe
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

py -m pip install -q -e ".[test]"
py -m PyInstaller --noconfirm --clean --log-level WARN packaging\vnhg-desk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& dist\vnhg-desk\vnhg-desk-cli.exe --version
if ($LASTEXITCODE -ne 0) { throw "the bundled program does not start" }
$env:VNHG_DESK_SELFTEST = "1"; $env:QT_QPA_PLATFORM = "offscreen"
& dist\vnhg-desk\vnhg-desk-cli.exe
$SelfTest = $LASTEXITCODE
Remove-Item Env:VNHG_DESK_SELFTEST, Env:QT_QPA_PLATFORM
if ($SelfTest -ne 0) { throw "the bundle's self-check failed" }

$Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
& $Iscc packaging\windows\vnhg-desk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem dist\vnhg-desk-*-setup.exe | Format-Table Name, Length
