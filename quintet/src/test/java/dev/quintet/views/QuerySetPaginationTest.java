package dev.quintet.views;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.quintet.core.paginator.Page;
import dev.quintet.core.paginator.Paginator;
import dev.quintet.db.QueryLog;
import dev.quintet.views.blog.Post;
import dev.quintet.views.blog.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A QuerySet is paginated with one COUNT and one sliced query; an unordered one is warned about. */
class QuerySetPaginationTest {

    @Test
    void one_count_and_one_slice() {
        List<QueryLog.Entry> queries = BlogSite.DBS.call(() -> QueryLog.capture(() -> {
            Paginator<Post> paginator = new Paginator<>(Post.objects.all(), 6);
            Page<Post> page = paginator.page(2);
            assertThat(paginator.numPages()).isEqualTo(4);
            assertThat(page.objectList()).extracting(p -> p.title)
                    .containsExactly("Post 7", "Post 8", "Post 9", "Post 10", "Post 11", "Post 12");
            assertThat(page.endIndex()).isEqualTo(12);
        }));
        assertThat(queries).hasSize(2);
        assertThat(queries.get(0).sql()).containsIgnoringCase("COUNT(");
        assertThat(queries.get(1).sql()).containsIgnoringCase("LIMIT");
    }

    @Test
    void unordered_querysets_are_logged_as_warnings() {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.quintet.core.paginator.UnorderedObjectListWarning");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            new Paginator<>(Post.objects.all(), 5);                   // default ordering
            new Paginator<>(Tag.objects.orderBy("name"), 5);          // explicit ordering
            assertThat(appender.list).isEmpty();
            new Paginator<>(Tag.objects.all(), 5);
            new Paginator<>(Post.objects.orderBy(), 5);              // ordering cleared
            assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                    "Pagination may yield inconsistent results with an unordered object_list: blog.Tag QuerySet.",
                    "Pagination may yield inconsistent results with an unordered object_list: blog.Post QuerySet.");
        } finally {
            logger.detachAppender(appender);
        }
    }
}
