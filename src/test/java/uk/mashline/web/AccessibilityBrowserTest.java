package uk.mashline.web;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.testsupport.Axe;
import uk.mashline.testsupport.Browser;
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.SharedService;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public-sector pages must meet WCAG 2.2 AA: axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on the chat
 * pages and on every console page, each checked in real Chromium once its scripts have filled it in.
 */
@SharedService
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    StaffUsers users;

    @Inject
    DataSource dataSource;

    Browser browser;
    String conversationId;

    @BeforeAll
    void setUp() {
        assertTrue(Browser.available(), "Chromium missing: run scripts/ensure-chromium (scripts/test does)");
        assertTrue(Axe.available(), "axe-core missing at " + Axe.SCRIPT + ": run scripts/ensure-axe (scripts/test does)");
        StaffAccountsForTests.ensure(users);
        ConsoleTestData data = new ConsoleTestData(dataSource);
        Instant now = ConsoleTestData.now();
        conversationId = data.conversation("p-a11y", "SMS", "+447700900333", "IMMEDIATE_RISK", "NEW",
                now.minusSeconds(3600), now.minusSeconds(3500), 2);
        data.message(conversationId, "IN", "he is hitting her now", "IMMEDIATE_RISK", "immediate_risk", 0.93,
                "danger-now", null, now.minusSeconds(3600));
        data.message(conversationId, "OUT", "If a child is in danger now, call 999.", "IMMEDIATE_RISK", null, null,
                null, "Police emergency line", now.minusSeconds(3599));
        browser = Browser.start();
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theChatChooserHasNoViolation() {
        open("/chat", d -> !d.findElements(By.cssSelector("main a[href^='/chat/']")).isEmpty());
        assertEquals(List.of(), Axe.violations(browser));
    }

    @Test
    void aChatWithRepliesHasNoViolation() {
        browser.driver().manage().window().setSize(new Dimension(1000, 500));
        try {
            open("/chat/west-sussex", d -> d.findElement(By.id("message")).isDisplayed());
            send("hello");
            send("I am worried about a child next door, how do I report it?");
            send("my mums boyfriend is hitting her right now");
            assertEquals(Boolean.TRUE, browser.script(
                    "var log = document.getElementById('log'); return log.scrollHeight > log.clientHeight;"),
                    "the conversation outgrows its box and scrolls");
            assertEquals(List.of(), Axe.violations(browser), "a chat with the 999 reply");
            // replies with nothing to open ("More") or follow leave nothing inside the log to take the focus:
            // the log itself must, or the keyboard cannot scroll back through the conversation
            browser.script("document.querySelectorAll('#log details').forEach(function (d) { d.remove(); });");
            assertEquals(Boolean.TRUE, browser.script(
                    "var log = document.getElementById('log'); return log.scrollHeight > log.clientHeight;"));
            assertEquals(List.of(), Axe.violations(browser), "a scrolling chat with nothing focusable in it");
            browser.driver().findElement(By.id("exit")).sendKeys(Keys.TAB);
            assertEquals("log", browser.script("return document.activeElement.id;"), "Tab after the exit button");
            browser.script("document.getElementById('log').scrollTop = 0;");
            browser.driver().switchTo().activeElement().sendKeys(Keys.END);
            browser.waitUntil(d -> ((Number) browser.script("return document.getElementById('log').scrollTop;")).intValue() > 0);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void axeFindsAViolationWhenThereIsOne() {
        open("/chat", d -> !d.findElements(By.cssSelector("main a[href^='/chat/']")).isEmpty());
        browser.script("var i = document.createElement('img'); i.src = '/assets/none.png'; document.querySelector('main').appendChild(i);");
        List<String> found = Axe.violations(browser);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt")), String.valueOf(found));
    }

    @Test
    void everyConsolePageHasNoViolation() {
        WebDriver d = browser.driver();
        d.get(base() + "/console");
        d.manage().deleteAllCookies();
        open("/console", x -> !x.findElements(By.id("password")).isEmpty());
        List<String> found = new ArrayList<>(page("sign-in"));
        d.findElement(By.id("username")).sendKeys(StaffAccountsForTests.ADMIN);
        d.findElement(By.id("password")).sendKeys(StaffAccountsForTests.PASSWORD);
        d.findElement(By.id("sign-in")).click();
        browser.waitUntil(x -> !x.findElements(By.cssSelector("#queue tbody tr[data-id]")).isEmpty());
        found.addAll(page("queue"));
        open("/console/conversations/" + conversationId, x -> x.findElements(By.cssSelector("#timeline > li")).size() == 2);
        found.addAll(page("conversation"));
        open("/console/dashboard", x -> Boolean.TRUE.equals(browser.script(
                "return !!(window.Chart && Chart.getChart(document.getElementById('chart-route')));")));
        found.addAll(page("dashboard"));
        open("/console/account", x -> x.findElement(By.id("change-password")).isDisplayed());
        found.addAll(page("account"));
        open("/console/admin/users", x -> x.findElements(By.cssSelector("#users tbody tr")).size() >= 2);
        found.addAll(page("users"));
        open("/console/admin/audit", x -> !x.findElements(By.cssSelector("#audit tbody tr")).isEmpty());
        found.addAll(page("audit"));
        open("/console/admin/retention", x -> x.findElement(By.id("retention-days")).getText().contains("days"));
        found.addAll(page("retention"));
        assertEquals(List.of(), found);
    }

    @Test
    void swaggerUiRendersTheDocumentUnderTheContentSecurityPolicy() {
        open("/swagger-ui", d -> d.findElements(By.cssSelector(".swagger-ui .opblock")).size() > 20);
        String text = browser.driver().findElement(By.id("swagger-ui")).getText();
        assertTrue(text.contains("/api/chat/{partnership}/messages") && text.contains("/twilio/sms"), text);
    }

    private List<String> page(String name) {
        return Axe.violations(browser).stream().map(v -> name + ": " + v).toList();
    }

    private void open(String path, Function<WebDriver, Boolean> ready) {
        browser.driver().get(base() + path);
        browser.waitUntil(ready);
    }

    private void send(String text) {
        int before = browser.driver().findElements(By.cssSelector("#log .msg.line")).size();
        WebElement box = browser.driver().findElement(By.id("message"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> d.findElements(By.cssSelector("#log .msg.line")).size() > before);
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }
}
