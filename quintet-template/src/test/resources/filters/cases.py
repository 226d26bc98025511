"""The filter cases: input, argument, autoescape. oracle.py adds Django's expected output.

Values are JSON with tags for what JSON lacks (decoded the same way by oracle.py and by
FilterCasesTest): {"$safe": s} SafeString, {"$decimal": s} Decimal / BigDecimal,
{"$float": "nan"} float, {"$tuple": [...]} tuple / array, {"$dict": [[k, v], ...]} dict with
non-string keys, {"$obj": {...}} an object with attributes, {"$date": iso} date / LocalDate,
{"$datetime": iso, "tz": zone} datetime / LocalDateTime or ZonedDateTime, {"$time": iso}
time / LocalTime, {"$duration": seconds} timedelta / Duration.
"""

CASES = []


def S(s):
    return {"$safe": s}


def D(s):
    return {"$decimal": s}


def F(s):
    return {"$float": s}


def T(*xs):
    return {"$tuple": list(xs)}


def DD(*pairs):
    return {"$dict": [list(p) for p in pairs]}


def O(**kw):
    return {"$obj": kw}


def date(s):
    return {"$date": s}


def dt(s, tz=None):
    out = {"$datetime": s}
    if tz:
        out["tz"] = tz
    return out


def tm(s):
    return {"$time": s}


def dur(seconds):
    return {"$duration": seconds}


NOARG = object()


def c(name, filter, value, arg=NOARG, ae=True, zone=None, expect=None):
    case = {"name": name, "filter": filter, "value": value, "autoescape": ae}
    if arg is not NOARG:
        case["arg"] = arg
    if zone:
        case["zone"] = zone
    if expect is not None:
        case["expect"] = expect
    CASES.append(case)


# add
c("add_ints", "add", 4, 2)
c("add_int_strings", "add", "4", "2")
c("add_int_and_string", "add", 4, " 2 ")
c("add_negative", "add", -5, 3)
c("add_float_truncates", "add", 1.5, 2.7)
c("add_bool", "add", True, 1)
c("add_strings_concatenate", "add", "abc", "def")
c("add_string_and_int", "add", "abc", 1)
c("add_lists", "add", [1, 2], [3])
c("add_tuples", "add", T(1, 2), T(3))
c("add_none", "add", None, 1)
c("add_decimal_strings_fail", "add", "1.5", "2")
c("add_big_ints", "add", 9223372036854775807, 1)
c("add_underscored", "add", "1_000", 1)
c("add_safe_strings", "add", S("<b>"), S("</b>"))
c("add_safe_and_plain", "add", S("<b>"), "x")
c("add_date_duration", "add", date("2024-02-28"), dur(86400))
c("add_decimal_int", "add", D("1.5"), 2)
c("add_nan", "add", F("nan"), 1)

# addslashes
c("addslashes_quotes", "addslashes", "\"double\" 'single'")
c("addslashes_backslash", "addslashes", "\\ : backslashes, too")
c("addslashes_safe", "addslashes", S("<a>'"))
c("addslashes_int", "addslashes", 123)

# capfirst
c("capfirst_word", "capfirst", "hello world")
c("capfirst_empty", "capfirst", "")
c("capfirst_sharp_s", "capfirst", "\u00dfa")
c("capfirst_safe", "capfirst", S("<b>x</b>"))
c("capfirst_unsafe_html", "capfirst", "<b>x</b>")
c("capfirst_none", "capfirst", None)
c("capfirst_accent", "capfirst", "\u00e9t\u00e9")

# center / ljust / rjust
c("center_odd", "center", "test", 11)
c("center_even_width", "center", "abc", 6)
c("center_short", "center", "abcdef", 3)
c("center_string_arg", "center", "ab", "5")
c("center_safe", "center", S("<b>"), 7)
c("ljust_pad", "ljust", "Django", 10)
c("ljust_string_arg", "ljust", "x", "3")
c("rjust_pad", "rjust", "Django", 10)
c("rjust_int_value", "rjust", 7, 3)
c("rjust_bad_arg", "rjust", "x", "a")

# cut
c("cut_spaces", "cut", "a string to be mangled", " ")
c("cut_safe_keeps_safe", "cut", S("&lt;b&gt;"), "b")
c("cut_safe_semicolon_unsafe", "cut", S("&amp;"), ";")
c("cut_int_value", "cut", 1221, "2")
c("cut_empty_arg", "cut", "abc", "")
c("cut_int_arg", "cut", "abc", 1)

# date
c("date_default_format", "date", dt("2008-01-02T10:30:00"))
c("date_named_short", "date", dt("2008-01-02T10:30:00"), "SHORT_DATE_FORMAT")
c("date_named_datetime", "date", dt("2008-01-02T00:00:00"), "DATETIME_FORMAT")
c("date_named_short_datetime", "date", dt("2008-01-02T12:00:00"), "SHORT_DATETIME_FORMAT")
c("date_named_year_month", "date", date("2008-01-02"), "YEAR_MONTH_FORMAT")
c("date_named_month_day", "date", date("2008-01-02"), "MONTH_DAY_FORMAT")
c("date_date_only", "date", date("2003-10-07"), "jS F Y")
c("date_all_date_chars", "date", date("2024-02-29"), "b d D E F j l L m M n N o S t w W y Y z")
c("date_time_chars", "date", dt("2024-07-04T15:05:09.000123"), "a A f g G h H i P s u")
c("date_midnight", "date", dt("2024-07-04T00:00:00"), "P")
c("date_noon", "date", dt("2024-07-04T12:00:00"), "P f")
c("date_one_am", "date", dt("2024-07-04T01:00:00"), "P")
c("date_half_past", "date", dt("2024-07-04T13:30:00"), "P")
c("date_escapes", "date", dt("2024-07-04T13:30:00"), "\\Y\\e\\a\\r: Y, \\\\H")
c("date_iso", "date", dt("2008-01-02T10:30:00.000123"), "c")
c("date_iso_date", "date", date("2008-01-02"), "c")
c("date_iso_aware", "date", dt("2008-01-02T10:30:00", "Europe/Paris"), "c", zone="Europe/Paris")
c("date_aware_converted", "date", dt("2008-01-02T10:30:00", "UTC"), "Y-m-d H:i e O T Z I", zone="America/Chicago")
c("date_naive_zone_chars", "date", dt("2008-07-02T10:30:00"), "e|O|T|Z|I", zone="Europe/Paris")
c("date_naive_winter", "date", dt("2008-01-02T10:30:00"), "O T I", zone="Europe/Paris")
c("date_rfc5322", "date", dt("2000-12-21T16:01:07"), "r", zone="Europe/Paris")
c("date_rfc5322_date", "date", date("2000-12-21"), "r")
c("date_unix", "date", dt("2000-12-21T16:01:07", "UTC"), "U")
c("date_unix_naive", "date", dt("2000-12-21T16:01:07"), "U", zone="Europe/Paris")
c("date_unix_date", "date", date("2000-12-21"), "U")
c("date_iso_week_year", "date", date("2021-01-03"), "o W")
c("date_ordinals", "date", date("2024-01-11"), "jS")
c("date_ordinals_22", "date", date("2024-01-22"), "jS")
c("date_ordinals_23", "date", date("2024-01-23"), "jS")
c("date_ordinals_31", "date", date("2024-01-31"), "jS")
c("date_small_year", "date", date("0999-03-04"), "Y y")
c("date_months_ap", "date", date("2024-09-04"), "N b M E")
c("date_none", "date", None, "Y")
c("date_empty_string", "date", "", "Y")
c("date_string_value", "date", "2024-01-01", "Y")
c("date_string_literal_only", "date", "2024-01-01", "-")
c("date_int_value", "date", 5, "Y")
c("date_date_with_time_char", "date", date("2024-01-01"), "H")
c("date_time_value_time_chars", "date", tm("13:05:00"), "H:i A")
c("date_time_value_date_chars", "date", tm("13:05:00"), "Y")
c("date_time_value_default", "date", tm("13:05:00"))
c("date_ambiguous_time", "date", dt("2024-10-27T02:30:00"), "H:i T O", zone="Europe/Paris")

# default / default_if_none
c("default_empty", "default", "", "x")
c("default_zero", "default", 0, "x")
c("default_value", "default", "val", "x")
c("default_none", "default", None, "x")
c("default_empty_list", "default", [], "x")
c("default_false", "default", False, 42)
c("default_if_none_none", "default_if_none", None, "x")
c("default_if_none_empty", "default_if_none", "", "x")
c("default_if_none_zero", "default_if_none", 0, "x")

# dictsort / dictsortreversed
PEOPLE = [{"age": 23, "name": "Barbara-Ann"}, {"age": 63, "name": "Ra Ra Rasputin"}, {"name": "Jonny B Goode", "age": 18}]
c("dictsort_by_age", "dictsort", PEOPLE, "age")
c("dictsort_by_name", "dictsort", PEOPLE, "name")
c("dictsortreversed_by_age", "dictsortreversed", PEOPLE, "age")
c("dictsort_dotted", "dictsort", [{"a": {"b": 2}, "id": 1}, {"a": {"b": 1}, "id": 2}], "a.b")
c("dictsort_objects", "dictsort", [O(x=3, n="c"), O(x=1, n="a"), O(x=2, n="b")], "x")
c("dictsort_tuples_index", "dictsort", [T("a", 42), T("c", "string"), T("b", "foo")], 0)
c("dictsort_lists_index", "dictsort", [["a", 3], ["b", 1], ["c", 2]], 1)
c("dictsort_string_index_on_lists", "dictsort", [["a", 3], ["b", 1]], "1")
c("dictsort_missing_key", "dictsort", [{"a": 1}, {"b": 2}], "a")
c("dictsort_mixed_types", "dictsort", [{"a": 1}, {"a": "x"}], "a")
c("dictsort_private", "dictsort", [{"_a": 1}], "_a")
c("dictsort_private_dotted", "dictsort", [{"a": {"_b": 1}}], "a._b")
c("dictsort_not_a_list", "dictsort", 1, "a")
c("dictsort_stable", "dictsort", [{"k": 1, "i": "first"}, {"k": 0, "i": "x"}, {"k": 1, "i": "second"}], "k")
c("dictsortreversed_stable", "dictsortreversed", [{"k": 1, "i": "first"}, {"k": 0, "i": "x"}, {"k": 1, "i": "second"}], "k")
c("dictsort_dict_numeric_key", "dictsort", [{"1": "b"}, {"1": "a"}], "1")
c("dictsort_dates", "dictsort", [{"d": date("2024-03-01")}, {"d": date("2023-01-01")}], "d")

# divisibleby
c("divisibleby_true", "divisibleby", 4, 2)
c("divisibleby_false", "divisibleby", 4, 3)
c("divisibleby_strings", "divisibleby", "21", "7")
c("divisibleby_negative", "divisibleby", -9, 3)
c("divisibleby_zero", "divisibleby", 4, 0)
c("divisibleby_bad", "divisibleby", "a", 2)

# escape / force_escape / escapeseq
c("escape_html", "escape", "<some html & special characters > here>")
c("escape_quotes", "escape", "\"quoted\" 'single'")
c("escape_safe_not_doubled", "escape", S("<b>already</b>"))
c("escape_int", "escape", 12)
c("force_escape_safe_escaped", "force_escape", S("<b>&amp;</b>"))
c("force_escape_plain", "force_escape", "a & b")
c("escapeseq_list", "escapeseq", ["x&y", "<p>", S("<safe>"), 1])
c("escapeseq_string", "escapeseq", "a<")

# escapejs
c("escapejs_specials", "escapejs", "\"double quotes\" and 'single quotes'")
c("escapejs_backslash", "escapejs", "\\ : backslashes, too")
c("escapejs_whitespace", "escapejs", "and lots of whitespace: \r\n\t\v\f\b")
c("escapejs_script", "escapejs", "<script>and this</script>")
c("escapejs_separators", "escapejs", "paragraph separator:\u2029and line separator:\u2028")
c("escapejs_backtick", "escapejs", "`an` = x-1;")
c("escapejs_unicode", "escapejs", "caf\u00e9 \u65e5")
c("escapejs_safe_input", "escapejs", S("<b>"))

# filesizeformat
c("filesizeformat_bytes", "filesizeformat", 1023)
c("filesizeformat_one_byte", "filesizeformat", 1)
c("filesizeformat_zero", "filesizeformat", 0)
c("filesizeformat_kb", "filesizeformat", 1024)
c("filesizeformat_kb_fraction", "filesizeformat", 10 * 1024)
c("filesizeformat_mb_minus", "filesizeformat", 1024 * 1024 - 1)
c("filesizeformat_mb", "filesizeformat", 1024 * 1024 * 50)
c("filesizeformat_gb", "filesizeformat", 1024 * 1024 * 1024)
c("filesizeformat_tb", "filesizeformat", 1024 ** 4)
c("filesizeformat_pb", "filesizeformat", 1024 ** 5)
c("filesizeformat_huge", "filesizeformat", 10 ** 30)
c("filesizeformat_doc", "filesizeformat", 123456789)
c("filesizeformat_negative", "filesizeformat", -100)
c("filesizeformat_negative_kb", "filesizeformat", -1024 * 3)
c("filesizeformat_string", "filesizeformat", "1024")
c("filesizeformat_bad_string", "filesizeformat", "abc")
c("filesizeformat_float", "filesizeformat", 1.9)
c("filesizeformat_none", "filesizeformat", None)
c("filesizeformat_rounding", "filesizeformat", 1075)
c("filesizeformat_rounding_2", "filesizeformat", 1127)

# first / last / length
c("first_list", "first", ["a", "b", "c"])
c("first_empty_list", "first", [])
c("first_string", "first", "abc")
c("first_empty_string", "first", "")
c("first_tuple", "first", T(1, 2))
c("first_safe_string", "first", S("<a"))
c("first_none", "first", None)
c("last_list", "last", ["a", "b", "c", "d"])
c("last_empty", "last", [])
c("last_string", "last", "abc")
c("last_safe_string", "last", S("ab>"))
c("length_list", "length", ["a", "b", "c", "d"])
c("length_string", "length", "abcd")
c("length_unicode", "length", "\u00e9t\u00e9 \U0001F600")
c("length_dict", "length", {"a": 1, "b": 2})
c("length_int", "length", 4)
c("length_none", "length", None)
c("length_safe", "length", S("<b>"))

# floatformat
c("floatformat_default", "floatformat", 34.23234, expect={"ok": {"$safe": "34.2"}})
c("floatformat_default_whole", "floatformat", 34.00000, expect={"ok": {"$safe": "34"}})
c("floatformat_default_round_up", "floatformat", 34.26000, expect={"ok": {"$safe": "34.3"}})
c("floatformat_3", "floatformat", 34.23234, 3, expect={"ok": {"$safe": "34.232"}})
c("floatformat_3_whole", "floatformat", 34.00000, 3, expect={"ok": {"$safe": "34.000"}})
c("floatformat_neg3", "floatformat", 34.23234, "-3", expect={"ok": {"$safe": "34.232"}})
c("floatformat_neg3_whole", "floatformat", 34.00000, "-3", expect={"ok": {"$safe": "34"}})
c("floatformat_neg3_keep", "floatformat", 34.26000, "-3", expect={"ok": {"$safe": "34.260"}})
c("floatformat_zero_arg", "floatformat", 39.56, "0", expect={"ok": {"$safe": "40"}})
c("floatformat_g", "floatformat", 34232.34, "2g", expect={"ok": {"$safe": "34,232.34"}})
c("floatformat_g_default", "floatformat", 34232.06, "g", expect={"ok": {"$safe": "34,232.1"}})
c("floatformat_g_neg", "floatformat", 34232.00, "-3g", expect={"ok": {"$safe": "34,232"}})
c("floatformat_u", "floatformat", 34.23234, "3u", expect={"ok": {"$safe": "34.232"}})
c("floatformat_gu", "floatformat", 66666.6666, "2gu")
c("floatformat_ug", "floatformat", 66666.6666, "ug")
c("floatformat_half_up", "floatformat", 0.5, 0)
c("floatformat_half_up_1_5", "floatformat", 1.5, "0")
c("floatformat_half_up_2_5", "floatformat", 2.5, "0")
c("floatformat_repr_not_binary", "floatformat", 2.675, 2)
c("floatformat_1_005", "floatformat", 1.005, 2)
c("floatformat_negative_zero", "floatformat", -0.01, 1)
c("floatformat_negative_zero_int", "floatformat", -0.4, 0)
c("floatformat_negative", "floatformat", -1.25, 1)
c("floatformat_string_number", "floatformat", "34.23", 1)
c("floatformat_string_spaces", "floatformat", " 7.01 ")
c("floatformat_string_invalid", "floatformat", "foo")
c("floatformat_string_invalid_arg", "floatformat", 13.1031, "bar")
c("floatformat_int", "floatformat", 7)
c("floatformat_int_places", "floatformat", 7, 2)
c("floatformat_decimal", "floatformat", D("1.500"), 1)
c("floatformat_decimal_precise", "floatformat", D("123456.123456789012345678901"), 21)
c("floatformat_nan", "floatformat", F("nan"))
c("floatformat_inf", "floatformat", F("inf"))
c("floatformat_neg_inf", "floatformat", F("-inf"), 2)
c("floatformat_none", "floatformat", None)
c("floatformat_bool", "floatformat", True)
c("floatformat_small_exp", "floatformat", 1e-07, 10)
c("floatformat_big", "floatformat", 1e16)
c("floatformat_many_digits", "floatformat", "1e300", 2)
c("floatformat_list", "floatformat", [1])
c("floatformat_safe_input", "floatformat", S("1.25"), 1)
c("floatformat_large_grouping", "floatformat", 1234567.891, "-2g")
c("floatformat_neg_grouping", "floatformat", -1234.5, "1g")

# get_digit
c("get_digit_2", "get_digit", 123456789, 2)
c("get_digit_1", "get_digit", 123, "1")
c("get_digit_too_far", "get_digit", 123, 5)
c("get_digit_zero_arg", "get_digit", 123, 0)
c("get_digit_bad_arg", "get_digit", 123, "x")
c("get_digit_string_value", "get_digit", "123", 1)
c("get_digit_bad_value", "get_digit", "abc", 1)
c("get_digit_negative_sign", "get_digit", -123, 4)

# iriencode / urlencode
c("iriencode_doc", "iriencode", "?test=I \u2665 Django", expect={"ok": "?test=I%20%E2%99%A5%20Django"})
c("iriencode_reserved", "iriencode", "S\u00f8r-Tr\u00f8ndelag")
c("iriencode_already_encoded", "iriencode", "fran%C3%A7ois%20&%20jill")
c("iriencode_safe", "iriencode", S("/a b/"))
c("urlencode_default", "urlencode", "/test&\"/me?/")
c("urlencode_unicode", "urlencode", "http://example.com/?x=\u00e9&y=1")
c("urlencode_safe_arg", "urlencode", "/test/me?/", "/?")
c("urlencode_empty_safe", "urlencode", "a/b", "")
c("urlencode_int", "urlencode", 1)
c("urlencode_safe_input", "urlencode", S("a b"))

# join
c("join_list", "join", ["alpha", "beta & me"], " & ")
c("join_autoescape_off", "join", ["<a>", "<b>"], "<br>", ae=False)
c("join_safe_items", "join", [S("<b>"), "<i>"], ", ")
c("join_safe_separator", "join", ["a", "b"], S("<br>"))
c("join_ints_autoescape", "join", [1, 2, 3], ",")
c("join_ints_no_autoescape", "join", [1, 2], ",", ae=False)
c("join_string", "join", "abc", "-")
c("join_not_iterable", "join", 1, ",")
c("join_dict_keys", "join", {"a": 1, "b": 2}, "+")

# json_script
c("json_script_doc", "json_script", {"hello": "world"}, "hello-data", expect={"ok": {"$safe": "<script id=\"hello-data\" type=\"application/json\">{\"hello\": \"world\"}</script>"}})
c("json_script_escaping", "json_script", {"a": "<script>test&ing</script>"}, "test_id")
c("json_script_no_id", "json_script", [1, 2.5, None, True, False])
c("json_script_unicode", "json_script", {"k": "caf\u00e9 \U0001F600 \u2028"}, "x")
c("json_script_id_escaped", "json_script", "s", "a\"b")
c("json_script_empty_id", "json_script", "s", "")
c("json_script_nested", "json_script", {"list": [{"a": 1}], "n": -3, "f": 1e20, "s": "q\"\\\n"})
c("json_script_date", "json_script", {"d": date("2024-01-02"), "t": dt("2024-01-02T03:04:05.123456", "UTC")})
c("json_script_decimal", "json_script", D("1.50"))
c("json_script_int_keys", "json_script", DD((1, "a"), (None, "b")))
c("json_script_nan", "json_script", [F("nan"), F("inf")])

# linebreaks / linebreaksbr / linenumbers
c("linebreaks_doc", "linebreaks", "Joel\nis a slug", expect={"ok": {"$safe": "<p>Joel<br>is a slug</p>"}})
c("linebreaks_paragraphs", "linebreaks", "line 1\n\nline 2\r\nline 3\r\rline 4")
c("linebreaks_escaped", "linebreaks", "<b>\n&")
c("linebreaks_no_autoescape", "linebreaks", "<b>\n&", ae=False)
c("linebreaks_safe", "linebreaks", S("<b>\n&amp;"))
c("linebreaks_leading", "linebreaks", "\n\nx\n\n\n")
c("linebreaks_int", "linebreaks", 123)
c("linebreaksbr_doc", "linebreaksbr", "Joel\nis a slug", expect={"ok": {"$safe": "Joel<br>is a slug"}})
c("linebreaksbr_crlf", "linebreaksbr", "a\r\nb\rc")
c("linebreaksbr_escaped", "linebreaksbr", "<i>\n")
c("linebreaksbr_no_autoescape", "linebreaksbr", "<i>\n", ae=False)
c("linebreaksbr_safe", "linebreaksbr", S("<i>\n"))
c("linenumbers_basic", "linenumbers", "one\ntwo\nthree")
c("linenumbers_width", "linenumbers", "\n".join(["x"] * 10))
c("linenumbers_escape", "linenumbers", "<a>\n&")
c("linenumbers_no_autoescape", "linenumbers", "<a>\n&", ae=False)
c("linenumbers_safe", "linenumbers", S("<a>\n&"))
c("linenumbers_empty", "linenumbers", "")

# lower / upper / title
c("lower_basic", "lower", "TEST")
c("lower_unicode", "lower", "\u00c9T\u00c9 \u03a3\u0391\u03a3")
c("lower_safe", "lower", S("<B>"))
c("upper_basic", "upper", "Mixed case input")
c("upper_sharp_s", "upper", "stra\u00dfe")
c("upper_safe_not_safe", "upper", S("<b>ab</b>"))
c("title_basic", "title", "a nice title, isn't it?")
c("title_digits", "title", "discoth\u00e8que 1st 2nd 3rd")
c("title_apostrophe", "title", "they're bill's friends from the UK")
c("title_mixed", "title", "hELLO wORLD")
c("title_safe", "title", S("<b>x</b>"))
c("title_sharp_s", "title", "\u00dfa")

# make_list
c("make_list_string", "make_list", "Joel")
c("make_list_int", "make_list", 123)
c("make_list_safe", "make_list", S("<a"))
c("make_list_list", "make_list", [1, 2])

# phone2numeric
c("phone2numeric_doc", "phone2numeric", "800-COLLECT")
c("phone2numeric_all", "phone2numeric", "0123456789abcdefghijklmnopqrstuvwxyz")
c("phone2numeric_safe", "phone2numeric", S("1-800-<b>"))
c("phone2numeric_int", "phone2numeric", 1)

# pluralize
c("pluralize_one", "pluralize", 1)
c("pluralize_zero", "pluralize", 0)
c("pluralize_two", "pluralize", 2)
c("pluralize_es", "pluralize", 2, "es")
c("pluralize_es_one", "pluralize", 1, "es")
c("pluralize_y_ies", "pluralize", 0, "y,ies")
c("pluralize_y_ies_one", "pluralize", 1, "y,ies")
c("pluralize_too_many", "pluralize", 2, "a,b,c")
c("pluralize_string_one", "pluralize", "1")
c("pluralize_string_two", "pluralize", "2")
c("pluralize_bad_string", "pluralize", "abc")
c("pluralize_list_one", "pluralize", [1])
c("pluralize_list_two", "pluralize", [1, 2])
c("pluralize_float_one", "pluralize", 1.0)
c("pluralize_decimal", "pluralize", D("1.5"))
c("pluralize_none", "pluralize", None)
c("pluralize_dict", "pluralize", {"a": 1})
c("pluralize_bool", "pluralize", True)

# pprint
c("pprint_dict", "pprint", {"b": 1, "a": [1, "x"]})
c("pprint_str", "pprint", "it's")
c("pprint_none", "pprint", None)
c("pprint_nested", "pprint", {"k": [None, True, 1.5, D("2.5")], "d": {"z": 1}})
c("pprint_long_list", "pprint", list(range(40)))
c("pprint_long_dict", "pprint", {"key%02d" % i: "value number %d" % i for i in range(6)})
c("pprint_long_string", "pprint", "word " * 30)
c("pprint_list_short", "pprint", [1, "a"])
c("pprint_date", "pprint", date("2024-01-02"))
c("pprint_safe", "pprint", S("<b>"))

# random (deterministic cases only)
c("random_single", "random", ["only"])
c("random_empty", "random", [])
c("random_single_char", "random", "x")

# safe / safeseq
c("safe_string", "safe", "<b>x</b>")
c("safe_int", "safe", 1)
c("safeseq_list", "safeseq", ["<a>", 1, S("&amp;")])

# slice
c("slice_head", "slice", ["a", "b", "c"], ":2")
c("slice_string", "slice", "abcdefg", "1:3")
c("slice_negative", "slice", "abcdefg", "-3:")
c("slice_step", "slice", [0, 1, 2, 3, 4, 5], "::2")
c("slice_reverse", "slice", "abc", "::-1")
c("slice_negative_step", "slice", [0, 1, 2, 3, 4], "4:0:-2")
c("slice_single", "slice", "abcdefg", "2")
c("slice_zero_step", "slice", "abc", "::0")
c("slice_bad", "slice", "abc", "a")
c("slice_too_many", "slice", "abc", "1:2:3:4")
c("slice_int_value", "slice", 123, ":1")
c("slice_tuple", "slice", T(1, 2, 3), "1:")
c("slice_safe", "slice", S("<b>x"), ":3")
c("slice_out_of_range", "slice", [1, 2], "5:10")
c("slice_int_arg", "slice", "abcdef", 2)
c("slice_dict", "slice", {"a": 1}, ":1")
c("slice_unicode", "slice", "\U0001F600ab", ":2")

# slugify
c("slugify_doc", "slugify", "Joel is a slug")
c("slugify_punct", "slugify", " Jack & Jill like numbers 1,2,3 and 4 and silly characters ?%.$!/")
c("slugify_unicode", "slugify", "Un \u00e9l\u00e9phant \u00e0 l'or\u00e9e du bois")
c("slugify_dashes", "slugify", "--a__b  -- c--")
c("slugify_non_latin", "slugify", "\u4f60\u597d world")
c("slugify_int", "slugify", 123)
c("slugify_safe", "slugify", S("<b>Hi</b>"))

# stringformat
c("stringformat_doc", "stringformat", 10, "E", expect={"ok": "1.000000E+01"})
c("stringformat_s", "stringformat", "test", "s")
c("stringformat_width", "stringformat", "x", "5s")
c("stringformat_left", "stringformat", "x", "-5s|")
c("stringformat_d", "stringformat", 42, "03d")
c("stringformat_d_float", "stringformat", 3.99, "d")
c("stringformat_d_string", "stringformat", "3", "d")
c("stringformat_f", "stringformat", 3.14159, ".2f")
c("stringformat_f_half_even", "stringformat", 0.125, ".2f")
c("stringformat_f_binary", "stringformat", 2.675, ".2f")
c("stringformat_e", "stringformat", 12345.678, ".3e")
c("stringformat_g", "stringformat", 0.00001234, "g")
c("stringformat_g_big", "stringformat", 123456789.0, "g")
c("stringformat_g_trailing", "stringformat", 2.5, ".3g")
c("stringformat_x", "stringformat", 255, "x")
c("stringformat_X_alt", "stringformat", 255, "#X")
c("stringformat_o", "stringformat", 8, "#o")
c("stringformat_x_float", "stringformat", 2.0, "x")
c("stringformat_plus", "stringformat", 5, "+d")
c("stringformat_space", "stringformat", 5, " d")
c("stringformat_zero_pad_neg", "stringformat", -5, "05d")
c("stringformat_r", "stringformat", "it's", "r")
c("stringformat_list", "stringformat", [1, "a"], "s")
c("stringformat_dict", "stringformat", {"a": 1}, "s")
c("stringformat_none", "stringformat", None, "s")
c("stringformat_mapping", "stringformat", {"a": 1}, "(a)s")
c("stringformat_missing_arg", "stringformat", 1, "s %s")
c("stringformat_literal", "stringformat", 1, "s%%")
c("stringformat_bad", "stringformat", 1, "z")
c("stringformat_c", "stringformat", 65, "c")
c("stringformat_inf", "stringformat", F("inf"), "08.2f")
c("stringformat_decimal_f", "stringformat", D("1.005"), ".2f")
c("stringformat_precision_s", "stringformat", "abcdef", ".3s")
c("stringformat_bool_d", "stringformat", True, "d")
c("stringformat_safe_input", "stringformat", S("<b>"), "s")

# striptags
c("striptags_basic", "striptags", "some <b>html</b> with <script>alert(\"You smell\")</script> disallowed <img /> tags")
c("striptags_doc", "striptags", "<b>Joel</b> <button>is</button> a <span>slug</span>")
c("striptags_entities", "striptags", "<p>a &amp; b &lt; c</p>")
c("striptags_comment", "striptags", "a<!-- comment -->b")
c("striptags_nested_trick", "striptags", "<<b>b>x</b>")
c("striptags_unclosed", "striptags", "a < b and c > d")
c("striptags_attrs", "striptags", "<a href=\"x\" title='y>z'>link</a>")
c("striptags_safe", "striptags", S("<b>x</b>"))
c("striptags_int", "striptags", 5)
c("striptags_doctype", "striptags", "<!DOCTYPE html><p>x</p>")

# time
c("time_default", "time", tm("13:05:00"))
c("time_format", "time", dt("2024-07-04T13:05:09"), "H:i:s")
c("time_escaped", "time", tm("01:23:00"), "H\\h i\\m")
c("time_date_char_fails", "time", dt("2024-07-04T13:05:09"), "d")
c("time_on_date", "time", date("2024-07-04"), "H")
c("time_aware", "time", dt("2024-07-04T13:05:09", "UTC"), "H:i e O T", zone="Asia/Tokyo")
c("time_time_value_zone", "time", tm("13:05:00"), "e|O|T|Z")
c("time_named", "time", tm("00:00:00"), "TIME_FORMAT")
c("time_none", "time", None)
c("time_string", "time", "13:00", "H")

# timesince / timeuntil
c("timesince_minutes", "timesince", dt("2024-01-01T10:00:00"), dt("2024-01-01T10:10:30"))
c("timesince_zero", "timesince", dt("2024-01-01T10:00:00"), dt("2024-01-01T10:00:59"))
c("timesince_future", "timesince", dt("2024-01-02T10:00:00"), dt("2024-01-01T10:00:00"))
c("timesince_hours", "timesince", dt("2024-01-01T10:00:00"), dt("2024-01-01T13:20:00"))
c("timesince_days_hours", "timesince", dt("2024-01-01T10:00:00"), dt("2024-01-05T16:00:00"))
c("timesince_weeks_days", "timesince", dt("2024-01-01T10:00:00"), dt("2024-01-18T10:00:00"))
c("timesince_month", "timesince", dt("2024-01-31T10:00:00"), dt("2024-02-29T10:00:00"))
c("timesince_months_weeks", "timesince", dt("2024-01-15T00:00:00"), dt("2024-04-01T00:00:00"))
c("timesince_year_month", "timesince", dt("2013-02-10T00:00:00"), dt("2014-03-10T00:00:00"))
c("timesince_year_month_leap", "timesince", dt("2007-08-10T00:00:00"), dt("2008-09-10T00:00:00"))
c("timesince_years", "timesince", dt("2000-06-01T00:00:00"), dt("2024-06-01T00:00:00"))
c("timesince_depth_gap", "timesince", dt("2023-01-01T00:00:00"), dt("2024-01-06T00:00:00"))
c("timesince_dates", "timesince", date("2024-01-01"), date("2024-01-08"))
c("timesince_date_vs_datetime", "timesince", date("2024-01-01"), dt("2024-01-01T06:00:00"))
c("timesince_aware", "timesince", dt("2024-01-01T10:00:00", "Europe/Paris"), dt("2024-01-01T10:00:00", "UTC"))
c("timesince_naive_aware", "timesince", dt("2024-01-01T10:00:00"), dt("2024-01-01T10:00:00", "UTC"))
c("timesince_none", "timesince", None)
c("timesince_empty", "timesince", "")
c("timesince_far_future_now", "timesince", dt("2999-01-01T00:00:00"))
c("timesince_month_end", "timesince", dt("2024-03-31T00:00:00"), dt("2024-05-30T00:00:00"))
c("timeuntil_days", "timeuntil", dt("2024-01-05T16:00:00"), dt("2024-01-01T10:00:00"))
c("timeuntil_past", "timeuntil", dt("2024-01-01T10:00:00"), dt("2024-01-05T16:00:00"))
c("timeuntil_minute", "timeuntil", dt("2024-01-01T10:01:00"), dt("2024-01-01T10:00:00"))
c("timeuntil_dates", "timeuntil", date("2025-03-01"), date("2024-01-01"))
c("timeuntil_past_now", "timeuntil", dt("2000-01-01T00:00:00"))

# truncatechars / truncatewords (+ html)
c("truncatechars_basic", "truncatechars", "Joel is a slug", 7)
c("truncatechars_fits", "truncatechars", "Joel", 4)
c("truncatechars_one", "truncatechars", "Joel", 1)
c("truncatechars_zero", "truncatechars", "Joel", 0)
c("truncatechars_bad_arg", "truncatechars", "Joel", "a")
c("truncatechars_combining", "truncatechars", "o\u0308o\u0308o\u0308o\u0308", 3)
c("truncatechars_nfc", "truncatechars", "e\u0301t\u00e9", 5)
c("truncatechars_safe", "truncatechars", S("<b>bold</b>"), 4)
c("truncatechars_html_basic", "truncatechars_html", "<p>one <a href=\"#\">two - three <br>four</a> five</p>", 9)
c("truncatechars_html_short", "truncatechars_html", "<p>one <a href=\"#\">two - three <br>four</a> five</p>", 4)
c("truncatechars_html_all", "truncatechars_html", "<p>one <a href=\"#\">two - three <br>four</a> five</p>", 100)
c("truncatechars_html_exact", "truncatechars_html", "<p>abc</p>", 3)
c("truncatechars_html_plain_exact", "truncatechars_html", "abc", 3)
c("truncatechars_html_entities", "truncatechars_html", "<i>Tom &amp; Jerry's</i>", 20)
c("truncatechars_html_entities_cut", "truncatechars_html", "<i>a&amp;b&lt;c</i>", 3)
c("truncatechars_html_void", "truncatechars_html", "<p>a<br/>b<img src=x>cdefgh</p>", 4)
c("truncatechars_html_unclosed", "truncatechars_html", "<b>abc <i>defghij", 6)
c("truncatechars_html_zero", "truncatechars_html", "<b>abc</b>", 0)
c("truncatechars_html_comment", "truncatechars_html", "a<!-- x -->bcdef", 3)
c("truncatewords_basic", "truncatewords", "A sentence with a few words in it", 1)
c("truncatewords_five", "truncatewords", "A sentence with a few words in it", 5)
c("truncatewords_fits", "truncatewords", "A sentence with\n a   few words", 100)
c("truncatewords_bad", "truncatewords", "A sentence", "not a number")
c("truncatewords_zero", "truncatewords", "A sentence", 0)
c("truncatewords_int_value", "truncatewords", 123, 1)
c("truncatewords_html_basic", "truncatewords_html", "<p>one <a href=\"#\">two - three <br>four</a> five</p>", 4)
c("truncatewords_html_zero", "truncatewords_html", "<p>one <a href=\"#\">two - three <br>four</a> five</p>", 0)
c("truncatewords_html_two", "truncatewords_html", "<p>one <a href=\"#\">two - three <br>four</a> five</p>", 2)
c("truncatewords_html_all", "truncatewords_html", "<p>one <a href=\"#\">two - three <br>four</a> five</p>", 100)
c("truncatewords_html_entities", "truncatewords_html", "<i>Buenos &iacute;as! &#x00bf;C&oacute;mo est&aacute;?</i>", 3)
c("truncatewords_html_newlines", "truncatewords_html", "<p>a\nb  c\td</p>", 3)
c("truncatewords_html_mismatched", "truncatewords_html", "<b><i>x y</b> z</i> w", 3)

# unordered_list
c("unordered_list_flat", "unordered_list", ["item 1", "item 2"])
c("unordered_list_nested", "unordered_list", ["States", ["Kansas", ["Lawrence", "Topeka"], "Illinois"]])
c("unordered_list_escaped", "unordered_list", ["<a>item 1</a>", "item 2"])
c("unordered_list_no_autoescape", "unordered_list", ["<a>item 1</a>", "item 2"], ae=False)
c("unordered_list_safe_item", "unordered_list", [S("<a>x</a>"), ["&"]])
c("unordered_list_empty_sublist", "unordered_list", ["a", [], "b"])
c("unordered_list_leading_list", "unordered_list", [["a"], "b"])
c("unordered_list_tuples", "unordered_list", ["x", T("y", "z")])
c("unordered_list_trailing_lists", "unordered_list", ["a", ["b"], ["c"]])
c("unordered_list_non_string", "unordered_list", [1, None])

# urlize / urlizetrunc
c("urlize_http", "urlize", "Check out http://www.djangoproject.com")
c("urlize_www", "urlize", "Check out www.djangoproject.com")
c("urlize_bare_domain", "urlize", "see djangoproject.com now")
c("urlize_bare_domain_path", "urlize", "see djangoproject.org/path?x=1 now")
c("urlize_unknown_tld", "urlize", "see example.xyz now")
c("urlize_email", "urlize", "Send questions to foo@example.com.")
c("urlize_email_plus", "urlize", "mail a+b@sub.example.co.uk")
c("urlize_bad_email", "urlize", "not@an@email.com")
c("urlize_trailing_punct", "urlize", "Go to http://example.com/path., ok")
c("urlize_parens", "urlize", "(see http://example.com/foo_(bar))")
c("urlize_brackets", "urlize", "[http://example.com]")
c("urlize_unbalanced_close", "urlize", "http://example.com/a)b)")
c("urlize_query_quoted", "urlize", "http://example.com/?q=a b")
c("urlize_query_encoding", "urlize", "http://example.com/?q=%20x&y=\u00e9")
c("urlize_idn", "urlize", "http://\u00e9xample.com/p\u00e4th")
c("urlize_escapes_text", "urlize", "<b>x</b> http://a.com/<b>")
c("urlize_quotes", "urlize", "\"http://example.com\"")
c("urlize_no_autoescape", "urlize", "<b>http://example.com?a=1&b=2</b>", ae=False)
c("urlize_autoescape_amp", "urlize", "http://example.com?a=1&b=2")
c("urlize_entity_trailing", "urlize", "http://example.com/?a=1&amp;")
c("urlize_safe_input", "urlize", S("<i>http://example.com</i>"))
c("urlize_https_upper", "urlize", "HTTPS://EXAMPLE.COM/A")
c("urlize_ipv6", "urlize", "http://[2001:db8::1]/x")
c("urlize_bad_ipv6", "urlize", "http://[x]/y")
c("urlize_colon_word", "urlize", "time: 10:30 a.m.")
c("urlize_email_idn", "urlize", "contact \u00e9@\u00e9xample.com")
c("urlize_int", "urlize", 12)
c("urlize_mixed_case_www", "urlize", "WWW.Example.Com")
c("urlize_semicolons", "urlize", "http://example.com/;;")
c("urlize_exclamation", "urlize", "wow http://example.com!!")
c("urlizetrunc_basic", "urlizetrunc", "http://www.google.com/search?q=a+b", 15)
c("urlizetrunc_short", "urlizetrunc", "http://a.com", 20)
c("urlizetrunc_one", "urlizetrunc", "http://a.com", 1)
c("urlizetrunc_zero", "urlizetrunc", "http://a.com", 0)
c("urlizetrunc_escape", "urlizetrunc", "http://a.com/<x>&y=1", 10)

# wordcount / wordwrap
c("wordcount_basic", "wordcount", "I am a string with   spaces\n and lines")
c("wordcount_empty", "wordcount", "")
c("wordcount_unicode_space", "wordcount", "a\u00a0b\u3000c")
c("wordcount_int", "wordcount", 123)
c("wordwrap_basic", "wordwrap", "this is a long paragraph of text that really needs to be wrapped I'm afraid", 14)
c("wordwrap_long_word", "wordwrap", "this is a short paragraph of text.\n  But this line should be indented", 15)
c("wordwrap_keeps_newlines", "wordwrap", "one two\n\nthree four\n", 5)
c("wordwrap_tabs", "wordwrap", "a\tb c", 4)
c("wordwrap_string_arg", "wordwrap", "aa bb cc", "5")
c("wordwrap_leading_spaces", "wordwrap", "   x y z", 3)
c("wordwrap_only_spaces", "wordwrap", "    ", 2)
c("wordwrap_safe", "wordwrap", S("<b> <i>"), 3)

# yesno
c("yesno_true", "yesno", True)
c("yesno_false", "yesno", False)
c("yesno_none", "yesno", None)
c("yesno_custom", "yesno", True, "certainly,get out of town,perhaps")
c("yesno_custom_none", "yesno", None, "certainly,get out of town,perhaps")
c("yesno_two_none", "yesno", None, "certainly,get out of town")
c("yesno_invalid", "yesno", True, "certainly")
c("yesno_four", "yesno", None, "a,b,c,d")
c("yesno_empty_list", "yesno", [], "y,n")
c("yesno_string", "yesno", "x", "y,n")
