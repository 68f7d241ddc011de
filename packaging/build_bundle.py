"""`make bundle`: the offline bundle of Tijori for Linux x86-64.

Builds the one-folder PyInstaller bundle (`packaging/tijori.spec`), adds the
menu entries, icons and `install.sh`, packs it as
`dist/tijori-VERSION-linux-x86_64.tar.gz`, and writes `dist/SHA256SUMS` and
`dist/VERIFY.txt` beside it. Prints the bundle's size and what dominates it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402
from app.services.bundles import write_sums  # noqa: E402

BUILD = ROOT / "build" / "bundle"
DIST = ROOT / "dist"
NAME = f"tijori-{__version__}-linux-x86_64"

VERIFY = """\
Checking the Tijori bundle before you trust it
==============================================

You received three files: {archive}, SHA256SUMS and this VERIFY.txt
(and perhaps SHA256SUMS.dsse.json, a signature of SHA256SUMS).

1. Compare the archive's SHA-256 with the published one, BEFORE unpacking:

       sha256sum -c SHA256SUMS

   It must print "{archive}: OK". Read the digest aloud with the person who
   built the bundle, or compare it with the one published through a channel
   you trust (a signed letter, the programme's register), not only with the
   SHA256SUMS that travelled on the same USB stick:

       sha256sum {archive}

2. If a Tijori is already installed and you hold the builder's public key,
   let it check the signature of SHA256SUMS and the archive together:

       tijori bundle verify {archive} --signature SHA256SUMS.dsse.json \\
           --signer builder.pub

   It prints the signer's keyid and fingerprint words; compare the words with
   the ones the builder reads to you.

3. Only then unpack, and (for the desktop menu) install the menu entries:

       tar -xzf {archive}
       cd tijori-{version}
       ./tijori --version
       ./install.sh            # adds "Tijori" and "Tijori Signer" to the menu

Nothing in the bundle needs a network, root, or anything else installed.
"""


def build() -> Path:
    """PyInstaller, then the menu entries, icons and install script beside `tijori`."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"),
         str(ROOT / "packaging" / "tijori.spec")],
        check=True, cwd=ROOT)
    folder = BUILD / "dist" / "tijori"
    share = folder / "share"
    share.mkdir(exist_ok=True)
    for entry in ("tijori", "tijori-signer"):
        shutil.copy(ROOT / "resources" / f"{entry}.desktop", share)
        shutil.copy(ROOT / "resources" / "icons" / f"{entry}.svg", share)
    shutil.copy(ROOT / "packaging" / "install.sh", folder / "install.sh")
    (folder / "install.sh").chmod(0o755)
    return folder


def pack(folder: Path) -> Path:
    DIST.mkdir(exist_ok=True)
    archive = DIST / f"{NAME}.tar.gz"
    top = f"tijori-{__version__}"

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=top, filter=clean)
    return archive


def size_report(folder: Path) -> list[str]:
    """The bundle's size and its largest parts."""

    def size(path: Path) -> int:  # symbolic links (PyInstaller makes many) count nothing
        if path.is_symlink():
            return 0
        if path.is_file():
            return path.stat().st_size
        return sum(p.stat().st_size for p in path.rglob("*")
                   if p.is_file() and not p.is_symlink())

    internal = folder / "_internal"
    parts = [(size(p), p) for p in internal.iterdir() if p.name != "PySide6"]
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    if qt_lib.is_dir():
        parts += [(size(p), p) for p in qt_lib.iterdir()]
        parts.append((size(internal / "PySide6") - size(qt_lib), internal / "PySide6" / "(rest)"))
    lines = [f"bundle folder: {size(folder) / 2**20:.0f} MiB"]
    for number, path in sorted(parts, key=lambda item: item[0], reverse=True)[:12]:
        lines.append(f"  {number / 2**20:7.1f} MiB  {path.relative_to(folder)}")
    return lines


def main() -> int:
    start = time.perf_counter()
    folder = build()
    archive = pack(folder)
    write_sums([archive], DIST / "SHA256SUMS")
    (DIST / "VERIFY.txt").write_text(
        VERIFY.format(archive=archive.name, version=__version__), encoding="utf-8")
    for line in size_report(folder):
        print(line)
    print(f"archive: {archive.relative_to(ROOT)} ({archive.stat().st_size / 2**20:.0f} MiB), "
          f"with SHA256SUMS and VERIFY.txt; built in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
