package org.cogov.web;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs: the zone in which instants are shown. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final ZoneId zone;

    PageModel(@Value("${cogov.zone}") ZoneId zone) {
        this.zone = zone;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }
}
