import java.util.function.Function;

public class LoggingDecorator {

    // @start region=wrap
    static <T, R> Function<T, R> log(String name, Function<T, R> f) {
        return x -> {
            System.out.println("call " + name + "(" + x + "):");
            return f.apply(x);
        };
    }
    // @end

    public static void main(String[] args) {
        Function<Integer, Integer> square = log("square", x -> x * x);
        System.out.println(square.apply(7));
        String longLine = "This line is deliberately long so that a reader on a narrow screen can try the wrap toggle and see the whole statement without scrolling sideways.";
        System.out.println(longLine.length());
    }
}
