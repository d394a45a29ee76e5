package ecopark.bench;

import java.util.HashMap;
import java.util.Map;

/** The {@code key=value} arguments of the benchmark and load harnesses' main methods. */
public final class BenchArgs {

    private BenchArgs() {
    }

    public static Map<String, String> parse(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                args.put(a.substring(0, eq), a.substring(eq + 1));
            }
        }
        return args;
    }
}
