"""The editor window (PySide6): a thin layer that edits the Qt-free core through commands.

Importing the package first tells PySide's import hook which of the modules to come use
PySide6 (:mod:`vnhg_desk.gui.import_scan`), so that it need not read their sources.
"""

from vnhg_desk.gui.import_scan import skip_source_scans

skip_source_scans()
