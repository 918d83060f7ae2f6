package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /contracts/{id}}: a contract's clauses and signatures; each party enrols its signer key and signs here. */
final class ContractPage extends Page {

    ContractPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "contract", By.id("contract-facts"));
    }

    static ContractPage open(WebDriver driver, String baseUrl, String contractId) {
        driver.get(baseUrl + "/contracts/" + contractId);
        return new ContractPage(driver, baseUrl);
    }

    /** Signs for the user's party, enrolling the user's signer key with the same passphrase first when it has none. */
    ContractPage signWith(String passphrase) {
        if (!driver.findElements(By.id("enrol-form")).isEmpty()) {
            type(By.id("enrol-passphrase"), passphrase);
            follow(By.cssSelector("#enrol-form button"));
        }
        ContractPage enrolled = new ContractPage(driver, baseUrl);
        enrolled.type(By.id("sign-passphrase"), passphrase);
        enrolled.follow(By.cssSelector("#sign-form button"));
        return new ContractPage(driver, baseUrl);
    }

    String status() {
        return text(By.id("contract-status"));
    }

    int signatures() {
        return driver.findElements(By.cssSelector("#signatures tbody tr")).size();
    }

    ImplementationPage implementation() {
        follow(By.id("implementation-link"));
        return new ImplementationPage(driver, baseUrl);
    }
}
