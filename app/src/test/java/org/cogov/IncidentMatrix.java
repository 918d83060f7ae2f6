package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.cogov.procurement.IncidentFixtures;
import org.cogov.procurement.PlatformIncidents;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Platform incidents for the access matrix's rows: an incident declared once for the rows that read one,
 * and for each declaration a window of its own, over and clear of every other incident, so that the finance
 * bureau's row declares for real and the others are refused before anything is read.
 */
final class IncidentMatrix {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static UUID declared;

    private IncidentMatrix() {
    }

    /** An incident the finance bureau declared, for every row that reads one. */
    static synchronized UUID declared(AccessMatrixTests t) {
        if (declared == null) {
            IncidentFixtures.Window window = IncidentFixtures.freeWindow(t.context);
            declared = t.context.getBean(PlatformIncidents.class).declare(t.users.user("finance"), window.start(), window.end(),
                    "矩阵测试：平台故障").incident().id().value();
        }
        return declared;
    }

    private static String json(IncidentFixtures.Window window) {
        return "{\"start\":\"" + window.start().atOffset(ZoneOffset.UTC) + "\",\"end\":\"" + window.end().atOffset(ZoneOffset.UTC)
                + "\",\"reason\":\"矩阵测试：平台故障\"}";
    }

    static MockHttpServletRequestBuilder apiPreview(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/incidents/preview").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(IncidentFixtures.freeWindow(t.context)));
    }

    static MockHttpServletRequestBuilder apiDeclare(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/incidents").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(IncidentFixtures.freeWindow(t.context)));
    }

    static MockHttpServletRequestBuilder pagePreview(AccessMatrixTests t, String actor, UUID target) {
        return form(post("/incidents/preview"), IncidentFixtures.freeWindow(t.context));
    }

    static MockHttpServletRequestBuilder pageDeclare(AccessMatrixTests t, String actor, UUID target) {
        return form(post("/incidents"), IncidentFixtures.freeWindow(t.context)).param("confirmed", "true");
    }

    /** The form's times, to the minute in the platform's zone, inside the free window. */
    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, IncidentFixtures.Window window) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return request.with(csrf())
                .param("start", MINUTE.format(window.start().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)).atZone(zone)))
                .param("end", MINUTE.format(window.end().truncatedTo(ChronoUnit.MINUTES).atZone(zone)))
                .param("reason", "矩阵测试：平台故障");
    }
}
