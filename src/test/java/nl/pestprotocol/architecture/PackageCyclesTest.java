package nl.pestprotocol.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Features depend on each other in one direction only: the packages of src/main/java form no cycle. */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "nl", "pestprotocol");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?nl\\.pestprotocol\\.([a-z]+)\\.", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bnl\\.pestprotocol\\.([a-z]+)\\.[A-Z]");

    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                Set<String> uses = deps.computeIfAbsent(pkg, p -> new TreeSet<>());
                String source = Files.readString(file);
                for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        if (!m.group(1).equals(pkg)) {
                            uses.add(m.group(1));
                        }
                    }
                }
            }
        }
        return deps;
    }

    /** Every cycle as "a -> b -> a", found by a depth-first walk from each package. */
    static List<String> cycles(Map<String, Set<String>> deps) {
        Set<String> found = new TreeSet<>();
        for (String start : deps.keySet()) {
            Deque<List<String>> paths = new ArrayDeque<>();
            paths.push(List.of(start));
            while (!paths.isEmpty()) {
                List<String> path = paths.pop();
                for (String next : deps.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    if (next.equals(start)) {
                        List<String> cycle = new ArrayList<>(path);
                        cycle.add(start);
                        found.add(String.join(" -> ", cycle));
                    } else if (!path.contains(next) && next.compareTo(start) > 0) {
                        List<String> longer = new ArrayList<>(path);
                        longer.add(next);
                        paths.push(longer);
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    @Test
    void thePackagesFormNoCycle() throws IOException {
        assertEquals(List.of(), cycles(dependencies()));
    }

    @Test
    void theCycleFinderFindsACycle() {
        assertEquals(List.of("a -> b -> c -> a"), cycles(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"))));
    }
}
