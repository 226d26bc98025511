#!/usr/bin/env python3
"""Prints Django's rendering of a set of forms as JSON: the oracle of FormHtmlOracleTest.

Run with Django 3.2 (Debian's python3-django):
    /usr/bin/python3 django_forms_oracle.py > django-forms.json
Each case is a form (the same form is declared in FormHtmlOracleTest under the case's name),
unbound or bound to `data`, with its options; the output holds as_p, as_table, as_ul, the form's
errors as_ul, and for every field str(form[name]), label_tag() and errors.
"""
import datetime
import decimal
import json

import django
from django.conf import settings

settings.configure(USE_I18N=False, USE_L10N=False, USE_TZ=False, SECRET_KEY="oracle")
django.setup()

from django import forms  # noqa: E402

COLORS = [("r", "Red"), ("g", "Green"), ("b", "Blue")]


class TextFields(forms.Form):
    name = forms.CharField(max_length=20)
    nickname = forms.CharField(required=False, min_length=2)
    bio = forms.CharField(widget=forms.Textarea)
    secret = forms.CharField(widget=forms.PasswordInput)
    token = forms.CharField(widget=forms.HiddenInput)
    email = forms.EmailField()
    site = forms.URLField(required=False)
    slug = forms.SlugField()
    uid = forms.UUIDField(required=False)


class NumberFields(forms.Form):
    count = forms.IntegerField(min_value=1, max_value=10)
    ratio = forms.FloatField(required=False)
    price = forms.DecimalField(max_digits=5, decimal_places=2)


class BooleanFields(forms.Form):
    agree = forms.BooleanField()
    newsletter = forms.BooleanField(required=False, initial=True)
    maybe = forms.NullBooleanField()


class ChoiceFields(forms.Form):
    color = forms.ChoiceField(choices=COLORS)
    shade = forms.ChoiceField(choices=COLORS, widget=forms.RadioSelect, required=False)
    colors = forms.MultipleChoiceField(choices=COLORS)
    picks = forms.MultipleChoiceField(choices=COLORS, widget=forms.CheckboxSelectMultiple, required=False)
    size = forms.TypedChoiceField(choices=[(1, "S"), (2, "M")], coerce=int)


class DateFields(forms.Form):
    day = forms.DateField()
    at = forms.DateTimeField(required=False)
    time = forms.TimeField(required=False)


class FileFields(forms.Form):
    doc = forms.FileField()
    pic = forms.ImageField(required=False)


class JsonFields(forms.Form):
    payload = forms.JSONField(required=False)


class Labelled(forms.Form):
    title = forms.CharField(label="Headline", help_text="Keep it <b>short</b>", max_length=50)
    body = forms.CharField(label="Text", label_suffix="?", required=False)
    hidden = forms.CharField(widget=forms.HiddenInput, required=False)


class WithClean(forms.Form):
    password = forms.CharField(widget=forms.PasswordInput)
    again = forms.CharField(widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("password") != data.get("again"):
            raise forms.ValidationError("Passwords differ.")
        return data


class Disabled(forms.Form):
    code = forms.CharField(disabled=True, initial="ABC")
    note = forms.CharField(required=False)


class Styled(forms.Form):
    required_css_class = "req"
    error_css_class = "err"
    first = forms.CharField()
    second = forms.CharField(required=False)


CASES = [
    ("text unbound", TextFields, {}),
    ("text initial", TextFields, {"initial": {"name": "Ada", "bio": "Hi <there>", "token": "t1"}}),
    ("text bound invalid", TextFields, {"data": {"name": "x" * 21, "nickname": "a", "email": "nope", "site": "a b",
                                                 "slug": "no spaces", "uid": "zzz"}}),
    ("text bound valid", TextFields, {"data": {"name": "Ada", "bio": "Line", "secret": "pw", "token": "t",
                                               "email": "ada@example.com", "slug": "ada"}}),
    ("numbers unbound", NumberFields, {}),
    ("numbers bound invalid", NumberFields, {"data": {"count": "11", "ratio": "x", "price": "123.456"}}),
    ("booleans unbound", BooleanFields, {}),
    ("booleans bound", BooleanFields, {"data": {"maybe": "true"}}),
    ("choices unbound", ChoiceFields, {}),
    ("choices bound", ChoiceFields, {"data": {"color": "g", "shade": "b", "colors": ["r", "b"], "size": "2"}}),
    ("choices bound invalid", ChoiceFields, {"data": {"color": "x", "size": "9"}}),
    ("dates initial", DateFields, {"initial": {"day": datetime.date(2024, 2, 3),
                                              "at": datetime.datetime(2024, 2, 3, 4, 5, 6),
                                              "time": datetime.time(7, 8)}}),
    ("dates bound invalid", DateFields, {"data": {"day": "2024-13-01", "at": "soon", "time": "25:00"}}),
    ("files unbound", FileFields, {}),
    ("json initial", JsonFields, {"initial": {"payload": {"a": [1, 2]}}}),
    ("json bound invalid", JsonFields, {"data": {"payload": "{bad"}}),
    ("labelled unbound", Labelled, {}),
    ("labelled bound invalid", Labelled, {"data": {"title": ""}}),
    ("clean error", WithClean, {"data": {"password": "a", "again": "b"}}),
    ("prefix", TextFields, {"prefix": "p"}),
    ("prefix bound invalid", NumberFields, {"prefix": "n", "data": {"n-count": "0"}}),
    ("disabled", Disabled, {}),
    ("disabled bound", Disabled, {"data": {"code": "XYZ", "note": "n"}}),
    ("styled bound invalid", Styled, {"data": {"first": ""}}),
    ("no auto id", NumberFields, {"auto_id": False}),
]


def render(form):
    fields = {}
    for name in form.fields:
        bf = form[name]
        fields[name] = {"html": str(bf), "label_tag": bf.label_tag(), "errors": str(bf.errors)}
    return {"as_p": form.as_p(), "as_table": form.as_table(), "as_ul": form.as_ul(),
            "non_field_errors": str(form.non_field_errors()), "fields": fields}


def main():
    out = []
    for name, cls, options in CASES:
        options = dict(options)
        data = options.pop("data", None)
        form = cls(data=data, **options) if data is not None else cls(**options)
        case = {"name": name, "form": cls.__name__, "options": {k: v for k, v in options.items() if k != "initial"},
                "data": data}
        case.update(render(form))
        out.append(case)
    print(json.dumps({"django": django.get_version(), "cases": out}, indent=1, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
