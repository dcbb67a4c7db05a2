; Inno Setup script for ZorgDesk on Windows: a per-user install that needs no
; administrator rights (school laptops rarely grant them).
;
; Build on Windows, after `python packaging\build.py` made dist\zorgdesk\:
;     iscc packaging\windows\zorgdesk.iss
; Result: dist\ZorgDesk-<version>-setup.exe
;
; The program goes to %LOCALAPPDATA%\Programs\ZorgDesk. The vault lives elsewhere
; (%LOCALAPPDATA%\ZorgDesk, see README "Waar de kluis staat"); the uninstaller removes
; only what this installer put down and never touches the vault folder or backups.

#define AppName "ZorgDesk"
#ifndef AppVersion
  ; Passed by packaging/windows/build_installer.ps1 from zorgdesk.__version__.
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6E3C1B52-8E0A-4C55-9A7B-5B1E2D0C7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=ZorgDesk
AppComments=Versleuteld zorgdossier voor de intern begeleider
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=ZorgDesk-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\zorgdesk.ico
UninstallDisplayIcon={app}\ZorgDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile={#Root}\packaging\windows\LICENSE-nl.txt
CloseApplications=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "Snelkoppeling op het bureaublad"; Flags: unchecked

[Files]
Source: "{#Root}\dist\zorgdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\ZorgDesk.exe"; Comment: "Zorgdossier voor de intern begeleider"
Name: "{group}\Installatie controleren"; Filename: "{app}\zorgdesk-cli.exe"; Parameters: "--startcontrole"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\ZorgDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ZorgDesk.exe"; Description: "ZorgDesk nu starten"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. Deliberately NOT {localappdata}\ZorgDesk: the vault, its
; key file and the backups stay until the IB removes them herself.
Type: filesandordirs; Name: "{app}"
