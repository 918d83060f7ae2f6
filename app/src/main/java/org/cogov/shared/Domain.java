package org.cogov.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks domain code: rules and values in plain Java, with no Spring, JDBC, servlet or JSON type, so
 * they can be read, tested and reused (the red-flag engine, the verifier) without a container.
 * An architecture test holds every marked class to it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Domain {
}
