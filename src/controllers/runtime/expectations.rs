//! client-go's ControllerExpectations: after a controller asks for N pods to be created (or
//! deleted) it must not act on its cache again until the watch has shown it those N changes,
//! or it would create the same pods twice. Expectations expire after 5 minutes so that a lost
//! watch event cannot wedge a controller forever.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const TTL: Duration = Duration::from_secs(300);

struct Expected {
    adds: i64,
    deletes: i64,
    since: Instant,
}

#[derive(Default)]
pub struct Expectations {
    map: Mutex<HashMap<String, Expected>>,
}

impl Expectations {
    fn with<R>(&self, f: impl FnOnce(&mut HashMap<String, Expected>) -> R) -> R {
        f(&mut self.map.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Sets what `key`'s next sync waits for (replacing older expectations).
    pub fn expect(&self, key: &str, adds: usize, deletes: usize) {
        self.with(|m| {
            m.insert(
                key.to_owned(),
                Expected {
                    adds: adds as i64,
                    deletes: deletes as i64,
                    since: Instant::now(),
                },
            )
        });
    }

    pub fn creation_observed(&self, key: &str) {
        self.with(|m| m.get_mut(key).map(|e| e.adds -= 1));
    }

    pub fn deletion_observed(&self, key: &str) {
        self.with(|m| m.get_mut(key).map(|e| e.deletes -= 1));
    }

    /// True when nothing is pending for `key` (or its expectations expired).
    pub fn satisfied(&self, key: &str) -> bool {
        self.with(|m| {
            m.get(key)
                .is_none_or(|e| (e.adds <= 0 && e.deletes <= 0) || e.since.elapsed() > TTL)
        })
    }

    pub fn forget(&self, key: &str) {
        self.with(|m| m.remove(key));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn satisfied_once_every_expected_change_was_observed() {
        let e = Expectations::default();
        assert!(e.satisfied("ns/rs"));
        e.expect("ns/rs", 2, 1);
        e.creation_observed("ns/rs");
        e.deletion_observed("ns/rs");
        assert!(!e.satisfied("ns/rs"));
        e.creation_observed("ns/rs");
        assert!(e.satisfied("ns/rs"));
    }
}
