package fr.cls.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Demo people and integration clients, from YAML (demo-identities.yml, or CLS_IDP_IDENTITIES_FILE), so adding
 * one needs no code change. Every person can also act as a client-credentials client of the same name, for
 * scripts and system tests (the authorization server has no password grant).
 */
record DemoIdentities(List<Identity> users, List<Identity> clients) {

    /** @param kind USER (logs in, is also a client) or CLIENT (client credentials only) */
    record Identity(String name, String tenant, List<String> roles, String displayName, String email, boolean person) {
    }

    Optional<Identity> find(String name) {
        return java.util.stream.Stream.concat(users.stream(), clients.stream()).filter(i -> i.name().equals(name)).findFirst();
    }

    @SuppressWarnings("unchecked")
    static DemoIdentities load(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new DemoIdentities(read((List<Map<String, Object>>) root.get("users"), true),
                    read((List<Map<String, Object>>) root.get("clients"), false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo identities " + resource, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Identity> read(List<Map<String, Object>> entries, boolean person) {
        List<Identity> identities = new ArrayList<>();
        for (Map<String, Object> e : entries == null ? List.<Map<String, Object>>of() : entries) {
            String name = (String) e.get("name");
            identities.add(new Identity(name, (String) e.get("tenant"), (List<String>) e.get("roles"),
                    (String) e.getOrDefault("display-name", name), (String) e.get("email"), person));
        }
        return identities;
    }
}
