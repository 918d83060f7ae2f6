package org.cogov.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The roles and the permission strings each carries. Read-only on purpose: an operator who could
 * edit the mapping could give the ADMIN role a business permission, and so grant it to itself.
 */
@Controller
class RolePages {

    private final Permissions permissions;

    RolePages(Permissions permissions) {
        this.permissions = permissions;
    }

    @GetMapping("/admin/roles")
    String roles(@AuthenticationPrincipal SignedInUser me, Model model) {
        me.require("identity:user:list", "identity.role.list", "role", null);
        model.addAttribute("roles", permissions.all());
        return "admin/roles";
    }
}
