package dev.quintet.template.internal.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Django's {@code lorem_ipsum}: the same words, the same shapes of random text. */
public final class Lorem {
    private Lorem() {
    }

    /** The standard first paragraph. */
    public static final String COMMON_P = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.";

    static final List<String> WORDS = List.of(
            "exercitationem", "perferendis", "perspiciatis", "laborum", "eveniet", "sunt", "iure", "nam",
            "nobis", "eum", "cum", "officiis", "excepturi", "odio", "consectetur", "quasi",
            "aut", "quisquam", "vel", "eligendi", "itaque", "non", "odit", "tempore",
            "quaerat", "dignissimos", "facilis", "neque", "nihil", "expedita", "vitae", "vero",
            "ipsum", "nisi", "animi", "cumque", "pariatur", "velit", "modi", "natus",
            "iusto", "eaque", "sequi", "illo", "sed", "ex", "et", "voluptatibus",
            "tempora", "veritatis", "ratione", "assumenda", "incidunt", "nostrum", "placeat", "aliquid",
            "fuga", "provident", "praesentium", "rem", "necessitatibus", "suscipit", "adipisci", "quidem",
            "possimus", "voluptas", "debitis", "sint", "accusantium", "unde", "sapiente", "voluptate",
            "qui", "aspernatur", "laudantium", "soluta", "amet", "quo", "aliquam", "saepe",
            "culpa", "libero", "ipsa", "dicta", "reiciendis", "nesciunt", "doloribus", "autem",
            "impedit", "minima", "maiores", "repudiandae", "ipsam", "obcaecati", "ullam", "enim",
            "totam", "delectus", "ducimus", "quis", "voluptates", "dolores", "molestiae", "harum",
            "dolorem", "quia", "voluptatem", "molestias", "magni", "distinctio", "omnis", "illum",
            "dolorum", "voluptatum", "ea", "quas", "quam", "corporis", "quae", "blanditiis",
            "atque", "deserunt", "laboriosam", "earum", "consequuntur", "hic", "cupiditate", "quibusdam",
            "accusamus", "ut", "rerum", "error", "minus", "eius", "ab", "ad",
            "nemo", "fugit", "officia", "at", "in", "id", "quos", "reprehenderit",
            "numquam", "iste", "fugiat", "sit", "inventore", "beatae", "repellendus", "magnam",
            "recusandae", "quod", "explicabo", "doloremque", "aperiam", "consequatur", "asperiores", "commodi",
            "optio", "dolor", "labore", "temporibus", "repellat", "veniam", "architecto", "est",
            "esse", "mollitia", "nulla", "a", "similique", "eos", "alias", "dolore",
            "tenetur", "deleniti", "porro", "facere", "maxime", "corrupti"
    );

    static final List<String> COMMON_WORDS = List.of(
            "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipisicing", "elit",
            "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et",
            "dolore", "magna", "aliqua"
    );

    private static List<String> sample(List<String> from, int k) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, ThreadLocalRandom.current());
        return copy.subList(0, k);
    }

    private static int randint(int a, int b) {
        return ThreadLocalRandom.current().nextInt(a, b + 1);
    }

    /** A random sentence: capitalized, commas between sections, ending in '?' or '.'. */
    public static String sentence() {
        int sections = randint(1, 5);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            parts.add(String.join(" ", sample(WORDS, randint(3, 12))));
        }
        String s = String.join(", ", parts);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + (ThreadLocalRandom.current().nextBoolean() ? "?" : ".");
    }

    /** A random paragraph of one to four sentences. */
    public static String paragraph() {
        int n = randint(1, 4);
        List<String> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(sentence());
        }
        return String.join(" ", s);
    }

    /** {@code count} paragraphs, the first the common one when {@code common}. */
    public static List<String> paragraphs(int count, boolean common) {
        List<String> paras = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paras.add(common && i == 0 ? COMMON_P : paragraph());
        }
        return paras;
    }

    /** {@code count} words separated by spaces, starting with the common ones when {@code common}. */
    public static String words(int count, boolean common) {
        List<String> wordList = common ? new ArrayList<>(COMMON_WORDS) : new ArrayList<>();
        int c = wordList.size();
        if (count > c) {
            count -= c;
            while (count > 0) {
                c = Math.min(count, WORDS.size());
                count -= c;
                wordList.addAll(sample(WORDS, c));
            }
        } else {
            wordList = wordList.subList(0, count >= 0 ? count : Math.max(0, wordList.size() + count));
        }
        return String.join(" ", wordList);
    }
}
