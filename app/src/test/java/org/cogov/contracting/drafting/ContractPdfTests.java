package org.cogov.contracting.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractDocument;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractSignature;
import org.cogov.contracting.Dimension;
import org.cogov.contracting.FinalInstalment;
import org.cogov.contracting.Indicator;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.contracting.IndicatorSet;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.ScoringRule;
import org.cogov.contracting.ServicePeriod;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.cogov.registry.Organization;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contract as a PDF: every clause of a completed and signed contract in the Chinese and in the English document, the
 * same pages whenever it is generated, and the document only for those who may read the contract.
 */
@DatabaseTest
class ContractPdfTests {

    private static final Map<String, ContractId> DRAFTED = new LinkedHashMap<>();
    private static final Pattern FOOTER = Pattern.compile(
            "\\s*(合同编号|Contract) [0-9a-f-]{36}\\s+(第 \\d+ 页 共 \\d+ 页|Page \\d+ of \\d+)\\s*");
    // The passphrases of ContractSignatureTests: whichever class enrols last, the other's keys still open.
    private static final String PURCHASER_PASSPHRASE = "purchaser signs 2026";
    private static final String PROVIDER_PASSPHRASE = "provider2 signs 2026";

    @Autowired
    ContractDrafts drafts;
    @Autowired
    ContractSignatures signatures;
    @Autowired
    SignerKeys keys;
    @Autowired
    ContractPdf pdf;
    @Autowired
    Awards awards;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    Registry registry;
    @Autowired
    MockMvc mvc;

    @Test
    void theChineseDocumentHoldsEveryClauseOfASignedContract() throws Exception {
        Contract contract = signed("signed");

        String text = document(contract, "zh", "purchaser");
        String flat = flat(text);

        assertThat(flat).contains("政府购买服务合同", contract.id().value().toString(), contract.procedureReference(), "第1包",
                flat(contract.purchaser().nameZh()), flat(contract.purchaser().nameEn()), flat(contract.provider().nameZh()),
                flat(contract.provider().nameEn()), contract.catalogueCode(), flat(contract.serviceTitle()));
        assertThat(flat).contains("¥88,000.00", "人民币捌万捌仟元整", "¥8,800.00", "人民币捌仟捌佰元整");
        assertThat(flat).contains("起始日" + contract.term().start(), "36个月", "终止日" + contract.term().end(), "行业运行监测为常年性",
                "按节点验收后十个工作日内支付", "逾期交付的，每日按合同金额的千分之一支付违约金");
        assertThat(flat).contains("预付款", "中期报告", "终期报告", "26,400.00", "35,200.00", contract.term().start().plusMonths(1).toString());
        assertThat(flat).contains("尾款与绩效", "评价为优的支付100%，良95%，中80%，差0%");
        assertThat(flat).contains("产出（权重50分）", "效益（权重30分）", "服务对象满意度（权重10分）", "预算执行（权重10分）", "服务完成率",
                "按实际值与目标值", "实际值达到", "分档计分", "由评价人评议打分");
        assertThat(flat).contains("《中华人民共和国政府采购法》第四十六条", "《政府采购法实施条例》第四十八条", "《中华人民共和国政府采购法》第四十九条",
                "财政部令第102号");
        assertThat(flat).contains("已签订", "签订期限" + contract.signBy(), "签订日期" + contract.signedOn(), "公告期限" + contract.publishBy());
        for (ContractSignature s : contract.signatures()) {
            assertThat(flat).contains(s.signerId().toString(), s.keyId().toString(), s.signature(), s.documentHash(), "Ed25519",
                    keys.current(s.signerId()).orElseThrow().fingerprint());
        }
        assertThat(flat).contains("/api/v1/contracts/" + contract.id().value() + "/verification", ContractDocument.hash(contract));
        assertThat(text).contains("第 1 页 共").doesNotContain("生成时间");
    }

    @Test
    void theEnglishDocumentHoldsEveryClauseOfASignedContract() throws Exception {
        Contract contract = signed("signed");

        String text = document(contract, "en", "provider2");
        String flat = flat(text);

        assertThat(text).contains("Government Service Purchase Contract", "Party A (purchaser)", "Party B (provider)", "CNY 88,000.00",
                "CNY 8,800.00", "36 months", "Page 1 of");
        assertThat(flat).contains(flat(contract.purchaser().nameEn()), flat(contract.purchaser().nameZh()),
                flat(contract.provider().nameEn()), "26,400.00", "35,200.00", "Outputs", "Servicesdelivered", "Inproportionto",
                "Fullpointswhen", "Bybands", "Scoredbythe", "GovernmentProcurementLawArt.46", "GPLImplementingRegulationsArt.48",
                "Signed", "Finalpayment", "95%for良(good)");
        for (ContractSignature s : contract.signatures()) {
            assertThat(flat).contains(s.signature(), s.documentHash(), s.keyId().toString());
        }
        assertThat(flat).doesNotContain("捌万捌仟");
    }

    @Test
    void theDocumentIsInChineseUnlessEnglishIsAskedAndNamesItsFile() throws Exception {
        Contract contract = draft("draft");

        byte[] bytes = mvc.perform(get("/api/v1/contracts/" + contract.id().value() + "/document").with(users.as("finance")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.allOf(
                        Matchers.containsString("filename="), Matchers.containsString("-zh.pdf"))))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(flat(textOf(bytes))).contains("政府购买服务合同", "甲乙双方尚未签署", "合同状态草拟中");
    }

    @Test
    void theSameContractReadsTheSameWhenGeneratedAgain() throws IOException {
        Contract contract = draft("draft");

        assertThat(textOf(pdf.write(contract, Locale.SIMPLIFIED_CHINESE))).isEqualTo(textOf(pdf.write(contract, Locale.SIMPLIFIED_CHINESE)));
        assertThat(textOf(pdf.write(contract, Locale.ENGLISH))).isEqualTo(textOf(pdf.write(contract, Locale.ENGLISH)));
    }

    @Test
    void aLanguageOtherThanChineseOrEnglishIsRefusedNamingTheParameter() throws Exception {
        Contract contract = draft("draft");

        mvc.perform(get("/api/v1/contracts/" + contract.id().value() + "/document").param("lang", "fr").with(users.as("purchaser")))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    @Test
    void anotherDepartmentGetsNoDocumentOfAContractNotItsOwn() throws Exception {
        Contract contract = draft("draft");
        otherPurchaser();

        mvc.perform(get("/api/v1/contracts/" + contract.id().value() + "/document").with(users.as("purchaser-education")))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/contracts/" + contract.id().value() + "/document").with(users.as("provider")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theContractsPageLinksToBothDocuments() throws Exception {
        Contract contract = draft("draft");

        mvc.perform(get("/contracts/" + contract.id().value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "/api/v1/contracts/" + contract.id().value() + "/document?lang=zh")))
                .andExpect(content().string(Matchers.containsString(
                        "/api/v1/contracts/" + contract.id().value() + "/document?lang=en")));
    }

    private String document(Contract contract, String lang, String reader) throws Exception {
        byte[] bytes = mvc.perform(get("/api/v1/contracts/" + contract.id().value() + "/document").param("lang", lang)
                .with(users.as(reader))).andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        return textOf(bytes);
    }

    /**
     * A draft completed with every clause — a stable 36-month term, settlement, liabilities, a bond, a final payment tied to
     * the grade, three milestones, an indicator of each rule — then signed by both parties.
     */
    private synchronized Contract signed(String scenario) {
        Contract draft = draft(scenario);
        if (draft.status() == Contract.Status.SIGNED) {
            return draft;
        }
        Contract terms = drafts.changeTerms(purchaser(), draft.id(), draft.version(), new ContractDrafts.Terms(
                new ServicePeriod(draft.term().start(), 36, true, "行业运行监测为常年性、连续性服务，预算已纳入中期财政规划"),
                "按节点验收后十个工作日内支付", "逾期交付的，每日按合同金额的千分之一支付违约金", Money.yuan(8_800), null, null, null, null, true,
                new FinalInstalment(new BigDecimal("100"), new BigDecimal("95"), new BigDecimal("80"), BigDecimal.ZERO)));
        Contract milestones = drafts.changeMilestones(purchaser(), draft.id(), terms.version(), List.of(
                new Milestone("预付款", terms.term().start(), new BigDecimal("30"), true),
                new Milestone("中期报告", terms.term().start().plusMonths(1), new BigDecimal("30"), false),
                new Milestone("终期报告", terms.term().end(), new BigDecimal("40"), false)));
        drafts.changeIndicators(purchaser(), draft.id(), milestones.version(), new IndicatorSet(List.of(
                new IndicatorGroup(Dimension.OUTPUTS, new BigDecimal("50"), List.of(
                        new Indicator("服务完成率", "Services delivered", new BigDecimal("30"), "100 %", new ScoringRule.Linear(new BigDecimal("100"))),
                        new Indicator("报告按期", "Reports on time", new BigDecimal("20"), "按期", new ScoringRule.Threshold(BigDecimal.ONE)))),
                new IndicatorGroup(Dimension.EFFECTS, new BigDecimal("30"), List.of(
                        new Indicator("社会效益", "Social benefit", new BigDecimal("30"), "评议", new ScoringRule.Judgement()))),
                new IndicatorGroup(Dimension.SATISFACTION, new BigDecimal("10"), List.of(
                        new Indicator("满意率", "Satisfied", new BigDecimal("10"), "≥ 90 %", ScoringRule.Banded.parse("0:0;80:60;90:100")))),
                new IndicatorGroup(Dimension.BUDGET_EXECUTION, new BigDecimal("10"), List.of(
                        new Indicator("预算执行率", "Budget executed", new BigDecimal("10"), "≥ 95 %", new ScoringRule.Linear(new BigDecimal("95"))))))));
        keys.enrol(purchaser(), PURCHASER_PASSPHRASE.toCharArray());
        keys.enrol(users.user("provider2"), PROVIDER_PASSPHRASE.toCharArray());
        signatures.sign(purchaser(), draft.id(), PURCHASER_PASSPHRASE.toCharArray());
        return signatures.sign(users.user("provider2"), draft.id(), PROVIDER_PASSPHRASE.toCharArray());
    }

    private synchronized Contract draft(String scenario) {
        if (DRAFTED.isEmpty()) {
            Map<String, List<String>> prices = new LinkedHashMap<>();
            for (String name : List.of("signed", "draft")) {
                prices.put(name, List.of("90000.00", "88000.00", "95000.00"));
            }
            for (Map.Entry<String, EvaluatedLots.Evaluated> made : EvaluatedLots.evaluate(context, users, prices).entrySet()) {
                UUID first = users.user(made.getValue().bidders().get(1)).organizationId();
                awards.confirm(purchaser(), made.getValue().id(), 1, first, null);
                DRAFTED.put(made.getKey(), drafts.contracts(purchaser()).stream()
                        .filter(c -> c.procedureId().equals(made.getValue().id().value()))
                        .filter(c -> c.status() == Contract.Status.DRAFT).findFirst().orElseThrow().id());
            }
        }
        return drafts.contract(purchaser(), DRAFTED.get(scenario));
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }

    private void otherPurchaser() {
        String name = "purchaser-education";
        if (!provisioning.exists(name)) {
            Organization education = registry.organizations().stream().filter(o -> o.nameZh().equals("澜江市教育局")).findFirst()
                    .orElseThrow();
            provisioning.provision(education.id().value(), name, "教育局采购员", "Lanjiang-demo-2026", Set.of(Role.PURCHASER), "zh-CN",
                    null);
        }
    }

    /** The text in reading order, line by line. */
    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /**
     * The text without the pages' footers, line breaks and spaces, so that a value wrapped over two lines, or split
     * across two pages, reads whole.
     */
    private static String flat(String text) {
        return text.lines().filter(line -> !FOOTER.matcher(line).matches()).collect(Collectors.joining())
                .replaceAll("\\s+", "");
    }
}
