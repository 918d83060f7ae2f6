package org.cogov.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

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

/** The registrar's import of a file of organizations, with the report of every wrong line. */
@Controller
class ImportPages {

    record Line(int line, String column, String reason) {
    }

    private final Registry registry;
    private final MessageSource messages;

    ImportPages(Registry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping("/registry/import")
    String form(Model model) {
        actor().require("registry:organization:edit", "registry.organization.import", "organization-file", null);
        model.addAttribute("header", OrganizationFile.HEADER);
        return "registry/import";
    }

    @PostMapping("/registry/import")
    String upload(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
        try {
            model.addAttribute("imported", registry.importOrganizations(actor(),
                    new String(file.getBytes(), StandardCharsets.UTF_8)));
        } catch (FileRejected rejected) {
            List<Line> lines = rejected.problems().stream().map(p -> new Line(p.line(), p.column(),
                    messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale))).toList();
            model.addAttribute("problems", lines);
        }
        return form(model);
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("registry.organization.import", "organization-file", null));
    }
}
