package dev.quintet.forms.widgets;

import dev.quintet.forms.internal.PyFormat;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import dev.quintet.template.SafeString;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Django's {@code MultipleHiddenInput}: one hidden input per value, ids suffixed {@code _0}, {@code _1}... */
@SuppressWarnings("this-escape")
public class MultipleHiddenInput extends HiddenInput {
    /** Without attributes. */
    public MultipleHiddenInput() {
        super(Map.of());
    }

    @Override
    public SafeString render(String name, Object value, Map<String, ?> extraAttrs) {
        Map<String, Object> all = buildAttrs(extraAttrs);
        Object id = all.get("id");
        StringBuilder out = new StringBuilder();
        List<?> values = value instanceof Collection<?> c ? List.copyOf(c) : value == null ? List.of() : List.of(value);
        int i = 0;
        for (Object v : values) {
            Map<String, Object> a = new LinkedHashMap<>(all);
            if (id != null) {
                a.put("id", id + "_" + i);
            }
            out.append(tag(name, v == null ? "" : PyFormat.str(v), a));
            i++;
        }
        return SafeString.of(out);
    }

    @Override
    public Object valueFromDatadict(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        return data.getList(name);
    }
}
