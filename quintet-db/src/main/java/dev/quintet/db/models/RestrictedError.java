package dev.quintet.db.models;

import java.util.List;

/** Deletion refused: rows reference the deleted ones through a {@code RESTRICT} foreign key and are not deleted by a cascade. */
public class RestrictedError extends dev.quintet.db.IntegrityError {
    private static final long serialVersionUID = 1L;
    private final transient List<Model> objects;

    /** An error naming the referencing objects. */
    public RestrictedError(String message, List<Model> objects) {
        super(message, null);
        this.objects = List.copyOf(objects);
    }

    /** The objects that prevent the deletion. */
    public List<Model> objects() {
        return objects;
    }
}
