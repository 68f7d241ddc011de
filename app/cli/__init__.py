"""The command-line twin of every GUI action: `tijori ...`."""
