"""Reports: the PDF that people read and the bundles that machines verify.

`pdf_layout` lays out the signed proof-of-reserve report (reportlab): cover,
signatures, methodology and the schedule of holdings (`pdf_schedule`), in the
fonts and styles of `pdf_style`; `cover_check` draws page 1 again from a signed
report's statement and compares it. This package imports `app.attest` and
`app.domain` only: no Qt, no database, no services.
"""

import sys
import types


def _without_network_clients() -> None:
    """Stand-ins for pyHanko's two aiohttp modules, installed before pyHanko loads.

    pyHanko imports its HTTP timestamp client and its HTTP certificate fetchers
    (both built on aiohttp) whenever its signing or validation code is imported.
    Tijori never timestamps or fetches anything over a network: with these
    stand-ins in place aiohttp is never loaded (a quarter of a second saved on
    every `tijori verify`), and neither client can be used to open a connection.
    """

    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("Tijori works offline: no network client is available")

    for module, name in (("pyhanko.sign.timestamps.aiohttp_client", "HTTPTimeStamper"),
                         ("pyhanko_certvalidator.fetchers.aiohttp_fetchers",
                          "AIOHttpFetcherBackend")):
        if module not in sys.modules:
            stand_in = types.ModuleType(module, "Tijori: no network clients, offline only.")
            setattr(stand_in, name, type(name, (), {"__init__": refuse}))
            sys.modules[module] = stand_in


_without_network_clients()
