"""The published format: the samples in reports/samples verify, and every file
matches its JSON Schema, so a change of format cannot pass unnoticed."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
import rfc8785
from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource

from app.attest import merkle
from app.services import verifying

REPORTS = Path(__file__).resolve().parent.parent / "reports"
SAMPLES = REPORTS / "samples"
SCHEMAS = REPORTS / "schemas"


def schema_registry() -> Registry:
    resources = [(p.name, Resource.from_contents(json.loads(p.read_text())))
                 for p in SCHEMAS.glob("*.schema.json")]
    return Registry().with_resources(resources)


def validate(name: str, document) -> None:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text())
    Draft202012Validator(schema, registry=schema_registry()).validate(document)


def load(path: Path):
    return json.loads(path.read_bytes())


def test_sample_attestation_verifies_with_its_leaves():
    verdict = verifying.verify_file(str(SAMPLES / "attestation.json"),
                                    str(SAMPLES / "policy.json"),
                                    leaves=str(SAMPLES / "leaves.jsonl"))
    assert verdict.ok, [c for c in verdict.failures]
    names = {c.name for c in verdict.checks}
    assert {"root recomputed", "totals recomputed", "attestation: custodian threshold",
            "attestation: auditor threshold"} <= names


def test_sample_proof_verifies_alone():
    verdict = verifying.verify_file(str(SAMPLES / "proof.json"), str(SAMPLES / "policy.json"))
    assert verdict.ok, verdict.failures
    assert any(c.name == "inclusion" and c.passed for c in verdict.checks)


def test_sample_files_are_canonical_json():
    for name in ("attestation.json", "policy.json", "proof.json", "request.json"):
        data = (SAMPLES / name).read_bytes()
        assert rfc8785.dumps(json.loads(data)) == data, name
    for line in (SAMPLES / "leaves.jsonl").read_bytes().splitlines():
        assert rfc8785.dumps(json.loads(line)) == line


@pytest.mark.parametrize(("name", "schema"), [
    ("attestation.json", "envelope"), ("policy.json", "envelope"), ("proof.json", "proof"),
    ("request.json", "request"),
])
def test_sample_files_match_schemas(name, schema):
    validate(schema, load(SAMPLES / name))


def test_payloads_match_schemas():
    attestation = load(SAMPLES / "attestation.json")
    validate("statement", json.loads(base64.b64decode(attestation["payload"])))
    policy = load(SAMPLES / "policy.json")
    validate("policy", json.loads(base64.b64decode(policy["payload"])))
    lines = (SAMPLES / "leaves.jsonl").read_bytes().splitlines()
    validate("leaves-header", json.loads(lines[0]))
    for line in lines[1:]:
        validate("leaf", json.loads(line))
    for path in (SAMPLES / "responses").glob("*.sig"):
        validate("response", load(path))
    for path in (SAMPLES / "keys").glob("*.pub"):
        validate("public-key", load(path))


def test_schema_rejects_a_float_quantity():
    """The schemas would catch a format change such as quantities as JSON numbers."""
    leaf = json.loads((SAMPLES / "leaves.jsonl").read_bytes().splitlines()[1])
    leaf["holding"]["quantities"][0]["quantity"] = 1.5
    with pytest.raises(ValidationError, match=r"is not of type 'string'"):
        validate("leaf", leaf)


def test_independent_root_from_the_format_document():
    """Recompute the root the way FORMAT.md §4.2 says, without Tijori's tree class."""
    import hashlib

    lines = (SAMPLES / "leaves.jsonl").read_bytes().splitlines()[1:]

    def mth(hashes):
        if len(hashes) == 1:
            return hashes[0]
        k = 1
        while k * 2 < len(hashes):
            k *= 2
        return hashlib.sha256(b"\x01" + mth(hashes[:k]) + mth(hashes[k:])).digest()

    root = mth([hashlib.sha256(b"\x00" + line).digest() for line in lines])
    statement = json.loads(base64.b64decode(load(SAMPLES / "attestation.json")["payload"]))
    assert root.hex() == statement["tree"]["root"] == merkle.root(lines).hex()


def test_samples_script_makes_verifiable_samples(tmp_path):
    import runpy

    module = runpy.run_path(str(REPORTS / "make_samples.py"), run_name="samples")
    module["make"](tmp_path)
    verdict = verifying.verify_file(str(tmp_path / "attestation.json"),
                                    str(tmp_path / "policy.json"),
                                    leaves=str(tmp_path / "leaves.jsonl"))
    assert verdict.ok
    assert not list(tmp_path.glob("**/*.key")), "no private key may be left with the samples"
