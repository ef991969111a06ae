//! The developer tools' logic: what the request builder, the webhook signature checker, the route
//! tester and the DNS records page decide, with no DOM, so all of it is tested natively.

pub mod codegen;
pub mod dns;
pub mod messages;
pub mod routes;
pub mod send;
pub mod signature;
pub mod view;
