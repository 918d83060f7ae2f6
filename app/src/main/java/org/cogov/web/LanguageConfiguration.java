package org.cogov.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cogov.identity.LanguagePreference;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Chinese or English, chosen by the user: {@code ?lang=en} on any page switches, the session keeps
 * it, and a signed-in user's choice is remembered for the next sign-in. Before any choice, the
 * browser's Accept-Language decides between the two, and Chinese is the default.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private final LanguagePreference preference;
    private final SessionLocaleResolver resolver = new SessionLocaleResolver();

    LanguageConfiguration(LanguagePreference preference) {
        this.preference = preference;
        resolver.setDefaultLocaleFunction(LanguageConfiguration::fromBrowser);
    }

    @Bean
    LocaleResolver localeResolver() {
        return resolver;
    }

    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return CHINESE;
        }
        for (Locale wanted : java.util.Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals("zh")) {
                return CHINESE;
            }
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                @Nullable String wanted = request.getParameter(getParamName());
                if (wanted == null) {
                    return true;
                }
                Locale locale = SUPPORTED.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(wanted)
                        || l.getLanguage().equalsIgnoreCase(wanted)).findFirst().orElse(null);
                if (locale != null) {
                    resolver.setLocale(request, response, locale);
                    preference.remember(locale);
                }
                return true;
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
