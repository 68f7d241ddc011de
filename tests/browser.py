"""Headless Chromium for the token holder's page (Debian's chromium and chromium-driver,
driven by Selenium), and a web server of a folder on 127.0.0.1 only."""

from __future__ import annotations

import functools
import json
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A headless Chromium that logs every network request (the DevTools performance log)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", f"--window-size={width},{height}",
                     "--no-first-run", "--disable-extensions", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--metrics-recording-only",
                     "--disable-default-apps", "--hide-scrollbars"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def requested_urls(driver: Any) -> list[str]:
    """The URLs the page asked for since the log was last read (Network.requestWillBeSent)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """`folder` served over HTTP on 127.0.0.1 (a free port); yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def open_page(driver: Any, url: str, timeout: float = 30) -> dict[str, Any]:
    """Load the page and wait until it has verified its attestation; its verdict."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return window.tijoriReady === true"))
    return driver.execute_script("return window.tijoriResult")


# -- what the holder page's tests share ------------------------------------------------------


def python_checks(verdict: Any) -> list[tuple]:
    """(check, passed, done, block, severity) of each check of `tijori verify`'s verdict."""
    return [(c["check"], c["passed"], c["done"], c["block"], c["severity"])
            for c in verdict.as_json()["checks"]]


def page_checks(result: dict[str, Any]) -> list[tuple]:
    """The same of the page's verdict (`window.tijoriResult`)."""
    return [(c["check"], c["passed"], c["done"], c["block"], c["severity"])
            for c in result["checks"]]


def failed_names(checks: list[tuple]) -> set[str]:
    return {name for name, passed, done, block, _ in checks if not passed and done
            and block == "integrity"}


def wait_proof(driver: Any) -> dict[str, Any]:
    """The page's verdict of the proof just checked (`window.tijoriProofResult`)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return !!window.tijoriProofResult"))
    return driver.execute_script("return window.tijoriProofResult")


_DATA = '<script type="application/json" id="tijori-data">'


def tampered_page(site: Path, folder: Path, change: Any) -> Path:
    """A copy of the published page whose data `change` altered (as a hostile host could),
    beside the same attestation and policy files, altered the same way, for `tijori
    verify`."""
    from app.attest import canonical
    from app.services import publishing

    page = (site / "index.html").read_text(encoding="utf-8")
    start = page.index(_DATA) + len(_DATA)
    data = json.loads(page[start:page.index("</script>", start)])
    change(data)
    folder.mkdir()
    (folder / "attestation.json").write_bytes(canonical.dumps(data["attestation"]))
    (folder / "policy.json").write_bytes(canonical.dumps(data["policy"]))
    (folder / "index.html").write_text(publishing.render_page(data, "tampered"),
                                       encoding="utf-8")
    return folder


def flip_signature(data: dict[str, Any]) -> None:
    """One bit of the attestation's first signature flipped."""
    import base64

    sig = bytearray(base64.b64decode(data["attestation"]["signatures"][0]["sig"]))
    sig[5] ^= 0x01
    data["attestation"]["signatures"][0]["sig"] = base64.b64encode(bytes(sig)).decode()


def change_total(data: dict[str, Any]) -> None:
    """The statement's first total changed (the payload re-encoded, the signatures kept)."""
    import base64

    from app.attest import canonical

    body = json.loads(base64.b64decode(data["attestation"]["payload"]))
    body["totals"][0]["quantity"] = "1" + body["totals"][0]["quantity"]
    data["attestation"]["payload"] = base64.b64encode(canonical.dumps(body)).decode()
