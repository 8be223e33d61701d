"""The ElementTree XML library."""
