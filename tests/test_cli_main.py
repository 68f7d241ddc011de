"""The command table of `tijori`: each command loads only its own module, and
`tijori verify` loads neither the ledger nor pyHanko's signing code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main as cli

SAMPLES = Path(__file__).resolve().parents[1] / "reports" / "samples"


def _commands(parser) -> set[str]:
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    return set(sub.choices)


@pytest.mark.parametrize("module", cli.MODULES)
def test_the_table_names_every_command_of_each_module(module):
    assert _commands(cli.build_parser([module])) == {
        name for name, owner in cli.COMMANDS.items() if owner == module
    }


def test_the_full_parser_has_exactly_the_commands_of_the_table():
    assert _commands(cli.build_parser()) == set(cli.COMMANDS)


def test_help_and_a_mistyped_command_still_list_every_command(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["verfy"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'verfy'" in err
    for name in cli.COMMANDS:
        assert name in err


LOADED = """
import json, sys
from app.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_verify_loads_neither_the_ledger_nor_the_signing_code(tmp_path):
    run = subprocess.run(
        [sys.executable, "-c", LOADED, "verify", str(SAMPLES / "report.pdf"),
         "--policy", str(SAMPLES / "policy.json"), "--json"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, run.stderr
    loaded = set(result["modules"])
    assert "app.reporting.pdf_verify" in loaded  # it did read the PDF
    # It draws the cover again to compare it with page 1 (app.reporting.cover_check): that
    # much of reportlab it loads, about 0.1 s.
    assert "app.reporting.cover_check" in loaded and "reportlab.platypus" in loaded
    for heavy in ("pyhanko.sign", "pyhanko.pdf_utils.embed", "app.reporting.pdf_sign",
                  "sqlcipher3", "app.services.importing", "app.cli.record_cmds",
                  "PySide6", "pypdf"):
        assert heavy not in loaded, f"tijori verify loaded {heavy}"


def test_version_needs_no_command_module(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("tijori ")
