"""The part of enum that programs seldom use, imported by enum on first use: verify() and EnumCheck."""

from enum import Enum, Flag, StrEnum, _high_bit, _is_single_bit, _iter_bits_lsb


class EnumCheck(StrEnum):
    """The conditions verify() can check."""
    __module__ = "enum"

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """A class decorator checking an enum for the EnumCheck conditions it is given."""
    __module__ = "enum"

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if issubclass(enumeration, Flag):
            enum_type = "flag"
        elif issubclass(enumeration, Enum):
            enum_type = "enum"
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
                if duplicates:
                    details = ", ".join(["%s -> %s" % (alias, name) for alias, name in duplicates])
                    raise ValueError("aliases found in %r: %s" % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == "flag":
                    missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high)) if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(("invalid %s %r: missing values %s"
                                      % (enum_type, cls_name, ", ".join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names or alias.value < 0:
                        continue
                    missed = [bit for bit in _iter_bits_lsb(alias.value) if bit not in member_values]
                    if missed:
                        missing_names.append(name)
                        for bit in missed:
                            missing_value |= bit
                if missing_names:
                    if len(missing_names) == 1:
                        alias = "alias %s is missing" % missing_names[0]
                    else:
                        alias = "aliases %s and %s are missing" % (", ".join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = "value 0x%x" % missing_value
                    else:
                        value = "combined values of 0x%x" % missing_value
                    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                                     % (cls_name, alias, value))
        return enumeration
