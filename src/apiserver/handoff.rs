//! Objects this API server writes and does not need back, handed to its watch cache: the
//! cache would otherwise decode the JSON of the etcd event that echoes each write, which was
//! about a tenth of the API server's CPU per pod binding.
//!
//! A write offers its object with the exact bytes it sends to etcd before sending them; the
//! cache takes the object when an event for that key carries those same bytes (so it is the
//! same object, whatever order the write's answer and the event arrive in), and decodes as
//! before otherwise. A failed write withdraws its offer. Offers that no event claims (the
//! cache was re-listing, say) expire.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;

/// How long an unclaimed offer is kept. The event follows its write within milliseconds.
const EXPIRY: Duration = Duration::from_secs(5);

#[derive(Default)]
pub struct Handoff {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    offers: HashMap<String, Vec<Offer>>,
    last_sweep: Option<Instant>,
}

struct Offer {
    bytes: Vec<u8>,
    value: Value,
    at: Instant,
}

impl Handoff {
    /// `value` is what `bytes`, about to be written to `key`, decode to.
    pub fn offer(&self, key: &str, bytes: Vec<u8>, value: Value) {
        let now = Instant::now();
        let mut st = self.state.lock().expect("handoff lock");
        if st.last_sweep.is_none_or(|t| now - t > EXPIRY) {
            st.offers.retain(|_, offers| {
                offers.retain(|o| now - o.at < EXPIRY);
                !offers.is_empty()
            });
            st.last_sweep = Some(now);
        }
        st.offers.entry(key.to_owned()).or_default().push(Offer {
            bytes,
            value,
            at: now,
        });
    }

    /// The object offered for `key` with exactly `bytes`, if any (removed).
    pub fn take(&self, key: &[u8], bytes: &[u8]) -> Option<Value> {
        let key = std::str::from_utf8(key).ok()?;
        let mut st = self.state.lock().expect("handoff lock");
        let offers = st.offers.get_mut(key)?;
        let i = offers.iter().position(|o| o.bytes == bytes)?;
        let offer = offers.swap_remove(i);
        if offers.is_empty() {
            st.offers.remove(key);
        }
        Some(offer.value)
    }

    /// Drops the offer of a write that did not happen.
    pub fn withdraw(&self, key: &str, bytes: &[u8]) {
        let _ = self.take(key.as_bytes(), bytes);
    }

    /// Offers not yet taken.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        let st = self.state.lock().unwrap();
        st.offers.values().map(Vec::len).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_offer_is_taken_once_and_only_for_its_own_key_and_bytes() {
        let h = Handoff::default();
        h.offer("/registry/pods/a/p", b"one".to_vec(), json!(1));
        h.offer("/registry/pods/a/p", b"two".to_vec(), json!(2));
        assert_eq!(h.take(b"/registry/pods/a/q", b"one"), None);
        assert_eq!(h.take(b"/registry/pods/a/p", b"three"), None);
        assert_eq!(h.take(b"/registry/pods/a/p", b"two"), Some(json!(2)));
        assert_eq!(h.take(b"/registry/pods/a/p", b"two"), None);
        h.withdraw("/registry/pods/a/p", b"one");
        assert_eq!(h.take(b"/registry/pods/a/p", b"one"), None);
        assert_eq!(h.len(), 0);
    }

    #[test]
    fn unclaimed_offers_expire() {
        let h = Handoff::default();
        h.offer("k", b"old".to_vec(), json!(1));
        // Age the offer and the last sweep past the expiry.
        {
            let mut st = h.state.lock().unwrap();
            let past = Instant::now() - EXPIRY * 2;
            st.last_sweep = Some(past);
            st.offers.get_mut("k").unwrap()[0].at = past;
        }
        h.offer("other", b"new".to_vec(), json!(2));
        assert_eq!(h.len(), 1);
        assert_eq!(h.take(b"k", b"old"), None);
        assert_eq!(h.take(b"other", b"new"), Some(json!(2)));
    }
}
