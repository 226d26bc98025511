package dev.quintet.db.models;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A model signal (Django's {@code django.dispatch.Signal}): receivers connect explicitly, optionally for one sender
 * model, and run synchronously once per event. Connecting the same receiver twice for the same sender has no effect.
 *
 * <pre>{@code
 * Signals.POST_SAVE.connect(Post.class, e -> { if (e.created()) notify(e.instance()); });
 * }</pre>
 *
 * @param <E> the event type
 */
public final class Signal<E> {
    private record Receiver<E>(Class<?> sender, Consumer<? super E> fn) {
    }

    private final String name;
    private final List<Receiver<E>> receivers = new CopyOnWriteArrayList<>();

    Signal(String name) {
        this.name = name;
    }

    /** Connects a receiver for every sender. */
    public void connect(Consumer<? super E> receiver) {
        connect(null, receiver);
    }

    /** Connects a receiver for one sender model (or all when {@code null}); duplicates are ignored. */
    public synchronized void connect(Class<? extends Model> sender, Consumer<? super E> receiver) {
        for (Receiver<E> r : receivers) {
            if (r.fn() == receiver && r.sender() == sender) {
                return;
            }
        }
        receivers.add(new Receiver<>(sender, receiver));
    }

    /** Disconnects a receiver from every sender; returns whether it was connected. */
    public boolean disconnect(Consumer<? super E> receiver) {
        return receivers.removeIf(r -> r.fn() == receiver);
    }

    /** Whether a receiver listens for {@code sender}. */
    public boolean hasReceivers(Class<?> sender) {
        for (Receiver<E> r : receivers) {
            if (r.sender() == null || r.sender() == sender) {
                return true;
            }
        }
        return false;
    }

    /** Sends an event from {@code sender} to the matching receivers, in connection order. */
    public void send(Class<?> sender, E event) {
        for (Receiver<E> r : receivers) {
            if (r.sender() == null || r.sender() == sender) {
                r.fn().accept(event);
            }
        }
    }

    @Override
    public String toString() {
        return "Signal(" + name + ")";
    }
}
