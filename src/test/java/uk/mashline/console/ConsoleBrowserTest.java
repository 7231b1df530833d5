package uk.mashline.console;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.testsupport.Browser;
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console in real headless Chromium: sign in, risk-first queue, timeline, review, dashboard, stored XSS. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    static final String SCRIPT_PAYLOAD = "<script>window.__pwned=1</script>";
    static final String IMG_PAYLOAD = "<img src=x onerror=\"window.__pwned=2\">";

    @Inject
    EmbeddedServer server;

    @Inject
    StaffUsers users;

    @Inject
    DataSource dataSource;

    ConsoleTestData data;
    Browser browser;
    String riskId;

    @BeforeAll
    void setUp() {
        assertTrue(Browser.available(), "Chromium missing: run scripts/ensure-chromium (scripts/test does)");
        StaffAccountsForTests.ensure(users);
        data = new ConsoleTestData(dataSource);
        Instant now = ConsoleTestData.now();
        data.conversation("p-browser", "WEB", "web-7f3a9c", "GREETING", "NEW", now.minusSeconds(120), now.minusSeconds(60), 2);
        data.conversation("p-browser", "VOICE", "+447700900222", "REPORT_CONCERN", "IN_REVIEW", now.minusSeconds(900), now.minusSeconds(800), 4);
        riskId = data.conversation("p-browser", "SMS", "+447700900111", "IMMEDIATE_RISK", "NEW",
                now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)), 3);
        data.message(riskId, "IN", "Help " + SCRIPT_PAYLOAD + " he is here now " + IMG_PAYLOAD, "IMMEDIATE_RISK",
                "immediate_risk", 0.93, "danger-now", null, now.minus(Duration.ofHours(3)));
        data.message(riskId, "OUT", "If a child is in danger now, call 999.", "IMMEDIATE_RISK", null, null, null,
                "Police emergency line;MASH contact card", now.minus(Duration.ofHours(3)).plusSeconds(1));
        data.message(riskId, "IN", "ok thanks", "GOODBYE", "goodbye", 0.71, null, null, now.minus(Duration.ofHours(2)));
        browser = Browser.start();
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReviewerSignsInWorksTheQueueReviewsAConversationAndSeesTheDashboard() {
        WebDriver d = browser.driver();
        signIn(StaffAccountsForTests.REVIEWER);

        // the queue, risk first
        browser.waitUntil(x -> x.findElements(By.cssSelector("#queue tbody tr[data-id]")).size() >= 3);
        List<WebElement> rows = d.findElements(By.cssSelector("#queue tbody tr[data-id]"));
        assertEquals(riskId, rows.get(0).getAttribute("data-id"));
        assertTrue(rows.get(0).getText().contains("IMMEDIATE RISK"), "risk is marked in words: " + rows.get(0).getText());
        assertTrue(rows.get(0).getAttribute("class").contains("risk-row"));
        assertTrue(d.findElement(By.id("unreviewed")).getText().contains("2 unreviewed"), d.findElement(By.id("unreviewed")).getText());
        assertTrue(rows.get(0).getText().contains("+44 77** ***111"));

        // the timeline shows the stored payloads as text and runs nothing
        rows.get(0).findElement(By.cssSelector("a.open-conversation")).click();
        browser.waitUntil(x -> x.findElements(By.cssSelector("#timeline > li")).size() == 3);
        WebElement first = d.findElement(By.cssSelector("#timeline > li .text"));
        assertTrue(first.getText().contains(SCRIPT_PAYLOAD), first.getText());
        assertTrue(first.getText().contains(IMG_PAYLOAD), first.getText());
        assertNull(browser.script("return window.__pwned;"), "no stored script ran");
        assertEquals(0L, browser.script("return document.querySelectorAll('#timeline script, #timeline img').length;"));
        String timeline = d.findElement(By.id("timeline")).getText();
        assertTrue(timeline.contains("Immediate-risk rule fired: danger-now"), timeline);
        assertTrue(timeline.contains("Police emergency line") && timeline.contains("MASH contact card"), timeline);
        assertTrue(timeline.contains("Confidence: 0.93"), timeline);
        assertTrue(d.findElement(By.id("facts")).getText().contains("+447700900111"), "staff see the full number in the detail");

        // review it
        d.findElement(By.id("review-note")).sendKeys("Rang back, police informed");
        d.findElement(By.id("mark-reviewed")).click();
        browser.waitUntil(x -> x.findElement(By.id("review-result")).getText().startsWith("Saved"));
        assertEquals("REVIEWED", data.string("SELECT review_status FROM conversation WHERE id = ?", riskId));
        assertEquals(StaffAccountsForTests.REVIEWER, data.string("SELECT reviewed_by FROM conversation WHERE id = ?", riskId));

        // back in the queue it is no longer on top
        d.get(base() + "/console");
        browser.waitUntil(x -> x.findElements(By.cssSelector("#queue tbody tr[data-id]")).size() >= 3);
        assertTrue(!riskId.equals(d.findElements(By.cssSelector("#queue tbody tr[data-id]")).get(0).getAttribute("data-id")));

        // the dashboard draws its charts with Chart.js from the webjar
        d.findElement(By.linkText("Dashboard")).click();
        browser.waitUntil(x -> Boolean.TRUE.equals(browser.script(
                "return !!(window.Chart && Chart.getChart(document.getElementById('chart-route'))"
                        + " && Chart.getChart(document.getElementById('chart-channel')));")));
        assertEquals(Boolean.TRUE, browser.script("return Chart.getChart(document.getElementById('chart-route')).data.datasets"
                + ".some(function (s) { return s.label === 'IMMEDIATE RISK' && s.data.reduce(function (a, b) { return a + b; }, 0) >= 1; });"));
        browser.waitUntil(x -> !x.findElement(By.id("median-review")).getText().equals("–"));
        assertTrue(d.findElement(By.id("total-contacts")).getText().matches("\\d+"));

        // reviewers do not see admin pages
        assertTrue(d.findElements(By.linkText("Users")).stream().noneMatch(WebElement::isDisplayed));

        // sign out ends the session
        d.findElement(By.id("logout")).click();
        browser.waitUntil(x -> !x.findElements(By.id("password")).isEmpty());
        d.get(base() + "/console/dashboard");
        assertTrue(!d.findElements(By.id("password")).isEmpty(), "signed out: the console asks to sign in again");
    }

    @Test
    void anAdminSeesTheAuditLogAndUsers() {
        WebDriver d = browser.driver();
        signIn(StaffAccountsForTests.ADMIN);
        browser.waitUntil(x -> !x.findElements(By.cssSelector("#queue tbody tr")).isEmpty());
        d.findElement(By.linkText("Users")).click();
        browser.waitUntil(x -> x.findElements(By.cssSelector("#users tbody tr")).size() >= 2);
        d.findElement(By.id("nu-username")).sendKeys("browser.made");
        d.findElement(By.id("nu-password")).sendKeys("a browser password");
        d.findElement(By.cssSelector("#new-user button[type=submit]")).click();
        browser.waitUntil(x -> x.findElement(By.id("users-result")).getText().contains("Created browser.made"));
        d.findElement(By.linkText("Audit log")).click();
        browser.waitUntil(x -> x.findElement(By.id("audit")).getText().contains("USER_CREATE"));
        d.findElement(By.linkText("Retention")).click();
        browser.waitUntil(x -> x.findElement(By.id("retention-days")).getText().contains("days"));
    }

    private void signIn(String username) {
        WebDriver d = browser.driver();
        d.get(base() + "/console");
        d.manage().deleteAllCookies();
        d.get(base() + "/console");
        d.findElement(By.id("username")).sendKeys(username);
        d.findElement(By.id("password")).sendKeys(StaffAccountsForTests.PASSWORD);
        d.findElement(By.id("sign-in")).click();
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }
}
