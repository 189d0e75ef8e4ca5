package notebake.verify;

import java.nio.file.Path;

/**
 * An installed JDK that can compile and run snippets.
 *
 * @param home    its home folder (holds {@code bin/java} and {@code bin/javac})
 * @param version its full version, e.g. {@code 17.0.15}
 * @param feature its feature release, e.g. {@code 17}
 * @param running whether it is the JDK running the verifier (which then compiles in-process)
 */
public record Jdk(Path home, String version, int feature, boolean running) {

    public Path java() {
        return home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
    }

    public Path tool(String name) {
        return home.resolve("bin").resolve(isWindows() ? name + ".exe" : name);
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }

    @Override
    public String toString() {
        return version + " (" + home + ")";
    }
}
