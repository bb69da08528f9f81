//! CGI: the reservation backend Prosody's `mod_reservations` asks before the
//! Jitsi server creates a room (`PATH_INFO` `/conference…`).
fn main() {
    planado::edge::run(planado::handlers::reservations::handle);
}
