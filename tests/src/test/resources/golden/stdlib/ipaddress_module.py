import ipaddress as ip
from ipaddress import *
for text in ["192.168.1.1", "0.0.0.0", "255.255.255.255", "10.0.0.256", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-4",
             "", "1..2.3", "1.2.3.4/24", "1234.1.1.1", "a.b.c.d", "١.2.3.4", "::1", "::", "2001:db8::1", "2001:DB8:0:0:0:0:0:1",
             "1:2:3:4:5:6:7:8", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "1:2:3:4:5:6:7:8:9", "1:2", "::ffff:1.2.3.4",
             "::ffff:1.2.3", "fe80::1%eth0", "fe80::1%", "12345::", "g::", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7:8",
             "2001:0db8:0000:0000:0001:0000:0000:0001", "0:0:1:0:0:1:0:0", "1:0:0:2:0:0:0:3", 3232235777, 2**32, -1, 2**128,
             b"\x7f\x00\x00\x01", b"\x00" * 16, b"\x01\x02", None, 1.5]:
    try:
        a = ip_address(text)
        print(repr(text), repr(a), str(a), int(a), a.version, a.max_prefixlen, a.packed, a.compressed, a.exploded, a.reverse_pointer)
    except Exception as e:
        print(repr(text), type(e).__name__, e)
    for cls in (IPv4Address, IPv6Address):
        try:
            cls(text)
        except Exception as e:
            print("  ", cls.__name__, type(e).__name__, e)
flags = ["is_private", "is_global", "is_loopback", "is_multicast", "is_reserved", "is_link_local", "is_unspecified"]
for text in ["10.1.2.3", "8.8.8.8", "127.0.0.1", "224.0.0.1", "240.0.0.1", "169.254.1.1", "0.0.0.0", "100.64.0.1", "192.0.2.5",
             "172.31.255.255", "172.32.0.0", "255.255.255.255", "::1", "::", "fe80::1", "ff02::1", "fc00::1", "2001:db8::1",
             "2607:f8b0::1", "::ffff:10.0.0.1", "::ffff:8.8.8.8", "fec0::1", "2001::1", "2002:c000:0204::1"]:
    a = ip_address(text)
    print(text, [f for f in flags if getattr(a, f)], getattr(a, "is_site_local", None), getattr(a, "ipv4_mapped", None),
          getattr(a, "teredo", None), getattr(a, "sixtofour", None), a.scope_id if a.version == 6 else "")
a, b = IPv4Address("10.0.0.1"), IPv4Address("10.0.0.2")
print(a < b, a <= b, a > b, a == b, a != b, a + 5, b - 2, a == IPv4Address(167772161), a == "10.0.0.1", hash(a) == hash(IPv4Address("10.0.0.1")))
print(sorted([b, a]), max(a, b), {a, b} == {b, a})
for bad in [lambda: a < IPv6Address("::1"), lambda: a + 1.0, lambda: IPv4Address("255.255.255.255") + 1, lambda: IPv4Address("0.0.0.0") - 1, lambda: a < 5]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(IPv6Address("fe80::1%eth0") == IPv6Address("fe80::1"), IPv6Address("fe80::1%eth0") == IPv6Address("fe80::1%eth0"), str(IPv6Address("fe80::1%eth0")), repr(IPv6Address("fe80::1%1")))
try:
    IPv6Address("fe80::1%eth0").exploded
except Exception as e:
    print(type(e).__name__, e)
for f in ["", "s", ">20s", "b", "#b", "_b", "#_b", "x", "#x", "_X", "n", "#_n", "q"]:
    for addr in (IPv4Address("192.168.0.1"), IPv6Address("2001:db8::1")):
        try:
            print(repr(f), repr(format(addr, f)))
        except Exception as e:
            print(repr(f), type(e).__name__, e)
for text in ["192.168.0.0/24", "192.168.0.1/24", "10.0.0.0/255.0.0.0", "10.0.0.0/0.255.255.255", "10.0.0.0/255.0.255.0",
             "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/ 8", "10.0.0.0/8/8", "10.0.0.0/", "0.0.0.0/0", "1.2.3.4", "1.2.3.4/32",
             "2001:db8::/32", "2001:db8::1/32", "2001:db8::/129", "::/0", "2001:db8::/ffff::", 167772160, ("10.0.0.0", 8), ("10.0.0.0", "255.0.0.0"), (167772160, 8), ("2001:db8::", 64), "x/8"]:
    try:
        n = ip_network(text)
        print(repr(text), repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.compressed)
    except Exception as e:
        print(repr(text), type(e).__name__, e)
    try:
        n = ip_network(text, strict=False)
        print("   ", repr(n))
    except Exception as e:
        print("   ", type(e).__name__, e)
    for cls in (IPv4Network, IPv6Network, IPv4Interface, IPv6Interface):
        try:
            cls(text)
        except Exception as e:
            print("  ", cls.__name__, type(e).__name__, e)
n = IPv4Network("192.0.2.0/29")
print(list(n), list(n.hosts()), n[0], n[-1], n[3], n[-3], IPv4Address("192.0.2.5") in n, IPv4Address("192.0.3.5") in n, IPv6Address("::1") in n, IPv4Network("192.0.2.0/30") in n)
for i in (8, -9):
    try:
        n[i]
    except IndexError as e:
        print("IndexError", e)
print(list(IPv4Network("10.0.0.0/31").hosts()), IPv4Network("10.0.0.5/32").hosts(), list(IPv6Network("2001:db8::/126").hosts()), list(IPv6Network("2001:db8::/127").hosts()), IPv6Network("::5/128").hosts())
print(list(n.subnets()), list(n.subnets(2)), list(n.subnets(new_prefix=31)), list(IPv4Network("1.1.1.1/32").subnets()), n.supernet(), n.supernet(3), n.supernet(new_prefix=24), IPv4Network("0.0.0.0/0").supernet())
for bad in [lambda: list(n.subnets(new_prefix=28)), lambda: list(n.subnets(2, 30)), lambda: list(n.subnets(-1)), lambda: list(n.subnets(5)),
            lambda: n.supernet(new_prefix=30), lambda: n.supernet(2, 24), lambda: n.supernet(30)]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
big = IPv4Network("192.0.2.0/28")
print(list(big.address_exclude(IPv4Network("192.0.2.1/32"))), list(big.address_exclude(big)))
for bad in [lambda: list(big.address_exclude(IPv4Network("10.0.0.0/8"))), lambda: list(big.address_exclude(IPv6Network("::/64"))), lambda: list(big.address_exclude(IPv4Address("192.0.2.1")))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a, b = IPv4Network("10.0.0.0/8"), IPv4Network("10.1.0.0/16")
print(a.overlaps(b), b.overlaps(a), a.overlaps(IPv4Network("11.0.0.0/8")), b.subnet_of(a), a.supernet_of(b), a.subnet_of(b), a < b, b < a, a == IPv4Network("10.0.0.0/8"), a.compare_networks(b), b.compare_networks(a), a.compare_networks(a), sorted([b, a, IPv4Network("9.0.0.0/8")]))
for bad in [lambda: a.subnet_of(IPv6Network("::/0")), lambda: a.subnet_of(IPv4Address("1.1.1.1")), lambda: a < IPv6Network("::/0"), lambda: a.compare_networks(IPv6Network("::/0"))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print([f for f in flags if getattr(IPv4Network("10.0.0.0/8"), f)], [f for f in flags if getattr(IPv4Network("100.64.0.0/10"), f)], [f for f in flags if getattr(IPv6Network("fe80::/64"), f)], IPv6Network("fec0::/16").is_site_local)
i = ip_interface("192.168.1.10/24")
print(repr(i), str(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask, i.compressed, i.exploded, i.version, i.is_private, int(i))
i6 = IPv6Interface("2001:db8::5/64")
print(repr(i6), i6.ip, i6.network, i6.exploded, i6.with_netmask, i6.is_loopback, IPv6Interface("::1/128").is_loopback, IPv6Interface("::/0").is_unspecified)
print(i == IPv4Interface("192.168.1.10/24"), i == IPv4Interface("192.168.1.10/25"), i == IPv4Address("192.168.1.10"), IPv4Interface("1.1.1.1/24") < IPv4Interface("1.1.1.2/24"), IPv4Interface("1.1.1.1/16") < IPv4Interface("1.1.1.1/24"), hash(i) == hash(IPv4Interface("192.168.1.10/24")))
print(list(summarize_address_range(IPv4Address("192.0.2.0"), IPv4Address("192.0.2.130"))), list(summarize_address_range(IPv6Address("::"), IPv6Address("::ff"))), list(summarize_address_range(IPv4Address("0.0.0.0"), IPv4Address("255.255.255.255"))))
for bad in [lambda: list(summarize_address_range(IPv4Address("1.1.1.2"), IPv4Address("1.1.1.1"))), lambda: list(summarize_address_range(IPv4Address("1.1.1.1"), IPv6Address("::1"))), lambda: list(summarize_address_range(IPv4Network("1.1.1.0/24"), IPv4Address("1.1.1.1")))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(collapse_addresses([IPv4Network("192.0.2.0/25"), IPv4Network("192.0.2.128/25")])), list(collapse_addresses([IPv4Address("10.0.0.%d" % k) for k in (5, 1, 2, 3, 4, 0, 9)])), list(collapse_addresses([IPv4Network("10.0.0.0/8"), IPv4Network("10.1.0.0/16"), IPv4Network("11.0.0.0/8"), IPv4Interface("12.0.0.1/32")])))
for bad in [[IPv4Address("1.1.1.1"), IPv6Address("::1")], [IPv4Network("1.0.0.0/8"), IPv6Network("::/8")]]:
    try:
        list(collapse_addresses(bad))
    except TypeError as e:
        print("TypeError", e)
print(sorted([IPv4Network("1.0.0.0/8"), IPv4Address("1.0.0.0"), IPv4Address("0.1.0.0")], key=get_mixed_type_key), get_mixed_type_key(5))
print(v4_int_to_packed(1), v6_int_to_packed(1), ip.IPV4LENGTH, ip.IPV6LENGTH)
for bad in [lambda: v4_int_to_packed(-1), lambda: v6_int_to_packed(2**128)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
import pickle, copy
print(pickle.loads(pickle.dumps(IPv4Address("1.2.3.4"))), pickle.loads(pickle.dumps(IPv6Address("fe80::1%2"))), pickle.loads(pickle.dumps(IPv4Network("1.2.0.0/16"))), pickle.loads(pickle.dumps(i)), copy.copy(i6))
print(issubclass(AddressValueError, ValueError), issubclass(NetmaskValueError, ValueError), IPv4Interface.__mro__[-1], isinstance(i, IPv4Address))
print({IPv4Network("10.0.0.0/8"): 1}[IPv4Network("10.0.0.0/8")], IPv6Network("2001:db8::/32").supernet(), list(IPv6Network("2001:db8::/126")), IPv6Network("2001:db8::/32")[2**96 - 1])
