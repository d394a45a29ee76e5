package ecopark.security.service;

import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Answers a request that arrives on an ended session (the account was disabled or changed) the way each kind of
 * client understands: Vaadin's client gets its own "session expired" message and reloads into the login page, its
 * heartbeat gets the status Vaadin sends for an expired session, and a plain page request is sent to the login page.
 */
class ExpiredSessionResponse implements SessionInformationExpiredStrategy {

    private final String loginPath;

    ExpiredSessionResponse(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        String type = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
        if (RequestType.UIDL.getIdentifier().equals(type)) {
            response.setHeader("Cache-Control", "no-cache");
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream().write(VaadinService.createSessionExpiredJSON(false)
                    .getBytes(StandardCharsets.UTF_8));
        } else if (RequestType.HEARTBEAT.getIdentifier().equals(type)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Session expired");
        } else {
            response.sendRedirect(request.getContextPath() + loginPath);
        }
    }
}
