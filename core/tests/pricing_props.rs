//! Properties of the estimator that must hold for every input, not just the worked examples:
//! more volume or more needs never make it cheaper, and the total is always the sum of its parts.
//! Wrapped in `mod pricing` so `cargo test pricing` selects them.

mod pricing {
    use mailgun_help_core::pricing::{
        Estimate, Feature, FitNote, Input, Optimize, PlanId, PricingData, Verdict, MAX_IPS, MAX_MONTHLY,
    };
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    fn data() -> &'static PricingData {
        match PricingData::get() {
            Ok(d) => d,
            Err(e) => panic!("pricing data does not load: {e}"),
        }
    }

    /// Orders totals with a custom price above every number.
    fn cost(e: &Estimate) -> u64 {
        e.monthly_usd.unwrap_or(u64::MAX)
    }

    fn needs() -> impl Strategy<Value = BTreeSet<Feature>> {
        proptest::collection::btree_set(proptest::sample::select(Feature::ALL.to_vec()), 0..=Feature::ALL.len())
    }

    fn optimize() -> impl Strategy<Value = Optimize> {
        proptest::sample::select(Optimize::ALL.to_vec())
    }

    /// Volumes spread over every plan's range, boundaries included.
    fn volume() -> impl Strategy<Value = u64> {
        prop_oneof![
            0u64..=6_000,
            proptest::sample::select(vec![2_999, 3_000, 3_001, 50_000, 50_001, 100_000, 100_001, 2_499_999, 2_500_000]),
            0u64..=3_000_000,
            0u64..=MAX_MONTHLY,
        ]
    }

    fn input() -> impl Strategy<Value = Input> {
        (volume(), 0..=MAX_IPS, optimize(), needs()).prop_map(|(monthly, ips, optimize, needs)| Input {
            monthly,
            peak: None,
            ips,
            optimize,
            needs: needs.into_iter().collect(),
        })
    }

    fn rank(o: Optimize) -> usize {
        Optimize::ALL.iter().position(|x| *x == o).unwrap_or(0)
    }

    proptest! {
        #[test]
        fn more_volume_never_gives_a_cheaper_plan(base in input(), a in volume(), b in volume()) {
            let (lo, hi) = (a.min(b), a.max(b));
            let small = Estimate::new(data(), &Input { monthly: lo, ..base.clone() });
            let big = Estimate::new(data(), &Input { monthly: hi, ..base });
            prop_assert!(small.plan <= big.plan, "{:?} at {} vs {:?} at {}", small.plan, lo, big.plan, hi);
            prop_assert!(cost(&small) <= cost(&big));
        }

        #[test]
        fn a_larger_busiest_day_never_gives_a_cheaper_plan(monthly in 0u64..=10_000, f in 0.0f64..=1.0, g in 0.0f64..=1.0) {
            let low = monthly.div_ceil(31);
            let peak = |x: f64| low + ((monthly - low) as f64 * x) as u64;
            let (p, q) = (peak(f.min(g)), peak(f.max(g)));
            let a = Input { monthly, peak: Some(p), ..Input::default() };
            let b = Input { monthly, peak: Some(q), ..Input::default() };
            prop_assert_eq!(a.validate(), Ok(()));
            prop_assert_eq!(b.validate(), Ok(()));
            let (a, b) = (Estimate::new(data(), &a), Estimate::new(data(), &b));
            prop_assert!(a.plan <= b.plan && cost(&a) <= cost(&b));
        }

        #[test]
        fn adding_a_need_never_lowers_the_total(base in input(), extra in proptest::sample::select(Feature::ALL.to_vec())) {
            let before = Estimate::new(data(), &base);
            let mut more = base;
            more.needs.insert(extra);
            let after = Estimate::new(data(), &more);
            prop_assert!(before.plan <= after.plan && cost(&before) <= cost(&after));
        }

        #[test]
        fn adding_dedicated_ips_never_lowers_the_total(base in input(), extra in 1u32..=5) {
            let before = Estimate::new(data(), &base);
            let more = Input { ips: (base.ips + extra).min(MAX_IPS), ..base };
            let after = Estimate::new(data(), &more);
            prop_assert!(before.plan <= after.plan && cost(&before) <= cost(&after));
        }

        #[test]
        fn a_bigger_optimize_tier_never_lowers_the_total_nor_changes_the_plan(base in input(), a in optimize(), b in optimize()) {
            let (lo, hi) = if rank(a) <= rank(b) { (a, b) } else { (b, a) };
            let small = Estimate::new(data(), &Input { optimize: lo, ..base.clone() });
            let big = Estimate::new(data(), &Input { optimize: hi, ..base });
            prop_assert_eq!(small.plan, big.plan);
            prop_assert!(cost(&small) <= cost(&big));
        }

        #[test]
        fn a_numeric_total_is_plan_plus_ips_times_59_plus_optimize(i in input()) {
            let e = Estimate::new(data(), &i);
            let plan_price = data().plan(e.plan).and_then(|p| p.price_usd);
            let optimize = match i.optimize { Optimize::None => 0, Optimize::Pilot => 49, Optimize::Starter => 99 };
            match plan_price {
                Some(p) => prop_assert_eq!(e.monthly_usd, Some(p + u64::from(i.ips) * 59 + optimize)),
                None => prop_assert_eq!(e.monthly_usd, None),
            }
            let lines: Option<u64> = e.lines.iter().map(|l| l.usd).sum();
            prop_assert_eq!(lines, e.monthly_usd);
        }

        #[test]
        fn the_chosen_plan_covers_every_requirement_and_says_why(i in input()) {
            let e = Estimate::new(data(), &i);
            let chosen = data().plan(e.plan).map(|p| p.features).unwrap_or_default();
            prop_assert!(i.needs.iter().all(|f| chosen.contains(&f)));
            if i.ips > 0 {
                prop_assert!(e.plan >= PlanId::Scale);
            }
            if i.busiest_day() > 100 {
                prop_assert!(e.plan >= PlanId::Foundation);
            }
            if i.monthly >= 2_500_000 {
                prop_assert_eq!(e.plan, PlanId::Enterprise);
            }
            prop_assert_eq!(e.incomplete, e.plan == PlanId::Scale && i.monthly > 100_000);
            prop_assert!(e.plan == PlanId::Free || !e.because.is_empty(), "a paid plan always says why");
            for col in &e.plans {
                prop_assert_eq!(col.verdict == Verdict::Chosen, col.plan == e.plan);
                if col.plan < e.plan {
                    // A smaller plan either does not fit or sends the month with overage, and says so.
                    let overage = col.notes.iter().any(|n| matches!(n, FitNote::OverageUnknown { .. }));
                    prop_assert!(
                        col.verdict == Verdict::DoesNotFit || (col.verdict == Verdict::FitsUncompared && overage),
                        "{:?}",
                        col
                    );
                    prop_assert!(!col.notes.is_empty(), "a plan that does not fit says why");
                }
            }
            prop_assert!(e.plans.iter().any(|c| c.plan == PlanId::Enterprise && c.verdict != Verdict::DoesNotFit));
        }
    }
}
