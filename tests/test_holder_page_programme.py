"""The token holder's page of a programme, in a real browser (headless Chromium): `tijori
publish` writes the folder of a programme attestation and its chained proofs; the page,
opened from file:// and from a web server on 127.0.0.1, must give the verdicts `tijori
verify` gives on the same files (FORMAT.md §13.6, §13.7), name the same failed checks for
each kind of tampering, and make no network request beyond its own folder."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.attest import canonical
from app.services import programme_attest, publishing, verifying
from tests.browser import (
    change_total,
    chromium,
    failed_names,
    flip_signature,
    open_page,
    page_checks,
    python_checks,
    requested_urls,
    serve,
    tampered_page,
    wait_proof,
)
from tests.programme_helpers import (
    finalised_programme,
    member_files,
    programme_keyring,
    signed_programme_policy,
)

ROOT = Path(__file__).resolve().parent.parent


#: The programme's members, in the order of its statement (sorted by name).
VAULT, ZURICH = 0, 1


def tijori(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], text=True,
                          capture_output=True, cwd=ROOT, env=dict(os.environ), timeout=180)


def body_of(path: str | Path) -> dict:
    return json.loads(base64.b64decode(json.loads(Path(path).read_bytes())["payload"]))


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A programme over the vault and Zurich, its attestation (with a token one ounce short
    and one without a supply), and chained proofs: of the vault's holding 1 with its
    member's policy, of Zurich's holding 2 without."""
    out = tmp_path_factory.mktemp("programme")
    for name in ("keys", "members", "policy", "att"):
        (out / name).mkdir()
    ring = programme_keyring(out / "keys")
    members = member_files(ring, out / "members")
    policy = signed_programme_policy(ring, out / "policy")
    gold = sum(Decimal(t["quantity"]) for m in ("vault", "zurich")
               for t in body_of(members[m].attestation)["totals"]
               if (t["commodity"], t["unit"]) == ("gold", "ozt"))
    tokens = out / "tokens.csv"
    tokens.write_text("symbol,commodity,per_token,unit,supply,supply_as_of,supply_source\n"
                      f"PGLD,gold,1,ozt,{int(gold) + 1},2026-01-01T00:00:00Z,contract 0xabc\n"
                      "PSLV,silver,1,ozt,,,\n", encoding="utf-8")
    att = finalised_programme(ring, [members["vault"], members["zurich"]], policy,
                              out / "att", "--tokens", str(tokens))
    chained = {}
    for key, member, files, member_policy, holding in (
            ("vault", "Tijori trust policy", members["vault"], ring.policy, 1),
            ("zurich", "Zurich vault", members["zurich"], None, 2)):
        chained[key] = out / f"chained-{key}.json"
        programme_attest.make_chained_proof(
            programme_attestation=str(att), member=member, member_attestation=files.attestation,
            leaves=files.leaves, member_policy=member_policy, holding=holding,
            out=str(chained[key]))
    return {"att": att, "policy": policy, "chained": chained}


@pytest.fixture(scope="module")
def site(made, tmp_path_factory):
    """The published folder of the programme attestation and both chained proofs, written
    by `tijori publish` in a fresh process."""
    out = tmp_path_factory.mktemp("site") / "programme"
    done = tijori("publish", "--attestation", str(made["att"]), "--policy", made["policy"],
                  "--proof-file", str(made["chained"]["vault"]),
                  "--proof-file", str(made["chained"]["zurich"]), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Published attestation" in done.stdout
    return out


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver



def look_up(browser, member: int, holding: str) -> dict:
    from selenium.webdriver.support.ui import Select
    browser.execute_script("window.tijoriProofResult = null")
    Select(browser.find_element("id", "member-select")).select_by_value(str(member))
    field = browser.find_element("id", "holding-id")
    field.clear()
    field.send_keys(holding)
    browser.find_element("id", "lookup").click()
    return wait_proof(browser)


def test_the_folder_holds_the_programme_and_its_chained_proofs(site, made):
    names = sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file())
    assert names == ["attestation.json", "index.html", "policy.json", "proofs/0-1.json",
                     "proofs/1-2.json"]
    page = (site / "index.html").read_text(encoding="utf-8")
    start = page.index('id="tijori-data">') + len('id="tijori-data">')
    data = json.loads(page[start:page.index("</script>", start)])
    assert data["kind"] == "programme" and sorted(data["proofs"]) == ["0/1", "1/2"]
    assert all("programme" not in proof for proof in data["proofs"].values())


def test_from_a_usb_stick_the_page_gives_tijori_verifys_verdict(site, browser):
    result = open_page(browser, (site / "index.html").as_uri())
    expected = verifying.verify_file(str(site / "attestation.json"), str(site / "policy.json"))
    assert expected.ok and result["valid"] is True
    assert page_checks(result) == python_checks(expected)
    names = [c[0] for c in page_checks(result)]
    assert {"members listed", "programme terms", "programme tree", "programme totals",
            "coverage", "window", "collision check", "shortfall PGLD", "token PSLV"} <= set(names)
    assert browser.find_element("id", "verdict").text == "VALID"
    assert "shortfall PGLD" in browser.find_element("id", "verdict-line").text
    # The programme's figures: its members, each with its custodian and holdings.
    members = browser.find_element("id", "members").text
    assert "Tijori trust policy" in members and "Zurich vault" in members
    assert "Reserve programme" in browser.find_element("id", "facts").text
    assert all(url.startswith(site.as_uri() + "/") or url.startswith("data:")
               for url in requested_urls(browser)), requested_urls(browser)


def test_a_holder_looks_up_a_chained_proof_by_member_and_holding(site, browser):
    with serve(site) as base:
        open_page(browser, base + "index.html")
        proof = look_up(browser, VAULT, "1")
        expected = verifying.verify_file(str(site / "proofs" / "0-1.json"),
                                         str(site / "policy.json"))
        assert expected.ok and proof["valid"] is True
        assert page_checks(proof) == python_checks(expected)
        assert {"member in programme", "member attestation", "member signatures",
                "inclusion"} <= {c[0] for c in page_checks(proof) if c[1] and c[2]}
        facts = browser.find_element("id", "proof-facts").text
        assert "Tijori trust policy" in facts and "bar 1 at site" in facts
        # Zurich's, published without its member's policy: its signatures not checked here.
        proof = look_up(browser, ZURICH, "2")
        expected = verifying.verify_file(str(site / "proofs" / "1-2.json"),
                                         str(site / "policy.json"))
        assert expected.ok and proof["valid"] is True
        assert page_checks(proof) == python_checks(expected)
        assert ("member signatures", True, False, "integrity", None) in page_checks(proof)
        # The vault's holding 2 is not published: said, not VALID.
        missing = look_up(browser, VAULT, "2")
        assert missing["valid"] is False and "no proof of holding 2 of Tijori trust policy" \
            in missing["checks"][0]["reason"]
        urls = requested_urls(browser)
    assert urls and all(url.startswith(base) or url.startswith("data:") for url in urls), urls


def test_a_pasted_proof_under_another_member_fails_as_tijori_verify_fails(site, browser,
                                                                         tmp_path):
    proof = json.loads((site / "proofs" / "0-1.json").read_bytes())
    proof["member_index"] = ZURICH
    path = tmp_path / "moved.json"
    path.write_bytes(canonical.dumps(proof))
    expected = verifying.verify_file(str(path), str(site / "policy.json"))
    open_page(browser, (site / "index.html").as_uri())
    browser.execute_script("window.tijoriProofResult = null; "
                           "document.getElementById('proof-input').value = arguments[0]",
                           path.read_text(encoding="utf-8"))
    browser.find_element("id", "proof-verify").click()
    result = wait_proof(browser)
    assert not expected.ok and result["valid"] is False
    assert page_checks(result) == python_checks(expected)
    assert failed_names(page_checks(result)) == failed_names(python_checks(expected)) \
        == {"member in programme"}


@pytest.mark.parametrize("change", [flip_signature, change_total],
                         ids=["flipped signature", "changed programme total"])
def test_tampering_fails_naming_the_checks_tijori_verify_names(site, browser, tmp_path,
                                                               change):
    folder = tampered_page(site, tmp_path / "page", change)
    result = open_page(browser, (folder / "index.html").as_uri())
    expected = verifying.verify_file(str(folder / "attestation.json"),
                                     str(folder / "policy.json"))
    assert not expected.ok and result["valid"] is False
    assert page_checks(result) == python_checks(expected)
    assert failed_names(page_checks(result)) == failed_names(python_checks(expected)) != set()
    if change is change_total:
        assert "programme totals" in failed_names(page_checks(result))
    assert browser.find_element("id", "verdict").text == "NOT VALID"


def test_a_programme_report_is_published_beside_its_page(tmp_path):
    """The programme's signed report (members' attestations embedded, no leaves) goes into
    the folder, after `tijori verify` of it passes under the programme policy."""
    from tests.attest_helpers import REPORT_KEY_PASSPHRASE
    from tests.programme_helpers import policies, report_signer

    for name in ("keys", "members", "policy", "att", "signer"):
        (tmp_path / name).mkdir()
    ring = programme_keyring(tmp_path / "keys")
    members = member_files(ring, tmp_path / "members")
    key, pub = report_signer(tmp_path / "signer")
    policy = signed_programme_policy(ring, tmp_path / "policy", report_signers=[pub],
                                     report_signer_threshold=1)
    att = finalised_programme(ring, [members["vault"], members["zurich"]], policy,
                              tmp_path / "att")
    pdf = tmp_path / "programme.pdf"
    from app.services import programme_report
    programme_report.make_programme_report(
        attestation_path=str(att), programme_policy_path=policy,
        member_attestations=[members["vault"].attestation, members["zurich"].attestation],
        member_policies=policies(ring), report_key_path=key,
        passphrase=lambda: REPORT_KEY_PASSPHRASE, out=str(pdf))
    out = tmp_path / "site"
    info = publishing.publish(attestation_path=str(att), policy_path=policy,
                              report_path=str(pdf), out=str(out))
    assert info["kind"] == "programme" and info["report"] is True
    assert (out / "report.pdf").read_bytes() == pdf.read_bytes()
    assert verifying.verify_file(str(out / "report.pdf"), [str(out / "policy.json")]).ok
