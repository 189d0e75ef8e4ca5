import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.spi.ToolProvider;

/** Reads this class's .class file header, then disassembles one method with javap. */
public class Bytecode {
    static int add(int a, int b) {
        return a + b;
    }

    public static void main(String[] args) throws IOException {
        // @start region=header
        try (InputStream in = Bytecode.class.getResourceAsStream("Bytecode.class");
             DataInputStream data = new DataInputStream(in)) {
            int magic = data.readInt();
            int minor = data.readUnsignedShort();
            int major = data.readUnsignedShort();
            System.out.printf("magic: %X%n", magic);
            System.out.println("version: " + major + "." + minor
                    + " (class files for Java " + (major - 44) + ")");
        }
        // @end

        // @start region=javap
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringWriter out = new StringWriter();
        javap.run(new PrintWriter(out), new PrintWriter(out),
                "-c", "-cp", System.getProperty("java.class.path"), "Bytecode");
        boolean inAdd = false;
        for (String line : out.toString().split("\n")) {
            if (line.contains("static int add(int, int)")) {
                inAdd = true;
            }
            if (inAdd) {
                System.out.println(line);
                if (line.isBlank()) {
                    break;
                }
            }
        }
        // @end
    }
}
