"""A real PKCS#11 token for the tests: SoftHSM2 in a folder of its own.

Each test process gets one SoftHSM2 configuration (``$SOFTHSM2_CONF``) and token folder,
made before the module is first loaded (SoftHSM reads its configuration then), with the
tokens the tests name initialised by ``softhsm2-util``. `.ci/run` installs SoftHSM2.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

MODULE_CANDIDATES = ("/usr/lib/softhsm/libsofthsm2.so",
                     "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")
USER_PIN = "246810"
SO_PIN = "13579111"
TOKENS = ("Reserve HSM", "Spare HSM")


def module_path() -> str:
    for candidate in MODULE_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    raise RuntimeError("SoftHSM2 is not installed (Debian: apt-get install softhsm2); "
                       ".ci/run installs it")


@dataclass(frozen=True)
class SoftHSM:
    folder: Path
    module: str
    conf: Path

    def uri(self, name: str, token: str = TOKENS[0]) -> str:
        return f"pkcs11:token={quote(token)};object={quote(name)}?module-path={self.module}"

    def token_folder(self, label: str) -> Path:
        """The folder SoftHSM keeps the token labelled `label` in."""
        for child in (self.folder / "tokens").iterdir():
            data = (child / "token.object").read_bytes()
            if label.encode() in data:
                return child
        raise LookupError(label)


_STARTED: list[SoftHSM] = []


def start(folder: Path) -> SoftHSM:
    """Configure SoftHSM2 in `folder` for this process and initialise the test tokens.

    Once per process: SoftHSM reads its configuration when the module is first loaded,
    and the module stays loaded, so a later call gets the same tokens (and `folder` is
    left unused).
    """
    if _STARTED:
        return _STARTED[0]
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
                    "log.level = ERROR\nslots.removable = false\n", encoding="utf-8")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    util = shutil.which("softhsm2-util")
    if util is None:
        raise RuntimeError("softhsm2-util is missing (Debian: apt-get install softhsm2)")
    for label in TOKENS:
        subprocess.run([util, "--init-token", "--free", "--label", label, "--pin", USER_PIN,
                        "--so-pin", SO_PIN], check=True, capture_output=True,
                       env={**os.environ, "SOFTHSM2_CONF": str(conf)})
    _STARTED.append(SoftHSM(folder, module_path(), conf))
    return _STARTED[0]


#: PKCS#11 CKF_USER_PIN_LOCKED, as SoftHSM2 keeps it in the token's own file.
USER_PIN_LOCKED = 0x00040000
_FLAGS_ATTRIBUTE = bytes.fromhex("000000008000534b")  # SoftHSM's CKA_OS_TOKENFLAGS


def mark_pin_locked(token_folder: Path) -> None:
    """Make a token report its user PIN locked, as a real token does after too many wrong
    PINs. SoftHSM2 never locks a PIN by itself, so its token file's flags (an 8-byte
    attribute after the attribute's type and its value type, both 8 bytes) are set."""
    path = token_folder / "token.object"
    data = bytearray(path.read_bytes())
    at = data.index(_FLAGS_ATTRIBUTE) + len(_FLAGS_ATTRIBUTE) + 8
    flags = int.from_bytes(data[at:at + 8], "big")
    data[at:at + 8] = (flags | USER_PIN_LOCKED).to_bytes(8, "big")
    path.write_bytes(bytes(data))
