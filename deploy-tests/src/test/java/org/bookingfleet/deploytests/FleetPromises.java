package org.bookingfleet.deploytests;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.bookingfleet.events.Topics;

/**
 * What the fleet's manifests promise, checked on the rendered objects: every application
 * runs as a Deployment with liveness and readiness on its actuator health groups,
 * requests and limits, a non-root security context, an HPA, a disruption budget and a
 * network policy of its own; credentials only by reference to a Secret; every topic and
 * dead-letter topic as a KafkaTopic; configuration only under names the application
 * reads. Each violation is one line naming the object.
 */
final class FleetPromises {

	static final String LIVENESS = "/actuator/health/liveness";

	static final String READINESS = "/actuator/health/readiness";

	private static final String STRIMZI_CLUSTER = "strimzi.io/cluster";

	private final Manifests manifests;

	private final List<String> violations = new ArrayList<>();

	private FleetPromises(Manifests manifests) {
		this.manifests = manifests;
	}

	static List<String> check(Manifests manifests, List<Application> applications, Set<String> topics) {
		FleetPromises promises = new FleetPromises(manifests);
		applications.forEach(promises::checkApplication);
		promises.checkTopics(topics);
		return List.copyOf(promises.violations);
	}

	/**
	 * The fleet's topics, from the event contracts, each with its dead-letter twin the
	 * services create.
	 */
	static Set<String> fleetTopics() {
		Set<String> topics = new TreeSet<>();
		for (Field field : Topics.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					String topic = (String) field.get(null);
					topics.add(topic);
					topics.add(Topics.deadLetters(topic));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return topics;
	}

	private void checkApplication(Application application) {
		String name = application.name();
		Optional<V1Deployment> found = this.manifests.named(V1Deployment.class, name);
		if (found.isEmpty()) {
			violation(name, "no Deployment");
			return;
		}
		V1Deployment deployment = found.get();
		Map<String, String> podLabels = Objects
			.requireNonNullElse(deployment.getSpec().getTemplate().getMetadata() == null ? null
					: deployment.getSpec().getTemplate().getMetadata().getLabels(), Map.of());
		if (!matches(deployment.getSpec().getSelector(), podLabels)) {
			violation(name, "the Deployment's selector does not match its pod template");
		}
		V1PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		Map<String, String> environment = new LinkedHashMap<>();
		Set<String> fromSecrets = new TreeSet<>();
		for (V1Container container : pod.getContainers()) {
			checkContainer(application, pod, container, environment, fromSecrets);
		}
		for (String credential : application.credentialsWithBuiltInValues()) {
			if (!fromSecrets.contains(credential)) {
				violation(name, credential + " is not set from a Secret: the application would use its built-in value");
			}
		}
		application.wrongPort(environment).ifPresent(what -> violation(name, what));
		checkScaling(name, podLabels);
	}

	private void checkContainer(Application application, V1PodSpec pod, V1Container container,
			Map<String, String> environment, Set<String> fromSecrets) {
		String where = application.name() + " container " + container.getName();
		checkProbe(where, "liveness", container.getLivenessProbe(), LIVENESS, container, application.port());
		checkProbe(where, "readiness", container.getReadinessProbe(), READINESS, container, application.port());
		checkResources(where, container.getResources());
		Boolean podNonRoot = pod.getSecurityContext() == null ? null : pod.getSecurityContext().getRunAsNonRoot();
		Boolean containerNonRoot = container.getSecurityContext() == null ? null
				: container.getSecurityContext().getRunAsNonRoot();
		if (!Boolean.TRUE.equals(containerNonRoot != null ? containerNonRoot : podNonRoot)) {
			violation(where, "does not run with runAsNonRoot: true");
		}
		for (V1EnvVar variable : Objects.requireNonNullElse(container.getEnv(), List.<V1EnvVar>of())) {
			String name = variable.getName();
			checkRead(where, application, name, "env");
			boolean secret = variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null;
			if (secret) {
				fromSecrets.add(name);
			}
			else if (application.isCredential(name)) {
				violation(where, name + " is a credential given inline, not by secretKeyRef");
			}
			if (variable.getValue() != null) {
				environment.put(name, variable.getValue());
			}
		}
		for (V1EnvFromSource source : Objects.requireNonNullElse(container.getEnvFrom(), List.<V1EnvFromSource>of())) {
			if (source.getConfigMapRef() == null) {
				continue;
			}
			String configMap = source.getConfigMapRef().getName();
			Optional<V1ConfigMap> found = this.manifests.named(V1ConfigMap.class, configMap);
			if (found.isEmpty()) {
				violation(where, "takes its environment from ConfigMap " + configMap + ", which is not rendered");
				continue;
			}
			Map<String, String> data = Objects.requireNonNullElse(found.get().getData(), Map.of());
			data.forEach((name, value) -> {
				checkRead(where, application, name, "ConfigMap " + configMap);
				if (application.isCredential(name)) {
					violation(where, name + " is a credential in ConfigMap " + configMap + ", not in a Secret");
				}
				environment.putIfAbsent(name, value);
			});
		}
	}

	private void checkRead(String where, Application application, String name, String source) {
		if (!application.reads().contains(name)) {
			violation(where, name + " (" + source + ") is not a variable the application reads");
		}
	}

	private void checkProbe(String where, String kind, V1Probe probe, String path, V1Container container,
			int applicationPort) {
		if (probe == null || probe.getHttpGet() == null) {
			violation(where, "no HTTP " + kind + " probe");
			return;
		}
		if (!path.equals(probe.getHttpGet().getPath())) {
			violation(where, "the " + kind + " probe asks " + probe.getHttpGet().getPath() + ", not " + path);
		}
		Integer port = portNumber(probe.getHttpGet().getPort(), container);
		if (port == null || port != applicationPort) {
			violation(where, "the " + kind + " probe asks port " + probe.getHttpGet().getPort()
					+ ", not the application's " + applicationPort);
		}
	}

	private static Integer portNumber(IntOrString port, V1Container container) {
		if (port == null) {
			return null;
		}
		if (port.isInteger()) {
			return port.getIntValue();
		}
		return Objects.requireNonNullElse(container.getPorts(), List.<V1ContainerPort>of())
			.stream()
			.filter(candidate -> port.getStrValue().equals(candidate.getName()))
			.map(V1ContainerPort::getContainerPort)
			.findFirst()
			.orElse(null);
	}

	private void checkResources(String where, V1ResourceRequirements resources) {
		Map<String, Quantity> requests = resources == null ? null : resources.getRequests();
		Map<String, Quantity> limits = resources == null ? null : resources.getLimits();
		for (String resource : List.of("cpu", "memory")) {
			if (requests == null || !requests.containsKey(resource)) {
				violation(where, "no " + resource + " request");
			}
			if (limits == null || !limits.containsKey(resource)) {
				violation(where, "no " + resource + " limit");
			}
		}
	}

	private void checkScaling(String name, Map<String, String> podLabels) {
		boolean autoscaled = this.manifests.all(V2HorizontalPodAutoscaler.class)
			.stream()
			.anyMatch(hpa -> "Deployment".equals(hpa.getSpec().getScaleTargetRef().getKind())
					&& name.equals(hpa.getSpec().getScaleTargetRef().getName())
					&& hpa.getSpec().getMaxReplicas() >= Objects.requireNonNullElse(hpa.getSpec().getMinReplicas(), 1));
		if (!autoscaled) {
			violation(name, "no HorizontalPodAutoscaler scales its Deployment");
		}
		boolean budgeted = this.manifests.all(V1PodDisruptionBudget.class)
			.stream()
			.anyMatch(pdb -> isOwnSelector(pdb.getSpec().getSelector())
					&& matches(pdb.getSpec().getSelector(), podLabels));
		if (!budgeted) {
			violation(name, "no PodDisruptionBudget selects its pods");
		}
		boolean guarded = this.manifests.all(V1NetworkPolicy.class)
			.stream()
			.anyMatch(policy -> isOwnSelector(policy.getSpec().getPodSelector())
					&& matches(policy.getSpec().getPodSelector(), podLabels));
		if (!guarded) {
			violation(name, "no NetworkPolicy of its own selects its pods");
		}
	}

	private void checkTopics(Set<String> topics) {
		Map<String, KafkaTopic> byTopicName = new LinkedHashMap<>();
		for (KafkaTopic topic : this.manifests.all(KafkaTopic.class)) {
			String topicName = topic.getSpec() != null && topic.getSpec().getTopicName() != null
					? topic.getSpec().getTopicName() : topic.getMetadata().getName();
			byTopicName.put(topicName, topic);
		}
		for (String topic : topics) {
			KafkaTopic resource = byTopicName.get(topic);
			if (resource == null) {
				violation("topic " + topic, "no KafkaTopic");
				continue;
			}
			String where = "KafkaTopic " + resource.getMetadata().getName();
			Map<String, String> labels = Objects.requireNonNullElse(resource.getMetadata().getLabels(), Map.of());
			if (!labels.containsKey(STRIMZI_CLUSTER)) {
				violation(where, "no " + STRIMZI_CLUSTER + " label: no Topic Operator picks it up");
			}
			if (resource.getSpec() == null || resource.getSpec().getPartitions() == null
					|| resource.getSpec().getReplicas() == null) {
				violation(where, "partitions or replicas not set");
			}
		}
	}

	private static boolean isOwnSelector(V1LabelSelector selector) {
		return selector != null && ((selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty())
				|| (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()));
	}

	static boolean matches(V1LabelSelector selector, Map<String, String> labels) {
		if (selector == null) {
			return false;
		}
		if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
			return false;
		}
		for (V1LabelSelectorRequirement requirement : Objects.requireNonNullElse(selector.getMatchExpressions(),
				List.<V1LabelSelectorRequirement>of())) {
			String value = labels.get(requirement.getKey());
			List<String> values = Objects.requireNonNullElse(requirement.getValues(), List.of());
			boolean holds = switch (requirement.getOperator()) {
				case "In" -> value != null && values.contains(value);
				case "NotIn" -> value == null || !values.contains(value);
				case "Exists" -> value != null;
				case "DoesNotExist" -> value == null;
				default -> false;
			};
			if (!holds) {
				return false;
			}
		}
		return true;
	}

	private void violation(String where, String what) {
		this.violations.add(where + ": " + what);
	}

}
