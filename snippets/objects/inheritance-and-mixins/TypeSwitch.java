// notebake: release=21
/** Java 21: pattern matching in switch tests several types in one statement. */
public class TypeSwitch {

    record Image(String name) { }

    // @start region=switch
    static String describe(Object pathOrImage) {
        return switch (pathOrImage) {
            case Image img -> "an image: " + img.name();
            case String path when path.endsWith(".png") -> "a PNG path: " + path;
            case String path -> "some other path: " + path;
            case null -> "nothing";
            default -> "unsupported: " + pathOrImage.getClass().getSimpleName();
        };
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        System.out.println(describe(new Image("in memory")));
        System.out.println(describe("cat.png"));
        System.out.println(describe("notes.txt"));
        System.out.println(describe(null));
        System.out.println(describe(42));
        // @end
    }
}
