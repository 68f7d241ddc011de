"""The one home of passphrase rules: what is refused and why, the meter, NFC, speed."""

from __future__ import annotations

import runpy
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import passphrase
from app.domain.errors import InvalidInput
from app.domain.passphrase import MIN_SCORE, TOO_WEAK, check_new, normalize, strength
from app.services import session
from tests.attest_helpers import KEY_NAMES, KEY_PASSPHRASE, REPORT_KEY_PASSPHRASE
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
LEDGER = "/srv/custody/reserves-2026.tijori"
ACTOR = "a.shah"
LEDGER_WORDS = session.ledger_words(LEDGER, ACTOR)


def refusal(text: str, **kwargs) -> str:
    with pytest.raises(InvalidInput) as info:
        check_new(text, **kwargs)
    assert info.value.field == "passphrase"
    message = str(info.value)
    assert "\n" not in message and message.count(": ") == 1  # one sentence: why, then how
    return message


@pytest.mark.parametrize(("text", "why"), [
    ("12345678", "one of the ten most common passwords"),
    (" " * 8, "a repeated character"),
    ("password1", "a very common password"),
    ("asdfghjkl;", "a straight row of keys"),
    ("zxcvbnm,./", "a straight row of keys"),
    ("1qaz2wsx3edc", "a very common password"),
    ("abcdefghijk", "a sequence such as abc or 6543"),
    ("P@ssw0rd!2024", "close to a commonly used password"),
])
def test_guessable_passphrases_are_refused_saying_why_and_how(text, why):
    message = refusal(text, what="ledger passphrase", user_inputs=LEDGER_WORDS)
    assert message.startswith("the ledger passphrase is too easy to guess (")
    assert why in message
    assert "use three or four uncommon words" in message


def test_look_alike_swaps_and_capitals_are_called_out():
    message = refusal("P@ssw0rd!2024")
    assert message.endswith("capital letters and look-alike swaps such as @ for a hardly help")


def test_the_ledgers_file_name_and_the_actor_are_refused():
    """Guessable because of where it is used: the same words elsewhere are accepted."""
    for text in ("reserves-2026.tijori", "a.shah reserves-2026", "A.Shah2026!"):
        message = refusal(text, what="ledger passphrase", user_inputs=LEDGER_WORDS)
        assert "built from words that go with it" in message
        check_new(text)  # where nothing ties it to them, the same words pass
    # and a key passphrase made of the key's name
    message = refusal("Vault custodian A. Shah", what="key passphrase",
                      user_inputs=("Vault custodian A. Shah",))
    assert message.startswith("the key passphrase is too easy to guess")


@pytest.mark.parametrize(("text", "message"), [
    ("", "the passphrase is empty: use three or four uncommon words"),
    ("tundra\x00copper violin harbour",
     "the passphrase contains a NUL character, which cannot be used: leave it out"),
    ("Xk9#mQ2", "the passphrase is too short (7 characters): use at least 8 characters, "
                "better three or four uncommon words"),
    ("x", "the passphrase is too short (1 character): use at least 8 characters, "
          "better three or four uncommon words"),
])
def test_empty_nul_and_short_are_refused(text, message):
    assert refusal(text) == message


def test_a_diceware_style_passphrase_is_accepted():
    for text in ("tundra copper violin harbour", "gnarly orchid tapestry 1987 rover",
                 "café crème au lait sur la plage", "Xk9#mQ2!pLz"):
        check_new(text, what="ledger passphrase", user_inputs=LEDGER_WORDS)
        meter = strength(text, user_inputs=LEDGER_WORDS)
        assert meter.acceptable and meter.label != TOO_WEAK and meter.feedback == ""
        assert meter.score >= MIN_SCORE and meter.guesses_log10 >= 10


def test_the_suites_passphrases_pass_the_rule():
    """Every passphrase the tests, the samples and the bundle give a new ledger or key."""
    check_new(PASSPHRASE, user_inputs=session.ledger_words("reserves.tijori", "test-custodian"))
    check_new(OTHER_PASSPHRASE, user_inputs=session.ledger_words("reserves.tijori", "tester"))
    for name in (*KEY_NAMES, "Custodian A", "Report signer", "rs"):
        check_new(KEY_PASSPHRASE, user_inputs=(name,))
        check_new(REPORT_KEY_PASSPHRASE, user_inputs=(name,))
    samples = runpy.run_path(str(ROOT / "reports" / "make_samples.py"), run_name="samples")
    check_new(samples["PASSPHRASE"],
              user_inputs=session.ledger_words("sample.tijori", "sample-custodian"))
    for name in ("custodian-1", "custodian-2", "auditor", "admin", "report-signer"):
        check_new(samples["KEY_PASSPHRASE"], user_inputs=(name,))
    bench = runpy.run_path(str(ROOT / "bench" / "bench.py"), run_name="bench")
    check_new(bench["PASSPHRASE"], user_inputs=session.ledger_words("ledger.tijori", "bench"))
    for name in ("custodian", "auditor", "admin", "report signer"):
        check_new(bench["KEY_PASSPHRASE"], user_inputs=(name,))
    bundle = (ROOT / "packaging" / "bundle_flow.sh").read_text(encoding="utf-8")
    for variable, words in (("TIJORI_PASSPHRASE", ("ledger", "bundle-test")),
                            ("TIJORI_KEY_PASSPHRASE", ("report signer",))):
        value = bundle.split(f'{variable}="', 1)[1].split('"', 1)[0]
        check_new(value, user_inputs=words)


def test_the_meter_says_why_and_the_crack_time():
    weak = strength("copper walrus")
    assert (weak.label, weak.acceptable) == (TOO_WEAK, False)
    assert weak.score < MIN_SCORE
    assert weak.feedback.startswith("The passphrase is too easy to guess (")
    assert weak.crack_time == "4 hours"
    strong = strength("tundra copper violin harbour")
    assert (strong.label, strong.score, strong.crack_time) == ("strong", 4, "centuries")
    short = strength("Xk9#mQ2")  # seven random characters: refused for the length
    assert short.label == TOO_WEAK and short.score < MIN_SCORE
    assert "too short" in short.feedback


WORDS = ("tundra", "copper", "violin", "harbour", "password", "reserves", "2026", "a.shah",
         "qwerty", "orchid", "1987", "!", "Xk9#", "café", "ledger", "tijori", "zq")


@st.composite
def candidates(draw) -> str:
    """Mostly word salads (both sides of the line), sometimes any text at all."""
    if draw(st.integers(0, 3)) == 0:
        return draw(st.text(max_size=24))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5))
    return draw(st.sampled_from((" ", "", "-"))).join(words)


def test_the_meter_reads_too_weak_exactly_when_the_rule_refuses():
    seen: set[bool] = set()

    @settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow],
              derandomize=True)
    @given(candidates(), st.booleans())
    def agree(text: str, tied: bool) -> None:
        inputs = LEDGER_WORDS if tied else ()
        meter = strength(text, user_inputs=inputs)
        try:
            check_new(text, user_inputs=inputs)
            refused = False
        except InvalidInput as exc:
            refused = True
            assert meter.feedback == exc.message[0].upper() + exc.message[1:] + "."
        assert (meter.label == TOO_WEAK) == refused == (not meter.acceptable)
        assert (meter.score < MIN_SCORE) == refused
        seen.add(refused)

    agree()
    assert seen == {True, False}, "the examples never crossed the line"


def test_session_and_ledger_judge_the_same_words():
    assert session.ledger_words(LEDGER, f" {ACTOR} ") == ("reserves-2026", ACTOR)
    assert session.ledger_words("", "") == ()
    with pytest.raises(InvalidInput, match=r"^the ledger passphrase is too easy to guess"):
        session.check_new_passphrase("reserves-2026.tijori", path=LEDGER, actor=ACTOR)
    meter = session.passphrase_strength("reserves-2026.tijori", path=LEDGER, actor=ACTOR)
    assert meter.label == TOO_WEAK
    session.check_new_passphrase(PASSPHRASE, path=LEDGER, actor=ACTOR)


def test_nfc_and_nfd_forms_normalise_to_the_same_string():
    composed = "caf\u00e9 cr\u00e8me au lait sur la plage"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert normalize(decomposed) == normalize(composed) == composed
    assert strength(decomposed) == strength(composed)
    # The length rule counts characters after NFC: seven accented letters are seven.
    assert len(unicodedata.normalize("NFD", "é" * 7)) == 14
    assert "too short (7 characters)" in refusal(unicodedata.normalize("NFD", "é" * 7))
    with pytest.raises(InvalidInput, match="must be text"):
        normalize(b"bytes")  # type: ignore[arg-type]


def test_a_very_long_passphrase_is_judged_in_well_under_a_second():
    strength("warm up")  # zxcvbn's word lists load once
    slow = "4@8({[<3691!|70$5%2+7"  # every look-alike at once: zxcvbn's worst case
    for text in ("tundra copper violin harbour " * 345, "x" * 10_000, slow * 477,
                 "1990-12-31" * 1000):
        assert len(text) >= 10_000
        start = time.perf_counter()
        meter = strength(text)
        elapsed = time.perf_counter() - start
        assert elapsed < 0.5, f"{elapsed:.2f} s for {text[:20]!r}…"
        assert meter.acceptable == (text[0] not in "x1")


def test_a_long_passphrase_is_judged_on_its_start_which_can_only_make_it_weaker():
    weak_start = "a" * passphrase.ESTIMATED_CHARS + " tundra copper violin harbour"
    assert strength(weak_start).label == TOO_WEAK
    assert strength("tundra copper violin harbour" + "a" * 200).acceptable


def test_user_inputs_do_not_leak_between_threads():
    """zxcvbn keeps them in a module-level table: judging at once must not mix them up."""
    results: list[bool] = []

    def judge(inputs: tuple[str, ...]) -> None:
        for _ in range(20):
            results.append(strength("reserves-2026.tijori", user_inputs=inputs).acceptable
                           == (not inputs))

    threads = [threading.Thread(target=judge, args=(inputs,))
               for inputs in ((), LEDGER_WORDS, (), LEDGER_WORDS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results and all(results)


def test_importing_the_rules_does_not_load_zxcvbn():
    """`tijori verify` imports the domain; the estimator loads only to judge a passphrase."""
    code = ("import sys, app.domain.passphrase as p; "
            "print('zxcvbn' in sys.modules); p.strength('x'); print('zxcvbn' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=60, check=True)
    assert run.stdout.split() == ["False", "True"]
