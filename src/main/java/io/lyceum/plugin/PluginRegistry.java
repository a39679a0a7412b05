package io.lyceum.plugin;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Every plugin this build of Lyceum ships, by id. Duplicate or malformed ids stop start-up. */
@Component
public class PluginRegistry {

    private static final Pattern ID = Pattern.compile("[a-z][a-z-]{1,39}");

    private final Map<String, LyceumPlugin> plugins = new LinkedHashMap<>();

    PluginRegistry(List<LyceumPlugin> plugins) {
        plugins.stream().sorted(Comparator.comparing(LyceumPlugin::name)).forEach(plugin -> {
            if (!ID.matcher(plugin.id()).matches()) {
                throw new IllegalStateException("Malformed plugin id: " + plugin.id());
            }
            if (this.plugins.putIfAbsent(plugin.id(), plugin) != null) {
                throw new IllegalStateException("Two plugins share the id " + plugin.id());
            }
        });
    }

    public List<LyceumPlugin> all() {
        return List.copyOf(plugins.values());
    }

    public Optional<LyceumPlugin> find(String id) {
        return Optional.ofNullable(plugins.get(id));
    }
}
