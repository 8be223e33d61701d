# A warning raised in a property getter with stacklevel=2 names the line that read the property.
import sys
import warnings


class Config:
    @property
    def old_name(self):
        warnings.warn("old_name is deprecated", DeprecationWarning, stacklevel=2)
        return sys._getframe(1).f_lineno


warnings.simplefilter("always")
config = Config()
print(config.old_name)
value = (1,
         config.old_name)
print(value)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    config.old_name
    print([(w.lineno, str(w.message)) for w in caught])
