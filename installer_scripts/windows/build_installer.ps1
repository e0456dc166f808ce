# Build, check, sign and package SafeHash for Windows:
#   build\dist\SafeHash-<version>-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File installer_scripts\windows\build_installer.ps1
#
# Needs: the repository's .venv (python -m venv .venv; .venv\Scripts\pip install -e .[dev]),
# Inno Setup 6.3+ (ISCC.exe), and for signing the Windows SDK's signtool.exe.
#
# Signing is driven by environment variables (nothing is signed when neither is set):
#   SIGNTOOL_CERT_SHA1      thumbprint of a certificate in the Windows certificate store
#                           or on a hardware token (preferred: the key never leaves it)
#   SIGNTOOL_CERT           or: path to a .pfx file, with
#   SIGNTOOL_PASSWORD       its password (it appears on signtool's command line, so only
#                           on a build machine nobody else uses)
#   SIGNTOOL_TIMESTAMP_URL  RFC 3161 timestamp server (default http://timestamp.digicert.com):
#                           the signature stays valid after the certificate expires
#   SIGNTOOL                signtool.exe path if it is not on PATH
#   ISCC                    ISCC.exe path if Inno Setup is not in a standard place
#   SAFEHASH_PUBLISHER, SAFEHASH_URL   shown in "Apps & features"
$ErrorActionPreference = 'Stop'
$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $Root
$Py = Join-Path $Root '.venv\Scripts\python.exe'
$Bundle = Join-Path $Root 'build\dist\safehash'

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

# 1. The bundle, from pinned dependencies (build\constraints.txt), with the compiled
#    translations and languages.json (`make translations`), then its self-test.
Invoke-Checked $Py @('-m', 'pip', 'install', '-q', '-c', 'build\constraints.txt', '-e', '.[build]')
Invoke-Checked $Py @('scripts\i18n.py', 'compile')
Invoke-Checked $Py @('build\build_bundle.py')
$env:QT_QPA_PLATFORM = 'offscreen'
Invoke-Checked (Join-Path $Bundle 'safehash-cli.exe') @('--self-test')
Remove-Item Env:\QT_QPA_PLATFORM
$Version = (& $Py -c "from importlib.metadata import version; print(version('safehash'))").Trim()
$FileVersion = [regex]::Match($Version, '^\d+(\.\d+){0,3}').Value

# 2. Signing: the same signtool command for the bundle's files and, through Inno's
#    Sign Tool, for Setup and the uninstaller.
$IsccArgs = @("/DAppVersion=$Version", "/DFileVersion=$FileVersion")
if ($env:SIGNTOOL_CERT_SHA1 -or $env:SIGNTOOL_CERT) {
    $SignTool = if ($env:SIGNTOOL) { $env:SIGNTOOL } else { 'signtool.exe' }
    $Stamp = if ($env:SIGNTOOL_TIMESTAMP_URL) { $env:SIGNTOOL_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
    if ($env:SIGNTOOL_CERT_SHA1) {
        $Cert = @('/sha1', $env:SIGNTOOL_CERT_SHA1)
    } else {
        $Cert = @('/f', $env:SIGNTOOL_CERT)
        if ($env:SIGNTOOL_PASSWORD) { $Cert += @('/p', $env:SIGNTOOL_PASSWORD) }
    }
    $Sign = @('sign') + $Cert + @('/fd', 'sha256', '/tr', $Stamp, '/td', 'sha256', '/d', 'SafeHash')
    # Our two executables, and every DLL/PYD that does not already carry a valid
    # signature (Qt's and Python's usually do): unsigned binaries are what antivirus
    # heuristics and SmartScreen distrust.
    Get-ChildItem $Bundle -Recurse -Include *.exe, *.dll, *.pyd | ForEach-Object {
        & $SignTool verify /pa /q $_.FullName *> $null
        if ($LASTEXITCODE -ne 0) { Invoke-Checked $SignTool ($Sign + @($_.FullName)) }
    }
    # Inno wants one command line with $q for quotes and $f for the file.
    $Quoted = ($Sign | ForEach-Object { if ($_ -match '\s') { '$q' + $_ + '$q' } else { $_ } }) -join ' '
    $IsccArgs += @('/DSign', ('/Ssafehash=$q' + $SignTool + '$q ' + $Quoted + ' $f'))
} else {
    Write-Warning 'Not signing: set SIGNTOOL_CERT_SHA1 or SIGNTOOL_CERT (see RELEASING.md).'
}

# 3. The installer.
$Iscc = $env:ISCC
if (-not $Iscc) {
    $Iscc = @(
        (Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'),
        (Join-Path $env:ProgramFiles 'Inno Setup 6\ISCC.exe'),
        (Join-Path $env:LOCALAPPDATA 'Programs\Inno Setup 6\ISCC.exe')
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw 'ISCC.exe not found: install Inno Setup 6 or set ISCC' }
Invoke-Checked $Iscc ($IsccArgs + @('/Q', 'installer_scripts\windows\safehash.iss'))
$Setup = Join-Path $Root "build\dist\SafeHash-$Version-setup.exe"
if ($env:SIGNTOOL_CERT_SHA1 -or $env:SIGNTOOL_CERT) { Invoke-Checked $SignTool @('verify', '/pa', '/v', $Setup) }
Get-FileHash -Algorithm SHA256 $Setup | Format-List
