package org.bookingfleet.deploytests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The objects of a rendered kustomization, each read against its schema: the Kubernetes
 * kinds by the models the official Kubernetes Java client generates from the Kubernetes
 * OpenAPI (a field the schema does not define or a required field that is missing is a
 * violation), KafkaTopic by Strimzi's model with unknown fields failing. A kind outside
 * this list is a violation too: nothing reaches the cluster unchecked.
 */
final class Manifests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Map<String, Schema> SCHEMAS = Map.of("v1/Namespace",
			new Schema(tree(V1Namespace::validateJsonElement), V1Namespace::fromJson), "v1/ConfigMap",
			new Schema(tree(V1ConfigMap::validateJsonElement), V1ConfigMap::fromJson), "v1/Service",
			new Schema(tree(V1Service::validateJsonElement), V1Service::fromJson), "apps/v1/Deployment",
			new Schema(tree(V1Deployment::validateJsonElement), V1Deployment::fromJson),
			"autoscaling/v2/HorizontalPodAutoscaler",
			new Schema(tree(V2HorizontalPodAutoscaler::validateJsonElement), V2HorizontalPodAutoscaler::fromJson),
			"policy/v1/PodDisruptionBudget",
			new Schema(tree(V1PodDisruptionBudget::validateJsonElement), V1PodDisruptionBudget::fromJson),
			"networking.k8s.io/v1/NetworkPolicy",
			new Schema(tree(V1NetworkPolicy::validateJsonElement), V1NetworkPolicy::fromJson),
			"kafka.strimzi.io/v1beta2/KafkaTopic", new Schema(json -> StrimziModel.read(json, KafkaTopic.class),
					json -> StrimziModel.read(json, KafkaTopic.class)));

	private final List<Manifest> objects;

	private final List<String> violations;

	private Manifests(List<Manifest> objects, List<String> violations) {
		this.objects = List.copyOf(objects);
		this.violations = List.copyOf(violations);
	}

	/**
	 * Reads every document of a multi-document YAML stream; what does not fit its schema
	 * is a violation.
	 */
	static Manifests read(String yaml) {
		List<Manifest> objects = new ArrayList<>();
		List<String> violations = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
			if (document == null) {
				continue;
			}
			if (!(document instanceof Map<?, ?> fields)) {
				violations.add("a document that is not an object: " + document);
				continue;
			}
			String kind = String.valueOf(fields.get("kind"));
			String name = fields.get("metadata") instanceof Map<?, ?> metadata ? String.valueOf(metadata.get("name"))
					: "(no name)";
			String type = fields.get("apiVersion") + "/" + kind;
			Schema schema = SCHEMAS.get(type);
			if ("Secret".equals(kind)) {
				violations.add("Secret " + name + ": secrets are created in the cluster, never kept in the manifests");
				continue;
			}
			if (schema == null) {
				violations.add(kind + " " + name + ": " + type + " is not a kind these manifests may contain");
				continue;
			}
			try {
				String json = JSON.writeValueAsString(fields);
				schema.validator().validate(json);
				objects.add(new Manifest(kind, name, schema.reader().read(json)));
			}
			catch (IOException | RuntimeException ex) {
				violations.add(kind + " " + name + " does not fit the schema: " + shortMessage(ex));
			}
		}
		return new Manifests(objects, violations);
	}

	/** The client's messages end with the whole object as JSON: keep the sentence. */
	private static String shortMessage(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		int json = message.indexOf(" JSON: ");
		if (json < 0) {
			json = message.indexOf(": {");
		}
		String sentence = json < 0 ? message : message.substring(0, json);
		return sentence.lines().findFirst().orElse(sentence);
	}

	List<String> schemaViolations() {
		return this.violations;
	}

	<T> List<T> all(Class<T> type) {
		return this.objects.stream().map(Manifest::model).filter(type::isInstance).map(type::cast).toList();
	}

	<T> Optional<T> named(Class<T> type, String name) {
		return this.objects.stream()
			.filter(object -> type.isInstance(object.model()) && object.name().equals(name))
			.map(object -> type.cast(object.model()))
			.findFirst();
	}

	record Manifest(String kind, String name, Object model) {
	}

	private record Schema(Validator validator, Reader reader) {
	}

	@FunctionalInterface
	private interface Validator {

		void validate(String json) throws IOException;

	}

	@FunctionalInterface
	private interface Reader {

		Object read(String json) throws IOException;

	}

	/** The client's validators take a parsed tree. */
	private static Validator tree(TreeValidator validator) {
		return json -> validator.validate(JsonParser.parseString(json));
	}

	@FunctionalInterface
	private interface TreeValidator {

		void validate(JsonElement json) throws IOException;

	}

}
