package org.cogov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SecretBoxTests {

    private final SecretBox box = new SecretBox(new byte[32]);

    @Test
    void aSealedSecretOpensWithTheSameKeyAndContext() {
        String sealed = box.seal("seed".getBytes(StandardCharsets.UTF_8), "totp:1");
        assertThat(new String(box.open(sealed, "totp:1"), StandardCharsets.UTF_8)).isEqualTo("seed");
    }

    @Test
    void aSealedSecretCopiedToAnotherAccountDoesNotOpen() {
        String sealed = box.seal("seed".getBytes(StandardCharsets.UTF_8), "totp:1");
        assertThatThrownBy(() -> box.open(sealed, "totp:2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        byte[] other = new byte[32];
        Arrays.fill(other, (byte) 7);
        String sealed = box.seal("seed".getBytes(StandardCharsets.UTF_8), "totp:1");
        assertThatThrownBy(() -> new SecretBox(other).open(sealed, "totp:1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentTexts() {
        byte[] seed = "seed".getBytes(StandardCharsets.UTF_8);
        assertThat(box.seal(seed, "c")).isNotEqualTo(box.seal(seed, "c"));
    }

    @Test
    void aKeyOfTheWrongSizeIsRefused() {
        assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
