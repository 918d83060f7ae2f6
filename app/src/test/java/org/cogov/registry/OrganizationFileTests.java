package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cogov.shared.FileRejected;
import org.cogov.shared.LineProblem;
import org.junit.jupiter.api.Test;

class OrganizationFileTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String MOBILE = "91110000710925243K";
    private static final String TENCENT = "91440300708461136T";

    @Test
    void aCorrectFileGivesEveryOrganizationWithItsProfile() {
        List<OrganizationFile.Entry> entries = OrganizationFile.read("""
                credit_code,kind,name_zh,name_en,legal_representative,registration_authority,registered_on,address,contact_name,contact_phone,contact_email
                # two enterprises
                %s,ENTERPRISE,中国移动通信集团有限公司,"China Mobile Communications Group Co., Ltd.",杨杰,国家市场监督管理总局,2000-04-20,北京市西城区,,010-5268 6688,
                %s,ENTERPRISE,腾讯,Tencent
                """.formatted(MOBILE, TENCENT), TODAY, code -> false);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).organization().nameEn()).isEqualTo("China Mobile Communications Group Co., Ltd.");
        assertThat(entries.get(0).profile().registeredOn()).isEqualTo(LocalDate.of(2000, 4, 20));
        assertThat(entries.get(1).profile()).isEqualTo(Profile.EMPTY);
    }

    @Test
    void everyWrongLineIsNamedWithItsColumnAndReason() {
        FileRejected rejected = catchThrowableOfType(FileRejected.class, () -> OrganizationFile.read("""
                91110000710925243X,ENTERPRISE,坏代码,Bad code
                %s,CLUB,未知类型,Unknown kind
                %s,ENTERPRISE,,No Chinese name
                %s,ENTERPRISE,未来,Future,,,2030-01-01
                %s,ENTERPRISE,重复,Duplicate
                %s,ENTERPRISE,已登记,Known
                """.formatted(TENCENT, TENCENT, TENCENT, MOBILE, MOBILE),
                TODAY, Set.of("91440300708461136T")::contains));

        assertThat(rejected.problems()).extracting(LineProblem::line, LineProblem::column, LineProblem::messageKey)
                .contains(
                        tuple(1, "credit_code", "registration.credit-code-invalid"),
                        tuple(2, "kind", "registry.file.kind"),
                        tuple(3, "name_zh", "registry.file.name"),
                        tuple(4, "registered_on", "organization.registered-in-future"),
                        tuple(6, "credit_code", "registry.file.duplicate"));
    }

    @Test
    void aCodeAlreadyInTheRegistryIsRefused() {
        FileRejected rejected = catchThrowableOfType(FileRejected.class,
                () -> OrganizationFile.read(MOBILE + ",ENTERPRISE,移动,Mobile\n", TODAY, MOBILE::equals));

        assertThat(rejected.problems()).singleElement().extracting(LineProblem::messageKey)
                .isEqualTo("organization.credit-code-taken");
    }

    @Test
    void aLineWithTooFewColumnsIsRefused() {
        FileRejected rejected = catchThrowableOfType(FileRejected.class,
                () -> OrganizationFile.read(MOBILE + ",ENTERPRISE\n", TODAY, code -> false));

        assertThat(rejected.problems()).singleElement().extracting(LineProblem::column).isEqualTo("line");
    }

    @Test
    void aBadTelephoneIsNamedInItsColumn() {
        FileRejected rejected = catchThrowableOfType(FileRejected.class,
                () -> OrganizationFile.read(MOBILE + ",ENTERPRISE,移动,Mobile,,,,,,call us,\n", TODAY, code -> false));

        assertThat(rejected.problems()).singleElement().extracting(LineProblem::column).isEqualTo("contactPhone");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(catchThrowableOfType(FileRejected.class, () -> OrganizationFile.read("# nothing\n", TODAY, c -> false))
                .problems()).singleElement().extracting(LineProblem::messageKey).isEqualTo("registry.file.empty");
    }
}
