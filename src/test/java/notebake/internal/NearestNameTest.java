package notebake.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NearestNameTest {

    @Test
    void editDistances() {
        assertEquals(0, NearestName.distance("timeout", "timeout"));
        assertEquals(1, NearestName.distance("timout", "timeout"));
        assertEquals(2, NearestName.distance("site.titel", "site.title"));
        assertEquals(3, NearestName.distance("", "abc"));
    }

    @Test
    void theClosestKnownNameWithinTheLimit() {
        List<String> known = List.of("timeout", "stdin", "release", "site.title");
        assertEquals("timeout", NearestName.of("timout", known, 2));
        assertEquals("site.title", NearestName.of("site.titel", known, 2));
        assertNull(NearestName.of("colour", known, 2));
        // ties: the first in sorted order, whatever the order of the collection
        assertEquals("ab", NearestName.of("aa", List.of("ba", "ab"), 1));
    }
}
