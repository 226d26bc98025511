package dev.quintet.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The blog end to end in Debian's Chromium: one visitor's scenario, a step per method, each step
 * starting on the page the one before left (see {@link BrowserTestSupport}). The selectors are the
 * DOM contract of the example's templates.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlogBrowserTest {
    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    private static final String NEW_TITLE = "Written in Chromium";
    private static final String COMMENT = "Read in a real browser, end to end.";
    /** The post the visitor found by searching, opened in step 4 and used to the end. */
    private static String postPath;
    private static String postTitle;

    @BeforeAll
    static void waitLonger() {
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @Test
    @Order(1)
    void theHomePageRedirectsToTheNewestPostsFirst() {
        page().navigate(browser.url("/"));
        expect(page()).hasURL(browser.url("/blog/"));
        expect(page().locator("article.post")).hasCount(10);
        expect(page().locator("article.post a.post-title").first()).hasText("The request-response cycle");
        expect(page().locator("nav.pagination span.current")).hasText("Page 1 of 3");
        expect(page().locator("a#prev-page")).hasCount(0);
    }

    @Test
    @Order(2)
    void pagesToPageTwo() {
        page().locator("a#next-page").click();
        expect(page()).hasURL(Pattern.compile("/blog/\\?(.*&)?page=2"));
        expect(page().locator("nav.pagination span.current")).hasText("Page 2 of 3");
        expect(page().locator("article.post")).hasCount(10);
        expect(page().locator("a#prev-page")).isVisible();
        expect(page().locator("a#next-page")).isVisible();
    }

    @Test
    @Order(3)
    void searchesTitlesAndContent() {
        page().locator("form#search input[name=q]").fill("virtual");
        page().locator("button#search-submit").click();
        expect(page()).hasURL(Pattern.compile("/blog/\\?(.*&)?q=virtual"));
        expect(page().locator("article.post").first()).isVisible();
        assertThat(page().locator("article.post").count()).isBetween(1, 9);
        expect(page().locator("a#next-page")).hasCount(0);
    }

    @Test
    @Order(4)
    void opensAPost() {
        Locator first = page().locator("article.post a.post-title").first();
        postTitle = first.innerText().strip();
        first.click();
        expect(page()).hasURL(Pattern.compile("/blog/posts/\\d+/$"));
        expect(page().locator("h1#post-title")).hasText(postTitle);
        postPath = path(page().url());
        expect(likeButton()).hasText("Like");
        expect(page().locator("a#nav-login")).isVisible();
    }

    @Test
    @Order(5)
    void likingAnonymouslySendsToTheLoginPage() {
        Response like = page().waitForResponse(r -> r.url().endsWith("/like/"), () -> likeButton().click());
        assertThat(like.status()).as("the like view's answer to an anonymous POST (CSRF passed, login required)")
                .isEqualTo(302);
        assertThat(like.headerValue("location")).startsWith("/accounts/login/?next=");
        // the page's script follows: the login page, to come back to this post
        expect(page()).hasURL(browser.url("/accounts/login/?next=" + postPath));
        expect(page().locator("form#login-form")).isVisible();
    }

    @Test
    @Order(6)
    void logsInAndLandsBackOnThePost() {
        page().locator("form#login-form input[name=username]").fill("ada");
        page().locator("form#login-form input[name=password]").fill("quintet-demo");
        page().locator("button#login-submit").click();
        expect(page()).hasURL(browser.url(postPath));
        expect(page().locator("span#nav-user")).containsText("ada");
        expect(page().locator("h1#post-title")).hasText(postTitle);
    }

    @Test
    @Order(7)
    void likesAndUnlikesWithoutReloading() {
        String before = likeButton().innerText().strip();
        int count = likeCount();
        String after = before.equals("Like") ? "Unlike" : "Like";
        int changed = before.equals("Like") ? count + 1 : count - 1;
        page().evaluate("window.__sameDocument = 'still here'");

        likeButton().click();
        expect(likeButton()).hasText(after);
        expect(likeCountLabel()).hasText(String.valueOf(changed));
        likeButton().click();
        expect(likeButton()).hasText(before);
        expect(likeCountLabel()).hasText(String.valueOf(count));

        assertThat(page().evaluate("window.__sameDocument")).as("the page was not reloaded").isEqualTo("still here");
        assertThat(page().evaluate("performance.getEntriesByType('navigation').length")).isEqualTo(1);
        assertThat(page().url()).isEqualTo(browser.url(postPath));
    }

    @Test
    @Order(8)
    void aLikeIsStoredOnTheServer() {
        boolean liked = likeButton().innerText().strip().equals("Unlike");
        String changed = String.valueOf(liked ? likeCount() - 1 : likeCount() + 1);
        likeButton().click();
        expect(likeCountLabel()).hasText(changed);
        page().reload();
        expect(likeButton()).hasText(liked ? "Like" : "Unlike");
        expect(likeCountLabel()).hasText(changed);
    }

    @Test
    @Order(9)
    void postsACommentAndSeesIt() {
        page().locator("form.comment-form textarea[name=comment]").fill(COMMENT);
        page().locator("button#comment-submit").click();
        expect(page()).hasURL(browser.url(postPath));
        Locator mine = page().locator("section.comments div.comment").filter(new Locator.FilterOptions().setHasText(COMMENT));
        expect(page().locator("ul.messages li.success")).isVisible();
        expect(mine).hasCount(1);
        expect(mine.locator(".comment-author")).containsText("ada");
        expect(mine.locator(".comment-content")).containsText(COMMENT);
        browser.screenshot("post-detail");
    }

    @Test
    @Order(10)
    void createsAPostAndSeesItListed() {
        page().locator("a#nav-create").click();
        expect(page()).hasURL(browser.url("/blog/posts/create/"));
        page().locator("form#post-form [name=title]").fill(NEW_TITLE);
        page().locator("form#post-form [name=content]").fill("Typed into a form by Playwright.\n\nThen saved by Quintet.");
        page().locator("form#post-form select[name=category]").selectOption(new SelectOption().setLabel("Java"));
        page().locator("form#post-form select[name=tags]").selectOption(new SelectOption().setIndex(0));
        page().locator("button#post-submit").click();

        expect(page()).hasURL(Pattern.compile("/blog/posts/\\d+/$"));
        expect(page().locator("h1#post-title")).hasText(NEW_TITLE);
        expect(page().locator("ul.messages li.success")).hasText("Your post \"" + NEW_TITLE + "\" was created.");
        expect(page().locator("a#edit-post")).isVisible();

        page().navigate(browser.url("/blog/"));
        expect(page().locator("article.post a.post-title").first()).hasText(NEW_TITLE);
    }

    @Test
    @Order(11)
    void logsOut() {
        page().locator("button#logout-button").click();
        expect(page()).hasURL(browser.url("/blog/"));
        expect(page().locator("a#nav-login")).isVisible();
        expect(page().locator("span#nav-user")).hasCount(0);
        expect(page().locator("a#nav-create")).hasCount(0);
    }

    private static Page page() {
        return browser.page();
    }

    private static Locator likeButton() {
        return page().locator("button.like-button[id^=like-btn-]");
    }

    private static Locator likeCountLabel() {
        return page().locator("span#like-count-" + likeButton().getAttribute("data-post-id"));
    }

    private static int likeCount() {
        return Integer.parseInt(likeCountLabel().innerText().strip());
    }

    private static String path(String url) {
        return java.net.URI.create(url).getPath();
    }

    private static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    private static PageAssertions expect(Page page) {
        return PlaywrightAssertions.assertThat(page);
    }
}
