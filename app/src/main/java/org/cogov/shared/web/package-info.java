@NamedInterface("web")
@NullMarked
package org.cogov.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
