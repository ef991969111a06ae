//! `cargo xtask serve`: builds, then serves Trunk's multi-file output on localhost (loopback only,
//! with the same small static server the embed tests use), and prints the path of the single
//! offline file.

use crate::static_server::StaticServer;

/// Builds and serves until interrupted.
pub fn run(port: u16) -> Result<(), String> {
    let single = crate::dist::run_dist()?;
    let web = crate::cmd::root().join("dist").join("web");
    let server = StaticServer::start_on(&web, port, Vec::new())?;
    println!("\nServing the widget at {}/  (Ctrl-C stops)", server.base);
    println!("The single offline file (open it from disk, or copy it anywhere): {}", single.display());
    loop {
        std::thread::park();
    }
}
