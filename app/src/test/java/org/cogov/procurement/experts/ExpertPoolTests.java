package org.cogov.procurement.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pool that the finance bureau keeps: it enrols people of the registry with an expert account, its employer and
 * specialties of the catalogue, and retires them; an expert keeps its own availability and sees no other entry.
 */
@DatabaseTest
class ExpertPoolTests {

    @Autowired
    ExpertPool pool;
    @Autowired
    People people;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void theFinanceBureauEnrolsAPersonOfTheRegistryWithItsExpertAccount() {
        long enrolled = entries("procurement.expert.enrolled");

        Expert expert = PanelFixtures.enrol(context, users, "葛文涛", "澜江职业技术学院", "0301", "050201");

        assertThat(expert.name()).isEqualTo("葛文涛");
        assertThat(expert.specialties()).containsExactly("0301", "050201");
        assertThat(expert.covers("030102")).isTrue();
        assertThat(expert.covers("0302")).isFalse();
        assertThat(expert.availableOn(PanelFixtures.today(context))).isTrue();
        assertThat(entries("procurement.expert.enrolled")).isEqualTo(enrolled + 1);
    }

    @Test
    void anAccountThatIsNotAnExpertsIsRefused() {
        PersonId person = people.record(users.user("registrar"), "钟立言");

        assertThatThrownBy(() -> pool.enrol(users.user("finance"), new ExpertPool.Enrolment(person, users.user("provider").userId(),
                PanelFixtures.organization(context, "澜江职业技术学院").id(), Set.of("03"), true)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("procurement.expert.not-an-expert-account"));
    }

    @Test
    void aSpecialtyOutsideTheCatalogueIsRefused() {
        Expert expert = PanelFixtures.enrol(context, users, "樊思齐", "澜江职业技术学院", "03");

        assertThatThrownBy(() -> pool.change(users.user("finance"), expert.id(), new ExpertPool.Change(expert.employer(),
                Set.of("9901"), true, expert.version()))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("procurement.expert.specialty-unknown"));
    }

    @Test
    void aRetiredExpertIsNoLongerDrawnAndCannotBeChanged() {
        Expert expert = PanelFixtures.enrol(context, users, "柯雨辰", "澜江职业技术学院", "03");

        Expert retired = pool.retire(users.user("finance"), expert.id(), "年龄超过聘任上限 (beyond the age limit)", expert.version());

        assertThat(retired.retired()).isTrue();
        assertThat(pool.active()).extracting(Expert::id).doesNotContain(expert.id());
        assertThatThrownBy(() -> pool.change(users.user("finance"), expert.id(), new ExpertPool.Change(expert.employer(),
                Set.of("03"), true, retired.version()))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void anExpertRecordsItsOwnUnavailabilityAndIsThenUnavailableThoseDays() throws Exception {
        Expert expert = PanelFixtures.enrol(context, users, "严书航", "澜江职业技术学院", "03");
        String username = PanelFixtures.username(context, expert.userId());
        LocalDate from = PanelFixtures.today(context).plusDays(3);

        mvc.perform(post("/api/v1/experts/{id}/unavailability", expert.id().value()).with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"firstDay\":\"" + from + "\",\"lastDay\":\"" + from.plusDays(4)
                        + "\",\"reason\":\"出差\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.unavailability.length()").value(1));

        Expert after = pool.expert(users.user("finance"), expert.id());
        assertThat(after.availableOn(from.plusDays(2))).isFalse();
        assertThat(after.availableOn(from.plusDays(5))).isTrue();
    }

    @Test
    void anExpertSeesNoOtherEntryOfThePoolNorThePoolItself() throws Exception {
        Expert mine = PanelFixtures.enrol(context, users, "龙若曦", "澜江职业技术学院", "03");
        Expert other = PanelFixtures.enrol(context, users, "施嘉木", "澜江职业技术学院", "03");
        String username = PanelFixtures.username(context, mine.userId());

        mvc.perform(get("/api/v1/experts/me").with(users.as(username))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("龙若曦"));
        mvc.perform(get("/api/v1/experts/{id}", other.id().value()).with(users.as(username))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/experts/{id}/unavailability", other.id().value()).with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"firstDay\":\"2026-03-01\",\"lastDay\":\"2026-03-02\",\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/experts").with(users.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/experts/me").with(users.as(username))).andExpect(status().is3xxRedirection());
    }

    private long entries(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a").param("a", action).query(Long.class).single();
    }
}
