package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.experts.Expert;
import org.cogov.procurement.experts.ExpertPool;
import org.cogov.procurement.experts.PanelDraw;
import org.cogov.procurement.experts.PanelFixtures;
import org.cogov.procurement.experts.Panels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The demo city's expert pool: enough experts, with accounts, for a panel of five on the consultation it opened. */
@DatabaseTest
class DemoExpertsTests {

    @Autowired
    ExpertPool pool;
    @Autowired
    Panels panels;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;

    @Test
    void theFinanceBureauKeepsSixteenExpertsAmongThemTheLecturersWhoDeclaredTheirTies() {
        List<Expert> experts = pool.experts(users.user("finance"));

        assertThat(experts).extracting(Expert::name).contains("吴文博", "杜晓光", "戴红梅", "邓立群");
        assertThat(experts).filteredOn(e -> e.name().length() <= 3).hasSizeGreaterThanOrEqualTo(16);
        assertThat(pool.mine(users.user("expert"))).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("吴文博"));
    }

    /**
     * A consultation like the one of the demo's past year (which tests do not live): the logistics and software
     * associations bid on industry monitoring (030102).
     */
    @Test
    void aPanelOfFiveIsDrawnForAConsultationOfTheCommerceBureauSettingAsideItsOwnOfficialAndTheProfessor() {
        ProcedureId opened = PanelFixtures.opened(context, users, 1).get(0);

        Panels.PanelFacts panel = panels.draw(users.user("purchaser"), opened, new Panels.DrawRequest(1, 5, false, null,
                PanelFixtures.today(context).plusDays(1), List.of()));

        assertThat(panel.panel().members()).hasSize(5);
        Panels.DrawRecord record = panels.record(users.user("purchaser"), panel.panel().id());
        assertThat(record.replay().matches()).isTrue();
        assertThat(record.exclusions()).extracting(Panels.Excluded::name, Panels.Excluded::reason).contains(
                org.assertj.core.groups.Tuple.tuple("邓立群", PanelDraw.Reason.STAFF_OF_PURCHASER),
                org.assertj.core.groups.Tuple.tuple("吴文博", PanelDraw.Reason.TIED_TO_BIDDER));
    }
}
