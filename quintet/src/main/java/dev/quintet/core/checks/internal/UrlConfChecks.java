package dev.quintet.core.checks.internal;

import dev.quintet.conf.Settings;
import dev.quintet.core.checks.CheckMessage;
import dev.quintet.urls.UrlCheck;
import java.util.ArrayList;
import java.util.List;

/** The URL configuration checks ({@code urls.*}) of {@code ROOT_URLCONF}, as check messages. */
public final class UrlConfChecks {
    private UrlConfChecks() {
    }

    /** The root URLconf's findings, with {@code APPEND_SLASH} taken from the settings. */
    public static List<CheckMessage> check(Settings settings) {
        List<CheckMessage> out = new ArrayList<>();
        for (UrlCheck finding : settings.rootUrlconf().check(settings.appendSlash())) {
            CheckMessage.Level level = finding.isError() ? CheckMessage.Level.ERROR : CheckMessage.Level.WARNING;
            out.add(new CheckMessage(level, finding.id(), finding.message(), finding.hint(), null));
        }
        return out;
    }
}
