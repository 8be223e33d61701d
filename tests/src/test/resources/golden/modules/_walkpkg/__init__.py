"""A package for pkgutil_modules.py: modules, subpackages, a directory without __init__.py, data."""
