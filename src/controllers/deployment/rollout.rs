//! The arithmetic of a rolling update (Kubernetes' deployment/util): how far the new
//! ReplicaSet may grow under maxSurge and how far the old ones may shrink under maxUnavailable.
//! Pure functions over replica counts, so the rules are unit-tested on their own.

use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

/// maxSurge / maxUnavailable resolved against `replicas` (percentages round surge up and
/// unavailability down); both zero would stall a rollout, so unavailability becomes 1.
pub fn surge_and_unavailable(
    replicas: i32,
    max_surge: Option<&IntOrString>,
    max_unavailable: Option<&IntOrString>,
) -> (i32, i32) {
    let quarter = IntOrString::String("25%".into());
    let surge = resolve(max_surge.unwrap_or(&quarter), replicas, true);
    let unavailable = resolve(max_unavailable.unwrap_or(&quarter), replicas, false);
    if surge == 0 && unavailable == 0 {
        (0, 1)
    } else {
        (surge, unavailable.min(replicas))
    }
}

fn resolve(value: &IntOrString, total: i32, round_up: bool) -> i32 {
    match value {
        IntOrString::Int(n) => (*n).max(0),
        IntOrString::String(s) => {
            let percent: i64 = s.trim_end_matches('%').parse().unwrap_or(0);
            let scaled = percent * i64::from(total);
            (if round_up {
                (scaled + 99) / 100
            } else {
                scaled / 100
            }) as i32
        }
    }
}

/// The new ReplicaSet's next size: grow toward `replicas` while all pods together stay within
/// `replicas + surge`.
pub fn new_rs_replicas(replicas: i32, surge: i32, new_rs: i32, all_rs_total: i32) -> i32 {
    if new_rs >= replicas {
        return replicas;
    }
    let max_total = replicas + surge;
    if all_rs_total >= max_total {
        return new_rs;
    }
    new_rs + (max_total - all_rs_total).min(replicas - new_rs)
}

/// An old ReplicaSet as the scale-down sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OldSet {
    pub replicas: i32,
    pub available: i32,
}

/// New sizes for the old ReplicaSets (oldest first), keeping at least
/// `replicas - unavailable` pods available: first the old sets' unavailable pods go (they
/// serve nobody), then available ones as far as the availability floor allows.
pub fn scale_down_old(
    replicas: i32,
    unavailable: i32,
    new_rs: OldSet,
    olds: &[OldSet],
) -> Vec<i32> {
    let mut sizes: Vec<i32> = olds.iter().map(|o| o.replicas).collect();
    let old_total: i32 = sizes.iter().sum();
    if old_total == 0 {
        return sizes;
    }
    let all_total = old_total + new_rs.replicas;
    let min_available = replicas - unavailable;
    let new_unavailable = (new_rs.replicas - new_rs.available).max(0);
    let mut budget = all_total - min_available - new_unavailable;
    if budget <= 0 {
        return sizes;
    }
    // Unhealthy pods of old sets first.
    for (size, old) in sizes.iter_mut().zip(olds) {
        if budget == 0 {
            break;
        }
        let unhealthy = (*size - old.available.min(*size)).max(0);
        let cut = unhealthy.min(budget);
        *size -= cut;
        budget -= cut;
    }
    // Then available pods, while the total available stays above the floor.
    let available: i32 = new_rs.available
        + sizes
            .iter()
            .zip(olds)
            .map(|(size, o)| o.available.min(*size))
            .sum::<i32>();
    let mut allowed = (available - min_available).max(0);
    for size in sizes.iter_mut() {
        if allowed == 0 {
            break;
        }
        let cut = (*size).min(allowed);
        *size -= cut;
        allowed -= cut;
    }
    sizes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_surge_up_and_unavailability_down() {
        let p = |s: &str| IntOrString::String(s.into());
        assert_eq!(surge_and_unavailable(3, None, None), (1, 0));
        assert_eq!(surge_and_unavailable(10, None, None), (3, 2));
        assert_eq!(
            surge_and_unavailable(10, Some(&IntOrString::Int(0)), Some(&p("0%"))),
            (0, 1),
            "both zero would stall"
        );
        assert_eq!(
            surge_and_unavailable(4, Some(&p("50%")), Some(&IntOrString::Int(1))),
            (2, 1)
        );
    }

    #[test]
    fn new_set_grows_within_the_surge() {
        // 3 replicas, surge 1: old has 3 → the new set may have 1.
        assert_eq!(new_rs_replicas(3, 1, 0, 3), 1);
        // Surge used up: wait.
        assert_eq!(new_rs_replicas(3, 1, 1, 4), 1);
        // Olds shrank: grow again.
        assert_eq!(new_rs_replicas(3, 1, 1, 3), 2);
        // Plain scale-up of a single set.
        assert_eq!(new_rs_replicas(3000, 750, 0, 0), 3000);
        assert_eq!(new_rs_replicas(2, 1, 5, 5), 2, "scaled down to the spec");
    }

    #[test]
    fn old_sets_shrink_only_as_far_as_availability_allows() {
        // 3 replicas, maxUnavailable 0: new set has 1 pod not yet available → nothing goes.
        let new = OldSet {
            replicas: 1,
            available: 0,
        };
        let olds = [OldSet {
            replicas: 3,
            available: 3,
        }];
        assert_eq!(scale_down_old(3, 0, new, &olds), vec![3]);
        // Once it is available, one old pod may go.
        let new = OldSet {
            replicas: 1,
            available: 1,
        };
        assert_eq!(scale_down_old(3, 0, new, &olds), vec![2]);
        // Unavailable old pods go first, without counting against availability.
        let olds = [OldSet {
            replicas: 3,
            available: 1,
        }];
        let new = OldSet {
            replicas: 0,
            available: 0,
        };
        assert_eq!(scale_down_old(3, 1, new, &olds), vec![2]);
    }
}
