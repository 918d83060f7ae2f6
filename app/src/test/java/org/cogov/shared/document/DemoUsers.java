package org.cogov.shared.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Role;
import org.cogov.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo city's users as signed-in principals, read as identity would make them at sign-in, so
 * that a test can act as them without the password and second-factor steps.
 */
final class DemoUsers {

    private final JdbcClient jdbc;

    DemoUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SignedInUser user(String username) {
        record Row(UUID id, UUID organizationId, String displayName) {
        }
        Row row = jdbc.sql("SELECT id, organization_id, display_name FROM app_user WHERE username = :username")
                .param("username", username)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                        rs.getString("display_name")))
                .single();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_role WHERE user_id = :user").param("user", row.id())
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        Set<String> permissions = new HashSet<>(jdbc.sql("SELECT DISTINCT permission FROM role_permission WHERE role IN (:roles)")
                .param("roles", roles.stream().map(Role::name).toList())
                .query(String.class).list());
        return new SignedInUser(row.id(), row.organizationId(), username, row.displayName(), roles, permissions);
    }

    /** Signs the request in as the user, as a session would. */
    RequestPostProcessor as(String username) {
        SignedInUser user = user(username);
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        user.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }
}
