//! Label and field selectors (apimachinery's labels and fields packages).

use serde_json::{Map, Value};

use super::errors::ApiError;

#[derive(Clone, Debug, PartialEq)]
enum Op {
    Equals(String),
    NotEquals(String),
    In(Vec<String>),
    NotIn(Vec<String>),
    Exists,
    DoesNotExist,
    Gt(i64),
    Lt(i64),
}

#[derive(Clone, Debug, PartialEq)]
struct Requirement {
    key: String,
    op: Op,
}

/// A parsed label selector; the empty selector matches everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabelSelector {
    requirements: Vec<Requirement>,
}

impl LabelSelector {
    pub fn parse(text: &str) -> Result<Self, ApiError> {
        let mut p = Lexer {
            s: text.as_bytes(),
            i: 0,
        };
        let mut requirements = Vec::new();
        p.skip_ws();
        if p.done() {
            return Ok(LabelSelector::default());
        }
        loop {
            requirements.push(
                p.requirement().map_err(|e| {
                    ApiError::bad_request(format!("unable to parse requirement: {e}"))
                })?,
            );
            p.skip_ws();
            if p.done() {
                break;
            }
            if !p.eat(",") {
                return Err(ApiError::bad_request(format!(
                    "unable to parse requirement: found '{}', expected: ','",
                    p.rest()
                )));
            }
        }
        Ok(LabelSelector { requirements })
    }

    pub fn is_empty(&self) -> bool {
        self.requirements.is_empty()
    }

    pub fn matches(&self, labels: Option<&Map<String, Value>>) -> bool {
        self.requirements.iter().all(|r| {
            let v = labels.and_then(|l| l.get(&r.key)).and_then(Value::as_str);
            match &r.op {
                Op::Equals(x) => v == Some(x.as_str()),
                Op::NotEquals(x) => v != Some(x.as_str()),
                Op::In(xs) => v.is_some_and(|v| xs.iter().any(|x| x == v)),
                Op::NotIn(xs) => v.is_none_or(|v| !xs.iter().any(|x| x == v)),
                Op::Exists => v.is_some(),
                Op::DoesNotExist => v.is_none(),
                Op::Gt(n) => v
                    .and_then(|v| v.parse::<i64>().ok())
                    .is_some_and(|v| v > *n),
                Op::Lt(n) => v
                    .and_then(|v| v.parse::<i64>().ok())
                    .is_some_and(|v| v < *n),
            }
        })
    }
}

struct Lexer<'a> {
    s: &'a [u8],
    i: usize,
}

impl Lexer<'_> {
    fn done(&self) -> bool {
        self.i >= self.s.len()
    }
    fn rest(&self) -> String {
        String::from_utf8_lossy(&self.s[self.i..]).into_owned()
    }
    fn skip_ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn eat(&mut self, tok: &str) -> bool {
        self.skip_ws();
        if self.s[self.i..].starts_with(tok.as_bytes()) {
            self.i += tok.len();
            true
        } else {
            false
        }
    }
    fn word(&mut self) -> String {
        self.skip_ws();
        let start = self.i;
        while self.i < self.s.len()
            && !matches!(
                self.s[self.i],
                b',' | b'=' | b'!' | b'(' | b')' | b'<' | b'>'
            )
            && !self.s[self.i].is_ascii_whitespace()
        {
            self.i += 1;
        }
        String::from_utf8_lossy(&self.s[start..self.i]).into_owned()
    }
    fn requirement(&mut self) -> Result<Requirement, String> {
        if self.eat("!") {
            let key = self.word();
            check_key(&key)?;
            return Ok(Requirement {
                key,
                op: Op::DoesNotExist,
            });
        }
        let key = self.word();
        check_key(&key)?;
        self.skip_ws();
        let op = if self.eat("==") || self.eat("=") {
            let v = self.word();
            check_value(&v)?;
            Op::Equals(v)
        } else if self.eat("!=") {
            let v = self.word();
            check_value(&v)?;
            Op::NotEquals(v)
        } else if self.eat(">") {
            Op::Gt(self.word().parse().map_err(|_| {
                "for 'Gt', 'Lt' operators, the value must be an integer".to_string()
            })?)
        } else if self.eat("<") {
            Op::Lt(self.word().parse().map_err(|_| {
                "for 'Gt', 'Lt' operators, the value must be an integer".to_string()
            })?)
        } else {
            let save = self.i;
            let w = self.word();
            match w.as_str() {
                "in" | "notin" => {
                    if !self.eat("(") {
                        return Err(format!("found '{}', expected: '('", self.rest()));
                    }
                    let mut values = Vec::new();
                    loop {
                        self.skip_ws();
                        if self.eat(")") {
                            break;
                        }
                        let v = self.word();
                        check_value(&v)?;
                        values.push(v);
                        self.skip_ws();
                        if self.eat(")") {
                            break;
                        }
                        if !self.eat(",") {
                            return Err(format!("found '{}', expected: ',' or ')'", self.rest()));
                        }
                    }
                    if w == "in" {
                        Op::In(values)
                    } else {
                        Op::NotIn(values)
                    }
                }
                _ => {
                    self.i = save;
                    Op::Exists
                }
            }
        };
        Ok(Requirement { key, op })
    }
}

fn check_key(k: &str) -> Result<(), String> {
    if super::registry::strategy::valid_qualified_name(k) {
        Ok(())
    } else {
        Err(format!(
            "invalid label key {k:?}: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
        ))
    }
}

fn check_value(v: &str) -> Result<(), String> {
    if super::registry::strategy::valid_label_value(v) {
        Ok(())
    } else {
        Err(format!(
            "invalid label value: {v:?}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
        ))
    }
}

/// A parsed field selector: `f=v`, `f==v`, `f!=v` terms joined by `,`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldSelector {
    terms: Vec<(String, bool, String)>,
}

impl FieldSelector {
    pub fn parse(text: &str) -> Result<Self, ApiError> {
        let mut terms = Vec::new();
        for raw in split_unescaped(text, ',') {
            let raw = raw.trim();
            if raw.is_empty() {
                continue;
            }
            let (field, equal, value) = if let Some(i) = find_unescaped(raw, "!=") {
                (&raw[..i], false, &raw[i + 2..])
            } else if let Some(i) = find_unescaped(raw, "==") {
                (&raw[..i], true, &raw[i + 2..])
            } else if let Some(i) = find_unescaped(raw, "=") {
                (&raw[..i], true, &raw[i + 1..])
            } else {
                return Err(ApiError::bad_request(format!(
                    "invalid selector: '{text}'; can't understand '{raw}'"
                )));
            };
            terms.push((unescape(field.trim()), equal, unescape(value.trim())));
        }
        Ok(FieldSelector { terms })
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Checks every field is selectable; the error is upstream's 400.
    pub fn check(&self, supported: &[&str]) -> Result<(), ApiError> {
        for (field, _, _) in &self.terms {
            if !supported.contains(&field.as_str()) && field != "spec.host" {
                return Err(ApiError::bad_request(format!(
                    "field label not supported: {field}"
                )));
            }
        }
        Ok(())
    }

    pub fn matches(&self, value_of: impl Fn(&str) -> Option<String>) -> bool {
        self.terms.iter().all(|(f, equal, v)| {
            let actual = value_of(f).unwrap_or_default();
            (actual == *v) == *equal
        })
    }

    /// The value `field` must equal, when a term requires one.
    pub fn required(&self, field: &str) -> Option<&str> {
        self.terms
            .iter()
            .find(|(f, equal, _)| *equal && f == field)
            .map(|(_, _, v)| v.as_str())
    }

    /// `metadata.name=<n>` when that is the only term (served by a key lookup).
    pub fn single_name(&self) -> Option<&str> {
        match self.terms.as_slice() {
            [(f, true, v)] if f == "metadata.name" => Some(v),
            _ => None,
        }
    }
}

fn split_unescaped(s: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            out.push(&s[start..i]);
            start = i + 1;
        }
    }
    out.push(&s[start..]);
    out
}

fn find_unescaped(s: &str, pat: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        if c == '\\' {
            escaped = true;
            continue;
        }
        if s[i..].starts_with(pat) {
            return Some(i);
        }
    }
    None
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn labels(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn label_grammar() {
        let l = labels(json!({"app": "web", "tier": "front", "n": "5"}));
        for (sel, want) in [
            ("", true),
            ("app=web", true),
            ("app==web", true),
            ("app!=web", false),
            ("missing!=x", true),
            ("app in (web, api)", true),
            ("app notin (web)", false),
            ("missing notin (x)", true),
            ("tier", true),
            ("!tier", false),
            ("!missing", true),
            ("app=web,tier=front", true),
            ("app=web, tier=back", false),
            ("n>3", true),
            ("n<3", false),
            ("app=", false),
        ] {
            assert_eq!(
                LabelSelector::parse(sel).unwrap().matches(Some(&l)),
                want,
                "{sel}"
            );
        }
        for bad in ["app=we b", "app in web", "=x", "app in (a b)"] {
            assert!(LabelSelector::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn field_grammar() {
        let f = FieldSelector::parse("metadata.name=a\\,b,status.phase!=Running").unwrap();
        assert!(f.matches(|k| match k {
            "metadata.name" => Some("a,b".into()),
            "status.phase" => Some("Pending".into()),
            _ => None,
        }));
        assert!(
            f.check(&["metadata.name"])
                .unwrap_err()
                .message
                .contains("status.phase")
        );
        assert_eq!(
            FieldSelector::parse("metadata.name=x")
                .unwrap()
                .single_name(),
            Some("x")
        );
    }
}
