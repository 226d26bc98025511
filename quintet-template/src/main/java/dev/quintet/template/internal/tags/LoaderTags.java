package dev.quintet.template.internal.tags;

import dev.quintet.template.Context;
import dev.quintet.template.Engine;
import dev.quintet.template.Origin;
import dev.quintet.template.RenderContext;
import dev.quintet.template.SafeString;
import dev.quintet.template.Template;
import dev.quintet.template.TemplateDoesNotExist;
import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.template.internal.Attributes;
import dev.quintet.template.internal.Lookups;
import dev.quintet.template.internal.Py;
import dev.quintet.template.internal.PyOps;
import dev.quintet.template.internal.TemplateParser;
import dev.quintet.template.internal.TextNode;
import dev.quintet.template.library.FilterExpression;
import dev.quintet.template.library.Library;
import dev.quintet.template.library.Node;
import dev.quintet.template.library.NodeList;
import dev.quintet.template.library.Parser;
import dev.quintet.template.library.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code block}, {@code extends} and {@code include}: Django's {@code loader_tags}. */
public final class LoaderTags {
    private LoaderTags() {
    }

    static final String BLOCK_CONTEXT_KEY = "block_context";
    static final String EXTENDS_HISTORY_KEY = "extends_context";
    private static final String LOADED_BLOCKS = "__loaded_blocks";

    static void register(Library lib) {
        lib.tag("block", LoaderTags::doBlock);
        lib.tag("extends", LoaderTags::doExtends);
        lib.tag("include", LoaderTags::doInclude);
    }

    /** The blocks that can override each other, by name: Django's {@code BlockContext}. */
    static final class BlockContext {
        private final Map<String, List<BlockNode>> blocks = new HashMap<>();

        void addBlocks(Map<String, BlockNode> add) {
            for (Map.Entry<String, BlockNode> e : add.entrySet()) {
                blocks.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(0, e.getValue());
            }
        }

        BlockNode pop(String name) {
            List<BlockNode> l = blocks.get(name);
            return l == null || l.isEmpty() ? null : l.remove(l.size() - 1);
        }

        void push(String name, BlockNode block) {
            blocks.computeIfAbsent(name, k -> new ArrayList<>()).add(block);
        }

        BlockNode getBlock(String name) {
            List<BlockNode> l = blocks.get(name);
            return l == null || l.isEmpty() ? null : l.get(l.size() - 1);
        }
    }

    /** {@code {% block name %}...{% endblock %}}. */
    public static final class BlockNode extends Node {
        private final String name;
        private final NodeList nodelist;

        BlockNode(String name, NodeList nodelist) {
            this.name = name;
            this.nodelist = nodelist;
        }

        public String name() {
            return name;
        }

        @Override
        public List<NodeList> childNodeLists() {
            return List.of(nodelist);
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            renderBlock(name, nodelist, context, out);
        }
    }

    static void renderBlock(String name, NodeList ownNodes, Context context, Appendable out) throws IOException {
        BlockContext bc = (BlockContext) context.renderContext().get(BLOCK_CONTEXT_KEY);
        int depth = context.push();
        try {
            if (bc == null) {
                context.put("block", new BlockRef(name, ownNodes, null));
                ownNodes.render(context, out);
            } else {
                BlockNode push = bc.pop(name);
                NodeList nodes = push == null ? ownNodes : push.nodelist;
                context.put("block", new BlockRef(name, nodes, context));
                nodes.render(context, out);
                if (push != null) {
                    bc.push(name, push);
                }
            }
        } finally {
            context.popTo(depth);
        }
    }

    /** What {@code {{ block }}} is inside a block: {@code block.super} renders the parent's. */
    static final class BlockRef implements Attributes {
        private final String name;
        private final NodeList nodelist;
        private final Context context;

        BlockRef(String name, NodeList nodelist, Context context) {
            this.name = name;
            this.nodelist = nodelist;
            this.context = context;
        }

        @Override
        public Object attribute(String attr) {
            return switch (attr) {
                case "super" -> superBlock();
                case "name" -> name;
                default -> Lookups.MISSING;
            };
        }

        Object superBlock() {
            if (context == null) {
                throw new TemplateSyntaxError("'BlockNode' object has no attribute 'context'. Did you use "
                        + "{{ block.super }} in a base template?");
            }
            RenderContext rc = context.renderContext();
            if (rc.get(BLOCK_CONTEXT_KEY) instanceof BlockContext bc && bc.getBlock(name) != null) {
                StringBuilder sb = new StringBuilder();
                try {
                    renderBlock(name, nodelist, context, sb);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return SafeString.of(sb);
            }
            return "";
        }

        @Override
        public String toString() {
            return "<Block Node: " + name + ">";
        }
    }

    /** {@code {% extends parent %}}. */
    public static final class ExtendsNode extends Node {
        private final NodeList nodelist;
        private final FilterExpression parentName;
        private final Map<String, BlockNode> blocks = new LinkedHashMap<>();

        ExtendsNode(NodeList nodelist, FilterExpression parentName) {
            this.nodelist = nodelist;
            this.parentName = parentName;
            for (BlockNode b : nodelist.nodesByType(BlockNode.class)) {
                blocks.put(b.name(), b);
            }
        }

        public FilterExpression parentName() {
            return parentName;
        }

        @Override
        public boolean mustBeFirst() {
            return true;
        }

        @Override
        public List<NodeList> childNodeLists() {
            return List.of(nodelist);
        }

        @SuppressWarnings("unchecked")
        private Template findTemplate(String name, Context context) {
            RenderContext rc = context.renderContext();
            List<Origin> history = (List<Origin>) rc.get(EXTENDS_HISTORY_KEY);
            if (history == null) {
                history = new ArrayList<>();
                history.add(origin());
                rc.put(EXTENDS_HISTORY_KEY, history);
            }
            Template t = context.engine().findTemplate(name, history);
            history.add(t.origin());
            return t;
        }

        private Template getParent(Context context) {
            Object parent = parentName.resolve(context);
            if (!Py.isTrue(parent)) {
                String msg = "Invalid template name in 'extends' tag: " + PyOps.repr(parent) + ".";
                if (parentName.hasFilters() || parentName.isVariable()) {
                    msg += " Got this from the '" + parentName.token() + "' variable.";
                }
                throw new TemplateSyntaxError(msg);
            }
            if (parent instanceof Template t) {
                return t;
            }
            return findTemplate(Py.str(parent), context);
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            Template parent = getParent(context);
            RenderContext rc = context.renderContext();
            BlockContext bc = (BlockContext) rc.get(BLOCK_CONTEXT_KEY);
            if (bc == null) {
                bc = new BlockContext();
                rc.put(BLOCK_CONTEXT_KEY, bc);
            }
            bc.addBlocks(blocks);
            for (Node node : parent.nodelist()) {
                if (!(node instanceof TextNode)) {
                    if (!(node instanceof ExtendsNode)) {
                        Map<String, BlockNode> parentBlocks = new LinkedHashMap<>();
                        for (BlockNode b : parent.nodesByType(BlockNode.class)) {
                            parentBlocks.put(b.name(), b);
                        }
                        bc.addBlocks(parentBlocks);
                    }
                    break;
                }
            }
            parent.renderInherited(context, out);
        }
    }

    /** {@code {% include name [with k=v ...] [only] %}}. */
    static final class IncludeNode extends Node {
        private final FilterExpression template;
        private final Map<String, FilterExpression> extraContext;
        private final boolean isolated;

        IncludeNode(FilterExpression template, Map<String, FilterExpression> extraContext, boolean isolated) {
            this.template = template;
            this.extraContext = extraContext;
            this.isolated = isolated;
        }

        @SuppressWarnings("unchecked")
        @Override
        public void render(Context context, Appendable out) throws IOException {
            Object value = template.resolve(context);
            Template t;
            if (value instanceof Template tt) {
                t = tt;
            } else {
                List<String> names = new ArrayList<>();
                if (value instanceof CharSequence cs && !cs.isEmpty()) {
                    String current = origin() == null ? null : origin().templateName();
                    names.add(constructRelativePath(current, cs.toString(), false));
                } else if (Py.isTrue(value) && !(value instanceof CharSequence)) {
                    Iterable<?> it = PyOps.iterable(value);
                    if (it == null) {
                        names.add(Py.str(value));
                    } else {
                        for (Object o : it) {
                            names.add(Py.str(o));
                        }
                    }
                }
                Map<List<String>, Template> cache = (Map<List<String>, Template>) context.renderContext().shared()
                        .computeIfAbsent(this, k -> new HashMap<List<String>, Template>());
                t = cache.get(names);
                if (t == null) {
                    t = context.engine().selectTemplate(names);
                    cache.put(names, t);
                }
            }
            Map<String, Object> values = new HashMap<>();
            for (Map.Entry<String, FilterExpression> e : extraContext.entrySet()) {
                values.put(e.getKey(), e.getValue().resolve(context));
            }
            if (isolated) {
                t.render(context.newContext(values), out);
                return;
            }
            int depth = context.push(values);
            try {
                t.render(context, out);
            } finally {
                context.popTo(depth);
            }
        }
    }

    // ---- parsing

    @SuppressWarnings("unchecked")
    static Node doBlock(Parser parser, Token token) {
        String[] bits = TagUtil.words(token.contents());
        if (bits.length != 2) {
            throw new TemplateSyntaxError("'" + bits[0] + "' tag takes only one argument");
        }
        String blockName = bits[1];
        List<String> loaded = (List<String>) parser.extraData().computeIfAbsent(LOADED_BLOCKS, k -> new ArrayList<String>());
        if (loaded.contains(blockName)) {
            throw new TemplateSyntaxError("'" + bits[0] + "' tag with name '" + blockName + "' appears more than once");
        }
        loaded.add(blockName);
        NodeList nodelist = parser.parse("endblock");
        Token endblock = parser.nextToken();
        String contents = endblock.contents();
        if (!contents.equals("endblock") && !contents.equals("endblock " + blockName)) {
            throw parser.invalidBlockTag(endblock, "endblock", "endblock", "endblock " + blockName);
        }
        return new BlockNode(blockName, nodelist);
    }

    static Node doExtends(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        if (bits.size() != 2) {
            throw new TemplateSyntaxError("'" + bits.get(0) + "' takes one argument");
        }
        String name = constructRelativePath(parser.origin().templateName(), bits.get(1), false);
        FilterExpression parentName = parser.compileFilter(name);
        NodeList nodelist = parser.parse();
        if (!nodelist.nodesByType(ExtendsNode.class).isEmpty()) {
            throw new TemplateSyntaxError("'" + bits.get(0) + "' cannot appear more than once in the same template");
        }
        return new ExtendsNode(nodelist, parentName);
    }

    static Node doInclude(Parser parser, Token token) {
        List<String> bits = token.splitContents();
        if (bits.size() < 2) {
            throw new TemplateSyntaxError("'" + bits.get(0) + "' tag takes at least one argument: the name of the "
                    + "template to be included.");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        List<String> remaining = new ArrayList<>(bits.subList(2, bits.size()));
        while (!remaining.isEmpty()) {
            String option = remaining.remove(0);
            if (options.containsKey(option)) {
                throw new TemplateSyntaxError("The '" + option + "' option was specified more than once.");
            }
            Object value;
            if (option.equals("with")) {
                Map<String, FilterExpression> kw = TagUtil.tokenKwargs(remaining, parser, false);
                if (kw.isEmpty()) {
                    throw new TemplateSyntaxError("\"with\" in '" + bits.get(0) + "' tag needs at least one keyword argument.");
                }
                value = kw;
            } else if (option.equals("only")) {
                value = Boolean.TRUE;
            } else {
                throw new TemplateSyntaxError("Unknown argument for '" + bits.get(0) + "' tag: " + TagUtil.repr(option) + ".");
            }
            options.put(option, value);
        }
        @SuppressWarnings("unchecked")
        Map<String, FilterExpression> with = (Map<String, FilterExpression>) options.getOrDefault("with", Map.of());
        boolean only = options.containsKey("only");
        String name = constructRelativePath(parser.origin().templateName(), bits.get(1), false);
        return new IncludeNode(parser.compileFilter(name), with, only);
    }

    /** Django's {@code construct_relative_path}: resolves {@code ./} and {@code ../} names. */
    static String constructRelativePath(String current, String relativeName, boolean allowRecursion) {
        String newName = strip(relativeName, "'\"");
        if (!newName.startsWith("./") && !newName.startsWith("../")) {
            return relativeName;
        }
        String base = current == null ? "" : stripLeadingSlashes(current);
        int slash = base.lastIndexOf('/');
        String dir = slash < 0 ? "" : base.substring(0, slash);
        String joined = normpath(dir.isEmpty() ? newName : dir + "/" + newName);
        if (joined.startsWith("../") || joined.equals("..")) {
            throw new TemplateSyntaxError("The relative path '" + relativeName + "' points outside the file hierarchy that template '"
                    + current + "' is in.");
        }
        if (!allowRecursion && base.equals(joined)) {
            throw new TemplateSyntaxError("The relative path '" + relativeName + "' was translated to template name '" + current
                    + "', the same template in which the tag appears.");
        }
        boolean quoted = (relativeName.startsWith("\"") || relativeName.startsWith("'"))
                && relativeName.charAt(0) == relativeName.charAt(relativeName.length() - 1);
        return quoted ? "\"" + joined + "\"" : joined;
    }

    private static String strip(String s, String chars) {
        int a = 0;
        int b = s.length();
        while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    private static String stripLeadingSlashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return s.substring(i);
    }

    /** Python's {@code posixpath.normpath} for relative paths. */
    static String normpath(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else {
                    out.add("..");
                }
            } else {
                out.add(part);
            }
        }
        return out.isEmpty() ? "." : String.join("/", out);
    }

    // ---- checks

    /**
     * Adds an error for each {@code extends} or {@code include} of a literal template name that
     * no loader has (used by {@link Engine#checkAll()}).
     */
    public static void checkReferences(Template t, Engine engine, List<TemplateSyntaxError> errors) {
        List<Node> refs = new ArrayList<>();
        refs.addAll(t.nodelist().nodesByType(ExtendsNode.class));
        refs.addAll(t.nodelist().nodesByType(IncludeNode.class));
        for (Node node : refs) {
            FilterExpression fe = node instanceof ExtendsNode e ? e.parentName : ((IncludeNode) node).template;
            Object name = fe.constantValue();
            if (!(name instanceof CharSequence cs)) {
                continue;
            }
            try {
                if (node instanceof ExtendsNode) {
                    engine.findTemplate(cs.toString(), List.of(t.origin()));
                } else {
                    engine.getTemplate(cs.toString());
                }
            } catch (TemplateDoesNotExist e) {
                String tag = node instanceof ExtendsNode ? "extends" : "include";
                TemplateSyntaxError err = new TemplateSyntaxError("{% " + tag + " %} names a template that does not exist: '"
                        + cs + "'");
                Token tok = node.token();
                err.locate(t.name() != null ? t.name() : t.origin().name(), tok.source(), tok.start(), tok.line());
                errors.add(err);
            } catch (TemplateSyntaxError e) {
                // reported when that template itself is checked
            }
        }
    }

    static String textList(List<String> items, String last) {
        return TemplateParser.textList(items, last);
    }
}
