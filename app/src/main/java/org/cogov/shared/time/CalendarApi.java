package org.cogov.shared.time;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    /** One wrong line of an uploaded file; {@code field} and {@code reason} as in every problem's errors. */
    record LineProblem(int line, String field, String reason) {
    }

    private final CalendarLoading loading;
    private final MessageSource messages;

    CalendarApi(CalendarLoading loading, MessageSource messages) {
        this.loading = loading;
        this.messages = messages;
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

    /**
     * The validation report: every wrong line with its number and reason. Answered here rather than
     * by the shared problem advice, whose refusals name one field, not a list of lines.
     */
    @ExceptionHandler(CalendarFileRejected.class)
    ResponseEntity<ProblemDetail> rejected(CalendarFileRejected e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<LineProblem> lines = e.problems().stream()
                .map(problem -> new LineProblem(problem.line(), problem.field(),
                        messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale)))
                .toList();
        String detail = e.truncated()
                ? messages.getMessage("calendar.file.problem.detail-truncated",
                        new Object[] { CalendarFile.MAX_PROBLEMS, lines.get(lines.size() - 1).line() }, locale)
                : messages.getMessage("calendar.file.problem.detail",
                        new Object[] { lines.stream().mapToInt(LineProblem::line).distinct().count() }, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setType(URI.create("urn:cogov:problem:calendar-file"));
        problem.setTitle(messages.getMessage("calendar.file.problem.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", "calendar-file");
        problem.setProperty("errors", lines);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
