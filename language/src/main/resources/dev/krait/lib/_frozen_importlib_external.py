"""The source file side of CPython's import system (Krait's implementation lives in _frozen_importlib)."""

from _frozen_importlib import (SourceFileLoader, NamespaceLoader, _NamespacePath, cache_from_source,
                               spec_from_file_location)
