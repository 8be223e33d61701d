"""XML parsers; `expat` is the one Krait has."""
