# array.array is a bytes-like object for binascii, base64 and hashlib, as in CPython.
import array, binascii, base64, hashlib
a = array.array("B", b"hello")
print(bytes(a), binascii.hexlify(a), binascii.b2a_base64(a), binascii.a2b_hex(array.array("B", b"6869")), base64.b64encode(a), hashlib.md5(a).hexdigest(), hashlib.sha256(array.array("i", [1, 2])).hexdigest()[:16])
print(binascii.crc32(a), binascii.crc_hqx(a, 0))
