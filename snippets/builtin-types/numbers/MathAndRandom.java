import java.util.Random;

/** java.lang.Math functions, constants and a seeded random generator. */
public class MathAndRandom {
    public static void main(String[] args) {
        System.out.println("PI = " + Math.PI);
        System.out.println("E  = " + Math.E);
        System.out.printf("sqrt(2) = %.6f, pow(2, 10) = %.1f, abs(-7) = %d%n",
                Math.sqrt(2), Math.pow(2, 10), Math.abs(-7));
        System.out.printf("floor(-2.5) = %.1f, ceil(-2.5) = %.1f, hypot(3, 4) = %.1f%n",
                Math.floor(-2.5), Math.ceil(-2.5), Math.hypot(3, 4));
        System.out.printf("sin(pi/6) = %.6f, cos(0) = %.1f, toDegrees(pi) = %.1f%n",
                Math.sin(Math.PI / 6), Math.cos(0), Math.toDegrees(Math.PI));
        System.out.printf("log(e) = %.1f, log10(1000) = %.1f%n",
                Math.log(Math.E), Math.log10(1000));

        Random random = new Random(42);   // fixed seed: same sequence on every JVM
        System.out.print("dice:");
        for (int i = 0; i < 5; i++) {
            System.out.print(" " + (random.nextInt(6) + 1));   // randint(1, 6)
        }
        System.out.println();
        System.out.printf("uniform [0, 1): %.6f%n", random.nextDouble());
    }
}
