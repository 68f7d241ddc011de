"""The desktop application (PySide6). The only layer that imports Qt.

It reaches the ledger, attestations and reports only through `app.services`.
"""

from app.services.parallel import forbid_forking

# Qt runs threads in this process from here on, and forking such a process is
# unsafe: no service called from a window (verify, report) may fork.
forbid_forking()
