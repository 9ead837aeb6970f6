package org.linkwork.platform.logging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds personal data of the test people in log text: NHS numbers of the test range (999 000 0000
 * to 999 999 9999, with or without spaces, with a valid check digit) and the names that the test
 * sources give people.
 */
final class PersonalDataInLogs {

    /** A finding: which line of the log, and what was found in it. */
    record Finding(int lineNumber, String what, String line) {
    }

    private static final Pattern NHS_NUMBER = Pattern.compile("(?<![\\d-])999 ?\\d{3} ?\\d{4}(?![\\d-])");
    /** How tests name people: person("Given", "Family", ...), new Person.Name("Given", "Family", ...), JSON fields. */
    private static final List<Pattern> NAMES_IN_TEST_SOURCES = List.of(
            Pattern.compile("(?:person|everything|Name)\\(\"([^\"]{3,})\", \"([^\"]{3,})\""),
            Pattern.compile("\"(?:givenName|familyName|given|family)\"\\s*:\\s*\"([^\"]{3,})\""),
            Pattern.compile("\\\\\"(?:givenName|familyName|given|family)\\\\\"\\s*:\\s*\\\\\"([^\"\\\\]{3,})\\\\\""));

    private final Set<String> names;
    private final Pattern namePattern;

    PersonalDataInLogs(Set<String> names) {
        this.names = Set.copyOf(names);
        this.namePattern = names.isEmpty() ? null : Pattern.compile("\\b(" + String.join("|",
                names.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    /** The names of people in the test sources under this folder. */
    static Set<String> namesInTestSources(Path testSources) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(testSources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".json")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : NAMES_IN_TEST_SOURCES) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        for (int group = 1; group <= matcher.groupCount(); group++) {
                            String name = matcher.group(group).strip();
                            if (name.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
                                    && Character.isUpperCase(name.charAt(0))) {
                                names.add(name);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    Set<String> names() {
        return names;
    }

    List<Finding> scan(List<String> lines) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher nhs = NHS_NUMBER.matcher(line);
            while (nhs.find()) {
                if (hasValidCheckDigit(nhs.group().replace(" ", ""))) {
                    findings.add(new Finding(i + 1, "NHS number " + nhs.group(), line));
                }
            }
            if (namePattern != null) {
                Matcher name = namePattern.matcher(line);
                while (name.find()) {
                    findings.add(new Finding(i + 1, "name " + name.group(), line));
                }
            }
        }
        return findings;
    }

    private static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
