"""Reports: the PDF that people read and the bundles that machines verify.

`pdf_layout` lays out the signed proof-of-reserve report (reportlab): cover,
signatures, methodology and the schedule of holdings (`pdf_schedule`), in the
fonts and styles of `pdf_style`. This package imports `app.attest` and
`app.domain` only: no Qt, no database, no services.
"""
