package ecopark.base.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Spring MVC for the public portal ({@code /public/**}), the stateless server-rendered pages beside the Vaadin
 * application: the language of a page from the reader's cookie or link, the words from the application's own bundles
 * (so {@code #{key}} in a template reads exactly what the Vaadin views read, see {@link PortalMessages}), and
 * {@code #portal} for the layout ({@link PortalDialect}).
 */
@Configuration
class PortalWebConfig implements WebMvcConfigurer {

    static final String PORTAL_PATHS = "/public/**";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                PortalPreferences.remember(request, response);
                return true;
            }
        }).addPathPatterns(PORTAL_PATHS);
    }

    /** Spring MVC's locale (the {@code #locale} of templates): the portal's choice, Chinese by default. */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return PortalPreferences.of(request).locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language is chosen with ?lang= or the ecopark-lang cookie");
            }
        };
    }

    @Bean
    PortalDialect portalDialect() {
        return new PortalDialect();
    }

    /** Template messages from the application's bundles (MessageFormat, so '' reads as one apostrophe). */
    @Bean
    static BeanPostProcessor portalMessages() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setTemplateEngineMessageSource(new PortalMessages());
                }
                return bean;
            }
        };
    }
}
