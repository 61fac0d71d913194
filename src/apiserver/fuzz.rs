//! Property tests over everything that decodes client input — request bodies (JSON, YAML,
//! protobuf), paths and queries, selectors, the three patch types: arbitrary input must give a
//! result or an error, never a panic. They run with the unit tests (bounded by proptest's case
//! count, `PROPTEST_CASES` to raise it).

use http::{HeaderMap, HeaderValue, Method};
use hyper::body::Bytes;
use proptest::prelude::*;
use serde_json::Value;

use super::patch::{json_patch, merge, schema_for_kind, strategic};
use super::request::{Query, parse_path};
use super::selectors::{FieldSelector, LabelSelector};

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[a-z$/~0-9:. ]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z$/]{0,8}|\\$patch|\\$retainKeys|\\$setElementOrder/containers|containers|name|metadata|spec|op|path|value|from", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn headers(ct: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_str(ct).unwrap(),
    );
    h
}

proptest! {
    #[test]
    fn bodies_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        for ct in ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"] {
            let _ = super::wire::decode_body(&headers(ct), &Bytes::from(bytes.clone()));
        }
        let mut framed = b"k8s\0".to_vec();
        framed.extend_from_slice(&bytes);
        let _ = super::protobuf::decode(&framed);
    }

    #[test]
    fn protobuf_mutations_never_panic(flip in 0usize..64, byte in any::<u8>(), cut in 0usize..64) {
        // A valid ConfigMap body, mutated.
        let mut body = b"k8s\0\x0a\x0d\x0a\x02v1\x12\x09ConfigMap\x12\x10\x0a\x04\x0a\x02c2\x12\x08\x0a\x01a\x12\x01b".to_vec();
        let i = flip % body.len();
        body[i] = byte;
        body.truncate(body.len() - cut.min(body.len()));
        let _ = super::protobuf::decode(&body);
    }

    #[test]
    fn paths_queries_and_selectors_never_panic(path in "(/[a-z0-9.%-]{0,10}){0,8}", query in "[a-zA-Z=&%+!(),. 0-9]{0,40}") {
        let q = Query::parse(Some(&query));
        let _ = parse_path(&Method::GET, &path, &q);
        let _ = LabelSelector::parse(&query);
        let _ = FieldSelector::parse(&query);
        let _ = super::request::percent_decode(&query);
    }

    #[test]
    fn patches_never_panic(original in json_value(), patch in json_value()) {
        let mut a = original.clone();
        let _ = json_patch::apply(&mut a, &patch);
        let mut b = original.clone();
        merge::apply(&mut b, &patch);
        for kind in ["Pod", "Deployment", "Service", "ConfigMap"] {
            let _ = strategic::apply(&original, &patch, Some(schema_for_kind(kind)));
        }
    }
}
