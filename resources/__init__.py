"""Icons, style sheets and other files the application loads (importlib.resources)."""
