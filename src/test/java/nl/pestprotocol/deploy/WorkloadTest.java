package nl.pestprotocol.deploy;

import static nl.pestprotocol.deploy.ServiceWorkload.container;
import static nl.pestprotocol.deploy.ServiceWorkload.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * How the service's pods run: two or more of them, as the image's non-root user on a read-only root
 * file system with no privileges and no Kubernetes API token, with requests and limits.
 */
class WorkloadTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void theServiceRunsTwiceOrMoreAsNonRootReadOnlyWithLimits(String overlay) throws IOException {
        List<Manifest> all = Kustomize.overlay(overlay);
        Deployment deployment = service(all);
        assertTrue(deployment.getSpec().getReplicas() >= 2);
        Manifest.all(all, HorizontalPodAutoscaler.class).forEach(h -> assertTrue(h.getSpec().getMinReplicas() >= 2));
        Manifest.all(all, PodDisruptionBudget.class).forEach(p -> assertTrue(p.getSpec().getMinAvailable().getIntVal() >= 1));
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertTrue(pod.getSecurityContext().getRunAsNonRoot());
        assertEquals(DockerfileTest.runtimeUser(), pod.getSecurityContext().getRunAsUser(), "the image's user");
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertFalse(pod.getAutomountServiceAccountToken(), "no Kubernetes API token in the pod");
        Container c = container(deployment);
        assertTrue(c.getSecurityContext().getReadOnlyRootFilesystem());
        assertFalse(c.getSecurityContext().getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop());
        assertNotNull(c.getResources().getRequests().get("cpu"));
        assertNotNull(c.getResources().getRequests().get("memory"));
        assertNotNull(c.getResources().getLimits().get("memory"));
        assertTrue(c.getImage().contains("pestprotocol") && c.getImage().contains(":"), "the overlay names image and tag: " + c.getImage());
    }
}
