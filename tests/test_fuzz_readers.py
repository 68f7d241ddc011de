"""Every reader of a file a user can be handed, fed damaged and hostile versions of it.

Each property starts from a valid file made by Tijori itself (the signed samples in
reports/samples, a key file, a bar list), lets hypothesis damage it (truncate, flip,
insert or delete bytes; put other JSON in place of any value, inside an envelope's
payload too: thousands of levels of nesting, lone surrogates, floats, huge numbers)
and asserts only that the reader either succeeds or raises a TijoriError (naming the
file, where the reader is given its name). Each test counts the outcomes and asserts
that the examples reached the paths it must: success, a failed verdict, a refusal.
Random damage seldom hits one given value of a signed statement or policy, so every
value of those is also replaced in turn by every hostile one.

A few hostile files then go through the real CLI in a fresh process: exit code 2 (1
for a verification that ran and failed), one sentence naming the file or the
variable, no traceback.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.attest import canonical
from app.attest.keyfile import decrypt_private_key, encrypt_private_key, read_key_header
from app.attest.keys import PrivateKey
from app.attest.policy import format_time, load_policy_envelope, verify_policy
from app.attest.request import read_request
from app.attest.summary import summary
from app.attest.verdict import Verdict
from app.cli import common
from app.domain.errors import InvalidInput, TijoriError
from app.services import attesting, importing, keys, reporting, signing, verifying
from tests.attest_helpers import PIN_NOTICE

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "reports" / "samples"
KEY_PASSPHRASE = "umber tactile fjord quiver"
FAST_KDF = {"memory_kib": 19 * 1024, "iterations": 2, "lanes": 1}
NOW = datetime(2027, 1, 1, tzinfo=UTC)  # after the samples were made, before they expire
BAR_LIST = (
    b"serial,brand,year,gross_oz,fineness,fine_oz,location\n"
    b"AB12345,ARGOR,2022,401.125,995.8,399.440,V1-A-01\n"
    b"AB12346,ARGOR,2022,399.950,999.9,399.910,V1-A-01\n"
    b"K778812,pamp,2023,400.325,999.9,,V1-A-02\n"
)

# What hypothesis may put in place of any JSON value, as raw JSON text: hostile
# shapes, numbers and texts Tijori never writes, and a few harmless values.
DEEP_ARRAY = "[" * 100_000
DEEP_OBJECT = '{"a":' * 50_000 + "1" + "}" * 50_000
HOSTILE = (
    DEEP_ARRAY, DEEP_OBJECT, "[" * 65 + "]" * 65, "[" * 1500 + "]" * 1500,
    '"\\ud800"', '"x\\udfffy"', '{"\\ud800":1}', '"\\ud83d\\ude00"', '"\\u0000"', '"\\uffff"',
    "1.5", "NaN", "-Infinity", "1e999", str(2**64), str(-(2**63)), "-1", "0", "true", "false",
    "null", '""', "[]", "{}", '{"a":1,"a":2}', '"\\u202e"', '"' + "A" * 5000 + '"',
    # texts that look like the times and decimals readers compute with
    '"0001-01-01T00:00:00+01:00"', '"9999-12-31T23:59:59-01:00"', '"2026-02-30T00:00:00Z"',
    '"NaN"', '"-Infinity"', '"1E+999999999"', '"1e-999999999"', '"-0"', '"' + "9" * 40 + '"',
    '"' + "9" * 40 + ".5" + '"', '"1.5e3"', '"٣"',
)
HOSTILE_TEXTS = tuple(raw for raw in HOSTILE if raw.startswith('"'))
PLACEHOLDER = "\x00tijori-fuzz\x00"
# TIJORI_FUZZ_SCALE=50 hunts with fifty times the examples, from a random seed each run.
SCALE = int(os.environ.get("TIJORI_FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=300 * SCALE, deadline=None, derandomize=SCALE == 1,
                database=None, suppress_health_check=list(HealthCheck))
FEW = settings(FUZZ, max_examples=100 * SCALE)


# -- mutations ---------------------------------------------------------------------------


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value in a JSON document (the root too), iteratively."""
    out, stack = [], [(value, prefix)]
    while stack:
        item, path = stack.pop()
        out.append(path)
        if isinstance(item, dict):
            stack.extend((v, (*path, k)) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(item))
    return out


def _put(doc: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return doc


def _drop(doc: Any, path: tuple) -> Any:
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return doc


@st.composite
def json_mutation(draw: st.DrawFn, text: str) -> str:
    """`text` (one JSON document) with one value replaced by other JSON, or one member dropped.

    A text is replaced by another text as often as not, so that the damage gets past the
    readers' type checks to whatever computes with the value (a time, a decimal).
    """
    doc = json.loads(text)
    # Chosen uniformly (hypothesis's own choices favour the first of a list), and
    # reproducibly: the Random comes from hypothesis.
    path = draw(st.randoms(use_true_random=True)).choice(sorted(_paths(doc), key=repr))
    if path and draw(st.booleans()) and draw(st.booleans()):
        return json.dumps(_drop(doc, path), ensure_ascii=False, separators=(",", ":"))
    texts = st.one_of(st.sampled_from(HOSTILE_TEXTS),
                      st.text(max_size=20).map(lambda s: json.dumps(s, ensure_ascii=False)))
    anything = st.one_of(st.sampled_from(HOSTILE), texts, st.integers(-(2**70), 2**70).map(str))
    original: Any = doc
    for step in path:
        original = original[step]
    raw = draw(texts if isinstance(original, str) and draw(st.booleans()) else anything)
    marked = json.dumps(_put(doc, path, PLACEHOLDER), ensure_ascii=False, separators=(",", ":"))
    return marked.replace(json.dumps(PLACEHOLDER), raw, 1)


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` truncated, with a byte flipped, with bytes inserted, or with a range deleted:
    never the same bytes."""
    at = draw(st.integers(0, len(data) - 1))
    kind = draw(st.sampled_from(("truncate", "flip", "insert", "delete")))
    if kind == "truncate":
        return data[:at]
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    if kind == "delete":
        return data[:at] + data[at + draw(st.integers(1, 64)):]
    at += draw(st.integers(0, 1))  # after the last byte too
    extra = draw(st.one_of(st.binary(min_size=1, max_size=8),
                           st.sampled_from([b"\xff", b"\xed\xa0\x80", b"[" * 3000, b"\\ud800",
                                            b'"', b"\n", b"\x00"])))
    return data[:at] + extra + data[at:]


def _with_payload(text: str, draw: st.DrawFn, digest_member: str | None) -> str:
    """A document carrying a base64 statement or policy (`payload`), that payload mutated.

    With `digest_member` the document's digest of the payload is brought up to date,
    as an attacker would, so that the reader gets past it to the payload itself.
    """
    doc = json.loads(text)
    holder = doc if "payload" in doc else doc["envelope"]
    payload = base64.b64decode(holder["payload"]).decode()
    payload = draw(json_mutation(payload)).encode("utf-8", "surrogatepass")
    holder["payload"] = base64.b64encode(payload).decode()
    if digest_member:
        doc[digest_member] = hashlib.sha256(payload).hexdigest()
    return json.dumps(doc, separators=(",", ":"))


@st.composite
def damaged(draw: st.DrawFn, data: bytes, *, payload: bool = False,
            digest_member: str | None = None, lines: bool = False) -> bytes:
    """A damaged version of a valid file: its bytes, a JSON value, or its signed payload;
    or the same document written differently (spaces, an unknown member), which readers
    should accept as they accept the original."""
    kinds = ["bytes"] + (["line"] if lines else ["json", "harmless"])
    kind = draw(st.sampled_from(kinds + (["payload"] * 3 if payload else [])))
    if kind == "bytes":
        return draw(byte_mutation(data))
    text = data.decode()
    if kind == "harmless":
        doc = json.loads(text)
        if draw(st.booleans()):
            doc["x-unknown"] = draw(st.text(max_size=10))
        return json.dumps(doc, indent=draw(st.sampled_from([None, 0, 2]))).encode()
    if kind == "payload":
        out = _with_payload(text, draw, digest_member)
    elif kind == "line":  # one line of a JSON-lines file
        rows = text.split("\n")
        at = draw(st.integers(0, len(rows) - 2))
        rows[at] = draw(json_mutation(rows[at]))
        out = "\n".join(rows)
    else:
        out = draw(json_mutation(text))
    return out.encode("utf-8", "surrogatepass")


# -- running a reader --------------------------------------------------------------------


def outcome(read: Callable[[], Any], names: str | None = None) -> str:
    """'ok' / 'failed' (a verdict that ran) or 'refused' (a TijoriError, whose message
    names `names`); anything else raises."""
    try:
        result = read()
    except TijoriError as exc:
        assert "Traceback" not in str(exc)
        assert names is None or names in str(exc), str(exc)
        return "refused"
    if isinstance(result, Verdict):
        return "ok" if result.ok else "failed"
    return "ok"


def fuzz(strategy: st.SearchStrategy, read: Callable[[Any], Any], *,
         config: settings = FUZZ, names: str | Path | None = None) -> Counter:
    """Run `read` on each example; count its outcomes (a refusal must name `names`)."""
    counts: Counter = Counter()

    @config
    @given(strategy)
    def run(example: Any) -> None:
        counts[outcome(lambda: read(example), None if names is None else str(names))] += 1

    run()
    assert sum(counts.values()) >= 10, counts
    return counts


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The samples in a scratch folder, a request that carries its leaves, and a key file."""
    folder = tmp_path_factory.mktemp("fuzz")
    for name in ("policy.json", "request.json", "attestation.json", "leaves.jsonl"):
        shutil.copy(SAMPLES / name, folder / name)
    request = json.loads(sample("request.json"))
    request["leaves"] = sample("leaves.jsonl").decode().splitlines()[1:]
    (folder / "with-leaves.json").write_bytes(canonical.dumps(request))
    key = encrypt_private_key(PrivateKey.generate("ed25519"), KEY_PASSPHRASE, name="hostile files",
                              created=format_time(NOW), kdf_params=FAST_KDF)
    (folder / "fuzz.key").write_bytes(key)
    return {"folder": folder, "policy": folder / "policy.json", "request": folder / "request.json",
            "attestation": folder / "attestation.json", "leaves": folder / "leaves.jsonl",
            "with_leaves": folder / "with-leaves.json", "key": folder / "fuzz.key"}


def _custodian_keyid() -> str:
    return json.loads(sample("keys/custodian-1.pub"))["keyid"]


# -- the properties ----------------------------------------------------------------------


def test_signing_request(files):
    pinned, policy = load_policy_envelope(sample("policy.json"))
    keyid = _custodian_keyid()
    data = files["with_leaves"].read_bytes()

    def read(damaged_data: bytes) -> None:
        request = read_request(damaged_data, "request.json")
        signing.check_request(request, pinned, policy, keyid, NOW)
        summary(request["statement"])

    counts = fuzz(damaged(data, payload=True, digest_member="payload_sha256"), read)
    assert counts["ok"] and counts["refused"], counts


def test_signing_request_through_the_signer_window_steps(files):
    out = files["folder"] / "prepared-request.json"

    def read(damaged_data: bytes) -> None:
        prepared = signing.prepare(damaged_data, policy_path=str(files["policy"]),
                                   key_path=str(files["key"]), now=NOW, source=str(out))
        assert prepared.summary

    counts = fuzz(damaged(sample("request.json"), payload=True, digest_member="payload_sha256"),
                  read, config=FEW, names=out)
    assert counts["ok"] and counts["refused"], counts


def test_signing_request_as_the_terminal_reopens_it(files):
    request = files["folder"] / "reopened.req.json"

    def read(damaged_data: bytes) -> None:
        request.write_bytes(damaged_data)
        assert attesting.open_request(str(request))["summary"]

    counts = fuzz(damaged(sample("request.json"), payload=True, digest_member="payload_sha256"),
                  read, config=FEW)
    assert counts["ok"] and counts["refused"], counts


def test_signing_response(files):
    response = files["folder"] / "response.sig"

    def read(damaged_data: bytes) -> None:
        response.write_bytes(damaged_data)
        attesting.evaluate_responses(str(files["request"]), [str(response)], now=NOW)

    counts = fuzz(damaged(sample("responses/auditor.sig")), read, names=response)
    assert counts["ok"] and counts["refused"], counts


def test_attestation_envelope(files):
    attestation = files["folder"] / "damaged.att.json"

    def read(damaged_data: bytes) -> Verdict:
        attestation.write_bytes(damaged_data)
        return verifying.verify_file(str(attestation), str(files["policy"]), now=NOW,
                                     parallel=False)

    counts = fuzz(damaged(sample("attestation.json"), payload=True), read, names=attestation)
    assert counts["ok"] and counts["failed"] and counts["refused"], counts


def test_previous_attestation(files):
    attestation, policy = sample("attestation.json"), sample("policy.json")

    def read(damaged_data: bytes) -> Verdict:
        return verifying.verify_attestation(attestation, policy, previous=damaged_data, now=NOW,
                                            parallel=False)

    counts = fuzz(damaged(attestation, payload=True), read, config=FEW)
    assert counts["failed"], counts  # the sample is the first of its chain: no previous fits


def test_inclusion_proof(files):
    policy = sample("policy.json")

    def read(damaged_data: bytes) -> Verdict:
        return verifying.verify_proof(damaged_data, policy, now=NOW, source="proof.json")

    counts = fuzz(damaged(sample("proof.json"), payload=True), read)
    assert counts["ok"] and counts["failed"], counts


def test_policy(files):
    def read(damaged_data: bytes) -> Verdict:
        envelope, _ = load_policy_envelope(damaged_data, "policy.json")
        _, verdict = verify_policy(envelope, now=NOW, source="policy.json")
        return verdict

    counts = fuzz(damaged(sample("policy.json"), payload=True), read, names="policy.json")
    assert counts["ok"] and counts["failed"] and counts["refused"], counts


def test_private_key_file(files):
    data = files["key"].read_bytes()
    counts = fuzz(damaged(data), lambda d: read_key_header(d, source="key file fuzz.key"),
                  names="fuzz.key")
    assert counts["ok"] and counts["refused"], counts
    # Unlocking costs an Argon2id derivation for every file that parses: fewer examples.
    counts = fuzz(damaged(data), lambda d: decrypt_private_key(d, KEY_PASSPHRASE,
                                                              source="key file fuzz.key"),
                  config=settings(FUZZ, max_examples=25 * SCALE), names="fuzz.key")
    assert counts["refused"], counts


def test_public_key_file(files):
    path = files["folder"] / "someone.pub"

    def read(damaged_data: bytes) -> None:
        path.write_bytes(damaged_data)
        keys.show_key(str(path))

    counts = fuzz(damaged(sample("keys/auditor.pub")), read, config=FEW)
    assert counts["ok"] and counts["refused"], counts


def test_leaves_file(files):
    leaves = files["folder"] / "damaged.leaves.jsonl"
    out = files["folder"] / "proof-out.json"
    attestation = sample("attestation.json")
    policy = sample("policy.json")

    def read(damaged_data: bytes) -> Verdict:
        leaves.write_bytes(damaged_data)
        out.unlink(missing_ok=True)
        with contextlib.suppress(TijoriError):  # its own refusals are fine; others raise
            verifying.make_proof(str(files["attestation"]), str(leaves), 3, str(out))
        return verifying.verify_attestation(attestation, policy, leaves=damaged_data, now=NOW,
                                            parallel=False)

    counts = fuzz(damaged(sample("leaves.jsonl"), lines=True), read)
    assert counts["ok"] and counts["failed"], counts


def test_report_pdf():
    policy = sample("policy.json")
    def read(data: bytes) -> Verdict:
        return reporting.verify_report(data, policy, now=NOW, source="report.pdf",
                                       parallel=False)

    assert read(sample("report.pdf")).ok
    counts = fuzz(byte_mutation(sample("report.pdf")), read, config=FEW)
    assert counts["failed"], counts  # every byte is signed: no damage goes unnoticed
    assert not counts["ok"], counts


def test_report_json_bundle(files):
    bundle = files["folder"] / "report.json"

    def read(damaged_data: bytes) -> Verdict:
        bundle.write_bytes(damaged_data)
        return verifying.verify_file(str(bundle), str(files["policy"]), now=NOW, parallel=False)

    counts = fuzz(damaged(sample("report.json")), read, config=FEW, names=bundle)
    assert counts["refused"], counts


def test_bar_list_csv(tmp_path):
    path = tmp_path / "bars.csv"

    def read(damaged_data: bytes) -> None:
        path.write_bytes(damaged_data)
        importing.validate_bar_list(path, "gold")

    header = BAR_LIST.split(b"\n")[0] + b"\n"
    strategy = st.one_of(
        byte_mutation(BAR_LIST), st.binary(max_size=64),
        st.text(max_size=64).map(lambda t: BAR_LIST + t.encode("utf-8")),
        st.sampled_from([header + b"A" * 200_000 + b",ARGOR,2022,401.125,995.8,,V\n",
                         header + b'"' + b"x" * 300_000, b"\xef\xbb\xbf" + BAR_LIST,
                         BAR_LIST.replace(b"\n", b"\r"), BAR_LIST.replace(b",", b";")]))
    counts = fuzz(strategy, read, names="bars.csv")
    assert counts["ok"] and counts["refused"], counts


# -- every value of the signed documents, one at a time ------------------------------------


def _each_replacement(text: str):
    """`text` (a JSON document) with each scalar value in turn replaced by each value a
    reader might choke on: hostile texts for a text, other kinds of JSON for any."""
    doc = json.loads(text)
    for path in sorted(_paths(doc), key=repr):
        original: Any = doc
        for step in path:
            original = original[step]
        if isinstance(original, dict | list):
            continue
        values = [*HOSTILE_TEXTS] if isinstance(original, str) else ['"1"', '""']
        for raw in (*values, "null", "-1", str(2**64), "true", "[]", "{}", DEEP_ARRAY):
            marked = json.dumps(_put(json.loads(text), path, PLACEHOLDER), ensure_ascii=False,
                                separators=(",", ":"))
            yield marked.replace(json.dumps(PLACEHOLDER), raw, 1).encode("utf-8",
                                                                         "surrogatepass")


def test_every_value_of_a_statement():
    """What the signer is shown and the verifier recomputes, whatever a statement holds."""
    request = json.loads(sample("request.json"))
    envelope = json.loads(sample("attestation.json"))
    policy = sample("policy.json")
    pinned, trusted = load_policy_envelope(policy)
    keyid = _custodian_keyid()
    counts: Counter = Counter()
    for payload in _each_replacement(base64.b64decode(request["payload"]).decode()):
        request["payload"] = envelope["payload"] = base64.b64encode(payload).decode()
        request["payload_sha256"] = hashlib.sha256(payload).hexdigest()

        def sign(data: bytes = canonical.dumps(request)) -> None:
            read = read_request(data, "request.json")
            signing.check_request(read, pinned, trusted, keyid, NOW)
            summary(read["statement"])

        counts[outcome(sign, "request.json")] += 1
        counts[outcome(lambda: verifying.verify_attestation(
            canonical.dumps(envelope), policy, now=NOW, parallel=False))] += 1
    assert counts["ok"] and counts["refused"] and counts["failed"], counts
    assert sum(counts.values()) > 2000, counts


def test_every_value_of_a_policy():
    envelope = json.loads(sample("policy.json"))
    counts: Counter = Counter()
    for payload in _each_replacement(base64.b64decode(envelope["payload"]).decode()):
        envelope["payload"] = base64.b64encode(payload).decode()

        def read(data: bytes = canonical.dumps(envelope)) -> Verdict:
            policy_envelope, _ = load_policy_envelope(data, "policy.json")
            return verify_policy(policy_envelope, now=NOW, source="policy.json")[1]

        counts[outcome(read, "policy.json")] += 1
    assert counts["failed"] and counts["refused"] and sum(counts.values()) > 1000, counts


# -- the strict JSON reader itself -------------------------------------------------------


@pytest.mark.parametrize("depth", [1, 63, 64])
def test_nesting_up_to_the_limit_is_read(depth):
    assert canonical.loads("[" * depth + "]" * depth, source="f.json") is not None


@pytest.mark.parametrize("text", ["[" * 65 + "]" * 65, DEEP_ARRAY, DEEP_OBJECT,
                                  '{"a":' * 65 + "1" + "}" * 65])
def test_deeper_nesting_is_refused_naming_the_source(text):
    with pytest.raises(canonical.UnsafeJSON, match=r"^f\.json is not valid JSON: it is nested "
                       r"more than 64 levels deep$"):
        canonical.loads(text.encode(), source="f.json")


@pytest.mark.parametrize("text", ['"\\ud800"', '["ok", {"k": "a\\uDFFFb"}]', '{"\\udbff": 1}',
                                  '["\\ud83d"]', '"\\ude00\\ud83d"'])
def test_lone_surrogates_are_refused(text):
    with pytest.raises(canonical.UnsafeJSON, match=r"^f\.json is not valid JSON: it holds the "
                       r"lone surrogate \\u[d][89a-f][0-9a-f]{2}, which is not Unicode text$"):
        canonical.loads(text.encode(), source="f.json")
    with pytest.raises(canonical.UnsafeJSON):
        canonical.loads(json.loads(json.dumps(text)), source="f.json")


def test_surrogate_pairs_and_escaped_backslashes_are_text():
    assert canonical.loads(b'["\\ud83d\\ude00", "\\\\ud800"]') == ["\U0001f600", "\\ud800"]


def test_encoding_text_that_is_not_unicode_is_refused():
    with pytest.raises(InvalidInput, match="lone surrogate"):
        canonical.dumps({"signed_at": "\ud800"})
    with pytest.raises(InvalidInput, match="lone surrogate"):
        canonical.dumps({"\ud800": "x", "é": 1})  # the reference encoder's path


# -- secrets and names from the environment ------------------------------------------------


@pytest.mark.parametrize(("read", "variable"), [
    (common.passphrase, "TIJORI_PASSPHRASE"),
    (common.new_passphrase, "TIJORI_NEW_PASSPHRASE"),
    (common.key_passphrase, "TIJORI_KEY_PASSPHRASE"),
    (common.actor, "TIJORI_ACTOR"),
])
def test_environment_that_is_not_utf8_is_refused_without_showing_it(monkeypatch, read,
                                                                    variable):
    import argparse

    monkeypatch.setenv(variable, "correct horse \udcff battery")  # the byte 0xFF
    with pytest.raises(InvalidInput) as caught:
        read(argparse.Namespace())
    assert str(caught.value) == f"the environment variable {variable} is not valid UTF-8 text"
    monkeypatch.setenv(variable, "correct horse é battery")
    assert read(argparse.Namespace()) == "correct horse é battery"


# -- through the real CLI, in a fresh process ---------------------------------------------------


def tijori(*argv: str, env: dict[bytes, bytes] | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environb.items() if not k.startswith(b"TIJORI_")}
    base[b"PYTHONPATH"] = os.fsencode(ROOT)
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], capture_output=True,
                          cwd=ROOT, env={**base, **(env or {})}, timeout=120)


def refused(run: subprocess.CompletedProcess, *names: str | Path, pinned: bool = False) -> str:
    """The one line of a clean refusal (exit 2), which names each of `names`; with
    `pinned`, after the notice of a signer that pinned its policy on first use."""
    err = run.stderr.decode("utf-8", "backslashreplace")
    assert run.returncode == 2, err
    assert "Traceback" not in err and "internal error" not in err, err
    if pinned:
        notice = PIN_NOTICE.match(err)
        assert notice, err
        err = err[notice.end():]
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tijori: "), err
    for name in names:
        assert str(name) in lines[0], err
    return lines[0]


@pytest.fixture(scope="module")
def hostile(files) -> dict[str, Path]:
    folder = files["folder"]
    out = {"deep array": folder / "deep-array.json", "deep object": folder / "deep-object.json"}
    out["deep array"].write_text(DEEP_ARRAY)
    out["deep object"].write_text(DEEP_OBJECT)
    response = sample("responses/auditor.sig").decode()
    signed_at = json.loads(response)["signed_at"]
    out["surrogate"] = folder / "auditor-surrogate.sig"
    out["surrogate"].write_text(response.replace(signed_at, "\\ud800"))
    return out


@pytest.mark.parametrize("which", ["deep array", "deep object"])
def test_cli_verify_refuses_deep_nesting(hostile, which):
    run = tijori("verify", str(hostile[which]), "--policy", str(SAMPLES / "policy.json"))
    message = refused(run, hostile[which])
    assert message.endswith("is nested more than 64 levels deep")


def test_cli_verify_of_hostile_evidence(hostile, tmp_path):
    """A lone surrogate in an attestation is refused (2); deep leaves fail the check (1)."""
    attestation = tmp_path / "signed-at.att.json"
    document = json.loads(sample("attestation.json"))
    document["signedAt"] = {keyid: "\ud800" for keyid in document["signedAt"]}
    attestation.write_text(json.dumps(document))  # json writes the escape \ud800
    run = tijori("verify", str(attestation), "--policy", str(SAMPLES / "policy.json"))
    assert "lone surrogate" in refused(run, attestation)

    run = tijori("verify", str(SAMPLES / "attestation.json"), "--policy",
                 str(SAMPLES / "policy.json"), "--leaves", str(hostile["deep array"]), "--json")
    assert run.returncode == 1, run.stderr
    assert run.stderr == b""
    reasons = {c["check"]: c["reason"] for c in json.loads(run.stdout)["checks"]
               if not c["passed"]}
    assert reasons == {"leaves": "the header of leaves file is not valid JSON: it is nested "
                                 "more than 64 levels deep"}


def test_cli_sign_refuses_a_deep_request(files, hostile, tmp_path):
    out = tmp_path / "out.sig"
    sign = ("sign", str(hostile["deep object"]), "--key", str(files["key"]), "--policy",
            str(files["policy"]), "--out", str(out), "--yes")
    # The test's own data folder (conftest): the signer pins the policy on its first run.
    message = refused(tijori(*sign), hostile["deep object"], pinned=True)
    assert "nested more than 64 levels deep" in message
    assert refused(tijori(*sign), hostile["deep object"]) == message
    assert not out.exists()


def test_cli_finalize_refuses_deep_requests_and_responses(files, hostile, tmp_path):
    out = tmp_path / "out.att.json"
    responses = [str(SAMPLES / "responses" / f"{n}.sig") for n in ("custodian-1", "custodian-3")]
    refused(tijori("attest", "finalize", str(hostile["deep array"]), *responses,
                   "--out", str(out)), hostile["deep array"])
    refused(tijori("attest", "finalize", str(files["request"]), *responses,
                   str(hostile["deep object"]), "--out", str(out)), hostile["deep object"])
    assert not out.exists()


def test_cli_finalize_refuses_a_lone_surrogate_in_signed_at(files, hostile, tmp_path):
    out = tmp_path / "out.att.json"
    responses = [str(SAMPLES / "responses" / f"{n}.sig") for n in ("custodian-1", "custodian-3")]
    message = refused(tijori("attest", "finalize", str(files["request"]), *responses,
                             str(hostile["surrogate"]), "--out", str(out)), hostile["surrogate"])
    assert "lone surrogate \\ud800" in message
    assert not out.exists()


@pytest.mark.parametrize("where", ["payloadType", "schema"])
def test_cli_verify_of_an_array_where_a_name_belongs(where, tmp_path):
    """A JSON array (unhashable in Python) where the envelope names its payload type, or
    where the statement names its schema: refused (2) or failed (1), never exit 70."""
    document = json.loads(sample("attestation.json"))
    if where == "payloadType":
        document["payloadType"] = ["application/vnd.tijori.statement.v2+json"]
    else:
        body = json.loads(base64.b64decode(document["payload"]))
        body["schema"] = ["tijori.statement.v2"]
        document["payload"] = base64.b64encode(canonical.dumps(body)).decode()
    attestation = tmp_path / "array.att.json"
    attestation.write_bytes(canonical.dumps(document))
    run = tijori("verify", str(attestation), "--policy", str(SAMPLES / "policy.json"), "--json")
    if where == "payloadType":
        assert refused(run, attestation).endswith(
            "is not a report, attestation, proof or count that Tijori can verify")
        return
    assert run.returncode == 1, run.stderr
    assert run.stderr == b""
    reasons = {c["check"]: c["reason"] for c in json.loads(run.stdout)["checks"]
               if not c["passed"]}
    assert set(reasons) == {"statement"}, reasons


def test_cli_refuses_a_passphrase_that_is_not_utf8_without_showing_it(tmp_path):
    secret = b"quartz meadow \xff lantern"
    run = tijori("holdings", "--ledger", str(tmp_path / "ledger.tijori"),
                 env={b"TIJORI_PASSPHRASE": secret})
    assert refused(run, "TIJORI_PASSPHRASE") == (
        "tijori: the environment variable TIJORI_PASSPHRASE is not valid UTF-8 text")
    assert b"\xff" not in run.stderr and b"meadow" not in run.stderr
    run = tijori("keys", "new", "--name", "k", "--out", str(tmp_path / "k.key"),
                 env={b"TIJORI_KEY_PASSPHRASE": secret})
    refused(run, "TIJORI_KEY_PASSPHRASE")
    assert b"meadow" not in run.stderr
    assert not (tmp_path / "k.key").exists()
