//! `cargo xtask eval` (being written).

/// Runs the evaluation.
pub fn run(_args: &[String]) -> Result<(), String> {
    Err("eval is not written yet".into())
}
