#!/usr/bin/env python3
"""Cross-checks conformance cases whose name contains 'oracle32' against Django 3.2.

Usage: django_oracle.py [--fill] FILE...   (Debian: apt-get install python3-django; run with /usr/bin/python3)

Without --fill, prints every oracle32 case whose expected output (or error) differs from what
Django renders. With --fill, replaces an expectation written as '?' with Django's output.
Django is configured as 6.0's defaults are (USE_L10N and USE_TZ on).
"""
import datetime
import decimal
import json
import os
import re
import sys
import tempfile

tmp = tempfile.mkdtemp()
os.makedirs(os.path.join(tmp, "oracletags", "templatetags"))
for p in ("oracletags/__init__.py", "oracletags/templatetags/__init__.py"):
    open(os.path.join(tmp, p), "w").close()
with open(os.path.join(tmp, "oracletags", "templatetags", "testtags.py"), "w") as f:
    f.write('''
from django import template
from django.utils.safestring import mark_safe
register = template.Library()

@register.filter
def shout(value):
    return str(value).upper() + "!"

@register.filter
def suffix(value, arg):
    return str(value) + str(arg)

@register.simple_tag
def echo(*args, **kwargs):
    return " ".join([str(a) for a in args] + ["%s=%s" % (k, v) for k, v in kwargs.items()])

@register.simple_tag
def safe_echo(value=""):
    return mark_safe(str(value))

@register.simple_tag(takes_context=True)
def ctx_get(context, name=""):
    return context.get(name)

@register.inclusion_tag("inclusion/list.html")
def show_list(items=()):
    return {"items": items}

@register.tag
def upper(parser, token):
    if len(token.split_contents()) != 1:
        raise template.TemplateSyntaxError("'upper' takes no arguments")
    nodelist = parser.parse(("endupper",))
    parser.delete_first_token()
    return UpperNode(nodelist)

class UpperNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist
    def render(self, context):
        return self.nodelist.render(context).upper()
''')
with open(os.path.join(tmp, "oracletags", "templatetags", "othertags.py"), "w") as f:
    f.write('''
from django import template
register = template.Library()

@register.filter(is_safe=True)
def twice(value):
    return str(value) + str(value)

@register.simple_tag
def hello():
    return "hello"
''')
sys.path.insert(0, tmp)

import django
from django.conf import settings

settings.configure(
    USE_L10N=True, USE_TZ=True, TIME_ZONE="UTC", INSTALLED_APPS=["oracletags"],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
django.setup()
from django.template import Context, Engine
from django.utils.safestring import mark_safe


class Person:
    def __init__(self, name, age, gender):
        self.name, self.age, self.gender = name, age, gender

    def greeting(self):
        return "Hello " + self.name


class Point:
    def __init__(self, x, y):
        self.x, self.y, self.next = x, y, None

    def sum(self):
        return self.x + self.y


def point():
    p = Point(1, 2)
    p.next = Point(3, 4)
    return p


FIXTURES = {
    "alice": lambda: Person("Alice", 30, "F"),
    "bob": lambda: Person("Bob", 25, "M"),
    "people": lambda: [Person("Alice", 30, "F"), Person("Carol", 41, "F"), Person("Bob", 25, "M"),
                       Person("Dan", 25, "M"), Person("Eve", 22, "F")],
    "point": point,
    "supplier": lambda: (lambda: "supplied"),
    "nullmap": lambda: {"a": None},
    "iterator": lambda: iter([1, 2, 3]),
    "emptyset": lambda: set(),
}


def convert(v, engine):
    if isinstance(v, dict):
        if len(v) == 1:
            (k, x), = v.items()
            if k == "$safe":
                return mark_safe(x)
            if k == "$tuple":
                return tuple(convert(x, engine))
            if k == "$set":
                return set(convert(x, engine))
            if k == "$array":
                return list(convert(x, engine))
            if k == "$date":
                return datetime.date.fromisoformat(x)
            if k == "$datetime":
                return datetime.datetime.fromisoformat(x)
            if k == "$decimal":
                return decimal.Decimal(x)
            if k == "$fixture":
                return FIXTURES[x]()
            if k == "$template":
                return engine.get_template(x)
            if k == "$call":
                val = convert(x, engine)
                return lambda: val
        return {k: convert(x, engine) for k, x in v.items()}
    if isinstance(v, list):
        return [convert(x, engine) for x in v]
    return v


def parse(text):
    cases = []
    cur = None
    section = None
    for i, line in enumerate(text.split("\n")):
        if line.startswith("=== "):
            cur = {"name": line[4:].strip(), "sections": [], "line": i}
            cases.append(cur)
            section = None
        elif line.startswith("--- ") and cur is not None:
            section = [line[4:].strip(), [], i]
            cur["sections"].append(section)
        elif section is not None:
            section[1].append(line)
    for c in cases:
        if c["sections"]:
            body = c["sections"][-1][1]
            while body and body[-1] == "":
                body.pop()
    return cases


def run(case):
    secs = {}
    templates = {}
    for kind, body, _ in case["sections"]:
        content = "\n".join(body)
        if kind.startswith("template "):
            templates[kind[9:].strip()] = content
        else:
            secs[kind] = content
    templates["main.html"] = secs["template"]
    opts = {}
    for line in secs.get("settings", "").split("\n"):
        if "=" in line:
            k, v = line.split("=", 1)
            opts[k.strip()] = v
    engine = Engine(
        loaders=[("django.template.loaders.locmem.Loader", templates)],
        libraries={"testtags": "oracletags.templatetags.testtags", "othertags": "oracletags.templatetags.othertags",
                   "static": "django.templatetags.static"},
        string_if_invalid=opts.get("string_if_invalid", ""),
        autoescape=opts.get("autoescape", "true") == "true",
        debug=opts.get("debug", "false") == "true",
    )
    ctx = convert(json.loads(secs["context"]), engine) if secs.get("context", "").strip() else {}
    try:
        out = engine.get_template("main.html").render(Context(ctx, autoescape=engine.autoescape))
        return ("output", out)
    except Exception as e:
        return ("error", str(e))


def main():
    fill = "--fill" in sys.argv
    files = [a for a in sys.argv[1:] if not a.startswith("--")]
    bad = 0
    total = 0
    for path in files:
        text = open(path, encoding="utf-8").read()
        cases = parse(text)
        lines = text.split("\n")
        edits = []
        for c in cases:
            if "oracle32" not in c["name"]:
                continue
            total += 1
            kind, got = run(c)
            exp = [s for s in c["sections"] if s[0] in ("output", "error", "match")]
            if not exp:
                continue
            ekind, ebody, eline = exp[0]
            expected = "\n".join(ebody)
            if fill and expected == "?":
                edits.append((eline, kind, got))
                continue
            ok = (ekind == kind == "output" and expected == got) or (ekind == kind == "error" and expected in got) \
                or (ekind == "match" and kind == "output" and re.fullmatch(expected, got, re.S))
            if not ok:
                bad += 1
                print("MISMATCH %s: %s\n  expected %s: %r\n  django   %s: %r" % (path, c["name"], ekind, expected, kind, got))
        if edits:
            for eline, kind, got in sorted(edits, reverse=True):
                body = got.split("\n") if kind == "output" else [got.split("\n")[0]]
                lines[eline:eline + 2] = ["--- " + kind] + body
            open(path, "w", encoding="utf-8").write("\n".join(lines))
            print("filled %d case(s) in %s" % (len(edits), path))
    print("%d oracle32 cases, %d mismatches" % (total, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
