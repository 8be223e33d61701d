"""A module saved with a UTF-8 byte order mark."""
GREETING = "café with BOM"
