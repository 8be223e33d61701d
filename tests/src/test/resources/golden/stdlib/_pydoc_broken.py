"""A module that fails while it is imported (for pydoc's ErrorDuringImport)."""
raise ValueError('broken on purpose')
