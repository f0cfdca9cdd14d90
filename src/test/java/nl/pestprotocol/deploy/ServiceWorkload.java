package nl.pestprotocol.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The service's Deployment in a rendered overlay, its one container, and the settings it is given. */
final class ServiceWorkload {

    private ServiceWorkload() {
    }

    static Deployment service(List<Manifest> all) {
        return Manifest.one(all, "Deployment", "pestprotocol").typed(Deployment.class);
    }

    static Container container(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    static ConfigMap configMap(List<Manifest> all, String name) {
        return Manifest.all(all, ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("ConfigMap " + name + " is not in the overlay"));
    }

    /** The value of an environment variable, set directly or through a config map of the overlay. */
    static String env(List<Manifest> all, Container c, String name) {
        for (EnvVar e : c.getEnv()) {
            if (e.getName().equals(name)) {
                return e.getValue();
            }
        }
        for (EnvFromSource from : c.getEnvFrom()) {
            String value = configMap(all, from.getConfigMapRef().getName()).getData().get(name);
            if (value != null) {
                return value;
            }
        }
        throw new AssertionError(name + " is not set");
    }
}
