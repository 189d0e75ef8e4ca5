// notebake: compile-error=compiler.err.var.might.not.have.been.initialized
/** Classic case 2: a variable assigned in one branch only is rejected. */
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
