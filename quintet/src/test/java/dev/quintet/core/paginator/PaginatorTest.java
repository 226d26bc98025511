package dev.quintet.core.paginator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Django's pagination documentation and {@code tests/pagination}, as tables. */
class PaginatorTest {
    private static final List<String> BEATLES = List.of("john", "paul", "george", "ringo");
    private static final String E = Paginator.ELLIPSIS;

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    static Stream<Arguments> shapes() {
        // name, count of objects, perPage, orphans, allowEmptyFirstPage, count, numPages
        return Stream.of(
                arguments("docs example", 4, 2, 0, true, 4, 2),
                arguments("one partial page", 3, 10, 0, true, 3, 1),
                arguments("exact pages", 10, 5, 0, true, 10, 2),
                arguments("one extra object", 11, 5, 0, true, 11, 3),
                arguments("orphan absorbed", 11, 5, 1, true, 11, 2),
                arguments("orphans below perPage", 12, 5, 2, true, 12, 2),
                arguments("orphans not enough", 13, 5, 2, true, 13, 3),
                arguments("empty allowed", 0, 10, 0, true, 0, 1),
                arguments("empty not allowed", 0, 10, 0, false, 0, 0),
                arguments("orphans on a short list", 1, 10, 3, true, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void counts_and_pages(String name, int size, int perPage, int orphans, boolean allowEmpty, int count, int pages) {
        Paginator<Integer> p = new Paginator<>(range(0, size), perPage, orphans, allowEmpty);
        assertThat(p.count()).isEqualTo(count);
        assertThat(p.numPages()).isEqualTo(pages);
        assertThat(p.pageRange()).isEqualTo(range(1, pages + 1));
    }

    static Stream<Arguments> pages() {
        // name, size, perPage, orphans, page, objects, start, end, hasNext, hasPrevious
        return Stream.of(
                arguments("first of two", 4, 2, 0, 1, range(0, 2), 1, 2, true, false),
                arguments("last of two", 4, 2, 0, 2, range(2, 4), 3, 4, false, true),
                arguments("middle", 11, 5, 0, 2, range(5, 10), 6, 10, true, true),
                arguments("short last", 11, 5, 0, 3, range(10, 11), 11, 11, false, true),
                arguments("last with orphan", 11, 5, 1, 2, range(5, 11), 6, 11, false, true),
                arguments("empty first page", 0, 5, 0, 1, List.of(), 0, 0, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page_contents(String name, int size, int perPage, int orphans, int number, List<Integer> objects, int start,
            int end, boolean hasNext, boolean hasPrevious) {
        Page<Integer> page = new Paginator<>(range(0, size), perPage, orphans, true).page(number);
        assertThat(page.objectList()).isEqualTo(objects);
        assertThat(page).containsExactlyElementsOf(objects);
        assertThat(page.startIndex()).isEqualTo(start);
        assertThat(page.endIndex()).isEqualTo(end);
        assertThat(page.hasNext()).isEqualTo(hasNext);
        assertThat(page.hasPrevious()).isEqualTo(hasPrevious);
        assertThat(page.hasOtherPages()).isEqualTo(hasNext || hasPrevious);
    }

    @Test
    void the_documentation_walkthrough() {
        Paginator<String> p = new Paginator<>(BEATLES, 2);
        Page<String> page2 = p.page(2);
        assertThat(page2.objectList()).containsExactly("george", "ringo");
        assertThat(page2.previousPageNumber()).isEqualTo(1);
        assertThat(page2).hasToString("<Page 2 of 2>");
        assertThatThrownBy(page2::nextPageNumber).isInstanceOf(EmptyPage.class)
                .hasMessage("That page contains no results");
        assertThatThrownBy(() -> p.page(1).previousPageNumber()).isInstanceOf(EmptyPage.class)
                .hasMessage("That page number is less than 1");
    }

    static Stream<Arguments> strictNumbers() {
        // name, number, the exception class (null: valid), message or page
        return Stream.of(
                arguments("integer", 2, null, "2"),
                arguments("string", "2", null, "2"),
                arguments("padded string", " 2 ", null, "2"),
                arguments("whole double", 2.0, null, "2"),
                arguments("long", 1L, null, "1"),
                arguments("zero", 0, EmptyPage.class, "That page number is less than 1"),
                arguments("negative", -1, EmptyPage.class, "That page number is less than 1"),
                arguments("past the end", 3, EmptyPage.class, "That page contains no results"),
                arguments("fraction", 1.5, PageNotAnInteger.class, "That page number is not an integer"),
                arguments("decimal string", "2.0", PageNotAnInteger.class, "That page number is not an integer"),
                arguments("word", "last", PageNotAnInteger.class, "That page number is not an integer"),
                arguments("null", null, PageNotAnInteger.class, "That page number is not an integer"),
                arguments("a list", List.of(1), PageNotAnInteger.class, "That page number is not an integer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strictNumbers")
    void page_is_strict(String name, Object number, Class<? extends Throwable> error, String expected) {
        Paginator<String> p = new Paginator<>(BEATLES, 2);
        if (error == null) {
            assertThat(p.page(number).number()).isEqualTo(Integer.parseInt(expected));
        } else {
            assertThatThrownBy(() -> p.page(number)).isInstanceOf(error).isInstanceOf(InvalidPage.class)
                    .hasMessage(expected);
        }
    }

    static Stream<Arguments> forgivingNumbers() {
        return Stream.of(
                arguments("valid", 2, 2),
                arguments("not a number", "abc", 1),
                arguments("null", null, 1),
                arguments("too large", 99, 3),
                arguments("zero", 0, 3),
                arguments("negative", -5, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgivingNumbers")
    void getPage_forgives(String name, Object number, int expected) {
        assertThat(new Paginator<>(range(0, 25), 10).getPage(number).number()).isEqualTo(expected);
    }

    @Test
    void iterating_a_paginator_gives_its_pages() {
        assertThat(new Paginator<>(BEATLES, 3)).extracting(Page::objectList)
                .containsExactly(List.of("john", "paul", "george"), List.of("ringo"));
        assertThat(new Paginator<>(List.<String>of(), 3, 0, false)).isEmpty();
    }

    @Test
    void empty_list_without_first_page_has_no_page_at_all() {
        Paginator<Integer> p = new Paginator<>(List.of(), 10, 0, false);
        assertThatThrownBy(() -> p.page(1)).isInstanceOf(EmptyPage.class).hasMessage("That page contains no results");
    }

    static Stream<Arguments> elided() {
        // name, numPages, number, onEachSide, onEnds, expected
        return Stream.of(
                arguments("few pages: all", 10, 1, 3, 2, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
                arguments("start", 50, 1, 3, 2, List.of(1, 2, 3, 4, E, 49, 50)),
                arguments("near start", 50, 7, 3, 2, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, E, 49, 50)),
                arguments("first elided start", 50, 8, 3, 2, List.of(1, 2, E, 5, 6, 7, 8, 9, 10, 11, E, 49, 50)),
                arguments("middle", 50, 25, 3, 2, List.of(1, 2, E, 22, 23, 24, 25, 26, 27, 28, E, 49, 50)),
                arguments("near end", 50, 44, 3, 2, List.of(1, 2, E, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50)),
                arguments("end", 50, 50, 3, 2, List.of(1, 2, E, 47, 48, 49, 50)),
                arguments("narrow", 50, 25, 1, 1, List.of(1, E, 24, 25, 26, E, 50)),
                arguments("no ends", 50, 25, 2, 0, List.of(E, 23, 24, 25, 26, 27, E)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elided")
    void elided_page_range(String name, int numPages, int number, int onEachSide, int onEnds, List<Object> expected) {
        Paginator<Integer> p = new Paginator<>(range(0, numPages * 10), 10);
        assertThat(p.getElidedPageRange(number, onEachSide, onEnds)).isEqualTo(expected);
    }

    @Test
    void elided_range_defaults_are_three_and_two() {
        Paginator<Integer> p = new Paginator<>(range(0, 500), 10);
        assertThat(p.getElidedPageRange(25)).isEqualTo(p.getElidedPageRange(25, 3, 2));
        assertThatThrownBy(() -> p.getElidedPageRange(51)).isInstanceOf(EmptyPage.class);
    }
}
