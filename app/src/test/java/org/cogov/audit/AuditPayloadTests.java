package org.cogov.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cogov.shared.Sha256;
import org.junit.jupiter.api.Test;

class AuditPayloadTests {

    @Test
    void thePayloadIsWrittenWithSortedKeysSoItAlwaysHashesTheSame() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("b", "2");
        one.put("a", "1");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("a", "1");
        other.put("b", "2");
        assertThat(AuditLog.canonical(one)).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}").isEqualTo(AuditLog.canonical(other));
        assertThat(Sha256.hex(AuditLog.canonical(one))).isEqualTo(Sha256.hex(AuditLog.canonical(other)));
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(AuditLog.canonical(Map.of("k", "say \"hi\"\\\n")))
                .isEqualTo("{\"k\":\"say \\\"hi\\\"\\\\\\u000a\"}");
    }
}
