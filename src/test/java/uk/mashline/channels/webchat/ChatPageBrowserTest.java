package uk.mashline.channels.webchat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import uk.mashline.testsupport.Browser;
import uk.mashline.testsupport.SharedService;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public web chat in real headless Chromium: type, read the reply, leave quickly. */
@SharedService
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatPageBrowserTest {

    @Inject
    EmbeddedServer server;

    Browser browser;

    @BeforeAll
    void start() {
        assertTrue(Browser.available(), "Chromium missing: run scripts/ensure-chromium (scripts/test does)");
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void typingAMessageShowsTheReplyWith999FirstForDanger() {
        open();
        send("my mums boyfriend is hitting her right now and I'm scared");
        WebElement reply = lastReply(2);
        List<WebElement> paragraphs = reply.findElements(By.tagName("p"));
        assertTrue(paragraphs.get(0).getText().contains("999"), reply.getText());
        assertTrue(reply.getText().contains("Source:"), reply.getText());
        assertEquals("log", browser.driver().findElement(By.id("log")).getAttribute("role"));
    }

    @Test
    void userTextIsShownAsTextAndRunsNothing() {
        open();
        String hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> help";
        send(hostile);
        lastReply(2);
        List<WebElement> mine = browser.driver().findElements(By.cssSelector(".msg.you p"));
        assertEquals(hostile, mine.get(mine.size() - 1).getText());
        assertNull(browser.script("return window.__pwned;"));
        assertTrue(browser.driver().findElements(By.cssSelector("#log img, #log script")).isEmpty());
    }

    @Test
    void thePageWorksAt320PixelsWideWithTheEmergencyBannerVisible() {
        browser.driver().manage().window().setSize(new Dimension(320, 640));
        try {
            open();
            Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth.intValue() <= 320, "horizontal scrolling at 320px: " + scrollWidth);
            assertTrue(browser.driver().findElement(By.id("emergency")).isDisplayed());
            assertTrue(browser.driver().findElement(By.id("exit")).isDisplayed());
            assertEquals("message", browser.driver().findElement(By.cssSelector("label[for=message]"))
                    .getAttribute("for"));
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void quickExitLeavesAndTheBackButtonDoesNotReturnToTheChat() {
        browser.driver().get("about:blank");
        open();
        browser.driver().findElement(By.id("exit")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/chat/"));
        assertFalse(browser.driver().getCurrentUrl().contains("localhost"), browser.driver().getCurrentUrl());
        browser.driver().navigate().back();
        assertFalse(browser.driver().getCurrentUrl().contains("/chat/"), "back returned to the chat");
    }

    private void open() {
        browser.driver().get("http://localhost:" + server.getPort() + "/chat/west-sussex");
        browser.waitUntil(d -> d.findElement(By.id("message")).isDisplayed());
    }

    private void send(String text) {
        WebElement box = browser.driver().findElement(By.id("message"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    private WebElement lastReply(int messages) {
        browser.waitUntil(d -> d.findElements(By.cssSelector("#log .msg")).size() >= messages
                && !d.findElements(By.cssSelector("#log .msg.line")).isEmpty());
        List<WebElement> replies = browser.driver().findElements(By.cssSelector("#log .msg.line"));
        return replies.get(replies.size() - 1);
    }
}
