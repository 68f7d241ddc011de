"""`python -m app` starts the desktop application."""

from app.gui.main import main

main()
