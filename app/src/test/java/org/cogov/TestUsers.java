package org.cogov;

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
 * Signs a request in as a user of the database, with the roles and permissions that a real sign-in
 * would give, without going through the login pages (which have tests of their own).
 */
public class TestUsers {

    private final JdbcClient jdbc;

    public TestUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SignedInUser user(String username) {
        record Row(UUID id, UUID organizationId, String displayName) {
        }
        Row row = jdbc.sql("SELECT id, organization_id, display_name FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                        rs.getString("display_name")))
                .single();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_role WHERE user_id = :id").param("id", row.id()).query(String.class).list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        Set<String> permissions = roles.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql(
                "SELECT DISTINCT permission FROM role_permission WHERE role IN (:roles)")
                .param("roles", roles.stream().map(Role::name).toList()).query(String.class).list());
        return new SignedInUser(row.id(), row.organizationId(), username, row.displayName(), roles, permissions);
    }

    /** The user of that id, acting: for users the platform names, such as a drawn expert. */
    public SignedInUser user(UUID id) {
        return user(jdbc.sql("SELECT username FROM app_user WHERE id = :id").param("id", id).query(String.class).single());
    }

    public RequestPostProcessor as(String username) {
        SignedInUser user = user(username);
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        user.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    /** The refused audit entries recorded so far with this user as actor. */
    public long refusalsOf(String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry e JOIN app_user u ON u.id = e.actor_id
                WHERE u.username = :u AND e.outcome = 'REFUSED'
                """).param("u", username).query(Long.class).single();
    }
}
