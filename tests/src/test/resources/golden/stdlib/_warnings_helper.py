import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def deprecated_here():
    warnings.warn("deprecated inside a helper module", DeprecationWarning)


def user_warning():
    warnings.warn("from the helper")
