"""A regular install (wheel) must carry every data file the app reads at run time."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_data_files_cover_every_resource_and_form():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = set()
    for target, patterns in config["tool"]["setuptools"]["data-files"].items():
        assert target.startswith("share/zorgdesk/")
        for pattern in patterns:
            for path in ROOT.glob(pattern):
                relative = path.relative_to(ROOT)
                # Installed where paths.resources_dir()/forms_dir() look for it.
                assert target == f"share/zorgdesk/{relative.parent.as_posix()}", pattern
                shipped.add(relative)
    on_disk = {p.relative_to(ROOT) for top in ("resources", "forms")
               for p in (ROOT / top).rglob("*") if p.is_file() and p.name != ".keep"}
    assert on_disk - shipped == set()
