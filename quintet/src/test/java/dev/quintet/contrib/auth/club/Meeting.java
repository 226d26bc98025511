package dev.quintet.contrib.auth.club;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A second model of the test app {@code club}. */
public class Meeting extends Model {
    /** The manager. */
    public static final Manager<Meeting> objects = Manager.of(Meeting.class, m -> m
            .app("club")
            .field("title", CharField.maxLength(100)));

    public String title;
}
