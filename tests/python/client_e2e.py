"""The official Python client (`pip install kubernetes`) against a kubeforge cluster:
CRUD and watch for configmaps, services (a strategic merge of ports), deployments, and
server-side apply through the dynamic client.
Run by tests/python.rs with KUBECONFIG pointing at the cluster's admin.conf."""
import json
import sys
import threading
import time

from kubernetes import client, config, watch
from kubernetes.client.rest import ApiException

config.load_kube_config()
core = client.CoreV1Api()
apps = client.AppsV1Api()
NS = "py-e2e"

def check(cond, what):
    if not cond:
        print(f"FAILED: {what}", file=sys.stderr)
        sys.exit(1)

core.create_namespace(client.V1Namespace(metadata=client.V1ObjectMeta(name=NS)))

# ConfigMaps: create, read, patch (dict body = strategic merge), replace, list by label,
# delete, and a watch that sees ADDED, MODIFIED, DELETED.
events = []
def watcher():
    w = watch.Watch()
    for ev in w.stream(core.list_namespaced_config_map, NS, timeout_seconds=5):
        events.append((ev["type"], ev["object"].metadata.name))
t = threading.Thread(target=watcher)
t.start()
time.sleep(0.5)
cm = client.V1ConfigMap(metadata=client.V1ObjectMeta(name="cm1", labels={"app": "py"}), data={"a": "1"})
created = core.create_namespaced_config_map(NS, cm)
check(int(created.metadata.resource_version) > 0, "resourceVersion is an integer string")
try:
    core.create_namespaced_config_map(NS, cm)
    check(False, "a second create must fail")
except ApiException as e:
    check(e.status == 409, f"409 on duplicate create, got {e.status}")
    check(e.body == '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \\"cm1\\" already exists","reason":"AlreadyExists","details":{"name":"cm1","kind":"configmaps"},"code":409}\n', f"Status body: {e.body!r}")
core.patch_namespaced_config_map("cm1", NS, {"data": {"b": "2"}})
got = core.read_namespaced_config_map("cm1", NS)
check(got.data == {"a": "1", "b": "2"}, f"patched data {got.data}")
got.data["c"] = "3"
replaced = core.replace_namespaced_config_map("cm1", NS, got)
check(int(replaced.metadata.resource_version) > int(created.metadata.resource_version), "resourceVersion advances")
listed = core.list_namespaced_config_map(NS, label_selector="app=py")
check([i.metadata.name for i in listed.items] == ["cm1"], "label selector")
core.delete_namespaced_config_map("cm1", NS)
t.join()
kinds = [k for k, n in events if n == "cm1"]
check(kinds[:1] == ["ADDED"] and "MODIFIED" in kinds and kinds[-1:] == ["DELETED"], f"watch events {events}")

# Services: a dict patch is a strategic merge: ports merge by `port`.
svc = client.V1Service(
    metadata=client.V1ObjectMeta(name="svc1"),
    spec=client.V1ServiceSpec(selector={"app": "py"}, ports=[client.V1ServicePort(name="http", port=80, target_port=8080)]),
)
core.create_namespaced_service(NS, svc)
core.patch_namespaced_service("svc1", NS, {"spec": {"ports": [{"name": "https", "port": 443, "targetPort": 8443}]}})
got = core.read_namespaced_service("svc1", NS)
check(sorted(p.port for p in got.spec.ports) == [80, 443], f"ports merged: {got.spec.ports}")
check(got.spec.cluster_ip and got.spec.cluster_ip != "None", "clusterIP allocated")
core.delete_namespaced_service("svc1", NS)

# Deployments: create, scale through patch, read status, delete.
dep = client.V1Deployment(
    metadata=client.V1ObjectMeta(name="web"),
    spec=client.V1DeploymentSpec(
        replicas=1,
        selector=client.V1LabelSelector(match_labels={"app": "web"}),
        template=client.V1PodTemplateSpec(
            metadata=client.V1ObjectMeta(labels={"app": "web"}),
            spec=client.V1PodSpec(containers=[client.V1Container(name="c", image="nginx:1.25")]),
        ),
    ),
)
created = apps.create_namespaced_deployment(NS, dep)
check(created.spec.strategy.type == "RollingUpdate", "deployment defaults")
before = apps.read_namespaced_deployment("web", NS).metadata.generation
apps.patch_namespaced_deployment_scale("web", NS, {"spec": {"replicas": 3}})
scaled = apps.read_namespaced_deployment("web", NS)
check(scaled.spec.replicas == 3, "scaled")
# The deployment controller's revision annotation bumps generation too (as on Kubernetes),
# so only "the scale bumped it" is certain, not the exact number.
check(scaled.metadata.generation > before, f"generation bumped: {before} -> {scaled.metadata.generation}")
apps.delete_namespaced_deployment("web", NS)
try:
    apps.read_namespaced_deployment("web", NS)
    check(False, "deleted deployment still readable")
except ApiException as e:
    check(e.status == 404, "404 after delete")
# Server-side apply through the dynamic client, as `kubernetes.dynamic` users do it: create,
# a conflicting second manager (409), then forced.
from kubernetes import dynamic
dyn = dynamic.DynamicClient(client.ApiClient())
cms = dyn.resources.get(api_version="v1", kind="ConfigMap")
body = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "applied", "namespace": NS}, "data": {"mode": "a"}}
cms.server_side_apply(body=body, name="applied", namespace=NS, field_manager="py-one")
got = core.read_namespaced_config_map("applied", NS)
check(got.data == {"mode": "a"}, f"applied data: {got.data}")
check([m.manager for m in got.metadata.managed_fields] == ["py-one"], "py-one owns it")
body["data"]["mode"] = "b"
try:
    cms.server_side_apply(body=body, name="applied", namespace=NS, field_manager="py-two")
    check(False, "a conflicting apply succeeded")
except dynamic.exceptions.ConflictError as e:
    status = json.loads(e.body)
    check(status["code"] == 409 and 'conflict with "py-one"' in status["message"], f"conflict names the owner: {status}")
cms.server_side_apply(body=body, name="applied", namespace=NS, field_manager="py-two", force_conflicts=True)
check(core.read_namespaced_config_map("applied", NS).data == {"mode": "b"}, "forced apply")

core.delete_namespace(NS)
print("python client e2e: ok")
