package dev.quintet.forms.widgets;

import dev.quintet.forms.internal.Html;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import dev.quintet.template.SafeString;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code SelectDateWidget}: three selects, month, day and year (the order of Django's
 * default {@code DATE_FORMAT}), named {@code <name>_month}, {@code <name>_day},
 * {@code <name>_year} with ids {@code id_<name>_month}...; an optional field gets a {@code ---}
 * blank choice in each. The submitted value is {@code YYYY-MM-DD}, or {@code Y-M-D} as typed when
 * it is not a real date (so the date field reports "Enter a valid date.").
 */
public class SelectDateWidget extends Widget {
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final Pattern DATE = Pattern.compile("(\\d{4}|0)-(\\d\\d?)-(\\d\\d?)$");
    private static final List<String> ORDER = List.of("month", "day", "year");
    private final List<Integer> years;

    /** The current year and the nine after it. */
    public SelectDateWidget() {
        this(Map.of(), null);
    }

    /** With attributes and the years offered ({@code null}: this year and the next nine). */
    public SelectDateWidget(Map<String, ?> attrs, List<Integer> years) {
        super(attrs);
        if (years == null) {
            int now = Year.now().getValue();
            List<Integer> ys = new ArrayList<>();
            for (int y = now; y < now + 10; y++) {
                ys.add(y);
            }
            this.years = List.copyOf(ys);
        } else {
            this.years = List.copyOf(years);
        }
    }

    @Override
    public boolean useFieldset() {
        return true;
    }

    @Override
    public String idForLabel(String id) {
        return id == null || id.isEmpty() ? "" : id + "_" + ORDER.get(0);
    }

    /** The year, month and day shown, as strings ({@code ""} when unknown). */
    private String[] parts(Object value) {
        if (value instanceof LocalDate d) {
            return new String[] {String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()), String.valueOf(d.getDayOfMonth())};
        }
        if (value instanceof String s) {
            Matcher m = DATE.matcher(s);
            if (m.find()) {
                String[] out = new String[3];
                for (int i = 0; i < 3; i++) {
                    int v = Integer.parseInt(m.group(i + 1));
                    out[i] = v == 0 ? "" : String.valueOf(v);
                }
                return out;
            }
        }
        return new String[] {"", "", ""};
    }

    @Override
    public SafeString render(String name, Object value, Map<String, ?> extraAttrs) {
        Map<String, Object> all = buildAttrs(extraAttrs);
        String[] ymd = parts(value);
        StringBuilder out = new StringBuilder(2048);
        for (String part : ORDER) {
            List<String[]> choices = new ArrayList<>();
            if (!isRequired()) {
                choices.add(new String[] {"", "---"});
            }
            String selected;
            switch (part) {
                case "month" -> {
                    for (int i = 0; i < 12; i++) {
                        choices.add(new String[] {String.valueOf(i + 1), MONTHS.get(i)});
                    }
                    selected = ymd[1];
                }
                case "day" -> {
                    for (int i = 1; i <= 31; i++) {
                        choices.add(new String[] {String.valueOf(i), String.valueOf(i)});
                    }
                    selected = ymd[2];
                }
                default -> {
                    for (int y : years) {
                        choices.add(new String[] {String.valueOf(y), String.valueOf(y)});
                    }
                    selected = ymd[0];
                }
            }
            Map<String, Object> a = new LinkedHashMap<>(all);
            a.put("id", "id_" + name + "_" + part);
            out.append("<select name=\"").append(Html.esc(name + "_" + part)).append('"');
            Html.attrs(out, a);
            out.append('>');
            boolean done = false;
            for (String[] c : choices) {
                out.append("<option value=\"").append(Html.esc(c[0])).append('"');
                if (!done && c[0].equals(selected)) {
                    out.append(" selected");
                    done = true;
                }
                out.append('>').append(Html.esc(c[1])).append("</option>");
            }
            out.append("</select>");
        }
        return SafeString.of(out);
    }

    @Override
    public Object valueFromDatadict(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        String y = data.get(name + "_year");
        String m = data.get(name + "_month");
        String d = data.get(name + "_day");
        if ("".equals(y) && "".equals(m) && "".equals(d)) {
            return null;
        }
        if (y != null && m != null && d != null) {
            try {
                return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
            } catch (NumberFormatException | DateTimeException e) {
                return (y.isEmpty() ? "0" : y) + "-" + (m.isEmpty() ? "0" : m) + "-" + (d.isEmpty() ? "0" : d);
            }
        }
        return data.get(name);
    }

    @Override
    public boolean valueOmittedFromData(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        return !data.containsKey(name + "_year") && !data.containsKey(name + "_month") && !data.containsKey(name + "_day");
    }
}
