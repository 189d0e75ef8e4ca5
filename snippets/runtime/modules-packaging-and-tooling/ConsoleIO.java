// notebake: stdin="Ann\n42\n"
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reading lines from standard input (input()), printing and formatting (print), and
 * passwords (getpass).
 */
public class ConsoleIO {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(
                new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // @start region=input
        System.out.print("name? ");  // input("name? ") prints the prompt ...
        String name = in.readLine(); // ... and returns the raw line, never eval'd
        System.out.print("age? ");
        // the conversion is explicit, as in int(input())
        int age = Integer.parseInt(in.readLine().strip());
        System.out.println();
        System.out.println("hello " + name + ", next year you are " + (age + 1));
        System.out.printf("%-5s|%5d|%n", name, age);   // print(f"{name:<5}|{age:>5}|")
        // @end

        // @start region=password
        if (System.console() == null) {   // no terminal: stdin is a pipe or a file
            System.out.println("no console, so readPassword is unavailable");
        } else {
            // getpass.getpass()
            char[] password = System.console().readPassword("password: ");
            java.util.Arrays.fill(password, ' ');
        }
        // @end
    }
}
