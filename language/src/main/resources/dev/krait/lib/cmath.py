"""Mathematical functions for complex numbers (Krait's implementation).

The algorithms follow W. Kahan, "Branch Cuts for Complex Elementary Functions": square roots taken with scaling so
that no intermediate overflows or underflows, log1p near the unit circle, and separate formulas for arguments so
large that squaring them would overflow. Arguments may be complex, float, int, or have __complex__, __float__ or
__index__. A result too large is OverflowError('math range error'); a pole or an argument outside the domain is
ValueError('math domain error').

Infinite and NaN arguments give the values C99 Annex G specifies (the ones CPython gives where it leaves a sign
open), and CPython's errors. Not yet exact: finite results rest on the math module's functions, and where those
differ from the C library's by an ulp (math.atan2, math.cosh), so do these.
"""

import math as _math
import sys as _sys

__all__ = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "e", "exp", "inf", "infj", "isclose",
           "isfinite", "isinf", "isnan", "log", "log10", "nan", "nanj", "phase", "pi", "polar", "rect", "sin",
           "sinh", "sqrt", "tan", "tanh", "tau"]

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = _sys.float_info.max
_DBL_MIN = _sys.float_info.min
_MANT_DIG = _sys.float_info.mant_dig
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684
# arguments beyond these are treated by the formulas for large arguments
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _math.sqrt(_LARGE)
_LOG_LARGE = _math.log(_LARGE)
_SQRT_DBL_MIN = _math.sqrt(_DBL_MIN)
# scaling of tiny arguments of sqrt: up by an odd power of two, down by half of one more
_SCALE_UP = 2 * (_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2


def _real(x):
    """A real argument as a float (__float__, else __index__)."""
    if type(x) is float:
        return x
    if hasattr(type(x), "__float__"):
        return float(x)
    if hasattr(type(x), "__index__"):
        return float(type(x).__index__(x))
    raise TypeError(f"must be real number, not {type(x).__name__}")


def _complex(z):
    """A complex argument as (real, imag) floats."""
    if isinstance(z, complex):
        return z.real, z.imag
    method = getattr(type(z), "__complex__", None)
    if method is not None:
        result = method(z)
        if not isinstance(result, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(result).__name__})")
        return result.real, result.imag
    return _real(z), 0.0


def _finite(*values):
    return all(_math.isfinite(v) for v in values)


def _result(re, im, *args):
    """The complex result; an infinite part from finite arguments is an overflow."""
    if _finite(*args) and (_math.isinf(re) or _math.isinf(im)):
        raise OverflowError("math range error")
    return complex(re, im)


def _domain_error():
    return ValueError("math domain error")


# ---- the functions on (real, imag) pairs, shared by the public ones ----

def _sqrt(x, y):
    if x == 0.0 and y == 0.0:
        return 0.0, y
    if not _finite(x, y):
        if _math.isinf(y):
            return inf, y
        if _math.isnan(x):
            return nan, nan
        if _math.isinf(x):
            if x > 0:
                return x, (_math.copysign(0.0, y) if not _math.isnan(y) else nan)
            return (abs(y - y) if not _math.isnan(y) else nan), _math.copysign(inf, y)
        return nan, nan
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _math.ldexp(ax, _SCALE_UP)
        s = _math.ldexp(_math.sqrt(ax + _math.hypot(ax, _math.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _math.sqrt(ax + _math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _math.copysign(d, y)
    return d, _math.copysign(s, y)


def _log(x, y):
    ax = abs(x)
    ay = abs(y)
    if not _finite(x, y):
        if _math.isinf(x) or _math.isinf(y):
            return inf, _math.atan2(y, x)
        return nan, nan
    if ax > _LARGE or ay > _LARGE:
        re = _math.log(_math.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _math.log(_math.hypot(_math.ldexp(ax, _MANT_DIG), _math.ldexp(ay, _MANT_DIG))) - _MANT_DIG * _LN2
        else:
            raise _domain_error()
    else:
        h = _math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big = max(ax, ay)
            small = min(ax, ay)
            re = _math.log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0
        else:
            re = _math.log(h)
    return re, _math.atan2(y, x)


def _cosh(x, y):
    if not _finite(x, y):
        return _cosh_special(x, y)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _math.copysign(1.0, x)
        return _math.cos(y) * _math.cosh(xm1) * e, _math.sin(y) * _math.sinh(xm1) * e
    return _math.cos(y) * _math.cosh(x), _math.sin(y) * _math.sinh(x)


def _sinh(x, y):
    if not _finite(x, y):
        return _sinh_special(x, y)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _math.copysign(1.0, x)
        return _math.cos(y) * _math.sinh(xm1) * e, _math.sin(y) * _math.cosh(xm1) * e
    return _math.cos(y) * _math.sinh(x), _math.sin(y) * _math.cosh(x)


def _cosh_special(x, y):
    if _math.isinf(y) and not _math.isnan(x):
        raise _domain_error()
    if _math.isinf(x):
        if _math.isnan(y):
            return inf, nan
        if y == 0.0:
            return inf, _math.copysign(0.0, _math.copysign(1.0, x) * _math.copysign(1.0, y))
        return _math.copysign(inf, _math.cos(y)), _math.copysign(inf, _math.sin(y)) * _math.copysign(1.0, x)
    if y == 0.0 or (x == 0.0 and _math.isnan(y)):
        return nan, 0.0
    return nan, nan


def _sinh_special(x, y):
    if _math.isinf(y) and not _math.isnan(x):
        raise _domain_error()
    if _math.isinf(x):
        if _math.isnan(y):
            return inf, nan
        if y == 0.0:
            return x, y
        return _math.copysign(inf, _math.cos(y)) * _math.copysign(1.0, x), _math.copysign(inf, _math.sin(y))
    if _math.isnan(x) and y == 0.0:
        return nan, y
    if x == 0.0 and _math.isnan(y):
        return 0.0, nan
    return nan, nan


def _tanh(x, y):
    if not _finite(x, y):
        if _math.isinf(x):
            if _math.isfinite(y):
                return _math.copysign(1.0, x), _math.copysign(0.0, 2.0 * _math.sin(y) * _math.cos(y))
            return _math.copysign(1.0, x), 0.0
        if _math.isnan(x) and y == 0.0:
            return nan, y
        if _math.isinf(y) and _math.isfinite(x):
            raise _domain_error()
        return nan, nan
    if abs(x) > _SQRT_LARGE:
        return _math.copysign(1.0, x), 4.0 * _math.sin(y) * _math.cos(y) * _math.exp(-2.0 * abs(x))
    tx = _math.tanh(x)
    ty = _math.tan(y)
    try:
        cx = 1.0 / _math.cosh(x)
    except OverflowError:
        cx = 0.0
    txty = tx * ty
    denominator = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denominator, ((ty / denominator) * cx) * cx


def _asinh(x, y):
    if not _finite(x, y):
        if _math.isinf(x) and _math.isnan(y):
            return x, nan
        if _math.isinf(x) or _math.isinf(y):
            re = _math.copysign(inf, x) if not _math.isnan(x) else inf
            im = _math.atan2(y, abs(x)) if not (_math.isnan(x) or _math.isnan(y)) else (
                _math.copysign(0.0, y) if _math.isinf(x) else nan)
            return re, im
        return nan, (y if y == 0.0 else nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        magnitude = _math.log(_math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if y >= 0.0:
            re = _math.copysign(magnitude, x)
        else:
            re = -_math.copysign(magnitude, -x)
        return re, _math.atan2(y, abs(x))
    s1 = _sqrt(1.0 + y, -x)
    s2 = _sqrt(1.0 - y, x)
    re = _math.asinh(s1[0] * s2[1] - s2[0] * s1[1])
    im = _math.atan2(y, s1[0] * s2[0] - s1[1] * s2[1])
    return re, im


def _acos(x, y):
    if not _finite(x, y):
        if x == 0.0 and _math.isnan(y):
            return pi / 2.0, nan
        if _math.isinf(x) or _math.isinf(y):
            if _math.isnan(x) or _math.isnan(y):
                return nan, (-_math.copysign(inf, y) if _math.isinf(y) else inf)
            return _math.atan2(abs(y), x), -_math.copysign(inf, y)
        return nan, nan
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _math.atan2(abs(y), x)
        magnitude = _math.log(_math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if x < 0:
            im = -_math.copysign(magnitude, y)
        else:
            im = _math.copysign(magnitude, -y)
        return re, im
    s1 = _sqrt(1.0 - x, -y)
    s2 = _sqrt(1.0 + x, y)
    re = 2.0 * _math.atan2(s1[0], s2[0])
    im = _math.asinh(s2[0] * s1[1] - s2[1] * s1[0])
    return re, im


def _acosh(x, y):
    if not _finite(x, y):
        if _math.isinf(x) or _math.isinf(y):
            if _math.isnan(x) or _math.isnan(y):
                return inf, nan
            return inf, _math.atan2(y, x)
        return nan, nan
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return _math.log(_math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _math.atan2(y, x)
    s1 = _sqrt(x - 1.0, y)
    s2 = _sqrt(x + 1.0, y)
    re = _math.asinh(s1[0] * s2[0] + s1[1] * s2[1])
    im = 2.0 * _math.atan2(s1[1], s2[0])
    return re, im


def _atanh(x, y):
    if x < 0.0 or (x == 0.0 and _math.copysign(1.0, x) < 0):
        re, im = _atanh(-x, -y)
        return -re, -im
    if not _finite(x, y):
        if _math.isinf(x) or _math.isinf(y):
            return _math.copysign(0.0, x) if not _math.isnan(x) else 0.0, _math.copysign(pi / 2.0, y) if not _math.isnan(y) else nan
        if _math.isnan(x) and y == 0.0:
            return nan, nan
        return (x if x == 0.0 else nan), nan
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _math.hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_math.copysign(pi / 2.0, -y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain_error()
        re = -_math.log(_math.sqrt(ay) / _math.sqrt(_math.hypot(ay, 2.0)))
        return re, _math.copysign(_math.atan2(2.0, -ay) / 2.0, y)
    re = _math.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    im = -_math.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return re, im


# ---- the module's functions ----

def phase(z, /):
    """The argument of z: its angle from the positive real axis, in [-pi, pi]."""
    x, y = _complex(z)
    phi = _math.atan2(y, x)
    if phi == 0.0 and y != 0.0 and _math.isfinite(x):
        # the C library reports the underflow (as CPython does)
        raise OverflowError("math range error")
    return phi


def polar(z, /):
    """z in polar coordinates: (modulus, phase)."""
    x, y = _complex(z)
    r = _math.hypot(x, y)
    if _math.isinf(r) and _finite(x, y):
        raise OverflowError("math range error")
    return r, _math.atan2(y, x)


def rect(r, phi, /):
    """The complex number with modulus r and phase phi."""
    r = _real(r)
    phi = _real(phi)
    if _finite(r, phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return _result(r * _math.cos(phi), r * _math.sin(phi), r, phi)
    if _math.isinf(r) and _math.isfinite(phi) and phi != 0.0:
        re = _math.copysign(inf, _math.cos(phi)) if r > 0 else -_math.copysign(inf, _math.cos(phi))
        im = _math.copysign(inf, _math.sin(phi)) if r > 0 else -_math.copysign(inf, _math.sin(phi))
        return complex(re, im)
    if _math.isinf(phi) and not _math.isnan(r) and r != 0.0:
        raise _domain_error()
    if _math.isnan(r) and phi == 0.0:
        return complex(nan, 0.0)
    if r == 0.0 and not _math.isfinite(phi):
        return complex(0.0, 0.0)
    if _math.isinf(r) and phi == 0.0:
        return complex(r, _math.copysign(0.0, _math.copysign(1.0, r) * _math.copysign(1.0, phi)))
    if _math.isinf(r) and not _math.isfinite(phi):
        return complex(r, nan) if r > 0 else complex(inf, nan)
    return complex(nan, nan)


def exp(z, /):
    """e raised to the power z."""
    x, y = _complex(z)
    if not _finite(x, y):
        if _math.isinf(y) and not _math.isnan(x) and not (_math.isinf(x) and x < 0):
            raise _domain_error()
        if _math.isinf(x) and x < 0:
            if _math.isfinite(y):
                return complex(0.0 * _math.cos(y), 0.0 * _math.sin(y))
            return complex(0.0, 0.0)
        if _math.isinf(x):
            if _math.isnan(y):
                return complex(x, nan)
            if y == 0.0:
                return complex(x, y)
            return complex(_math.copysign(inf, _math.cos(y)), _math.copysign(inf, _math.sin(y)))
        if _math.isnan(x) and y == 0.0:
            return complex(nan, y)
        return complex(nan, nan)
    if x > _LOG_LARGE:
        scale = _math.exp(x - 1.0)
        return _result(scale * _math.cos(y) * e, scale * _math.sin(y) * e, x, y)
    scale = _math.exp(x)
    return _result(scale * _math.cos(y), scale * _math.sin(y), x, y)


def log(z, base=None, /):
    """The natural logarithm of z, or its logarithm to the given base."""
    x, y = _complex(z)
    if base is None:
        return complex(*_log(x, y))
    # as in CPython, only the base's logarithm and the division report errors
    if x == 0.0 and y == 0.0:
        re, im = -inf, _math.atan2(y, x)
    else:
        re, im = _log(x, y)
    bx, by = _complex(base)
    bre, bim = _log(bx, by)
    try:
        return complex(re, im) / complex(bre, bim)
    except ZeroDivisionError:
        raise ValueError("math domain error") from None


def log10(z, /):
    """The base-10 logarithm of z."""
    x, y = _complex(z)
    re, im = _log(x, y)
    return complex(re / _LN10, im / _LN10)


def sqrt(z, /):
    """The square root of z (the branch with a non-negative real part)."""
    x, y = _complex(z)
    return complex(*_sqrt(x, y))


def cosh(z, /):
    """The hyperbolic cosine of z."""
    x, y = _complex(z)
    re, im = _cosh(x, y)
    return _result(re, im, x, y)


def sinh(z, /):
    """The hyperbolic sine of z."""
    x, y = _complex(z)
    re, im = _sinh(x, y)
    return _result(re, im, x, y)


def tanh(z, /):
    """The hyperbolic tangent of z."""
    x, y = _complex(z)
    return complex(*_tanh(x, y))


def cos(z, /):
    """The cosine of z: cosh(iz)."""
    x, y = _complex(z)
    re, im = _cosh(-y, x)
    return _result(re, im, x, y)


def sin(z, /):
    """The sine of z: -i sinh(iz)."""
    x, y = _complex(z)
    re, im = _sinh(-y, x)
    return _result(im, -re, x, y)


def tan(z, /):
    """The tangent of z: -i tanh(iz)."""
    x, y = _complex(z)
    re, im = _tanh(-y, x)
    return complex(im, -re)


def asinh(z, /):
    """The inverse hyperbolic sine of z."""
    x, y = _complex(z)
    return complex(*_asinh(x, y))


def asin(z, /):
    """The arc sine of z: -i asinh(iz)."""
    x, y = _complex(z)
    re, im = _asinh(-y, x)
    return complex(im, -re)


def acos(z, /):
    """The arc cosine of z."""
    x, y = _complex(z)
    return complex(*_acos(x, y))


def acosh(z, /):
    """The inverse hyperbolic cosine of z."""
    x, y = _complex(z)
    return complex(*_acosh(x, y))


def atanh(z, /):
    """The inverse hyperbolic tangent of z."""
    x, y = _complex(z)
    return complex(*_atanh(x, y))


def atan(z, /):
    """The arc tangent of z: -i atanh(iz)."""
    x, y = _complex(z)
    re, im = _atanh(-y, x)
    return complex(im, -re)


def isfinite(z, /):
    """Whether both parts of z are finite."""
    x, y = _complex(z)
    return _math.isfinite(x) and _math.isfinite(y)


def isinf(z, /):
    """Whether either part of z is infinite."""
    x, y = _complex(z)
    return _math.isinf(x) or _math.isinf(y)


def isnan(z, /):
    """Whether either part of z is a NaN."""
    x, y = _complex(z)
    return _math.isnan(x) or _math.isnan(y)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Whether a and b are close: within rel_tol of the larger modulus, or within abs_tol."""
    ax, ay = _complex(a)
    bx, by = _complex(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ax == bx and ay == by:
        return True
    if not _finite(ax, ay, bx, by):
        return False
    diff = _math.hypot(ax - bx, ay - by)
    return (diff <= rel_tol * _math.hypot(bx, by) or diff <= rel_tol * _math.hypot(ax, ay)) or diff <= abs_tol
