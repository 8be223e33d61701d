import uuid, pickle, copy
from uuid import UUID
u = UUID('{12345678-1234-5678-1234-567812345678}')
for x in [u, UUID('12345678123456781234567812345678'), UUID('urn:uuid:12345678-1234-5678-1234-567812345678'), UUID(bytes=b'\x12\x34\x56\x78' * 4),
          UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78\x12\x34\x56\x78'), UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
          UUID(int=0x12345678123456781234567812345678), UUID(int=0), UUID(int=2**128 - 1), UUID(hex="12345678-1234-5678-1234-567812345678", version=4)]:
    print(repr(x), str(x), x.hex, x.int, x.urn, x.bytes, x.bytes_le, x.fields, x.time_low, x.time_mid, x.time_hi_version, x.clock_seq_hi_variant,
          x.clock_seq_low, x.node, x.time, x.clock_seq, x.variant, x.version, x.is_safe, int(x), x == u, hash(x) == hash(x.int))
for ns, name in [(uuid.NAMESPACE_DNS, "python.org"), (uuid.NAMESPACE_URL, "https://example.com/"), (uuid.NAMESPACE_OID, b"1.3.6.1"), (uuid.NAMESPACE_X500, "cn=x")]:
    print(uuid.uuid3(ns, name), uuid.uuid5(ns, name), repr(uuid.uuid5(ns, name)))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500, uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
for v in range(1, 6):
    x = UUID(int=2**128 - 1, version=v)
    print(v, x, x.version, x.variant)
for bits in (0x0000, 0x8000, 0xc000, 0xe000):
    x = UUID(int=bits << 48)
    print(x.variant, x.version)
u4 = uuid.uuid4()
print(u4.version, u4.variant, len(str(u4)), u4 == UUID(str(u4)), u4.is_safe)
u1 = uuid.uuid1(); u1b = uuid.uuid1()
print(u1.version, u1.variant, u1b.time >= u1.time, u1 != u1b, u1.node == uuid.getnode(), 0 <= uuid.getnode() < 2**48)
u1 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(u1.node == 0x123456789abc, u1.clock_seq, u1.version)
a, b = UUID(int=1), UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == UUID(int=1), a != b, sorted([b, a]), a == 1, {a: 1}[UUID(int=1)])
for bad in [lambda: UUID(), lambda: UUID("1", int=1), lambda: UUID("123"), lambda: UUID("zz345678123456781234567812345678"), lambda: UUID(bytes=b"x"),
            lambda: UUID(bytes_le=b"x" * 15), lambda: UUID(fields=(1, 2)), lambda: UUID(fields=(2**32, 0, 0, 0, 0, 0)), lambda: UUID(fields=(0, 2**16, 0, 0, 0, 0)),
            lambda: UUID(fields=(0, 0, -1, 0, 0, 0)), lambda: UUID(fields=(0, 0, 0, 256, 0, 0)), lambda: UUID(fields=(0, 0, 0, 0, 256, 0)), lambda: UUID(fields=(0, 0, 0, 0, 0, 2**48)),
            lambda: UUID(int=-1), lambda: UUID(int=2**128), lambda: UUID(int=0, version=0), lambda: UUID(int=0, version=6), lambda: setattr(u, "int", 5),
            lambda: a < 1, lambda: UUID(bytes=bytearray(16))]:
    try:
        print(bad())
    except (TypeError, ValueError, AssertionError) as e:
        print(type(e).__name__, e)
print(pickle.loads(pickle.dumps(u)) == u, copy.copy(u) == u, copy.deepcopy(u) is not None, u.__getstate__(), UUID(int=5, is_safe=uuid.SafeUUID.safe).__getstate__())
print(repr(uuid.SafeUUID.safe), repr(uuid.SafeUUID.unknown), uuid.SafeUUID(-1), list(uuid.SafeUUID))
x = pickle.loads(pickle.dumps(UUID(int=7, is_safe=uuid.SafeUUID.unsafe)))
print(x, x.is_safe)
