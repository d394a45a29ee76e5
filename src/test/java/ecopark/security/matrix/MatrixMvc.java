package ecopark.security.matrix;

import com.vaadin.flow.server.Mode;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import org.mockito.Mockito;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc through the application's security chains, for the matrix tests that call the API. */
public final class MatrixMvc {

    private MatrixMvc() {
    }

    public static MockMvc of(WebApplicationContext context) {
        // The UI's security chain asks Vaadin (Hilla's client routes) about every request; a mock servlet context has
        // no Vaadin configuration, so it gets one saying "production, no client routes" (there are none).
        VaadinServletContext vaadin = new VaadinServletContext(context.getServletContext());
        if (vaadin.getAttribute(ApplicationConfiguration.class) == null) {
            ApplicationConfiguration configuration = Mockito.mock(ApplicationConfiguration.class);
            Mockito.when(configuration.getMode()).thenReturn(Mode.PRODUCTION_PRECOMPILED_BUNDLE);
            Mockito.when(configuration.isProductionMode()).thenReturn(true);
            Mockito.when(configuration.getContext()).thenReturn(vaadin);
            vaadin.setAttribute(ApplicationConfiguration.class, configuration);
        }
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }
}
