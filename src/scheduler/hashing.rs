//! A fast hasher for the scheduler's hot maps (node by name, pods by label, topology domains),
//! whose keys are short strings hashed millions of times per second: std's SipHash dominated
//! the anti-affinity profile. FNV-1a, seeded at random per process so that the bucket layout
//! is not predictable from outside.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;

pub type FastMap<K, V> = HashMap<K, V, FastState>;

#[derive(Clone, Copy, Debug)]
pub struct FastState(u64);

impl Default for FastState {
    fn default() -> Self {
        static SEED: OnceLock<u64> = OnceLock::new();
        FastState(*SEED.get_or_init(|| {
            let mut b = [0u8; 8];
            aws_lc_rs::rand::fill(&mut b).expect("system randomness");
            u64::from_le_bytes(b)
        }))
    }
}

impl BuildHasher for FastState {
    type Hasher = Fnv;

    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325 ^ self.0)
    }
}

pub struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        // A final mix so that the low bits the table uses depend on every byte.
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^ (x >> 33)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fast_map_is_a_map() {
        let mut m: FastMap<String, usize> = FastMap::default();
        for i in 0..1000 {
            m.insert(format!("node-{i:05}"), i);
        }
        assert_eq!(m.len(), 1000);
        assert_eq!(m["node-00042"], 42);
    }
}
