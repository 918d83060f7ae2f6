package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.cogov.shared.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks the OpenAPI document and sends every operation bad input: malformed JSON, a body that is not
 * an object, missing required fields, wrong types, unknown fields, oversized strings and bodies, the
 * wrong content type, malformed path ids. Each must get a 4xx problem document and change nothing
 * in the database. An operation added later is covered without new code.
 */
@DatabaseTest
class BadInputTests {

    /** Tables that change on any request, by design: sessions, the audit log and its tree, throttling, events. */
    private static final Set<String> VOLATILE = Set.of("spring_session", "spring_session_attributes", "audit_entry",
            "audit_payload", "audit_leaf", "audit_node", "audit_tree_head", "audit_signing_key",
            "audit_integrator", "login_failure", "event_publication", "flyway_schema_history");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private JsonNode api;

    record Probe(String operation, MockHttpServletRequestBuilder request, int expected) {
    }

    @BeforeEach
    void readTheApiDocument() throws Exception {
        api = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    @Test
    void everyOperationAnswersBadInputWithAProblemAndChangesNothing() throws Exception {
        List<Probe> probes = probes();
        assertThat(probes).hasSizeGreaterThan(50);
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            String before = fingerprint();
            // The token in a header, where every operation takes it: a bid form's body is its handler's to read, so its
            // fields, a CSRF token among them, are no request parameters.
            MvcResult result = mvc.perform(probe.request().with(users.as("admin")).with(csrf().asHeader())).andReturn();
            int status = result.getResponse().getStatus();
            String body = result.getResponse().getContentAsString();
            if (probe.expected() > 0 ? status != probe.expected() : status < 400 || status >= 500) {
                failures.add(probe.operation() + ": status " + status + " " + body);
                continue;
            }
            if (!String.valueOf(result.getResponse().getContentType()).startsWith("application/problem+json")) {
                failures.add(probe.operation() + ": not a problem document but " + result.getResponse().getContentType());
                continue;
            }
            JsonNode problem = JSON.readTree(body);
            if (problem.path("status").asInt() != status || problem.path("title").asString("").isBlank()) {
                failures.add(probe.operation() + ": incomplete problem " + body);
            }
            if (!before.equals(fingerprint())) {
                failures.add(probe.operation() + ": the database changed");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyTextFieldOfTheApiDeclaresItsMaximumLength() {
        List<String> unbounded = new ArrayList<>();
        api.path("components").path("schemas").properties().forEach(schema -> {
            if (!isRequestSchema(schema.getKey())) {
                return;
            }
            schema.getValue().path("properties").properties().forEach(property -> {
                JsonNode p = property.getValue();
                if ("string".equals(p.path("type").asString()) && !p.has("maxLength") && !p.has("enum") && !p.has("format")) {
                    unbounded.add(schema.getKey() + "." + property.getKey());
                }
            });
        });
        assertThat(unbounded).as("strings without @Size(max)").isEmpty();
    }

    private boolean isRequestSchema(String name) {
        return api.path("paths").toString().contains("\"#/components/schemas/" + name + "\"")
                && requestSchemas().contains(name);
    }

    private Set<String> requestSchemas() {
        Set<String> names = new java.util.HashSet<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String ref = operation.getValue().path("requestBody").path("content").path("application/json").path("schema")
                    .path("$ref").asString("");
            if (!ref.isEmpty()) {
                names.add(ref.substring(ref.lastIndexOf('/') + 1));
            }
        }));
        return names;
    }

    private List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            HttpMethod method = HttpMethod.valueOf(entry.getKey().toUpperCase());
            JsonNode operation = entry.getValue();
            String name = method + " " + path.getKey();
            JsonNode schema = schemaOf(operation);
            String validPath = fillPath(path.getKey(), operation, false);
            if (hasTypedPathParameter(operation)) {
                String wrongId = fillPath(path.getKey(), operation, true);
                MockHttpServletRequestBuilder malformedId = request(method, wrongId);
                if (schema != null) {
                    malformedId.contentType(MediaType.APPLICATION_JSON).content(valid(schema).toString());
                } else if (operation.path("requestBody").path("content").propertyNames().iterator().hasNext()) {
                    // A body of another type (a CSV file, an upload): its own type, so that only the id is wrong.
                    malformedId.contentType(operation.path("requestBody").path("content").propertyNames().iterator().next())
                            .content("");
                }
                probes.add(new Probe(name + " with a malformed id", malformedId, 400));
            }
            if (schema == null) {
                return;
            }
            ObjectNode valid = valid(schema);
            probes.add(json(name + " with malformed JSON", method, validPath, "{\"" + first(schema) + "\":", 400));
            probes.add(json(name + " with an array for a body", method, validPath, "[]", 400));
            probes.add(json(name + " with JSON after the document", method, validPath, valid + " {}", 400));
            ObjectNode unknown = valid.deepCopy();
            unknown.put("notAField", 1);
            probes.add(json(name + " with an unknown field", method, validPath, unknown.toString(), 400));
            if (schema.has("required") && !schema.path("required").isEmpty()) {
                probes.add(json(name + " without its required fields", method, validPath, "{}", 400));
                for (JsonNode required : schema.path("required")) {
                    ObjectNode missing = valid.deepCopy();
                    missing.remove(required.asString());
                    probes.add(json(name + " without " + required.asString(), method, validPath, missing.toString(), 400));
                }
            }
            schema.path("properties").properties().forEach(property -> {
                ObjectNode wrong = valid.deepCopy();
                wrong.set(property.getKey(), wrongType(property.getValue()));
                probes.add(json(name + " with a wrong type for " + property.getKey(), method, validPath, wrong.toString(), 400));
                if ("string".equals(property.getValue().path("type").asString())) {
                    ObjectNode longer = valid.deepCopy();
                    longer.put(property.getKey(), "长".repeat(property.getValue().path("maxLength").asInt(10_000) + 1));
                    probes.add(json(name + " with " + property.getKey() + " too long", method, validPath, longer.toString(), 400));
                }
            });
            probes.add(json(name + " with a body of 2 MiB", method, validPath,
                    "{\"" + first(schema) + "\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", 413));
            probes.add(new Probe(name + " as text/plain", request(method, validPath).contentType(MediaType.TEXT_PLAIN)
                    .content(valid.toString()), 415));
        }));
        return probes;
    }

    /** The path with each parameter filled by a value of its type, or by a value of the wrong type. */
    private static String fillPath(String path, JsonNode operation, boolean wrong) {
        String filled = path;
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"path".equals(parameter.path("in").asString())) {
                continue;
            }
            JsonNode schema = parameter.path("schema");
            String value = switch (schema.path("type").asString("string")) {
                case "integer", "number" -> wrong ? "not-a-number" : "1";
                default -> "uuid".equals(schema.path("format").asString("")) ? (wrong ? "not-an-id" : UUID.randomUUID().toString())
                        : "x";
            };
            filled = filled.replace("{" + parameter.path("name").asString() + "}", value);
        }
        return filled;
    }

    private static boolean hasTypedPathParameter(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode schema = parameter.path("schema");
            if ("path".equals(parameter.path("in").asString()) && (!"string".equals(schema.path("type").asString("string"))
                    || "uuid".equals(schema.path("format").asString("")))) {
                return true;
            }
        }
        return false;
    }

    private static Probe json(String name, HttpMethod method, String path, String body, int expected) {
        return new Probe(name, request(method, path).contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8)), expected);
    }

    private JsonNode schemaOf(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return null;
        }
        return resolve(schema);
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema;
        }
        return api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** A body of the right shape: each property with a plausible value of its type. */
    private ObjectNode valid(JsonNode schema) {
        ObjectNode body = JSON.createObjectNode();
        schema.path("properties").properties().forEach(property -> {
            JsonNode p = resolve(property.getValue());
            switch (p.path("type").asString("object")) {
                case "string" -> body.put(property.getKey(), switch (p.path("format").asString("")) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "email" -> "someone@example.cn";
                    case "date-time" -> "2026-01-05T09:00:00Z";
                    case "date" -> "2026-01-05";
                    default -> p.has("enum") ? p.path("enum").get(0).asString() : "x";
                });
                case "integer", "number" -> body.put(property.getKey(), 0);
                case "boolean" -> body.put(property.getKey(), true);
                case "array" -> body.set(property.getKey(), JSON.createArrayNode());
                default -> body.set(property.getKey(), JSON.createObjectNode());
            }
        });
        return body;
    }

    private static JsonNode wrongType(JsonNode property) {
        return switch (property.path("type").asString("object")) {
            // An object, not a number: a number is a fair spelling of some string-typed values (durations in seconds).
            case "string" -> JSON.createObjectNode().put("not", "a string");
            case "integer", "number", "boolean" -> JSON.getNodeFactory().stringNode("not a " + property.path("type").asString());
            case "array" -> JSON.getNodeFactory().stringNode("not a list");
            default -> JSON.createArrayNode();
        };
    }

    private static String first(JsonNode schema) {
        var names = schema.path("properties").propertyNames();
        return names.isEmpty() ? "field" : names.iterator().next();
    }

    /** A digest of every row of every table that a request may legitimately change. */
    private String fingerprint() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type IN ('BASE TABLE', 'TABLE')
                ORDER BY table_name
                """).query(String.class).list();
        assertThat(tables).contains("app_user", "organization");
        for (String table : tables) {
            if (VOLATILE.contains(table.toLowerCase())) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
                Map<String, Object> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                // Binary columns by their content, not by the identity of the array that holds them.
                row.forEach((column, value) -> sorted.put(column,
                        value instanceof byte[] bytes ? Sha256.hex(HexFormat.of().formatHex(bytes)) : value));
                sorted.remove("last_used_at");
                rows.add(sorted.toString());
            }
            rows.sort(null);
            digest.update((table + rows).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
