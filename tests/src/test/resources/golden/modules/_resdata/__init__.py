"""A package with data files for pkgutil_data.py and importlib_resources*.py."""
import importlib.resources


def own_files():
    return importlib.resources.files()
