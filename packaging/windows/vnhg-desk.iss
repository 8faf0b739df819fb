; Inno Setup 6 script: the Windows installer of VNHG Desk.
;
; Build on Windows, from the repository root, after the PyInstaller bundle:
;   py -m pip install -e ".[test]"
;   py -m PyInstaller --noconfirm --clean packaging\vnhg-desk.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\vnhg-desk.iss
; Result: dist\vnhg-desk-VERSION-setup.exe.
;
; The version is not written here: it is read from the bundled vnhg-desk.exe, whose
; version resource the spec writes from vnhg_desk.__version__. ISCC /DAppVersion=X.Y.Z
; overrides it.
;
; Installs per user by default (no administrator rights needed; the dialog offers "for all
; users" to administrators). Start-menu entry, optional desktop icon, .vnhg file type.

#define AppName "VNHG Desk"
#define AppExe "vnhg-desk.exe"
#define AppCliExe "vnhg-desk-cli.exe"
#define AppPublisher "Vereniging van Noord-Hollandse Gemeenten"
#define ExchangeProgId "VNHGDesk.Exchange"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\vnhg-desk"

#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error No version: build the bundle first (dist\vnhg-desk\vnhg-desk.exe) or pass /DAppVersion=
#endif
#define AppVersionNumbers GetVersionNumbersString(BundleDir + "\" + AppExe)

[Setup]
AppId={{BB692526-4E47-4C7B-A229-5F3DDEAC7FDA}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL=https://www.vnhg.info
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductVersion={#AppVersionNumbers}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\vnhg-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=vnhg-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: vnhg-desk.exe (window), vnhg-desk-cli.exe (command line),
; _internal\ with Python, Qt and resources\, and the LICENSE.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundle's library folder wholesale, so no stale modules linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Verslagen en nieuwsbrieven van de VNHG"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File association for the exchange format .vnhg ("HKA": per user or per machine, as installed).
Root: HKA; Subkey: "Software\Classes\.vnhg"; ValueType: string; ValueName: ""; ValueData: "{#ExchangeProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vnhg\OpenWithProgids"; ValueType: string; ValueName: "{#ExchangeProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ExchangeProgId}"; ValueType: string; ValueName: ""; ValueData: "VNHG Desk-uitwisselbestand"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ExchangeProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ExchangeProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".vnhg"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
