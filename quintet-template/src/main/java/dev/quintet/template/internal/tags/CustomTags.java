package dev.quintet.template.internal.tags;

import dev.quintet.template.Context;
import dev.quintet.template.SafeString;
import dev.quintet.template.Template;
import dev.quintet.template.TemplateException;
import dev.quintet.template.TemplateRenderError;
import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.template.internal.Html;
import dev.quintet.template.internal.Py;
import dev.quintet.template.library.FilterExpression;
import dev.quintet.template.library.InclusionTagFunction;
import dev.quintet.template.library.Node;
import dev.quintet.template.library.SimpleTagFunction;
import dev.quintet.template.library.TagCall;
import dev.quintet.template.library.TagParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Simple and inclusion tags (Django's {@code Library.simple_tag} and {@code inclusion_tag}). */
public final class CustomTags {
    private CustomTags() {
    }

    /** Parsed arguments: positional and keyword expressions, and the {@code as} target. */
    record Bits(List<FilterExpression> args, Map<String, FilterExpression> kwargs, String targetVar) {
        TagCall resolve(Context context) {
            List<Object> a = new ArrayList<>(args.size());
            for (FilterExpression fe : args) {
                a.add(fe.resolve(context));
            }
            Map<String, Object> k = new LinkedHashMap<>();
            for (Map.Entry<String, FilterExpression> e : kwargs.entrySet()) {
                k.put(e.getKey(), e.getValue().resolve(context));
            }
            return new TagCall(context, Collections.unmodifiableList(a), Collections.unmodifiableMap(k));
        }
    }

    static Bits parseBits(dev.quintet.template.library.Parser parser, List<String> bits, String name, boolean allowAs) {
        String target = null;
        List<String> rest = new ArrayList<>(bits);
        if (allowAs && rest.size() >= 2 && rest.get(rest.size() - 2).equals("as")) {
            target = rest.get(rest.size() - 1);
            rest = rest.subList(0, rest.size() - 2);
        }
        List<FilterExpression> args = new ArrayList<>();
        Map<String, FilterExpression> kwargs = new LinkedHashMap<>();
        for (String bit : rest) {
            List<String> one = new ArrayList<>(List.of(bit));
            Map<String, FilterExpression> kw = TagUtil.tokenKwargs(one, parser, false);
            if (!kw.isEmpty()) {
                Map.Entry<String, FilterExpression> e = kw.entrySet().iterator().next();
                if (kwargs.containsKey(e.getKey())) {
                    throw new TemplateSyntaxError("'" + name + "' received multiple values for keyword argument '" + e.getKey() + "'");
                }
                kwargs.put(e.getKey(), e.getValue());
            } else {
                if (!kwargs.isEmpty()) {
                    throw new TemplateSyntaxError("'" + name + "' received some positional argument(s) after some keyword argument(s)");
                }
                args.add(parser.compileFilter(bit));
            }
        }
        return new Bits(args, kwargs, target);
    }

    /** The parser of a simple tag. */
    public static TagParser simpleTag(String name, SimpleTagFunction function) {
        return (parser, token) -> {
            List<String> bits = token.splitContents();
            Bits parsed = parseBits(parser, bits.subList(1, bits.size()), name, true);
            return new SimpleNode(name, function, parsed);
        };
    }

    /** The parser of an inclusion tag. */
    public static TagParser inclusionTag(String name, List<String> templateNames, InclusionTagFunction function) {
        return (parser, token) -> {
            List<String> bits = token.splitContents();
            Bits parsed = parseBits(parser, bits.subList(1, bits.size()), name, false);
            return new InclusionNode(name, templateNames, function, parsed);
        };
    }

    static final class SimpleNode extends Node {
        private final String name;
        private final SimpleTagFunction function;
        private final Bits bits;

        SimpleNode(String name, SimpleTagFunction function, Bits bits) {
            this.name = name;
            this.function = function;
            this.bits = bits;
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            Object output;
            try {
                output = function.apply(bits.resolve(context));
            } catch (TemplateException | IOException e) {
                throw e;
            } catch (Exception e) {
                throw new TemplateRenderError("tag '" + name + "' raised " + e, e);
            }
            if (bits.targetVar() != null) {
                context.put(bits.targetVar(), output);
                return;
            }
            if (context.autoescape()) {
                out.append(Html.conditionalEscape(output).toString());
            } else {
                out.append(Py.str(output));
            }
        }
    }

    static final class InclusionNode extends Node {
        private final String name;
        private final List<String> templateNames;
        private final InclusionTagFunction function;
        private final Bits bits;

        InclusionNode(String name, List<String> templateNames, InclusionTagFunction function, Bits bits) {
            this.name = name;
            this.templateNames = templateNames;
            this.function = function;
            this.bits = bits;
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            Map<String, ?> values;
            try {
                values = function.apply(bits.resolve(context));
            } catch (TemplateException | IOException e) {
                throw e;
            } catch (Exception e) {
                throw new TemplateRenderError("tag '" + name + "' raised " + e, e);
            }
            Template t = (Template) context.renderContext().get(this);
            if (t == null) {
                t = context.engine().selectTemplate(templateNames);
                context.renderContext().put(this, t);
            }
            Map<String, Object> vars = values == null ? new HashMap<>() : new HashMap<>(values);
            Object csrf = context.get("csrf_token");
            if (csrf != null) {
                vars.put("csrf_token", csrf);
            }
            t.render(context.newContext(vars), out);
        }
    }

    static SafeString safe(String s) {
        return SafeString.of(s);
    }
}
