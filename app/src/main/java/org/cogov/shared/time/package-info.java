@NamedInterface("time")
@NullMarked
package org.cogov.shared.time;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
