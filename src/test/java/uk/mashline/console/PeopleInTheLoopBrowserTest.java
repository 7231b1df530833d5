package uk.mashline.console;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.testsupport.Browser;
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In real Chromium, the two ends of a staff reply: a person in the web chat asks for a person; the
 * reviewer sees them waiting at the top of the queue and the live badge, opens the conversation, replies
 * from the reply box, and the reply appears in the person's chat page; what the person writes next appears
 * in the console without a reload.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleInTheLoopBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    StaffUsers users;

    @Inject
    DataSource dataSource;

    Browser person;
    Browser staff;

    @BeforeAll
    void setUp() {
        assertTrue(Browser.available(), "Chromium missing: run scripts/ensure-chromium (scripts/test does)");
        StaffAccountsForTests.ensure(users);
        person = Browser.start();
        staff = Browser.start();
    }

    @AfterAll
    void tearDown() {
        if (person != null) {
            person.close();
        }
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void aPersonAsksForAPersonAndAReviewerRepliesFromTheConsole() {
        WebDriver chat = person.driver();
        chat.get(base() + "/chat/medway");
        send(chat, "can I talk to a real person");
        person.waitUntil(x -> x.findElements(By.cssSelector(".msg.line")).size() == 1);
        String conversation = new ConsoleTestData(dataSource).string(
                "SELECT id FROM conversation WHERE partnership_id = 'medway' AND waiting_since IS NOT NULL "
                        + "ORDER BY started_at DESC LIMIT 1");

        WebDriver console = staff.driver();
        console.get(base() + "/console");
        console.findElement(By.id("username")).sendKeys(StaffAccountsForTests.REVIEWER);
        console.findElement(By.id("password")).sendKeys(StaffAccountsForTests.PASSWORD);
        console.findElement(By.id("sign-in")).click();
        staff.waitUntil(x -> !x.findElements(By.cssSelector("#waiting li[data-id='" + conversation + "']")).isEmpty());
        WebElement waiting = console.findElement(By.cssSelector("#waiting li[data-id='" + conversation + "']"));
        assertTrue(waiting.getText().startsWith("Waiting "), waiting.getText());
        staff.waitUntil(x -> x.findElement(By.id("live-alerts")).getText().contains("waiting for a person"));

        waiting.findElement(By.linkText("Open and reply")).click();
        staff.waitUntil(x -> x.findElements(By.cssSelector("#timeline > li")).size() == 2);
        console.findElement(By.id("reply-text")).sendKeys("Hello, I'm Sam, a social worker at the Medway MASH.");
        console.findElement(By.id("send-reply")).click();
        staff.waitUntil(x -> x.findElements(By.cssSelector("#timeline > li.from-staff")).size() == 1);
        assertTrue(console.findElement(By.cssSelector("#timeline > li.from-staff")).getText()
                .contains("Staff: " + StaffAccountsForTests.REVIEWER));

        // the person's page shows it at its next look (every 5 s), marked as from staff
        new WebDriverWait(chat, Duration.ofSeconds(15)).until(x -> !x.findElements(By.cssSelector(".msg.staff")).isEmpty());
        WebElement reply = chat.findElement(By.cssSelector(".msg.staff"));
        assertTrue(reply.getText().contains("MASH staff") && reply.getText().contains("I'm Sam"), reply.getText());

        // and what the person writes next appears in the console without a reload
        send(chat, "thank you, my son is 9");
        person.waitUntil(x -> x.findElements(By.cssSelector(".msg.line")).size() == 2);
        staff.waitUntil(x -> x.findElement(By.id("timeline")).getText().contains("thank you, my son is 9"));
        List<WebElement> items = console.findElements(By.cssSelector("#timeline > li"));
        assertEquals(5, items.size(), "no message twice: " + console.findElement(By.id("timeline")).getText());
    }

    private static void send(WebDriver chat, String text) {
        chat.findElement(By.id("message")).sendKeys(text);
        chat.findElement(By.id("send")).click();
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }
}
