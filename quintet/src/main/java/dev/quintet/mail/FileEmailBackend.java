package dev.quintet.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes each batch of messages to a new file in a folder (Django's {@code filebased} back end, {@code EMAIL_FILE_PATH}). */
public final class FileEmailBackend implements EmailBackend {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    private final Path dir;

    /** Into {@code dir}, created when missing. */
    public FileEmailBackend(Path dir) {
        this.dir = dir;
    }

    @Override
    public int sendMessages(List<EmailMessage> messages) {
        try {
            Files.createDirectories(dir);
            StringBuilder text = new StringBuilder();
            for (EmailMessage m : messages) {
                text.append(m.asString().replace("\r\n", "\n")).append('\n').append("-".repeat(79)).append('\n');
            }
            Path file = dir.resolve(NAME.format(LocalDateTime.now()) + "-" + Long.toHexString(System.nanoTime()) + ".log");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return messages.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
