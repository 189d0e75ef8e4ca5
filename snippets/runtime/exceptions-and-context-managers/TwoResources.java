/** Two resources in one try-with-resources: opened in order, closed in reverse. */
public class TwoResources {
    // @start region=resource
    static final class TestContext implements AutoCloseable {
        private final String name;

        TestContext(String name) {
            this.name = name;
            System.out.println("enter " + name);                    // __enter__
        }

        @Override
        public void close() {
            System.out.println("exit " + name);                     // __exit__
        }
    }
    // @end

    @SuppressWarnings("try")   // the resources are not used by name
    public static void main(String[] args) {
        // @start region=two
        try (TestContext a = new TestContext("aaa");
             TestContext b = new TestContext("bbb")) {
            System.out.println("========== in main ============");
        }
        // @end

        // @start region=failing
        try (TestContext a = new TestContext("aaa");
             TestContext b = new TestContext("bbb")) {
            throw new IllegalStateException("body failed");
        } catch (IllegalStateException e) {
            System.out.println("caught after both closed: " + e.getMessage());
        }
        // @end

        // @start region=suppressed
        AutoCloseable failingClose = () -> {
            throw new IllegalArgumentException("close failed");
        };
        try (AutoCloseable r = failingClose) {
            throw new IllegalStateException("body failed");
        } catch (Exception e) {
            System.out.println("primary: " + e.getMessage()
                    + ", suppressed: " + e.getSuppressed()[0].getMessage());
        }
        // @end
    }
}
