package dev.quintet.template.internal.tags;

import dev.quintet.template.Context;
import dev.quintet.template.RenderContext;
import dev.quintet.template.SafeString;
import dev.quintet.template.Template;
import dev.quintet.template.TemplateRenderError;
import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.template.UrlResolver;
import dev.quintet.template.VariableDoesNotExist;
import dev.quintet.template.internal.Attributes;
import dev.quintet.template.internal.ForLoop;
import dev.quintet.template.internal.Html;
import dev.quintet.template.internal.LoopScope;
import dev.quintet.template.internal.Lookups;
import dev.quintet.template.internal.Py;
import dev.quintet.template.internal.PyOps;
import dev.quintet.template.internal.TextNode;
import dev.quintet.template.internal.Values;
import dev.quintet.template.library.Filter;
import dev.quintet.template.library.FilterExpression;
import dev.quintet.template.library.Library;
import dev.quintet.template.library.Node;
import dev.quintet.template.library.NodeList;
import dev.quintet.template.library.Parser;
import dev.quintet.template.library.TagCall;
import dev.quintet.template.library.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;

/** Django's built-in tags ({@code defaulttags} and {@code loader_tags}), registered through {@link Library}. */
public final class DefaultTags {
    private DefaultTags() {
    }

    /** A new library holding every built-in tag. */
    public static Library library() {
        Library lib = new Library();
        lib.tag("autoescape", DefaultTags::autoescape);
        lib.tag("comment", DefaultTags::comment);
        lib.tag("csrf_token", (p, t) -> new CsrfTokenNode());
        lib.tag("cycle", DefaultTags::cycle);
        lib.tag("debug", (p, t) -> new DebugNode());
        lib.tag("filter", DefaultTags::filter);
        lib.tag("firstof", DefaultTags::firstof);
        lib.tag("for", DefaultTags::doFor);
        lib.tag("if", DefaultTags::doIf);
        lib.tag("ifchanged", DefaultTags::ifchanged);
        lib.tag("load", DefaultTags::load);
        lib.tag("lorem", DefaultTags::lorem);
        lib.tag("now", DefaultTags::now);
        lib.tag("partialdef", DefaultTags::partialdef);
        lib.tag("partial", DefaultTags::partial);
        lib.tag("querystring", CustomTags.simpleTag("querystring", DefaultTags::querystring));
        lib.tag("regroup", DefaultTags::regroup);
        lib.tag("resetcycle", DefaultTags::resetcycle);
        lib.tag("spaceless", DefaultTags::spaceless);
        lib.tag("templatetag", DefaultTags::templatetag);
        lib.tag("url", DefaultTags::url);
        lib.tag("verbatim", DefaultTags::verbatim);
        lib.tag("widthratio", DefaultTags::widthratio);
        lib.tag("with", DefaultTags::with);
        LoaderTags.register(lib);
        return lib;
    }

    private static TemplateSyntaxError syntax(String message) {
        return new TemplateSyntaxError(message);
    }

    // ---------------------------------------------------------------- autoescape

    static Node autoescape(Parser parser, Token token) {
        String[] args = TagUtil.words(token.contents());
        if (args.length != 2) {
            throw syntax("'autoescape' tag requires exactly one argument.");
        }
        if (!args[1].equals("on") && !args[1].equals("off")) {
            throw syntax("'autoescape' argument should be 'on' or 'off'");
        }
        NodeList nodelist = parser.parse("endautoescape");
        parser.deleteFirstToken();
        return new AutoEscapeNode(args[1].equals("on"), nodelist);
    }

    static final class AutoEscapeNode extends Node {
        private final boolean setting;
        private final NodeList nodelist;

        AutoEscapeNode(boolean setting, NodeList nodelist) {
            this.setting = setting;
            this.nodelist = nodelist;
        }

        @Override
        public List<NodeList> childNodeLists() {
            return List.of(nodelist);
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            boolean old = context.autoescape();
            context.autoescape(setting);
            try {
                nodelist.render(context, out);
            } finally {
                context.autoescape(old);
            }
        }
    }

    // ---------------------------------------------------------------- comment, csrf_token, debug

    static Node comment(Parser parser, Token token) {
        parser.skipPast("endcomment");
        return new EmptyNode();
    }

    static final class EmptyNode extends Node {
        @Override
        public void render(Context context, Appendable out) {
        }
    }

    static final class CsrfTokenNode extends Node {
        @Override
        public void render(Context context, Appendable out) throws IOException {
            Object token = context.get("csrf_token");
            if (Py.isTrue(token)) {
                if ("NOTPROVIDED".equals(Py.str(token))) {
                    return;
                }
                out.append("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"");
                out.append(Html.conditionalEscape(token).toString());
                out.append("\">");
            }
        }
    }

    static final class DebugNode extends Node {
        @Override
        public void render(Context context, Appendable out) throws IOException {
            if (context.engine() == null || !context.engine().debug()) {
                return;
            }
            for (Map<String, Object> scope : context.scopes()) {
                Values.escapeTo(pformat(scope), out);
            }
            out.append("\n\n");
        }

        private static String pformat(Map<String, Object> scope) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (String k : new TreeSet<>(scope.keySet())) {
                if (!first) {
                    sb.append(",\n ");
                }
                first = false;
                sb.append(PyOps.repr(k)).append(": ").append(PyOps.repr(scope.get(k)));
            }
            return sb.append('}').toString();
        }
    }

    // ---------------------------------------------------------------- cycle, resetcycle

    private static final String NAMED_CYCLES = "_named_cycle_nodes";
    private static final String LAST_CYCLE = "_last_cycle_node";

    @SuppressWarnings("unchecked")
    static Node cycle(Parser parser, Token token) {
        List<String> args = new ArrayList<>(token.splitContents());
        if (args.size() < 2) {
            throw syntax("'cycle' tag requires at least two arguments");
        }
        Map<String, CycleNode> named = (Map<String, CycleNode>) parser.extraData().get(NAMED_CYCLES);
        if (args.size() == 2) {
            String name = args.get(1);
            if (named == null) {
                throw syntax("No named cycles in template. '" + name + "' is not defined");
            }
            CycleNode node = named.get(name);
            if (node == null) {
                throw syntax("Named cycle '" + name + "' does not exist");
            }
            return node;
        }
        boolean asForm = false;
        boolean silent = false;
        int n = args.size();
        if (n > 4) {
            if (args.get(n - 3).equals("as")) {
                if (!args.get(n - 1).equals("silent")) {
                    throw syntax("Only 'silent' flag is allowed after cycle's name, not '" + args.get(n - 1) + "'.");
                }
                asForm = true;
                silent = true;
                args.remove(n - 1);
            } else if (args.get(n - 2).equals("as")) {
                asForm = true;
            }
        }
        CycleNode node;
        if (asForm) {
            String name = args.get(args.size() - 1);
            List<FilterExpression> values = new ArrayList<>();
            for (String a : args.subList(1, args.size() - 2)) {
                values.add(parser.compileFilter(a));
            }
            node = new CycleNode(values, name, silent);
            if (named == null) {
                named = new HashMap<>();
                parser.extraData().put(NAMED_CYCLES, named);
            }
            named.put(name, node);
        } else {
            List<FilterExpression> values = new ArrayList<>();
            for (String a : args.subList(1, args.size())) {
                values.add(parser.compileFilter(a));
            }
            node = new CycleNode(values, null, false);
        }
        parser.extraData().put(LAST_CYCLE, node);
        return node;
    }

    static final class CycleNode extends Node {
        private final FilterExpression[] values;
        private final String variableName;
        private final boolean silent;

        CycleNode(List<FilterExpression> values, String variableName, boolean silent) {
            this.values = values.toArray(new FilterExpression[0]);
            this.variableName = variableName;
            this.silent = silent;
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            RenderContext rc = context.renderContext();
            Object idx = rc.get(this);
            int i = idx == null ? 0 : (Integer) idx;
            rc.put(this, (i + 1) % values.length);
            Object value = values[i].resolve(context);
            if (variableName != null) {
                context.setUpward(variableName, value);
            }
            if (silent) {
                return;
            }
            Values.render(value, context, out);
        }

        void reset(Context context) {
            context.renderContext().put(this, 0);
        }
    }

    @SuppressWarnings("unchecked")
    static Node resetcycle(Parser parser, Token token) {
        List<String> args = token.splitContents();
        if (args.size() > 2) {
            throw syntax(TagUtil.repr(args.get(0)) + " tag accepts at most one argument.");
        }
        CycleNode target;
        if (args.size() == 2) {
            Map<String, CycleNode> named = (Map<String, CycleNode>) parser.extraData().get(NAMED_CYCLES);
            target = named == null ? null : named.get(args.get(1));
            if (target == null) {
                throw syntax("Named cycle '" + args.get(1) + "' does not exist.");
            }
        } else {
            target = (CycleNode) parser.extraData().get(LAST_CYCLE);
            if (target == null) {
                throw syntax("No cycles in template.");
            }
        }
        CycleNode node = target;
        return new Node() {
            @Override
            public void render(Context context, Appendable out) {
                node.reset(context);
            }
        };
    }

    // ---------------------------------------------------------------- filter, firstof

    static Node filter(Parser parser, Token token) {
        String contents = token.contents().strip();
        int ws = indexOfWhitespace(contents);
        if (ws < 0) {
            throw syntax("not enough values to unpack (expected 2, got 1)");
        }
        String rest = contents.substring(ws).strip();
        FilterExpression fe = parser.compileFilter("var|" + rest);
        for (Filter f : fe.filters()) {
            if (f.name().equals("escape") || f.name().equals("safe")) {
                throw syntax("\"filter " + f.name() + "\" is not permitted. Use the \"autoescape\" tag instead.");
            }
        }
        NodeList nodelist = parser.parse("endfilter");
        parser.deleteFirstToken();
        return new FilterNode(fe, nodelist);
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static final class FilterNode extends Node {
        private final FilterExpression expression;
        private final NodeList nodelist;

        FilterNode(FilterExpression expression, NodeList nodelist) {
            this.expression = expression;
            this.nodelist = nodelist;
        }

        @Override
        public List<NodeList> childNodeLists() {
            return List.of(nodelist);
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            SafeString body = nodelist.renderToString(context);
            Map<String, Object> scope = new HashMap<>(2);
            scope.put("var", body);
            int depth = context.push(scope);
            Object result;
            try {
                result = expression.resolve(context);
            } finally {
                context.popTo(depth);
            }
            out.append(result instanceof CharSequence cs ? cs.toString() : Py.str(result));
        }
    }

    static Node firstof(Parser parser, Token token) {
        List<String> bits = new ArrayList<>(token.splitContents());
        bits.remove(0);
        if (bits.isEmpty()) {
            throw syntax("'firstof' statement requires at least one argument");
        }
        String asvar = null;
        if (bits.size() >= 2 && bits.get(bits.size() - 2).equals("as")) {
            asvar = bits.get(bits.size() - 1);
            bits = bits.subList(0, bits.size() - 2);
        }
        List<FilterExpression> vars = new ArrayList<>();
        for (String b : bits) {
            vars.add(parser.compileFilter(b));
        }
        return new FirstOfNode(vars.toArray(new FilterExpression[0]), asvar);
    }

    static final class FirstOfNode extends Node {
        private final FilterExpression[] vars;
        private final String asvar;

        FirstOfNode(FilterExpression[] vars, String asvar) {
            this.vars = vars;
            this.asvar = asvar;
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            CharSequence first = "";
            for (FilterExpression v : vars) {
                Object value = v.resolve(context, true);
                if (Py.isTrue(value)) {
                    first = Values.renderToText(value, context);
                    break;
                }
            }
            if (asvar != null) {
                context.put(asvar, first);
                return;
            }
            out.append(first.toString());
        }
    }

    // ---------------------------------------------------------------- for

    static Node doFor(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        if (bits.size() < 4) {
            throw syntax("'for' statements should have at least four words: " + token.contents());
        }
        boolean reversed = bits.get(bits.size() - 1).equals("reversed");
        int inIndex = bits.size() + (reversed ? -3 : -2);
        if (!bits.get(inIndex).equals("in")) {
            throw syntax("'for' statements should use the format 'for x in y': " + token.contents());
        }
        String joined = String.join(" ", bits.subList(1, inIndex));
        String[] loopvars = joined.split(" *, *", -1);
        for (int i = 0; i < loopvars.length; i++) {
            loopvars[i] = loopvars[i].intern(); // matched by identity in scope lookups
        }
        for (String v : loopvars) {
            if (v.isEmpty() || v.contains(" ") || v.contains("\"") || v.contains("'") || v.contains("|")) {
                throw syntax("'for' tag received an invalid argument: " + token.contents());
            }
        }
        FilterExpression sequence = parser.compileFilter(bits.get(inIndex + 1));
        NodeList loop = parser.parse("empty", "endfor");
        Token next = parser.nextToken();
        NodeList empty;
        if (next.contents().equals("empty")) {
            empty = parser.parse("endfor");
            parser.deleteFirstToken();
        } else {
            empty = new NodeList();
        }
        return new ForNode(loopvars, sequence, reversed, loop, empty);
    }

    static final class ForNode extends Node {
        private final String[] loopvars;
        private final FilterExpression sequence;
        private final boolean reversed;
        private final NodeList loop;
        private final NodeList empty;

        ForNode(String[] loopvars, FilterExpression sequence, boolean reversed, NodeList loop, NodeList empty) {
            this.loopvars = loopvars;
            this.sequence = sequence;
            this.reversed = reversed;
            this.loop = loop;
            this.empty = empty;
        }

        @Override
        public List<NodeList> childNodeLists() {
            return List.of(loop, empty);
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            Object parent = context.lookupRoot("forloop");
            Object parentloop = parent == Lookups.MISSING ? Collections.emptyMap() : parent;
            int depth = context.push(new LoopScope(loopvars.length + 1));
            try {
                Object values = sequence.resolve(context, true);
                List<?> items;
                if (values == null) {
                    items = List.of();
                } else {
                    items = PyOps.toList(values);
                    if (items == null) {
                        throw new TemplateRenderError("'" + pyTypeName(values) + "' object is not iterable");
                    }
                }
                int n = items.size();
                if (n == 0) {
                    empty.render(context, out);
                    return;
                }
                ForLoop forloop = new ForLoop(n, parentloop);
                context.put("forloop", forloop);
                boolean unpack = loopvars.length > 1;
                String var0 = loopvars[0];
                for (int i = 0; i < n; i++) {
                    forloop.index(i);
                    Object item = items.get(reversed ? n - 1 - i : i);
                    if (unpack) {
                        List<?> parts = item instanceof CharSequence ? PyOps.toList(item) : PyOps.toList(item);
                        int len = parts == null ? 1 : parts.size();
                        if (len != loopvars.length) {
                            throw new TemplateRenderError("Need " + loopvars.length + " values to unpack in for loop; got "
                                    + len + ". ");
                        }
                        Map<String, Object> scope = new LoopScope(loopvars.length);
                        for (int k = 0; k < loopvars.length; k++) {
                            scope.put(loopvars[k], parts.get(k));
                        }
                        int d = context.push(scope);
                        try {
                            loop.render(context, out);
                        } finally {
                            context.popTo(d);
                        }
                    } else {
                        context.put(var0, item);
                        loop.render(context, out);
                    }
                }
            } finally {
                context.popTo(depth);
            }
        }
    }

    static String pyTypeName(Object value) {
        return switch (value) {
            case Integer i -> "int";
            case Long l -> "int";
            case Double d -> "float";
            case Boolean b -> "bool";
            default -> value.getClass().getSimpleName();
        };
    }

    // ---------------------------------------------------------------- if

    static Node doIf(Parser parser, Token token) {
        List<IfParser.Condition> conditions = new ArrayList<>();
        List<NodeList> nodelists = new ArrayList<>();
        List<String> bits = token.splitContents();
        conditions.add(new IfParser(parser, bits.subList(1, bits.size())).parse());
        nodelists.add(parser.parse("elif", "else", "endif"));
        Token next = parser.nextToken();
        while (next.contents().startsWith("elif")) {
            bits = next.splitContents();
            conditions.add(new IfParser(parser, bits.subList(1, bits.size())).parse());
            nodelists.add(parser.parse("elif", "else", "endif"));
            next = parser.nextToken();
        }
        if (next.contents().equals("else")) {
            conditions.add(null);
            nodelists.add(parser.parse("endif"));
            next = parser.nextToken();
        }
        if (!next.contents().equals("endif")) {
            throw syntax("Malformed template tag at line " + next.line() + ": \"" + next.contents() + "\"");
        }
        return new IfNode(conditions.toArray(new IfParser.Condition[0]), nodelists.toArray(new NodeList[0]));
    }

    static final class IfNode extends Node {
        private final IfParser.Condition[] conditions;
        private final NodeList[] nodelists;

        IfNode(IfParser.Condition[] conditions, NodeList[] nodelists) {
            this.conditions = conditions;
            this.nodelists = nodelists;
        }

        @Override
        public List<NodeList> childNodeLists() {
            return Arrays.asList(nodelists);
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            for (int i = 0; i < conditions.length; i++) {
                IfParser.Condition c = conditions[i];
                boolean match;
                if (c == null) {
                    match = true;
                } else {
                    Object value;
                    try {
                        value = c.eval(context);
                    } catch (VariableDoesNotExist e) {
                        value = null;
                    }
                    match = Py.isTrue(value);
                }
                if (match) {
                    nodelists[i].render(context, out);
                    return;
                }
            }
        }
    }

    // ---------------------------------------------------------------- ifchanged

    static Node ifchanged(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        NodeList whenTrue = parser.parse("else", "endifchanged");
        Token next = parser.nextToken();
        NodeList whenFalse;
        if (next.contents().equals("else")) {
            whenFalse = parser.parse("endifchanged");
            parser.deleteFirstToken();
        } else {
            whenFalse = new NodeList();
        }
        List<FilterExpression> values = new ArrayList<>();
        for (String b : bits.subList(1, bits.size())) {
            values.add(parser.compileFilter(b));
        }
        return new IfChangedNode(whenTrue, whenFalse, values.toArray(new FilterExpression[0]));
    }

    static final class IfChangedNode extends Node {
        private final NodeList whenTrue;
        private final NodeList whenFalse;
        private final FilterExpression[] vars;

        IfChangedNode(NodeList whenTrue, NodeList whenFalse, FilterExpression[] vars) {
            this.whenTrue = whenTrue;
            this.whenFalse = whenFalse;
            this.vars = vars;
        }

        @Override
        public List<NodeList> childNodeLists() {
            return List.of(whenTrue, whenFalse);
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            Object loop = context.lookupRoot("forloop");
            Map<Object, Object> frame = null;
            RenderContext rc = null;
            if (loop instanceof ForLoop fl) {
                frame = fl.state();
            } else {
                rc = context.renderContext();
            }
            Object last = frame != null ? frame.get(this) : rc.get(this);
            Object compareTo;
            String trueOutput = null;
            if (vars.length > 0) {
                List<Object> resolved = new ArrayList<>(vars.length);
                for (FilterExpression v : vars) {
                    resolved.add(v.resolve(context, true));
                }
                compareTo = resolved;
            } else {
                trueOutput = whenTrue.renderToString(context).toString();
                compareTo = trueOutput;
            }
            if (!PyOps.eq(compareTo, last)) {
                if (frame != null) {
                    frame.put(this, compareTo);
                } else {
                    rc.put(this, compareTo);
                }
                if (trueOutput != null && !trueOutput.isEmpty()) {
                    out.append(trueOutput);
                } else {
                    whenTrue.render(context, out);
                }
            } else if (!whenFalse.isEmpty()) {
                whenFalse.render(context, out);
            }
        }
    }

    // ---------------------------------------------------------------- load

    static Node load(Parser parser, Token token) {
        String[] bits = TagUtil.words(token.contents());
        if (bits.length >= 4 && bits[bits.length - 2].equals("from")) {
            String name = bits[bits.length - 1];
            Library lib = findLibrary(parser, name);
            Library subset = new Library();
            for (int i = 1; i < bits.length - 2; i++) {
                String item = bits[i];
                boolean found = false;
                if (lib.tags().containsKey(item)) {
                    subset.tag(item, lib.tags().get(item));
                    found = true;
                }
                if (lib.filters().containsKey(item)) {
                    subset.filter(lib.filters().get(item));
                    found = true;
                }
                if (!found) {
                    throw syntax("'" + item + "' is not a valid tag or filter in tag library '" + name + "'");
                }
            }
            parser.addLibrary(subset);
        } else {
            for (int i = 1; i < bits.length; i++) {
                parser.addLibrary(findLibrary(parser, bits[i]));
            }
        }
        return new EmptyNode();
    }

    private static Library findLibrary(Parser parser, String name) {
        Library lib = parser.engine().libraries().get(name);
        if (lib == null) {
            throw syntax("'" + name + "' is not a registered tag library. Must be one of:\n"
                    + String.join("\n", new TreeSet<>(parser.engine().libraries().keySet())));
        }
        return lib;
    }

    // ---------------------------------------------------------------- lorem, now

    static Node lorem(Parser parser, Token token) {
        List<String> bits = new ArrayList<>(token.splitContents());
        String tagname = bits.get(0);
        boolean common = !bits.get(bits.size() - 1).equals("random");
        if (!common) {
            bits.remove(bits.size() - 1);
        }
        String method = "b";
        String lastBit = bits.get(bits.size() - 1);
        if (lastBit.equals("w") || lastBit.equals("p") || lastBit.equals("b")) {
            method = bits.remove(bits.size() - 1);
        }
        String count = "1";
        if (bits.size() > 1) {
            count = bits.remove(bits.size() - 1);
        }
        FilterExpression countExpr = parser.compileFilter(count);
        if (bits.size() != 1) {
            throw syntax("Incorrect format for " + TagUtil.repr(tagname) + " tag");
        }
        String m = method;
        return new Node() {
            @Override
            public void render(Context context, Appendable out) throws IOException {
                int n;
                try {
                    n = PyOps.toInt(countExpr.resolve(context)).intValue();
                } catch (RuntimeException e) {
                    n = 1;
                }
                if (m.equals("w")) {
                    out.append(Lorem.words(n, common));
                    return;
                }
                List<String> paras = Lorem.paragraphs(Math.max(0, n), common);
                if (m.equals("p")) {
                    paras = paras.stream().map(p -> "<p>" + p + "</p>").toList();
                }
                out.append(String.join("\n\n", paras));
            }
        };
    }

    static Node now(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        String asvar = null;
        if (bits.size() == 4 && bits.get(2).equals("as")) {
            asvar = bits.get(3);
            bits = bits.subList(0, 2);
        }
        if (bits.size() != 2) {
            throw syntax("'now' statement takes one argument");
        }
        String raw = bits.get(1);
        String format = raw.length() >= 2 ? raw.substring(1, raw.length() - 1) : "";
        String target = asvar;
        return new Node() {
            @Override
            public void render(Context context, Appendable out) throws IOException {
                Filter date = context.engine() == null ? null : context.engine().builtinFilter("date");
                if (date == null) {
                    throw new TemplateRenderError("{% now %} needs the built-in 'date' filter");
                }
                Object formatted;
                try {
                    formatted = date.function().apply(ZonedDateTime.now(context.zone()), SafeString.of(format), context);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new TemplateRenderError("{% now %}: " + e, e);
                }
                if (target != null) {
                    context.put(target, formatted);
                    return;
                }
                out.append(Py.str(formatted));
            }
        };
    }

    // ---------------------------------------------------------------- partials

    private static final String PARTIALS = "partials";

    @SuppressWarnings("unchecked")
    static Node partialdef(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        String name;
        boolean inline;
        if (bits.size() == 3 && bits.get(2).equals("inline")) {
            name = bits.get(1);
            inline = true;
        } else if (bits.size() == 3) {
            throw syntax("The 'inline' argument does not have any parameters; either use 'inline' or remove it completely.");
        } else if (bits.size() == 2) {
            name = bits.get(1);
            inline = false;
        } else if (bits.size() == 1) {
            throw syntax("'partialdef' tag requires a name");
        } else {
            throw syntax("'partialdef' tag takes at most 2 arguments");
        }
        NodeList nodelist = parser.parse("endpartialdef");
        Token end = parser.nextToken();
        if (!end.contents().equals("endpartialdef") && !end.contents().equals("endpartialdef " + name)) {
            throw parser.invalidBlockTag(end, "endpartialdef", "endpartialdef", "endpartialdef " + name);
        }
        Map<String, NodeList> partials = (Map<String, NodeList>) parser.extraData()
                .computeIfAbsent(PARTIALS, k -> new LinkedHashMap<String, NodeList>());
        if (partials.containsKey(name)) {
            throw syntax("Partial '" + name + "' is already defined in the '" + parser.origin().name() + "' template.");
        }
        partials.put(name, nodelist);
        return new PartialDefNode(nodelist, inline);
    }

    static final class PartialDefNode extends Node {
        private final NodeList nodelist;
        private final boolean inline;

        PartialDefNode(NodeList nodelist, boolean inline) {
            this.nodelist = nodelist;
            this.inline = inline;
        }

        @Override
        public List<NodeList> childNodeLists() {
            return List.of(nodelist);
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            if (inline) {
                nodelist.render(context, out);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Node partial(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        if (bits.size() != 2) {
            throw syntax("'partial' tag requires a single argument");
        }
        String name = bits.get(1);
        Map<String, Object> extra = parser.extraData();
        return new Node() {
            @Override
            public void render(Context context, Appendable out) throws IOException {
                Map<String, NodeList> partials = (Map<String, NodeList>) extra.get(PARTIALS);
                NodeList nodes = partials == null ? null : partials.get(name);
                if (nodes == null) {
                    throw syntax("Partial '" + name + "' is not defined in the current template.");
                }
                RenderContext rc = context.renderContext();
                Template current = rc.template();
                Object state = rc.pushState(current, true);
                try {
                    nodes.render(context, out);
                } finally {
                    rc.popState(state);
                }
            }
        };
    }

    // ---------------------------------------------------------------- querystring

    static Object querystring(TagCall call) {
        List<Object> mappings = new ArrayList<>(call.args());
        if (mappings.isEmpty()) {
            Object request = call.context().request();
            Object get = request == null ? Map.of() : call.context().lookup(request, "GET");
            mappings.add(get == null ? Map.of() : get);
        }
        mappings.add(call.kwargs());
        LinkedHashMap<String, List<Object>> params = new LinkedHashMap<>();
        for (Object d : mappings) {
            if (!(d instanceof Map<?, ?> map)) {
                throw syntax("querystring requires mappings for positional arguments (got " + PyOps.repr(d) + " instead).");
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof CharSequence key)) {
                    throw syntax("querystring requires strings for mapping keys (got " + PyOps.repr(e.getKey()) + " instead).");
                }
                Object value = e.getValue();
                String k = key.toString();
                if (value == null) {
                    params.remove(k);
                } else if (!(value instanceof CharSequence) && PyOps.iterable(value) != null) {
                    List<Object> list = new ArrayList<>();
                    PyOps.iterable(value).forEach(list::add);
                    params.put(k, list);
                } else {
                    params.put(k, List.of(value));
                }
            }
        }
        StringBuilder sb = new StringBuilder("?");
        boolean first = true;
        for (Map.Entry<String, List<Object>> e : params.entrySet()) {
            for (Object v : e.getValue()) {
                if (!first) {
                    sb.append('&');
                }
                first = false;
                quotePlus(e.getKey(), sb);
                sb.append('=');
                quotePlus(Py.str(v), sb);
            }
        }
        return sb.toString();
    }

    /** Python's {@code quote_plus}: only letters, digits and {@code _.-~} stay as they are. */
    static void quotePlus(String s, StringBuilder sb) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-' || c == '~') {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
    }

    // ---------------------------------------------------------------- regroup

    static Node regroup(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        if (bits.size() != 6) {
            throw syntax("'regroup' tag takes five arguments");
        }
        FilterExpression target = parser.compileFilter(bits.get(1));
        if (!bits.get(2).equals("by")) {
            throw syntax("second argument to 'regroup' tag must be 'by'");
        }
        if (!bits.get(4).equals("as")) {
            throw syntax("next-to-last argument to 'regroup' tag must be 'as'");
        }
        String varName = bits.get(5);
        FilterExpression expression = parser.compileFilter(varName + "." + bits.get(3));
        return new Node() {
            @Override
            public void render(Context context, Appendable out) {
                Object objList = target.resolve(context, true);
                if (objList == null) {
                    context.put(varName, new ArrayList<>());
                    return;
                }
                List<?> items = PyOps.toList(objList);
                if (items == null) {
                    throw new TemplateRenderError("'" + pyTypeName(objList) + "' object is not iterable");
                }
                List<Object> groups = new ArrayList<>();
                Object currentKey = null;
                List<Object> currentList = null;
                for (Object item : items) {
                    context.put(varName, item);
                    Object key = expression.resolve(context, true);
                    if (currentList == null || !PyOps.eq(key, currentKey)) {
                        currentList = new ArrayList<>();
                        currentKey = key;
                        groups.add(new GroupedResult(key, currentList));
                    }
                    currentList.add(item);
                }
                context.put(varName, groups);
            }
        };
    }

    /** Django's {@code GroupedResult(grouper, list)} namedtuple. */
    static final class GroupedResult extends AbstractList<Object> implements Attributes {
        private final Object grouper;
        private final List<Object> list;

        GroupedResult(Object grouper, List<Object> list) {
            this.grouper = grouper;
            this.list = list;
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "grouper", "0" -> grouper;
                case "list", "1" -> list;
                default -> Lookups.MISSING;
            };
        }

        @Override
        public Object get(int index) {
            return switch (index) {
                case 0 -> grouper;
                case 1 -> list;
                default -> throw new IndexOutOfBoundsException(index);
            };
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        public String toString() {
            return "GroupedResult(grouper=" + PyOps.repr(grouper) + ", list=" + PyOps.repr(list) + ")";
        }
    }

    // ---------------------------------------------------------------- spaceless, templatetag, verbatim

    static Node spaceless(Parser parser, Token token) {
        NodeList nodelist = parser.parse("endspaceless");
        parser.deleteFirstToken();
        return new Node() {
            @Override
            public List<NodeList> childNodeLists() {
                return List.of(nodelist);
            }

            @Override
            public void render(Context context, Appendable out) throws IOException {
                out.append(stripSpacesBetweenTags(pyStrip(nodelist.renderToString(context).toString())));
            }
        };
    }

    static boolean isPySpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u001f' || c == '\u0085';
    }

    static String pyStrip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isPySpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isPySpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Django's {@code strip_spaces_between_tags}: {@code >\s+<} becomes {@code ><}. */
    static String stripSpacesBetweenTags(String s) {
        StringBuilder sb = null;
        int n = s.length();
        int last = 0;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) != '>') {
                continue;
            }
            int j = i + 1;
            while (j < n && isPySpace(s.charAt(j))) {
                j++;
            }
            if (j > i + 1 && j < n && s.charAt(j) == '<') {
                if (sb == null) {
                    sb = new StringBuilder(n);
                }
                sb.append(s, last, i + 1);
                last = j;
                i = j - 1;
            }
        }
        if (sb == null) {
            return s;
        }
        return sb.append(s, last, n).toString();
    }

    private static final Map<String, String> TEMPLATETAG = new LinkedHashMap<>();

    static {
        TEMPLATETAG.put("openblock", "{%");
        TEMPLATETAG.put("closeblock", "%}");
        TEMPLATETAG.put("openvariable", "{{");
        TEMPLATETAG.put("closevariable", "}}");
        TEMPLATETAG.put("openbrace", "{");
        TEMPLATETAG.put("closebrace", "}");
        TEMPLATETAG.put("opencomment", "{#");
        TEMPLATETAG.put("closecomment", "#}");
    }

    static Node templatetag(Parser parser, Token token) {
        String[] bits = TagUtil.words(token.contents());
        if (bits.length != 2) {
            throw syntax("'templatetag' statement takes one argument");
        }
        String text = TEMPLATETAG.get(bits[1]);
        if (text == null) {
            List<String> names = new ArrayList<>();
            for (String k : TEMPLATETAG.keySet()) {
                names.add("'" + k + "'");
            }
            throw syntax("Invalid templatetag argument: '" + bits[1] + "'. Must be one of: [" + String.join(", ", names) + "]");
        }
        return new TextNode(text);
    }

    static Node verbatim(Parser parser, Token token) {
        NodeList nodelist = parser.parse("endverbatim");
        parser.deleteFirstToken();
        StringBuilder sb = new StringBuilder();
        for (Node n : nodelist) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            }
        }
        return new TextNode(sb.toString());
    }

    // ---------------------------------------------------------------- url

    static Node url(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        if (bits.size() < 2) {
            throw syntax("'" + bits.get(0) + "' takes at least one argument, a URL pattern name.");
        }
        FilterExpression viewName = parser.compileFilter(bits.get(1));
        List<String> rest = bits.subList(2, bits.size());
        String asvar = null;
        if (rest.size() >= 2 && rest.get(rest.size() - 2).equals("as")) {
            asvar = rest.get(rest.size() - 1);
            rest = rest.subList(0, rest.size() - 2);
        }
        List<FilterExpression> args = new ArrayList<>();
        Map<String, FilterExpression> kwargs = new LinkedHashMap<>();
        for (String bit : rest) {
            Matcher m = TagUtil.KWARG.matcher(bit);
            if (!m.lookingAt()) {
                throw syntax("Malformed arguments to url tag");
            }
            if (m.group(1) != null) {
                kwargs.put(m.group(1), parser.compileFilter(m.group(2)));
            } else {
                args.add(parser.compileFilter(m.group(2)));
            }
        }
        return new UrlNode(viewName, args, kwargs, asvar);
    }

    static final class UrlNode extends Node {
        private final FilterExpression viewName;
        private final List<FilterExpression> args;
        private final Map<String, FilterExpression> kwargs;
        private final String asvar;

        UrlNode(FilterExpression viewName, List<FilterExpression> args, Map<String, FilterExpression> kwargs, String asvar) {
            this.viewName = viewName;
            this.args = args;
            this.kwargs = kwargs;
            this.asvar = asvar;
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            UrlResolver resolver = context.engine() == null ? null : context.engine().urlResolver();
            if (resolver == null) {
                throw new TemplateRenderError("{% url %} needs a URL resolver: configure one with Engine.builder().urlResolver(...)");
            }
            List<Object> a = new ArrayList<>();
            for (FilterExpression fe : args) {
                a.add(fe.resolve(context));
            }
            Map<String, Object> k = new LinkedHashMap<>();
            for (Map.Entry<String, FilterExpression> e : kwargs.entrySet()) {
                k.put(e.getKey(), e.getValue().resolve(context));
            }
            String view = Py.str(viewName.resolve(context));
            String currentApp = null;
            Object request = context.request();
            if (request != null) {
                Object app = Lookups.path(request, "current_app");
                if (app == Lookups.MISSING) {
                    app = Lookups.path(request, "resolver_match.namespace");
                }
                if (app != Lookups.MISSING && app != null) {
                    currentApp = Py.str(app);
                }
            }
            String url = "";
            try {
                url = resolver.reverse(view, Collections.unmodifiableList(a), Collections.unmodifiableMap(k), currentApp);
            } catch (UrlResolver.NoReverseMatch e) {
                if (asvar == null) {
                    throw e;
                }
            }
            if (asvar != null) {
                context.put(asvar, url);
                return;
            }
            if (context.autoescape()) {
                Values.escapeTo(url, out);
            } else {
                out.append(url);
            }
        }
    }

    // ---------------------------------------------------------------- widthratio, with

    static Node widthratio(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        String asvar = null;
        if (bits.size() == 6) {
            if (!bits.get(4).equals("as")) {
                throw syntax("Invalid syntax in widthratio tag. Expecting 'as' keyword");
            }
            asvar = bits.get(5);
        } else if (bits.size() != 4) {
            throw syntax("widthratio takes at least three arguments");
        }
        FilterExpression value = parser.compileFilter(bits.get(1));
        FilterExpression max = parser.compileFilter(bits.get(2));
        FilterExpression width = parser.compileFilter(bits.get(3));
        String target = asvar;
        return new Node() {
            @Override
            public void render(Context context, Appendable out) throws IOException {
                Object v;
                Object mv;
                long w;
                try {
                    v = value.resolve(context);
                    mv = max.resolve(context);
                    Object wv = width.resolve(context);
                    try {
                        w = PyOps.toInt(wv).longValue();
                    } catch (NumberFormatException | ClassCastException e) {
                        throw syntax("widthratio final argument must be a number");
                    }
                } catch (VariableDoesNotExist e) {
                    return;
                }
                String result;
                try {
                    double x = PyOps.toFloat(v);
                    double m = PyOps.toFloat(mv);
                    if (m == 0) {
                        result = "0";
                    } else {
                        double ratio = (x / m) * w;
                        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
                            result = "";
                        } else {
                            result = new java.math.BigDecimal(Math.rint(ratio)).toBigInteger().toString();
                        }
                    }
                } catch (NumberFormatException | ClassCastException e) {
                    result = "";
                }
                if (target != null) {
                    context.put(target, result);
                    return;
                }
                out.append(result);
            }
        };
    }

    static Node with(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        List<String> remaining = new ArrayList<>(bits.subList(1, bits.size()));
        Map<String, FilterExpression> extra = TagUtil.tokenKwargs(remaining, parser, true);
        if (extra.isEmpty()) {
            throw syntax(TagUtil.repr(bits.get(0)) + " expected at least one variable assignment");
        }
        if (!remaining.isEmpty()) {
            throw syntax(TagUtil.repr(bits.get(0)) + " received an invalid token: " + TagUtil.repr(remaining.get(0)));
        }
        NodeList nodelist = parser.parse("endwith");
        parser.deleteFirstToken();
        return new WithNode(extra, nodelist);
    }

    static final class WithNode extends Node {
        private final String[] names;
        private final FilterExpression[] values;
        private final NodeList nodelist;

        WithNode(Map<String, FilterExpression> extra, NodeList nodelist) {
            this.names = extra.keySet().toArray(new String[0]);
            this.values = extra.values().toArray(new FilterExpression[0]);
            this.nodelist = nodelist;
        }

        @Override
        public List<NodeList> childNodeLists() {
            return List.of(nodelist);
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            Map<String, Object> scope = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                scope.put(names[i], values[i].resolve(context));
            }
            int depth = context.push(scope);
            try {
                nodelist.render(context, out);
            } finally {
                context.popTo(depth);
            }
        }
    }
}
