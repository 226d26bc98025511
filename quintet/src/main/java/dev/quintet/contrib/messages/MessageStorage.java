package dev.quintet.contrib.messages;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of one request: Django's {@code BaseStorage}. Messages added now are stored at
 * the end of the request; iterating the storage (in a template: {@code {% for m in messages %}})
 * marks the earlier ones as shown, so they are not stored again. It is a read-only collection, so
 * that {@code {% if messages %}} is false when there are none (Django's {@code __len__}).
 */
public abstract class MessageStorage extends AbstractCollection<Message> {
    /** The request. */
    protected final HttpRequest request;
    private final List<Message> queued = new ArrayList<>();
    private List<Message> loaded;
    private boolean used;
    private boolean addedNew;
    private int level;

    /** A storage for {@code request} keeping messages at {@code level} and above. */
    protected MessageStorage(HttpRequest request, int level) {
        this.request = request;
        this.level = level;
    }

    /** Reads the messages stored by an earlier request. */
    protected abstract List<Message> load();

    /** Stores {@code messages} on the response; answers the ones that did not fit. */
    protected abstract List<Message> store(List<Message> messages, HttpResponse response);

    private List<Message> loaded() {
        if (loaded == null) {
            loaded = new ArrayList<>(load());
        }
        return loaded;
    }

    /** Adds a message if its level is at least the storage's level. */
    public void add(int messageLevel, String message, String extraTags) {
        if (message == null || messageLevel < level) {
            return;
        }
        addedNew = true;
        queued.add(new Message(messageLevel, message, extraTags == null ? "" : extraTags));
    }

    /** The minimum level recorded. */
    public int level() {
        return level;
    }

    /** Changes the minimum level for this request. */
    public void setLevel(int newLevel) {
        this.level = newLevel;
    }

    /** True once the messages were iterated. */
    public boolean isUsed() {
        return used;
    }

    /** Keeps the messages for the next request even though they were iterated. */
    public void setUsed(boolean value) {
        this.used = value;
    }

    @Override
    public Iterator<Message> iterator() {
        used = true;
        if (!queued.isEmpty()) {
            loaded().addAll(queued);
            queued.clear();
        }
        return List.copyOf(loaded()).iterator();
    }

    /** How many messages there are. */
    @Override
    public int size() {
        return loaded().size() + queued.size();
    }

    /** The storage's class and size; unlike iterating, this does not mark the messages shown. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + size() + " messages)";
    }

    /** Stores what must survive this request (Django's {@code update}): called by the middleware. */
    public List<Message> update(HttpResponse response) {
        if (used) {
            return store(new ArrayList<>(queued), response);
        }
        if (addedNew) {
            List<Message> all = new ArrayList<>(loaded());
            all.addAll(queued);
            return store(all, response);
        }
        return List.of();
    }
}
