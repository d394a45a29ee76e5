package ecopark.security.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import ecopark.base.api.ApiSecurityResponses;
import ecopark.security.AppRole;
import ecopark.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String LOGIN_PATH = "/login";
    static final String API_PATHS = "/api/**";
    static final String PUBLIC_API_PATHS = "/api/public/**";
    /** The public portal: server-rendered pages, their static files and what search engines read. */
    static final String[] PORTAL_PATHS = {"/public/**", "/sitemap.xml", "/robots.txt", "/webjars/**"};
    static final String[] API_DOCS_PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * Operators' endpoints: health is open (details only for administrators, see application.properties), and a
     * monitoring tool may sign in with HTTP Basic; a browser session of an administrator works as well.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(AppRole.ADMIN_NAME))
                .httpBasic(Customizer.withDefaults())
                .headers(SecurityHeaders::apply)
                .build();
    }

    /**
     * The JSON API: published forms ({@code /api/public/**}) for everyone; everything else for integrations signing in
     * on every request (no session, so no CSRF token) with an API token ({@code Authorization: Bearer}, see
     * {@link ApiTokenFilter}) or with HTTP Basic, under the same role and park rules as the UI, which the services
     * apply. 401 and 403 answer in the API's error body.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ObjectMapper json, ApiTokenAuthenticator tokens,
            SecurityContextHolderStrategy contexts) throws Exception {
        ApiSecurityResponses responses = new ApiSecurityResponses(json);
        return http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_API_PATHS).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, contexts, json), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(responses))
                .addFilterAfter(new PasswordChangeFirst(json), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders::apply)
                .build();
    }

    /**
     * The public portal (published forms for everyone, see ecopark.publication.web): open, and stateless like the
     * API, because traffic from the whole country and from search engines lands here and must cost the server no
     * session per reader. No request cache (nothing to return to after a login), no CSRF token (its forms change
     * nothing: the GET filters, and the signature check's POST, which stores nothing and shows its answer only to the
     * one who posted), no security context stored; the same response headers as every other answer.
     */
    @Bean
    @Order(3)
    SecurityFilterChain portalFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PORTAL_PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders::apply)
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/error").permitAll());
        // The API's documentation is as open as the published forms it describes.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(API_DOCS_PATHS).permitAll());
        http.headers(SecurityHeaders::apply);
        // A new session id at login (no fixation), and every session registered, so that disabling an account
        // can end its sessions (AccountSessions); no limit on parallel sessions.
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new ExpiredSessionResponse(LOGIN_PATH)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container ends or renames a session. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** BCrypt; declared here because Flowable would otherwise register a no-op encoder. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
