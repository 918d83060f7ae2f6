package org.cogov.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8TextTests {

    private static Utf8Text of(byte... bytes) {
        Utf8Text text = new Utf8Text();
        text.update(bytes, 0, bytes.length);
        return text;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void chineseEmojiAndAByteOrderMarkAreText() {
        assertThat(of("\uFEFF采购公告 🏛️ tender".getBytes(StandardCharsets.UTF_8)).complete()).isTrue();
    }

    @Test
    void aCharacterSplitBetweenPiecesIsText() {
        byte[] han = "政".getBytes(StandardCharsets.UTF_8);
        Utf8Text text = new Utf8Text();
        text.update(han, 0, 1);
        assertThat(text.possible()).isTrue();
        assertThat(text.complete()).isFalse();
        text.update(han, 1, 2);
        assertThat(text.complete()).isTrue();
    }

    @Test
    void aTruncatedCharacterAtTheEndIsNotText() {
        assertThat(of(bytes(0x41, 0xE6, 0x94)).complete()).isFalse();
    }

    @Test
    void anOverlongSlashIsNotText() {
        assertThat(of(bytes(0xC0, 0xAF)).possible()).isFalse();
        assertThat(of(bytes(0xE0, 0x80, 0xAF)).possible()).isFalse();
    }

    @Test
    void anEncodedSurrogateIsNotText() {
        assertThat(of(bytes(0xED, 0xA0, 0x80)).possible()).isFalse();
    }

    @Test
    void aCodePointPastUnicodeIsNotText() {
        assertThat(of(bytes(0xF4, 0x90, 0x80, 0x80)).possible()).isFalse();
    }

    @Test
    void aStrayContinuationByteIsNotText() {
        assertThat(of(bytes(0x41, 0x80)).possible()).isFalse();
    }

    @Test
    void aNulByteMakesBytesBinary() {
        Utf8Text text = of(bytes(0x41, 0x00, 0x42));
        assertThat(text.possible()).isFalse();
        assertThat(text.sawNul()).isTrue();
    }
}
