"""enum's Flag, IntFlag and FlagBoundary (with STRICT, CONFORM, EJECT, KEEP): made, and given to the enum module,
the first time a program asks enum for one of them (most programs that import enum use no flags)."""

import enum
from enum import Enum, ReprEnum, StrEnum, _high_bit, _iter_bits_lsb, bin


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has: STRICT raises ValueError (Flag's default),
    CONFORM drops those bits, EJECT gives the plain int, KEEP keeps them in the pseudo-member (IntFlag's default)."""
    __module__ = "enum"

    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
enum.FlagBoundary = FlagBoundary
enum.STRICT, enum.CONFORM, enum.EJECT, enum.KEEP = STRICT, CONFORM, EJECT, KEEP
enum._EJECT = EJECT


class Flag(Enum, boundary=STRICT):
    """An enum of bit flags: members combine with |, & and ^ and are inverted with ~."""
    __module__ = "enum"


    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value of an auto() flag: the next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        highest = max(last_values)
        try:
            high_bit = _high_bit(highest)
        except Exception:
            raise TypeError("invalid flag value %r" % highest) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members whose bits make up value, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members whose bits make up value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """The pseudo-member combining the members whose bits are in value (what happens to bits no member has
        depends on the class's boundary)."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, boundary))
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]" % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for flag in cls._iter_member_(member_value):
                members.append(flag)
                combined |= flag._value_
            if aliases:
                value = member_value | aliases
                for candidate in cls._member_map_.values():
                    bits = candidate._value_
                    if candidate not in members and bits and bits & value == bits:
                        members.append(candidate)
                        combined |= bits
            unknown = value ^ combined
            pseudo._name_ = "|".join([flag._name_ for flag in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            elif unknown:
                pseudo._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, value_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


# from here on EnumType knows flags
enum.Flag = enum._Flag = Flag


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are ints: they combine with ints too, and keep bits no member names."""
    __module__ = "enum"


enum.IntFlag = IntFlag
