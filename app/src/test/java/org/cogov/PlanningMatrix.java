package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cogov.identity.Role;
import org.cogov.registry.CreditCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Fresh planning objects of the demo purchaser's department (the commerce bureau) for the access
 * matrix's planning rows, made over the API by the users whose work they are, so that each row's
 * request acts on an object no other row or test has touched.
 */
final class PlanningMatrix {

    /** A department reads its own plans; the finance bureau and the auditors read every department's. */
    static final Set<Role> READERS = EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR);
    /** And providers read, on screen, the consultations they may comment on. */
    static final Set<Role> CONSULTATION_READERS = EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR, Role.PROVIDER);

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private PlanningMatrix() {
    }

    static UUID commerce(AccessMatrixTests t) {
        return t.users.user("purchaser").organizationId();
    }

    static String freshCode() {
        return "M-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A line of a budget file: an approved line of the education bureau. */
    static String budgetFileLine() {
        String education = "11330100MB0000103" + CreditCode.checkCharacter("11330100MB0000103");
        return education + ",2027," + freshCode() + ",矩阵测试预算项目,1000\n";
    }

    static String newLine() {
        return "{\"fiscalYear\":2027,\"code\":\"" + freshCode() + "\",\"name\":\"矩阵测试预算项目\",\"amount\":1000000}";
    }

    /** A line of the commerce bureau, approved: recorded by the finance bureau. */
    static String approvedLine(AccessMatrixTests t) throws Exception {
        return created(t, "finance", post("/api/v1/departments/" + commerce(t) + "/budget-lines").content(newLine()));
    }

    /** A line the commerce bureau proposed, waiting for the finance bureau. */
    static String proposedLine(AccessMatrixTests t) throws Exception {
        return created(t, "purchaser", post("/api/v1/budget-lines").content(newLine()));
    }

    static String newRequest(String line) {
        return """
                {"budgetLine":"%s","catalogueCode":"030101","title":"矩阵测试购买申请","description":null,"estimatedAmount":10000,
                 "termStart":"2027-01-01","termEnd":"2027-12-31","stableServiceReason":null,"beneficiaries":"商贸企业",
                 "subjectKind":"SERVICE","outsideDuties":false,"coreFunction":false,"financing":false,"forOwnStaff":false}
                """.formatted(line);
    }

    /** An accepted request of the commerce bureau. */
    static String request(AccessMatrixTests t) throws Exception {
        return created(t, "purchaser", post("/api/v1/purchase-requests").content(newRequest(approvedLine(t))));
    }

    static String newIntention() {
        return "{\"title\":\"矩阵测试采购意向\",\"catalogueCode\":\"030102\",\"estimatedAmount\":50000,"
                + "\"expectedMonth\":\"2099-06\",\"description\":null}";
    }

    /** A draft intention of the commerce bureau. */
    static String draftIntention(AccessMatrixTests t) throws Exception {
        return created(t, "purchaser", post("/api/v1/intentions").content(newIntention()));
    }

    static String publishedIntention(AccessMatrixTests t) throws Exception {
        String id = draftIntention(t);
        t.mvc.perform(post("/api/v1/intentions/" + id + "/publication").with(t.users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"));
        return id;
    }

    static String newConsultation() {
        return "{\"title\":\"矩阵测试需求征询\",\"description\":\"征询调查方法。\",\"catalogueCode\":\"030101\","
                + "\"purchaseRequest\":null,\"closesOn\":\"2099-12-31\"}";
    }

    /** A needs consultation of the commerce bureau, open for comment. */
    static String consultation(AccessMatrixTests t) throws Exception {
        return created(t, "purchaser", post("/api/v1/consultations").content(newConsultation()));
    }

    /** A provider's comment on a fresh consultation: the consultation's id and the comment's, as a path. */
    static String comment(AccessMatrixTests t) throws Exception {
        String consultation = consultation(t);
        String comment = created(t, "provider", post("/api/v1/consultations/" + consultation + "/comments")
                .content("{\"body\":\"矩阵测试意见\"}"));
        return consultation + "/comments/" + comment;
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String created(AccessMatrixTests t, String username, MockHttpServletRequestBuilder request)
            throws Exception {
        String body = t.mvc.perform(request.with(t.users.as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("nothing created: " + body);
        }
        return id.group(1);
    }
}
