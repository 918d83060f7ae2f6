package org.cogov.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cogov.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The count of unread messages beside the messages link of the navigation bar: added to the model of
 * every page that is rendered for a signed-in user (not to API answers, nor to redirects), as
 * {@code unreadMessages}.
 */
@Configuration(proxyBeanMethods = false)
class UnreadBadge implements WebMvcConfigurer {

    private final Inbox inbox;

    UnreadBadge(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    @Nullable ModelAndView page) {
                if (page == null || !page.hasView() || page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
                    return;
                }
                Actor.current().ifPresent(actor -> page.addObject("unreadMessages", inbox.unread(actor)));
            }
        }).excludePathPatterns("/api/**");
    }
}
