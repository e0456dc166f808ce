; SafeHash for Windows: a per-user installer (no administrator rights), made with
; Inno Setup 6.3 or later from the PyInstaller bundle in build\dist\safehash\.
;
; Build it with installer_scripts\windows\build_installer.ps1, which passes:
;   /DAppVersion=<version>   the version in the bundle (pyproject.toml), e.g. 1.2.0rc1
;   /DFileVersion=<n.n.n>    its numeric part, for the Windows file properties
;   /DSign                   only when a certificate is configured, together with
;   /Ssafehash=<command>     the signtool command line (Inno's Sign Tool "safehash")
; The environment variables and the whole release are described in RELEASING.md.
;
; Why these choices:
; - Per user (PrivilegesRequired=lowest): a survivor on a work, library or shared family
;   computer often has no administrator password, and asking for one means telling
;   someone. {autopf} then resolves to %LOCALAPPDATA%\Programs.
; - No desktop icon unless asked: nothing on a shared screen says more than a Start-menu
;   entry does.
; - "Open with" for photos and videos, never the default: each photo and video type lists
;   SafeHash under its OpenWithProgids (SafeHash.Photo or SafeHash.Video; SafeHash.exe
;   names its SupportedTypes), which only adds it to the "Open with" menu; no extension's
;   own default is written, so photos and videos keep opening in the person's viewer and
;   player. The video extensions are those of the containers core/signatures.py
;   recognises (MP4, M4V, QuickTime, 3GP, 3G2, Matroska, WebM, AVI). All of it is per user
;   (HKCU) and removed on uninstall.
; - The uninstaller offers to delete what SafeHash keeps (settings, the kept outbox),
;   in exactly the folders core/settings.py uses.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=1.2.3 /DFileVersion=1.2.3 safehash.iss
#endif
#ifndef FileVersion
  #define FileVersion AppVersion
#endif
#define AppName "SafeHash"
#define AppExe "SafeHash.exe"
#define AppPublisher GetEnv("SAFEHASH_PUBLISHER") != "" ? GetEnv("SAFEHASH_PUBLISHER") : "SafeHash"
#define AppUrl GetEnv("SAFEHASH_URL") != "" ? GetEnv("SAFEHASH_URL") : "https://example.org/safehash"
; The bundle and icons, relative to this script's folder.
#define Bundle "..\..\build\dist\safehash"
#define Icons "..\..\build\work\icons"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{B8D1F5D1-97DC-4159-9415-9F21CF97B595}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppUrl}
AppSupportURL={#AppUrl}
VersionInfoVersion={#FileVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; The bundle is 64-bit only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile={#Icons}\safehash.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\build\dist
OutputBaseFilename=SafeHash-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; A running SafeHash holds its files open: ask to close it rather than fail.
CloseApplications=yes
; Tell Explorer that "Open with" lists changed (at install and uninstall).
ChangesAssociations=yes
RestartApplications=no
ShowLanguageDialog=auto
#ifdef Sign
; Signs Setup, the uninstaller and Setup's temporary self-copies (a Sign Tool, not signing
; afterwards: Defender's attack surface rules block unsigned self-copies).
SignTool=safehash
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.RemoveDataTitle=Also forget everything SafeHash kept on this computer?
english.RemoveData=SafeHash keeps nothing unless you asked it to. If you did, this deletes it all: case tokens and access codes remembered in Windows Credential Manager, unsent hashes it kept (encrypted) and your settings, in:%n%n%1%n%2%n%nWhat was sent to a bank stays there. Choose No to keep them for a later SafeHash.
english.LaunchAfter=Open SafeHash now
spanish.RemoveDataTitle=¿Olvidar también todo lo que SafeHash guardó en este equipo?
spanish.RemoveData=SafeHash no guarda nada a menos que usted lo pida. Si lo pidió, esto lo borra todo: los tokens de caso y códigos de acceso recordados en el Administrador de credenciales de Windows, los hashes no enviados que guardó (cifrados) y su configuración, en:%n%n%1%n%2%n%nLo enviado a un banco sigue allí. Elija No para conservarlo para otro SafeHash.
spanish.LaunchAfter=Abrir SafeHash ahora

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: SafeHash.exe (window), safehash-cli.exe (scripts and
; --self-test) and _internal\. ignoreversion: always replace, the bundle is one unit.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not keep libraries the new bundle no longer has.
Type: filesandordirs; Name: "{app}\_internal"

[Registry]
; "Open with SafeHash" (see the top of this file). The ProgIDs' command passes one file;
; Explorer starts one SafeHash for each file chosen (at most 15), so several photos or
; videos are best dragged into one window.
Root: HKA; Subkey: "Software\Classes\SafeHash.Photo"; ValueType: string; ValueName: ""; ValueData: "Photo"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SafeHash.Photo\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\SafeHash.Photo\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" -- ""%1"""
Root: HKA; Subkey: "Software\Classes\SafeHash.Video"; ValueType: string; ValueName: ""; ValueData: "Video"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SafeHash.Video\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\SafeHash.Video\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" -- ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.jpg\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jpeg\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.png\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.gif\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.bmp\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tif\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tiff\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.webp\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.heic\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.heif\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.avif\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Photo"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mp4\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Video"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.m4v\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Video"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mov\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Video"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.3gp\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Video"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.3g2\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Video"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mkv\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Video"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.webm\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Video"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.avi\OpenWithProgids"; ValueType: none; ValueName: "SafeHash.Video"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jpg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jpeg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".png"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".gif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".bmp"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tiff"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".webp"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".heic"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".heif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".avif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mp4"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".m4v"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mov"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".3gp"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".3g2"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mkv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".webm"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".avi"; ValueData: ""

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchAfter}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything left in the program folder (it holds only the bundle).
Type: filesandordirs; Name: "{app}"

[Code]
// The folders core/settings.py uses on Windows: config_dir() = %APPDATA%\SafeHash
// (settings.json) and data_dir() = %LOCALAPPDATA%\SafeHash (the kept outbox).
function RoamingDir: String;
begin
  Result := ExpandConstant('{userappdata}\{#AppName}');
end;

function LocalDir: String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

var
  ForgetAll: Boolean;

// Asked before the files go, while safehash-cli.exe can still run: it is what clears the
// password store (Credential Manager), which the uninstaller cannot reach itself. The
// folders are deleted again afterwards in case the program could not run.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  ResultCode: Integer;
begin
  if CurUninstallStep = usUninstall then
  begin
    // Default No, also for silent uninstalls (/SUPPRESSMSGBOXES): deleting a person's
    // data is never done without them saying so.
    ForgetAll := SuppressibleMsgBox(CustomMessage('RemoveDataTitle') + #13#10#13#10 +
        FmtMessage(CustomMessage('RemoveData'), [RoamingDir, LocalDir]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
    if ForgetAll then
      Exec(ExpandConstant('{app}\safehash-cli.exe'), 'forget --everything --yes', '',
           SW_HIDE, ewWaitUntilTerminated, ResultCode);
  end;
  if (CurUninstallStep = usPostUninstall) and ForgetAll then
  begin
    DelTree(RoamingDir, True, True, True);
    DelTree(LocalDir, True, True, True);
  end;
end;
