#!/usr/bin/env python3
"""Generates src/apiserver/protobuf/schema.rs: the protobuf field numbers and types of the
Kubernetes API messages (read from the k8s-pb crate's generated prost code) paired with their
JSON names (read from the k8s-openapi crate's serde code). The API server uses the table to
decode `application/vnd.kubernetes.protobuf` request bodies into JSON.

Run from the repository root after `cargo fetch` has both crates in the registry:

    cargo add --dev k8s-pb@0.9.0 && cargo fetch   # or any project that depends on it
    python3 tools/gen-protobuf-schema.py > src/apiserver/protobuf/schema.rs
"""
import glob
import os
import re
import sys

REGISTRY = glob.glob(os.path.expanduser("~/.cargo/registry/src/*/"))
def crate_dir(name):
    for r in REGISTRY:
        hits = sorted(glob.glob(os.path.join(r, name)))
        if hits:
            return hits[-1]
    sys.exit(f"{name} is not in the cargo registry: fetch it first")

PB = crate_dir("k8s-pb-0.9.0")
OPENAPI = os.path.join(crate_dir("k8s-openapi-0.29.0"), "src", "v1_33")

# Roots: every kind the API server decodes, and what they reference.
ROOTS = [
    "api.core.v1." + k for k in ["Namespace", "Pod", "Node", "Service", "Endpoints", "ConfigMap", "Secret", "ServiceAccount", "Event", "ReplicationController", "LimitRange", "ResourceQuota", "PersistentVolume", "PersistentVolumeClaim", "Binding"]
] + ["api.apps.v1." + k for k in ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "ControllerRevision"]] + [
    "api.batch.v1.Job", "api.batch.v1.CronJob", "api.autoscaling.v2.HorizontalPodAutoscaler", "api.autoscaling.v1.Scale",
    "api.coordination.v1.Lease", "api.discovery.v1.EndpointSlice", "api.events.v1.Event",
    "api.policy.v1.PodDisruptionBudget", "api.policy.v1.Eviction",
    "api.networking.v1.Ingress", "api.networking.v1.NetworkPolicy", "api.networking.v1.IngressClass",
    "api.scheduling.v1.PriorityClass", "api.storage.v1.StorageClass",
    "kube_aggregator.pkg.apis.apiregistration.v1.APIService",
    "api.rbac.v1.Role", "api.rbac.v1.RoleBinding", "api.rbac.v1.ClusterRole", "api.rbac.v1.ClusterRoleBinding",
    "api.certificates.v1.CertificateSigningRequest",
    "api.authorization.v1.SelfSubjectAccessReview", "api.authorization.v1.SelfSubjectRulesReview",
    "api.authorization.v1.SubjectAccessReview", "api.authorization.v1.LocalSubjectAccessReview",
    "api.authentication.v1.SelfSubjectReview", "api.authentication.v1.TokenRequest", "api.authentication.v1.TokenReview",
    "apimachinery.pkg.apis.meta.v1.DeleteOptions",
]

ATTR = re.compile(r'#\[prost\((?P<body>[^\]]*)\)\]')
FIELD = re.compile(r'pub (?:r#)?(?P<name>\w+):\s*(?P<ty>.+),\s*$')

def parse_pb():
    messages = {}
    for path in glob.glob(os.path.join(PB, "src", "**", "mod.rs"), recursive=True):
        rel = os.path.relpath(os.path.dirname(path), os.path.join(PB, "src"))
        module = rel.replace(os.sep, ".")
        lines = open(path).read().split("\n")
        current = None
        pending = None
        carry = ""
        for line in lines:
            s = line.strip()
            # A field declaration may wrap onto following lines: join until its comma.
            if pending is not None and (carry or s.startswith("pub ")):
                carry = (carry + " " + s).strip()
                if not carry.endswith(",") or carry.count("<") != carry.count(">"):
                    continue
                s, carry = carry, ""
            m = re.match(r'pub struct (\w+) \{', s)
            if m:
                current = f"{module}.{m.group(1)}"
                messages[current] = {"module": module, "struct": m.group(1), "fields": []}
                continue
            if s == "}":
                current = None
                continue
            if current is None:
                continue
            a = ATTR.match(s)
            if a:
                pending = a.group("body")
                continue
            f = FIELD.match(s)
            if f and pending is not None:
                messages[current]["fields"].append((f.group("name"), pending, f.group("ty")))
                pending = None
    return messages

def resolve(module, ty):
    ty = re.sub(r"\s+", "", ty).replace(",>", ">")
    for wrap in ["::core::option::Option<", "::prost::alloc::vec::Vec<", "::prost::alloc::boxed::Box<"]:
        if ty.startswith(wrap):
            ty = ty[len(wrap):-1].strip()
    if "BTreeMap<" in ty or "HashMap<" in ty:
        inner = ty[ty.index("<") + 1 : -1]
        ty = inner.split(",", 1)[1].strip()
        if ty.startswith("::prost::alloc::string::String") or ty.startswith("::prost::alloc::vec::Vec<u8>"):
            return ""
        for wrap in ["::core::option::Option<", "::prost::alloc::boxed::Box<"]:
            if ty.startswith(wrap):
                ty = ty[len(wrap):-1].strip()
    parts = ty.split("::")
    mod = module.split(".")
    while parts and parts[0] == "super":
        mod = mod[:-1]
        parts = parts[1:]
    if parts and parts[0] == "crate":
        mod = []
        parts = parts[1:]
    return ".".join(mod + parts)

def norm(name):
    return name.replace("r#", "").rstrip("_").replace("_", "").lower()

def openapi_names(module, struct):
    """JSON names by normalised Rust field name; struct names are compared case-insensitively
    (k8s-pb writes HttpGetAction where k8s-openapi writes HTTPGetAction)."""
    d = os.path.join(OPENAPI, *module.split("."))
    for path in glob.glob(os.path.join(d, "*.rs")):
        text = open(path).read()
        for found in re.findall(r'pub struct (\w+) \{', text):
            if found.lower() == struct.lower():
                return {norm(rust): json for json, rust in re.findall(r'"([^"]+)" => Field::Key_(\w+)', text)}
    return None

SCALARS = {"string": "Str", "bool": "Bool", "int32": "I32", "int64": "I64", "uint32": "U32", "uint64": "U64", "double": "F64", "float": "F32"}

def kind_of(body, module, ty):
    parts = [p.strip() for p in body.split(",")]
    first = parts[0]
    label = "Repeated" if "repeated" in parts else "One"
    if first.startswith("btree_map") or first.startswith("hash_map"):
        kv = body.split('"')[1]
        key, val = [x.strip() for x in kv.split(",")]
        vk = {"message": f'Msg("{resolve(module, ty)}")', "bytes": "Bytes"}.get(val, SCALARS.get(val))
        return f"Map(&{SCALARS[key]}, &{vk})", "One"
    if first == "message":
        return f'Msg("{resolve(module, ty)}")', label
    if first.startswith("bytes"):
        return "Bytes", label
    if first in SCALARS:
        return SCALARS[first], label
    sys.exit(f"unsupported prost attribute {body!r} in {module}")

def camel(name):
    name = name.replace("r#", "")
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)

def main():
    pb = parse_pb()
    wanted, queue = set(), list(ROOTS)
    while queue:
        name = queue.pop()
        if name in wanted:
            continue
        if name not in pb:
            sys.exit(f"message {name} not found in k8s-pb")
        wanted.add(name)
        msg = pb[name]
        for fname, body, ty in msg["fields"]:
            k, _ = kind_of(body, msg["module"], ty)
            for ref in re.findall(r'Msg\("([^"]+)"\)', k):
                queue.append(ref)
    out = []
    out.append("// @generated by tools/gen-protobuf-schema.py from k8s-pb 0.9.0 (field numbers and")
    out.append("// types) and k8s-openapi 0.29 (JSON names). Do not edit by hand.")
    out.append("")
    out.append("use super::{Field, Kind::*, Label::*, Message};")
    out.append("")
    out.append("pub static MESSAGES: &[Message] = &[")
    for name in sorted(wanted):
        msg = pb[name]
        names = openapi_names(msg["module"], msg["struct"]) or {}
        fields = []
        for fname, body, ty in msg["fields"]:
            tag = int(re.search(r'tag = "(\d+)"', body).group(1))
            k, label = kind_of(body, msg["module"], ty)
            json = names.get(norm(fname))
            if json is None:
                ref = re.findall(r'^Msg\("([^"]+)"\)$', k)
                inner = pb[ref[0]] if ref else None
                # A message field k8s-openapi does not name, most of whose fields the parent has:
                # Go's `json:",inline"` (VolumeSource in Volume, ProbeHandler in Probe…).
                if inner and names and 2 * sum(norm(f[0]) in names for f in inner["fields"]) > len(inner["fields"]):
                    label = "Inline"
                    json = ""
                else:
                    json = camel(fname)
            fields.append(f'Field {{ tag: {tag}, json: "{json}", kind: {k}, label: {label} }}')
        body = ", ".join(fields)
        out.append(f'    Message {{ name: "{name}", fields: &[{body}] }},')
    out.append("];")
    print("\n".join(out))

main()
