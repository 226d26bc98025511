"""Generates cases.jsonl: Django's own output for every filter case in cases.py.

Not run by the build. To regenerate after editing cases.py:

    python3 oracle.py --django52 /path/to/python-with-django-5.2 --django32 /path/to/python-with-django-3.2

Django 6.0 runs on Python 3.12+, whose current releases ship the HTML5-conformant
html.parser (strip_tags and the HTML truncation filters tokenize with it). To match that with
an older interpreter, --html-parser DIR puts a package directory holding a current copy of
html/parser.py ahead of the standard library for the Django 5.2 run.

Each case runs in both interpreters, as Django's FilterExpression applies a filter
(expects_localtime conversion, autoescape, is_safe marking). The expected value written
is Django 5.2's; Django 5.2's defaultfilters.py is Django 6.0's, and for urlize the 5.2 run
has Django 6.0's Urlizer changes (domain-name regex, trailing punctuation) patched in.
Each case is tagged with where its expectation comes from:

  oracle32  Django 3.2 and Django 5.2 agree
  oracle52  only Django 5.2 (behaviour changed after 3.2)
  oracle60  Django 5.2 with Django 6.0's Urlizer patched in
  docs60    written by hand from the Django 6.0 documentation (still checked against 5.2)
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def worker():
    import datetime
    import decimal
    import time
    import types
    import zoneinfo

    from django.conf import settings

    settings.configure(USE_TZ=True, TIME_ZONE="UTC")
    import django

    django.setup()
    from django.template.defaultfilters import register
    from django.utils import timezone
    from django.utils.safestring import SafeData, SafeString, mark_safe

    try:
        from django.template.base import template_localtime  # noqa
    except ImportError:
        pass
    from django.utils.timezone import template_localtime

    if django.VERSION[:2] >= (5, 2):
        patch_urlizer_to_60()

    def decode(v):
        if isinstance(v, list):
            return [decode(x) for x in v]
        if isinstance(v, dict):
            if len(v) >= 1 and next(iter(v)).startswith("$"):
                tag = next(iter(v))
                body = v[tag]
                if tag == "$safe":
                    return mark_safe(body)
                if tag == "$decimal":
                    return decimal.Decimal(body)
                if tag == "$float":
                    return float(body)
                if tag == "$tuple":
                    return tuple(decode(x) for x in body)
                if tag == "$dict":
                    return {decode(k): decode(x) for k, x in body}
                if tag == "$obj":
                    return types.SimpleNamespace(**{k: decode(x) for k, x in body.items()})
                if tag == "$date":
                    return datetime.date.fromisoformat(body)
                if tag == "$time":
                    return datetime.time.fromisoformat(body)
                if tag == "$duration":
                    return datetime.timedelta(seconds=body)
                if tag == "$datetime":
                    d = datetime.datetime.fromisoformat(body)
                    if "tz" in v:
                        d = d.replace(tzinfo=zoneinfo.ZoneInfo(v["tz"]))
                    return d
                raise ValueError(tag)
            return {k: decode(x) for k, x in v.items()}
        return v

    def encode(v):
        if isinstance(v, SafeData):
            return {"$safe": str(v)}
        if isinstance(v, bool) or v is None or isinstance(v, (int, str)):
            return v
        if isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                return {"$float": repr(v)}
            return v
        if isinstance(v, decimal.Decimal):
            return {"$decimal": str(v)}
        if isinstance(v, tuple):
            return {"$tuple": [encode(x) for x in v]}
        if isinstance(v, list):
            return [encode(x) for x in v]
        if isinstance(v, dict):
            if all(isinstance(k, str) for k in v):
                return {k: encode(x) for k, x in v.items()}
            return {"$dict": [[encode(k), encode(x)] for k, x in v.items()]}
        if isinstance(v, types.SimpleNamespace):
            return {"$obj": {k: encode(x) for k, x in vars(v).items()}}
        if isinstance(v, datetime.datetime):
            out = {"$datetime": v.replace(tzinfo=None).isoformat()}
            if v.tzinfo is not None:
                out["tz"] = str(v.tzinfo)
            return out
        if isinstance(v, datetime.date):
            return {"$date": v.isoformat()}
        if isinstance(v, datetime.time):
            return {"$time": v.isoformat()}
        return {"$repr": repr(v)}

    results = []
    for line in sys.stdin:
        case = json.loads(line)
        zone = case.get("zone", "UTC")
        settings.TIME_ZONE = zone
        timezone.get_default_timezone.cache_clear()
        os.environ["TZ"] = zone
        time.tzset()
        try:
            with timezone.override(zone):
                f = register.filters[case["filter"]]
                obj = decode(case["value"])
                if getattr(f, "expects_localtime", False):
                    obj = template_localtime(obj, True)
                args = [decode(case["arg"])] if "arg" in case else []
                if getattr(f, "needs_autoescape", False):
                    new = f(obj, *args, autoescape=case.get("autoescape", True))
                else:
                    new = f(obj, *args)
                if getattr(f, "is_safe", False) and isinstance(obj, SafeData):
                    new = mark_safe(new)
                results.append({"ok": encode(new)})
        except Exception as e:  # noqa: BLE001 - the exception class is the expectation
            results.append({"error": type(e).__name__})
    print(json.dumps({"version": django.get_version(), "results": results}))


def patch_urlizer_to_60():
    """Django 6.0's changes to Urlizer over 5.2: the domain regex and trailing punctuation."""
    import html
    import re
    from collections import deque

    from django.core.validators import DomainNameValidator
    from django.utils import html as djhtml

    cls = djhtml.Urlizer
    cls.simple_url_2_re = re.compile(
        rf"^www\.|^(?!http)(?:{DomainNameValidator.hostname_re})"
        rf"(?:{DomainNameValidator.domain_re})"
        r"\.(com|edu|gov|int|mil|net|org)($|/.*)$",
        re.IGNORECASE,
    )

    def trim_punctuation(self, word):
        middle = word.lstrip(self.wrapping_punctuation_openings)
        lead = word[: len(word) - len(middle)]
        trail = deque()
        trimmed_something = True
        counts = djhtml.CountsDict(word=middle)
        while trimmed_something and middle:
            trimmed_something = False
            for opening, closing in self.wrapping_punctuation:
                if counts[opening] < counts[closing]:
                    rstripped = middle.rstrip(closing)
                    if rstripped != middle:
                        strip = counts[closing] - counts[opening]
                        trail.appendleft(middle[-strip:])
                        middle = middle[:-strip]
                        trimmed_something = True
                        counts[closing] -= strip
            amp = middle.rfind("&")
            if amp == -1:
                rstripped = middle.rstrip(self.trailing_punctuation_chars)
            else:
                rstripped = middle.rstrip(self.trailing_punctuation_chars_no_semicolon)
            if rstripped != middle:
                trail.appendleft(middle[len(rstripped):])
                middle = rstripped
                trimmed_something = True
            if self.trailing_punctuation_chars_has_semicolon and middle.endswith(";"):
                potential_entity = middle[amp:]
                escaped = html.unescape(potential_entity)
                if escaped == potential_entity or escaped.endswith(";"):
                    rstripped = middle.rstrip(self.trailing_punctuation_chars)
                    trail_start = len(rstripped)
                    amount_trailing_semicolons = len(middle) - len(middle.rstrip(";"))
                    if amp > -1 and amount_trailing_semicolons > 1:
                        recent_semicolon = middle[trail_start:].index(";")
                        middle_semicolon_index = recent_semicolon + trail_start + 1
                        trail.appendleft(middle[middle_semicolon_index:])
                        middle = rstripped + middle[trail_start:middle_semicolon_index]
                    else:
                        trail.appendleft(middle[trail_start:])
                        middle = rstripped
                    trimmed_something = True
        return lead, middle, "".join(trail)

    cls.trim_punctuation = trim_punctuation


def run(python, cases, html_parser=None):
    payload = "".join(json.dumps(c) + "\n" for c in cases)
    env = dict(os.environ)
    if html_parser:
        env["PYTHONPATH"] = html_parser + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run([python, os.path.abspath(__file__), "--worker"], input=payload,
                         capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--django52")
    parser.add_argument("--django32")
    parser.add_argument("--spec", default=os.path.join(HERE, "cases.py"),
                        help="the module whose CASES to run (default: cases.py)")
    parser.add_argument("--out", default=os.path.join(HERE, "cases.jsonl"))
    parser.add_argument("--html-parser", help="directory with a current html/parser.py for the 5.2 run")
    opts = parser.parse_args()
    if opts.worker:
        worker()
        return
    import importlib.util

    sys.path.insert(0, HERE)
    loader = importlib.util.spec_from_file_location("cases_spec", opts.spec)
    spec = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(spec)

    cases = spec.CASES
    names = [c["name"] for c in cases]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        sys.exit("duplicate case names: %s" % sorted(dupes))
    new = run(opts.django52, cases, opts.html_parser)
    old = run(opts.django32, cases)
    lines = []
    for case, r52, r32 in zip(cases, new["results"], old["results"]):
        out = dict(case)
        hand = out.pop("expect", None)
        if hand is not None:
            if hand != r52:
                print("docs60 case %s: docs say %r, Django %s gives %r" % (case["name"], hand, new["version"], r52))
            out.update(hand)
            out["source"] = "docs60"
        else:
            out.update(r52)
            if r52 == r32:
                out["source"] = "oracle32"
            elif case["filter"] in ("urlize", "urlizetrunc"):
                out["source"] = "oracle60"
            else:
                out["source"] = "oracle52"
        lines.append(json.dumps(out, ensure_ascii=False))
    with open(opts.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("%d cases (Django %s, %s)" % (len(lines), new["version"], old["version"]))


if __name__ == "__main__":
    main()
