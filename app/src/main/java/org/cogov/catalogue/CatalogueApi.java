package org.cogov.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guidance catalogue and the negative list over the API: read by anyone signed in, changed by the
 * finance department, and the purchasability check that planning's purchase requests will ask.
 */
@RestController
@RequestMapping("/api/v1/catalogue")
class CatalogueApi {

    static final String CODE = "(?:[0-9]{2}){1,4}";

    record ItemView(String code, @Nullable String parentCode, int level, String name, String nameZh, String nameEn,
            @Nullable String description, @Nullable Integer excludedAs, LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo, boolean inForce, int version) {

        static ItemView of(CatalogueItem item, LocalDate date, Locale locale) {
            return new ItemView(item.code(), item.parentCode().orElse(null), item.level(), item.name(locale),
                    item.nameZh(), item.nameEn(), item.description(), item.excludedAs(), item.effectiveFrom(),
                    item.effectiveTo(), item.isEffectiveOn(date), item.version());
        }
    }

    record Node(ItemView item, List<Node> children) {
    }

    record NegativeView(int number, String text, String textZh, String textEn, String legalBasis, String legalBasisZh,
            String legalBasisEn, List<String> keywords, int version) {

        static NegativeView of(NegativeListItem item, Locale locale) {
            return new NegativeView(item.number(), item.text(locale), item.textZh(), item.textEn(), item.legalBasis(locale),
                    item.legalBasisZh(), item.legalBasisEn(), item.keywords(), item.version());
        }
    }

    record NewItem(@NotBlank @Size(max = 8) @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
            @Nullable @Size(max = 2000) String description, @NotNull LocalDate effectiveFrom,
            @Nullable @Min(1) @Max(6) Integer excludedAs) {
    }

    record Naming(@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
            @Nullable @Size(max = 2000) String description, @NotNull Integer version) {
    }

    record Closing(@NotNull LocalDate effectiveTo, @NotNull Integer version) {
    }

    record Wording(@NotBlank @Size(max = 500) String textZh, @NotBlank @Size(max = 500) String textEn,
            @NotBlank @Size(max = 300) String legalBasisZh, @NotBlank @Size(max = 300) String legalBasisEn,
            @NotNull Integer version) {
    }

    /** The question a purchase request asks; the date defaults to today. */
    record Question(@Nullable @Size(max = 8) String itemCode, @NotNull SubjectKind subjectKind,
            @NotNull Boolean outsideDuties, @NotNull Boolean coreFunction, @NotNull Boolean financing,
            @NotNull Boolean forOwnStaff, @Nullable @Size(max = 2000) String description, @Nullable LocalDate date) {
    }

    record Answer(boolean purchasable, LocalDate date, List<ReasonMessages.Shown> reasons,
            List<ReasonMessages.Shown> warnings) {
    }

    private final Catalogue catalogue;
    private final ReasonMessages reasons;

    CatalogueApi(Catalogue catalogue, ReasonMessages reasons) {
        this.catalogue = catalogue;
        this.reasons = reasons;
    }

    /** Every item, in code order; {@code inForce} as of the date given, or today. */
    @GetMapping("/items")
    List<ItemView> items(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Locale locale) {
        LocalDate on = date == null ? catalogue.today() : date;
        return catalogue.items().stream().map(item -> ItemView.of(item, on, locale)).toList();
    }

    @GetMapping("/tree")
    List<Node> tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Locale locale) {
        LocalDate on = date == null ? catalogue.today() : date;
        Map<String, Node> byCode = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (CatalogueItem item : catalogue.items()) {
            Node node = new Node(ItemView.of(item, on, locale), new ArrayList<>());
            byCode.put(item.code(), node);
            item.parentCode().map(byCode::get).map(Node::children).orElse(roots).add(node);
        }
        return roots;
    }

    @GetMapping("/items/{code}")
    ItemView item(@PathVariable @Pattern(regexp = CODE) String code, Locale locale) {
        return ItemView.of(catalogue.existingItem(code), catalogue.today(), locale);
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    ItemView create(@AuthenticationPrincipal Actor me, @Valid @RequestBody NewItem item, Locale locale) {
        return ItemView.of(catalogue.add(me, new Catalogue.NewItem(item.code(), item.nameZh(), item.nameEn(),
                item.description(), item.effectiveFrom(), item.excludedAs())), catalogue.today(), locale);
    }

    @PutMapping("/items/{code}")
    ItemView rename(@AuthenticationPrincipal Actor me, @PathVariable @Pattern(regexp = CODE) String code,
            @Valid @RequestBody Naming naming, Locale locale) {
        return ItemView.of(catalogue.rename(me, code, new Catalogue.Naming(naming.nameZh(), naming.nameEn(),
                naming.description(), naming.version())), catalogue.today(), locale);
    }

    @PostMapping("/items/{code}/close")
    ItemView close(@AuthenticationPrincipal Actor me, @PathVariable @Pattern(regexp = CODE) String code,
            @Valid @RequestBody Closing closing, Locale locale) {
        return ItemView.of(catalogue.close(me, code, closing.effectiveTo(), closing.version()), catalogue.today(), locale);
    }

    @GetMapping("/negative-list")
    List<NegativeView> negativeList(Locale locale) {
        return catalogue.negativeList().stream().map(item -> NegativeView.of(item, locale)).toList();
    }

    /** The number is read as text and checked after the body, so that a bad body is told apart from a bad number. */
    @PutMapping("/negative-list/{number}")
    NegativeView reword(@AuthenticationPrincipal Actor me, @PathVariable @Pattern(regexp = "[1-6]") String number,
            @Valid @RequestBody Wording wording, Locale locale) {
        return NegativeView.of(catalogue.reword(me, Integer.parseInt(number), new Catalogue.Wording(wording.textZh(), wording.textEn(),
                wording.legalBasisZh(), wording.legalBasisEn(), wording.version())), locale);
    }

    /** May this be bought? Answers 200 either way: a refusal is the answer, not an error. */
    @PostMapping("/check")
    Answer check(@Valid @RequestBody Question question, Locale locale) {
        LocalDate on = question.date() == null ? catalogue.today() : question.date();
        Verdict verdict = catalogue.check(new ProposedPurchase(question.itemCode(), question.subjectKind(),
                question.outsideDuties(), question.coreFunction(), question.financing(), question.forOwnStaff(),
                question.description()), on);
        return new Answer(verdict.purchasable(), verdict.date(), reasons.show(verdict.reasons(), locale),
                reasons.show(verdict.warnings(), locale));
    }
}
