package dev.quintet.contrib.messages;

/**
 * One message: Django's {@code django.contrib.messages.storage.base.Message}.
 *
 * @param level     {@link Messages#DEBUG} ... {@link Messages#ERROR}, or any number
 * @param message   the text
 * @param extraTags extra CSS classes, space-separated ("" for none)
 */
public record Message(int level, String message, String extraTags) {
    /** {@code extraTags} then the level's tag, as Django's {@code tags}: {@code "sticky success"}. */
    public String tags() {
        String level = Messages.levelTag(this.level);
        if (extraTags != null && !extraTags.isEmpty() && !level.isEmpty()) {
            return extraTags + " " + level;
        }
        return extraTags != null && !extraTags.isEmpty() ? extraTags : level;
    }

    /** The level's tag: {@code success}. */
    public String levelTag() {
        return Messages.levelTag(level);
    }

    @Override
    public String toString() {
        return message;
    }
}
