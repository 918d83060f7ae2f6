package org.cogov;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that needs the database: it runs on H2 with the README's test command and again on
 * PostgreSQL in CI. Every such test shares one application context (same configuration), so the
 * suite starts the application once per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "test-clock" })
@Import(TestUsers.class)
public @interface DatabaseTest {
}
