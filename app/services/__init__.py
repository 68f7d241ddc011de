"""Use-cases that the GUI and the CLI both call: record, import, verify, report.

Services take plain values and a `Task` for progress and cancel, return plain
values, and raise `TijoriError` for anything a user can cause.
"""
