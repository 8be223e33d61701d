"""json.decoder: JSONDecoder, JSONDecodeError and scanstring (the decoder itself is in json)."""

from json import JSONDecoder, JSONDecodeError

__all__ = ["JSONDecoder", "JSONDecodeError"]


def scanstring(s, end, strict=True):
    """The JSON string whose opening quote is at s[end - 1]: (its text, the index just after its closing quote)."""
    return JSONDecoder(strict=strict)._string(s, end)


py_scanstring = scanstring
