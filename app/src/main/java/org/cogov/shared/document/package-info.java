@NamedInterface("document")
@NullMarked
package org.cogov.shared.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
