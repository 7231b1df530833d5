package uk.mashline.console;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.testsupport.Browser;
import uk.mashline.testsupport.MutableConsoleClock;
import uk.mashline.testsupport.StaffAccountsForTests;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In real Chromium: an ADMIN's first sign-in sets up an authenticator from the page's QR code and key. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "mash.staff.mfa", value = "admin")
@Property(name = "test.console-clock", value = "mutable")
class SecondFactorBrowserTest {

    @Inject
    MutableConsoleClock clock;

    @Inject
    EmbeddedServer server;

    @Inject
    StaffUsers users;

    Browser browser;

    @BeforeAll
    void setUp() {
        assertTrue(Browser.available(), "Chromium missing: run scripts/ensure-chromium (scripts/test does)");
        users.create("test", "browser.admin", "ADMIN", StaffAccountsForTests.PASSWORD);
        browser = Browser.start();
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theFirstSignInSetsUpTheAuthenticatorAndShowsRecoveryCodesOnce() throws Exception {
        WebDriver d = browser.driver();
        String base = "http://localhost:" + server.getPort();
        d.get(base + "/console");
        d.findElement(By.id("username")).sendKeys("browser.admin");
        d.findElement(By.id("password")).sendKeys(StaffAccountsForTests.PASSWORD);
        d.findElement(By.id("sign-in")).click();

        browser.waitUntil(x -> !x.findElements(By.id("enrol-secret")).isEmpty()
                && !x.findElement(By.id("enrol-secret")).getText().isBlank());
        Object qrWidth = browser.script("const i = document.getElementById('enrol-qr'); return i.complete && !i.hidden ? i.naturalWidth : 0;");
        assertTrue(((Number) qrWidth).intValue() > 100, "the QR code is drawn (CSP allows its data: image): " + qrWidth);
        String secret = d.findElement(By.id("enrol-secret")).getText().replace(" ", "");

        d.findElement(By.id("enrol-code")).sendKeys("000000".equals(code(secret)) ? "111111" : "000000");
        d.findElement(By.id("confirm-enrolment")).click();
        browser.waitUntil(x -> !x.findElement(By.id("enrol-error")).getText().isBlank());

        d.findElement(By.id("enrol-code")).clear();
        d.findElement(By.id("enrol-code")).sendKeys(code(secret));
        d.findElement(By.id("confirm-enrolment")).click();
        browser.waitUntil(x -> x.findElements(By.cssSelector("#recovery-codes li")).size() == 10);
        assertTrue(d.findElement(By.id("recovery")).isDisplayed());

        d.findElement(By.id("continue")).click();
        browser.waitUntil(x -> !x.findElements(By.id("queue")).isEmpty());
        assertEquals("browser.admin", d.findElement(By.id("current-user")).getText());

        // Your account: a personal API token, shown once
        d.get(base + "/console/account");
        d.findElement(By.id("token-name")).sendKeys("nightly export");
        d.findElement(By.id("create-token")).click();
        browser.waitUntil(x -> x.findElement(By.id("new-token-value")).getText().startsWith("mash_"));
        browser.waitUntil(x -> x.findElement(By.cssSelector("#tokens tbody")).getText().contains("nightly export"));
        assertTrue(d.findElement(By.id("second-factor-state")).getText().contains("Recovery codes left: 10"),
                d.findElement(By.id("second-factor-state")).getText());

        // later, an admin change asks for the password and code again, then goes through
        clock.advance(Duration.ofMinutes(6));
        d.get(base + "/console/admin/users");
        browser.waitUntil(x -> x.findElements(By.cssSelector("#users tbody tr")).size() >= 1);
        d.findElement(By.id("nu-username")).sendKeys("made.in.browser");
        d.findElement(By.id("nu-password")).sendKeys("violet harbour tram 7");
        d.findElement(By.cssSelector("#new-user button[type=submit]")).click();
        browser.waitUntil(x -> x.findElement(By.id("reauth")).isDisplayed());
        d.findElement(By.id("reauth-password")).sendKeys(StaffAccountsForTests.PASSWORD);
        d.findElement(By.id("reauth-code")).sendKeys(code(secret));
        d.findElement(By.id("reauth-confirm")).click();
        browser.waitUntil(x -> x.findElement(By.id("users-result")).getText().contains("Created made.in.browser"));
        assertTrue(!d.findElement(By.id("reauth")).isDisplayed());
        assertEquals(null, browser.script("return window.__pwned === undefined ? null : 'pwned';"));
    }

    // the code of the step the (moved) console clock is in
    private String code(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Math.floorDiv(clock.now().getEpochSecond(), 30));
    }
}
