/**
 * Multipart bodies read by their handler as they stream in, instead of by the container before it: a
 * boundary search that uses the JDK's vectorised {@code String.indexOf}, each part's content handed on
 * as a stream, and the container's limits on size, parts and part headers kept.
 */
@NamedInterface("multipart")
@NullMarked
package org.cogov.shared.web.multipart;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
