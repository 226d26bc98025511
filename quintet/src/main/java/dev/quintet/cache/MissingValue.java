package dev.quintet.cache;

/** The private "no value" marker that tells a stored {@code null} from a miss. */
enum MissingValue {
    INSTANCE
}
