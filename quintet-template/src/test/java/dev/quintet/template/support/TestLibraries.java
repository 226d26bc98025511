package dev.quintet.template.support;

import dev.quintet.template.SafeString;
import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.template.internal.Py;
import dev.quintet.template.library.Filter;
import dev.quintet.template.library.Library;
import dev.quintet.template.library.Node;
import dev.quintet.template.library.NodeList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The custom libraries the conformance cases load; the oracle script defines the same ones in
 * Python.
 */
public final class TestLibraries {
    private TestLibraries() {
    }

    /** {@code testtags}: filter shout, simple tags echo/safe_echo, inclusion tag show_list, block tag upper. */
    public static Library testtags() {
        return new Library()
                .filter(new Filter("shout", (v, a, c) -> Py.str(v).toUpperCase() + "!", Filter.Arity.NONE, false, false, false))
                .filter(new Filter("suffix", (v, a, c) -> Py.str(v) + Py.str(a), Filter.Arity.REQUIRED, false, false, false))
                .simpleTag("echo", call -> {
                    List<String> parts = new ArrayList<>();
                    for (Object o : call.args()) {
                        parts.add(Py.str(o));
                    }
                    for (Map.Entry<String, Object> e : call.kwargs().entrySet()) {
                        parts.add(e.getKey() + "=" + Py.str(e.getValue()));
                    }
                    return String.join(" ", parts);
                })
                .simpleTag("safe_echo", call -> SafeString.of(Py.str(call.arg(0, ""))))
                .simpleTag("ctx_get", call -> call.context().get(Py.str(call.arg(0, ""))))
                .inclusionTag("show_list", "inclusion/list.html", call -> Map.of("items", call.arg(0, List.of())))
                .tag("upper", (parser, token) -> {
                    if (token.splitContents().size() != 1) {
                        throw new TemplateSyntaxError("'upper' takes no arguments");
                    }
                    NodeList body = parser.parse("endupper");
                    parser.deleteFirstToken();
                    return new Node() {
                        @Override
                        public List<NodeList> childNodeLists() {
                            return List.of(body);
                        }

                        @Override
                        public void render(dev.quintet.template.Context context, Appendable out) throws java.io.IOException {
                            out.append(body.renderToString(context).toString().toUpperCase());
                        }
                    };
                });
    }

    /** {@code othertags}: a second library for "load a from b" and multi-load cases. */
    public static Library othertags() {
        return new Library()
                .filter(new Filter("twice", (v, a, c) -> Py.str(v) + Py.str(v), Filter.Arity.NONE, true, false, false))
                .simpleTag("hello", call -> "hello");
    }
}
