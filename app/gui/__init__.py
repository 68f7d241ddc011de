"""The desktop application (PySide6). The only layer that imports Qt.

It reaches the ledger, attestations and reports only through `app.services`.
"""
