package dev.quintet.core.paginator;

import java.util.Iterator;
import java.util.List;

/**
 * One page of a {@link Paginator}: Django's {@code Page}. Iterable, so templates loop over it
 * ({@code {% for post in page_obj %}}); its methods are reachable from templates by their Java
 * names ({@code {{ page_obj.number }} of {{ page_obj.paginator.numPages }}},
 * {@code {% if page_obj.hasNext %}}).
 *
 * @param <T> the objects' type
 */
public final class Page<T> implements Iterable<T> {
    private final List<T> objectList;
    private final int number;
    private final Paginator<T> paginator;

    Page(List<T> objectList, int number, Paginator<T> paginator) {
        this.objectList = List.copyOf(objectList);
        this.number = number;
        this.paginator = paginator;
    }

    /** The objects on this page. */
    public List<T> objectList() {
        return objectList;
    }

    /** The 1-based page number. */
    public int number() {
        return number;
    }

    /** The paginator. */
    public Paginator<T> paginator() {
        return paginator;
    }

    /** The number of objects on this page. */
    public int size() {
        return objectList.size();
    }

    /** True when a later page exists. */
    public boolean hasNext() {
        return number < paginator.numPages();
    }

    /** True when an earlier page exists. */
    public boolean hasPrevious() {
        return number > 1;
    }

    /** True when there is a next or previous page. */
    public boolean hasOtherPages() {
        return hasPrevious() || hasNext();
    }

    /** The next page's number; {@link EmptyPage} when there is none. */
    public int nextPageNumber() {
        return paginator.validateNumber(number + 1);
    }

    /** The previous page's number; {@link EmptyPage} when there is none. */
    public int previousPageNumber() {
        return paginator.validateNumber(number - 1);
    }

    /** The 1-based index of the first object on this page among all objects (0 when there are none). */
    public long startIndex() {
        if (paginator.count() == 0) {
            return 0;
        }
        return (long) paginator.perPage() * (number - 1) + 1;
    }

    /** The 1-based index of the last object on this page among all objects. */
    public long endIndex() {
        if (number == paginator.numPages()) {
            return paginator.count();
        }
        return (long) number * paginator.perPage();
    }

    @Override
    public Iterator<T> iterator() {
        return objectList.iterator();
    }

    /** {@code <Page 2 of 5>}, as Django's {@code repr}. */
    @Override
    public String toString() {
        return "<Page " + number + " of " + paginator.numPages() + ">";
    }
}
