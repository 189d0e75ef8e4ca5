public class WarnOnStderr {
    public static void main(String[] args) {
        System.out.println("result: 42");
        System.err.println("warning: <script>alert('not run')</script> is only text");
    }
}
