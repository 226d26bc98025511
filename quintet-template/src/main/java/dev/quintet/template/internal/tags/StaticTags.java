package dev.quintet.template.internal.tags;

import dev.quintet.template.Context;
import dev.quintet.template.StaticResolver;
import dev.quintet.template.TemplateRenderError;
import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.template.internal.Py;
import dev.quintet.template.internal.Values;
import dev.quintet.template.library.FilterExpression;
import dev.quintet.template.library.Library;
import dev.quintet.template.library.Node;
import java.io.IOException;
import java.util.List;

/** The {@code static} library: {@code {% load static %}{% static "css/site.css" [as var] %}}. */
public final class StaticTags {
    private StaticTags() {
    }

    public static Library library() {
        return new Library().tag("static", (parser, token) -> {
            List<String> bits = token.splitContents();
            if (bits.size() < 2) {
                throw new TemplateSyntaxError("'" + bits.get(0) + "' takes at least one argument (path to file)");
            }
            FilterExpression path = parser.compileFilter(bits.get(1));
            String varname = bits.size() >= 2 && bits.get(bits.size() - 2).equals("as") ? bits.get(bits.size() - 1) : null;
            return new StaticNode(path, varname);
        });
    }

    static final class StaticNode extends Node {
        private final FilterExpression path;
        private final String varname;

        StaticNode(FilterExpression path, String varname) {
            this.path = path;
            this.varname = varname;
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            StaticResolver resolver = context.engine() == null ? null : context.engine().staticResolver();
            if (resolver == null) {
                throw new TemplateRenderError("{% static %} needs a static resolver: configure one with "
                        + "Engine.builder().staticResolver(...)");
            }
            String url = resolver.url(Py.str(path.resolve(context)));
            if (varname == null) {
                if (context.autoescape()) {
                    Values.escapeTo(url, out);
                } else {
                    out.append(url);
                }
                return;
            }
            context.put(varname, context.autoescape() ? dev.quintet.template.internal.Html.conditionalEscape(url) : url);
        }
    }
}
