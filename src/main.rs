//! The wasm binary Trunk builds: it only starts the widget.

fn main() {
    mailgun_help::start();
}
