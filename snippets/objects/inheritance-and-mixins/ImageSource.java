import java.nio.file.Path;

/** One constructor parameter, several accepted types: isinstance(x, (A, B)) in Java. */
public class ImageSource {

    /** Stands in for PIL's Image.Image. */
    record Image(String name, int width, int height) { }

    // @start region=holder
    static final class ImageHolder {
        private final Image image;

        // Like __init__(self, path_or_image) with isinstance checks.
        ImageHolder(Object pathOrImage) {
            // an Image: use it directly
            if (pathOrImage instanceof Image img) {
                this.image = img;
            } else if (pathOrImage instanceof String
                    || pathOrImage instanceof Path) {
                // a path: "open" it
                this.image = open(pathOrImage.toString());
            } else {
                String got = pathOrImage == null
                        ? "null" : pathOrImage.getClass().getSimpleName();
                throw new IllegalArgumentException(
                        "expected an Image, String or Path, got " + got);
            }
        }

        private static Image open(String path) {
            // no real file is read
            return new Image("loaded from " + path, 640, 480);
        }
    }
    // @end

    // @start region=overloads
    // The more Java-like design: one constructor per accepted type,
    // checked at compile time.
    static final class TypedHolder {
        private final Image image;

        TypedHolder(Image image) {
            this.image = image;
        }

        TypedHolder(String path) {
            this(ImageHolder.open(path));
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        System.out.println(new ImageHolder(new Image("in memory", 32, 32)).image);
        System.out.println(new ImageHolder("cat.png").image);
        System.out.println(new ImageHolder(Path.of("dog.png")).image);
        try {
            new ImageHolder(42);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        System.out.println(new TypedHolder("bird.png").image);
        // @end
    }
}
