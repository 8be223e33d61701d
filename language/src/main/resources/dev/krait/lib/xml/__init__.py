"""XML support: parsers (an Expat-compatible parser), etree (ElementTree), dom (minidom) and sax."""

__all__ = ["dom", "parsers", "sax", "etree"]
