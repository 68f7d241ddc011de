"""What the offline bundle carries besides the program: menu entries, icons, the spec."""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def entry(name: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(ROOT / "resources" / f"{name}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.parametrize("name, command", [("tijori", "gui %f"),
                                           ("tijori-signer", "gui --signer")])
def test_menu_entries_start_the_bundle(name, command):
    desktop = entry(name)
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == f"@BUNDLE@/tijori {command}"
    assert desktop["Icon"] == name
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")
    icon = ET.parse(ROOT / "resources" / "icons" / f"{name}.svg").getroot()
    assert icon.tag.endswith("svg") and icon.get("viewBox") == "0 0 64 64"


def test_install_script_writes_the_entries_for_the_unpacked_folder(tmp_path):
    bundle = tmp_path / "tijori-1.0"
    (bundle / "share").mkdir(parents=True)
    for name in ("tijori", "tijori-signer"):
        (bundle / "share" / f"{name}.desktop").write_bytes(
            (ROOT / "resources" / f"{name}.desktop").read_bytes())
        (bundle / "share" / f"{name}.svg").write_bytes(
            (ROOT / "resources" / "icons" / f"{name}.svg").read_bytes())
    script = bundle / "install.sh"
    script.write_bytes((ROOT / "packaging" / "install.sh").read_bytes())
    script.chmod(0o755)
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run([str(script)], env=env, check=True, capture_output=True)
    written = (home / ".local/share/applications/tijori-signer.desktop").read_text()
    assert f"Exec={bundle}/tijori gui --signer" in written
    assert "@BUNDLE@" not in written
    assert (home / ".local/share/icons/hicolor/scalable/apps/tijori.svg").exists()
    subprocess.run([str(script), "--remove"], env=env, check=True, capture_output=True)
    assert not (home / ".local/share/applications/tijori.desktop").exists()
