package nl.pestprotocol.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;

/**
 * The pages in a real browser (issue 9): a parent and a pupil report through the public form, the
 * aanspreekpunt aps1 signs in through the real Keycloak login page, sees the charts drawn, triages the
 * pupil's report into a new case and the parent's into an existing one, opens the worklist and signs
 * out; the pupil's status page follows. Screenshots (report-form, report-receipt, dashboard,
 * dashboard-desktop, triage, triage-link, worklist, report-status) land in target/screenshots. Without
 * chromium and chromium-driver on the machine the test is skipped, saying so, never passed.
 */
@QuarkusTest
class WebBrowserTest extends ApiTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(Browser.missing().isEmpty(), () -> "browser tests skipped: " + Browser.missing().orElse(""));
        browser = Browser.start(412, 915);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void reportsFromThePublicFormAreTriagedIntoANewAndAnExistingCaseByTheAanspreekpuntWhoSignsInSeesChartsAndWorklistAndSignsOut() {
        // enough cases this month that the charts draw bars (counts below 5 are never drawn); the last one is the existing case
        String existingCase = null;
        for (int i = 1; i <= 6; i++) {
            existingCase = CaseJourney.openAbout(CaseJourney.MENTOR, "1A-0" + i).extract().path("id");
        }
        String pupilWithoutMentor = CaseJourney.newStudent("9Z");
        // a parent reports through the form as well: this one goes to the existing case
        open("melden");
        browser.findElement(By.cssSelector("input[name=reporterType][value=OUDER]")).click();
        browser.findElement(By.name("description")).sendKeys("Mijn zoon wordt na schooltijd bij de fietsenstalling opgewacht.");
        browser.findElement(By.cssSelector("form.report-form button[type=submit]")).click();
        String parentsCode = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code"))).getText();

        // a pupil reports, without an account
        open("melden");
        browser.findElement(By.cssSelector("input[name=reporterType][value=LEERLING]")).click();
        browser.findElement(By.name("description")).sendKeys("In de klassenapp worden foto's van mij gedeeld met gemene teksten.");
        browser.findElement(By.cssSelector("input[name=forms][value=DIGITAAL]")).click();
        browser.findElement(By.name("location")).sendKeys("klassenapp");
        browser.findElement(By.name("about")).sendKeys("Twee jongens uit mijn klas");
        Browser.screenshot(browser, "report-form");
        browser.findElement(By.cssSelector("form.report-form button[type=submit]")).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code"))).getText();
        String secret = browser.findElement(By.id("receipt-secret")).getText();
        assertTrue(code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"), code);
        Browser.screenshot(browser, "report-receipt");

        // the aanspreekpunt signs in through Keycloak's own login page
        open("desk");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("aps1");
        assertTrue(browser.getCurrentUrl().contains("/realms/pestprotocol/protocol/openid-connect/auth"), browser.getCurrentUrl());
        browser.findElement(By.id("password")).sendKeys("aps1");
        browser.findElement(By.id("kc-login")).click();

        // the dashboard with its charts, drawn by ECharts on canvas
        wait.until(ExpectedConditions.urlContains("/desk/statistieken"));
        for (String chart : List.of("chart-month", "chart-form", "chart-level")) {
            WebElement drawn = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
            assertTrue(drawn.getSize().getWidth() > 100 && drawn.getSize().getHeight() > 100, chart + " " + drawn.getSize());
        }
        Browser.screenshot(browser, "dashboard");
        browser.manage().window().setSize(new Dimension(1280, 1500));
        Browser.screenshot(browser, "dashboard-desktop");
        browser.manage().window().setSize(new Dimension(412, 915));
        assertNoPolicyViolations();

        // triage: the report becomes a new case about the pupil
        open("desk/meldingen");
        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-" + code)));
        report.findElement(By.cssSelector("input[name=triage][value=NIEUWE_CASUS]")).click();
        report.findElement(By.name("summary")).sendKeys("Foto's in de klassenapp");
        // a pupil without a group has no mentor, so the case is aps1's own and on aps1's worklist
        report.findElement(By.name("students")).sendKeys(pupilWithoutMentor + " GEPESTE");
        report.findElement(By.name("message")).sendKeys("We nemen contact met je op via je mentor.");
        report.findElement(By.cssSelector("button[type=submit]")).click();
        String done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText();
        assertTrue(done.contains(code) && done.contains("NIEUWE_CASUS") && done.contains("casus "), done);
        String newCase = done.substring(done.indexOf("casus ") + 6, done.length() - 1);
        assertTrue(browser.findElements(By.id("report-" + code)).isEmpty(), "the report left the queue of new reports");
        Browser.screenshot(browser, "triage");

        // triage: the parent's report is added to the existing case as an incident
        WebElement parents = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-" + parentsCode)));
        parents.findElement(By.cssSelector("input[name=triage][value=GEKOPPELD]")).click();
        parents.findElement(By.name("caseId")).sendKeys(existingCase);
        parents.findElement(By.cssSelector("button[type=submit]")).click();
        String linked = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText();
        assertTrue(linked.contains(parentsCode) && linked.contains("GEKOPPELD") && linked.contains("casus " + existingCase), linked);
        assertTrue(browser.findElements(By.id("report-" + parentsCode)).isEmpty(), "the report left the queue of new reports");
        Browser.screenshot(browser, "triage-link");
        as(CaseJourney.MENTOR).get("/api/v1/cases/" + existingCase + "/incidents").then().statusCode(200)
                .body("items.find { it.reporterType == 'OUDER' }.description",
                        equalTo("Mijn zoon wordt na schooltijd bij de fietsenstalling opgewacht."));

        // the worklist, through the menu (aps1 is ondersteuningscoördinator as well)
        browser.findElement(By.linkText("Werklijst")).click();
        wait.until(ExpectedConditions.urlContains("/desk/werklijst"));
        assertEquals("Werklijst", browser.findElement(By.tagName("h1")).getText());
        Browser.screenshot(browser, "worklist");
        // the new case is aps1's own; with the suite's other cases it may be on a later page (open-ended items come last)
        String worklist = browser.findElement(By.cssSelector("ul.cards")).getText();
        for (int page = 1; !worklist.contains(newCase) && page < 50; page++) {
            List<WebElement> next = browser.findElements(By.linkText("Volgende"));
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(next.get(0)));
            worklist = browser.findElement(By.cssSelector("ul.cards")).getText();
        }
        String item = browser.findElements(By.cssSelector("ul.cards li.card")).stream().map(WebElement::getText)
                .filter(t -> t.contains(newCase)).findFirst().orElse("");
        assertTrue(item.startsWith("Casus van u"), () -> "the new case is aps1's own on the worklist: " + item);
        assertNoPolicyViolations();

        // signing out ends the Keycloak session too: the desk asks for the login again
        browser.findElement(By.linkText("Uitloggen")).click();
        wait.until(ExpectedConditions.urlContains("/melden"));
        open("desk");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().contains("/realms/pestprotocol/protocol/openid-connect/auth"), browser.getCurrentUrl());

        // the pupil's status follows
        open("melden/status");
        browser.findElement(By.name("code")).sendKeys(code);
        browser.findElement(By.name("secret")).sendKeys(secret);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        String status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText();
        assertTrue(status.contains("In behandeling") && status.contains("We nemen contact met je op via je mentor."), status);
        Browser.screenshot(browser, "report-status");
        assertNoPolicyViolations();
    }

    private void open(String path) {
        browser.get(base.toString() + path);
    }

    /** The strict Content-Security-Policy must not have blocked anything the pages need. */
    private void assertNoPolicyViolations() {
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        List<String> severe = entries.stream().filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon.ico")).toList();
        assertEquals(List.of(), severe, "errors in the browser console");
        assertFalse(entries.stream().anyMatch(e -> e.getMessage().contains("Content Security Policy")), entries.toString());
    }
}
