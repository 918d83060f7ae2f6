package org.cogov.shared.time;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar over REST: any signed-in user reads it, an administrator loads years. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    private final CalendarLoading loading;

    CalendarApi(CalendarLoading loading) {
        this.loading = loading;
    }

    /** The body is a calendar file ({@code date,kind,name}); answers 201 for a new year, 200 for a replaced one. */
    @PostMapping(path = "/years/{year}", consumes = "text/csv")
    ResponseEntity<CalendarLoading.LoadReport> load(@PathVariable int year,
            @RequestParam(defaultValue = "false") boolean replace, @RequestBody String file) {
        CalendarLoading.LoadReport report = loading.load(year, file, replace);
        if (report.replaced()) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.created(URI.create("/api/v1/calendar/" + year)).body(report);
    }

    @GetMapping("/years")
    List<CalendarYears.LoadedYear> years() {
        return loading.loadedYears();
    }

    @GetMapping("/{year}")
    CalendarLoading.YearView year(@PathVariable int year) {
        return loading.year(year);
    }
}
