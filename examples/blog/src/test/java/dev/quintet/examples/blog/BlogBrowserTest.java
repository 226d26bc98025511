package dev.quintet.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The blog end to end in Debian's Chromium: one visitor's scenario, a step per method. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlogBrowserTest {
    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    @Order(1)
    void opensTheList() {
        browser.open("/blog/");
        assertThat(browser.page().locator("article, li, h2").count()).isPositive();
        assertThat(browser.page().content()).contains("Hello, Quintet");
    }
}
