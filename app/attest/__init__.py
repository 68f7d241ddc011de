"""Pure attestation primitives: canonical encoding, Merkle trees, envelopes, keys, policy.

No Qt, no database, no file I/O of its own.
"""
