"""Pure domain: commodities, units, measurement standards and validation.

Nothing here imports Qt or a database, or touches files of its own.
"""
