package org.offencestats.handbook.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds cycles between the source files of one package: nested classes count as their file's top-level class, and
 * each strongly connected group of two or more files is one cycle (Tarjan's algorithm).
 */
final class FileCycles {

    private FileCycles() {
    }

    /** Each cycle as "package: A, B, C". */
    static List<String> in(JavaClasses classes) {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = topLevel(c);
            edges.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                String to = topLevel(target);
                if (!to.equals(from) && target.getPackageName().equals(c.getPackageName()) && classes.contain(to)) {
                    edges.get(from).add(to);
                }
            }
        }
        return new Tarjan(edges).cycles();
    }

    private static String topLevel(JavaClass c) {
        String name = c.getName();
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

    private static final class Tarjan {
        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<String> cycles = new ArrayList<>();
        private int counter;

        Tarjan(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        List<String> cycles() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return cycles;
        }

        private void visit(String node) {
            index.put(node, counter);
            low.put(node, counter);
            counter++;
            stack.push(node);
            onStack.add(node);
            for (String next : edges.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> group = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    group.add(member.substring(member.lastIndexOf('.') + 1));
                } while (!member.equals(node));
                if (group.size() > 1) {
                    cycles.add(node.substring(0, node.lastIndexOf('.')) + ": " + String.join(", ", group));
                }
            }
        }
    }
}
