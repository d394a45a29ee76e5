package ecopark.load;

import ecopark.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the load test runs it, in a JVM of its own: the normal start (profile {@code mysql} on the
 * database the environment names, with the demo organisation so the Changchun manager's dashboard has its registry),
 * then the load test's own accounts, parks and reports ({@link LoadData}), then a line the harness waits for.
 */
public final class LoadServer {

    static final String READY = "LOAD DATA READY";

    private LoadServer() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(Application.class, args);
        LoadData data = new LoadData(context);
        try {
            data.ensure();
        } catch (RuntimeException e) {
            // The harness sees the process end; without this the application would keep running, holding its port.
            e.printStackTrace();
            System.exit(SpringApplication.exit(context, () -> 1));
        }
        System.out.println(READY + " " + data.summary());
    }
}
