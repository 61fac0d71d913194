//! API security against a real cluster with real kubectl: authentication (certificates,
//! service-account tokens, bootstrap tokens, the front proxy, anonymous), impersonation, RBAC
//! with the bootstrap policy and escalation prevention, the review APIs, and admission.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use base64::Engine;
use common::{Kubectl, Node, cert_kubeconfig, kubectl_binaries, stderr, stdout};

fn b64(s: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(s)
}

/// A cluster and the newest kubectl, or None (skipped visibly) without kubectl.
fn cluster() -> Option<(Node, PathBuf)> {
    let bin = kubectl_binaries().pop()?;
    let node = Node::new();
    node.init();
    Some((node, bin))
}

fn ca_pem(node: &Node) -> String {
    std::fs::read_to_string(node.paths().pki_dir().join("ca.crt")).unwrap()
}

/// A kubeconfig that presents `token` (or nothing).
fn token_kubeconfig(node: &Node, name: &str, token: Option<&str>) -> PathBuf {
    let path = node.dir.path().join(format!("{name}.conf"));
    let user = match token {
        Some(t) => format!("    token: {t}\n"),
        None => "    {}\n".into(),
    };
    std::fs::write(
        &path,
        format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://{}:6443\n    certificate-authority-data: {}\n\
             users:\n- name: u\n  user:\n{user}contexts:\n- name: x\n  context: {{cluster: c, user: u}}\ncurrent-context: x\n",
            node.address,
            b64(ca_pem(node).as_bytes()),
        ),
    )
    .unwrap();
    path
}

/// kubectl as the user of `conf`.
fn as_user(k: &Kubectl<'_>, conf: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--kubeconfig", conf.to_str().unwrap()];
    all.extend_from_slice(args);
    k.run(&all)
}

fn text(out: &Output) -> String {
    format!("{}{}", stdout(out), stderr(out))
}

/// Runs `f` until it returns true or 20 s pass.
fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("timed out: {what}");
}

#[test]
fn rbac_can_i_whoami_and_impersonation() {
    let Some((node, bin)) = cluster() else { return };
    let k = Kubectl::new(bin, &node);
    // admin.conf is kubeadm:cluster-admins, bound to cluster-admin by the bootstrap policy.
    let whoami = k.ok(&[
        "auth",
        "whoami",
        "-o",
        "jsonpath={.status.userInfo.username} {.status.userInfo.groups}",
    ]);
    assert_eq!(
        whoami,
        r#"kubernetes-admin ["kubeadm:cluster-admins","system:authenticated"]"#
    );
    for role in [
        "cluster-admin",
        "admin",
        "edit",
        "view",
        "system:basic-user",
        "system:discovery",
        "system:public-info-viewer",
        "system:kube-scheduler",
        "system:kube-controller-manager",
        "system:node",
        "system:node-bootstrapper",
    ] {
        k.ok(&["get", "clusterrole", role]);
    }
    k.ok(&["create", "namespace", "team"]);
    k.ok(&["-n", "team", "create", "serviceaccount", "reader"]);
    k.ok(&[
        "-n",
        "team",
        "create",
        "rolebinding",
        "reader-view",
        "--clusterrole=view",
        "--serviceaccount=team:reader",
    ]);
    k.ok(&[
        "-n",
        "team",
        "create",
        "role",
        "cm-editor",
        "--verb=get,update",
        "--resource=configmaps",
        "--resource-name=settings",
    ]);
    k.ok(&[
        "-n",
        "team",
        "create",
        "rolebinding",
        "alice-cm",
        "--role=cm-editor",
        "--user=alice",
    ]);
    let sa = "--as=system:serviceaccount:team:reader";
    let can = |args: &[&str]| {
        let mut all = vec!["auth", "can-i"];
        all.extend_from_slice(args);
        stdout(&k.run(&all)).trim().to_owned()
    };
    // The answers Kubernetes gives for these roles.
    assert_eq!(can(&["list", "pods", "-n", "team", sa]), "yes");
    assert_eq!(can(&["get", "deployments.apps", "-n", "team", sa]), "yes");
    assert_eq!(can(&["create", "pods", "-n", "team", sa]), "no");
    assert_eq!(can(&["get", "secrets", "-n", "team", sa]), "no"); // view excludes secrets
    assert_eq!(can(&["list", "pods", "-n", "default", sa]), "no");
    assert_eq!(
        can(&["list", "pods", "-n", "team", "--subresource=log", sa]),
        "yes"
    );
    assert_eq!(
        can(&["get", "configmaps/settings", "-n", "team", "--as=alice"]),
        "yes"
    );
    assert_eq!(
        can(&["get", "configmaps/other", "-n", "team", "--as=alice"]),
        "no"
    );
    assert_eq!(
        can(&["list", "configmaps", "-n", "team", "--as=alice"]),
        "no"
    );
    assert_eq!(
        can(&[
            "create",
            "selfsubjectaccessreviews.authorization.k8s.io",
            "--as=alice"
        ]),
        "yes"
    );
    assert_eq!(can(&["get", "/healthz", "--as=alice"]), "yes");
    assert_eq!(can(&["get", "/metrics", "--as=alice"]), "no");
    assert_eq!(can(&["*", "*"]), "yes");
    // --list: SelfSubjectRulesReview.
    let list = k.ok(&["auth", "can-i", "--list", "-n", "team", "--as=alice"]);
    assert!(
        list.lines().any(|l| l.starts_with("configmaps")
            && l.contains("[settings]")
            && l.contains("[get update]")),
        "{list}"
    );
    assert!(
        list.contains("selfsubjectaccessreviews.authorization.k8s.io"),
        "{list}"
    );
    // Impersonated whoami, and the view role refusing a create in Kubernetes' words.
    let out = k.ok(&["auth", "whoami", sa]);
    assert!(
        out.contains("system:serviceaccount:team:reader")
            && out.contains("system:serviceaccounts:team"),
        "{out}"
    );
    let out = k.run(&["-n", "team", "create", "configmap", "x", sa]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains(r#"configmaps is forbidden: User "system:serviceaccount:team:reader" cannot create resource "configmaps" in API group "" in the namespace "team""#),
        "{}",
        text(&out)
    );
    let out = k.run(&["-n", "team", "get", "secret", "nope", sa]);
    assert!(text(&out).contains(r#"secrets "nope" is forbidden: User "system:serviceaccount:team:reader" cannot get resource "secrets" in API group "" in the namespace "team""#), "{}", text(&out));
    // Impersonation itself is authorized: alice may not impersonate anyone.
    let alice = cert_kubeconfig(&node, "ca", "alice", &[]);
    let out = as_user(&k, &alice, &["get", "pods", "--as=bob"]);
    assert!(text(&out).contains(r#"users "bob" is forbidden: User "alice" cannot impersonate resource "users" in API group "" at the cluster scope"#), "{}", text(&out));
    assert_eq!(
        stdout(&as_user(
            &k,
            &alice,
            &["-n", "team", "get", "cm", "settings", "-o", "name"]
        )),
        ""
    );
    let out = as_user(&k, &alice, &["-n", "team", "get", "cm", "settings"]);
    assert!(
        text(&out).contains("NotFound") || text(&out).contains("not found"),
        "{}",
        text(&out)
    );

    // Escalation prevention: a namespace admin cannot grant what they do not hold.
    k.ok(&[
        "-n",
        "team",
        "create",
        "rolebinding",
        "carol-admin",
        "--clusterrole=admin",
        "--user=carol",
    ]);
    let carol = cert_kubeconfig(&node, "ca", "carol", &[]);
    let out = as_user(
        &k,
        &carol,
        &[
            "-n",
            "team",
            "create",
            "role",
            "nodes",
            "--verb=get",
            "--resource=nodes",
        ],
    );
    assert!(!out.status.success());
    // (nodes are cluster-scoped, but a Role rule naming them is still a grant she lacks.)
    assert!(
        text(&out).contains(r#"is attempting to grant RBAC permissions not currently held"#),
        "{}",
        text(&out)
    );
    let out = as_user(
        &k,
        &carol,
        &[
            "-n",
            "team",
            "create",
            "rolebinding",
            "steal",
            "--clusterrole=cluster-admin",
            "--user=carol",
        ],
    );
    assert!(
        text(&out).contains("attempting to grant RBAC permissions not currently held"),
        "{}",
        text(&out)
    );
    // What she holds she may grant.
    let out = as_user(
        &k,
        &carol,
        &[
            "-n",
            "team",
            "create",
            "role",
            "pod-reader",
            "--verb=get,list",
            "--resource=pods",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = as_user(
        &k,
        &carol,
        &[
            "-n",
            "team",
            "create",
            "rolebinding",
            "dave-view",
            "--clusterrole=view",
            "--user=dave",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(can(&["list", "pods", "-n", "team", "--as=dave"]), "yes");
    // With `bind` on a role, binding it needs no more.
    k.ok(&[
        "create",
        "clusterrole",
        "binder",
        "--verb=bind",
        "--resource=clusterroles",
        "--resource-name=cluster-admin",
    ]);
    k.ok(&[
        "-n",
        "team",
        "create",
        "rolebinding",
        "carol-binder",
        "--clusterrole=binder",
        "--user=carol",
    ]);
    let out = as_user(
        &k,
        &carol,
        &[
            "-n",
            "team",
            "create",
            "rolebinding",
            "now-ok",
            "--clusterrole=cluster-admin",
            "--user=erin",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));

    // SubjectAccessReview through the API, as a webhook client would send it.
    let sar = r#"{"apiVersion":"authorization.k8s.io/v1","kind":"SubjectAccessReview","spec":{"user":"alice","resourceAttributes":{"namespace":"team","verb":"update","resource":"configmaps","name":"settings"}}}"#;
    let out = k.ok_stdin(
        &["create", "-f", "-", "-o", "jsonpath={.status.allowed}"],
        sar,
    );
    assert_eq!(out, "true");
    let sar = sar.replace("settings", "other");
    assert_eq!(
        k.ok_stdin(
            &["create", "-f", "-", "-o", "jsonpath={.status.allowed}"],
            &sar
        ),
        "false"
    );
    // Aggregation: a role labelled aggregate-to-view extends view (the controller-manager).
    k.ok_stdin(
        &["create", "-f", "-"],
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: widgets-view\n  labels: {rbac.authorization.k8s.io/aggregate-to-view: 'true'}\nrules:\n- {apiGroups: [example.com], resources: [widgets], verbs: [get, list]}\n",
    );
    eventually("view aggregates widgets", || {
        k.ok(&[
            "get",
            "clusterrole",
            "view",
            "-o",
            "jsonpath={.rules[*].resources}",
        ])
        .contains("widgets")
    });
    // (kubectl sends an unknown resource without its group, so ask with a review.)
    let sar = r#"{"apiVersion":"authorization.k8s.io/v1","kind":"SubjectAccessReview","spec":{"user":"system:serviceaccount:team:reader","groups":["system:serviceaccounts"],"resourceAttributes":{"namespace":"team","verb":"list","group":"example.com","resource":"widgets"}}}"#;
    assert_eq!(
        k.ok_stdin(
            &["create", "-f", "-", "-o", "jsonpath={.status.allowed}"],
            sar
        ),
        "true"
    );
    // Edits to bootstrap roles are topped up at the next start, not here; deleting a binding
    // takes effect at once.
    k.ok(&["-n", "team", "delete", "rolebinding", "reader-view"]);
    assert_eq!(can(&["list", "pods", "-n", "team", sa]), "no");
}

#[test]
fn tokens_bootstrap_and_anonymous() {
    let Some((node, bin)) = cluster() else { return };
    let k = Kubectl::new(bin, &node);
    k.ok(&["create", "serviceaccount", "bot"]);
    k.ok(&[
        "create",
        "rolebinding",
        "bot-view",
        "--clusterrole=view",
        "--serviceaccount=default:bot",
    ]);
    // A bound token from the TokenRequest API works like any credential.
    let token = k.ok(&["create", "token", "bot", "--duration=15m"]);
    let conf = token_kubeconfig(&node, "bot", Some(token.trim()));
    let out = as_user(
        &k,
        &conf,
        &[
            "auth",
            "whoami",
            "-o",
            "jsonpath={.status.userInfo.username}",
        ],
    );
    assert_eq!(
        stdout(&out),
        "system:serviceaccount:default:bot",
        "{}",
        text(&out)
    );
    assert!(as_user(&k, &conf, &["get", "pods"]).status.success());
    let out = as_user(&k, &conf, &["create", "configmap", "x"]);
    assert!(
        text(&out).contains("cannot create resource \"configmaps\""),
        "{}",
        text(&out)
    );
    // TokenReview answers for it.
    let review = format!(
        r#"{{"apiVersion":"authentication.k8s.io/v1","kind":"TokenReview","spec":{{"token":"{}"}}}}"#,
        token.trim()
    );
    let out = k.ok_stdin(
        &[
            "create",
            "-f",
            "-",
            "-o",
            "jsonpath={.status.authenticated} {.status.user.username}",
        ],
        &review,
    );
    assert_eq!(out, "true system:serviceaccount:default:bot");
    // Audiences: a token for another service (e.g. vault) is no key to the API server, but a
    // TokenReview that asks for that audience validates it — Kubernetes' rules.
    let review_for = |token: &str, audiences: &str| {
        let review = format!(
            r#"{{"apiVersion":"authentication.k8s.io/v1","kind":"TokenReview","spec":{{"token":"{token}","audiences":{audiences}}}}}"#
        );
        k.ok_stdin(
            &[
                "create",
                "-f",
                "-",
                "-o",
                "jsonpath={.status.authenticated} {.status.audiences}",
            ],
            &review,
        )
    };
    let vault = k.ok(&["create", "token", "bot", "--audience=vault"]);
    let vault = vault.trim();
    let conf_vault = token_kubeconfig(&node, "vault", Some(vault));
    let out = as_user(&k, &conf_vault, &["get", "pods"]);
    assert!(text(&out).contains("Unauthorized"), "{}", text(&out));
    assert_eq!(
        review_for(vault, r#"["vault","other"]"#),
        r#"true ["vault"]"#
    );
    assert_eq!(review_for(vault, "[]").trim(), "false");
    assert_eq!(review_for(token.trim(), r#"["vault"]"#).trim(), "false");
    // Issuer discovery: service accounts may read the OIDC document and the keys, and the
    // keys verify the token (what an external verifier such as a cloud IAM does).
    let raw = |path: &str| {
        let out = as_user(&k, &conf, &["get", "--raw", path]);
        assert!(out.status.success(), "{path}: {}", text(&out));
        serde_json::from_str::<serde_json::Value>(&stdout(&out)).unwrap()
    };
    let discovery = raw("/.well-known/openid-configuration");
    assert_eq!(
        discovery["issuer"], "https://kubernetes.default.svc.cluster.local",
        "{discovery}"
    );
    assert_eq!(
        discovery["jwks_uri"],
        format!("https://{}:6443/openid/v1/jwks", node.address),
        "{discovery}"
    );
    assert_eq!(
        discovery["id_token_signing_alg_values_supported"][0],
        "ES256"
    );
    let jwks = raw("/openid/v1/jwks");
    let b64 = |s: &str| {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(s)
            .unwrap()
    };
    let parts: Vec<&str> = token.trim().split('.').collect();
    let header: serde_json::Value = serde_json::from_slice(&b64(parts[0])).unwrap();
    let jwk = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|key| key["kid"] == header["kid"])
        .unwrap_or_else(|| panic!("no key {} in {jwks}", header["kid"]));
    assert_eq!(
        (&jwk["kty"], &jwk["crv"], &jwk["use"]),
        (&"EC".into(), &"P-256".into(), &"sig".into())
    );
    let mut point = vec![4u8];
    point.extend(b64(jwk["x"].as_str().unwrap()));
    point.extend(b64(jwk["y"].as_str().unwrap()));
    aws_lc_rs::signature::UnparsedPublicKey::new(
        &aws_lc_rs::signature::ECDSA_P256_SHA256_FIXED,
        &point,
    )
    .verify(
        format!("{}.{}", parts[0], parts[1]).as_bytes(),
        &b64(parts[2]),
    )
    .expect("the published key verifies the token");
    // Not public by default (kube-apiserver's rule): anonymous gets 401.
    let r = node.get(&node.anonymous_client(), "/openid/v1/jwks");
    assert_eq!(r.status, 401);
    // Too short a lifetime is refused.
    let out = k.run(&["create", "token", "bot", "--duration=1m"]);
    assert!(
        text(&out).contains("may not specify a duration less than 10 minutes"),
        "{}",
        text(&out)
    );
    // An expired token (signed with the cluster's key) is refused: 401.
    let signer =
        kubeforge::pki::jwt::TokenSigner::load(&node.paths().pki_dir().join("sa.key")).unwrap();
    let uid = k.ok(&["get", "sa", "bot", "-o", "jsonpath={.metadata.uid}"]);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let claims = |exp: i64| {
        serde_json::json!({
            "aud": ["https://kubernetes.default.svc.cluster.local"], "exp": exp, "iat": now - 7200, "nbf": now - 7200,
            "iss": "https://kubernetes.default.svc.cluster.local", "sub": "system:serviceaccount:default:bot",
            "kubernetes.io": {"namespace": "default", "serviceaccount": {"name": "bot", "uid": uid}},
        })
    };
    let fresh = signer.sign(&claims(now + 600)).unwrap();
    let conf_fresh = token_kubeconfig(&node, "fresh", Some(&fresh));
    assert!(as_user(&k, &conf_fresh, &["get", "pods"]).status.success());
    let expired = signer.sign(&claims(now - 60)).unwrap();
    let conf_expired = token_kubeconfig(&node, "expired", Some(&expired));
    let out = as_user(&k, &conf_expired, &["get", "pods"]);
    assert!(text(&out).contains("Unauthorized"), "{}", text(&out));
    // A token bound to a pod dies with the pod.
    k.ok_stdin(&["apply", "-f", "-"], "apiVersion: v1\nkind: Pod\nmetadata: {name: holder}\nspec: {schedulerName: none, serviceAccountName: bot, containers: [{name: c, image: x}]}\n");
    let bound = k.ok(&[
        "create",
        "token",
        "bot",
        "--bound-object-kind=Pod",
        "--bound-object-name=holder",
    ]);
    let conf_bound = token_kubeconfig(&node, "bound", Some(bound.trim()));
    let out = as_user(
        &k,
        &conf_bound,
        &[
            "auth",
            "whoami",
            "-o",
            "jsonpath={.status.userInfo.extra.authentication\\.kubernetes\\.io/pod-name}",
        ],
    );
    assert_eq!(stdout(&out), r#"["holder"]"#, "{}", text(&out));
    k.ok(&["delete", "pod", "holder", "--grace-period=0", "--force"]);
    eventually("a token bound to a deleted pod is refused", || {
        text(&as_user(&k, &conf_bound, &["get", "pods"])).contains("Unauthorized")
    });
    // Deleting the service account revokes its tokens.
    k.ok(&["delete", "serviceaccount", "bot"]);
    eventually("tokens of a deleted service account are refused", || {
        text(&as_user(&k, &conf, &["get", "pods"])).contains("Unauthorized")
    });
    // Legacy token Secrets (filled in by the controller-manager) authenticate too.
    k.ok(&["create", "serviceaccount", "legacy"]);
    k.ok_stdin(&["apply", "-f", "-"], "apiVersion: v1\nkind: Secret\nmetadata: {name: legacy-token, annotations: {kubernetes.io/service-account.name: legacy}}\ntype: kubernetes.io/service-account-token\n");
    let mut legacy = String::new();
    eventually("the legacy token is filled in", || {
        legacy = k.ok(&[
            "get",
            "secret",
            "legacy-token",
            "-o",
            "jsonpath={.data.token}",
        ]);
        !legacy.is_empty()
    });
    let legacy = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(legacy)
            .unwrap(),
    )
    .unwrap();
    let conf_legacy = token_kubeconfig(&node, "legacy", Some(&legacy));
    let out = as_user(
        &k,
        &conf_legacy,
        &[
            "auth",
            "whoami",
            "-o",
            "jsonpath={.status.userInfo.username}",
        ],
    );
    assert_eq!(
        stdout(&out),
        "system:serviceaccount:default:legacy",
        "{}",
        text(&out)
    );

    // Bootstrap tokens: valid, wrong secret, expired.
    let expiry = |secs: i64| {
        time::OffsetDateTime::from_unix_timestamp(now + secs)
            .unwrap()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    for (id, secret, exp) in [
        ("abcdef", "0123456789abcdef", expiry(3600)),
        ("ghijkl", "0123456789abcdef", expiry(-60)),
    ] {
        k.ok_stdin(&["apply", "-f", "-"], &format!(
            "apiVersion: v1\nkind: Secret\nmetadata: {{name: bootstrap-token-{id}, namespace: kube-system}}\ntype: bootstrap.kubernetes.io/token\n\
             stringData: {{token-id: {id}, token-secret: {secret}, expiration: '{exp}', usage-bootstrap-authentication: 'true', auth-extra-groups: 'system:bootstrappers:kubeadm:default-node-token'}}\n"));
    }
    let conf_boot = token_kubeconfig(&node, "boot", Some("abcdef.0123456789abcdef"));
    let out = as_user(
        &k,
        &conf_boot,
        &[
            "auth",
            "whoami",
            "-o",
            "jsonpath={.status.userInfo.username} {.status.userInfo.groups}",
        ],
    );
    assert_eq!(
        stdout(&out),
        r#"system:bootstrap:abcdef ["system:bootstrappers","system:bootstrappers:kubeadm:default-node-token","system:authenticated"]"#,
        "{}",
        text(&out)
    );
    // system:node-bootstrapper lets bootstrappers create CSRs: init's bootstrap-token phase
    // binds it to kubeadm's token group, as kubeadm does.
    let binding = k.ok(&[
        "get",
        "clusterrolebinding",
        "kubeadm:kubelet-bootstrap",
        "-o",
        "jsonpath={.roleRef.name} {.subjects[0].name}",
    ]);
    assert_eq!(
        binding,
        "system:node-bootstrapper system:bootstrappers:kubeadm:default-node-token"
    );
    assert_eq!(
        stdout(&as_user(
            &k,
            &conf_boot,
            &["auth", "can-i", "create", "certificatesigningrequests"]
        ))
        .trim(),
        "yes"
    );
    assert_eq!(
        stdout(&as_user(
            &k,
            &conf_boot,
            &["auth", "can-i", "list", "secrets", "-A"]
        ))
        .trim(),
        "no"
    );
    for bad in [
        "abcdef.0123456789abcdee",
        "ghijkl.0123456789abcdef",
        "zzzzzz.0123456789abcdef",
    ] {
        let c = token_kubeconfig(&node, "bad", Some(bad));
        let out = as_user(&k, &c, &["get", "--raw", "/api"]);
        assert!(text(&out).contains("Unauthorized"), "{bad}: {}", text(&out));
    }

    // Anonymous: health and version only, plus what RBAC grants system:unauthenticated.
    let anon = node.anonymous_client();
    for path in ["/healthz", "/livez", "/readyz", "/version"] {
        assert_eq!(node.get(&anon, path).status, 200, "{path}");
    }
    let cluster_info = "/api/v1/namespaces/kube-public/configmaps/cluster-info";
    for path in ["/api", "/apis", "/metrics", "/api/v1/namespaces"] {
        let r = node.get(&anon, path);
        assert_eq!(r.status, 401, "{path}: {}", r.text());
        assert!(
            r.text().contains(r#""reason":"Unauthorized""#),
            "{}",
            r.text()
        );
    }
    // cluster-info is readable anonymously (join discovery): init's bootstrap-token phase
    // binds kubeadm's role to system:anonymous, and nothing else in kube-public is.
    let r = node.get(&anon, cluster_info);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r.text().contains("jws-kubeconfig-"), "{}", r.text());
    assert_eq!(
        node.get(&anon, "/api/v1/namespaces/kube-public/configmaps")
            .status,
        401
    );
}

#[test]
fn admission_plugins() {
    let Some((node, bin)) = cluster() else { return };
    let k = Kubectl::new(bin, &node);
    let pod = |ns: &str, name: &str, extra: &str| {
        format!(
            "apiVersion: v1\nkind: Pod\nmetadata: {{name: {name}, namespace: {ns}}}\nspec:\n  schedulerName: none\n{extra}  containers:\n  - name: c\n    image: x\n"
        )
    };
    let apply = |yaml: &str| k.run_stdin(&["create", "-f", "-"], yaml);
    k.ok(&["create", "namespace", "adm"]);
    // NamespaceLifecycle: system namespaces cannot be deleted.
    let out = k.run(&["delete", "namespace", "kube-system"]);
    assert!(
        text(&out).contains(
            r#"namespaces "kube-system" is forbidden: this namespace may not be deleted"#
        ),
        "{}",
        text(&out)
    );
    // ServiceAccount: the default account, and its token volume mounted in each container.
    let out = apply(&pod("adm", "p1", ""));
    assert!(out.status.success(), "{}", text(&out));
    let sa = k.ok(&["-n", "adm", "get", "pod", "p1", "-o", "jsonpath={.spec.serviceAccountName} {.spec.volumes[0].name} {.spec.containers[0].volumeMounts[0].mountPath}"]);
    assert!(
        sa.starts_with("default kube-api-access-")
            && sa.ends_with(" /var/run/secrets/kubernetes.io/serviceaccount"),
        "{sa}"
    );
    let out = apply(&pod("adm", "p2", "  serviceAccountName: ghost\n"));
    assert!(
        text(&out).contains(
            r#"error looking up service account adm/ghost: serviceaccount "ghost" not found"#
        ),
        "{}",
        text(&out)
    );
    // DefaultTolerationSeconds.
    let tol = k.ok(&[
        "-n",
        "adm",
        "get",
        "pod",
        "p1",
        "-o",
        "jsonpath={range .spec.tolerations[*]}{.key}={.tolerationSeconds} {end}",
    ]);
    assert_eq!(
        tol,
        "node.kubernetes.io/not-ready=300 node.kubernetes.io/unreachable=300 "
    );
    // Priority.
    k.ok(&["create", "priorityclass", "high", "--value=1000"]);
    let out = apply(&pod("adm", "p3", "  priorityClassName: high\n"));
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        k.ok(&[
            "-n",
            "adm",
            "get",
            "pod",
            "p3",
            "-o",
            "jsonpath={.spec.priority}"
        ]),
        "1000"
    );
    let out = apply(&pod("adm", "p4", "  priorityClassName: missing\n"));
    assert!(
        text(&out).contains("no PriorityClass with name missing was found"),
        "{}",
        text(&out)
    );
    assert_eq!(
        k.ok(&[
            "-n",
            "adm",
            "get",
            "pod",
            "p1",
            "-o",
            "jsonpath={.spec.priority}"
        ]),
        "0"
    );
    // LimitRanger: defaults filled in, maximum enforced.
    k.ok_stdin(&["apply", "-f", "-"], "apiVersion: v1\nkind: LimitRange\nmetadata: {name: limits, namespace: adm}\nspec:\n  limits:\n  - type: Container\n    default: {cpu: 500m}\n    defaultRequest: {cpu: 100m}\n    max: {cpu: '1'}\n");
    assert!(apply(&pod("adm", "p5", "")).status.success());
    let res = k.ok(&["-n", "adm", "get", "pod", "p5", "-o", "jsonpath={.spec.containers[0].resources.requests.cpu}/{.spec.containers[0].resources.limits.cpu}"]);
    assert_eq!(res, "100m/500m");
    let big = "apiVersion: v1\nkind: Pod\nmetadata: {name: p6, namespace: adm}\nspec:\n  schedulerName: none\n  containers:\n  - name: c\n    image: x\n    resources: {limits: {cpu: '2'}}\n";
    let out = apply(big);
    assert!(
        text(&out).contains(
            r#"pods "p6" is forbidden: maximum cpu usage per Container is 1, but limit is 2"#
        ),
        "{}",
        text(&out)
    );
    // ResourceQuota: usage is charged at admission; the next pod past the limit is refused.
    k.ok(&["create", "namespace", "quota"]);
    k.ok(&["-n", "quota", "create", "quota", "q", "--hard=pods=1"]);
    assert!(apply(&pod("quota", "a", "")).status.success());
    let out = apply(&pod("quota", "b", ""));
    assert!(text(&out).contains(r#"pods "b" is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1"#), "{}", text(&out));
    assert_eq!(
        k.ok(&[
            "-n",
            "quota",
            "get",
            "quota",
            "q",
            "-o",
            "jsonpath={.status.used.pods}"
        ]),
        "1"
    );
    // PodSecurity: restricted namespaces refuse pods that do not harden themselves.
    k.ok(&["create", "namespace", "secure"]);
    k.ok(&[
        "label",
        "namespace",
        "secure",
        "pod-security.kubernetes.io/enforce=restricted",
    ]);
    let out = apply(&pod("secure", "loose", ""));
    assert!(text(&out).contains(r#"pods "loose" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "c" must set securityContext.allowPrivilegeEscalation=false)"#), "{}", text(&out));
    let hardened = "apiVersion: v1\nkind: Pod\nmetadata: {name: tight, namespace: secure}\nspec:\n  schedulerName: none\n  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n  containers:\n  - name: c\n    image: x\n    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}\n";
    let out = apply(hardened);
    assert!(out.status.success(), "{}", text(&out));
    k.ok(&["create", "namespace", "base"]);
    k.ok(&[
        "label",
        "namespace",
        "base",
        "pod-security.kubernetes.io/enforce=baseline",
    ]);
    let out = apply(&pod("base", "hostnet", "  hostNetwork: true\n"));
    assert!(
        text(&out).contains(
            r#"violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true)"#
        ),
        "{}",
        text(&out)
    );
    assert!(apply(&pod("base", "fine", "")).status.success());
    // warn: let through, with kube-apiserver's warning (kubectl prints it), for pods and for
    // workloads whose pod template would violate the level.
    k.ok(&["create", "namespace", "watched"]);
    k.ok(&[
        "label",
        "namespace",
        "watched",
        "pod-security.kubernetes.io/warn=restricted",
    ]);
    let out = apply(&pod("watched", "loose", ""));
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        stderr(&out).contains(r#"Warning: would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "c" must set securityContext.allowPrivilegeEscalation=false)"#),
        "{}",
        text(&out)
    );
    let out = k.run(&[
        "-n",
        "watched",
        "create",
        "deployment",
        "web",
        "--image=nginx",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        stderr(&out).contains(r#"would violate PodSecurity "restricted:latest""#),
        "{}",
        text(&out)
    );
    let out = apply(
        hardened
            .replace("namespace: secure", "namespace: watched")
            .as_str(),
    );
    assert!(!stderr(&out).contains("would violate"), "{}", text(&out));

    // NodeRestriction and the Node authorizer: the node's own kubeconfig.
    let kubelet = node.paths().kubeconfig("kubelet.conf");
    let out = as_user(
        &k,
        &kubelet,
        &[
            "label",
            "node",
            "node-a",
            "node-restriction.kubernetes.io/x=y",
        ],
    );
    assert!(
        text(&out).contains(
            "is not allowed to modify labels with the prefix node-restriction.kubernetes.io/"
        ),
        "{}",
        text(&out)
    );
    assert!(
        as_user(&k, &kubelet, &["label", "node", "node-a", "mine=yes"])
            .status
            .success()
    );
    k.ok_stdin(
        &["apply", "-f", "-"],
        "apiVersion: v1\nkind: Node\nmetadata: {name: node-b}\n",
    );
    let out = as_user(&k, &kubelet, &["label", "node", "node-b", "x=y"]);
    assert!(
        text(&out).contains(r#"node "node-a" is not allowed to modify node "node-b""#),
        "{}",
        text(&out)
    );
    let out = k.run_stdin(
        &[
            "--kubeconfig",
            kubelet.to_str().unwrap(),
            "create",
            "-f",
            "-",
        ],
        &pod("adm", "sneaky", "  nodeName: node-a\n"),
    );
    assert!(
        text(&out).contains("node \"node-a\" can only create mirror pods"),
        "{}",
        text(&out)
    );
    // Secrets: only those its pods reference.
    k.ok(&[
        "-n",
        "adm",
        "create",
        "secret",
        "generic",
        "used",
        "--from-literal=a=b",
    ]);
    k.ok(&[
        "-n",
        "adm",
        "create",
        "secret",
        "generic",
        "unused",
        "--from-literal=a=b",
    ]);
    let bound = "apiVersion: v1\nkind: Pod\nmetadata: {name: user, namespace: adm}\nspec:\n  nodeName: node-a\n  containers:\n  - name: c\n    image: x\n    envFrom: [{secretRef: {name: used}}]\n";
    assert!(apply(bound).status.success());
    assert!(
        as_user(&k, &kubelet, &["-n", "adm", "get", "secret", "used"])
            .status
            .success()
    );
    let out = as_user(&k, &kubelet, &["-n", "adm", "get", "secret", "unused"]);
    assert!(
        text(&out).contains("no relationship found between node 'node-a' and this object"),
        "{}",
        text(&out)
    );
    let out = as_user(&k, &kubelet, &["-n", "adm", "get", "secrets"]);
    assert!(text(&out).contains("forbidden"), "{}", text(&out));
}

#[test]
fn front_proxy_headers() {
    let Some((node, bin)) = cluster() else { return };
    let k = Kubectl::new(bin, &node);
    let pki = node.paths().pki_dir().to_owned();
    let tls = |cert: &str, key: &str| {
        let ca = std::fs::read_to_string(pki.join("ca.crt")).unwrap();
        let cert = std::fs::read_to_string(pki.join(cert)).unwrap();
        let key = std::fs::read_to_string(pki.join(key)).unwrap();
        kubeforge::tls::client_config(&ca, Some((&cert, &key))).unwrap()
    };
    let proxy = kubeforge::kubeconfig::client::ApiClient::new(
        &format!("https://{}:6443", node.address),
        tls("front-proxy-client.crt", "front-proxy-client.key"),
    )
    .unwrap();
    let headers = [
        ("X-Remote-User", "frank"),
        ("X-Remote-Group", "devs"),
        ("X-Remote-Extra-Scopes", "read"),
        ("Content-Type", "application/json"),
    ];
    let review = r#"{"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"}"#;
    let r = common::block_on(proxy.request(
        http::Method::POST,
        "/apis/authentication.k8s.io/v1/selfsubjectreviews",
        &headers,
        review.as_bytes().to_vec(),
    ))
    .unwrap();
    assert_eq!(r.status, 201, "{}", r.text());
    let v: serde_json::Value = serde_json::from_str(&r.text()).unwrap();
    assert_eq!(v["status"]["userInfo"]["username"], "frank");
    assert_eq!(
        v["status"]["userInfo"]["groups"],
        serde_json::json!(["devs", "system:authenticated"])
    );
    assert_eq!(
        v["status"]["userInfo"]["extra"]["scopes"],
        serde_json::json!(["read"])
    );
    // A front-proxy certificate whose CN is not allowed is refused outright.
    let other = cert_kubeconfig(&node, "front-proxy-ca", "mallory", &[]);
    let out = as_user(&k, &other, &["auth", "whoami"]);
    assert!(text(&out).contains("Unauthorized"), "{}", text(&out));
}

#[test]
fn secrets_encrypted_at_rest_and_requests_audited() {
    let Some((node, bin)) = cluster() else { return };
    let k = Kubectl::new(bin, &node);
    let config = node.paths().encryption_config();
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&config).unwrap().permissions().mode() & 0o777,
        0o600
    );
    k.ok(&[
        "create",
        "secret",
        "generic",
        "db",
        "--from-literal=password=hunter2-plaintext",
    ]);
    k.ok(&[
        "create",
        "configmap",
        "plain",
        "--from-literal=k=visible-value",
    ]);
    // etcd holds the Secret encrypted, the ConfigMap as it is.
    let raw = |key: &str| node.etcd_value(key);
    let stored = raw("/registry/secrets/default/db");
    assert!(
        stored.starts_with(b"k8s:enc:aescbc:v1:"),
        "{}",
        String::from_utf8_lossy(&stored[..40])
    );
    let contains =
        |hay: &[u8], needle: &str| hay.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(
        !contains(&stored, "hunter2-plaintext") && !contains(&stored, &b64(b"hunter2-plaintext"))
    );
    assert!(contains(
        &raw("/registry/configmaps/default/plain"),
        "visible-value"
    ));
    assert_eq!(
        k.ok(&["get", "secret", "db", "-o", "jsonpath={.data.password}"]),
        b64(b"hunter2-plaintext")
    );
    // status, then a key rotation that re-encrypts what is stored.
    let status = |args: &[&str]| {
        let mut cmd = node.cmd();
        cmd.args(["secrets-encrypt", "status"]).args(args);
        let out = common::run(cmd);
        common::assert_success(&out, "secrets-encrypt status");
        stdout(&out)
    };
    let before: serde_json::Value = serde_json::from_str(&status(&["-o", "json"])).unwrap();
    assert_eq!(before["enabled"], true);
    let old_key = before["activeKey"].as_str().unwrap().to_owned();
    assert!(
        before["secretsByKey"][&old_key].as_u64().unwrap() >= 1,
        "{before}"
    );
    assert!(status(&[]).contains("Encryption Status: Enabled"));
    let mut rotate = node.cmd();
    rotate.args(["secrets-encrypt", "rotate-keys"]);
    let out = common::run(rotate);
    common::assert_success(&out, "secrets-encrypt rotate-keys");
    let after: serde_json::Value = serde_json::from_str(&status(&["-o", "json"])).unwrap();
    let new_key = after["activeKey"].as_str().unwrap();
    assert_ne!(new_key, old_key);
    assert!(
        after["secretsByKey"].get(&old_key).is_none(),
        "nothing left under the old key: {after}"
    );
    assert!(after["secretsByKey"][new_key].as_u64().unwrap() >= 1);
    assert_eq!(
        k.ok(&["get", "secret", "db", "-o", "jsonpath={.data.password}"]),
        b64(b"hunter2-plaintext")
    );
    // An operator who prefers secretbox puts a key of it first; the next rotation keeps that
    // provider (and every older key), and the API server stores Secrets with it.
    use kubeforge::apiserver::encryption::{self as enc, Kind};
    let text = std::fs::read_to_string(&config).unwrap();
    let mut keys = vec![(Kind::SecretBox, "box1".to_owned(), enc::new_secret())];
    keys.extend(enc::secrets_keys(&text).unwrap());
    std::fs::write(&config, enc::config_with(&keys)).unwrap();
    let mut rotate = node.cmd();
    rotate.args(["secrets-encrypt", "rotate-keys"]);
    let out = common::run(rotate);
    common::assert_success(&out, "secrets-encrypt rotate-keys with secretbox");
    let stored = raw("/registry/secrets/default/db");
    assert!(
        stored.starts_with(b"k8s:enc:secretbox:v1:secretboxkey-"),
        "{}",
        String::from_utf8_lossy(&stored[..40])
    );
    assert!(!contains(&stored, "hunter2-plaintext"));
    let kept = enc::secrets_keys(&std::fs::read_to_string(&config).unwrap()).unwrap();
    assert_eq!(kept.len(), keys.len() + 1, "every older key kept");
    k.ok(&[
        "create",
        "secret",
        "generic",
        "boxed",
        "--from-literal=p=boxed-value",
    ]);
    assert!(raw("/registry/secrets/default/boxed").starts_with(b"k8s:enc:secretbox:v1:"));
    assert_eq!(
        k.ok(&["get", "secret", "db", "-o", "jsonpath={.data.password}"]),
        b64(b"hunter2-plaintext")
    );

    // The audit log: metadata only for secrets, the request body for other writes, the
    // impersonated user beside the real one, nothing for health probes; PodSecurity's audit
    // mode notes violations there.
    k.ok(&["create", "deployment", "audited", "--image=nginx"]);
    k.ok(&["create", "namespace", "audited-ns"]);
    k.ok(&[
        "label",
        "namespace",
        "audited-ns",
        "pod-security.kubernetes.io/audit=baseline",
    ]);
    // (its default ServiceAccount comes from the controller-manager, which may still be
    // reconnecting after the API server's restarts above.)
    eventually("audited-ns's default service account", || {
        k.run(&["-n", "audited-ns", "get", "serviceaccount", "default"])
            .status
            .success()
    });
    k.ok_stdin(
        &["apply", "-f", "-"],
        "apiVersion: v1\nkind: Pod\nmetadata: {name: hostnet, namespace: audited-ns}\nspec: {schedulerName: none, hostNetwork: true, containers: [{name: c, image: x}]}\n",
    );
    // (someone may not list pods: the refusal is audited too.)
    assert!(!k.run(&["get", "pods", "--as=someone"]).status.success());
    let log = node.paths().audit_log();
    let mut events: Vec<serde_json::Value> = Vec::new();
    eventually("audit events written", || {
        events = std::fs::read_to_string(&log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        events
            .iter()
            .any(|e| e["impersonatedUser"]["username"] == "someone")
    });
    let secret = events
        .iter()
        .find(|e| e["verb"] == "create" && e["objectRef"]["resource"] == "secrets")
        .expect("the secret create is audited");
    assert_eq!(secret["level"], "Metadata");
    assert_eq!(secret["stage"], "ResponseComplete");
    assert_eq!(secret["responseStatus"]["code"], 201);
    assert_eq!(secret["user"]["username"], "kubernetes-admin");
    assert!(secret.get("requestObject").is_none());
    assert!(!std::fs::read_to_string(&log).unwrap().contains("hunter2"));
    let deployment = events
        .iter()
        .find(|e| e["verb"] == "create" && e["objectRef"]["resource"] == "deployments")
        .expect("the deployment create is audited");
    assert_eq!(deployment["level"], "Request");
    assert_eq!(deployment["requestObject"]["metadata"]["name"], "audited");
    assert_eq!(
        deployment["annotations"]["authorization.k8s.io/decision"],
        "allow"
    );
    let hostnet = events
        .iter()
        .find(|e| {
            e["verb"] == "create"
                && e["objectRef"]["resource"] == "pods"
                && e["objectRef"]["namespace"] == "audited-ns"
        })
        .expect("the pod create is audited");
    assert_eq!(
        hostnet["annotations"]["pod-security.kubernetes.io/audit-violations"],
        r#"would violate PodSecurity "baseline:latest": host namespaces (hostNetwork=true)"#,
        "{hostnet}"
    );
    let impersonated = events
        .iter()
        .find(|e| e["impersonatedUser"]["username"] == "someone")
        .unwrap();
    assert_eq!(impersonated["user"]["username"], "kubernetes-admin");
    assert_eq!(impersonated["responseStatus"]["code"], 403);
    assert_eq!(
        impersonated["annotations"]["authorization.k8s.io/decision"],
        "forbid"
    );
    assert!(!events.iter().any(|e| {
        e["requestURI"]
            .as_str()
            .unwrap_or("")
            .starts_with("/readyz")
    }));
    assert_eq!(
        std::fs::metadata(&log).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

/// The API server's pid changes: the agent restarted it after a kill, and it is ready.
fn restart_apiserver(node: &Node) {
    let old = node.container_pid("kube-apiserver").unwrap();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(old),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    eventually("a new API server", || {
        node.container_pid("kube-apiserver")
            .is_some_and(|p| p != old)
    });
    if !node.wait_ready(Duration::from_secs(60)) {
        let log = node
            .paths()
            .container_log("kube-apiserver", "kube-apiserver");
        let log = std::fs::read_to_string(log).unwrap_or_default();
        let tail: Vec<&str> = log.lines().rev().take(30).collect();
        panic!(
            "the API server is not ready; its log ends:\n{}",
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        );
    }
}

#[test]
fn secrets_encrypted_through_a_kms_v2_plugin() {
    use kubeforge::apiserver::encryption as enc;
    use kubeforge::apiserver::kms::proto;
    let Some((node, bin)) = cluster() else { return };
    let k = Kubectl::new(bin, &node);
    k.ok(&[
        "create",
        "secret",
        "generic",
        "before",
        "--from-literal=p=aescbc-value",
    ]);
    // The plugin first, the aescbc keys init made after it (what they hold stays readable).
    let plugin = common::kms_plugin::KmsPlugin::start(&node.dir.path().join("kms.sock"), "key-1");
    let config = node.paths().encryption_config();
    let keys = enc::secrets_keys(&std::fs::read_to_string(&config).unwrap()).unwrap();
    let aescbc = enc::config_with(&keys);
    let with_kms = aescbc.replace(
        "  providers:\n",
        &format!(
            "  providers:\n  - kms:\n      apiVersion: v2\n      name: test-kms\n      endpoint: unix://{}\n      timeout: 3s\n",
            plugin.socket.display()
        ),
    );
    std::fs::write(&config, &with_kms).unwrap();
    restart_apiserver(&node);
    k.ok(&[
        "create",
        "secret",
        "generic",
        "vault",
        "--from-literal=token=kms-protected-value",
    ]);
    let raw = |key: &str| node.etcd_value(key);
    let object = |stored: &[u8]| -> proto::EncryptedObject {
        let body = stored
            .strip_prefix(b"k8s:enc:kms:v2:test-kms:".as_slice())
            .unwrap_or_else(|| {
                panic!(
                    "{}",
                    String::from_utf8_lossy(&stored[..40.min(stored.len())])
                )
            });
        prost::Message::decode(body).unwrap()
    };
    let stored = raw("/registry/secrets/default/vault");
    let first = object(&stored);
    assert_eq!(first.key_id, "key-1");
    assert_eq!(
        first.encrypted_dek_source_type,
        proto::HKDF_SHA256_XNONCE_AES_GCM_SEED
    );
    assert_eq!(first.annotations["region.kms.example.com"], b"test");
    let contains =
        |hay: &[u8], needle: &str| hay.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(
        !contains(&stored, "kms-protected-value")
            && !contains(&stored, &b64(b"kms-protected-value"))
    );
    // One seed per process: the plugin encrypted 32 bytes once, not once per Secret.
    k.ok(&[
        "create",
        "secret",
        "generic",
        "second",
        "--from-literal=x=y",
    ]);
    assert_eq!(plugin.calls(), ["Encrypt 32"]);
    assert_eq!(
        object(&raw("/registry/secrets/default/second")).encrypted_dek_source,
        first.encrypted_dek_source
    );
    let value = |name: &str| k.ok(&["get", "secret", name, "-o", "jsonpath={.data}"]);
    assert_eq!(
        value("vault"),
        format!(r#"{{"token":"{}"}}"#, b64(b"kms-protected-value"))
    );
    assert_eq!(
        value("before"),
        format!(r#"{{"p":"{}"}}"#, b64(b"aescbc-value"))
    );
    // status names the provider; rotate-keys leaves rotation to the KMS and changes nothing.
    let mut cmd = node.cmd();
    cmd.args(["secrets-encrypt", "status", "-o", "json"]);
    let out = common::run(cmd);
    common::assert_success(&out, "secrets-encrypt status");
    let status: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(status["activeKey"], "kms:test-kms");
    assert!(
        status["secretsByKey"]["kms:test-kms"].as_u64() >= Some(2),
        "{status}"
    );
    let mut cmd = node.cmd();
    cmd.args(["secrets-encrypt", "rotate-keys"]);
    let out = common::run(cmd);
    assert!(!out.status.success());
    assert!(text(&out).contains("uses a kms provider"), "{}", text(&out));
    assert_eq!(std::fs::read_to_string(&config).unwrap(), with_kms);

    // A new key in the KMS and a restarted API server: a new seed under key-2 for writes;
    // the seed of key-1 is decrypted by the plugin to read what it protects.
    plugin.rotate("key-2");
    restart_apiserver(&node);
    assert_eq!(
        value("vault"),
        format!(r#"{{"token":"{}"}}"#, b64(b"kms-protected-value"))
    );
    k.ok(&["create", "secret", "generic", "third", "--from-literal=z=w"]);
    assert_eq!(
        object(&raw("/registry/secrets/default/third")).key_id,
        "key-2"
    );
    let calls = plugin.calls();
    assert!(calls.contains(&"Decrypt key-1".to_owned()), "{calls:?}");
    assert_eq!(
        calls.iter().filter(|c| *c == "Encrypt 32").count(),
        2,
        "{calls:?}"
    );
    // The plugin gone: what was read once stays readable (seeds are cached).
    plugin.stop();
    assert_eq!(
        value("vault"),
        format!(r#"{{"token":"{}"}}"#, b64(b"kms-protected-value"))
    );
    assert_eq!(value("third"), format!(r#"{{"z":"{}"}}"#, b64(b"w")));
}
