"""Build the standalone ZorgDesk for the platform this runs on: ``python packaging/build.py``.

Result: ``dist/zorgdesk/`` (one folder; on macOS also ``dist/ZorgDesk.app``). Needs
the project installed (``pip install -e ".[packaging]"``). Prints the folder size, the
figure the README and the installer promise. On Windows, run ``iscc
packaging/windows/zorgdesk.iss`` afterwards for the installer.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "zorgdesk.spec"
sys.path.insert(0, str(ROOT / "src"))

from zorgdesk import __version__  # noqa: E402 - after the path is set


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def windows_version_file(target: Path) -> Path:
    """The VERSIONINFO resource Windows shows under Eigenschappen > Details."""
    numbers = [int(part) for part in __version__.split(".")[:3]] + [0]
    fixed = ", ".join(str(n) for n in numbers[:4])
    target.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({fixed}), prodvers=({fixed})),
  kids=[
    StringFileInfo([StringTable('041304B0', [
      StringStruct('CompanyName', 'ZorgDesk'),
      StringStruct('FileDescription', 'ZorgDesk - zorgdossier voor de intern begeleider'),
      StringStruct('FileVersion', '{__version__}'),
      StringStruct('ProductName', 'ZorgDesk'),
      StringStruct('ProductVersion', '{__version__}'),
      StringStruct('LegalCopyright', 'EUPL-1.2')])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])
  ]
)
""", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw ZorgDesk als losse programmamap.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="uitvoermap")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="map voor tussenbestanden")
    args = parser.parse_args(argv)
    import PyInstaller.__main__

    args.work.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        os.environ["ZORGDESK_VERSION_FILE"] = str(
            windows_version_file(args.work / "version_info.txt"))
    shutil.rmtree(args.dist / "zorgdesk", ignore_errors=True)
    PyInstaller.__main__.run([str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN",
                              "--distpath", str(args.dist), "--workpath", str(args.work)])
    folder = args.dist / "zorgdesk"
    print(f"ZorgDesk {__version__} gebouwd in {folder}: "
          f"{folder_size(folder) / 1_000_000:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
