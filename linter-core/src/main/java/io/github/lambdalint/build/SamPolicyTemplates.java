package io.github.lambdalint.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SAM policy templates ({@code Policies: - SQSSendMessagePolicy: {QueueName: ...}}): the
 * actions each grants and the parameters that name its resources. Facts from the SAM
 * translator's {@code policy_templates.json}, kept in {@code sam-policy-templates.tsv}.
 */
final class SamPolicyTemplates {

    /** One policy template. */
    record Template(String name, List<String> actions, List<String> parameters) {
    }

    private final Map<String, Template> byName;

    private SamPolicyTemplates(Map<String, Template> byName) {
        this.byName = Map.copyOf(byName);
    }

    private static final class Holder {
        static final SamPolicyTemplates INSTANCE = load();
    }

    static SamPolicyTemplates instance() {
        return Holder.INSTANCE;
    }

    Optional<Template> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private static SamPolicyTemplates load() {
        Map<String, Template> templates = new HashMap<>();
        try (InputStream in = SamPolicyTemplates.class.getResourceAsStream("sam-policy-templates.tsv")) {
            if (in == null) {
                throw new IllegalStateException("sam-policy-templates.tsv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                templates.put(columns[0], new Template(columns[0], split(columns[1]),
                        columns.length > 2 ? split(columns[2]) : List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SamPolicyTemplates(templates);
    }

    private static List<String> split(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
