package ecopark.load;

/** A bureau's manager opening the rectification dashboard again and again. */
final class ManagerUser extends BrowserUser {

    ManagerUser(Recorder recorder, String base, String username, Gate gate) {
        super(recorder, base, username, gate);
    }

    @Override
    protected void prepare() {
        page.navigate(base + "rectification/dashboard");
        page.locator("#dashboard-year").waitFor();
    }

    @Override
    protected void step() {
        timed(PAGE + "rectification dashboard", this::prepare);
    }

    @Override
    protected String kindOfFailure() {
        return PAGE + "rectification dashboard";
    }
}
