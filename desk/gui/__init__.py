"""The PySide6 windows. Nothing outside desk/ imports Qt."""
