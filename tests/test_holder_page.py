"""The token holder's page in a real browser (headless Chromium): `tijori publish` writes the
folder; the page, opened from file:// and from a web server on 127.0.0.1, must give the
verdicts `tijori verify` gives on the same files, name the same failed check for each kind
of tampering, and make no network request beyond its own folder."""

from __future__ import annotations

import base64
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from app.attest import canonical
from app.attest.dsse import Envelope
from app.attest.keys import digest_words
from app.attest.policy import policy_digest
from app.services import publishing, reporting, verifying
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

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
SAMPLES = runpy.run_path(str(REPORTS / "make_samples.py"), run_name="samples")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The sample series made afresh (its private keys kept), and a public report."""
    out = tmp_path_factory.mktemp("samples")
    keep = out / "private"
    keep.mkdir()
    SAMPLES["make"](out, keep)
    reporting.make_report(
        attestation_path=str(out / "attestation.json"), policy_path=str(out / "policy.json"),
        leaves_path=str(out / "leaves.jsonl"),
        report_key_path=str(keep / "report-signer.key"),
        passphrase=lambda: SAMPLES["KEY_PASSPHRASE"], out=str(out / "public.pdf"),
        public=True, proofs=[2])
    return out


@pytest.fixture(scope="module")
def site(made, tmp_path_factory):
    """The published folder: the attestation, both policy versions, three proofs, the
    public report; written by `tijori publish` in a fresh process."""
    out = tmp_path_factory.mktemp("site") / "reserves"
    done = tijori("publish", "--attestation", str(made / "attestation.json"),
                  "--policy", str(made / "policy.json"),
                  "--older-policy", str(made / "policy-v1.json"),
                  "--leaves", str(made / "leaves.jsonl"), "--proof", "1", "--proof", "2",
                  "--proof", "3", "--report", str(made / "public.pdf"), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Published attestation" in done.stdout
    return out


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def tijori(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], text=True,
                          capture_output=True, cwd=ROOT, env=dict(os.environ), timeout=180)


def test_the_folder_holds_what_a_holder_needs_and_nothing_more(site, made):
    names = sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file())
    assert names == ["attestation.json", "index.html", "older-policy-1.json", "policy.json",
                     "proofs/1.json", "proofs/2.json", "proofs/3.json", "report.pdf"]
    assert (site / "attestation.json").read_bytes() == (made / "attestation.json").read_bytes()
    # Each published proof verifies with `tijori verify`, as the page says.
    assert verifying.verify_file(str(site / "proofs" / "2.json"),
                                 [str(site / "policy.json")]).ok
    page = (site / "index.html").read_text(encoding="utf-8")
    assert "default-src 'none'" in page and "http://" not in page.split("<body>")[0]
    assert "leaves.jsonl" not in page  # no holding but the three published


def test_from_a_usb_stick_the_page_gives_tijori_verifys_verdict(site, browser):
    result = open_page(browser, (site / "index.html").as_uri())
    expected = verifying.verify_file(str(site / "attestation.json"),
                                     [str(site / "policy.json"),
                                      str(site / "older-policy-1.json")])
    assert expected.ok and result["valid"] is True
    assert page_checks(result) == python_checks(expected)
    assert browser.find_element("id", "verdict").text == "VALID"
    # The policy it trusts, said plainly, with its fingerprint words.
    digest = policy_digest(Envelope.loads((site / "policy.json").read_bytes()))
    assert browser.find_element("id", "policy-digest").text == digest
    assert browser.find_element("id", "policy-words").text.split() == digest_words(digest)
    # The figures first: the signed totals.
    totals = browser.find_element("id", "totals").text
    statement = json.loads(base64.b64decode(json.loads(
        (site / "attestation.json").read_bytes())["payload"]))
    assert all(t["commodity"] in totals for t in statement["totals"])
    assert all(url.startswith(site.as_uri() + "/") or url.startswith("data:")
               for url in requested_urls(browser)), requested_urls(browser)


def test_a_holder_looks_up_pastes_and_drops_a_proof(site, browser, made):
    with serve(site) as base:
        open_page(browser, base + "index.html")
        browser.find_element("id", "holding-id").send_keys("2")
        browser.find_element("id", "lookup").click()
        proof = wait_proof(browser)
        expected = verifying.verify_file(str(site / "proofs" / "2.json"),
                                         [str(site / "policy.json")])
        assert proof["valid"] is True and page_checks(proof) == python_checks(expected)
        assert "bar 2 at site" in browser.find_element("id", "proof-facts").text
        # A holding with no published proof: said, not VALID.
        browser.execute_script("window.tijoriProofResult = null")
        field = browser.find_element("id", "holding-id")
        field.clear()
        field.send_keys("999999")
        browser.find_element("id", "lookup").click()
        missing = wait_proof(browser)
        assert missing["valid"] is False and "no proof of holding 999999" in \
            missing["checks"][0]["reason"]
        # A proof file chosen from the disk (what a drop does too): the sample's own.
        browser.execute_script("window.tijoriProofResult = null")
        browser.find_element("id", "proof-file").send_keys(str(made / "proof.json"))
        chosen = wait_proof(browser)
        assert chosen["valid"] is True
        urls = requested_urls(browser)
    assert urls and all(url.startswith(base) or url.startswith("data:") for url in urls), urls


def _statement(data: dict) -> dict:
    return json.loads(base64.b64decode(data["attestation"]["payload"]))


def _set_statement(data: dict, body: dict) -> None:
    data["attestation"]["payload"] = base64.b64encode(canonical.dumps(body)).decode()


@pytest.mark.parametrize("change", [flip_signature, change_total],
                         ids=["flipped signature", "changed total"])
def test_tampering_fails_naming_the_check_tijori_verify_names(site, browser, tmp_path,
                                                              change):
    folder = tampered_page(site, tmp_path / "page", change)
    result = open_page(browser, (folder / "index.html").as_uri())
    expected = verifying.verify_file(str(folder / "attestation.json"),
                                     [str(folder / "policy.json"),
                                      str(site / "older-policy-1.json")])
    assert not expected.ok and result["valid"] is False
    assert failed_names(page_checks(result)) == failed_names(python_checks(expected)) != set()
    assert browser.find_element("id", "verdict").text == "NOT VALID"


def test_a_foreign_policy_fails_as_tijori_verify_fails(site, browser, tmp_path):
    """The page of a host that swapped in its own policy: the binding and the signatures
    fail under it, as `tijori verify` says with that policy."""
    from tests.attest_helpers import draft_policy, make_keyring

    (tmp_path / "keys").mkdir()
    ring = make_keyring(tmp_path / "keys")
    foreign = tmp_path / "foreign.json"
    draft_policy(ring, foreign)  # signed by its admin

    def swap(data: dict) -> None:
        data["policy"] = json.loads(foreign.read_bytes())
        data["older_policies"] = []

    folder = tampered_page(site, tmp_path / "page", swap)
    result = open_page(browser, (folder / "index.html").as_uri())
    expected = verifying.verify_file(str(folder / "attestation.json"), [str(foreign)])
    assert not expected.ok and result["valid"] is False
    assert failed_names(page_checks(result)) == failed_names(python_checks(expected)) != set()


def pasted(browser, site: Path, proof: dict, path: Path) -> tuple:
    """`tijori verify`'s verdict of `proof` (written to `path`), and the page's when it is
    pasted there."""
    path.write_bytes(canonical.dumps(proof))
    expected = verifying.verify_file(str(path), [str(site / "policy.json")])
    open_page(browser, (site / "index.html").as_uri())
    browser.find_element("id", "proof-input").send_keys(path.read_text())
    browser.find_element("id", "proof-verify").click()
    return expected, wait_proof(browser)


def test_a_proof_of_another_leaf_fails_inclusion(site, browser, made, tmp_path):
    proof = json.loads((site / "proofs" / "2.json").read_bytes())
    proof["leaf"] = json.loads((site / "proofs" / "3.json").read_bytes())["leaf"]
    path = tmp_path / "other.json"
    expected, result = pasted(browser, site, proof, path)
    assert not expected.ok and result["valid"] is False
    assert failed_names(page_checks(result)) == failed_names(python_checks(expected)) \
        == {"inclusion"}


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1280, 900)],
                         ids=["phone", "desktop"])
def test_it_reads_at_phone_and_desktop_widths(site, tmp_path, width, height):
    with chromium(width, height) as driver:
        open_page(driver, (site / "index.html").as_uri())
        # Nothing wider than the screen: no sideways scrolling of the page itself.
        assert driver.execute_script(
            "return document.documentElement.scrollWidth <= window.innerWidth + 1")
        shot = tmp_path / f"page-{width}.png"
        driver.set_window_size(width, driver.execute_script(
            "return document.body.scrollHeight") + 100)
        assert driver.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


def test_what_is_not_published(made, site, tmp_path):
    """The full report (every holding), a folder in use, an attestation that does not
    verify, proofs without the leaves: each one sentence, exit 2 or 1, nothing written."""
    out = tmp_path / "out"
    base = ["publish", "--attestation", str(made / "attestation.json"), "--policy",
            str(made / "policy.json"), "--older-policy", str(made / "policy-v1.json")]
    done = tijori(*base, "--report", str(made / "report.pdf"), "--out", str(out))
    assert done.returncode == 2 and "embeds every holding" in done.stderr
    assert not out.exists()
    done = tijori(*base, "--out", str(site))
    assert done.returncode == 2 and "is not an empty folder" in done.stderr
    done = tijori(*base, "--proof", "2", "--out", str(out))
    assert done.returncode == 2 and "give the leaves file" in done.stderr
    document = json.loads((made / "attestation.json").read_bytes())
    data = {"attestation": document}
    flip_signature(data)
    bad = tmp_path / "bad.json"
    bad.write_bytes(canonical.dumps(data["attestation"]))
    done = tijori("publish", "--attestation", str(bad), "--policy", str(made / "policy.json"),
                  "--out", str(out))
    assert done.returncode == 1 and "does not verify" in done.stderr and not out.exists()
    assert all("Traceback" not in text for text in (done.stderr, done.stdout))


def test_a_proof_made_elsewhere_is_published_if_it_is_of_this_attestation(made, tmp_path):
    """`--proof-file`: the custodian's own proof file (`tijori proof`) goes in as it is; a
    proof of another attestation is refused, naming the file."""
    out = tmp_path / "site"
    info = publishing.publish(
        attestation_path=str(made / "attestation.json"), policy_path=str(made / "policy.json"),
        proof_files=[str(made / "proof.json")], out=str(out))
    holding = json.loads(json.loads((made / "proof.json").read_bytes())["leaf"])["holding"]
    assert info["proofs"] == 1
    assert (out / "proofs" / f"{holding['id']}.json").read_bytes() == \
        (made / "proof.json").read_bytes()
    other = json.loads((made / "proof.json").read_bytes())
    other["envelope"] = json.loads((made / "chain" / "1.att.json").read_bytes())
    path = tmp_path / "other.json"
    path.write_bytes(canonical.dumps(other))
    from app.domain.errors import InvalidInput
    with pytest.raises(InvalidInput, match="is a proof of another attestation"):
        publishing.publish(attestation_path=str(made / "attestation.json"),
                           policy_path=str(made / "policy.json"), proof_files=[str(path)],
                           out=str(tmp_path / "refused"))
    assert not (tmp_path / "refused").exists()


def test_a_maximum_age_makes_a_stale_attestation_not_valid(site, made, browser, tmp_path):
    """`publish --max-age`: the page holds the attestation to it as `tijori verify
    --max-age` does: within it, the age is a clear required finding; beyond it (here one
    second), NOT VALID, naming the age."""
    from datetime import timedelta

    out = tmp_path / "fresh"
    done = tijori("publish", "--attestation", str(made / "attestation.json"), "--policy",
                  str(made / "policy.json"), "--max-age", "3650d", "--out", str(out))
    assert done.returncode == 0, done.stderr
    result = open_page(browser, (out / "index.html").as_uri())
    age = next(c for c in result["checks"] if c["check"] == "age")
    assert result["valid"] is True and age["severity"] == "clear" and age["required"]

    def stale(data: dict) -> None:
        data["max_age_seconds"] = 1

    folder = tampered_page(out, tmp_path / "stale", stale)
    result = open_page(browser, (folder / "index.html").as_uri())
    expected = verifying.verify_file(str(folder / "attestation.json"),
                                     [str(folder / "policy.json")],
                                     max_age=timedelta(seconds=1))
    assert not expected.ok and result["valid"] is False
    assert page_checks(result) == python_checks(expected)
    assert browser.find_element("id", "verdict").text == "NOT VALID"
    assert "age" in browser.find_element("id", "verdict-line").text


def _unknown_member(proof: dict) -> None:
    proof["note"] = "added by the host"


def _upper_case_path(proof: dict) -> None:
    proof["proof"] = [h.upper() for h in proof["proof"]]


def _version_2(proof: dict) -> None:
    proof["version"] = 2


@pytest.mark.parametrize("change", [_unknown_member, _upper_case_path, _version_2],
                         ids=["unknown member", "upper-case hashes", "version 2"])
def test_a_proof_is_read_as_format_md_writes_it(site, browser, tmp_path, change):
    """Only what FORMAT.md §7 allows: `tijori verify` and the page both refuse a proof with
    another member, hashes not in lower case, or another version, with the same check."""
    proof = json.loads((site / "proofs" / "2.json").read_bytes())
    change(proof)
    path = tmp_path / "proof.json"
    expected, result = pasted(browser, site, proof, path)
    assert not expected.ok and result["valid"] is False
    assert page_checks(result) == python_checks(expected) == [
        ("proof", False, True, "integrity", None)]
    # The same sentence, after the name each gives the proof (the file's path, "proof").
    reason = str(expected.checks[0].reason).split(" is malformed: ")[1]
    assert result["checks"][0]["reason"] == f"proof is malformed: {reason}"


def _drop_a_commodity(data: dict) -> None:
    """A complete scope that leaves a commodity of the totals out of scope.commodities."""
    body = json.loads(base64.b64decode(data["attestation"]["payload"]))
    assert body["scope"]["complete"] is True
    body["scope"]["commodities"] = body["scope"]["commodities"][1:]
    data["attestation"]["payload"] = base64.b64encode(canonical.dumps(body)).decode()


def test_a_complete_scope_names_every_commodity(site, browser, tmp_path):
    """FORMAT §4.4: with `complete` true, `scope.commodities` is every commodity of the
    totals and tokens. Both verifiers refuse the statement's shape otherwise."""
    folder = tampered_page(site, tmp_path / "page", _drop_a_commodity)
    result = open_page(browser, (folder / "index.html").as_uri())
    expected = verifying.verify_file(str(folder / "attestation.json"),
                                     [str(folder / "policy.json"),
                                      str(site / "older-policy-1.json")])
    assert not expected.ok and result["valid"] is False
    assert page_checks(result) == python_checks(expected)
    statement = next(c for c in expected.checks if c.name == "statement")
    assert "scope.commodities are not every commodity" in str(statement.reason)
