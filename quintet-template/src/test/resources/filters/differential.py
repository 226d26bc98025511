"""Randomised differential cases: oracle.py --spec differential.py --out differential.jsonl.

Random tag soup, URLs, numbers, format strings, dates and nested values, fed to the filters whose
ports are most intricate; Django's answers are recorded like those of cases.py. The seed is
fixed (SEED, default 7) so the table is reproducible.
"""
import os
import random

from cases import D, F, S, T, date, dt

R = random.Random(int(os.environ.get("SEED", "7")))
CASES = []
n = 0
def c(filter, value, *arg, ae=True, zone=None):
    global n
    n += 1
    case = {"name": "fz%05d_%s" % (n, filter), "filter": filter, "value": value, "autoescape": ae}
    if arg:
        case["arg"] = arg[0]
    if zone:
        case["zone"] = zone
    CASES.append(case)

ATOMS = ["a", "b", "word", "x y", " ", "  ", "\n", "\n\n", "\t", ".", ",", ":", ";", "!", "?", "(", ")", "[", "]",
         "<", ">", "&", "\"", "'", "-", "_", "/", "@", "&amp;", "&lt;", "&#39;", "&copy", "&bogus;", "\u00e9", "e\u0301",
         "\u00a0", "\u00df", "\u2028", "\U0001F600", "1", "42", "3.5", "http://", "https://", "www.", "example.com",
         "foo@bar.com", "<b>", "</b>", "<i>", "</i>", "<br>", "<br/>", "<p>", "</p>", "<a href=\"x\">", "</a>",
         "<!-- c -->", "<img src='y'>", "<script>", "</script>", "'s", "A", "Z", "IT'S", "1st", "&#x41;", "%20", "%",
         "?q=1&r=2", "#frag", ".org", ".net/p", "mailto:", "ID", "ǆ", "Σ"]

def text(maxlen=8):
    return "".join(R.choice(ATOMS) for _ in range(R.randint(0, maxlen)))

for _ in range(300):
    t = text(10)
    f = R.choice(["striptags", "urlize", "wordwrap", "title", "slugify", "linebreaks", "linebreaksbr", "escapejs",
                  "addslashes", "capfirst", "iriencode", "urlencode", "wordcount", "truncatewords", "linenumbers",
                  "upper", "lower", "phone2numeric", "make_list", "force_escape", "escape", "cut", "center"])
    v = S(t) if R.random() < 0.2 else t
    ae = R.random() < 0.7
    if f == "wordwrap":
        c(f, v, R.randint(1, 12), ae=ae)
    elif f == "truncatewords":
        c(f, v, R.randint(0, 6), ae=ae)
    elif f == "cut":
        c(f, v, R.choice(ATOMS), ae=ae)
    elif f == "center":
        c(f, v, R.randint(0, 30), ae=ae)
    elif f == "phone2numeric" and isinstance(v, dict):
        c(f, t, ae=ae)
    else:
        c(f, v, ae=ae)

for _ in range(250):
    t = text(12)
    f = R.choice(["truncatechars_html", "truncatewords_html", "truncatechars", "urlizetrunc"])
    c(f, S(t) if R.random() < 0.2 else t, R.randint(0, 15), ae=R.random() < 0.7)

URLS = ["http://example.com", "https://x.org/a(b)", "www.test.com.", "(www.a.net)", "foo@bar.com,", "a@b.c",
        "http://[::1]:80/", "http://a.com/?q=a%20b&c=d+e", "example.com/path;", "http://a.com/&amp;b",
        "https://ex.com/ü?ä=ö#ß", "www.x.com:8080/y", "http://a.com/>", "x.com", "sub.domain.co.uk", "a.b.gov/",
        "http://a.com/;;;", "http://a.com/&lt;", "WWW.X.COM", "http://-a.com", "a-.com", "-b.com", "xn--bcher-kva.com",
        "user@xn--bcher-kva.ch", "\"quoted\"@example.com", "http://a.com/x_(y)_z", "http://a.com)", "http://a.com]"]
for _ in range(250):
    t = " ".join(R.choice(URLS + ["and", "see", "(", ")", ".", "!", "<", "&"]) + R.choice(["", ".", ",", ")", "!", ";", "&gt;"]) for _ in range(R.randint(1, 3)))
    if R.random() < 0.3:
        c("urlizetrunc", t, R.randint(0, 20), ae=R.random() < 0.7)
    else:
        c("urlize", S(t) if R.random() < 0.15 else t, ae=R.random() < 0.7)

NUMS = [0, 1, -1, 0.5, 1.5, 2.5, -0.5, 1e-5, 123456.789, -98765.4321, 1e15, 1e16, 1.23e-10, 34.23234, 0.0, -0.0,
        2.675, 1.005, 999.9999, 1e100, 12345678901234567890, D("1.005"), D("1E+3"), D("123.4500"), "3.14",
        " 42 ", "1e5", "-1.5", "abc", "", None, True, F("nan"), F("inf"), "1_000.5", D("0.000001")]
ARGS = [-1, 0, 1, 2, 3, -2, -3, "2", "-2", "g", "2g", "-2g", "u", "3u", "gu", "0g", "x", "10", 20, "-0"]
for _ in range(300):
    c("floatformat", R.choice(NUMS), R.choice(ARGS))

FMTS = ["s", "r", "d", "i", "5d", "-5d|", "05d", "+d", " d", "x", "X", "#x", "o", "#o", "e", ".2e", "E", "f", ".0f",
        ".3f", "#.0f", "10.4f", "-10.2f|", "g", ".2g", ".10g", "#g", "G", "c", "%", "s%%", ".2s", "010.3f", "+.1e",
        "(a)s", "u", "5.1s", " f", "+g", "-08d"]
VALS = [0, 1, -1, 42, 255, 3.14159, -2.5, 1e-7, 1e20, 123456789.123, 0.1, -0.0, 2.675, True, "str", "",
        [1, 2], {"a": "A"}, None, D("1.5"), F("nan"), F("-inf"), 65, 1e16, 1e-4, 0.0001234, 99999.95]
for _ in range(300):
    c("stringformat", R.choice(VALS), R.choice(FMTS))

for _ in range(120):
    c("filesizeformat", R.choice([R.randint(0, 2000), R.randint(0, 10 ** 7), R.randint(0, 10 ** 13),
                                  R.randint(0, 10 ** 18), -R.randint(0, 10 ** 9), 1023 * 1024 + R.randint(0, 2048)]))

DFMTS = ["a A b c d D e E f F g G h H i I j l L m M n N o O P r s S t T u U w W y Y z Z", "jS \\of F Y", "D, d M Y H:i:s O",
         "l jS \\o\\f F Y h:i:s A", "c", "r", "U", "e T", "N j, Y, P", "\\\\Y"]
ZONES = ["UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Sydney"]
for _ in range(150):
    y = R.randint(1970, 2037); mo = R.randint(1, 12); d = R.randint(1, 28); h = R.randint(0, 23); mi = R.choice([0, 0, 30, R.randint(0, 59)]); s = R.randint(0, 59)
    us = R.choice([0, 0, R.randint(0, 999999)])
    iso = "%04d-%02d-%02dT%02d:%02d:%02d.%06d" % (y, mo, d, h, mi, s, us)
    kind = R.random()
    zone = R.choice(ZONES)
    if kind < 0.4:
        v = dt(iso)
    elif kind < 0.8:
        v = dt(iso, R.choice(ZONES))
    else:
        v = date(iso[:10])
    fmt = R.choice(DFMTS)
    if not isinstance(v, dict) or "$date" not in v or R.random() < 0.3:
        c("date", v, fmt, zone=zone)
    else:
        c("date", v, R.choice(["jS F Y", "b d D E F j l L m M n N o S t w W y Y z", "c", "r", "U"]), zone=zone)
    if "$datetime" in v:
        c("time", v, R.choice(["a A e f g G h H i O P s T u Z", "H:i", "P", "e"]), zone=zone)

for _ in range(200):
    def rnd():
        y = R.randint(2000, 2030); mo = R.randint(1, 12); d = R.randint(1, 28 if mo == 2 else 30)
        return "%04d-%02d-%02dT%02d:%02d:%02d" % (y, mo, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    a, b = rnd(), rnd()
    if R.random() < 0.2:
        b = a[:8] + "%02d" % min(28, int(a[8:10]) + R.randint(0, 2)) + a[10:]
    if R.random() < 0.3:
        c(R.choice(["timesince", "timeuntil"]), date(a[:10]), date(b[:10]))
    elif R.random() < 0.3:
        z1, z2 = R.choice(ZONES), R.choice(ZONES)
        c(R.choice(["timesince", "timeuntil"]), dt(a, z1), dt(b, z2))
    else:
        c(R.choice(["timesince", "timeuntil"]), dt(a), dt(b))

def rnd_value(depth=0):
    k = R.random()
    if depth > 2 or k < 0.5:
        return R.choice([1, -2, 0.5, 1e21, "s", "<&>", "\u00e9\U0001F600", "q\"\\", None, True, False, D("2.50"), F("nan"), "x" * 30, 12345678901234567890])
    if k < 0.75:
        return [rnd_value(depth + 1) for _ in range(R.randint(0, 5))]
    return {R.choice(["a", "b", "c", "key", "zz", "B", "long_key_name"]): rnd_value(depth + 1) for _ in range(R.randint(0, 5))}
for _ in range(150):
    v = rnd_value()
    f = R.choice(["json_script", "pprint", "pprint"])
    c(f, v, *([R.choice(["id", "a<b", ""])] if f == "json_script" and R.random() < 0.5 else []))

for _ in range(150):
    seq = R.choice(["abcdefgh", [1, 2, 3, 4, 5, 6], "\U0001F600xy", [], T(1, 2, 3)])
    parts = [R.choice(["", "1", "-1", "2", "-3", "10", "0", "-10", "3"]) for _ in range(R.randint(1, 3))]
    c("slice", seq, ":".join(parts))

for _ in range(100):
    c("pluralize", R.choice([0, 1, 2, "1", "1.0", 1.0, [1], [], {}, "x", None, D("1"), -1]), R.choice(["s", "es", "y,ies", ",", "a,b,c", ""]))
    c("yesno", R.choice([True, False, None, 0, 1, "", "x", [], [0]]), R.choice(["a,b,c", "a,b", "a", "", "a,b,c,d"]))

for _ in range(100):
    items = [{"k": R.choice([1, 2, 3]), "s": R.choice(["b", "a", "c"]), "n": {"v": R.random() < 0.5}} for _ in range(R.randint(0, 5))]
    c(R.choice(["dictsort", "dictsortreversed"]), items, R.choice(["k", "s", "n.v", "missing", "k.x"]))

SOUP = ["<", ">", "</", "/>", "<b", "<b>", "</b>", "<p class='x'>", "<p class=\"a>b\">", "</p>", "<br>", "<br />",
        "<img src=x alt='a b'>", "<!--", "-->", "<!-- x -->", "<!", "<!DOCTYPE html>", "<?php x ?>", "<![CDATA[ x ]]>",
        "<script>", "</script>", "<style>", "</style>", "&", "&amp;", "&#65;", "&#x41;", "&lt;", "&gt", "&nbsp;",
        "&unknown;", "&#", "&#;", "text", " ", "\n", "word", "\u00e9", "'", "\"", "=", "<a href=x>", "</a>", "<<", ">>",
        "<div\n>", "</div >", "< b>", "<b/>", "<B>", "</B>", "<tag attr>", "<1>", "</1>", "<a/b>", "</>", "<!x>"]
for _ in range(400):
    t = "".join(R.choice(SOUP) for _ in range(R.randint(0, 12)))
    f = R.choice(["striptags", "striptags", "truncatechars_html", "truncatewords_html"])
    if f == "striptags":
        c(f, t)
    else:
        c(f, t, R.randint(1, 10))
