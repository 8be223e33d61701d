"""The codecs Krait writes in Python (Krait's implementation): idna and punycode. Each module's getregentry() gives
its CodecInfo, which codecs.lookup() returns for the codec's name; the other codecs are implemented in Java."""
