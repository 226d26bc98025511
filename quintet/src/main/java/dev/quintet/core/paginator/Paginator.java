package dev.quintet.core.paginator;

import dev.quintet.db.models.QuerySet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a list or a QuerySet into pages: Django's {@code Paginator}.
 *
 * <h2>How it works</h2>
 * {@link #count()} is asked once and remembered (a QuerySet runs one {@code COUNT}); a page
 * takes its slice ({@code LIMIT/OFFSET} for a QuerySet, one query). The last page takes up to
 * {@code orphans} extra objects rather than leaving them on a page of their own. An unordered
 * QuerySet is logged as {@code UnorderedObjectListWarning}, since its pages may overlap.
 *
 * <pre>{@code
 * Paginator<Post> paginator = new Paginator<>(Post.objects.orderBy("-createdAt"), 10);
 * Page<Post> page = paginator.getPage(request.GET().get("page"));   // forgiving: bad numbers give page 1 or the last
 * paginator.getElidedPageRange(page.number());                     // [1, 2, "…", 7, 8, 9, 10, 11, "…", 49, 50]
 * }</pre>
 *
 * @param <T> the objects' type
 */
public final class Paginator<T> implements Iterable<Page<T>> {
    /** What {@link #getElidedPageRange} puts for skipped pages. */
    public static final String ELLIPSIS = "…";

    private static final Logger UNORDERED = LoggerFactory.getLogger(
            "dev.quintet.core.paginator.UnorderedObjectListWarning");

    private interface Source<T> {
        long count();

        List<T> slice(long from, long to);
    }

    private final Source<T> source;
    private final int perPage;
    private final int orphans;
    private final boolean allowEmptyFirstPage;
    private long count = -1;

    /** Pages of {@code perPage} objects of a list. */
    public Paginator(List<T> objects, int perPage) {
        this(objects, perPage, 0, true);
    }

    /** Pages of a list with {@code orphans} and {@code allowEmptyFirstPage} (Django's defaults: 0, true). */
    public Paginator(List<T> objects, int perPage, int orphans, boolean allowEmptyFirstPage) {
        this(listSource(List.copyOf(objects)), perPage, orphans, allowEmptyFirstPage);
    }

    /** Pages of a QuerySet: one {@code COUNT}, then one sliced query per page. */
    public Paginator(QuerySet<T> objects, int perPage) {
        this(objects, perPage, 0, true);
    }

    /** Pages of a QuerySet with {@code orphans} and {@code allowEmptyFirstPage}. */
    public Paginator(QuerySet<T> objects, int perPage, int orphans, boolean allowEmptyFirstPage) {
        this(querySource(objects), perPage, orphans, allowEmptyFirstPage);
        if (!isOrdered(objects)) {
            UNORDERED.warn("Pagination may yield inconsistent results with an unordered object_list: {} QuerySet.",
                    objects.model().label());
        }
    }

    private Paginator(Source<T> source, int perPage, int orphans, boolean allowEmptyFirstPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage must be at least 1, got " + perPage);
        }
        if (orphans < 0) {
            throw new IllegalArgumentException("orphans must not be negative, got " + orphans);
        }
        this.source = source;
        this.perPage = perPage;
        this.orphans = orphans;
        this.allowEmptyFirstPage = allowEmptyFirstPage;
    }

    private static <T> Source<T> listSource(List<T> list) {
        return new Source<>() {
            @Override
            public long count() {
                return list.size();
            }

            @Override
            public List<T> slice(long from, long to) {
                return list.subList((int) Math.min(from, list.size()), (int) Math.min(to, list.size()));
            }
        };
    }

    private static <T> Source<T> querySource(QuerySet<T> qs) {
        return new Source<>() {
            @Override
            public long count() {
                return qs.count();
            }

            @Override
            public List<T> slice(long from, long to) {
                return from >= to ? List.of() : qs.slice(from, to).list();
            }
        };
    }

    /** True when {@code qs} has an ordering (its own or the model's default), as Django's {@code QuerySet.ordered}. */
    static boolean isOrdered(QuerySet<?> qs) {
        List<Object> ordering = qs.query().ordering();
        return ordering != null ? !ordering.isEmpty() : !qs.model().ordering().isEmpty();
    }

    /** Objects per page. */
    public int perPage() {
        return perPage;
    }

    /** How many objects the last page may take over {@code perPage}. */
    public int orphans() {
        return orphans;
    }

    /** Whether an empty list has one (empty) first page. */
    public boolean allowEmptyFirstPage() {
        return allowEmptyFirstPage;
    }

    /** The number of objects, counted once. */
    public long count() {
        if (count < 0) {
            count = source.count();
        }
        return count;
    }

    /** The number of pages. */
    public int numPages() {
        long c = count();
        if (c == 0 && !allowEmptyFirstPage) {
            return 0;
        }
        long hits = Math.max(1, c - orphans);
        return (int) ((hits + perPage - 1) / perPage);
    }

    /** The pages in order, each fetched when reached (Django's {@code for page in paginator}). */
    @Override
    public java.util.Iterator<Page<T>> iterator() {
        return new java.util.Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= numPages();
            }

            @Override
            public Page<T> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page(next++);
            }
        };
    }

    /** The page numbers, 1 to {@link #numPages()}. */
    public List<Integer> pageRange() {
        List<Integer> range = new ArrayList<>(numPages());
        for (int i = 1; i <= numPages(); i++) {
            range.add(i);
        }
        return range;
    }

    /**
     * {@code number} as a valid page number: an integer, or a string or a whole number of another
     * type that reads as one.
     *
     * @throws PageNotAnInteger when it is not an integer
     * @throws EmptyPage when it is below 1 or past the last page
     */
    public int validateNumber(Object number) {
        long n = toInteger(number);
        if (n < 1) {
            throw new EmptyPage("That page number is less than 1");
        }
        if (n > numPages()) {
            throw new EmptyPage("That page contains no results");
        }
        return (int) n;
    }

    /** The page {@code number}, strictly: {@link InvalidPage} for a bad number. */
    public Page<T> page(Object number) {
        int n = validateNumber(number);
        long bottom = (long) (n - 1) * perPage;
        long top = bottom + perPage;
        if (top + orphans >= count()) {
            top = count();
        }
        return new Page<>(source.slice(bottom, top), n, this);
    }

    /**
     * The page {@code number}, forgiving: not an integer (or {@code null}) gives the first page,
     * out of range the last.
     */
    public Page<T> getPage(Object number) {
        int n;
        try {
            n = validateNumber(number);
        } catch (PageNotAnInteger e) {
            n = 1;
        } catch (EmptyPage e) {
            n = numPages();
        }
        return page(n);
    }

    /**
     * The page numbers to show around {@code number}, with {@link #ELLIPSIS} for skipped runs:
     * {@code onEachSide} pages each side of the current one and {@code onEnds} at each end.
     */
    public List<Object> getElidedPageRange(Object number, int onEachSide, int onEnds) {
        int n = validateNumber(number);
        int pages = numPages();
        List<Object> out = new ArrayList<>();
        if (pages <= (onEachSide + onEnds) * 2) {
            out.addAll(pageRange());
            return out;
        }
        if (n > (1 + onEachSide + onEnds) + 1) {
            addRange(out, 1, onEnds + 1);
            out.add(ELLIPSIS);
            addRange(out, n - onEachSide, n + 1);
        } else {
            addRange(out, 1, n + 1);
        }
        if (n < (pages - onEachSide - onEnds) - 1) {
            addRange(out, n + 1, n + onEachSide + 1);
            out.add(ELLIPSIS);
            addRange(out, pages - onEnds + 1, pages + 1);
        } else {
            addRange(out, n + 1, pages + 1);
        }
        return out;
    }

    /** {@link #getElidedPageRange(Object, int, int)} with Django's defaults: 3 on each side, 2 on the ends. */
    public List<Object> getElidedPageRange(Object number) {
        return getElidedPageRange(number, 3, 2);
    }

    private static void addRange(List<Object> out, int from, int to) {
        for (int i = from; i < to; i++) {
            out.add(i);
        }
    }

    private static long toInteger(Object number) {
        switch (number) {
            case Integer i -> {
                return i;
            }
            case Long l -> {
                return l;
            }
            case Short s -> {
                return s;
            }
            case Byte b -> {
                return b;
            }
            case Double d when d == Math.rint(d) && !d.isInfinite() -> {
                return d.longValue();
            }
            case Float f when f == Math.rint(f) && !f.isInfinite() -> {
                return f.longValue();
            }
            case BigDecimal d -> {
                try {
                    return d.longValueExact();
                } catch (ArithmeticException e) {
                    throw notAnInteger();
                }
            }
            case CharSequence s -> {
                try {
                    return Long.parseLong(s.toString().strip());
                } catch (NumberFormatException e) {
                    throw notAnInteger();
                }
            }
            case null, default -> throw notAnInteger();
        }
    }

    private static PageNotAnInteger notAnInteger() {
        return new PageNotAnInteger("That page number is not an integer");
    }

    @Override
    public String toString() {
        return "Paginator(perPage=" + perPage + ", orphans=" + orphans + ", count=" + (count < 0 ? "?" : count) + ")";
    }
}
