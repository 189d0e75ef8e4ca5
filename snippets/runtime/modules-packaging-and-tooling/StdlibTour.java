// notebake: args="report --verbose"
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Java counterparts of the standard-library modules the note lists. */
public class StdlibTour {
    public static void main(String[] args) throws IOException {
        // @start region=sys
        System.out.println("argv: " + Arrays.toString(args));            // sys.argv[1:]
        boolean pathSet = System.getenv("PATH") != null;                 // os.environ
        System.out.println("PATH is set: " + pathSet
                + ", pid > 0: " + (ProcessHandle.current().pid() > 0));  // os.getpid()
        // @end

        // @start region=files
        Path dir = Files.createDirectories(Path.of("data"));             // os.makedirs
        Files.writeString(dir.resolve("a.txt"), "alpha\n");
        Files.writeString(dir.resolve("b.txt"), "beta\n");
        Files.writeString(dir.resolve("c.csv"), "x,y\n");
        Files.copy(dir.resolve("a.txt"), dir.resolve("a-copy.txt"));     // shutil.copy
        List<String> matches = new ArrayList<>();
        // glob.glob('data/*.txt')
        try (DirectoryStream<Path> txt = Files.newDirectoryStream(dir, "*.txt")) {
            txt.forEach(p -> matches.add(p.getFileName().toString()));
        }
        matches.sort(null);
        System.out.println("glob *.txt: " + matches);
        // @end

        // @start region=time
        LocalDate date = LocalDate.of(2026, 11, 23);                    // datetime.date
        LocalDateTime meeting = date.atTime(9, 30).plus(Duration.ofMinutes(90));
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        System.out.println(date.plusDays(10) + " / " + meeting.format(minutes)
                + " / weekday " + date.getDayOfWeek());
        // @end

        // @start region=compress
        byte[] text = "hello ".repeat(100).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {  // gzip.compress
            gzip.write(text);
        }
        byte[] unpacked;
        var compressed = new java.io.ByteArrayInputStream(packed.toByteArray());
        try (GZIPInputStream in = new GZIPInputStream(compressed)) {
            unpacked = in.readAllBytes();                             // gzip.decompress
        }
        System.out.println("gzip: " + text.length + " bytes -> smaller: "
                + (packed.size() < text.length)
                + ", round trip equal: " + Arrays.equals(text, unpacked));
        Path zipPath = Path.of("data.zip");                           // zipfile
        try (var zip = new ZipOutputStream(Files.newOutputStream(zipPath))) {
            for (String name : matches) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Files.readAllBytes(dir.resolve(name)));
                zip.closeEntry();
            }
        }
        try (var zipFile = new java.util.zip.ZipFile("data.zip")) {
            System.out.println("data.zip entries: "
                    + zipFile.stream().map(ZipEntry::getName).sorted().toList());
        }
        // @end
    }
}
