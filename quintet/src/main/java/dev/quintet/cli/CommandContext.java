package dev.quintet.cli;

import java.io.PrintWriter;

/**
 * What a running {@link Command} works with: the site, and where to print.
 *
 * @param site the site (settings, handler, commands)
 * @param out standard output
 * @param err standard error
 */
public record CommandContext(Site site, PrintWriter out, PrintWriter err) {
}
