"""The desk: the PySide6 UI and the `desk` command line."""
