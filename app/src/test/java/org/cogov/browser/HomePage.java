package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /} signed in: the user's desk, with a card for each of their roles. */
final class HomePage extends Page {

    private static final String ROLE_CARD_PREFIX = "role-";

    HomePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "home", By.id("greeting"));
    }

    String greeting() {
        return text(By.id("greeting"));
    }

    String organization() {
        return text(By.id("organization"));
    }

    /** The roles the desk has a card for, as the application names them ({@code ADMIN}, {@code PROVIDER}, …). */
    List<String> roleCards() {
        return driver.findElements(By.cssSelector(".card[id^='" + ROLE_CARD_PREFIX + "']")).stream()
                .map(card -> card.getDomAttribute("id").substring(ROLE_CARD_PREFIX.length()))
                .toList();
    }

    HomePage switchToEnglish() {
        follow(By.id("lang-en"));
        return new HomePage(driver, baseUrl);
    }

    HomePage switchToChinese() {
        follow(By.id("lang-zh"));
        return new HomePage(driver, baseUrl);
    }

    /** Opens the home page again by its plain address: whatever it shows now comes from the session. */
    HomePage openAgain() {
        driver.get(baseUrl + "/");
        return new HomePage(driver, baseUrl);
    }

    ProceduresPage openProcedures() {
        follow(By.id("nav-procedures"));
        return new ProceduresPage(driver, baseUrl);
    }

    TendersPage openTenders() {
        follow(By.id("nav-tenders"));
        return new TendersPage(driver, baseUrl);
    }

    CataloguePage openCatalogue() {
        follow(By.id("nav-catalogue"));
        return new CataloguePage(driver, baseUrl);
    }
}
