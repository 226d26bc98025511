package dev.quintet.template.internal;

import dev.quintet.template.Context;
import dev.quintet.template.library.Node;
import java.io.IOException;

/** Literal text. */
public final class TextNode extends Node {
    private final String text;

    public TextNode(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    @Override
    public void render(Context context, Appendable out) throws IOException {
        out.append(text);
    }
}
