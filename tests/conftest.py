"""Shared fixtures: a real SQLCipher ledger in a temporary folder, and the CLI in-process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.cli.main import main as tijori_main

# The suite's passphrases for new ledgers: one to create with, one to change to. They
# must pass the rule (app.domain.passphrase.check_new; tests/test_passphrase.py checks).
PASSPHRASE = "tundra copper violin harbour"
OTHER_PASSPHRASE = "walnut prism estuary kettle"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path_factory):
    for name in ("TIJORI_LEDGER", "TIJORI_PASSPHRASE", "TIJORI_ACTOR", "TIJORI_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    # The offline signer's data folder (pinned policy, witness state): never the real one.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))


def pytest_generate_tests(metafunc):
    """Tests of modules marked `engines` run on both of the store's engines."""
    if "engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("engines"):
        # `file_only`: what only a file has (its backups, its bytes edited behind Tijori).
        file_only = metafunc.definition.get_closest_marker("file_only") is not None
        metafunc.parametrize("engine", ["file"] if file_only else ["file", "server"],
                             indirect=True)


@pytest.fixture
def engine(request) -> str:
    """The store's engine under test: "file" (SQLCipher) unless the module is marked
    `engines`, whose tests also run on "server" (a real PostgreSQL, tests/pg.py)."""
    return getattr(request, "param", "file")


@pytest.fixture
def ledger_path(tmp_path: Path, engine: str) -> Path | str:
    """Where the test's ledger is: a file, or the URL of a new database on the tests'
    PostgreSQL server (its schema made by `tijori init`, as for a file)."""
    if engine == "server":
        from tests import pg

        return pg.new_database()
    return tmp_path / "reserves.tijori"


@pytest.fixture
def cli(capsys, monkeypatch, ledger_path):
    """Run `tijori ...` in-process against the test ledger; returns code, stdout, stderr."""
    monkeypatch.setenv("TIJORI_LEDGER", str(ledger_path))
    monkeypatch.setenv("TIJORI_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TIJORI_ACTOR", "test-custodian")

    def run(*argv: str) -> Result:
        capsys.readouterr()
        try:
            code = tijori_main(list(argv))
        except SystemExit as exc:  # argparse usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def ledger(cli, ledger_path):
    """A fresh ledger with a vault, a warehouse, a tank farm, gas storage and an LNG terminal."""
    assert cli("init").code == 0
    for code, kind in (("VLT", "vault"), ("WH", "warehouse"), ("TF", "tank-farm"),
                       ("GS", "gas-storage"), ("LNG", "lng-terminal")):
        result = cli("site", "add", code, "--name", f"Site {code}", "--kind", kind)
        assert result.code == 0, result.err
    return ledger_path


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    """Keys for the attestation tests, made once per module (see tests/attest_helpers.py)."""
    from tests.attest_helpers import make_keyring

    return make_keyring(tmp_path_factory.mktemp("keys"))


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory):
    from tests.attest_helpers import Ledgers

    return Ledgers(tmp_path_factory.mktemp("ledgers"))


@pytest.fixture
def stocked(ledgers, ledger_path):
    """Five sites, five gold bars (ids 1-5) in VLT, token PKG (1 ozt, supply 1000)."""
    return ledgers.copy("stocked", ledger_path)


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
