package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.contracting.ContractId;
import org.cogov.contracting.SignedContracts;
import org.cogov.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Satisfaction surveys for the access matrix: two contracts signed by the demo purchaser and the demo logistics association,
 * each with a survey opened — one whose tokens the matrix issues and answers, one it closes. The purchaser's department
 * issues and closes, it, the finance bureau and auditors read the counts and comments; anyone with a token answers.
 */
final class SurveyMatrix {

    /** Those who read a survey's counts and comments. */
    static final Set<Role> READERS = EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR);

    private static Map<String, ContractId> made;

    private SurveyMatrix() {
    }

    static synchronized UUID contract(AccessMatrixTests t, String which) {
        if (made == null) {
            made = SignedContracts.sign(t.context, t.users, "provider", List.of("surveyed", "survey-closed"));
            for (ContractId id : made.values()) {
                issue(t, id.value());
            }
        }
        return made.get(which).value();
    }

    /** A fresh token of the surveyed contract, issued over the API by the purchaser. */
    static String token(AccessMatrixTests t) throws Exception {
        return issue(t, contract(t, "surveyed"));
    }

    private static String issue(AccessMatrixTests t, UUID contract) {
        try {
            String created = t.mvc.perform(post("/api/v1/contracts/" + contract + "/survey/tokens").with(t.users.as("purchaser"))
                    .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"count\":1}")).andReturn().getResponse()
                    .getContentAsString();
            return created.replaceAll("(?s).*\"token\":\"([a-z2-7]{26})\".*", "$1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static AbstractMockHttpServletRequestBuilder<?> apiRead(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/contracts/" + contract(t, "surveyed") + "/survey");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageRead(AccessMatrixTests t, String actor, UUID target) {
        return get("/contracts/" + contract(t, "surveyed") + "/survey");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiIssue(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/contracts/" + contract(t, "surveyed") + "/survey/tokens").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"count\":1}");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageIssue(AccessMatrixTests t, String actor, UUID target) {
        return post("/contracts/" + contract(t, "surveyed") + "/survey/tokens").with(csrf()).param("count", "1");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiClose(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/contracts/" + contract(t, "survey-closed") + "/survey/closing").with(csrf());
    }

    static AbstractMockHttpServletRequestBuilder<?> apiQuestion(AccessMatrixTests t, String actor, UUID target) throws Exception {
        return get("/api/v1/public/surveys/" + token(t));
    }

    static AbstractMockHttpServletRequestBuilder<?> apiAnswer(AccessMatrixTests t, String actor, UUID target) throws Exception {
        return post("/api/v1/public/surveys/" + token(t) + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\":5,\"comment\":\"矩阵作答\"}");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageAnswer(AccessMatrixTests t, String actor, UUID target) throws Exception {
        return post("/public/surveys/" + token(t)).with(csrf()).param("rating", "4");
    }
}
