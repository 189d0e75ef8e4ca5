// notebake: compile-error=compiler.err.var.might.not.have.been.initialized
/** Classic case 2 in Java: a variable assigned only in one branch is rejected at compile time. */
public class MaybeUnassigned {
    static String getSelectDesc(String name, boolean flag, boolean isFormat) {
        String selRes;
        if (flag) {
            selRes = "Do select name = " + name;
        }
        return isFormat ? selRes : name;
    }

    public static void main(String[] args) {
        System.out.println(getSelectDesc("Error", false, true));
    }
}
