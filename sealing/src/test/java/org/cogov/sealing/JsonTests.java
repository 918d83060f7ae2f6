package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The client reads the platform's problem details with its own small JSON reader. */
class JsonTests {

    @Test
    void aProblemDetailReadsAsNestedMapsListsAndValues() {
        Object problem = Json.parse("""
                { "title" : "\\u6295\\u6807 \\"closed\\"\\n", "status": 409, "retry": false, "instance": null,
                  "errors": [ {"field": "price", "message": "too many decimals"} ], "ratio": -1.5e2 }""");

        assertThat(problem).isEqualTo(Map.of(
                "title", "投标 \"closed\"\n",
                "status", new BigDecimal("409"),
                "retry", false,
                "instance", Json.NULL,
                "errors", List.of(Map.of("field", "price", "message", "too many decimals")),
                "ratio", new BigDecimal("-1.5e2")));
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        for (String text : List.of("", "<html>", "{\"a\":1", "{\"a\" 1}", "[1,]x", "\"open", "{\"a\":tru}", "[".repeat(100))) {
            assertThatThrownBy(() -> Json.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
