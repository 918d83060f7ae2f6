package org.cogov.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.cogov.shared.Domain;

/**
 * A person's post in an organization. The association posts are those the avoidance rule names
 * (会长, 副会长, 秘书长, 理事, 监事); a member firm's representative holds no office in the association.
 */
@Domain
public enum Post {
    EMPLOYEE("职工"),
    DIRECTOR("董事"),
    SUPERVISOR("监事"),
    PRESIDENT("会长"),
    VICE_PRESIDENT("副会长"),
    SECRETARY_GENERAL("秘书长"),
    COUNCIL_MEMBER("理事"),
    MEMBER_REPRESENTATIVE("会员代表");

    /** The post's name in the statutes and registers, as registrars write it in their files. */
    private final String statutoryName;

    Post(String statutoryName) {
        this.statutoryName = statutoryName;
    }

    /** Holds office in, or works for, the organization: the posts that tie and that staff. */
    public boolean isOffice() {
        return this != MEMBER_REPRESENTATIVE;
    }

    /** The post a file names by its code ({@code PRESIDENT}) or its statutory Chinese name ({@code 会长}). */
    public static Optional<Post> named(String name) {
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(post -> post.name().equals(wanted.toUpperCase(Locale.ROOT)) || post.statutoryName.equals(wanted))
                .findFirst();
    }
}
