package io.lyceum.notification;

import io.lyceum.tenancy.TenantContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs {@code List-Unsubscribe=One-Click} to the link
 * of the {@code List-Unsubscribe} header, on the organization's host, with no session and no CSRF
 * token (the link's random token is the proof). A functional route, not a controller: it claims POST
 * only, so that a GET of the same address (a person clicking the link) reaches Vaadin's confirmation
 * page; a controller mapping would answer that GET with 405.
 */
@Configuration(proxyBeanMethods = false)
class UnsubscribeEndpoint {

    static final String PATH = "/mail/unsubscribe";

    @Bean
    RouterFunction<ServerResponse> oneClickUnsubscribe(Unsubscribes unsubscribes) {
        return RouterFunctions.route(RequestPredicates.POST(PATH), request -> {
            if (TenantContext.current().isEmpty()) {
                return ServerResponse.notFound().build(); // links point at organizations' hosts only
            }
            String token = request.param("token").orElse("");
            String kind = request.param("kind").orElse("");
            return unsubscribes.unsubscribe(token, kind)
                    ? ServerResponse.ok().build()
                    : ServerResponse.notFound().build();
        });
    }
}
