# Seeded random inputs for ipaddress parsing, configparser reading, calendar and colorsys.
import random, ipaddress, configparser, calendar, colorsys, io
rnd = random.Random(2024)
pieces = ["1", "0", "255", "256", "01", ".", ":", "::", "ff", "FFFF", "12345", "/", "24", "64", "%", "eth0", "a", "1.2.3.4", "", "-"]
for i in range(250):
    s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
    row = []
    for f in (ipaddress.ip_address, ipaddress.ip_network, ipaddress.ip_interface, ipaddress.IPv4Address, ipaddress.IPv6Address, ipaddress.IPv4Network, ipaddress.IPv6Network):
        try:
            r = f(s) if f is not ipaddress.ip_network else f(s, strict=rnd.random() < 0.5)
            row.append(repr(r))
        except (ValueError, TypeError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(s), row)
lines = ["[s]", "[DEFAULT]", "[t]", "a = 1", "b: two", "A = 3", "c", "  cont", "", "# c", "; c", "d = %(a)s", "e = %%", "f = %(zz)s", "g = x ; y", "=v", "h=", "[s", "i = ${a}", "\t tabbed"]
for i in range(150):
    text = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(0, 10)))
    kw = rnd.choice([{}, {"allow_no_value": True}, {"strict": False}, {"inline_comment_prefixes": (";",)}, {"empty_lines_in_values": False}, {"interpolation": None}])
    p = configparser.ConfigParser(**kw)
    try:
        p.read_string(text)
        result = []
        for sec in p.sections():
            for opt in p.options(sec):
                try:
                    result.append((sec, opt, p.get(sec, opt)))
                except configparser.Error as e:
                    result.append((sec, opt, type(e).__name__, str(e)))
        out = io.StringIO()
        p.write(out)
        print(result, repr(out.getvalue()))
    except configparser.Error as e:
        print(type(e).__name__, str(e))
for i in range(40):
    y, m = rnd.randint(1, 9999), rnd.randint(1, 12)
    c = calendar.TextCalendar(rnd.randint(0, 6))
    print(c.formatmonth(y, m, rnd.randint(0, 4), rnd.randint(0, 2)), calendar.monthrange(y, m), calendar.leapdays(rnd.randint(-500, 500), rnd.randint(500, 3000)))
    print(calendar.HTMLCalendar(rnd.randint(0, 6)).formatmonth(y, m))
for i in range(200):
    r, g, b = rnd.random(), rnd.random(), rnd.random()
    print(colorsys.rgb_to_hls(r, g, b), colorsys.hls_to_rgb(*colorsys.rgb_to_hls(r, g, b)), colorsys.rgb_to_hsv(r, g, b), colorsys.hsv_to_rgb(rnd.random(), rnd.random(), rnd.random()), colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(r, g, b)))
