package ecopark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests, in the application's zone: real time, unless a test moves it (a lock that
 * expires, a deadline that passes). A test that moves it calls {@link #reset()} afterwards, so the other tests of the
 * shared context keep real time.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    private TestClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    public void advance(Duration duration) {
        offset.updateAndGet(d -> d.plus(duration));
    }

    /** Moves the clock to an instant; real time runs on from there until {@link #reset()}. */
    public void setTo(Instant instant) {
        offset.set(Duration.between(Clock.systemUTC().instant(), instant));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Clock.system(zone).instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(zone, offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        /** In the application's zone (China time unless ecopark.time-zone says otherwise), as Application's clock. */
        @Bean
        @Primary
        TestClock testClock(@Value("${ecopark.time-zone:" + Application.DEFAULT_TIME_ZONE + "}") ZoneId zone) {
            return new TestClock(zone, new AtomicReference<>(Duration.ZERO));
        }
    }
}
