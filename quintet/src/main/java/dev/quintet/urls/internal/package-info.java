/**
 * The URL machinery behind {@link dev.quintet.urls.UrlConf}; not for users. Stages, one file each:
 * {@code RouteParser} (route syntax) and {@code RegexTranslator} (Python-style regexes to Java),
 * {@code PatternCompiler} choosing a matcher ({@code LiteralMatcher}, {@code SegmentMatcher},
 * {@code RegexMatcher}), {@code Node}/{@code Leaf} (the compiled tree) with its
 * {@code PrefixIndex}, {@code Resolution} (resolve and the patterns tried), {@code ReverseTables},
 * {@code Normalizer} and {@code Reverser} (reverse), {@code UrlChecks} (system checks).
 */
package dev.quintet.urls.internal;
