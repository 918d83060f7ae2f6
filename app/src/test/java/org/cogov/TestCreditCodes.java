package org.cogov;

import java.util.UUID;

import org.cogov.registry.CreditCode;

/** Fresh, valid unified social credit codes for organizations that tests create: social organizations of Lanjiang. */
public final class TestCreditCodes {

    private TestCreditCodes() {
    }

    public static String next() {
        String first17 = "51330100MJ" + String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 7);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
