package dev.quintet.contrib.auth;

import java.io.Console;

/** Reads answers at a terminal for the interactive commands; tests supply their own. */
@FunctionalInterface
public interface Prompt {
    /** The answer to {@code question}, hidden when {@code secret}; null at end of input. */
    String ask(String question, boolean secret);

    /** The terminal, or null when not running in one. */
    static Prompt console() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        return (question, secret) -> {
            if (secret) {
                char[] answer = console.readPassword("%s", question);
                return answer == null ? null : new String(answer);
            }
            return console.readLine("%s", question);
        };
    }
}
