package org.cogov.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads the shipped list of common passwords (those of 8 characters or more from the MIT-licensed
 * zxcvbn-ts frequency list, see identity/NOTICE) into the policy.
 */
@Configuration(proxyBeanMethods = false)
class PasswordPolicyConfiguration {

    @Bean
    PasswordPolicy passwordPolicy() throws IOException {
        Set<String> common = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> common.add(line.toLowerCase(Locale.ROOT)));
        }
        return new PasswordPolicy(Set.copyOf(common));
    }
}
