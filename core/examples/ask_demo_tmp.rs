use mailgun_help_core::ask::*;
fn main() {
    let q = std::env::args().nth(1).unwrap_or_default();
    let u = classify(&q, &Context::default());
    println!("{:?} conf {:.2} runner {:?} matched {:?}", u.target, u.confidence, u.runner_up, u.matched);
    let a = compose(&q, &u, None, None, &[]);
    println!("{}", answer_text(&a));
    for c in &a.questions { println!("Q {:?}", c.options.iter().map(|o| &o.refinement).collect::<Vec<_>>()); }
}
