//! One small sort for the whole widget.
//!
//! Why not `slice::sort_by`: the standard sorts are fast but large, and each call site with its own
//! element type or closure gets its own copy. Fourteen call sites cost about 39 KB of wasm before
//! optimisation (13 KB of the gzipped widget), for short vectors. Here the only generic parts are a
//! comparison shim and an in-place permutation; the sorting itself is one heapsort over indices,
//! compiled once, with the original position as the tie-breaker so the result is stable. Lists of
//! `u32` ids (the ask model's features and typo candidates) get [`sort_dedup_u32`], a heapsort
//! in place with no indirection, which is as fast as the standard sort at their sizes and a tenth of
//! its code.

/// Sorts `v` stably so that `less(a, b)` holds for no `b` before `a`.
///
/// ```
/// use mailgun_help_core::sort::sort_by;
/// let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
/// sort_by(&mut v, |x, y| x.0 < y.0);
/// assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
/// ```
pub fn sort_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    heapsort(&mut order, &|a, b| less(&v[a], &v[b]) || (!less(&v[b], &v[a]) && a < b));
    permute(v, &mut order);
}

/// Sorts `v` stably by the key `key` gives each item.
pub fn sort_by_key<T, K: PartialOrd>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a) < key(b));
}

/// Sorts `v` in ascending order and removes repeated items.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, |a, b| a < b);
    v.dedup();
}

/// Sorts `v` in ascending order and removes repeated ids.
///
/// ```
/// use mailgun_help_core::sort::sort_dedup_u32;
/// let mut v = vec![5, 1, 5, 3, 1];
/// sort_dedup_u32(&mut v);
/// assert_eq!(v, [1, 3, 5]);
/// ```
pub fn sort_dedup_u32(v: &mut Vec<u32>) {
    heapsort_by(v, |a, b| a < b);
    v.dedup();
}

/// [`sort_dedup_u32`] for 64-bit keys (the ask model's features).
pub fn sort_dedup_u64(v: &mut Vec<u64>) {
    heapsort_by(v, |a, b| a < b);
    v.dedup();
}

/// Sorts the indices in `order` by `less` (not generic: one copy for every caller).
fn heapsort(order: &mut [usize], less: &dyn Fn(usize, usize) -> bool) {
    heapsort_by(order, less);
}

/// Heapsort in place by `less`, not stable: for small `Copy` items whose comparison is cheap (ids,
/// or keys packed into integers), where the index sort's indirection would cost more than it saves.
pub fn heapsort_by<T: Copy>(v: &mut [T], less: impl Fn(T, T) -> bool) {
    let n = v.len();
    let sift = |v: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(v[child], v[child + 1]) {
            child += 1;
        }
        if !less(v[root], v[child]) {
            return;
        }
        v.swap(root, child);
        root = child;
    };
    for start in (0..n / 2).rev() {
        sift(v, start, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

/// Rearranges `v` so that position `i` holds what was at `order[i]` (consumes `order`).
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    for i in 0..v.len() {
        let mut cur = i;
        while order[cur] != i {
            let next = order[cur];
            v.swap(cur, next);
            order[cur] = cur;
            cur = next;
        }
        order[cur] = cur;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0 < b.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn sort_dedup_u32_matches_the_standard(v in proptest::collection::vec(0u32..500, 0..300)) {
            let mut ours = v.clone();
            sort_dedup_u32(&mut ours);
            let mut std = v;
            std.sort_unstable();
            std.dedup();
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn sort_dedup_matches_the_standard(v in proptest::collection::vec(any::<i16>(), 0..200)) {
            let mut ours = v.clone();
            sort_dedup(&mut ours);
            let mut std = v;
            std.sort_unstable();
            std.dedup();
            prop_assert_eq!(ours, std);
        }
    }
}
