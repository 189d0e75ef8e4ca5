import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Ways to merge two maps, and which value wins for a shared key. */
public class MergeMaps {
    public static void main(String[] args) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", "王一");
        profile.put("age", 27);
        Map<String, Object> extInfo = new LinkedHashMap<>();
        extInfo.put("age", 28);
        extInfo.put("gender", "male");

        // @start region=update
        Map<String, Object> updated = new LinkedHashMap<>(profile);
        // profile.update(ext_info), or {**profile, **ext_info}
        updated.putAll(extInfo);
        System.out.println("putAll (last wins):   " + updated);
        // @end

        // @start region=stream
        Map<String, Object> streamed = Stream
                .concat(profile.entrySet().stream(), extInfo.entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (first, second) -> second, // dict(chain(...)): later pair wins
                        LinkedHashMap::new));
        System.out.println("toMap (last wins):    " + streamed);
        // @end

        // @start region=chainmap
        Map<String, Object> firstWins = new LinkedHashMap<>(profile);
        // dict(ChainMap(profile, ext_info)): the first map wins
        extInfo.forEach(firstWins::putIfAbsent);
        System.out.println("ChainMap (first wins): " + firstWins);
        // @end

        // @start region=merge
        Map<String, Integer> scores = new LinkedHashMap<>(Map.of("ann", 3));
        Map<String, Integer> more = new LinkedHashMap<>(Map.of("ann", 4));
        // combine the values instead of overwriting them
        more.forEach((k, v) -> scores.merge(k, v, Integer::sum));
        System.out.println("merge with sum:       " + scores);
        // @end

        // @start region=duplicates
        try {
            Stream.concat(profile.entrySet().stream(), extInfo.entrySet().stream())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        } catch (IllegalStateException e) {
            System.out.println("toMap without a merge function: " + e.getMessage());
        }
        // @end
    }
}
