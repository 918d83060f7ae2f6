package org.cogov.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.cogov.shared.Actor;
import org.cogov.shared.FileRejected;
import org.cogov.shared.Forbidden;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The registrar's imports of a file of organizations or of people and posts, with the report of every wrong line. */
@Controller
class ImportPages {

    record Line(int line, String column, String reason) {
    }

    private final Registry registry;
    private final People people;
    private final MessageSource messages;

    ImportPages(Registry registry, People people, MessageSource messages) {
        this.registry = registry;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/registry/import")
    String organizationsForm(Model model) {
        actor().require("registry:organization:edit", "registry.organization.import", "organization-file", null);
        return form(model, "registry.import", "/registry/import", OrganizationFile.HEADER);
    }

    @PostMapping("/registry/import")
    String organizations(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
        upload(file, model, locale, text -> registry.importOrganizations(actor(), text));
        return organizationsForm(model);
    }

    @GetMapping("/registry/people/import")
    String peopleForm(Model model) {
        actor().require("registry:ties:edit", "registry.person.import", "people-file", null);
        return form(model, "registry.people-import", "/registry/people/import", PeopleFile.HEADER);
    }

    @PostMapping("/registry/people/import")
    String people(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
        upload(file, model, locale, text -> people.importPeople(actor(), text));
        return peopleForm(model);
    }

    private void upload(MultipartFile file, Model model, Locale locale, ToIntFunction<String> importer) throws IOException {
        try {
            model.addAttribute("imported", importer.applyAsInt(new String(file.getBytes(), StandardCharsets.UTF_8)));
        } catch (FileRejected rejected) {
            List<Line> lines = rejected.problems().stream().map(p -> new Line(p.line(), p.column(),
                    messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale))).toList();
            model.addAttribute("problems", lines);
        }
    }

    private static String form(Model model, String kind, String action, String header) {
        model.addAttribute("kind", kind);
        model.addAttribute("action", action);
        model.addAttribute("header", header);
        return "registry/import";
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("registry.import", "file", null));
    }
}
