package dev.krait.runtime.bytes;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;

/**
 * The codecs of CPython's {@code encodings} package Krait builds on the JDK's charsets (the charmap codecs cp037 to
 * cp1258, iso8859_2 to 16, koi8, mac_*, the DOS code pages; the CJK codecs), found by name as CPython finds them:
 * the name normalized, then looked up in {@code encodings.aliases}, then taken as a module name.
 */
public final class CharsetCodecs {
    private CharsetCodecs() {
    }

    /**
     * The single-byte codecs: module name, the JDK charset whose table is closest to CPython's, and the bytes where
     * CPython's table differs from that charset's (measured byte by byte against CPython 3.12, see
     * {@link SingleByteCodec}).
     */
    private static final String[] SINGLE_BYTE = {
            "cp037", "IBM037", "15:0085",
            "cp1006", "x-IBM1006", "b2:fe8e c7:fb84 d5:fec1 d6:fec5 e3:fed9 f9:fef1 fa:fef2 fb:fef3",
            "cp1026", "IBM1026", "15:0085",
            "cp1125", "IBM866", "f2:0490 f3:0491 f4:0404 f5:0454 f6:0406 f7:0456 f8:0407 f9:0457",
            "cp1140", "IBM01140", "15:0085",
            "cp1250", "windows-1250", "",
            "cp1251", "windows-1251", "",
            "cp1252", "windows-1252", "",
            "cp1253", "windows-1253", "",
            "cp1254", "windows-1254", "",
            "cp1255", "windows-1255", "",
            "cp1256", "windows-1256", "",
            "cp1257", "windows-1257", "",
            "cp1258", "windows-1258", "",
            "cp273", "IBM273", "15:0085 bc:203e",
            "cp424", "IBM424", "15:0085 b3:00b7 bc:00af",
            "cp437", "IBM437", "",
            "cp500", "IBM500", "15:0085",
            "cp720", "ISO-8859-1", "82:00e9 83:00e2 85:00e0 87:00e7 88:00ea 89:00eb 8a:00e8 8b:00ef 8c:00ee 91:0651 92:0652 93:00f4 94:00a4 95:0640 96:00fb 97:00f9 98:0621 99:0622 9a:0623 9b:0624 9c:00a3 9d:0625 9e:0626 9f:0627 a0:0628 a1:0629 a2:062a a3:062b a4:062c a5:062d a6:062e a7:062f a8:0630 a9:0631 aa:0632 ab:0633 ac:0634 ad:0635 ae:00ab af:00bb b0:2591 b1:2592 b2:2593 b3:2502 b4:2524 b5:2561 b6:2562 b7:2556 b8:2555 b9:2563 ba:2551 bb:2557 bc:255d bd:255c be:255b bf:2510 c0:2514 c1:2534 c2:252c c3:251c c4:2500 c5:253c c6:255e c7:255f c8:255a c9:2554 ca:2569 cb:2566 cc:2560 cd:2550 ce:256c cf:2567 d0:2568 d1:2564 d2:2565 d3:2559 d4:2558 d5:2552 d6:2553 d7:256b d8:256a d9:2518 da:250c db:2588 dc:2584 dd:258c de:2590 df:2580 e0:0636 e1:0637 e2:0638 e3:0639 e4:063a e5:0641 e6:00b5 e7:0642 e8:0643 e9:0644 ea:0645 eb:0646 ec:0647 ed:0648 ee:0649 ef:064a f0:2261 f1:064b f2:064c f3:064d f4:064e f5:064f f6:0650 f7:2248 f8:00b0 f9:2219 fa:00b7 fb:221a fc:207f fd:00b2 fe:25a0 ff:00a0",
            "cp737", "x-IBM737", "",
            "cp775", "IBM775", "",
            "cp850", "IBM850", "",
            "cp852", "IBM852", "",
            "cp855", "IBM855", "",
            "cp856", "x-IBM856", "ee:00af fa:00b7",
            "cp857", "IBM857", "",
            "cp858", "IBM00858", "",
            "cp860", "IBM860", "",
            "cp861", "IBM861", "",
            "cp862", "IBM862", "",
            "cp863", "IBM863", "",
            "cp864", "IBM864", "",
            "cp865", "IBM865", "",
            "cp866", "IBM866", "",
            "cp869", "IBM869", "",
            "cp874", "x-windows-874", "",
            "cp875", "x-IBM875", "15:0085 dc:001a e1:001a ec:001a ed:001a fc:001a fd:001a",
            "hp_roman8", "ISO-8859-1", "a1:00c0 a2:00c2 a3:00c8 a4:00ca a5:00cb a6:00ce a7:00cf a8:00b4 a9:02cb aa:02c6 ab:00a8 ac:02dc ad:00d9 ae:00db af:20a4 b0:00af b1:00dd b2:00fd b3:00b0 b4:00c7 b5:00e7 b6:00d1 b7:00f1 b8:00a1 b9:00bf ba:00a4 bb:00a3 bc:00a5 bd:00a7 be:0192 bf:00a2 c0:00e2 c1:00ea c2:00f4 c3:00fb c4:00e1 c5:00e9 c6:00f3 c7:00fa c8:00e0 c9:00e8 ca:00f2 cb:00f9 cc:00e4 cd:00eb ce:00f6 cf:00fc d0:00c5 d1:00ee d2:00d8 d3:00c6 d4:00e5 d5:00ed d6:00f8 d7:00e6 d8:00c4 d9:00ec da:00d6 db:00dc dc:00c9 dd:00ef de:00df df:00d4 e0:00c1 e1:00c3 e2:00e3 e3:00d0 e4:00f0 e5:00cd e6:00cc e7:00d3 e8:00d2 e9:00d5 ea:00f5 eb:0160 ec:0161 ed:00da ee:0178 ef:00ff f0:00de f1:00fe f2:00b7 f3:00b5 f4:00b6 f5:00be f6:2014 f7:00bc f8:00bd f9:00aa fa:00ba fb:00ab fc:25a0 fd:00bb fe:00b1 ff:-",
            "iso8859_10", "ISO-8859-4", "a2:0112 a3:0122 a4:012a a6:0136 a8:013b a9:0110 aa:0160 ab:0166 ac:017d ae:016a af:014a b2:0113 b3:0123 b4:012b b6:0137 b7:00b7 b8:013c b9:0111 ba:0161 bb:0167 bc:017e bd:2015 be:016b cf:00cf d0:00d0 d3:00d3 d7:0168 dd:00dd de:00de ef:00ef f0:00f0 f3:00f3 f7:0169 fd:00fd fe:00fe ff:0138",
            "iso8859_11", "x-iso-8859-11", "",
            "iso8859_13", "ISO-8859-13", "",
            "iso8859_14", "ISO-8859-1", "a1:1e02 a2:1e03 a4:010a a5:010b a6:1e0a a8:1e80 aa:1e82 ab:1e0b ac:1ef2 af:0178 b0:1e1e b1:1e1f b2:0120 b3:0121 b4:1e40 b5:1e41 b7:1e56 b8:1e81 b9:1e57 ba:1e83 bb:1e60 bc:1ef3 bd:1e84 be:1e85 bf:1e61 d0:0174 d7:1e6a de:0176 f0:0175 f7:1e6b fe:0177",
            "iso8859_15", "ISO-8859-15", "",
            "iso8859_16", "ISO-8859-16", "",
            "iso8859_2", "ISO-8859-2", "",
            "iso8859_3", "ISO-8859-3", "",
            "iso8859_4", "ISO-8859-4", "",
            "iso8859_5", "ISO-8859-5", "",
            "iso8859_6", "ISO-8859-6", "",
            "iso8859_7", "ISO-8859-7", "",
            "iso8859_8", "ISO-8859-8", "",
            "iso8859_9", "ISO-8859-9", "",
            "koi8_r", "KOI8-R", "",
            "koi8_u", "KOI8-U", "",
            "koi8_t", "KOI8-R", "80:049b 81:0493 82:201a 83:0492 84:201e 85:2026 86:2020 87:2021 88:- 89:2030 8a:04b3 8b:2039 8c:04b2 8d:04b7 8e:04b6 8f:- 90:049a 91:2018 92:2019 93:201c 94:201d 95:2022 96:2013 97:2014 98:- 99:2122 9a:- 9b:203a 9c:- 9d:- 9e:- 9f:- a0:- a1:04ef a2:04ee a4:00a4 a5:04e3 a6:00a6 a7:00a7 a8:- a9:- aa:- ab:00ab ac:00ac ad:00ad ae:00ae af:- b0:00b0 b1:00b1 b2:00b2 b4:- b5:04e2 b6:00b6 b7:00b7 b8:- b9:2116 ba:- bb:00bb bc:- bd:- be:-",
            "kz1048", "windows-1251", "8d:049a 8e:04ba 9d:049b 9e:04bb a1:04b0 a2:04b1 a3:04d8 a5:04e8 aa:0492 af:04ae b4:04e9 ba:0493 bc:04d9 bd:04a2 be:04a3 bf:04af",
            "mac_arabic", "x-MacArabic", "a0:0020 a1:0021 a2:0022 a3:0023 a4:0024 a6:0026 a7:0027 a8:0028 a9:0029 aa:002a ab:002b ad:002d ae:002e af:002f ba:003a bc:003c bd:003d be:003e c0:274a db:005b dc:005c dd:005d de:005e df:005f fb:007b fc:007c fd:007d",
            "mac_croatian", "x-MacCroatian", "bd:03a9 db:20ac",
            "mac_cyrillic", "x-MacUkraine", "ff:20ac",
            "mac_farsi", "x-MacArabic", "a0:0020 a1:0021 a2:0022 a3:0023 a4:0024 a6:0026 a7:0027 a8:0028 a9:0029 aa:002a ab:002b ad:002d ae:002e af:002f b0:06f0 b1:06f1 b2:06f2 b3:06f3 b4:06f4 b5:06f5 b6:06f6 b7:06f7 b8:06f8 b9:06f9 ba:003a bc:003c bd:003d be:003e c0:274a db:005b dc:005c dd:005d de:005e df:005f fb:007b fc:007c fd:007d",
            "mac_greek", "x-MacGreek", "9c:20ac af:00b7 ff:00ad",
            "mac_iceland", "x-MacIceland", "bd:03a9 db:20ac",
            "mac_latin2", "x-MacCentralEurope", "",
            "mac_roman", "x-MacRoman", "",
            "mac_romanian", "x-MacRoman", "ae:0102 af:0218 be:0103 bf:0219 de:021a df:021b",
            "mac_turkish", "x-MacTurkish", "bd:03a9 f5:f8a0",
            "palmos", "windows-1252", "81:0081 8d:2666 8e:2663 8f:2665 90:2660 9b:009b 9d:009d 9e:009e",
            "ptcp154", "windows-1251", "80:0496 81:0492 82:04ee 83:0493 86:04b6 87:04ae 88:04b2 89:04af 8a:04a0 8b:04e2 8c:04a2 8d:049a 8e:04ba 8f:04b8 90:0497 98:04b3 99:04b7 9a:04a1 9b:04e3 9c:04a3 9d:049b 9e:04bb 9f:04b9 a4:04e8 a5:0498 a6:04b0 aa:04d8 ad:04ef af:049c b1:04b1 b4:0499 b5:04e9 ba:04d9 bd:04aa be:04ab bf:049d",
            "tis_620", "x-iso-8859-11", "a0:-",
    };

    /**
     * The multibyte codecs: module name, JDK charset, a second charset for the first one's private-use mappings
     * ("" none, "-" they are undefined in CPython) and the sequences where CPython's table differs (measured on every
     * one- and two-byte sequence against CPython 3.12, see {@link MultiByteCodec}), then the characters CPython
     * encodes otherwise than the inverse of that (measured on every BMP character).
     */
    private static final String[] MULTI_BYTE = {
            "shift_jis", "Shift_JIS", "", "815c:2015",
                    "a5:5c 203e:7e",
            "cp932", "windows-31j", "", "80:80 a0:f8f0 fd:f8f1 fe:f8f2 ff:f8f3",
                    "a2:8191 a3:8192 ac:81ca 2016:8161 2212:817c 301c:8160 ffe2:81ca prefer:ed,ee",
            "euc_jp", "EUC-JP", "", "a1bd:2015 8fa2b7:7e",
                    "7e:7e a5:5c 203e:7e ff5e:-",
            "gbk", "GBK", "-", "a2e3:- a892:2295",
                    "",
            "gb2312", "GB2312", "", "",
                    "",
            "gb18030", "GB18030", "", "a6d9:e78d a6da:e78e a6db:e78f a6dc:e790 a6dd:e791 a6de:e792 a6df:e793 a6ec:e794 " +
                            "a6ed:e795 a6f3:e796 a8bc:e7c7 fe59:e81e fe61:e826 fe66:e82b fe67:e82c fe6d:e832 fe7e:e843 fe90:e854 fea0:e864 " +
                            "8135f437:1e3f 82359037:9fb4 82359038:9fb5 82359039:9fb6 82359130:9fb7 82359131:9fb8 82359132:9fb9 " +
                            "82359133:9fba 82359134:9fbb 84318236:fe10 84318237:fe11 84318238:fe12 84318239:fe13 84318330:fe14 " +
                            "84318331:fe15 84318332:fe16 84318333:fe17 84318334:fe18 84318335:fe19",
                            "1e3f:8135f437 9fb4:82359037 9fb5:82359038 9fb6:82359039 9fb7:82359130 9fb8:82359131 9fb9:82359132 9fba:82359133 9fbb:82359134 fe10:84318236 fe11:84318237 fe12:84318238 fe13:84318239 fe14:84318330 fe15:84318331 fe16:84318332 fe17:84318333 fe18:84318334 fe19:84318335",
            "big5", "Big5", "", "a15a:2574 a1c3:ffe3 a1c5:2cd a1fe:ff0f a240:ff3c",
                    "ff0f:a241 ff3c:a242",
            "cp950", "x-windows-950", "Big5", "",
                    "a2:a246 a3:a247 a5:a244 2022:a145 203e:a1c2 223c:a1e3 2609:a1f3 2641:a1f2 ff64:a14e 2550:a2a4 255e:a2a5 2561:a2a7 256a:a2a6",
            "big5hkscs", "Big5-HKSCS", "", "877a:- 877b:- 877c:- 877d:- 877e:- 87a1:- 87a2:- 87a3:- 87a4:- 87a5:- 87a6:- 87a7:- 87a8:- 87a9:- 87aa:- 87ab:- 87ac:- 87ad:- 87ae:- 87af:- 87b0:- 87b1:- 87b2:- 87b3:- 87b4:- 87b5:- 87b6:- 87b7:- 87b8:- 87b9:- 87ba:- 87bb:- 87bc:- 87bd:- 87be:- 87bf:- 87c0:- 87c1:- 87c2:- 87c3:- 87c4:- 87c5:- 87c6:- 87c7:- 87c8:- 87c9:- 87ca:- 87cb:- 87cc:- 87cd:- 87ce:- 87cf:- 87d0:- 87d1:- 87d2:- 87d3:- 87d4:- 87d5:- 87d6:- 87d7:- 87d8:- 87d9:- 87da:- 87db:- 87dc:- 87dd:- 87de:- 87df:- 8862:ca+304 8864:ca+30c 88a3:ea+304 88a5:ea+30c a15a:2574 a1c3:ffe3 a1c5:2cd a1fe:ff0f a240:ff3c c6cf:- c6d3:- c6d5:- c6d7:- c6de:- c6df:-",
                    "ff0f:a241 ff3c:a242",
            "shift_jis_2004", "x-SJIS_0213", "", "5c:a5 7e:203e 815c:2015 815f:5c 81b0:7e 81d4:2985 81d5:2986",
                    "5c:815f 7e:81b0",
            "shift_jisx0213", "x-SJIS_0213", "", "5c:a5 7e:203e 815c:2015 815f:5c 81b0:7e 81d4:2985 81d5:2986 879f:-2 889e:-2 " +
                            "9873:-2 989e:-2 eaa5:-2 eff8:-2 eff9:-2 effa:-2 effb:-2 effc:-2 fc5a:9b1d",
                    "5c:815f 7e:81b0",
            "euc_kr", "EUC-KR", "", "a2e8:- a4d4:-2",
                    "",
            "cp949", "x-windows-949", "-", "",
                    "",
            "johab", "x-Johab", "", "8441:3000 8442:3131 8443:3132 8445:3134 8448:3137 8449:3139 8451:3141 8453:3142 " +
                            "8455:3145 8456:3146 8457:3147 8458:3148 8459:314a 845a:314b 845b:314c 845c:314d 845d:314e",
                            "3000:d931 3131:8841 3132:8c41 3134:9041 3137:9441 3139:9c41 3141:a041 3142:a441 3145:ac41 3146:b041 3147:b441 3148:b841 314a:c041 314b:c441 314c:c841 314d:cc41 314e:d041",
    };

    /** The stateful codecs, which Krait runs itself (see {@link Iso2022Codec}). */
    private static final String[] STATEFUL = {"iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_kr", "hz"};

    /** CPython 3.12's {@code encodings.aliases}: each line a module name and the aliases that lead to it. */
    private static final String ALIASES = """
            ascii 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii
            base64_codec base64 base_64
            big5 big5_tw csbig5 x_mac_trad_chinese
            big5hkscs big5_hkscs hkscs
            bz2_codec bz2
            cp037 037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039
            cp1026 1026 csibm1026 ibm1026
            cp1125 1125 cp866u ibm1125 ruscii
            cp1140 1140 ibm1140
            cp1250 1250 windows_1250
            cp1251 1251 windows_1251
            cp1252 1252 windows_1252
            cp1253 1253 windows_1253
            cp1254 1254 windows_1254
            cp1255 1255 windows_1255
            cp1256 1256 windows_1256
            cp1257 1257 windows_1257
            cp1258 1258 windows_1258
            cp273 273 csibm273 ibm273
            cp424 424 csibm424 ebcdic_cp_he ibm424
            cp437 437 cspc8codepage437 ibm437
            cp500 500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500
            cp775 775 cspc775baltic ibm775
            cp850 850 cspc850multilingual ibm850
            cp852 852 cspcp852 ibm852
            cp855 855 csibm855 ibm855
            cp857 857 csibm857 ibm857
            cp858 858 csibm858 ibm858
            cp860 860 csibm860 ibm860
            cp861 861 cp_is csibm861 ibm861
            cp862 862 cspc862latinhebrew ibm862
            cp863 863 csibm863 ibm863
            cp864 864 csibm864 ibm864
            cp865 865 csibm865 ibm865
            cp866 866 csibm866 ibm866
            cp869 869 cp_gr csibm869 ibm869
            cp932 932 ms932 ms_kanji mskanji
            cp949 949 ms949 uhc
            cp950 950 ms950
            euc_jis_2004 euc_jis2004 eucjis2004 jisx0213
            euc_jisx0213 eucjisx0213
            euc_jp eucjp u_jis ujis
            euc_kr euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean
            gb18030 gb18030_2000
            gb2312 chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese
            gbk 936 cp936 ms936
            hex_codec hex
            hp_roman8 cp1051 csHPRoman8 ibm1051 r8 roman8
            hz hz_gb hz_gb_2312 hzgb
            iso2022_jp csiso2022jp iso2022jp iso_2022_jp
            iso2022_jp_1 iso2022jp_1 iso_2022_jp_1
            iso2022_jp_2 iso2022jp_2 iso_2022_jp_2
            iso2022_jp_2004 iso2022jp_2004 iso_2022_jp_2004
            iso2022_jp_3 iso2022jp_3 iso_2022_jp_3
            iso2022_jp_ext iso2022jp_ext iso_2022_jp_ext
            iso2022_kr csiso2022kr iso2022kr iso_2022_kr
            iso8859_10 csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6
            iso8859_11 iso_8859_11 iso_8859_11_2001 thai
            iso8859_13 iso_8859_13 l7 latin7
            iso8859_14 iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8
            iso8859_15 iso_8859_15 l9 latin9
            iso8859_16 iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10
            iso8859_2 csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2
            iso8859_3 csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3
            iso8859_4 csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4
            iso8859_5 csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144
            iso8859_6 arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127
            iso8859_7 csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126
            iso8859_8 csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138
            iso8859_9 csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5
            johab cp1361 ms1361
            koi8_r cskoi8r
            kz1048 kz_1048 rk1048 strk1048_2002
            latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1
            mac_cyrillic maccyrillic
            mac_greek macgreek
            mac_iceland maciceland
            mac_latin2 mac_centeuro maccentraleurope maclatin2
            mac_roman macintosh macroman
            mac_turkish macturkish
            mbcs ansi dbcs
            ptcp154 cp154 csptcp154 cyrillic_asian pt154
            quopri_codec quopri quoted_printable quotedprintable
            rot_13 rot13
            shift_jis csshiftjis s_jis shiftjis sjis x_mac_japanese
            shift_jis_2004 s_jis_2004 shiftjis2004 sjis_2004
            shift_jisx0213 s_jisx0213 shiftjisx0213 sjisx0213
            tis_620 iso_ir_166 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1
            utf_16 u16 utf16
            utf_16_be unicodebigunmarked utf_16be
            utf_16_le unicodelittleunmarked utf_16le
            utf_32 u32 utf32
            utf_32_be utf_32be
            utf_32_le utf_32le
            utf_7 u7 unicode_1_1_utf_7 utf7
            utf_8 cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4
            uu_codec uu
            zlib_codec zip zlib
            """;

    private static final Map<String, String[]> SPECS = new HashMap<>();
    private static final Map<String, String> ALIAS_MAP = new HashMap<>();
    private static final Map<String, CharsetCodec> CODECS = new ConcurrentHashMap<>();

    static {
        for (int i = 0; i < SINGLE_BYTE.length; i += 3) {
            SPECS.put(SINGLE_BYTE[i], new String[]{SINGLE_BYTE[i + 1], SINGLE_BYTE[i + 2]});
        }
        for (int i = 0; i < MULTI_BYTE.length; i += 5) {
            SPECS.put(MULTI_BYTE[i], new String[]{MULTI_BYTE[i + 1], MULTI_BYTE[i + 2], MULTI_BYTE[i + 3], MULTI_BYTE[i + 4]});
        }
        for (String module : STATEFUL) {
            SPECS.put(module, new String[]{module});
        }
        for (String line : ALIASES.strip().split("\n")) {
            String[] words = line.strip().split(" ");
            for (int k = 1; k < words.length; k++) {
                ALIAS_MAP.put(words[k], words[0]);
            }
        }
    }

    /**
     * An encoding name as {@code codecs.lookup} normalizes it: ASCII letters lowered, every run of other characters
     * but digits and '.' one underscore, none at the ends. With {@code lower} false, {@code encodings.normalize_encoding}.
     */
    public static String normalize(String name, boolean lower) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean punctuation = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ascii = c < 128 && (Character.isLetterOrDigit(c) || c == '.');
            if (ascii || (!lower && c != '.' && Character.isLetterOrDigit(c))) {
                if (punctuation && !sb.isEmpty()) {
                    sb.append('_');
                }
                punctuation = false;
                if (ascii) {
                    sb.append(lower ? Character.toLowerCase(c) : c);
                }
            } else {
                punctuation = true;
            }
        }
        return sb.toString();
    }

    /** The module an encoding name leads to (through the aliases), or null. */
    @TruffleBoundary
    public static String resolve(String name) {
        String normalized = normalize(name, true);
        String alias = ALIAS_MAP.get(normalized);
        if (alias == null) {
            alias = ALIAS_MAP.get(normalized.replace('.', '_'));
        }
        return alias != null ? alias : normalized;
    }

    /** The aliases table as (alias, module) pairs. */
    @TruffleBoundary
    public static String[][] aliases() {
        String[][] pairs = new String[ALIAS_MAP.size()][];
        int i = 0;
        for (Map.Entry<String, String> entry : ALIAS_MAP.entrySet()) {
            pairs[i++] = new String[]{entry.getKey(), entry.getValue()};
        }
        return pairs;
    }

    /** The codec an encoding name leads to, or null when it is not one of these. */
    @TruffleBoundary
    static CharsetCodec lookupOrNull(String name) {
        String module = resolve(name);
        String[] spec = SPECS.get(module);
        if (spec == null) {
            return null;
        }
        try {
            return CODECS.computeIfAbsent(module, m -> spec.length == 1 ? new Iso2022Codec(m) : spec.length == 2 ? new SingleByteCodec(m, Charset.forName(spec[0]), spec[1])
                            : new MultiByteCodec(m, Charset.forName(spec[0]), spec[1].length() > 1 ? Charset.forName(spec[1]) : null, spec[1].equals("-"), spec[2], spec[3]));
        } catch (IllegalArgumentException e) {
            // a JDK without the charset (an image built without all charsets): the codec is unknown
            return null;
        }
    }

    private static CharsetCodec module(String module) {
        CharsetCodec codec = SPECS.containsKey(module) ? lookupOrNull(module) : null;
        if (codec == null) {
            throw Errors.lookupError("unknown encoding: " + module);
        }
        return codec;
    }

    /** The exception with a note naming the codec, as CPython adds to what a codec of the registry raises. */
    static PException withNote(PException e, String note) {
        PBaseException exception = ExceptionMatching.materialize(KraitContext.get(null), e);
        PyObjectCall.call(PyObjectGetAttr.get(exception, "add_note"), note);
        return e;
    }

    /** The name the CodecInfo of a codec module carries, or null when the module is not one of these. */
    @TruffleBoundary
    public static String codecName(String module) {
        CharsetCodec codec = SPECS.containsKey(module) ? lookupOrNull(module) : null;
        return codec == null ? null : codec.name;
    }

    @TruffleBoundary
    public static EscapeCodecs.Decoded decode(String module, byte[] data, String errors, boolean isFinal) {
        return module(module).decode(data, errors, isFinal);
    }

    /** The characters an incremental encoder of the codec holds back at the end of its input, as they may combine. */
    @TruffleBoundary
    public static String pairStarts(String module) {
        return module(module) instanceof MultiByteCodec codec ? codec.pairStarts() : "";
    }

    /**
     * An incremental encoder's call that is not final: the bytes, and how many code points they hold (a last
     * character that may combine with the next is left for the next call).
     */
    @TruffleBoundary
    public static Object[] encodePart(String module, String text, String errors) {
        if (module(module) instanceof MultiByteCodec codec) {
            MultiByteCodec.EncodedPart part = codec.encodePart(text, errors);
            return new Object[]{part.bytes(), part.consumed()};
        }
        return new Object[]{encode(module, text, errors), text.codePointCount(0, text.length())};
    }

    /** The state of a fresh encoder or decoder of a stateful codec (CPython's eight bytes), or null for another. */
    @TruffleBoundary
    public static byte[] initialState(String module, boolean decoder) {
        return module(module) instanceof Iso2022Codec codec ? codec.initialState(decoder) : null;
    }

    /** A stateful codec's decoding of data from {@code state}, which it updates. */
    @TruffleBoundary
    public static EscapeCodecs.Decoded decode(String module, byte[] data, String errors, boolean isFinal, byte[] state) {
        return ((Iso2022Codec) module(module)).decode(data, errors, isFinal, state, false);
    }

    /** A stateful codec's encoding of text from {@code state}, which it updates; final ends in the initial mode. */
    @TruffleBoundary
    public static byte[] encode(String module, String text, String errors, boolean isFinal, byte[] state) {
        return ((Iso2022Codec) module(module)).encode(text, errors, isFinal, state);
    }

    @TruffleBoundary
    public static byte[] encode(String module, String text, String errors) {
        return module(module).encode(text, errors);
    }

    /** The 256 characters a single-byte codec decodes (U+FFFE where undefined), or null for a multibyte codec. */
    @TruffleBoundary
    public static char[] decodingTable(String module) {
        return module(module) instanceof SingleByteCodec single ? single.decodingTable() : null;
    }
}
