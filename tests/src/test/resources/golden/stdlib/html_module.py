import html, html.entities as E
print(html.escape("<a href='x'>\"Tom\" & Jerry</a>"), html.escape("<'\">&", quote=False), html.escape(""))
for s in ["&lt;&gt;&amp;&quot;&apos;", "&amp", "&ampfoo", "&notit;", "&notin;", "&copy2024", "&#65;&#x41;&#X41", "&#0;&#13;&#128;&#x81;&#150;",
          "&#xD800;&#x110000;&#1;&#11;&#12;&#x7f;&#xfffe;&#x10ffff;&#xFDD0;", "&unknown;", "&", "& x", "&#;", "&#x;", "&#12abc", "no refs",
          "&NotNestedGreaterGreater;&nGt;&acE;", "&AElig&AElig;&aelig", "&ThickSpace;", "a &lt b &gt; c", "&#9999999999;", "&abcdefghijklmnopqrstuvwxyzabcdefghi;"]:
    print(repr(s), repr(html.unescape(s)))
print(len(E.html5), len(E.name2codepoint), len(E.codepoint2name), len(E.entitydefs))
print(list(E.html5)[:8], list(E.html5.items())[-3:], list(E.name2codepoint.items())[:5], list(E.codepoint2name.items())[-3:], list(E.entitydefs.items())[100:103])
print(E.html5["amp;"], E.html5["amp"], E.name2codepoint["lang"], E.html5["lang;"], E.codepoint2name[8364], E.entitydefs["nbsp"] == "\xa0", E.html5["fjlig;"])
print(sum(len(v) for v in E.html5.values()), sum(E.name2codepoint.values()), sorted(E.__all__))
import hashlib
print(hashlib.md5(repr(sorted(E.html5.items())).encode()).hexdigest(), hashlib.md5(repr(list(E.html5.items())).encode()).hexdigest(), hashlib.md5(repr(list(E.name2codepoint.items())).encode()).hexdigest())
