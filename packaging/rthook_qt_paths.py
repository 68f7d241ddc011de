# Run-time hook of the Tijori bundle, in place of PyInstaller's PySide6 hook: it
# points Qt at the bundled plugins without importing PySide6, so that the command
# line (which never needs Qt) does not load Qt at every start (0.1 s).
import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_qt, "qml")
