package org.cogov.identity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The permission strings of roles, from table {@code role_permission}. */
@Repository
class Permissions {

    private final JdbcClient jdbc;

    Permissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every role with its permission strings, for the operator's roles screen. */
    Map<Role, Set<String>> all() {
        Map<Role, Set<String>> all = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            all.put(role, of(List.of(role)));
        }
        return all;
    }

    Set<String> of(Collection<Role> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT permission FROM role_permission WHERE role IN (:roles)")
                .param("roles", roles.stream().map(Role::name).toList())
                .query(String.class).list());
    }
}
